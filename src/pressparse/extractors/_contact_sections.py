"""Contact sections: the blocks of a release that hold its press contacts.

A section opens with a contact heading ("Media contact:", "Pressekontakt", "Пресс-служба",
"Investor and Media Contact:"), an end mark ("-end-", "###") or is a lone short line with
a channel, a person and a press word; it runs over the short contact lines after it and
stops at prose, a chrome heading, an "About" section or the next opening.
"""

from __future__ import annotations

import re

from ..document import Block, Document
from ..lexicon.contacts import CONTACT_HEADINGS, END_MARKERS, WEAK_HEADINGS
from ..lexicon.links import NAVIGATION_PREFIXES, NAVIGATION_TEXTS, SOURCE_TEXTS
from . import Layout
from ._channels import has_phone_candidate
from ._contact_lines import SEPARATORS
from ._names import name_with_rest, person_name
from ._zones import chrome_start, heading_key, is_chrome_heading, is_chrome_key
from .blocks import is_end_mark

# A heading may carry a list number ('5. Contact FRANK:' in numbered notes to editors).
_LIST_NUMBER = r"(?:\d{1,2}[.)]\s{1,3})?"
_HEADING = re.compile(
    r"^" + _LIST_NUMBER + r"[\s#*_>•·\-–—]{0,6}(?P<head>"
    + "|".join(re.escape(h) for h in sorted(set(CONTACT_HEADINGS), key=len, reverse=True))
    + r")(?P<tail>\s{0,3}(?:[:：]|\s[-–—]\s|$)|:?[A-ZА-Я]|,?\s(?=\w))",
    re.IGNORECASE,
)
_LABELLED_HEADING = re.compile(
    r"^" + _LIST_NUMBER + r"[\s#*_>•·\-–—]{0,6}(?P<head>(?:[\w&/.'’-]{1,20}\s){0,4}(?:contacts?|inquiries|enquiries|"
    r"kontakte?|contactos?|contatti|kontakter|press\soffice|media\soffice|press\steam|media\steam|"
    r"pressestelle|presseteam))\s{0,3}(?P<tail>[:：]|$)",
    re.IGNORECASE,
)
_LIST_NUMBER_AT = re.compile(_LIST_NUMBER)
_LEAD_CHARS = "#*_>•·-–—"
"""What may stand before a heading (with white space), as in ``_HEADING``."""
_MAX_LEAD = 6
_ASCII_HEADINGS = tuple(sorted({h.lower() for h in CONTACT_HEADINGS if h.isascii()}))
_LABEL_WORDS = ("contact", "inquiries", "enquiries", "kontakt", "contatti", "press", "media")
"""Each word ``_LABELLED_HEADING`` ends with holds one of these (lower-case)."""
_ASCII_FAST = all(
    h.isascii() or any(not c.isascii() and c not in "ıſİ\u212a" for c in h)
    for h in CONTACT_HEADINGS
) and not any(h[:1].isspace() or h[:1] in _LEAD_CHARS for h in CONTACT_HEADINGS)
"""True when no non-ASCII heading can match ASCII text under IGNORECASE (a letter of it
folds to no ASCII letter) and none opens with a lead character, so that on ASCII text
``_HEADING`` can match only where a lower-cased ASCII heading starts after the lead."""
_PRESS_WORD = re.compile(
    r"(?i)\b(?:media|press|presse|prensa|stampa|communications?|relations|spokes\w{0,6}|"
    r"sprecher\w{0,3}|kontakt|contact\w{0,2}|pressestelle|пресс)\b"
)
_PRESS_STEMS = ("media", "press", "prensa", "stampa", "communication", "relations", "spokes",
                "sprecher", "kontakt", "contact")
"""Each word ``_PRESS_WORD`` finds in ASCII text holds one of these (lower-case)."""
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_MARKER_MAX = max(map(len, END_MARKERS))
_SHORT_HEADING_WORDS = 8
_MAX_SECTION_BLOCKS = 24
_MAX_LINE_WORDS = 24
_LONG_OPENS_NOTHING = _MARKER_MAX <= 2 * _MAX_LINE_WORDS
"""A block of more than ``_MAX_LINE_WORDS`` words cannot be an end mark."""
_STOP_OPENINGS = ("about ", "source ", "source:", *SOURCE_TEXTS, *NAVIGATION_PREFIXES)


Section = list[tuple[Block, int]]
"""Blocks of a contact section, each with the offset (in the block) where contact text starts."""


def release_sections(doc: Document, layout: Layout) -> tuple[int, list[Section]]:
    """Where the release ends and its contact sections; contacts and links both need them,
    so they are found once per document and kept on the layout."""
    cached = layout.derived.get("contact_sections")
    if cached is None:
        end = chrome_start(doc, layout)
        cached = layout.derived["contact_sections"] = (end, find_sections(doc, layout, end))
    return cached  # type: ignore[return-value]


def find_sections(doc: Document, layout: Layout, end: int) -> list[Section]:
    """Contact sections: after a heading, after an end mark, or a lone press-contact line.

    A strong heading ("Media contact") counts anywhere; a weak one ("Contact") or an end
    mark needs a channel after it, and outside the release (boilerplate, trailing chrome)
    a person's name too; a lone line counts before the trailing chrome.
    """
    out: list[Section] = []
    blocks = doc.blocks
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if _LONG_OPENS_NOTHING and _too_long(block.text):  # neither a heading nor a lone line
            i += 1
            continue
        opened = _opening(block)
        if opened is None:
            if i < end and _lone_contact_line(block):
                out.append([(block, 0)])
            i += 1
            continue
        skip, weak = opened
        section = [(block, skip)] if skip < len(block.text) else []
        j = i + 1
        while j < len(blocks) and len(section) < _MAX_SECTION_BLOCKS and _continues(blocks[j]):
            section.append((blocks[j], 0))
            j += 1
        inside = i < end and block.index not in layout.boilerplate
        if section and (not weak or (_has_channel(section) and (inside or _has_person(section)))):
            out.append(section)
        i = j
    return out


def _too_long(text: str) -> bool:
    """More words than a contact line has; splits no further than needed to tell."""
    return len(text) > 2 * _MAX_LINE_WORDS and \
        len(text.split(None, _MAX_LINE_WORDS)) > _MAX_LINE_WORDS


def _has_person(section: Section) -> bool:
    """True when a line of the section holds a person's name."""
    return any(person_name(f.strip()) or name_with_rest(f.strip()) is not None
               for b, s in section for f in SEPARATORS.split(b.text[s:]))


def _heading_match(text: str) -> re.Match[str] | None:
    """``_HEADING`` or else ``_LABELLED_HEADING`` matched at the start of a short text;
    on ASCII text each is tried only when a cheap look finds its words there."""
    if not (_ASCII_FAST and text.isascii()):
        return _HEADING.match(text) or _LABELLED_HEADING.match(text)
    low = text.lower()
    number = _LIST_NUMBER_AT.match(low)
    n = number.end() if number else 0
    while n < len(low) and (low[n].isspace() or low[n] in _LEAD_CHARS):
        n += 1
    if n <= _MAX_LEAD and low.startswith(_ASCII_HEADINGS, n):
        m = _HEADING.match(text)
        if m is not None:
            return m
    if any(w in low for w in _LABEL_WORDS):
        return _LABELLED_HEADING.match(text)
    return None


def _opening(block: Block) -> tuple[int, bool] | None:
    """Where contact text starts in a block that opens a section, and whether the cue is weak.

    None when the block opens no section. An end mark opens one whose text is after it.
    """
    text = block.text
    stripped = text.strip()
    if (len(stripped) <= _MARKER_MAX and stripped.lower() in END_MARKERS) or is_end_mark(block):
        return len(text), True
    if _too_long(text):
        return None
    m = _heading_match(text)
    if m is None:
        return None
    head, tail = m.group("head").lower(), m.group("tail")
    if tail.endswith((" ", ",")) and not (head.endswith("contact")
                                          or len(text.split()) <= _SHORT_HEADING_WORDS
                                          or _starts_with_name(text[m.end():])):
        return None
    skip = m.end() - (1 if tail and tail[-1:].isupper() else 0)
    return skip, head in WEAK_HEADINGS


def _starts_with_name(text: str) -> bool:
    """True when a text opens with a person's name ("Jane Doe – Press Office …")."""
    first = SEPARATORS.split(text[:120], maxsplit=1)[0].strip()
    return person_name(first) or name_with_rest(first) is not None


def _continues(block: Block) -> bool:
    """True while the blocks after a contact heading are still short contact lines."""
    text = block.text.strip()
    if not text or _too_long(text) or is_chrome_heading(block):
        return False
    low = text.lower()
    if low.startswith(_STOP_OPENINGS) or low in END_MARKERS or is_end_mark(block) \
            or _opening(block) is not None:
        return False
    key = heading_key(text)
    if key in NAVIGATION_TEXTS or is_chrome_key(key):
        return False
    return not _prose(text)


def _prose(text: str) -> bool:
    """A sentence rather than a contact line: many words, mostly lower-case, no channel."""
    if "@" in text or "(at)" in text:
        return False
    words = text.split()
    if _SENTENCE_END.search(text) and len(words) > 12:
        return True
    lower = sum(1 for w in words if w[:1].islower())
    return len(words) >= 8 and lower / len(words) > 0.4 and not has_phone_candidate(text)


def _has_channel(section: Section) -> bool:
    """True when a section holds an e-mail or a phone-like number."""
    return any("@" in b.text[s:] or "(at)" in b.text[s:] or has_phone_candidate(b.text[s:])
               for b, s in section)


def _may_hold_press_word(text: str) -> bool:
    """Cheap test before ``_PRESS_WORD``: on ASCII text, one of its stems is printed."""
    if not text.isascii():
        return True
    low = text.lower()
    return any(w in low for w in _PRESS_STEMS)


def _lone_contact_line(block: Block) -> bool:
    """A short block with a channel, a press word and a person's name (no heading above)."""
    text = block.text
    if _too_long(text) or not _may_hold_press_word(text):
        return False
    if "@" not in text and not has_phone_candidate(text):
        return False
    if not _PRESS_WORD.search(text):
        return False
    return any(person_name(f.strip()) for f in SEPARATORS.split(text))


__all__ = ["Section", "find_sections"]
