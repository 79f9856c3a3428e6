"""E-mail addresses and phone numbers in a piece of text, with their offsets.

Shared by the contacts and links extractors. E-mails: one linear regex, "(at)"
obfuscation read as "@", words glued in front of an address by a flattened layout
("CEOjane@x.com") cut off. Phones: a bounded candidate regex, then the ``phonenumbers``
library (imported on first use) for validity and the E.164 form.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..lexicon.contacts import ORG_WORDS, ROLE_WORDS

EMAIL = re.compile(
    r"(?<![\w.+%-])(?P<local>[A-Za-z0-9][A-Za-z0-9._%+-]{0,63})"
    r"(?P<at>@|\s?[(\[{]\s?(?:at|AT)\s?[)\]}]\s?)"
    r"(?P<domain>[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,6}\.[A-Za-z]{2,24})(?![\w-])"
)
"""An e-mail address as printed (``name@host.tld`` or ``name(at)host.tld``)."""
_AT_WORD = re.compile(r"[(\[{]\s?(?:at|AT)\s?[)\]}]")
_LOCAL_REACH = 66
"""How far before its "@" or "(at)" an address can start (local part and a space)."""

PHONE_CANDIDATE = re.compile(
    r"(?<![\w+/.,-])(?:\+|00)?\(?\d[\d\s./()\-\u2010-\u2013]{5,40}\d(?![\w@]|[-./]\d)"
)
"""A run of digits and phone separators, 7 to 42 characters (two numbers on a slash);
validated afterwards."""
_DIGIT_RUN = re.compile(r"\d[\d\s./()\-\u2010-\u2013]{5,40}\d")
"""The core of ``PHONE_CANDIDATE`` without its look-arounds: quick to scan for, and no
candidate starts more than ``_LEAD_REACH`` characters ("00(") before the first one."""
_LEAD_REACH = 3

_DATE_LIKE = re.compile(
    r"^\s?(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})(?:\s|$)"
)
_TWO_NUMBERS = re.compile(r"(\s/\s|\s{2,})")
_NON_DIGIT = re.compile(r"\D")
_YEAR_RANGE = re.compile(r"^(?:19|20)\d\d\s?[-–/]\s?(?:19|20)?\d\d$")
_GLUED_TLD = re.compile(r"^([a-z]{2,24})[A-Z]")
_CAMEL_PIECE = re.compile(r"[A-Z][A-Za-z]{0,40}$")
_WORD = re.compile(r"\b[A-Za-z]{2,40}\b")
_LABEL_WORDS = ROLE_WORDS | ORG_WORDS
_FILE_TLDS = frozenset({"png", "jpg", "jpeg", "gif", "svg", "webp", "pdf", "html", "htm", "php"})


@dataclass(frozen=True, slots=True)
class Found:
    """A channel found in text: normalised value, raw text and its offsets in that text."""

    value: str
    raw: str
    start: int
    end: int
    e164: str | None = None


def email_matches(text: str) -> Iterator[re.Match[str]]:
    """``EMAIL`` matches in ``text``, the scan started just before the first "@" or "(at)"
    (no address can start earlier), none when the text has neither."""
    first = text.find("@")
    if "(" in text or "[" in text or "{" in text:
        word = _AT_WORD.search(text, 0, len(text) if first == -1 else first)
        if word is not None:
            first = word.start()
    if first == -1:
        return iter(())
    return EMAIL.finditer(text, max(0, first - _LOCAL_REACH))


def find_emails(text: str, doc_words: frozenset[str] = frozenset()) -> list[Found]:
    """E-mail addresses in ``text``, lower-cased; ``doc_words`` helps cut glued prefixes."""
    out: list[Found] = []
    for m in email_matches(text):
        local, domain = m.group("local"), m.group("domain")
        start, end = m.start(), m.end()
        glued = _GLUED_TLD.match(domain.rsplit(".", 1)[-1])
        if glued:
            cut = len(domain) - len(domain.rsplit(".", 1)[-1]) + len(glued.group(1))
            end -= len(domain) - cut
            domain = domain[:cut]
        if domain.rsplit(".", 1)[-1].lower() in _FILE_TLDS:  # "logo@2x.png" is a file name
            continue
        skip = glued_prefix(local, doc_words)
        local = local[skip:]
        start += skip
        if local.strip("._%+-"):
            out.append(Found(f"{local}@{domain}".lower(), text[start:end], start, end))
    return out


def glued_prefix(local: str, doc_words: frozenset[str]) -> int:
    """Length of a word glued before an address's local part ("CEO" in "CEOjane"), or 0.

    A prefix counts when the local part goes on in lower case after it and it ends with a
    capitalised word printed on its own elsewhere in the release, or with a title word.
    """
    if local.islower() or not any(c.isupper() for c in local):
        return 0
    for k in range(len(local) - 2, 1, -1):
        if local[k].islower() and local[k - 1].isalpha() and _glued_word_ends(local[:k], doc_words):
            return k
    return 0


def _glued_word_ends(prefix: str, doc_words: frozenset[str]) -> bool:
    """True when ``prefix`` ends with a capitalised word of the release or a title word."""
    for i in range(len(prefix) - 2, -1, -1):
        piece = prefix[i:]
        if piece[0].isupper() and _CAMEL_PIECE.match(piece) and (
                piece in doc_words or piece.lower() in _LABEL_WORDS) and (
                len(piece) >= 3 or piece.isupper()):
            return True
    return False


def document_words(text: str) -> frozenset[str]:
    """The words of a text (letters only), for cutting glued prefixes off addresses."""
    return frozenset(_WORD.findall(text))


def phone_candidates(text: str) -> Iterator[re.Match[str]]:
    """``PHONE_CANDIDATE`` matches in ``text``, the scan started just before the first
    digit run that could be one (none when there is no such run)."""
    core = _DIGIT_RUN.search(text)
    if core is None:
        return iter(())
    return PHONE_CANDIDATE.finditer(text, max(0, core.start() - _LEAD_REACH))


def has_phone_candidate(text: str) -> bool:
    """True when ``PHONE_CANDIDATE`` finds something in ``text``."""
    return next(phone_candidates(text), None) is not None


def find_phones(text: str, regions: Sequence[str], *, labelled: bool = False) -> list[Found]:
    """Phone numbers in ``text``: valid ones in one of ``regions`` (first wins), and, when
    ``labelled`` (the text is a "Tel.:" line), possible ones too, without E.164."""
    out: list[Found] = []
    for m in phone_candidates(text):
        for raw, start in _split_candidate(m.group(), m.start()):
            found = _read_phone(raw, start, regions, labelled)
            if found is not None:
                out.append(found)
    return out


def _split_candidate(raw: str, start: int) -> Iterator[tuple[str, int]]:
    """A candidate as is, trimmed of an unbalanced bracket; two numbers on a slash apart."""
    parts = _TWO_NUMBERS.split(raw) if (" / " in raw or "  " in raw) else [raw]
    offset = start
    for part in parts:
        piece = part.strip()
        lead = len(part) - len(part.lstrip())
        if piece.startswith("(") and ")" not in piece:
            piece, lead = piece[1:].lstrip(), lead + 1 + len(piece[1:]) - len(piece[1:].lstrip())
        while piece.endswith(("(", " ", "/")) or (piece.endswith(")") and "(" not in piece):
            piece = piece[:-1]
        if piece and piece != "/":
            yield piece, offset + lead
        offset += len(part)


def _read_phone(raw: str, start: int, regions: Sequence[str], labelled: bool) -> Found | None:
    """One candidate checked: not a date or year range, 7 to 15 digits, valid or labelled."""
    digits = _NON_DIGIT.sub("", raw)
    if not 7 <= len(digits) <= 15 or _DATE_LIKE.match(raw) or _YEAR_RANGE.match(raw):
        return None
    e164 = _e164(raw, tuple(regions))
    if e164 is None and not (labelled and len(digits) >= 7 and _possible(raw, tuple(regions))):
        return None
    return Found(e164 or raw, raw, start, start + len(raw), e164)


@lru_cache(maxsize=1)
def _phonenumbers() -> Any:
    """The phonenumbers module, imported on first use (it is slow to import)."""
    import phonenumbers

    return phonenumbers


def _e164(raw: str, regions: tuple[str, ...]) -> str | None:
    """The E.164 form of a number valid in the first region that accepts it, else None."""
    pn = _phonenumbers()
    for region in _regions_for(raw, regions):
        num = _parse(raw, region)
        if num is not None and pn.is_valid_number(num):
            return str(pn.format_number(num, pn.PhoneNumberFormat.E164))
    return None


def _possible(raw: str, regions: tuple[str, ...]) -> bool:
    """True when the number has a possible length in one of the regions."""
    pn = _phonenumbers()
    for region in _regions_for(raw, regions):
        num = _parse(raw, region)
        if num is not None and pn.is_possible_number(num):
            return True
    return False


def _regions_for(raw: str, regions: tuple[str, ...]) -> tuple[str | None, ...]:
    """Regions to parse a number in: none for "+49…", the first for "0049…", else all."""
    if raw.startswith("+"):
        return (None,)
    return regions[:1] if raw.startswith("00") else regions


def _parse(raw: str, region: str | None) -> Any:
    """A parsed phonenumbers number, or None when the text is not a number."""
    pn = _phonenumbers()
    try:
        return pn.parse(raw, region)
    except pn.NumberParseException:
        return None


__all__ = [
    "EMAIL",
    "PHONE_CANDIDATE",
    "Found",
    "document_words",
    "email_matches",
    "find_emails",
    "find_phones",
    "glued_prefix",
    "has_phone_candidate",
    "phone_candidates",
]
