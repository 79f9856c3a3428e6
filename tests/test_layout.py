"""Headline, label, sub-headline and body: the layout rules, each on a release we wrote."""

from __future__ import annotations

import pytest

import pressparse
from pressparse import Options


def _parse(text: str | bytes) -> pressparse.PressRelease:
    return pressparse.parse(text, Options())


LEAD = ("OSLO, 4 March 2024 – The Nordic Ferry Alliance agreed today to electrify "
        "twelve routes by 2030, its members said after a meeting in Oslo.")
SECOND = "The plan covers routes in Norway, Sweden and Denmark, and will cost about €900 million."


@pytest.mark.parametrize(("text", "headline"), [
    (f"# Ferry alliance to electrify twelve routes\n\n{LEAD}\n\n{SECOND}",
     "Ferry alliance to electrify twelve routes"),
    (f"PRESS RELEASE\n\nFerry alliance to electrify twelve routes\n\n{LEAD}\n\n{SECOND}",
     "Ferry alliance to electrify twelve routes"),
    (f"{LEAD}\n\nA photo caption naming people at the meeting in Oslo (Alliance)\n\nPRESS RELEASE"
     f"\n\nFerry alliance to electrify twelve routes\n\n{LEAD}\n\n{SECOND}",
     "Ferry alliance to electrify twelve routes"),
    (f"Ferry alliance to electrify twelve routes\n\n{LEAD}\n\n{SECOND}",
     "Ferry alliance to electrify twelve routes"),
    (f"---\ntitle: Ferry alliance to electrify twelve routes\n---\n{LEAD}\n\n{SECOND}",
     "Ferry alliance to electrify twelve routes"),
    (f"Ferry alliance to electrify twelve routes - Alliance Newsroom\nYou are here:\nHome\n/\n"
     f"News\nFerry alliance to electrify twelve routes\n{LEAD}\n{SECOND}",
     "Ferry alliance to electrify twelve routes"),
    (f"{LEAD}\n\n{SECOND}", None),
], ids=["markdown-heading", "after-label", "teaser-caption-label", "before-dateline-lead",
        "front-matter", "page-title-line", "none"])
def test_headline(text: str, headline: str | None) -> None:
    r = _parse(text)
    assert r.headline == headline
    assert r.paragraphs[0].text == LEAD


@pytest.mark.parametrize(("subject", "headline"), [
    ("[press] Ferry alliance to electrify twelve routes",
     "Ferry alliance to electrify twelve routes"),
    ("Twelve routes -- the alliance goes electric!", "Twelve routes -- the alliance goes electric!"),
    ("Ferry alliance | twelve routes go electric", "Ferry alliance | twelve routes go electric"),
    ("Press release - Ferry alliance to electrify twelve routes",
     "Ferry alliance to electrify twelve routes"),
    ("Ferry alliance to electrify twelve routes | PRESS RELEASE",
     "Ferry alliance to electrify twelve routes"),
], ids=["list-tag", "double-hyphen-kept", "bar-kept", "kicker-first", "kicker-last"])
def test_subject_is_the_headline_when_the_body_has_none(subject: str, headline: str) -> None:
    mail = (b"From: press@alliance.example\nTo: desk@news.example\n"
            b"Subject: " + subject.encode() + b"\n"
            b"Date: Mon, 4 Mar 2024 08:00:00 +0100\n\n" + LEAD.encode() + b"\n")
    r = _parse(mail)
    assert r.headline == headline


def test_site_name_is_cut_from_a_page_title() -> None:
    page = ("<html><head><title>Ferry alliance to electrify twelve routes | Nordic News | Oslo"
            f"</title></head><body><p>{LEAD}</p><p>{SECOND}</p></body></html>")
    assert _parse(page).headline == "Ferry alliance to electrify twelve routes"


def test_label_and_subheadline() -> None:
    text = (f"FOR IMMEDIATE RELEASE\n\n# Ferry alliance to electrify twelve routes\n\n"
            f"## Twelve routes, three countries, one charging standard\n\n{LEAD}\n\n{SECOND}")
    r = _parse(text)
    assert r.label == "FOR IMMEDIATE RELEASE"
    assert r.subheadline == "Twelve routes, three countries, one charging standard"
    assert r.paragraphs[0].text == LEAD


UNDATED = ("The Nordic Ferry Alliance agreed today to electrify twelve routes by 2030, its "
           "members said after a meeting in Oslo.")


@pytest.mark.parametrize(("between", "subheadline"), [
    pytest.param("The alliance will also adopt one charging standard.\n\nWHAT:\n\n",
                 "The alliance will also adopt one charging standard.",
                 id="standfirst-before-a-section-label"),
    pytest.param("WHAT:\n\n", None, id="label-only"),
])
def test_section_label_opens_the_body(between: str, subheadline: str | None) -> None:
    r = _parse(f"# Ferry alliance to electrify twelve routes\n\n{between}{UNDATED}\n\n{SECOND}")
    assert (r.subheadline, r.paragraphs[0].text) == (subheadline, UNDATED)


def test_short_lead_before_a_contact_label_stays_the_lead() -> None:
    lead = "The Nordic Ferry Alliance agreed today to electrify twelve routes by 2030."
    r = _parse(f"# Ferry alliance to electrify\n\n{lead}\n\nCONTACT:\n\nJo Berg\n")
    assert r.paragraphs[0].text == lead


def test_bullets_under_the_headline_are_the_subheadline() -> None:
    text = (f"# Ferry alliance to electrify twelve routes\n\n* Twelve routes by 2030\n"
            f"* Shared charging standard\n\n{LEAD}\n\n{SECOND}")
    r = _parse(text)
    assert r.subheadline == "Twelve routes by 2030\nShared charging standard"
    assert r.paragraphs[0].text == LEAD


def test_teaser_and_repeated_body_are_removed_once_each() -> None:
    teaser = LEAD[:90] + "… Read more"
    text = (f"View this email in your browser\n\n{teaser}\n\n# Ferry alliance\n\n{LEAD}\n\n"
            f"{SECOND}\n\n{LEAD}\n\n{SECOND}\n\nUnsubscribe from this list | Update subscription "
            "preferences")
    r = _parse(text)
    assert [p.text for p in r.paragraphs] == [LEAD, SECOND]
    assert r.duplicates_removed == 3


def test_fuller_copy_is_kept_in_the_first_position() -> None:
    short = LEAD[:100] + "…"
    r = _parse(f"# Ferry alliance\n\n{short}\n\n{SECOND}\n\n{LEAD}")
    assert [p.text for p in r.paragraphs] == [LEAD, SECOND]


@pytest.mark.parametrize("chrome", [
    "Unsubscribe from this list", "Forward to a friend", "© 2024 Nordic Ferry Alliance",
    "Copyright 2024 Alliance. All rights reserved.", "View this email in your browser",
    "Follow us on social media", "Scroll to top",
])
def test_boilerplate_is_not_body(chrome: str) -> None:
    r = _parse(f"# Ferry alliance\n\n{LEAD}\n\n{SECOND}\n\n{chrome}")
    assert chrome not in [p.text for p in r.paragraphs]


def test_navigation_sections_and_menus_are_not_body() -> None:
    text = (f"# Ferry alliance\n\n{LEAD}\n\n{SECOND}\n\n## Site Navigation\n\nHome\n\nNews\n\n"
            "About Us\n\n## Follow Us\n\nTwitter\n\nLinkedIn")
    r = _parse(text)
    assert [p.text for p in r.paragraphs] == [LEAD, SECOND]


def test_web_address_line_before_a_footer_menu_stays_in_body() -> None:
    text = (f"# Ferry alliance\n\n{LEAD}\n\n{SECOND}\n\nhttps://www.harbour.example.org/\n\n"
            "Home\n\nNews\n\nAbout Us\n\nCareers")
    r = _parse(text)
    assert "https://www.harbour.example.org/" in [p.text for p in r.paragraphs]
    assert [lk.url for lk in r.links if lk.kind != "navigation"] == \
        ["https://www.harbour.example.org/"]


def test_contact_block_stays_in_body() -> None:
    text = (f"# Ferry alliance\n\n{LEAD}\n\n{SECOND}\n\nMedia contact:\nIngrid Berg\n"
            "+47 22 00 00 00\ningrid.berg@alliance.example")
    texts = [p.text for p in _parse(text).paragraphs]
    assert "Ingrid Berg" in texts and "ingrid.berg@alliance.example" in texts


def test_end_mark_is_not_body() -> None:
    r = _parse(f"# Ferry alliance\n\n{LEAD}\n\n###\n\nAbout the Alliance: it runs ferries.")
    assert "###" not in [p.text for p in r.paragraphs]


@pytest.mark.parametrize("caption", [
    "Minister Ola Dahl, left, and Mayor Eva Lund open the ferry quay in Oslo, Monday, "
    "March 4, 2024. Photo Credit: (Alliance/Per Holm)",
    "The first electric ferry leaves the quay in Oslo on Monday. Foto: Per Holm",
    "The first electric ferry leaves the quay in Oslo. Credit: Nordic Ferry Alliance",
])
def test_photo_caption_before_the_lead_is_not_the_lead(caption: str) -> None:
    r = _parse(f"Ferry alliance to electrify twelve routes\n\n{caption}\n\n{SECOND}\n\n"
               "The alliance meets again in May.")
    assert r.paragraphs[0].text == SECOND


def test_caption_date_stands_in_for_a_missing_one() -> None:
    caption = ("Minister Ola Dahl, left, and Mayor Eva Lund open the ferry quay in Oslo, Monday, "
               "March 4, 2024. Photo Credit: (Alliance/Per Holm)")
    r = _parse(f"Ferry alliance to electrify twelve routes\n\n{caption}\n\n{SECOND}")
    assert r.dateline is not None and r.dateline.date == "2024-03-04"
