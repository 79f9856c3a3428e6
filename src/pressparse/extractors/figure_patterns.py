"""Compiled patterns for finding figures, built once from the lexicon tables.

Every pattern is matched at a known position (``match``) or over a bounded window
(``search(text, lo, hi)``), so a scan stays linear in the length of the text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from ..lexicon.figures_context import (
    AGE_BEFORE,
    EXCHANGES,
    STREET_WORDS,
    STREET_WORDS_LATIN,
    TICKER_SUFFIXES,
)
from ..lexicon.numbers import (
    ARTICLES_ONE,
    FOLD_SUFFIXES,
    FRACTIONS,
    NUMBER_WORDS,
    ROUND_NUMBERS,
    SCALES,
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

_NOT_LETTER_AFTER = r"(?![^\W\d_])"
# A space or hyphen before a word of a table is taken possessively ("[\s-]?+"): no word
# starts with one, so trying the word at the space as well could never match.
_NOT_LETTER_BEFORE = r"(?<![^\W\d_])"


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of words, longest first, spaces matching a space or hyphen."""
    parts = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"[\s-]") for w in parts)


def trie(words: Iterable[str]) -> str:
    """A regex alternation of literal words shaped as a prefix tree ("t(?:en|wo)"), so that
    the engine tries one branch per letter instead of every word."""
    children: dict[str, set[str]] = {}
    for w in words:
        children.setdefault(w[:1], set()).add(w[1:])
    alts = []
    for first, rests in sorted(children.items(), reverse=True):  # "" (an end) comes last
        if not first:
            alts.append("")
        elif len(rests) == 1:
            alts.append(re.escape(first + rests.pop()))
        else:
            common = _common_prefix(rests)
            rest = trie(w[len(common):] for w in rests)
            alts.append(f"{re.escape(first + common)}(?:{rest})")
    return "|".join(alts)


def word_tree(words: Iterable[str]) -> str:
    """``alternation`` shaped as a prefix tree: the same words, spaces matching a space or
    a hyphen, and a longer word tried before its prefix; one branch per letter is tried."""
    return trie(w for w in words if w).replace(r"\ ", r"[\s-]")


def _common_prefix(words: set[str]) -> str:
    """The longest prefix shared by all ``words``."""
    lo, hi = min(words), max(words)
    n = 0
    while n < min(len(lo), len(hi)) and lo[n] == hi[n]:
        n += 1
    return lo[:n]


ALL_SCALES: dict[str, float] = {w: v for table in SCALES.values() for w, v in table.items()}
"""Every scale word of every language (the per-language tables override ambiguous ones)."""

TEL_WORDS = "tel|phone|telephone|telefon|téléphone|tél|fax|mobile|mob|cell|handy|tfn|тел"
PAGE_WORDS = "page|seite|página|pagina|sida|страница"

_MASK_BRANCHES = (
    r"https?://[^\s<>\"]{1,500}|www\.[^\s<>\"]{1,300}",
    r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}",
    r"(?<![\w.,])(?:\+|00)\d{1,3}(?:[ ./-]?\(?\d{1,5}\)?){2,7}",
    r"\(\d{2,5}\)\s?\d{2,5}(?:[ .\u2013-]\d{2,5}){0,3}",  # "(208) 997–8013": en dash too
    r"(?<![\d.,])\d{3}(?P<ps>[.\u2013-])\d{3}(?P=ps)\d{4}(?!\d)",
    rf"(?i:\b(?:{TEL_WORDS})\.?\s?:?\s?)[+\d(][\d ()./-]{{5,24}}\d",
    r"(?<![\d.,])0\d{1,4}[ /-]\d{1,8}(?:[ -]\d{1,8}){0,4}",
    r"(?<![\d.,])\d{1,4}(?P<ds>[./-])\d{1,2}(?P=ds)\d{1,4}(?![\d])",
    r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?",
    r"\b\d{1,2}\s?(?:[ap]\.m\.|[AaPp][Mm]\b)",
    r"\b\d{1,2}(?:[.:h]\d{2})?\s?Uhr\b|\b\d{1,2}h\d{2}\b",
    rf"(?i:\b(?:{alternation(EXCHANGES)})\s?:\s?)[A-Za-z0-9.]{{1,12}}",
    r"(?<![\d.,])\d{1,4}/\d{1,4}(?![\d])",
    r"\b[A-Z]{2},?\s\d{5}(?:-\d{4})?\b|\b[A-Z]{1,2}-\d{4,5}\b",
    r"(?:©|\(c\)|\(C\))\s?\d{4}",
    rf"(?i:\b(?:{PAGE_WORDS})\s\d{{1,4}}\s(?:of|von|de|di|av|из)\s)\d{{1,4}}",
    r"(?i:\b\d{1,3}\s?(?:min|minute|minutes|minuten)\.?\s(?:read|lesezeit|de lecture))",
    r"(?i:\b\d{1,2}\s(?:mins?|minutes?|hours?|hrs?|days?|weeks?)\sago\b)",
    r"\b\d{1,4}(?:\([a-z\d]{1,3}\)){1,4}",  # a code section: "501(c)(3)", "401(k)"
    rf"\b\d{{1,6}}\.(?:{alternation(TICKER_SUFFIXES)})\b",  # a stock code: "863.HK"
)
MASK = re.compile("|".join(_MASK_BRANCHES))
"""Text that holds digits but no statistic: links, e-mails, phones, numeric dates,
times, tickers, slashed pairs ("24/7"), postcodes, copyright years, "page 1 of 5",
"3 min read", "2 days ago", code sections ("501(c)(3)"), stock codes ("863.HK")."""

_DIGIT_BRANCHES = (2, 3, 4, 6, 7, 8, 9, 10, 12, 14, 16, 17, 18, 19)  # not links, e-mail, words
MASK_DIGITS = re.compile("|".join(_MASK_BRANCHES[i] for i in _DIGIT_BRANCHES))
"""The branches of MASK that can start at a digit, "+", "(" or "©" (in MASK's order), so
``MASK_DIGITS.match`` there is ``MASK.match`` when the text has no "@"."""

CURRENCY_BEFORE = re.compile(
    rf"(?:{alternation(CURRENCY_SYMBOLS)}|\b(?:{alternation(CURRENCY_CODES)}))\s?\Z"
)
"""A currency symbol or code right before a numeral ("$", "US$ ", "EUR ")."""

_CURRENCIES_BEFORE = sorted(
    [(s[::-1], "") for s in CURRENCY_SYMBOLS] + [(c[::-1], r"\b") for c in CURRENCY_CODES],
    key=lambda item: -len(item[0]),
)
CURRENCY_BEFORE_REVERSED = re.compile(
    r"\s?+(?:" + "|".join(re.escape(w) + end for w, end in _CURRENCIES_BEFORE) + ")"
)
"""``CURRENCY_BEFORE`` for the text before a figure read backwards: one ``match`` finds the
longest symbol or code (the leftmost that ``CURRENCY_BEFORE.search`` finds); a code still
needs a word boundary before it."""

CURRENCY_BEFORE_SPAN = max(map(len, [*CURRENCY_SYMBOLS, *CURRENCY_CODES])) + 1
"""The longest text ``CURRENCY_BEFORE`` can match (a symbol or code and a space)."""

SCALE = re.compile(rf"[\s-]?+(?i:(?P<w>{word_tree(ALL_SCALES)})){_NOT_LETTER_AFTER}")
"""A scale word after a numeral ("million", "bn", "Mio.", "mil millones")."""

GLUED_SCALE_COUNT = re.compile(r"[mkMK] [a-z]{2,30}s\b")
"""A one-letter scale glued to a count of things: "2m customers", "50k users"."""

CURRENCY_AFTER = re.compile(
    rf"\s?+(?:(?i:de|of|di|d[’'])\s?)?(?P<c>{alternation(CURRENCY_SYMBOLS)}|"
    rf"(?:{alternation(CURRENCY_CODES)})\b|(?i:{word_tree(CURRENCY_WORDS)}){_NOT_LETTER_AFTER})"
)
"""A currency written after an amount ("5 Mio. Euro", "3 millions de dollars", "45 €")."""

PERCENT = re.compile(rf"\s?+(?i:(?P<p>{word_tree(PERCENT_WORDS)})){_NOT_LETTER_AFTER}")
"""A percent sign or word after a number."""

TIMES = re.compile(rf"[\s-]?+(?i:(?P<t>{word_tree(TIMES_WORDS)})){_NOT_LETTER_AFTER}")
"""A multiple: "four times", "10x", "10-fold"."""

UNIT = re.compile(
    rf"[\s-]?+(?i:(?P<u>{word_tree([*TIME_UNITS, *MEASURE_UNITS])})){_NOT_LETTER_AFTER}"
)
"""A unit of time or measure after a number ("years", "-liter", " km", "square feet")."""

COMPARATIVE = re.compile(r"[\s-](?i:higher|lower|more|less|larger|greater|bigger|smaller|"
                         r"faster|slower|as|than|the|over|höher|mehr|größer|plus|más|più|"
                         r"mais|meer|större|больше|выше)(?![^\W\d_])")
"""A comparison after "N times" that makes it a ratio ("four times higher")."""

RATE = re.compile(rf"[\s-](?i:per|a|an|each|every|pro|par|por|al)[\s-](?i:"
                  rf"{alternation(TIME_UNITS)}){_NOT_LETTER_AFTER}")
"""What turns a figure into a rate ("per year", "-a-year")."""

QUALIFIER = re.compile(rf"{_NOT_LETTER_BEFORE}(?i:(?P<q>{alternation(QUALIFIERS)}))\s?\Z")
"""A hedge right before a figure ("more than ", "nearly ", "über ", "plus de ")."""

QUALIFIER_REVERSED = re.compile(
    rf"\s?+(?i:(?P<q>{word_tree(q[::-1] for q in QUALIFIERS)})){_NOT_LETTER_AFTER}"
)
"""``QUALIFIER`` for the text before a figure read backwards: one ``match`` finds the
longest hedge (the leftmost that ``QUALIFIER.search`` finds) without trying every start."""

QUALIFIER_SPAN = max(map(len, QUALIFIERS)) + 1
"""The longest text ``QUALIFIER`` can match (a hedge and a space)."""

PREV_TOKEN = re.compile(r"(?P<w>[^\s]{1,40})\s{0,3}\Z")
"""The token right before a position."""

COUNT_WORDS = re.compile(r"[ ](?P<w>[^\W\d_][\w'’.-]{0,30}(?: [^\W\d_][\w'’-]{0,30}){0,2})")
"""Up to three words after a count: what it counts."""

AGE_BEFORE_RE = re.compile(rf"{_NOT_LETTER_BEFORE}(?i:{alternation(AGE_BEFORE)})\s\Z")
"""Words that introduce an age ("aged ", "age of ", "im Alter von ")."""

AGE_BEFORE_REVERSED = re.compile(
    rf"\s(?i:{word_tree(a[::-1] for a in AGE_BEFORE)}){_NOT_LETTER_AFTER}"
)
"""``AGE_BEFORE_RE`` for the text before a figure read backwards (one ``match``)."""

AGE_BEFORE_SPAN = max(map(len, AGE_BEFORE)) + 1
"""The longest text ``AGE_BEFORE_RE`` can match (the words and a space)."""

NAME_COMMA = re.compile(r"[A-Z][\w'’.-]{1,30},\s\Z")
"""A name and a comma before a small number: "John Doe, 34," gives an age."""

STREET_AFTER = re.compile(
    rf",?\s(?:[A-Z][\w.'’-]{{0,30}}\s|\d{{1,3}}(?:st|nd|rd|th)\s){{0,3}}"
    rf"(?:{alternation(w.capitalize() for w in STREET_WORDS)})"
    rf"(?![\w])|,?\s(?i:{alternation(STREET_WORDS_LATIN)})\s"
)
"""Street words after a house number ("330 W. Broadway", "159 4th Avenue", "12 rue de la
Paix")."""

_ROMANCE_STREETS = "Calle|Avenida|Paseo|Plaza|Via|Viale|Piazza|Corso|Largo|Rua|Travessa"
STREET_BEFORE = re.compile(rf"\b(?:{_ROMANCE_STREETS})(?:\s[\w'’.-]{{1,30}}){{1,4}}\s\Z")
"""A Romance street name before a house number ("Via Roma 12", "Calle Mayor 5")."""

STREET_BEFORE_WORD = re.compile(_ROMANCE_STREETS)
"""The street word of ``STREET_BEFORE`` alone: a search the engine skips through by first
letter, which must find one before ``STREET_BEFORE`` is worth searching."""

POSTCODE_AFTER = re.compile(r"\s[A-ZÀ-Þ][a-zà-ÿ]{2,}")
"""A capitalised place name after a postcode ("53175 Bonn")."""

WORD_AFTER = re.compile(r"[\s-][^\W\d_]")
"""A word after a number (in a headline: what it counts)."""

LOWER_WORD_AFTER = re.compile(r"\s[a-zà-ÿ]")
"""A lower-case word after a number: what it counts."""

LIST_START = re.compile(r"\s{0,3}[(\[]?\s?\Z")
"""Only an opening bracket (or nothing) between the block start and a list number."""

SENTENCE_END = re.compile(r"[.!?…](?=[\s\"”’»)]|\Z)")
"""The end of a sentence (a full stop before a space or the end)."""


@functools.cache
def _number_word_start(language: str) -> re.Pattern[str]:
    """Where a number word can start in lower-cased text: a non-letter followed by a word
    that ``word_figures`` reads (a number word or its first hyphen part, a fraction, a
    "-fold" compound, or an article before a round number or a scale). It finds more
    than those, never fewer. Search it in the text after one space, so that it also finds
    a word at the start."""
    table = NUMBER_WORDS.get(language, NUMBER_WORDS["en"])
    words = {w.split("-")[0] for w in table} | set(table) | set(FRACTIONS.get(language, {}))
    big = {w for w, v in table.items() if v >= 100} | set(ROUND_NUMBERS.get(language, {}))
    articles = {f"{a} {b}" for a in ARTICLES_ONE.get(language, frozenset()) for b in big}
    firsts = re.escape("".join(sorted({w[0] for w in words | articles})))
    folds = "|".join(map(re.escape, FOLD_SUFFIXES))
    alts = [f"(?:{trie(words)})(?:{folds})?"] + ([trie(articles)] if articles else [])
    return re.compile(  # cheap tests first: skip the common letters, then what no word follows
        rf"[^a-z](?=[{firsts}])(?<=[\W\d_])(?=(?:{'|'.join(alts)}){_NOT_LETTER_AFTER})"
    )


def number_word_start(language: str) -> re.Pattern[str]:
    """``_number_word_start`` for ``language`` ("" stands for every language without word
    tables), compiled once on first use: most runs read one or two languages, and
    compiling all of them at import would cost ~10 ms."""
    return _number_word_start(language if language in NUMBER_WORDS else "")
