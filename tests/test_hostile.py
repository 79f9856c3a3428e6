"""Hostile input: every input gets a valid result or the library's own error.

The adversarial cases of the hostile-input issue, built by generators here, plus
hypothesis properties over text, HTML and e-mail generators. Speed is measured by the
benchmark (``make bench``), not here; these tests check results, never clocks.
``make fuzz`` runs the same properties with many more examples.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from hypothesis import given
from hypothesis import strategies as st

import pressparse
from pressparse import InputTooLargeError, Options, PressParseError, PressRelease

from .adversarial import CASES
from .conftest import assert_spans


def _outcome(data: str | bytes, options: Options | None = None) -> PressRelease | None:
    """Parse; a PressParseError is an allowed outcome, anything else fails the test."""
    try:
        r = pressparse.parse(data, options)
    except PressParseError:
        return None
    assert isinstance(r, PressRelease)
    assert_spans(r)
    return r


@pytest.mark.parametrize("name", sorted(CASES))
def test_adversarial_input_gets_a_result_or_our_error(name: str) -> None:
    data = CASES[name]()
    _outcome(data)
    if isinstance(data, str):
        _outcome(data.encode("utf-8"))


def test_nothing_is_read_from_outside() -> None:
    r = _outcome(CASES["external-entity"]())
    assert r is not None and "root:" not in r.text


def test_entities_are_never_expanded() -> None:
    r = _outcome(CASES["entity-bomb"]())
    assert r is not None and "aaaaaaaaaa" not in r.text


def test_text_below_the_parsers_depth_is_kept() -> None:
    r = _outcome(CASES["html-nested-50000"]())
    assert r is not None and "deep text" in r.text
    assert any(i.code == "truncated" for i in r.issues)


def test_limits_give_clear_errors_or_recorded_truncation() -> None:
    with pytest.raises(InputTooLargeError):
        pressparse.parse(b"x" * 2_000, Options(max_input_bytes=1_000))
    r = _outcome(CASES["html-200000-siblings"]())
    assert r is not None and any(i.code == "truncated" for i in r.issues)


def test_impossible_dates_are_not_invented() -> None:
    r = _outcome("# T\n\nBERLIN, 31/02/2024 – Text.\n\nAnd 99999-12-01 too.")
    assert r is not None
    assert r.dateline is None or r.dateline.date is None


# ------------------------------------------------------------------ properties
PIECES = st.sampled_from([
    "# Headline\n", "PRESS RELEASE\n", "VIENNA, 16 April 2024 – ", "“Quoted,” said Ann Lee, CEO.",
    "\n\n", "\n", "> ", "* ", "---\n", "title: x\n", "$1.2 million", "45%", "one in five",
    "press@example.org", "+1 (202) 555-0100", "[link](http://example.org)", "«", "»", "„", "“",
    "”", "–", "—", "\r\n", "\x00", "###", "Unsubscribe", "Media contact:", "said", "according to",
    "www.example.com", "https://x.example/a.pdf", "  ", "\t", "1,234.5", "1.234,5", "3. März 2024",
])
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=30)), max_size=80).map("".join)
TAGS = st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<br>", "<h1>", "</h1>", "<a href='x'>",
                        "</a>", "<blockquote>", "</blockquote>", "<script>", "</script>",
                        "<!--", "-->", "<![CDATA[", "]]>", "<nav>", "</nav>", "<b>", "&amp;",
                        "&#x201c;", "&nosuch;", "<meta charset='cp1252'>", "<title>", "</title>"])
HTML = st.lists(st.one_of(TAGS, PIECES, st.text(max_size=20)), max_size=80).map(
    lambda xs: "<html><body>" + "".join(xs))


@given(TEXT)
def test_property_text(text: str) -> None:
    _outcome(text)


@given(st.binary(max_size=2_000))
def test_property_bytes(data: bytes) -> None:
    _outcome(data)


@given(HTML)
def test_property_html(page: str) -> None:
    _outcome(page)
    _outcome(page.encode("utf-8"))


@given(TEXT, st.sampled_from(["utf-8", "cp1252", "latin-1", "utf-16", "koi8-r", "x-bad"]),
       st.booleans())
def test_property_email(body: str, charset: str, html: bool) -> None:
    m = EmailMessage()
    m["Subject"] = "".join(c for c in body[:60] if c.isprintable()) or "s"
    m["From"] = "press@example.org"
    m["Date"] = "Tue, 04 Jun 2024 09:30:00 -0600"
    m.set_content(body)
    if html:
        m.add_alternative("<html><body><p>" + body + "</p></body></html>", subtype="html")
    raw = bytes(m)
    if charset != "utf-8":
        raw = raw.replace(b'charset="utf-8"', f'charset="{charset}"'.encode())
    _outcome(raw)


@given(st.binary(max_size=3_000))
def test_property_email_headers_then_garbage(tail: bytes) -> None:
    _outcome(b"From: a@b.example\nTo: c@d.example\nSubject: x\nMIME-Version: 1.0\n"
             b"Content-Type: multipart/mixed; boundary=q\n\n--q\n" + tail)
