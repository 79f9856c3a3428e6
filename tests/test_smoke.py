"""The package imports and parses a release end to end."""

import pressparse


def test_parse_text_gives_paragraphs_with_valid_spans() -> None:
    r = pressparse.parse("Headline here\n\nVIENNA, 16 April 2024 – The OSCE said things.\n")
    assert r.paragraphs
    for p in r.paragraphs:
        assert r.text[p.span.start:p.span.end] == p.text
