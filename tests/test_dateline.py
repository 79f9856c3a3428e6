"""Datelines as wires and governments print them, and where the date comes from otherwise."""

from __future__ import annotations

import pytest

import pressparse
from pressparse.extractors.dateline import header_date, parse_date
from pressparse.extractors.dateline_patterns import parse_dateline

REST = " The company announced a new plant today, its first in the region."


@pytest.mark.parametrize(("lead", "location", "day", "wire"), [
    ("VIENNA, 16 April 2024 –", "VIENNA", "2024-04-16", None),
    ("SAN FRANCISCO, March 3, 2025 /PRNewswire/ --", "SAN FRANCISCO", "2025-03-03", "PRNewswire"),
    ("WASHINGTON (Reuters) -", "WASHINGTON", None, "Reuters"),
    ("LONDON, UK, 5th March 2024 –", "LONDON, UK", "2024-03-05", None),
    ("BERLIN, 3. März 2024 –", "BERLIN", "2024-03-03", None),
    ("PARIS, le 5 mars 2024 –", "PARIS", "2024-03-05", None),
    ("Madrid, 5 de marzo de 2024.", "Madrid", "2024-03-05", None),
    ("ROMA, 5 marzo 2024 –", "ROMA", "2024-03-05", None),
    ("STOCKHOLM, 5 mars 2024 –", "STOCKHOLM", "2024-03-05", None),
    ("ANKENY, Iowa--(BUSINESS WIRE)--", "ANKENY, Iowa", None, "BUSINESS WIRE"),
    ("TAMPA, Fla., June 2, 2024 (GLOBE NEWSWIRE) --", "TAMPA, Fla.", "2024-06-02", "GLOBE NEWSWIRE"),
    ("DENVER, CO / ACCESS Newswire / May 6, 2025 /", "DENVER, CO", "2025-05-06", "ACCESS Newswire"),
    ("Fargo, ND (Newsworthy.ai) Monday Jun 3, 2024 @ 9:00 AM Central —", "Fargo, ND",
     "2024-06-03", "Newsworthy.ai"),
    ("HOUSTON -", "HOUSTON", None, None),
    ("OMAHA, Neb. & TULSA, Okla.–(BUSINESS WIRE)–", "OMAHA, Neb. & TULSA, Okla.", None,
     "BUSINESS WIRE"),
    ("Москва, 12 февраля 2024 года. —", "Москва", "2024-02-12", None),
    ("BOISE, Idaho (June 4, 2024) –", "BOISE, Idaho", "2024-06-04", None),
], ids=lambda v: str(v)[:24])
def test_printed_datelines(lead: str, location: str, day: str | None, wire: str | None) -> None:
    r = pressparse.parse(f"# Plant opens\n\n{lead}{REST}\n\nSecond paragraph here.")
    assert r.dateline is not None
    assert r.dateline.location == location
    assert r.dateline.date == day
    assert r.dateline.wire == wire
    assert r.dateline.raw and r.text.startswith(r.dateline.raw.split()[0], r.dateline.span.start)


@pytest.mark.parametrize("lead", [
    "The company - a leader in its field - said today it would expand.",
    "– Nu börjar vi bygga, säger projektledaren Anna Berg.",
    "Acme Corp announced a new plant today in the region.",
])
def test_prose_is_not_a_dateline(lead: str) -> None:
    assert parse_dateline(lead) is None


@pytest.mark.parametrize(("text", "day", "source"), [
    ("# Plant opens\n\nMarch 07, 2019 05:47 PM Eastern Standard Time\n\nThe company said.",
     "2019-03-07", "text"),
    ("# Plant opens\n\nPublished 3 March 2024\n\nThe company said.", "2024-03-03", "text"),
    ("---\ndate: '2023-10-19'\ntitle: Plant opens\n---\nThe company said.", "2023-10-19",
     "metadata"),
    ("# Plant opens\n\nHofheim | Wiesbaden, 11. November 2021\n\nDie Firma sagte heute etwas.",
     "2021-11-11", "dateline"),
    ("# Plant opens\n\n14.03.2019 - Region/ Stadt\n\nDie Firma sagte heute etwas.", "2019-03-14",
     "text"),
    ("<html><head><title>Acme - Plant opens in the north</title></head><body>"
     "<div class='news-date'>14.03.2019 - Region/ Stadt</div><div class='headline'>Plant opens in "
     "the north</div><div class='text'><p>The company said today that the plant in the north "
     "will open, with two hundred jobs.</p></div></body></html>", "2019-03-14", "text"),
], ids=["timestamp-line", "published-line", "front-matter", "place-and-date-line",
        "date-and-section-line", "date-element-beside-outside-heading"])
def test_date_from_elsewhere(text: str, day: str, source: str) -> None:
    r = pressparse.parse(text)
    assert r.dateline is not None
    assert (r.dateline.date, r.dateline.date_source) == (day, source)


@pytest.mark.parametrize(("lead", "day"), [
    ("The board of Acme decided on 14 March 2024 to keep its dividend unchanged.", "2024-03-14"),
    ("Acme today named Jo Park as finance chief, effective June 2, 2025.", None),
    ("Acme closed its funding round, completed on 01/02/2024, with ten investors.", None),
    ("The offer runs from March 3, 2025 to the end of the month at every Acme shop.", None),
    ("Acme has kept its prices unchanged since January 1, 2024 in all of its shops.", None),
])
def test_date_in_the_lead_only_when_it_is_not_an_event_date(lead: str, day: str | None) -> None:
    r = pressparse.parse(f"# Acme news\n\n{lead}\n\nSecond paragraph here.")
    assert (r.dateline.date if r.dateline else None) == day


def test_date_from_page_metadata_and_mail_header() -> None:
    page = ('<html><head><meta property="article:published_time" content="2020-01-15T01:01:01+00:00">'
            "</head><body><h1>Title of the page</h1><p>Body text of the release here.</p></body></html>")
    assert pressparse.parse(page).dateline.date == "2020-01-15"  # type: ignore[union-attr]
    mail = b"From: a@b.example\nSubject: News\nDate: Tue, 26 Oct 1999 23:17:00 -0700\n\nBody text.\n"
    d = pressparse.parse(mail).dateline
    assert d is not None and (d.date, d.date_source) == ("1999-10-26", "header")


def test_no_date_anywhere_gives_no_dateline() -> None:
    assert pressparse.parse("# Title here\n\nThe event is on Monday, April 15, at noon.").dateline is None


@pytest.mark.parametrize(("text", "iso"), [
    ("2024-04-16", "2024-04-16"), ("16.04.2024", "2024-04-16"), ("16 April 2024", "2024-04-16"),
    ("April 16, 2024", "2024-04-16"), ("3. März 2024", "2024-03-03"),
    ("31/02/2024", None), ("16 April 99999", None), ("9000 taon", None), ("now now now", None),
    ("1 January 1850", None),
])
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text, ("en", "de")) == iso


def test_header_date_keeps_the_senders_day() -> None:
    assert header_date("Tue, 26 Oct 1999 23:17:00 -0700") == "1999-10-26"
    assert header_date("garbage") is None
