"""Masking the text that holds digits but no statistic, fast and with MASK's exact result.

``MASK.sub`` tries all of MASK's branches at every position of a paragraph, which costs
more than the rest of the statistics scan. Every branch starts at a place that is cheap to
find: a digit that begins a run of digits, "+", "(", "©", the word before such a start
("Tel.: ", "page ", "NY 10001"), "http"/"www.", or an exchange name before a colon.
``mask`` lists those places and tries MASK only there, left to right, exactly as ``sub``
would scan. An e-mail address starts up to 64 characters before its "@", or right where
the match before it ends.
"""

from __future__ import annotations

import re

from ..lexicon.figures_context import EXCHANGES
from . import figure_patterns as P

_STARTS = re.compile(r"[^\x00-\x27\x29\x2a\x2c-\x2f\x3a-\xa8\xaa-\u065f](?<=[\d+(©])(?<!\d\d)")
"""Where a digit branch can start: a run of digits (not its middle), "+", "(", "©". (The
first test is cheap: every digit but 0-9 lies from U+0660 on; the lookbehind checks.)"""

_WORD_BEFORE = re.compile(
    rf"(?:(?i:\b(?:{P.TEL_WORDS})\.?\s?:?\s?)|(?i:\b(?:{P.PAGE_WORDS})\s)"
    r"|\b[A-Z]{2},?\s|\b[A-Z]{1,2}-)\Z"
)
"""The words of a phone, page or postcode branch, right before its first digit or "+("."""

_WORD_BEFORE_REVERSED = re.compile(
    rf"(?:(?i:\s?:?\s?\.?(?:{P.TEL_WORDS[::-1]})\b)|(?i:\s(?:{P.PAGE_WORDS[::-1]})\b)"
    r"|\s,?[A-Z]{2}\b|-[A-Z]{1,2}\b)"
)
"""``_WORD_BEFORE`` for the text before a position read backwards: one ``match`` says
whether any such words end there (most digits have none)."""

_EXCHANGE_BEFORE = re.compile(rf"(?i:\b(?:{P.alternation(EXCHANGES)})\s?)\Z")
"""An exchange name right before a colon ("NYSE: ABC")."""

_EXCHANGE_BEFORE_REVERSED = re.compile(
    rf"\s?(?i:{P.word_tree(e[::-1] for e in EXCHANGES)})\b"
)
"""``_EXCHANGE_BEFORE`` read backwards: whether an exchange name ends at a colon."""

_EMAIL_NAME = re.compile(r"[\w.+-]{1,64}\Z")
"""The name of an e-mail address, right before its "@" (as MASK's e-mail branch reads it)."""

_WORD_BEFORE_SPAN = 16
_EMAIL_NAME_SPAN = 64
_EXCHANGE_SPAN = 12


def mask(text: str) -> str:
    """``text`` with every MASK match replaced by as many NUL characters."""
    spans = _spans(text)
    if not spans:
        return text
    parts: list[str] = []
    last = 0
    for a, b in spans:
        parts += (text[last:a], "\x00" * (b - a))
        last = b
    parts.append(text[last:])
    return "".join(parts)


def _spans(text: str) -> list[tuple[int, int]]:
    """The MASK matches, left to right as ``MASK.sub`` finds them."""
    has_at = "@" in text
    spans: list[tuple[int, int]] = []
    pos = 0
    for start in _candidates(text, has_at):
        while pos <= start < len(text):
            char = text[start]  # at a digit, "+", "(" or "©" only digit branches start,
            digit = not has_at and (char.isdecimal() or char in "+(©")  # or an e-mail
            m = (P.MASK_DIGITS if digit else P.MASK).match(text, start)
            if not m:
                break
            spans.append(m.span())
            pos = m.end()
            if not has_at:
                break
            start = pos  # an e-mail address can start right where a match ends
    return spans


def _candidates(text: str, has_at: bool) -> list[int]:
    """Every position where a MASK branch could start (more are harmless), in order; an
    e-mail address can also start where a match ends (``_spans`` tries those)."""
    out: list[int] = []
    for m in _STARTS.finditer(text):
        start = m.start()
        out.append(start)
        if _WORD_BEFORE_REVERSED.match(text[max(0, start - _WORD_BEFORE_SPAN - 1):start][::-1]):
            out += _all_starts(_WORD_BEFORE, text, start, _WORD_BEFORE_SPAN)
    if ":" in text:
        out += _colon_starts(text)
    if has_at:
        out += _email_starts(text)
    for word in ("http", "www."):
        i = text.find(word)
        while i >= 0:
            out.append(i)
            i = text.find(word, i + 1)
    return sorted(set(out))


def _email_starts(text: str) -> list[int]:
    """The first place an e-mail address can start before each "@": up to 64 characters
    of its name back."""
    out: list[int] = []
    i = text.find("@")
    while i >= 0:
        m = _EMAIL_NAME.search(text, max(0, i - _EMAIL_NAME_SPAN), i)
        if m:
            out.append(m.start())
        i = text.find("@", i + 1)
    return out


def _colon_starts(text: str) -> list[int]:
    """Starts of exchange names before each colon ("(TSX: ABC)")."""
    out: list[int] = []
    i = text.find(":")
    while i >= 0:
        if _EXCHANGE_BEFORE_REVERSED.match(text[max(0, i - _EXCHANGE_SPAN - 1):i][::-1]):
            out += _all_starts(_EXCHANGE_BEFORE, text, i, _EXCHANGE_SPAN)
        i = text.find(":", i + 1)
    return out


def _all_starts(pattern: re.Pattern[str], text: str, end: int, span: int) -> list[int]:
    """Every start of a ``pattern`` match that ends at ``end`` (within ``span`` before it)."""
    out: list[int] = []
    m = pattern.search(text, max(0, end - span), end)
    while m:
        out.append(m.start())
        m = pattern.search(text, m.start() + 1, end)
    return out


__all__ = ["mask"]
