"""Dateline: the place and date of the release.

The date comes from, in order: the printed dateline; a date line near the head
("Published 3 March 2024", a wire page's timestamp, a dated label); the page's
metadata (``article:published_time``, JSON-LD, ``<time>``, front matter); the
e-mail's Date header; a date-only line elsewhere; a full date in the lead. Dates are
read by dateparser, given only the short matched string and the release's language.
"""

from __future__ import annotations

import re
from datetime import date
from email.utils import parsedate_tz
from functools import lru_cache
from typing import Any

from ..document import Block, Document
from ..lexicon.months import EVENT_DATE_CUES, MONTHS
from ..models import Dateline, Span
from ..options import Options
from . import Layout
from .blocks import DATE_SHAPES, date_line_match, is_label
from .dateline_patterns import parse_dateline, place_date_line

_DAY_MONTH_YEAR = re.compile(
    r"(?P<day>\d{1,2})(?:st|nd|rd|th|er|e|\.)?[ \u00a0]{1,3}(?:de[ \u00a0]{1,3}|of[ \u00a0]{1,3})?"
    r"(?P<month>[^\W\d_]{3,12}\.?),?[ \u00a0]{1,3}(?:de[ \u00a0]{1,3})?(?P<year>\d{4})", re.I)
_MONTH_DAY_YEAR = re.compile(
    r"(?P<month>[^\W\d_]{3,12}\.?)[ \u00a0]{1,3}(?P<day>\d{1,2})(?:st|nd|rd|th)?,?[ \u00a0]{1,3}"
    r"(?P<year>\d{4})", re.I)
_WORD = re.compile(r"[^\W\d]+(?:'[^\W\d]+)?")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DMY_DOTS = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_PLACE_FIELD = re.compile(
    r"^(?:ort|location|place|lieu|lugar|luogo|plaats|место|local)[ \t]{0,3}:?[ \t]{1,3}"
    r"(\S.{0,80}?)(?=[ \t]+(?:datum|date|fecha|data|дата|stand)\b|$)", re.I)
_DATE_FIELD = re.compile(
    r"\b(?:datum|date|fecha|data|дата|published|veröffentlicht|publié|publicado)[ \t]{0,2}:?[ \t]{1,3}"
    r"(?=\d)", re.I)
META_DATE_KEYS = (
    "article:published_time", "jsonld:datepublished", "og:published_time", "datepublished",
    "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "pubdate",
    "publishdate", "publish-date", "publication_date", "sailthru.date", "parsely-pub-date",
    "release_date", "citation_publication_date", "published_time", "jsonld:datecreated", "time",
)
# Tried when the release's own languages do not read a date (a quoted foreign dateline).
FALLBACK_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "fi", "pl",
                      "cs", "ru", "uk", "tr", "ro", "hu", "el")
MIN_YEAR = 1900
MAX_YEAR = date.today().year + 2


def extract_dateline(doc: Document, layout: Layout, options: Options) -> Dateline | None:
    """Place and date of the release, or None when the document gives neither."""
    langs = _languages(layout, options)
    lead = doc.blocks[layout.body[0]] if layout.body else None
    printed = parse_dateline(lead.text) if lead is not None else None
    result = Dateline()
    if printed is not None and lead is not None:
        raw = lead.text[:printed.end].rstrip()
        result = Dateline(location=printed.location, raw=raw, wire=printed.wire,
                          span=Span(start=lead.start, end=lead.start + len(raw)))
        if printed.date_text:
            result.date = parse_date(printed.date_text, langs)
            result.date_source = "dateline" if result.date else "none"
    if result.location is None:
        result.location = _place_field(doc, layout)
    if result.location is None:
        line = _place_date_line(doc, layout)
        if line is not None:
            result.location, date_text, raw_block = line
            result.raw = raw_block.text
            result.span = Span(start=raw_block.start, end=raw_block.end)
            result.date = parse_date(date_text, langs) if date_text else None
            result.date_source = "dateline" if result.date else "none"
    if result.date is None:
        result.date, result.date_source = _other_date(doc, layout, langs, lead)
    if result.location is None and result.date is None:
        return None
    return result


def _languages(layout: Layout, options: Options) -> tuple[str, ...]:
    langs = list(options.languages or ())
    if layout.language and layout.language not in langs:
        langs.append(layout.language)
    if "en" not in langs:
        langs.append("en")
    return tuple(langs)


def _head_blocks(doc: Document, layout: Layout) -> list[Block]:
    """Blocks from the top of the document to the lead paragraph."""
    stop = layout.body[0] if layout.body else min(len(doc.blocks), 12)
    return doc.blocks[:stop + 1][:40]


def _place_field(doc: Document, layout: Layout) -> str | None:
    """A labelled place near the head ("Ort Saarbrücken", "Location: Geneva")."""
    for b in _head_blocks(doc, layout):
        m = _PLACE_FIELD.match(b.text.strip())
        if m:
            return m.group(1).strip()
    return None


def _place_date_line(doc: Document, layout: Layout) -> tuple[str, str, Block] | None:
    """A head line holding only a place and a date ("Hofheim | Wiesbaden, 11. November 2021")."""
    for b in _head_blocks(doc, layout):
        if is_label(b) or date_line_match(b):
            continue
        found = place_date_line(b.text)
        if found:
            return found[0], found[1], b
    return None


def _other_date(doc: Document, layout: Layout, langs: tuple[str, ...],
                lead: Block | None) -> tuple[str | None, Any]:
    """The date from the head, metadata, headers or the text, with where it came from."""
    for b in _head_blocks(doc, layout):
        m = date_line_match(b) or (DATE_SHAPES.search(b.text) if is_label(b) else None)
        field = _DATE_FIELD.search(b.text[:200]) if m is None and len(b.text) < 200 else None
        if field:
            m = DATE_SHAPES.match(b.text, field.end())
        if m:
            d = parse_date(m.group(0), langs)
            if d:
                return d, "text"
    for key in META_DATE_KEYS:
        value = doc.source.meta.get(key)
        d = parse_date(value, langs) if value else None
        if d:
            return d, "metadata"
    header = doc.source.headers.get("Date")
    d = header_date(header) if header else None
    if d:
        return d, "header"
    for b in doc.blocks[:2000]:
        m = date_line_match(b)
        if m:
            d = parse_date(m.group(0), langs)
            if d:
                return d, "text"
    for b in _lead_and_caption(doc, layout, lead):
        m = DATE_SHAPES.search(b.text[:400])
        d = parse_date(m.group(0), langs) if m and not _event_date(b.text, m.start()) else None
        if d:
            return d, "text"
    return None, "none"


def _event_date(text: str, start: int) -> bool:
    """A date the lead gives for something else: "effective June 2", "completed on 1/1/2024"."""
    before = _WORD.findall(text[max(0, start - 40):start].lower())[-3:]
    return any(w in EVENT_DATE_CUES for w in before)


def _lead_and_caption(doc: Document, layout: Layout, lead: Block | None) -> list[Block]:
    """The lead, then the paragraphs between the headline and the lead that the layout
    left out of the body (a photo caption dated like the event the release reports)."""
    if lead is None:
        return []
    first = (layout.headline_block + 1) if layout.headline_block is not None else lead.index
    between = [b for b in doc.blocks[first:lead.index][:3]
               if b.kind == "paragraph" and b.index not in layout.boilerplate]
    return [lead, *between]


def header_date(value: str) -> str | None:
    """The date of an RFC 2822 Date header, as printed (sender's local date)."""
    try:
        parts = parsedate_tz(value[:200])
    except (ValueError, TypeError, IndexError):
        return None
    if not parts:
        return None
    return _valid(parts[0], parts[1], parts[2])


def parse_date(text: str, languages: tuple[str, ...] = ("en",)) -> str | None:
    """An ISO date (YYYY-MM-DD) from a short date string, or None."""
    text = text.strip()[:80]
    m = _ISO.match(text)
    if m:
        return _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _DMY_DOTS.match(text)
    if m:
        return _valid(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    if not any(c.isdigit() for c in text):
        return None
    quick = _month_name_date(text)
    if quick is not None:
        return quick
    for langs in (languages, FALLBACK_LANGUAGES):
        parsed = _parser(langs).get_date_data(text)
        when = parsed.date_obj if parsed else None
        if when is not None and parsed.period == "day":
            return _valid(when.year, when.month, when.day)
    return None


def _month_name_date(text: str) -> str | None:
    """"16 April 2024", "April 16, 2024", "3. März 2024", "5 de marzo de 2024" by table."""
    m = _DAY_MONTH_YEAR.fullmatch(text) or _MONTH_DAY_YEAR.fullmatch(text)
    if not m:
        return None
    month = MONTHS.get(m.group("month").lower().rstrip("."))
    if month is None:
        return None
    return _valid(int(m.group("year")), month, int(m.group("day")))


def _valid(year: int, month: int, day: int) -> str | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


@lru_cache(maxsize=32)
def _parser(languages: tuple[str, ...]) -> Any:
    """One reused dateparser parser per language set (dateparser loads lazily, once)."""
    from dateparser.date import DateDataParser

    try:
        return DateDataParser(languages=list(languages), settings={
            "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"],
            "RETURN_AS_TIMEZONE_AWARE": False, "STRICT_PARSING": True,
        })
    except ValueError:
        return DateDataParser(languages=["en"], settings={
            "REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True,
        })


__all__ = ["extract_dateline", "header_date", "parse_date"]
