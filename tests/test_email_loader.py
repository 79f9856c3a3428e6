"""E-mail: headers, the best body part, quoted-printable, forwarded messages, mbox."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

import pressparse
from pressparse.loaders import load
from pressparse.loaders.decode import repair_lotus
from pressparse.loaders.email import clean_subject, looks_like_email
from pressparse.options import Options

BODY = ("DENVER, 4 June 2024 – The Front Range Water Board approved a $40 million plan "
        "today to replace lead service lines across the district.\n\n"
        "“Every household deserves safe water,” said board chair Ana Ruiz.\n")


def _message(html: bool = True) -> bytes:
    m = EmailMessage()
    m["Subject"] = "=?utf-8?q?Water_board_approves_=E2=82=AC_plan?="
    m["From"] = "Press Office <press@board.example>"
    m["Date"] = "Tue, 04 Jun 2024 09:30:00 -0600"
    m.set_content(BODY, cte="quoted-printable")
    if html:
        m.add_alternative("<html><body><p>" + BODY.replace("\n\n", "</p><p>") + "</p></body></html>",
                          subtype="html", cte="quoted-printable")
    return bytes(m)


def test_headers_and_text_part() -> None:
    doc = load(_message(), Options())
    assert doc.source.format == "email"
    assert doc.source.headers["Subject"] == "Water board approves € plan"
    assert doc.source.headers["Date"].startswith("Tue, 04 Jun 2024")
    assert doc.blocks[0].text.startswith("DENVER, 4 June 2024 – The Front Range")
    assert "“Every household deserves safe water,”" in doc.text


def test_html_part_used_when_text_part_is_empty() -> None:
    m = EmailMessage()
    m["Subject"] = "Only HTML"
    m["From"] = "a@b.example"
    m["To"] = "c@d.example"
    m.set_content(" ")
    m.add_alternative("<html><body><h1>Only HTML</h1><p>" + BODY + "</p></body></html>",
                      subtype="html")
    doc = load(bytes(m), Options())
    assert doc.blocks[0].text == "Only HTML"


def test_mbox_from_line_is_skipped() -> None:
    data = b"From MAILER-DAEMON Mon Apr 18 14:20:06 2022\n" + _message(html=False)
    doc = load(data, Options())
    assert doc.source.headers["From"] == "Press Office <press@board.example>"


def test_inline_forward_block_is_unwrapped() -> None:
    m = EmailMessage()
    m["Subject"] = "Fwd: Water board approves plan"
    m["From"] = "editor@news.example"
    m["To"] = "desk@news.example"
    m.set_content("FYI\n\n---------- Forwarded message ---------\nFrom: Press <p@b.example>\n"
                  "Date: Tue, 4 Jun 2024\nSubject: Water board approves plan\nTo: list@x.example\n\n"
                  + BODY)
    doc = load(bytes(m), Options())
    assert doc.source.headers["Forwarded-Subject"] == "Water board approves plan"
    assert doc.blocks[0].text.startswith("DENVER")


def test_broken_mime_and_bad_charset_still_load() -> None:
    raw = (b"From: a@b.example\nTo: c@d.example\nSubject: x\nMIME-Version: 1.0\n"
           b"Content-Type: multipart/mixed; boundary=\"zzz\"\n\n--zzz\n"
           b"Content-Type: text/plain; charset=no-such-charset\n\nHello release text here.\n"
           b"--zzz\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\n!!!notbase64###\n")
    doc = load(raw, Options())
    assert "Hello release text here." in doc.text


@pytest.mark.parametrize(("subject", "clean"), [
    ("Fwd: [press-list] Big news", "Big news"),
    ("RE: AW: Update", "Update"),
    ("Plain subject", "Plain subject"),
])
def test_clean_subject(subject: str, clean: str) -> None:
    assert clean_subject(subject) == clean


@pytest.mark.parametrize(("data", "is_mail"), [
    (b"From: a@b\nTo: c@d\nSubject: s\n\nbody", True),
    (b"Subject: hello\nDate: today\n\nbody", True),
    (b"VIENNA, 16 April 2024 - Title: something\n\nbody", False),
    (b"<html><body>x</body></html>", False),
])
def test_sniffing_email(data: bytes, is_mail: bool) -> None:
    assert looks_like_email(data) is is_mail


def test_lotus_notes_marks_become_quotes_and_dashes() -> None:
    data = (b"From: press@acme.example\nTo: all@acme.example\nSubject: Acme opens desk\n"
            b"Content-Type: text/plain; charset=us-ascii\n\n"
            b"HOUSTON \x01) Acme Energy opened a trading desk today.\n\n"
            b"\x01&This desk gives customers one place to trade,\x018 said Jo Park.\n")
    r = pressparse.parse(data)
    assert r.dateline is not None and r.dateline.location == "HOUSTON"
    assert [(q.text, q.speaker) for q in r.quotations] == [
        ("This desk gives customers one place to trade,", "Jo Park")]


@pytest.mark.parametrize(("raw", "text"), [
    ("\x01&Yes,\x018 she said \x01) twice.", "\u201cYes,\u201d she said \u2014 twice."),
    ("Acme\x01v and Acme\x01,s desk", "Acme\u2122 and Acme\x01,s desk"),
    ("no marks here", "no marks here"),
])
def test_repair_lotus(raw: str, text: str) -> None:
    assert repair_lotus(raw) == text
