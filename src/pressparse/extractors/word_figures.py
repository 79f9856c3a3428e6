"""Numbers written in words: "three new plants", "a dozen", "une centaine",
"two and a half years", "one in five", "more than half", "tenfold".

One pass over the word tokens of a paragraph; a run of number words becomes one
figure, then the same suffix readers as for numerals apply.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon.figures_context import AGE_AFTER, ORDINAL_WORDS_BEFORE_FRACTION
from ..lexicon.numbers import (
    ARTICLES_ONE,
    FOLD_SUFFIXES,
    FRACTIONS,
    HALF_AFTER,
    NUMBER_WORDS,
    ROUND_NUMBERS,
)
from ..lexicon.units import MEASURE_UNITS, TIME_UNITS
from . import figure_patterns as P
from .figure_rules import prev_token
from .figures import Context, Figure, read_prefix, read_proportion, read_suffixes, scale_of
from .numbers import words_value

_TOKEN = re.compile(r"[^\W\d_]{1,40}(?:-[^\W\d_]{1,40}){0,4}")
_OF_WORDS = frozenset(["of", "der", "des", "de", "du", "di", "della", "dei", "da", "do", "dos", "das", "van", "av", "из"])
_HALF_OF = frozenset({"the", "its", "their", "our", "his", "her"})
_DEFINITE = frozenset(["the", "la", "die", "de", "a", "den"])
_Match = re.Match[str]
_MAX_RUN = 8
"""Number words in one figure at most ("two hundred and thirty-five thousand")."""


class _Tokens:
    """The word tokens of a paragraph from one token on (index 0), found as they are asked
    for, as ``_TOKEN.finditer`` would give them."""

    __slots__ = ("_done", "_text", "_toks")

    def __init__(self, text: str, toks: list[_Match], done: bool = False) -> None:
        self._text = text
        self._toks = toks
        self._done = done

    def has(self, k: int) -> bool:
        """Whether there is a token ``k``."""
        if k < len(self._toks):
            return True
        while len(self._toks) <= k and not self._done:
            m = _TOKEN.search(self._text, self._toks[-1].end())
            if m is None:
                self._done = True
            else:
                self._toks.append(m)
        return k < len(self._toks)

    def __getitem__(self, k: int) -> _Match:
        if k < len(self._toks) or self.has(k):
            return self._toks[k]
        raise IndexError(k)


def word_figures(ctx: Context, numerals: Sequence[Figure] = ()) -> list[Figure]:
    """Every number written in words in the paragraph. A word inside one of ``numerals``
    (the paragraph's numeral figures, in order), such as the scale of "$5 million", is not
    read again: the overlap check would drop what it gives."""
    table = NUMBER_WORDS.get(ctx.language, NUMBER_WORDS["en"])
    low = (" " + ctx.masked).lower()
    if len(low) != len(ctx.masked) + 1:
        return _scan_all(ctx, table)  # lower-casing moved the offsets the finder gives
    starts = [m.start() for m in P.number_word_start(ctx.language).finditer(low)]
    if any(ctx.masked[s - 1:s] == "-" for s in starts):
        return _scan_listed(ctx, table, starts)  # is "five" in "twenty-five" a token?
    out: list[Figure] = []
    nxt = 0
    covered = iter(numerals)
    numeral = next(covered, None)
    for s in starts:
        if s < nxt:
            continue
        while numeral is not None and numeral.core_end <= s:
            numeral = next(covered, None)
        if numeral is not None and numeral.num_start <= s:
            continue
        first = _TOKEN.match(ctx.masked, s)
        if first is None:  # cannot happen: the finder saw a word there
            continue
        toks = _Tokens(ctx.masked, [first])
        fig, after = _figure_at(ctx, toks, 0, table)
        if fig is not None:
            out.append(fig)
        after = max(after, 1)
        nxt = toks[after].start() if toks.has(after) else len(ctx.masked) + 1
    return out


def _scan_listed(ctx: Context, table: dict[str, float], starts: Sequence[int]) -> list[Figure]:
    """Read a figure at each of ``starts`` that is a token start (not a later part of a
    hyphenated token) and not already taken by the figure before it."""
    toks = list(_TOKEN.finditer(ctx.masked))
    index = {m.start(): i for i, m in enumerate(toks)}
    view = _Tokens(ctx.masked, toks, done=True)
    out: list[Figure] = []
    nxt = 0
    for i in (index[s] for s in starts if s in index):
        if i < nxt:
            continue
        fig, after = _figure_at(ctx, view, i, table)
        if fig is not None:
            out.append(fig)
        nxt = max(after, i + 1)
    return out


def _scan_all(ctx: Context, table: dict[str, float]) -> list[Figure]:
    """Read a figure at every token not already taken by the figure before it."""
    toks = list(_TOKEN.finditer(ctx.masked))
    view = _Tokens(ctx.masked, toks, done=True)
    out: list[Figure] = []
    i = 0
    while i < len(toks):
        fig, nxt = _figure_at(ctx, view, i, table)
        if fig is not None:
            out.append(fig)
        i = max(nxt, i + 1)
    return out


def _figure_at(ctx: Context, toks: _Tokens, i: int,
               table: dict[str, float]) -> tuple[Figure | None, int]:
    """The figure starting at token ``i`` (or None) and the index of the next token to read."""
    tok = toks[i]
    low = tok.group().lower()
    if low.endswith(FOLD_SUFFIXES):
        fold = next((s for s in FOLD_SUFFIXES if low.endswith(s) and low[:-len(s)] in table),
                    None)
        if fold:
            value = table[low[:-len(fold)]]
            fig = Figure(tok.start(), tok.end(), tok.start(), tok.end(), value,
                         kind="ratio", unit="times", words=True)
            return _finish(ctx, fig), i + 1
    if low in ARTICLES_ONE.get(ctx.language, frozenset()) and _next_is_big(ctx, toks, i, table):
        return _run(ctx, toks, i + 1, table, article=tok.start())
    if low in table or _prefix_len(low.split("-"), table):
        return _run(ctx, toks, i, table, article=None)
    if low in FRACTIONS.get(ctx.language, {}):
        return _fraction(ctx, toks, i), i + 1
    return None, i + 1


def _adjacent(ctx: Context, toks: _Tokens, i: int) -> bool:
    """Token ``i + 1`` exists and follows token ``i`` after exactly one space."""
    return toks.has(i + 1) and ctx.masked[toks[i].end():toks[i + 1].start()] == " "


def _next_is_big(ctx: Context, toks: _Tokens, i: int, table: dict[str, float]) -> bool:
    """After an article: a round number ("a dozen") or a hundred or more ("a million")."""
    if not _adjacent(ctx, toks, i):
        return False
    word = toks[i + 1].group().split("-")[0].lower()
    return word in ROUND_NUMBERS.get(ctx.language, {}) or table.get(word, 0) >= 100


def _prefix_len(parts: Sequence[str], table: dict[str, float]) -> int:
    """How many leading hyphen-parts form number words ("twenty-five-year" gives 2)."""
    if len(parts) == 1:
        return 1 if parts[0].lower() in table else 0
    k = 0
    while k < len(parts):
        for j in range(len(parts), k, -1):
            if "-".join(parts[k:j]).lower() in table:
                k = j
                break
        else:
            break
    return k


def _run(ctx: Context, toks: _Tokens, i: int, table: dict[str, float],
         article: int | None) -> tuple[Figure | None, int]:
    """A run of number words from token ``i``, with its hyphenated tail and suffixes."""
    words: list[str] = []
    rest: list[str] = []
    j = i
    tok = toks[i]
    end = tok.start()
    rounds = ROUND_NUMBERS.get(ctx.language, {})
    while True:
        word = tok.group()
        if "-" not in word and word.lower() in table:  # the common case: one number word
            words.append(word)
            end = tok.end()
        else:
            parts = word.split("-")
            k = _prefix_len(parts, table)
            if k:
                head = "-".join(parts[:k])
                words += [head] if head.lower() in table else parts[:k]
            elif parts[0].lower() in rounds and (words or article is not None):
                words.append(str(rounds[parts[0].lower()]))
                k = 1
            else:
                j -= 1
                break
            rest = parts[k:]
            end = tok.start() + len("-".join(parts[:k]))
            if rest:
                break
        if j - i >= _MAX_RUN or not toks.has(j + 1):
            break
        following = toks[j + 1]
        if ctx.masked[tok.end():following.start()] != " " or not _continues(
                words[-1], following.group().split("-")[0], table):
            break
        j += 1
        tok = following
    value = _value(words, ctx.language)
    if value is None:
        return None, j + 1
    start = toks[i].start() if article is None else article
    fig = Figure(start, end, start, end, value, words=True)
    fig.scaled = any(table.get(w.lower(), 0) >= 1000 for w in words)
    if article is None and table.get(words[0].lower(), 0) >= 100:
        fig.reject = "vague"  # "several hundred", "thousand" without a number
    if rest:
        _tail(ctx, fig, "-".join(rest))
        return _finish(ctx, fig), j + 1
    nxt = _after_run(ctx, toks, j, fig)
    return _finish(ctx, fig), nxt


def _continues(last: str, nxt: str, table: dict[str, float]) -> bool:
    """Whether a number word may follow another in one number: "twenty five", "two hundred",
    "hundred five", "a dozen" (not "two three")."""
    a = table.get(last.lower())
    b = table.get(nxt.lower())
    if a is None or b is None:
        return b is None  # a round number ("two dozen") is checked by the caller
    if b >= 100:
        return b > a
    if 20 <= a < 100 and a % 10 == 0:
        return b < 10
    return a >= 100 and b < 100


def _value(words: Sequence[str], language: str) -> float | None:
    """Number words with round numbers ("two dozen" → 24) folded in."""
    total = 1.0
    plain: list[str] = []
    for w in words:
        if w.replace(".", "", 1).isdigit():
            total *= float(w)
        else:
            plain.append(w)
    if not plain:
        return total
    base = words_value(plain, language)
    return None if base is None else base * total


def _tail(ctx: Context, fig: Figure, tail: str) -> None:
    """A hyphenated tail: a unit ("three-day"), a fraction ("two-thirds"), an age, or a name."""
    low = tail.lower()
    end = fig.num_end + 1 + len(tail)
    frac = FRACTIONS.get(ctx.language, {}).get(low)
    if low in TIME_UNITS or low in MEASURE_UNITS:
        fig.kind, fig.unit = "measure", TIME_UNITS.get(low) or MEASURE_UNITS.get(low) or tail
    elif frac:
        fig.value *= frac
        fig.kind = "ratio"
    elif low.endswith(FOLD_SUFFIXES):
        fig.kind, fig.unit = "ratio", "times"
    elif low.replace("-", " ").startswith(tuple(a.replace("-", " ") for a in AGE_AFTER)):
        fig.reject = "age"
    else:
        fig.reject = "compound"
    fig.end = fig.core_end = end


def _after_run(ctx: Context, toks: _Tokens, j: int, fig: Figure) -> int:
    """"and a half", "two thirds", "one in five", then the numeral suffixes; next token index."""
    text = ctx.text
    half = HALF_AFTER.get(ctx.language, "")
    if half and text[fig.num_end:fig.num_end + len(half) + 1].lower() == " " + half:
        fig.value += 0.5
        fig.num_end += len(half) + 1
    elif fig.value < 10 and _adjacent(ctx, toks, j):
        frac = FRACTIONS.get(ctx.language, {}).get(toks[j + 1].group().lower())
        if frac:
            fig.value *= frac
            fig.kind = "ratio"
            fig.num_end = toks[j + 1].end()
    if fig.kind == "count":
        read_proportion(ctx, fig)
    fig.end = fig.core_end = fig.num_end
    read_suffixes(ctx, fig, fig.num_end)
    return _index_after(toks, j, fig.end)


def _index_after(toks: _Tokens, j: int, end: int) -> int:
    """The first token at or after ``end`` (scanning on from token ``j``)."""
    k = j + 1
    while toks.has(k) and toks[k].start() < end:
        k += 1
    return k


def _fraction(ctx: Context, toks: _Tokens, i: int) -> Figure | None:
    """A fraction word on its own: "more than half of", "a third of", "half a mile"."""
    tok = toks[i]
    prev, _ = prev_token(ctx, tok.start())
    if prev.lower() in ORDINAL_WORDS_BEFORE_FRACTION:
        return None
    value = FRACTIONS[ctx.language][tok.group().lower()]
    fig = Figure(tok.start(), tok.end(), tok.start(), tok.end(), value, kind="ratio",
                 words=True)
    nxt = toks[i + 1].group().lower() if _adjacent(ctx, toks, i) else ""
    scaled = _of_a_scale(ctx, toks, i) if nxt in _OF_WORDS else None
    if scaled is not None:  # "a quarter of a million people"
        fig.value *= scaled[0]
        fig.kind, fig.scaled, fig.num_end = "count", True, scaled[1]
        read_suffixes(ctx, fig, fig.num_end)
        return _finish(ctx, fig)
    if nxt in ("a", "an") and _adjacent(ctx, toks, i + 1):
        after = toks[i + 2].group()
        scale = scale_of(after, ctx.language)
        fig.num_end = toks[i + 1].end()
        if scale and scale >= 1000:
            fig.value *= scale
            fig.kind, fig.scaled = "count", True
            fig.num_end = toks[i + 2].end()
        read_suffixes(ctx, fig, fig.num_end)
        return _finish(ctx, fig) if fig.kind != "ratio" else None
    read_prefix(ctx, fig)
    if fig.qualifier or (nxt in _OF_WORDS and prev.lower() in _DEFINITE | {"a", "one"}) \
            or (tok.group().lower() == "half" and nxt in _HALF_OF):  # "half the fund"
        fig.end = fig.core_end = fig.num_end
        return _finish(ctx, fig)
    return None


def _of_a_scale(ctx: Context, toks: _Tokens, i: int) -> tuple[float, int] | None:
    """After a fraction word, "of a million": the scale and where it ends, or None."""
    if not (_adjacent(ctx, toks, i + 1) and _adjacent(ctx, toks, i + 2)):
        return None
    if toks[i + 2].group().lower() not in ("a", "an"):
        return None
    scale = scale_of(toks[i + 3].group(), ctx.language)
    return (scale, toks[i + 3].end()) if scale and scale >= 1000 else None


def _finish(ctx: Context, fig: Figure) -> Figure:
    """Read the prefix (qualifier, currency) once the figure's extent is known."""
    if fig.start == fig.num_start:
        read_prefix(ctx, fig)
    fig.end = max(fig.end, fig.num_end)
    fig.core_end = max(fig.core_end, fig.num_end)
    return fig


__all__ = ["word_figures"]
