"""What a single block is, judged on its own text: label, end mark, date line, boilerplate.

Shared by the layout, dateline and link extractors; every test is a linear scan of one
block's text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..document import Block
from ..lexicon.layout import (
    BOILERPLATE_HEADINGS,
    BOILERPLATE_PHRASES,
    DATE_LINE_PREFIXES,
    END_MARKS,
    LABELS,
)

_WORD = re.compile(r"\w+")
_FOLD_PUNCT = re.compile(r"[\s:;,.!?|/\\()\[\]*_\"'“”‘’«»\-–—]+")
_LABEL_HEAD = re.compile(
    "|".join(sorted((re.escape(w) for w in LABELS), key=len, reverse=True)), re.I
)
_TOKEN = re.compile(r"[\w©]+")


def _by_first_word(phrases: tuple[str, ...]) -> dict[str, list[str]]:
    """Phrase table keyed by each phrase's first word, for one dict look-up per word."""
    out: dict[str, list[str]] = {}
    for p in phrases:
        words = _TOKEN.findall(p)
        if words:
            out.setdefault(words[0], []).append(p)
    return out


_BOILER_BY_WORD = _by_first_word(BOILERPLATE_PHRASES)


def _has_phrase(low: str, table: dict[str, list[str]]) -> bool:
    """True when a phrase of the table occurs in the lower-cased text."""
    for word in set(_TOKEN.findall(low)):
        for phrase in table.get(word, ()):
            if phrase in low:
                return True
    return False
_BOILER_HEADING = re.compile(
    "(?:" + "|".join(sorted((re.escape(w) for w in BOILERPLATE_HEADINGS), key=len, reverse=True))
    + r")\b", re.I,
)
_MONTHISH = r"[^\W\d_]{3,12}\.?"
# Date shapes (language-free: a word between day and year stands for the month).
DATE_SHAPES = re.compile(
    r"\b\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|\b\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})\b"
    r"|\b\d{1,2}(?:st|nd|rd|th|er|e|º|\.)?[ \u00a0]{1,3}(?:de[ \u00a0]{1,3}|of[ \u00a0]{1,3})?"
    + _MONTHISH + r",?[ \u00a0]{1,3}(?:de[ \u00a0]{1,3})?\d{4}\b"
    r"|\b" + _MONTHISH + r"[ \u00a0]{1,3}\d{1,2}(?:st|nd|rd|th)?,?[ \u00a0]{1,3}\d{4}\b",
    re.I,
)
_TIME_TAIL = re.compile(
    r"^[\s,@|–—-]{0,6}(?:\d{1,2}[:.]\d{2}(?::\d{2})?\s?(?:[ap]\.?m\.?)?)?[\s,]{0,3}"
    r"(?:[A-Za-z]{1,12}(?:[\s/]{1,2}[A-Za-z]{1,12}){0,3})?\s?$",
    re.I,
)
_DATE_PREFIX = re.compile(
    r"^(?:" + "|".join(sorted((re.escape(w) for w in DATE_LINE_PREFIXES), key=len, reverse=True))
    + r")\b[\s:]{0,3}(?:on\s|am\s|le\s|el\s|il\s)?",
    re.I,
)
_WEEKDAY_PREFIX = re.compile(r"^[^\W\d_]{3,12}\.?,?\s", re.I)


@lru_cache(maxsize=4096)
def word_count(text: str) -> int:
    """Number of words (white-space separated tokens); blocks are asked many times."""
    return len(text.split())


def fold(text: str) -> str:
    """Lower-case with punctuation and spaces folded to single spaces."""
    return _FOLD_PUNCT.sub(" ", text.lower()).strip()


_FOLD_LEAD = " \t\n\u00a0:;,.!?|/\\()[]*_\"'“”‘’«»-–—"
"""What ``fold`` drops before the first word (and other white space, which ``fold_head``
leaves to ``fold``)."""


def fold_head(text: str) -> str | None:
    """The first character of ``fold(text)`` when it is cheap to tell ("" for an empty
    fold), or None: a block is compared with folded titles only when it may equal one."""
    rest = text.lstrip(_FOLD_LEAD)
    if not rest:
        return ""
    if rest[0].isspace():
        return None
    return rest[0].lower()[0]


def is_label(block: Block) -> bool:
    """A kicker such as PRESS RELEASE, FOR IMMEDIATE RELEASE or an embargo line."""
    return is_label_text(block.text)


def is_label_text(text: str) -> bool:
    """``is_label`` for a text outside a block (a part of an e-mail Subject)."""
    if word_count(text) > 14:
        return False
    m = _LABEL_HEAD.match(text.strip(" *_#:|-–—"))
    if not m:
        return False
    rest = text.strip(" *_#:|-–—")[m.end():]
    if not rest.strip():
        return True
    # "FOR IMMEDIATE RELEASE - August 30, 2005", "EMBARGOED UNTIL 10:00 CET", "PRESS RELEASE 12/2024"
    return bool(re.match(r"[\s:|/–—-]", rest)) and (
        bool(DATE_SHAPES.search(rest)) or bool(_LABEL_HEAD.search(rest))
        or text.upper() == text or "until" in rest.lower() or "bis" in rest.lower()
    )


_DASHES = str.maketrans("\u2013\u2014\u2012\u2212", "----")
_TIGHT_END_MARKS = frozenset(m.replace(" ", "") for m in END_MARKS)


def is_end_mark(block: Block) -> bool:
    """A mark that closes the release text ("###", "-end-", "-30-")."""
    t = block.text.strip().lower()
    if len(t) > 12:
        return False
    t = t.replace("\\", "")
    return t in END_MARKS or t.translate(_DASHES).replace(" ", "") in _TIGHT_END_MARKS


def is_boilerplate(block: Block) -> bool:
    """Navigation, share bars, subscription footers, copyright lines, page residue."""
    text = block.text
    letters = sum(map(str.isalpha, text[:50]))
    if letters < 2 and len(text) < 50:
        return True  # breadcrumb separators, stray numbers
    words = word_count(text)
    if words > 30:
        return False
    if text.startswith(("http://", "https://")) and " " not in text and re.search(
            r"\.(?:jpe?g|png|gif|webp|svg)(?:\?|$)", text, re.I):
        return True
    return _has_phrase(text.lower(), _BOILER_BY_WORD)


def is_boilerplate_heading(block: Block) -> bool:
    """A heading over a section of page chrome ("Site Navigation", "Follow Us")."""
    if block.kind != "heading" and word_count(block.text) > 4:
        return False
    m = _BOILER_HEADING.match(block.text.strip(" #*:"))
    return bool(m) and word_count(block.text) <= 5


def date_line_match(block: Block) -> re.Match[str] | None:
    """The date in a block that only announces a date ("Published 3 March 2024")."""
    text = block.text.strip()
    if len(text) > 90 or word_count(text) > 12:
        return None
    m = DATE_SHAPES.search(text)
    if not m:
        return None
    head = text[:m.start()]
    if head.strip():
        p = _DATE_PREFIX.match(head)
        head_rest = head[p.end():] if p else head
        if head_rest.strip() and not _WEEKDAY_PREFIX.fullmatch(head_rest.lstrip()):
            return None
    if not _TIME_TAIL.match(text[m.end():]):
        return None
    return m


__all__ = [
    "DATE_SHAPES",
    "date_line_match",
    "fold",
    "is_boilerplate",
    "is_boilerplate_heading",
    "is_end_mark",
    "is_label",
    "is_label_text",
    "word_count",
]
