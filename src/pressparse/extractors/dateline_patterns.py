"""The shapes of a printed dateline at the start of a lead paragraph.

    VIENNA, 16 April 2024 –                      place, date, dash
    SAN FRANCISCO, March 3, 2025 /PRNewswire/ -- place, date, wire in slashes
    ANKENY, Iowa--(BUSINESS WIRE)--              place, wire in brackets between dashes
    WASHINGTON (Reuters) -                       place, wire, dash
    NEWARK, CALIFORNIA / ACCESS Newswire / September 11, 2025 /
    Bismarck, ND (Newsworthy.ai) Thursday Nov 30, 2023 @ 5:00 PM Central —
    PARIS, le 5 mars 2024 –   Madrid, 5 de marzo de 2024.   BERLIN, 3. März 2024 –

The dateline ends at the first separator (a dash, a double hyphen, a closing slash
run) within its first 220 characters; what comes before must read as place words, a
date, a time and a wire name, nothing else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .blocks import DATE_SHAPES

WINDOW = 220
# Separators that may close a dateline, strongest first in the alternation.
_SEPARATOR = re.compile(
    r"[ \u00a0]?(?:--|[–—]|-(?=[ \u00a0]))[ \u00a0]?"
    r"|(?<=\d{4})\.[ \u00a0]"
    r"|(?<=\d{4}):[ \u00a0]"
    r"|[ \u00a0]/[ \u00a0](?=[A-Z][^/]{2,40}[ \u00a0]/[ \u00a0])",
)
_WIRE_PAREN = re.compile(r"\(([^()]{2,40})\)")
_WIRE_SLASH = re.compile(r"(?<![\w/])/([A-Za-z0-9][\w .&'-]{1,38}?)/(?![\w/])")
_SLASH_FIELDS = re.compile(r"[ \u00a0]/[ \u00a0]")
_TIME = re.compile(
    r"@?[ \u00a0]?\b\d{1,2}[:.]\d{2}(?:[ \u00a0]?[AaPp]\.?[Mm]\.?)?(?:[ \u00a0][A-Z][A-Za-z]{1,11}){0,3}"
)
_DATE_TAIL = re.compile(r"^[ \u00a0]{0,2}(?:года|год|г\.|r\.|år|anno)", re.I)
_WEEKDAY_WORD = re.compile(r"^[A-Za-zÀ-ÿ]{3,12}\.?,?$")
_PLACE_WORD = re.compile(r"^(?:[A-ZÀ-ÞА-ЯЁ][\w.'’-]{0,30}|[A-ZÀ-ÞА-ЯЁ]{1,4}\.?|&|\||/|and|et|und|y|e|"
                         r"am|an|der|de|del|la|le|di|du|des|sur|upon|on|im|bei|ob|van|da|do|al)$")
_LOC_TRIM = re.compile(r"[\s,;:|–—-]+$|^[\s,;:|–—-]+")
_LOC_TAIL_WORD = re.compile(r"(?:,?[ \u00a0](?:le|el|il|den|am|on|the|de))+$", re.I)
WIRE_WORDS = re.compile(r"wire|news|press|presse|release|reuters|ap\b|afp|dpa|ots|apa|ansa|"
                        r"efe|anp|tt|ntb|ritzau|pr\b|\.ai|\.com|media", re.I)


@dataclass(frozen=True, slots=True)
class PrintedDateline:
    """A dateline found at the start of a paragraph; offsets are relative to it."""

    end: int
    location: str | None
    date_text: str | None
    wire: str | None


def parse_dateline(text: str) -> PrintedDateline | None:
    """The dateline that opens ``text``, or None."""
    head = text[:WINDOW]
    if not head[:1].isupper():
        return None
    fields = _slash_fields(head)
    if fields:
        return fields
    for sep in _SEPARATOR.finditer(head):
        if sep.start() < 2:
            continue
        found = _read_prefix(head[:sep.start()], sep.group(0), sep.end())
        if found is not None:
            return _with_trailing_wire(head, found)
    return None


def place_date_line(text: str) -> tuple[str, str] | None:
    """(place, date) of a short line that is only a place and a date, else None."""
    text = text.strip()
    if len(text) > 120:
        return None
    m = DATE_SHAPES.search(text)
    if not m or text[m.end():].strip(" .,;:–—-"):
        return None
    place = _LOC_TRIM.sub("", _LOC_TAIL_WORD.sub("", _LOC_TRIM.sub("", text[:m.start()])))
    if not place or not _is_place(place) or place.split()[-1].rstrip(",.").lower() in _WEEKDAYS:
        return None
    return place, m.group(0)


def starts_with_dateline(text: str) -> bool:
    """True when a paragraph opens with a printed dateline."""
    return parse_dateline(text) is not None


_TRAILING_WIRE = re.compile(r"\(([^()]{2,40})\)[ \u00a0]?(?:--|[–—]|-)[ \u00a0]?")


def _with_trailing_wire(head: str, found: PrintedDateline) -> PrintedDateline:
    """"ANKENY, Iowa--(BUSINESS WIRE)--": the wire follows the first separator."""
    m = _TRAILING_WIRE.match(head, found.end)
    if m is None or found.wire is not None:
        return found
    return PrintedDateline(m.end(), found.location, found.date_text, m.group(1).strip())


def _slash_fields(head: str) -> PrintedDateline | None:
    """"PLACE / Wire Name / Month D, YYYY / text" (ACCESS Newswire style)."""
    parts = _SLASH_FIELDS.split(head, maxsplit=3)
    if len(parts) < 4:
        return None
    place, wire, date = parts[0], parts[1], parts[2]
    if not DATE_SHAPES.fullmatch(date.strip()) or not WIRE_WORDS.search(wire):
        return None
    if not _is_place(place):
        return None
    end = len(place) + len(wire) + len(date) + 9
    m = re.compile(r"[ \u00a0]/[ \u00a0]").search(head, len(place) + len(wire) + len(date))
    end = m.end() if m else end
    return PrintedDateline(end, place.strip(), date.strip(), wire.strip())


def _read_prefix(prefix: str, sep: str, end: int) -> PrintedDateline | None:
    """Split a candidate dateline prefix into place, date and wire; None when it is prose."""
    wire = None
    rest = prefix
    for pattern in (_WIRE_SLASH, _WIRE_PAREN):
        m = pattern.search(rest)
        if m and (WIRE_WORDS.search(m.group(1)) or m.group(1).isupper() or pattern is _WIRE_SLASH):
            wire = m.group(1).strip()
            rest = rest[:m.start()] + " " + rest[m.end():]
            break
    date_m = DATE_SHAPES.search(rest)
    date_text = date_m.group(0) if date_m else None
    place = rest[:date_m.start()] if date_m else rest
    after = rest[date_m.end():] if date_m else ""
    after = _DATE_TAIL.sub(" ", _TIME.sub(" ", after))
    if after.strip(" ,.;:|-–—()") and not _weekday_only(after):
        return None
    place = _LOC_TRIM.sub("", place).rstrip(" (")
    weekday = re.search(r",?[ \u00a0][A-Za-zÀ-ÿ]{3,12}\.?,?$", place) if date_m else None
    if (weekday and _is_place(place[:weekday.start()]) and not _is_place(place)) or (weekday and date_m and place.split()[-1:] and place.split()[-1].rstrip(",.").lower() in _WEEKDAYS):
        place = place[:weekday.start()]
    place = _LOC_TRIM.sub("", _LOC_TAIL_WORD.sub("", _LOC_TRIM.sub("", place)))
    if not place:
        return None
    if not _is_place(place):
        return None
    strong = sep.strip() in ("--", "–", "—") or wire is not None or date_text is not None
    if not strong and not _all_caps(place):
        return None  # "Acme Corp - a leader -": a hyphen needs an all-caps place
    return PrintedDateline(end, place, date_text, wire)


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed "
                      "thu thur thurs fri sat sun montag dienstag mittwoch donnerstag freitag "
                      "samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche lunes "
                      "martes miércoles jueves viernes sábado domingo".split())


def _weekday_only(s: str) -> bool:
    words = s.strip(" ,.;:|-–—").split()
    return len(words) <= 2 and all(w.rstrip(",.").lower() in _WEEKDAYS for w in words)


def _is_place(place: str) -> bool:
    """Place words: capitalised, abbreviations, connectors; at most nine of them."""
    words = place.replace(",", " ").split()
    if not words or len(words) > 9 or len(place) > 90:
        return False
    if not words[0][:1].isupper():
        return False
    return all(_PLACE_WORD.match(w) for w in words)


def _all_caps(place: str) -> bool:
    letters = [c for c in place.split(",")[0] if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


__all__ = ["PrintedDateline", "parse_dateline", "place_date_line", "starts_with_dateline"]
