"""Hostile input: every input gets a valid result or the library's own error.

The adversarial cases of the hostile-input issue, built by generators here, plus
hypothesis properties over text, HTML and e-mail generators. Speed is measured by the
benchmark (``make bench``), not here; these tests check results, never clocks.
``make fuzz`` runs the same properties with many more examples.
"""

from __future__ import annotations

import random
import zipfile
from collections.abc import Callable
from email.message import EmailMessage
from io import BytesIO

import pytest
from hypothesis import given
from hypothesis import strategies as st

import pressparse
from pressparse import InputTooLargeError, Options, PressParseError, PressRelease

from .conftest import assert_spans

MB = 1_000_000


def _outcome(data: str | bytes, options: Options | None = None) -> PressRelease | None:
    """Parse; a PressParseError is an allowed outcome, anything else fails the test."""
    try:
        r = pressparse.parse(data, options)
    except PressParseError:
        return None
    assert isinstance(r, PressRelease)
    assert_spans(r)
    return r


# ------------------------------------------------------------------ generators
def _nested_mime(depth: int) -> bytes:
    head = "From: a@b.example\nTo: c@d.example\nSubject: nest\nMIME-Version: 1.0\n"
    parts = [head + "Content-Type: multipart/mixed; boundary=b0\n\n"]
    parts.extend(f"--b{i}\nContent-Type: multipart/mixed; boundary=b{i + 1}\n\n"
                 for i in range(depth))
    parts.append("innermost text\n")
    return "".join(parts).encode()


def _mail(body: str, charset: str = "utf-8") -> bytes:
    m = EmailMessage()
    m["Subject"] = "Release"
    m["From"] = "press@example.org"
    m.set_content(body, charset=charset)
    return bytes(m)


RANDOM = random.Random(20241128)

CASES: dict[str, Callable[[], str | bytes]] = {
    "empty-str": lambda: "",
    "empty-bytes": lambda: b"",
    "whitespace": lambda: " \n\t\r\n  \u00a0\u2028 ",
    "random-bytes": lambda: RANDOM.randbytes(200_000),
    "nul-bytes": lambda: b"\x00" * 50_000 + b"PRESS RELEASE\x00\x00text",
    "utf16-bom": lambda: "\ufeffVIENNA, 16 April 2024 – Text “quoted”.".encode("utf-16"),
    "utf16-no-bom": lambda: "VIENNA, 16 April 2024 – Text of the release.".encode("utf-16-le"),
    "cp1252-smart-quotes": lambda: "“Crème,” said Zoë – 5 €".encode("cp1252"),
    "latin1-declared": lambda: ('<meta charset="iso-8859-1"><p>\x93quoted\x94 caf\xe9</p>'
                                ).encode("latin-1"),
    "mixed-newlines": lambda: "Title\r\rBody one.\r\nBody two.\n\rBody three.\n\n\r\n",
    "text-20mb": lambda: ("VIENNA, 16 April 2024 – The OSCE said “things” about $1.2 million. "
                          * (20 * MB // 70)),
    "html-10mb": lambda: "<html><body>" + "<p>Paragraph <a href='/x'>link</a> text.</p>\n" * (
        10 * MB // 48),
    "html-nested-50000": lambda: "<div>" * 50_000 + "deep text" + "</div>" * 50_000,
    "html-200000-siblings": lambda: "<html><body>" + "<p>x y z</p>" * 200_000,
    "html-unclosed": lambda: "<p><b><i><span>" * 100_000 + "text",
    "html-100000-attributes": lambda: "<p " + " ".join(f"a{i}='1'" for i in range(100_000))
    + ">x</p>",
    "entity-bomb": lambda: ('<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
                            '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
                            '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
                            "<html><body><p>&c;&c;&c;</p></body></html>"),
    "external-entity": lambda: ('<?xml version="1.0"?><!DOCTYPE f [<!ENTITY x SYSTEM '
                                '"file:///etc/passwd">]><html><body><p>&x;</p></body></html>'),
    "quotes-never-close": lambda: ("“" + "word " * 40) * 5_000,
    "100000-quote-marks": lambda: '"' * 100_000,
    "mixed-quote-marks": lambda: "".join(RANDOM.choice("\"“”«»„‚‘’'「」") for _ in range(100_000)),
    "1mb-line-no-spaces": lambda: "a" * MB,
    "digits-and-commas": lambda: "1,2" * 300_000,
    "spaces-and-dots": lambda: " ." * 500_000,
    "a-at": lambda: "a@" * 500_000,
    "parentheses": lambda: "(" * MB,
    "dashes": lambda: "A – B -- C —\n" * 100_000,
    "impossible-dates": lambda: "BERLIN, 31/02/2024 – 99999-12-01 and 31. Februar 2024. " * 20_000,
    "mime-broken-boundary": lambda: (b"From: a@b\nMIME-Version: 1.0\nContent-Type: multipart/mixed;"
                                     b" boundary=\"x\"\n\n--y\nContent-Type: text/plain\n\nbody\n"),
    "mime-bad-charset": lambda: _mail("Body text here.").replace(b"utf-8", b"x-no-such-set"),
    "mime-base64-garbage": lambda: (b"From: a@b\nSubject: s\nContent-Transfer-Encoding: base64\n"
                                    b"Content-Type: text/plain\n\n!!!***###" * 1000),
    "mime-1000-nested-parts": lambda: _nested_mime(1000),
    "huge-encoded-subject": lambda: (b"Subject: =?utf-8?q?" + b"a" * 1_300_000 + b"?=\nFrom: a@b\n"
                                     b"\nbody"),
    "zip-bytes": lambda: _zip_bytes(),
}


def _zip_bytes() -> bytes:
    buf = BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("../../etc/evil.txt", "PRESS RELEASE\n\nText")
    return buf.getvalue()


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
