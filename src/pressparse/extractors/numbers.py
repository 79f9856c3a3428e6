"""Reading numbers: numerals with thousands and decimal marks, and number words.

Pure functions used by ``statistics``. A numeral's decimal mark depends on the
text's language ("1.234,5" in German, "1,234.5" in English); where the shape alone
settles it ("1,234,567.8", "5,50") the shape wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..lexicon.figures_context import STOPWORDS
from ..lexicon.numbers import NUMBER_WORDS

COMMA_DECIMAL_LANGS = frozenset({"de", "fr", "es", "it", "pt", "nl", "sv", "ru", "da", "nb",
                                 "fi", "pl", "cs", "tr"})
"""Languages that write a decimal comma and a point (or space) between thousands."""


def _numeral(groups: str) -> re.Pattern[str]:
    """Grouped thousands with one consistent mark from ``groups``, or plain digits;
    either with an optional decimal part."""
    return re.compile(  # the first digit stands outside, so the engine skips to digits
        rf"\d(?:\d{{0,2}}(?:(?P<g>[{groups}])\d{{3}}(?!\d))(?:(?P=g)\d{{3}}(?!\d)){{0,5}}"
        r"(?:[.,]\d{1,6}(?!\d))?|\d{0,14}(?:[.,]\d{1,6}(?!\d))?)"
    )


NUMERAL = _numeral(",.'")
"""A numeral in a text with a decimal point: a space never groups thousands there."""
NUMERAL_SPACED = _numeral(",.' ")
"""A numeral in a decimal-comma text, where "1 234,5" groups thousands with a space."""

_LETTER_WORD = re.compile(r"[^\W\d_]{1,40}")
_NON_DIGIT = re.compile(r"\D")
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {
    w: tuple(lang for lang, words in STOPWORDS.items() if w in words)
    for w in set().union(*STOPWORDS.values())
}
"""The languages in whose function words each word is (in STOPWORDS order)."""
_COMMA_DECIMAL_HINT = re.compile(r"\d,\d{1,2}(?!\d)|\d{1,3}\.\d{3},\d")
_POINT_DECIMAL_HINT = re.compile(r"\d\.\d{1,2}(?![\d.])|\d{1,3},\d{3}\.\d")


def guess_language(texts: Iterable[str], limit: int = 6000) -> str | None:
    """The language whose function words are most frequent in the first ``limit`` chars."""
    counts: dict[str, int] = dict.fromkeys(STOPWORDS, 0)
    seen = 0
    for text in texts:
        for w in _LETTER_WORD.findall(text[: limit - seen]):
            for lang in _LANGUAGES_OF.get(w.lower(), ()):
                counts[lang] += 1
        seen += len(text)
        if seen >= limit:
            break
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] >= 3 else None


def decimal_mark(language: str | None, texts: Iterable[str]) -> str:
    """"," or ".": from the language when known, else from the shapes of the numbers."""
    if language:
        return "," if language in COMMA_DECIMAL_LANGS else "."
    comma = point = 0
    for text in texts:
        comma += len(_COMMA_DECIMAL_HINT.findall(text))
        point += len(_POINT_DECIMAL_HINT.findall(text))
    return "," if comma > point else "."


def parse_numeral(raw: str, decimal: str) -> float | None:
    """The value of a numeral as printed ("1.234,5", "1,234.5", "1 234", "5,50")."""
    if raw.isdigit():  # the common case: no mark at all
        return float(raw)
    seps = [c for c in raw if not c.isdigit()]
    if not seps:
        return float(raw)
    last = seps[-1]
    if len(set(seps)) > 1:  # "1,234.5" or "1.234,5": the last mark is the decimal one
        return _join(raw, last)
    if len(seps) > 1 or last in " '":  # "1,234,567", "1 234": only thousands marks
        return float(_NON_DIGIT.sub("", raw))
    tail = raw.rsplit(last, 1)[1]
    if len(tail) != 3:  # "5,50", "32.5": the mark can only be decimal
        return _join(raw, last)
    return _join(raw, last) if last == decimal else float(_NON_DIGIT.sub("", raw))


def _join(raw: str, decimal: str) -> float:
    """Drop every mark but the decimal one, which becomes a point."""
    head, _, tail = raw.rpartition(decimal)
    return float(_NON_DIGIT.sub("", head) + "." + tail)


def words_value(words: Sequence[str], language: str) -> float | None:
    """The value of a run of number words ("two hundred", "zwanzig", "twenty-five")."""
    table = NUMBER_WORDS.get(language, NUMBER_WORDS["en"])
    total = current = 0.0
    any_word = False
    for word in words:
        value = table.get(word.lower())
        if value is None:
            return None
        any_word = True
        if value == 100:
            current = (current or 1.0) * 100
        elif value >= 1000:
            total += (current or 1.0) * value
            current = 0.0
        else:
            current += value
    return total + current if any_word else None


__all__ = ["COMMA_DECIMAL_LANGS", "NUMERAL", "NUMERAL_SPACED", "decimal_mark", "guess_language",
           "parse_numeral", "words_value"]
