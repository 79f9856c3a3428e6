"""Plain text and markdown: blocks, wrapped lines, fragments, front matter, inline links."""

from __future__ import annotations

import pytest

from pressparse.document import Document, glued_at_break
from pressparse.loaders import load
from pressparse.loaders.text import is_hard_wrapped, split_front_matter
from pressparse.options import Options


def _load(text: str) -> Document:
    return load(text, Options())


def _texts(text: str) -> list[str]:
    return [b.text for b in _load(text).blocks]


WRAPPED = (
    "TOLEDO, Ohio--(BUSINESS WIRE)--Northgate Foods Inc. announced today that it\n"
    "has completed the purchase of twelve grocery stores in northern Ohio and\n"
    "expects to reopen all of them under its own name within six months.\n"
)


def test_hard_wrapped_lines_join_into_one_paragraph() -> None:
    assert _texts(WRAPPED) == [" ".join(WRAPPED.split())]


def test_crlf_and_cr_line_ends_read_like_lf() -> None:
    assert _texts(WRAPPED.replace("\n", "\r\n")) == _texts(WRAPPED)
    assert _texts(WRAPPED.replace("\n", "\r")) == _texts(WRAPPED)


def test_short_lines_stay_apart() -> None:
    block = "Media contact:\nPriya Natarajan\n+1 (312) 555-0147\npriya@northgate.example\n"
    assert _texts(block) == ["Media contact:", "Priya Natarajan", "+1 (312) 555-0147",
                             "priya@northgate.example"]


def test_paragraph_cut_by_a_stray_blank_line_is_joined() -> None:
    text = "Officials from ministries and the private\n\nsector, the forum's members, met.\n"
    assert _texts(text) == ["Officials from ministries and the private sector, the forum's "
                            "members, met."]


def test_flattened_page_fragments_rejoin_their_sentence() -> None:
    text = ("Lakeshore County Sheriff\nDana Whitcombe\nsaid today that the bridge will reopen on "
            "Monday after repairs costing far more than first planned by the county.\n"
            "Another line that is a paragraph of its own and long enough to be one, surely.\n")
    assert _texts(text)[0].startswith("Lakeshore County Sheriff Dana Whitcombe said today")


def test_indented_lines_open_paragraphs_in_old_mail() -> None:
    text = ("HOUSTON - Acme Energy announced today the launch of a new trading desk\n"
            "for natural gas liquids in the Gulf region.\n"
            " \"This desk gives customers a single place to trade,\" said Jo Park,\n"
            "president of Acme Energy.\n")
    assert len(_texts(text)) == 2


@pytest.mark.parametrize(("md", "kind", "level", "text"), [
    ("# Big news today", "heading", 1, "Big news today"),
    ("### Section title ###", "heading", 3, "Section title"),
    ("> “Quoted words,” she said.", "blockquote", 0, "“Quoted words,” she said."),
    ("* First highlight of the day", "list_item", 0, "First highlight of the day"),
    ("1. Numbered item here", "list_item", 0, "Numbered item here"),
    ("\\-- A $5,000 grant from a fund", "paragraph", 0, "-- A $5,000 grant from a fund"),
    ("Plain **bold** and *italic* and __strong__ text", "paragraph", 0,
     "Plain bold and italic and strong text"),
    ("Title here\n==========", "heading", 1, "Title here"),
])
def test_markdown_block_kinds(md: str, kind: str, level: int, text: str) -> None:
    b = _load(md).blocks[0]
    assert (b.kind, b.level, b.text) == (kind, level, text)


def test_markdown_links_keep_targets_and_spans() -> None:
    doc = _load("Read [the full report](https://example.org/report.pdf) and "
                "<https://example.org/data> now. ![logo](https://example.org/logo.png)")
    links = {link.url: link for link in doc.links}
    report = links["https://example.org/report.pdf"]
    assert doc.text[report.start:report.end] == "the full report"
    assert links["https://example.org/logo.png"].image
    assert "https://example.org/data" in links
    assert "![" not in doc.text and "](" not in doc.text


@pytest.mark.parametrize(("source", "title"), [
    ("---\ntitle: Plain title\n---\nBody text.", "Plain title"),
    ("---\ntitle: \"Quoted title with a \\\n  \\ continuation in\\_2022\"\n---\nBody.",
     "Quoted title with a  continuation in\u00a02022"),
    ("---\nlayout: post\ntitle: 'It''s here'\n---\nBody.", "It's here"),
    ("View this email in your browser\n\nTeaser.\n\n---\ntitle: Later title\n---\nBody.",
     "Later title"),
    ("--- layout: post title: Folded front matter here author: A. Writer ---\n\nBody.",
     "Folded front matter here"),
    ("---\ntitle: \"Smith-\\u2060Jones Fund Opens\"\n---\nBody.", "Smith-Jones Fund Opens"),
    ("---\ntitle: \"Caf\\xe9 Week \\u00e0 la carte\"\n---\nBody.", "Café Week à la carte"),
])
def test_front_matter_titles(source: str, title: str) -> None:
    meta, _ = split_front_matter(source)
    assert meta["title"] == title


def test_front_matter_is_not_body_text() -> None:
    doc = _load("---\ntitle: T\ndate: 2024-01-02\n---\nThe body starts here.")
    assert [b.text for b in doc.blocks] == ["The body starts here."]
    assert doc.source.meta["date"] == "2024-01-02"
    assert doc.source.format == "markdown"


def test_rule_lines_are_not_front_matter_without_keys() -> None:
    meta, rest = split_front_matter("---\n\nNot front matter\n---\n")
    assert meta == {}
    assert "Not front matter" in rest


@pytest.mark.parametrize(("lines", "wrapped"), [
    (["x" * 70, "y" * 68, "z" * 20], True),
    (["short", "lines", "only"], False),
    (["x" * 300, "y" * 250], False),
    (["one line only " * 5], False),
])
def test_wrap_detection(lines: list[str], wrapped: bool) -> None:
    assert is_hard_wrapped(lines) is wrapped


SCRIPT = ("if (!window.AdNet){(function(){var s = document.createElement(\"script\"); s.async = true;"
          "}());} var AdNet = AdNet || {}; AdNet.ads.push({place: 1, size: [300,250]});")


@pytest.mark.parametrize(("line", "kept"), [
    (SCRIPT, []),
    (SCRIPT + " \u201cWe ship faster now,\u201d said Lee Ortega.",
     ["\u201cWe ship faster now,\u201d said Lee Ortega."]),
    ("var x = 1; window.y = {a: 2}; document.write('<div></div>');", []),
    ("The variance was 12 in the region; we opened {two} of them; both are busy.",
     ["The variance was 12 in the region; we opened {two} of them; both are busy."]),
    ("Window cleaners earned more; prices rose {slightly}; demand held.",
     ["Window cleaners earned more; prices rose {slightly}; demand held."]),
])
def test_inlined_ad_script_is_not_text(line: str, kept: list[str]) -> None:
    assert _texts("Lead paragraph of the release.\n\n" + line + "\n")[1:] == kept


@pytest.mark.parametrize(("md", "text"), [
    ("_Media Relations: Jo Park,_ _jo.park@northgate.example_ _, 312-555-0147_",
     "Media Relations: Jo Park, jo.park@northgate.example , 312-555-0147"),
    ("The _new_ plant opens (_soon_).", "The new plant opens (soon)."),
    ("Write to first_last@northgate.example or see snake_case_name here.",
     "Write to first_last@northgate.example or see snake_case_name here."),
])
def test_single_underscore_emphasis_is_removed(md: str, text: str) -> None:
    assert _texts(md) == [text]


FLATTENED = {
    "date-line-stays-apart": (
        "Mayor Opens Harbour Walk\nMarch 04, 2025\nLakeshore County Mayor\nDana Whitcombe\n"
        "opened the new harbour walk on Monday, three years after the work began there.\n",
        ["Mayor Opens Harbour Walk", "March 04, 2025",
         "Lakeshore County Mayor Dana Whitcombe opened the new harbour walk on Monday, three "
         "years after the work began there."]),
    "closing-punctuation-line": (
        "The new walk is twice as long as\nthe old promenade\n. It opens at dawn every day of "
        "the week, the county said on Monday.\n",
        ["The new walk is twice as long as the old promenade. It opens at dawn every day of "
         "the week, the county said on Monday."]),
    "attribution-after-comma-quote": (
        "“The harbour walk belongs to everyone who lives here and to every visitor,”\n"
        "Whitcombe said\n.\nThe walk cost less than planned, according to the county office.\n",
        ["“The harbour walk belongs to everyone who lives here and to every visitor,” "
         "Whitcombe said.",
         "The walk cost less than planned, according to the county office."]),
    "dateline-dash-on-its-own-line": (
        "TOLEDO -\nLakeshore County Mayor Dana Whitcombe today opened the harbour walk, three "
        "years after the work began there.\n",
        ["TOLEDO - Lakeshore County Mayor Dana Whitcombe today opened the harbour walk, three "
         "years after the work began there."]),
    "short-headline-repeating-the-page-title-stays-alone": (
        "Mayor Opens Harbour Walk - County News\nHome\n/\nMayor Opens Harbour Walk\n"
        "Lakeshore County Mayor\nDana Whitcombe\nopened the new harbour walk on Monday, three "
        "years after the work began there.\n",
        ["Mayor Opens Harbour Walk - County News", "Home", "/", "Mayor Opens Harbour Walk",
         "Lakeshore County Mayor Dana Whitcombe opened the new harbour walk on Monday, three "
         "years after the work began there."]),
    "fragment-opening-the-page-title-still-joins": (
        "Lakeshore County Mayor Opens the Harbour Walk | County News\n"
        "Lakeshore County Mayor\nDana Whitcombe\nopened the new harbour walk on Monday, three "
        "years after the work began there.\n",
        ["Lakeshore County Mayor Opens the Harbour Walk | County News",
         "Lakeshore County Mayor Dana Whitcombe opened the new harbour walk on Monday, three "
         "years after the work began there."]),
    "dateline-dash-opens-the-next-line": (
        "TOLEDO\n- Lakeshore County Mayor Dana Whitcombe today opened the harbour walk, three "
        "years after the work began there.\n",
        ["TOLEDO - Lakeshore County Mayor Dana Whitcombe today opened the harbour walk, three "
         "years after the work began there."]),
    "capital-heading-then-a-real-list": (
        "HIGHLIGHTS\n- The walk is two miles long.\n- It opens at dawn.\n",
        ["HIGHLIGHTS", "The walk is two miles long.", "It opens at dawn."]),
    "attribution-split-after-comma-quote": (
        "“The harbour walk belongs to everyone who lives here,”\nLakeshore County\n"
        "Mayor Dana Whitcombe said.\nThe walk cost less than planned, the county said.\n",
        ["“The harbour walk belongs to everyone who lives here,” Lakeshore County Mayor Dana "
         "Whitcombe said.",
         "The walk cost less than planned, the county said."]),
    "opening-mark-alone-and-word-cut-at-apostrophe": (
        "The walk opened on Monday after three years of work.\n“\nThis walk is the "
        "county’s gift to every family and it crowns the mayor’\ns long campaign\n,” "
        "Whitcombe said.\n",
        ["The walk opened on Monday after three years of work.",
         "“This walk is the county’s gift to every family and it crowns the mayor’s long "
         "campaign,” Whitcombe said."]),
}


@pytest.mark.parametrize(("previous", "line", "glued"), [
    ("“", "This walk is ours.", True),
    ("„", "Das ist unser Weg.", True),
    ("the mayor’", "s long campaign", True),
    ("it isn'", "t finished yet", True),
    ("the ‘harbour plan’", "and the walk", False),
    ("the residents’", "long campaign", False),
    ("”", "said the mayor.", False),
])
def test_lines_glued_at_a_break(previous: str, line: str, glued: bool) -> None:
    assert glued_at_break(previous, line) is glued


@pytest.mark.parametrize(("text", "blocks"), FLATTENED.values(), ids=FLATTENED.keys())
def test_flattened_page_lines(text: str, blocks: list[str]) -> None:
    assert _texts(text) == blocks


@pytest.mark.parametrize(("text", "blocks"), [
    pytest.param("Tech Notes: Folding Steel into a Lighter Bridge Deck \n"
                 " How a welding trick from shipyards became the key to a lighter bridge\n",
                 ["Tech Notes: Folding Steel into a Lighter Bridge Deck",
                  "How a welding trick from shipyards became the key to a lighter bridge"],
                 id="title-over-deck"),
    pytest.param("The county opened the new harbour walk on Monday after three years of\n"
                 "work, and the mayor thanked the builders and the neighbours for patience.\n",
                 ["The county opened the new harbour walk on Monday after three years of work, "
                  "and the mayor thanked the builders and the neighbours for patience."],
                 id="wrapped-prose-stays-joined"),
])
def test_title_line_over_wrapped_text(text: str, blocks: list[str]) -> None:
    assert _texts(text) == blocks
