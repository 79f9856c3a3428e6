"""Contacts: contact blocks in several layouts and languages, body mentions, phones, spans.

Every release here is invented; layouts are modelled on wire services, newsrooms,
government advisories and web pages.
"""

from __future__ import annotations

import re

import pytest

import pressparse
from pressparse.extractors import Layout
from pressparse.extractors._channels import find_emails, find_phones, glued_prefix
from pressparse.extractors.contacts import extract_contacts
from pressparse.loaders import load
from pressparse.models import PressRelease
from pressparse.options import Options

LEAD = (
    "LISBON, 3 March 2025 – The Harbour Trust today opened a new ferry terminal that will "
    "serve more than two million passengers a year, the trust said in a statement."
)


def _parse(text: str, **opts: object) -> PressRelease:
    return pressparse.parse(text, Options(**opts)) if opts else pressparse.parse(text)  # type: ignore[arg-type]


def _names(r: PressRelease) -> list[str | None]:
    return [c.name for c in r.contacts]


def _emails(r: PressRelease) -> list[str]:
    return [e.address for c in r.contacts for e in c.emails]


def _e164(r: PressRelease) -> list[str | None]:
    return [p.e164 for c in r.contacts for p in c.phones]


# --------------------------------------------------- contact blocks by language
BLOCKS = [
    pytest.param(
        "Media contact:\nJane Doe\nAcme Widgets\n(212) 555-0142\njane.doe@acme-widgets.com",
        ["Jane Doe"], ["jane.doe@acme-widgets.com"], ["+12125550142"], id="en-media-contact"),
    pytest.param(
        "Press Contacts\n\nOliver Grant, Head of Communications\n+44 20 7946 0321\n"
        "oliver.grant@harbour.example.co.uk",
        ["Oliver Grant"], ["oliver.grant@harbour.example.co.uk"], ["+442079460321"], id="en-role-on-name-line"),
    pytest.param(
        "Investor Relations:\nMaria Keller\nir@keller-holding.com\n+1 312 555 0199",
        ["Maria Keller"], ["ir@keller-holding.com"], ["+13125550199"], id="en-investor-relations"),
    pytest.param(
        "Pressekontakt:\nFriedrich Weber\nUnternehmenskommunikation\nTel.: 030 1234567\n"
        "E-Mail: presse@beispiel-werke.de",
        ["Friedrich Weber"], ["presse@beispiel-werke.de"], ["+49301234567"], id="de-pressekontakt"),
    pytest.param(
        "Contact presse\nCamille Durand\nTél. : 01 42 68 53 00\ncamille.durand@musee-exemple.fr",
        ["Camille Durand"], ["camille.durand@musee-exemple.fr"], ["+33142685300"], id="fr-contact-presse"),
    pytest.param(
        "Contacto de prensa:\nLucía Romero\nTel.: +34 91 123 45 67\nlucia.romero@agua-ejemplo.es",
        ["Lucía Romero"], ["lucia.romero@agua-ejemplo.es"], ["+34911234567"], id="es-contacto"),
    pytest.param(
        "Ufficio stampa\nGiulia Bianchi\ngiulia.bianchi@cantiere-esempio.it\n02 1234 5678",
        ["Giulia Bianchi"], ["giulia.bianchi@cantiere-esempio.it"], ["+390212345678"], id="it-ufficio-stampa"),
    pytest.param(
        "Пресс-служба\nАнна Смирнова\nТел.: +7 (495) 123-45-67\npress@bank-primer.ru",
        ["Анна Смирнова"], ["press@bank-primer.ru"], ["+74951234567"], id="ru-press-sluzhba"),
    pytest.param(
        "Perscontact\nLotte de Vries\n020 123 4567\nlotte@haven-voorbeeld.nl",
        ["Lotte de Vries"], ["lotte@haven-voorbeeld.nl"], ["+31201234567"], id="nl-perscontact"),
    pytest.param(
        "Presskontakt:\nKarin Lindgren, presschef\n070-123 45 67\nkarin.lindgren@jarnvag-exempel.se",
        ["Karin Lindgren"], ["karin.lindgren@jarnvag-exempel.se"], ["+46701234567"], id="sv-presskontakt"),
    pytest.param(
        "For media inquiries, please contact Ana Silva: press@harbour.example.org\n\n"
        "For investor relations, please contact Rui Costa: ir@harbour.example.org",
        ["Ana Silva", "Rui Costa"], ["press@harbour.example.org", "ir@harbour.example.org"], [],
        id="en-please-contact-name-colon"),
]


@pytest.mark.parametrize(("block", "names", "emails", "phones"), BLOCKS)
def test_contact_block_after_heading(block: str, names: list[str], emails: list[str],
                                     phones: list[str]) -> None:
    r = _parse(f"{LEAD}\n\n{block}\n")
    assert _names(r) == names
    assert _emails(r) == emails
    assert _e164(r) == phones


# ------------------------------------------------------------ block layouts
def test_several_people_in_one_block_each_keep_their_channels() -> None:
    block = ("Media contacts:\n\nAnna Berg\nCity of Lakeview\n(312) 555-0101\nanna.berg@lakeview.gov\n\n"
             "Paul Stone\nRiverside Transit\n(312) 555-0177\npstone@riverside-transit.com")
    r = _parse(f"{LEAD}\n\n{block}\n")
    got = {c.name: ([e.address for e in c.emails], [p.e164 for p in c.phones]) for c in r.contacts}
    assert got == {
        "Anna Berg": (["anna.berg@lakeview.gov"], ["+13125550101"]),
        "Paul Stone": (["pstone@riverside-transit.com"], ["+13125550177"]),
    }


def test_two_names_on_one_line_share_slash_separated_channels() -> None:
    block = ("-end-\n\nGrace Holm / Victor Lane\nHeadquarters, Washington\n202-555-0148 / 202-555-0193\n"
             "grace.holm@survey.example.gov / victor.lane@survey.example.gov")
    r = _parse(f"{LEAD}\n\n{block}\n")
    assert _names(r) == ["Grace Holm", "Victor Lane"]
    assert [[e.address for e in c.emails] for c in r.contacts] == [
        ["grace.holm@survey.example.gov"], ["victor.lane@survey.example.gov"]]
    assert _e164(r) == ["+12025550148", "+12025550193"]


@pytest.mark.parametrize("mark", ["-end-", "– end-", "— end —", "—END—"])
def test_end_mark_in_any_dash_opens_the_contact_block(mark: str) -> None:
    block = (f"Read more at:\n\nhttps://survey.example.gov/ferries\n\n{mark}\n\nGrace Holm\n\n"
             "Headquarters, Washington\n\n202-555-0148\n\ngrace.holm@survey.example.gov")
    r = _parse(f"{LEAD}\n\n{block}\n")
    assert _names(r) == ["Grace Holm"]
    assert _e164(r) == ["+12025550148"]


def test_wire_page_printing_the_block_twice_gives_one_contact() -> None:
    block = "Contacts\n\nNora Blake (515) 555-0111 n.blake@grocer.example.com"
    r = _parse(f"{LEAD}\n\n{block}\n\n{block}\n\nSite Navigation\n\nHome\n")
    assert _names(r) == ["Nora Blake"]
    assert _emails(r) == ["n.blake@grocer.example.com"]
    assert len(_e164(r)) == 1


def test_release_summary_after_the_contacts_adds_no_contact() -> None:
    block = "## Contacts\n\nMedia:\nNora Blake\n(515) 555-0111"
    summary = ("## Release Summary\n\nHarbour Ferries LP Announces Closing of Its Terminal "
               "Sale\n\n## $Cashtags\n\n$HRBR")
    r = _parse(f"{LEAD}\n\n{block}\n\n{summary}\n\n{block}\n\n## Site Navigation\n\nHome\n")
    assert _names(r) == ["Nora Blake"]


def test_agency_line_is_not_a_name_and_the_person_after_it_is() -> None:
    block = "Contacts\n\nHarbour Trust:\nBright Associates, Inc.\nSam Porter\n+1 (408) 555-0133 ir@harbour.example.com"
    r = _parse(f"{LEAD}\n\n{block}\n")
    assert _names(r) == ["Sam Porter"]
    assert r.contacts[0].organization == "Harbour Trust"


def test_press_desk_without_a_person_keeps_its_channels_and_no_name() -> None:
    block = "Pressekontakt:\n\nBundesamt für Beispiele Pressestelle\n\nTel.: 0228 99 9582 0\n\nE-Mail: presse@bfb.bund.de"
    r = _parse(f"{LEAD}\n\n{block}\n")
    assert _names(r) == [None]
    assert _emails(r) == ["presse@bfb.bund.de"]


def test_flattened_block_with_glued_words_is_cut_apart() -> None:
    text = (f"{LEAD} Ray Quinn, CEO of Quillmark, said the deal was done. "
            "The Quillmark team works with WorkBench daily.\n\n"
            "Press Inquiries:QuillmarkRay QuinnCEOinvestors@quillmark.ai\n\n"
            "WorkbenchSue Park\n\nSVP of Marketing, WorkBenchsue.park@workbench.io\n")
    r = _parse(text)
    assert _names(r) == ["Ray Quinn", "Sue Park"]
    assert _emails(r) == ["investors@quillmark.ai", "sue.park@workbench.io"]


def test_contact_line_above_the_headline_with_press_role() -> None:
    text = "FOR IMMEDIATE RELEASE\n\nDana Miles, Media Relations (512) 555-0138\n\nTIMER SALES DOUBLE\n\n" + LEAD
    r = _parse(text)
    assert _names(r) == ["Dana Miles"]
    assert _e164(r) == ["+15125550138"]


def test_obfuscated_addresses_are_read() -> None:
    block = "Contact:\n\nProfessor Ines Arnold\nInstitute of Zoology\ni.arnold(at)uni-example.de"
    r = _parse(f"{LEAD}\n\n{block}\n")
    assert _names(r) == ["Ines Arnold"]
    assert _emails(r) == ["i.arnold@uni-example.de"]


def test_name_after_a_contact_verb_in_a_sentence() -> None:
    text = (f"{LEAD}\n\nFor more information, contact Lorna Pike, Office of Public Information, "
            "(503) 555-0196, lpike@college.example.edu.\n")
    r = _parse(text)
    assert _names(r) == ["Lorna Pike"]
    assert _emails(r) == ["lpike@college.example.edu"]


@pytest.mark.parametrize("sentence", [
    "Media inquiries should be directed to Paula Ortiz at paula.ortiz@harbour.example.org.",
    "Journalists can get in touch with Paula Ortiz on +351 21 555 0100 or paula.ortiz@harbour.example.org.",
    "Für Rückfragen wenden Sie sich bitte an Paula Ortiz, paula.ortiz@harbour.example.org.",
    "Contact Harbour Trust: Paula Ortiz - Press Officer: paula.ortiz@harbour.example.org",
    "To join as a sponsor, contact VP of Partnerships Paula Ortiz at "
    "paula.ortiz@harbour.example.org.",
    "For more information, contact Senior Press Officer Paula Ortiz at "
    "paula.ortiz@harbour.example.org or 503-555-0196.",
])
def test_body_mention_names_the_person_after_the_verb(sentence: str) -> None:
    r = _parse(f"{LEAD}\n\n{sentence}\n")
    assert _names(r) == ["Paula Ortiz"]
    assert "paula.ortiz@harbour.example.org" in _emails(r)


def test_second_name_like_line_resolved_by_the_address() -> None:
    block = "Contact Details\n\nBlue Heron Broadcasting\n\nMila Ortiz\n\n+1 605-555-0176\n\nmila@blueheron.fm"
    r = _parse(f"{LEAD}\n\n{block}\n")
    assert _names(r) == ["Mila Ortiz"]
    assert r.contacts[0].organization == "Blue Heron Broadcasting"


@pytest.mark.parametrize(("line", "name"), [
    ("Jane DOE (+32 2 295 11 11)", "Jane DOE"),
    ("Sean O'Neill", "Sean O'Neill"),
    ("Ian MacDonald", "Ian MacDonald"),
    ("Dr. Anna Maria von der Heide", "Anna Maria von der Heide"),
    ("Jane Doe Director of Communications", "Jane Doe"),
    ("Mary Ann Smith Senior Manager", "Mary Ann Smith"),
    ("Ines Arnold, Head of Press", "Ines Arnold"),
])
def test_name_forms(line: str, name: str) -> None:
    block = f"Contacts for the media\n\n{line}\n\nTel. +49 (0)30 1234567\n\npress@example-werke.de"
    r = _parse(f"{LEAD}\n\n{block}\n")
    assert _names(r) == [name]
    assert _e164(r)[:1] in (["+49301234567"], ["+3222951111"])


@pytest.mark.parametrize(("block", "name", "organization"), [
    ("Media contact: Jane Doe at jane@acme.example.com or 212-555-0142.", "Jane Doe", None),
    ("For media inquiries, please contact: press@acme.example.com", None, None),
    ("Contact presse Claire Fabre – Service de presse Tél. : 01 42 68 53 00 presse@ville.example.fr",
     "Claire Fabre", "Service de presse"),
])
def test_one_line_contact_blocks(block: str, name: str | None, organization: str | None) -> None:
    r = _parse(f"{LEAD}\n\n{block}\n")
    assert [(c.name, c.organization) for c in r.contacts] == [(name, organization)]


# -------------------------------------------------------------- body mentions
@pytest.mark.parametrize(("sentence", "email"), [
    ("Media who wish to attend should RSVP by emailing anna.berg@lakeview.gov.", "anna.berg@lakeview.gov"),
    ("Journalists with questions can write to press@harbour.example.org.", "press@harbour.example.org"),
    ("Für Rückfragen steht die Pressestelle unter presse@hafen-beispiel.de zur Verfügung.",
     "presse@hafen-beispiel.de"),
])
def test_body_mention_for_inquiries(sentence: str, email: str) -> None:
    r = _parse(f"{LEAD}\n\n{sentence}\n")
    assert _emails(r) == [email]


# ---------------------------------------------------------- not a contact
NOT_CONTACTS = [
    pytest.param(
        f"{LEAD}\n\nRecent News\n\nCouncil approves budget\n\nHall of Justice • 330 W. Broadway, "
        "San Diego, CA 92101\n\nnewsdesk@county.example.gov | (619) 555-0140\n", id="site-footer-switchboard"),
    pytest.param(
        f"{LEAD}\n\n© 2025 Harbour Trust. Contact us: info@harbour.example.org | +351 21 555 0100\n",
        id="copyright-footer"),
    pytest.param(
        f"{LEAD}\n\nThe trust invested 12,500,000 euros between 2019-2023 and served 1 234 567 "
        "passengers on 2024-05-06.\n", id="amounts-dates-ids-in-prose"),
    pytest.param(
        f"{LEAD}\n\nContacts:\n\nCommunication and Media Relations Section\n\nHarbour Trust\n",
        id="heading-with-departments-only"),
    pytest.param(
        f"{LEAD}\n\nRelated stories\n\nNew quay opens\n\nContact\n\nHarbour Trust\n\n"
        "Tel: +351 21 555 0100\n\ninfo@harbour.example.org\n", id="site-contact-box-after-related"),
]


@pytest.mark.parametrize("text", NOT_CONTACTS)
def test_not_a_press_contact(text: str) -> None:
    assert _parse(text).contacts == []


@pytest.mark.parametrize("line", [
    "Communication and Media Relations Section", "Darrow Associates, Inc.", "Investor Relations",
    "Headquarters, Washington", "Press Office", "Newsroom Team",
])
def test_departments_and_agencies_are_not_names(line: str) -> None:
    block = f"Media contact:\n\n{line}\n\n(212) 555-0142\n\npress@acme-widgets.com"
    r = _parse(f"{LEAD}\n\n{block}\n")
    assert _names(r) == [None]


# ---------------------------------------------------------------- phones
PHONES = [
    pytest.param("Tel.: 030 1234567", "presse@werk-beispiel.de", None, "+49301234567", id="de-by-email-tld"),
    pytest.param("Tél. : 01 42 68 53 00", "contact@exemple.com", "FR", "+33142685300", id="fr-by-option"),
    pytest.param("Office: +43 1 514 36 6000", "info@org.example.com", None, "+431514366000", id="plus-form"),
    pytest.param("Phone: (212) 555-0142", "press@acme.example.com", None, "+12125550142", id="us-default"),
    pytest.param("T: +61 2 9374 4000", "media@example.com.au", None, "+61293744000", id="au-plus"),
    pytest.param("Mobile: 0171 2345678", "kontakt@example.de", None, "+491712345678", id="de-mobile"),
]


@pytest.mark.parametrize(("line", "email", "region", "e164"), PHONES)
def test_phone_region_guess(line: str, email: str, region: str | None, e164: str) -> None:
    block = f"Media contact:\n\nJane Doe\n\n{line}\n\n{email}"
    r = _parse(f"{LEAD}\n\n{block}\n", default_region=region) if region \
        else _parse(f"{LEAD}\n\n{block}\n")
    assert _e164(r) == [e164]
    assert r.contacts[0].phones[0].raw == line.split(": ", 1)[1].strip()


def test_fax_numbers_are_left_out() -> None:
    block = "Media contact:\n\nJane Doe\n\nTel. (212) 555-0142 Fax (212) 555-0143\n\njane@acme.example.com"
    r = _parse(f"{LEAD}\n\n{block}\n")
    assert _e164(r) == ["+12125550142"]


@pytest.mark.parametrize("text", [
    "on 2024-05-06 and 06.05.2024", "between 2019-2023", "reference 12/3456", "CA 92101",
])
def test_dates_ranges_and_ids_are_not_phones(text: str) -> None:
    assert find_phones(text, ["US", "DE"], labelled=True) == []


def test_unlabelled_invalid_number_is_not_a_phone_but_labelled_possible_one_is_kept_raw() -> None:
    assert find_phones("ticket 5550 1234 55", ["US"]) == []
    kept = find_phones("01632 960 772", ["GB"], labelled=True)
    assert [(p.raw, p.e164) for p in kept] == [("01632 960 772", None)]


# ---------------------------------------------------------------- e-mails
@pytest.mark.parametrize(("text", "want"), [
    ("Jane.Doe@Example.COM", ["jane.doe@example.com"]),
    ("write to a.b(at)uni-example.de today", ["a.b@uni-example.de"]),
    ("m.rich@grocer.example.comMore", ["m.rich@grocer.example.com"]),
    ("no address here @handle", []),
    ("retina image logo@2x.png", []),
])
def test_find_emails(text: str, want: list[str]) -> None:
    assert [e.value for e in find_emails(text)] == want


@pytest.mark.parametrize(("local", "words", "cut"), [
    ("CEOinvestors", frozenset({"CEO"}), 3),
    ("Officercontactus", frozenset(), 7),
    ("WorkBenchsue.park", frozenset({"WorkBench"}), 9),
    ("John.Smith", frozenset({"John"}), 0),
    ("jane.doe", frozenset(), 0),
])
def test_glued_prefix(local: str, words: frozenset[str], cut: int) -> None:
    assert glued_prefix(local, words) == cut


# ------------------------------------------------------------------ spans
def test_channel_spans_point_at_the_printed_text() -> None:
    block = ("Media contacts:\n\nAnna Berg, City of Lakeview, (312) 555-0101, Anna.Berg@Lakeview.gov\n\n"
             "Ines Arnold\ni.arnold(at)uni-example.de\n+49 30 1234567")
    r = _parse(f"{LEAD}\n\n{block}\n")
    assert len(r.contacts) == 2
    for c in r.contacts:
        for e in c.emails:
            assert e.span is not None
            printed = r.text[e.span.start:e.span.end]
            assert re.sub(r"\s?\(at\)\s?", "@", printed).lower() == e.address
        for p in c.phones:
            assert p.span is not None
            assert r.text[p.span.start:p.span.end] == p.raw


# ------------------------------------------------------------- known misses
@pytest.mark.xfail(strict=True, reason="all-caps names are not read as names")
def test_all_caps_name() -> None:
    r = _parse(f"{LEAD}\n\nMEDIA CONTACT:\nJANE DOE\n(212) 555-0142\njane@acme.example.com\n")
    assert _names(r) == ["Jane Doe"]


@pytest.mark.xfail(strict=True, reason="names listed without channels are dropped")
def test_names_without_channels() -> None:
    r = _parse(f"{LEAD}\n\nContacts: Jane Doe and John Roe, Acme Widgets\n")
    assert _names(r) == ["Jane Doe", "John Roe"]


def test_import_does_not_load_phonenumbers() -> None:
    import subprocess
    import sys

    code = "import sys, pressparse; print('phonenumbers' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(("heading", "person", "found"), [
    ("Contact", "Harbour Trust", False), ("Contact", "Jane Doe", True),
    ("Media contact", "Harbour Trust", True),
])
def test_layout_boilerplate_needs_a_strong_heading_or_a_person(heading: str, person: str,
                                                               found: bool) -> None:
    opts = Options()
    doc = load(f"{LEAD}\n\n{heading}\n\n{person}\n\ninfo@acme.example.com\n", opts)
    footer = set(range(1, len(doc.blocks)))
    layout = Layout(body=[0], boilerplate=footer)
    assert bool(extract_contacts(doc, layout, opts)) is found


def test_numbered_contact_heading_in_notes_to_editors() -> None:
    html = (f"<html><body><h1>Trust opens a terminal</h1><p>{LEAD}</p><h2>Notes to editors</h2>"
            "<p>1. The trust runs four terminals.</p><p>2. Contact the trust:</p>"
            "<ul><li>Call 0800 776 612</li><li>website: www.harbour-trust.example</li></ul>"
            "</body></html>")
    r = _parse(html)
    assert [p.raw for c in r.contacts for p in c.phones] == ["0800 776 612"]


def test_links_to_a_country_domain_set_the_phone_region_and_press_office_heads_the_block() -> None:
    html = ("<html><body><h1>Trust opens a terminal</h1><p>The trust opened a terminal today "
            'for the <a href="https://www.harbour.example.uk/terminal">new ferry line</a> and the '
            '<a href="https://www.ferries.example.uk/">coastal service</a>.</p>'
            "<h3>Trust press office</h3><p>Main switchboard 020 7946 0321</p></body></html>")
    r = _parse(html)
    assert [p.e164 for c in r.contacts for p in c.phones] == ["+442079460321"]
