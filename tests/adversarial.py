"""Adversarial inputs of the hostile-input issue, built by generators.

Shared by tests/test_hostile.py (each must give a result or the library's own error)
and benchmarks/run.py (seconds per MB for each).
"""

from __future__ import annotations

import random
import zipfile
from collections.abc import Callable
from email.message import EmailMessage
from io import BytesIO

MB = 1_000_000


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


