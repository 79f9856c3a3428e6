"""Find the figures in one paragraph: numerals and number words with their suffixes.

``find_figures`` makes one linear pass over numerals and one over words, reads what
follows each number (scale, currency, percent, unit, what is counted) and what
precedes it (currency, qualifier), then asks ``figure_rules`` whether the context
shows it is not a statistic (a date, a year, an address, an age, an identifier…).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from ..lexicon.figures_context import (
    COMPOUND_COUNT_NOUNS,
    COUNT_STOP_WORDS,
    ORDINAL_SUFFIXES,
    STOPWORDS,
)
from ..lexicon.numbers import (
    NUMBER_WORDS,
    PROPORTION_JOINERS,
    SCALES,
    SHORT_SCALES,
    TIMES_WORDS,
)
from ..lexicon.units import (
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    MEASURE_UNITS,
    PERCENT_WORDS,
    QUALIFIERS,
    TIME_UNITS,
)
from . import figure_patterns as P
from .numbers import NUMERAL, NUMERAL_SPACED, parse_numeral

_FUNCTION_WORDS = frozenset().union(*STOPWORDS.values()) | COUNT_STOP_WORDS
_MAX_COUNT_WORDS = 2
_PLURALS = frozenset({"people", "children", "men", "women", "staff", "personnel", "feet"})
_LETTERS = re.compile(r"[^\W\d_]{1,40}")
_WORD = re.compile(r"[^\W\d_]{2,40}")
_SPACES = re.compile(r"[\s-]+")
_TITLE_MAX_WORDS = 30
_TITLE_CAPS_SHARE = 0.6
_WHOLE = re.compile(r"\d{1,4}(?!\d)(?![.,]\d)|[^\W\d_]{2,20}(?![^\W\d_])")
_PLAIN_AFTER = frozenset(["", *",.;:)]!?/\"'”’»"]) - {
    w[:1] for table in (P.ALL_SCALES, CURRENCY_SYMBOLS, CURRENCY_CODES, CURRENCY_WORDS,
                        PERCENT_WORDS, TIMES_WORDS, TIME_UNITS, MEASURE_UNITS) for w in table}
"""Characters (and the end) after which no scale, currency, percent, multiple, unit or rate
can follow a number: SCALE, CURRENCY_AFTER, PERCENT, TIMES, UNIT and RATE all start with a
space, a hyphen or a word's first character."""


Kind = Literal["count", "money", "percent", "measure", "rate", "ratio", "rank"]


@dataclass(slots=True)
class Context:
    """What a scan of one paragraph needs to know about the release."""

    text: str
    masked: str
    language: str
    decimal: str
    title: bool | None = None
    """Whether the paragraph is in headline case, once asked (see ``title_like``)."""
    prevs: dict[int, tuple[str, int]] = field(default_factory=dict)
    """The token before a position, by position, once asked (``figure_rules.prev_token``)."""

    @property
    def title_like(self) -> bool:
        """Headline case: most words capitalised, so a capital says nothing about names.
        Worked out on first use: most paragraphs have no figure that asks."""
        if self.title is None:
            self.title = _title_like(self.text)
        return self.title


@dataclass(slots=True)
class Figure:
    """One number found in a paragraph, with offsets into the paragraph text."""

    start: int
    end: int
    num_start: int
    num_end: int
    value: float
    core_end: int = 0
    kind: Kind = "count"
    unit: str | None = None
    currency: str | None = None
    qualifier: str | None = None
    scaled: bool = False
    words: bool = False
    reject: str | None = None

    @property
    def bare(self) -> bool:
        """A count with nothing printed after it that says what it counts."""
        return self.kind == "count" and self.unit is None and self.currency is None


def _title_like(text: str) -> bool:
    """Most of the first words (3 to 30 of them) capitalised."""
    words = _WORD.findall(text, 0, 300)
    if not 3 <= len(words) <= _TITLE_MAX_WORDS:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps >= _TITLE_CAPS_SHARE * len(words)


def scale_of(word: str, language: str) -> float | None:
    """The multiplier of a scale word in the release's language (German "Billion" 1e12)."""
    w = word.lower().replace("-", " ")
    table = SCALES.get(language, SCALES["en"])
    return table.get(w, P.ALL_SCALES.get(w))


def numeral_figures(ctx: Context) -> list[Figure]:
    """Every numeral in the paragraph with its suffixes and prefixes read."""
    pattern = NUMERAL_SPACED if ctx.decimal == "," else NUMERAL
    out: list[Figure] = []
    for m in pattern.finditer(ctx.masked):
        value = parse_numeral(m.group(), ctx.decimal)
        if value is None:
            continue
        fig = Figure(m.start(), m.end(), m.start(), m.end(), value)
        read_prefix(ctx, fig)
        if ctx.text[fig.num_end:fig.num_end + 1] == "+":  # "10+ years", "2500+ franchisees"
            fig.num_end += 1
            fig.end = fig.num_end
            fig.qualifier = fig.qualifier or "more than"
        if fig.currency is None:
            read_proportion(ctx, fig)
        read_suffixes(ctx, fig, fig.num_end)
        out.append(fig)
    return out


def read_prefix(ctx: Context, fig: Figure) -> None:
    """Currency symbol or code and qualifier before the number."""
    text = ctx.text
    cur = P.CURRENCY_BEFORE_REVERSED.match(
        text[max(0, fig.start - P.CURRENCY_BEFORE_SPAN - 1):fig.start][::-1])
    if cur:
        code = cur.group()[::-1].strip()
        fig.currency = CURRENCY_SYMBOLS.get(code, code if code in CURRENCY_CODES else None)
        fig.kind = "money"
        fig.start -= cur.end()
    before = text[max(0, fig.start - P.QUALIFIER_SPAN - 1):fig.start]  # and one char more
    q = P.QUALIFIER_REVERSED.match(before[::-1])
    if q:
        fig.qualifier = QUALIFIERS.get(q.group("q")[::-1].lower().replace("-", " "))
        fig.start -= q.end()


def read_suffixes(ctx: Context, fig: Figure, pos: int) -> None:
    """Scale, currency, percent, multiple, unit and rate after the number (in that order)."""
    text = ctx.text
    if text[pos:pos + 1] in _PLAIN_AFTER:  # "2024," "5." : nothing printed after it
        _glued(ctx, fig, pos)
        fig.end = fig.core_end = max(pos, fig.end)
        if fig.kind == "money" and fig.unit is None:
            fig.unit = fig.currency
        return
    m = P.SCALE.match(text, pos)
    if m and (m.group("w").lower() not in SHORT_SCALES or fig.currency
              or P.GLUED_SCALE_COUNT.match(text, pos)):
        scale = scale_of(m.group("w"), ctx.language)
        if scale:
            fig.value *= scale
            fig.scaled = True
            pos = m.end()
    m = P.CURRENCY_AFTER.match(text, pos)
    if m and (fig.scaled or m.group().lstrip()[:2].lower() not in ("de", "of", "d'", "d’")):
        c = m.group("c")
        fig.currency = fig.currency or CURRENCY_SYMBOLS.get(c) or CURRENCY_WORDS.get(
            c.lower(), c.upper() if c.upper() in CURRENCY_CODES else None)
        if fig.currency:
            fig.kind = "money"
            pos = m.end()
    pos = _read_kind(ctx, fig, pos)
    m = P.RATE.match(text, pos)
    if m:
        fig.kind = "rate" if fig.kind in ("count", "measure") else fig.kind
        pos = m.end()
    _glued(ctx, fig, pos)
    fig.end = fig.core_end = max(pos, fig.end)
    if fig.kind == "money" and fig.unit is None:
        fig.unit = fig.currency


def _read_kind(ctx: Context, fig: Figure, pos: int) -> int:
    """Percent, multiple, or unit of time/measure; returns the position after it."""
    text = ctx.text
    if fig.kind != "money":
        m = P.PERCENT.match(text, pos)
        if m:
            word = m.group("p").lower()
            fig.kind = "percent"
            fig.unit = PERCENT_WORDS.get(_norm(word)) or PERCENT_WORDS.get(word, "%")
            return m.end()
        m = P.TIMES.match(text, pos)
        if m:
            comparative = P.COMPARATIVE.match(text, m.end())
            fig.kind = "ratio" if comparative or m.group("t").lower() != "times" else "count"
            fig.unit = "times"
            return m.end()
    m = P.UNIT.match(text, pos)
    if m and fig.kind != "money":
        word = _norm(m.group("u"))
        fig.unit = TIME_UNITS.get(word) or MEASURE_UNITS.get(word) or m.group("u")
        fig.kind = "measure"
        return m.end()
    return pos


def _norm(word: str) -> str:
    """Lower-case a matched unit and fold its inner hyphens and spaces to one space."""
    return _SPACES.sub(" ", word.lower()).strip()


def _glued(ctx: Context, fig: Figure, pos: int) -> None:
    """Letters or a hyphenated word glued to the number: an ordinal or a name."""
    text = ctx.text
    nxt = text[pos:pos + 1]
    word = _LETTERS.match(text, pos + 1) if nxt == "-" else None
    if word is not None:
        if fig.bare and word.group().lower() not in COMPOUND_COUNT_NOUNS:
            fig.reject = fig.reject or "compound"  # "4-cylinder", "10-K": a type, a name
    elif nxt.isalpha() and pos == fig.num_end and not fig.words:
        word = _LETTERS.match(text, pos)
        suffix = word.group().lower() if word else ""
        fig.reject = fig.reject or ("ordinal" if suffix in ORDINAL_SUFFIXES else "identifier")


def read_proportion(ctx: Context, fig: Figure) -> None:
    """"one in five" 0.2, "6 in 10" 0.6, "two out of three" 2/3, "un sur cinq" 0.2."""
    text = ctx.text
    if text[fig.num_end:fig.num_end + 1] != " ":  # every joiner is a word after a space
        return
    table = NUMBER_WORDS.get(ctx.language, NUMBER_WORDS["en"])
    for joiner in PROPORTION_JOINERS.get(ctx.language, ()):
        head = f" {joiner} "
        if text[fig.num_end:fig.num_end + len(head)].lower() != head:
            continue
        m = _WHOLE.match(text, fig.num_end + len(head))
        if not m:
            continue
        whole = float(m.group()) if m.group().isdigit() else table.get(m.group().lower())
        if whole and fig.value < whole <= 1000:
            fig.value /= whole
            fig.kind, fig.unit = "ratio", None
            fig.num_end = m.end()
            return


def count_words(ctx: Context, fig: Figure) -> None:
    """What a count counts: the next words up to a function word ("2,100 convenience stores")."""
    if fig.kind not in ("count", "rate") or fig.unit is not None:
        return
    m = P.COUNT_WORDS.match(ctx.text, fig.end)
    if not m:
        return
    kept: list[str] = []
    numbers = NUMBER_WORDS.get(ctx.language, NUMBER_WORDS["en"])
    for word in m.group("w").split(" ")[:_MAX_COUNT_WORDS]:
        w = word.rstrip(".,;:")
        if not w or w.lower() in _FUNCTION_WORDS or not w[0].isalpha() or (
                w.lower() in numbers):
            break
        kept.append(w)
        if w != word or (ctx.language == "de" and w[0].isupper()):
            break  # punctuation ends the phrase; a German noun is its head
        if ctx.language == "en" and (w.lower() in _PLURALS or (len(w) > 3 and w.endswith("s"))):
            break  # an English plural noun is the head: "stores" in "convenience stores"
    if kept:
        fig.unit = " ".join(kept)
        fig.end = fig.end + 1 + len(" ".join(kept))


def is_qualifier(word: str) -> bool:
    """A word that hedges a figure ("over", "rund")."""
    return word.lower() in QUALIFIERS


__all__ = ["Context", "Figure", "Kind", "count_words", "is_qualifier", "numeral_figures",
           "read_prefix", "read_proportion", "read_suffixes", "scale_of"]
