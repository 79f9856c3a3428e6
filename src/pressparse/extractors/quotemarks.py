"""Finding quoted spans in one paragraph: quotation marks of every style and dash quotes.

One left-to-right pass over the quote-mark characters of a paragraph; single marks
nest inside double ones; an apostrophe between letters ("Casey’s") is not a mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon.quotes import ALL_MARKS, APOSTROPHES, CLOSERS, DOUBLE_OPENERS, QUOTE_DASHES

_MARK = re.compile("[" + re.escape(ALL_MARKS) + "]")
_OPEN_BEFORE = frozenset(" \t\n([{/:;,\u2013\u2014-")
_DASH_OPEN = re.compile(r"\s{0,3}[-" + QUOTE_DASHES + r"]\s{1,3}(?=\S)")


@dataclass(slots=True)
class Marked:
    """A quoted span in a paragraph: offsets of the marks and of the text inside them."""

    open_at: int
    start: int
    end: int
    close_at: int
    """Index of the closing mark, or -1 when the paragraph ends inside the quotation."""


def _between_letters(text: str, i: int) -> bool:
    """True when text[i] sits between two letters or digits, as an apostrophe does."""
    return 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()


def _can_open(text: str, i: int) -> bool:
    """An opening mark follows a space, bracket or dash and precedes text."""
    before_ok = i == 0 or text[i - 1] in _OPEN_BEFORE or text[i - 1] in ALL_MARKS
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if text[i] in APOSTROPHES and nxt.isdigit():  # the '90s
        return False
    if nxt in ",;:!?" or (nxt == "." and text[i + 2:i + 3] != "."):
        return False  # 'les éléphants ».': a stray closing mark before punctuation
    if text[i] in "\u00ab\u00bb" and nxt == " ":  # French « text » keeps a space inside
        return before_ok
    return before_ok and not nxt.isspace()


def _can_close(text: str, i: int, opener: str) -> bool:
    """A closing mark follows text; French » may follow a space."""
    if text[i] in APOSTROPHES and _between_letters(text, i):
        return False
    if i > 0 and text[i - 1].isspace():
        return text[i] == "\u00bb" or opener == '"'
    return True


def _marked(text: str, open_at: int, close_at: int) -> Marked:
    """The Marked span, with spaces inside the marks left out of the text."""
    start, end = open_at + 1, close_at if close_at >= 0 else len(text)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Marked(open_at, start, end, close_at)


MAX_PER_PARAGRAPH = 200
"""Quoted spans read in one paragraph at most: prose never holds more; a paragraph of
thousands of marks is hostile input, and each span costs an attribution search."""

_RUN_ON = "\u201d\u00bb\u00ab\u201c\""
"""Marks that may close a quotation opened in an earlier paragraph."""


def find_marked(text: str, inside: bool = False) -> list[Marked]:
    """Every outermost quoted span of ``text``, in order (nested quotes stay inside).

    ``inside``: the paragraph continues a quotation opened earlier; unless it opens with
    a mark of its own, its text up to the first closing mark is quoted.
    """
    out: list[Marked] = []
    outer = inner = ""
    outer_at = depth = -1
    lead = len(text) - len(text.lstrip())
    if inside and not (text[lead:lead + 1] in CLOSERS and _can_open(text, lead)):
        outer = _RUN_ON
    for m in _MARK.finditer(text):
        c, i = m.group(), m.start()
        if not outer:
            if c in CLOSERS and not (c in APOSTROPHES and _between_letters(text, i)) \
                    and _can_open(text, i):
                outer, outer_at, inner, depth = c, i, "", 0
            continue
        if inner and c in CLOSERS.get(inner, inner) and _can_close(text, i, inner):
            inner = ""
            continue
        if c == outer == '"' and not inner and text[i - 1].isspace() and _can_open(text, i):
            out.append(_marked(text, outer_at, i))  # 'stating,"Text.   "Next': never closed
            outer_at = i
            if len(out) >= MAX_PER_PARAGRAPH:
                return out
            continue
        if c == outer and c not in CLOSERS[outer] and _can_open(text, i):
            depth += 1  # « … « … » … »: the same mark nested
        elif c in CLOSERS.get(outer, outer) and _can_close(text, i, outer) and depth > 0:
            depth -= 1
        elif c in CLOSERS.get(outer, outer) and _can_close(text, i, outer):
            out.append(_marked(text, outer_at, i))
            outer = inner = ""
            if len(out) >= MAX_PER_PARAGRAPH:
                return out
        elif not inner and outer in DOUBLE_OPENERS and (c not in DOUBLE_OPENERS or (
                outer == "\u201c" and c == '"')) and c in CLOSERS and _can_open(text, i):
            inner = c  # ‘…’ inside “…”, or "…" inside a curly “…”
    if outer:
        if outer == _RUN_ON and not out:  # no closing mark: not a continuation after all
            return find_marked(text)
        out.append(_marked(text, outer_at, -1))
    return out


def dash_opening(text: str) -> int | None:
    """Where the text of a dash quote starts ('– Text, säger X.'), or None."""
    m = _DASH_OPEN.match(text)
    return m.end() if m else None


__all__ = ["Marked", "dash_opening", "find_marked"]
