"""Property tests: any str or bytes gives a valid result or the library's own error."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pressparse
from pressparse import PressParseError, PressRelease

from .conftest import assert_spans

PIECES = st.sampled_from([
    "# Headline here\n", "PRESS RELEASE\n", "VIENNA, 16 April 2024 – ", "“Quoted,” said Ann Lee.",
    "\n\n", "\n", "<p>", "</p>", "<br>", "<h1>", "</h1>", "<a href='x'>", "</a>", "> ", "* ",
    "---\n", "title: x\n", "$1.2 million", "45%", "press@example.org", "+1 (202) 555-0100",
    "[link](http://example.org)", "«", "»", "„", "“", "–", "\r\n", "\x00", "Subject: s\n",
    "From: a@b\n", "###", "Unsubscribe", "     ", "\t",
])
TEXTS = st.one_of(st.text(max_size=400), st.lists(st.one_of(PIECES, st.text(max_size=20)),
                                                  max_size=60).map("".join))


def _check(data: str | bytes) -> None:
    try:
        r = pressparse.parse(data)
    except PressParseError:
        return
    assert isinstance(r, PressRelease)
    PressRelease.model_validate_json(r.model_dump_json())
    assert_spans(r)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_any_text(text: str) -> None:
    _check(text)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600))
def test_any_bytes(data: bytes) -> None:
    _check(data)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, st.sampled_from(["utf-8", "utf-16", "cp1252", "latin-1"]))
def test_any_text_in_any_encoding(text: str, encoding: str) -> None:
    _check(text.encode(encoding, errors="replace"))
