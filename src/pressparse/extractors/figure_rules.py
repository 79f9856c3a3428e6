"""Rules that tell a number which is not a statistic: dates, years, times, phones,
addresses, ages, ordinals, list numbers, identifiers, names and set phrases.

Each rule reads a bounded window around the figure and returns a reason or None.
"""

from __future__ import annotations

from ..lexicon.figures_context import (
    AGE_AFTER,
    CALL_WORDS,
    ID_LABELS,
    MONTHS,
    POSSESSIVES,
    SENTENCE_STARTERS_DE,
    SET_PHRASES,
    STOPWORDS,
    STREETS_BEFORE,
    WEEKDAYS,
)
from ..lexicon.numbers import AMBIGUOUS_WORDS, ARTICLES_ONE
from . import figure_patterns as P
from .figures import Context, Figure, is_qualifier

_MAX_GAP = 3
_SET_PHRASES = tuple(SET_PHRASES)
_MAX_TOKEN = 40
_OPENERS = frozenset(".!?:;\"“„«(—–|•·*>")
_PREPOSITIONS_BEFORE_YEAR = frozenset(
    ["in", "since", "from", "by", "until", "till", "to", "of", "for", "before", "after", "during", "through", "between", "and", "or", "seit", "im", "ab", "bis", "vor", "nach", "von", "zum", "zur", "en", "depuis", "dès", "avant", "après", "jusqu'en", "desde", "hasta", "antes", "después", "dal", "nel", "entro", "dopo", "sedan", "från", "till", "före", "efter", "sinds", "tot", "vanaf", "с", "до", "в", "году"]
)
_YEAR_WORDS = frozenset(["year", "год", "года", "году", "г.", "jahr", "jahres", "år", "año", "anno", "an", "ano", "jaar"])


def prev_token(ctx: Context, pos: int) -> tuple[str, int]:
    """The token before ``pos`` (punctuation kept) and its start, or ("", pos); several
    rules ask for the same one, so it is read once per position."""
    hit = ctx.prevs.get(pos)
    if hit is None:
        hit = ctx.prevs[pos] = _prev_token(ctx.text, pos)
    return hit


def _prev_token(text: str, pos: int) -> tuple[str, int]:
    """Up to 40 non-space characters, then up to 3 spaces before ``pos`` (what
    ``P.PREV_TOKEN`` finds, without trying every start in the window)."""
    tail = text[max(0, pos - _MAX_GAP - 1):pos]
    end = pos - (len(tail) - len(tail.rstrip()))
    chunk = text[max(0, end - _MAX_TOKEN):end]
    if pos - end > _MAX_GAP or not chunk or chunk[-1].isspace():
        return ("", pos)
    word = chunk.rsplit(None, 1)[-1]
    return word, end - len(word)


def sentence_initial(ctx: Context, pos: int) -> bool:
    """True when only spaces and an opening mark stand between a sentence end and ``pos``."""
    i = pos - 1
    while i >= 0 and ctx.text[i] == " ":
        i -= 1
    return i < 0 or ctx.text[i] in _OPENERS


def numeral_reason(ctx: Context, fig: Figure) -> str | None:
    """Why a numeral is not a statistic, or None."""
    raw = ctx.text[fig.num_start:fig.num_end]
    return (_shape(ctx, fig, raw) or _year(ctx, fig, raw) or _date(ctx, fig, raw)
            or _label(ctx, fig, raw) or _age(ctx, fig, raw) or _address(ctx, fig, raw)
            or _list_number(ctx, fig, raw) or _name(ctx, fig, raw) or None)


def _shape(ctx: Context, fig: Figure, raw: str) -> str | None:
    """Identifiers by shape: glued to letters, leading zero, long digit strings, 0 and 1."""
    before = ctx.text[max(0, fig.num_start - 2):fig.num_start]
    if fig.currency and fig.start < fig.num_start:
        before = ""  # "USD1.2bn": the letters are the currency
    if before[-1:].isalpha() or before[-1:] in ("/", "#", "§") or (
            before[-1:] in "-.\u2013" and before[:1].isalpha()):
        return "identifier"
    if raw.isdigit() and len(raw) == 1 and ctx.text[fig.num_end:fig.num_end + 1] == "G" \
            and not ctx.text[fig.num_end + 1:fig.num_end + 2].isalnum() and not fig.currency:
        return "name"  # "4G", "5G": a network generation, not 5 grams
    if raw.isdigit():
        if len(raw) > 1 and raw[0] == "0":
            return "identifier"
        if len(raw) >= 7 and not (fig.currency or fig.scaled):
            return "identifier"
    if fig.bare and not fig.scaled and fig.value in (0.0, 1.0):
        return "trivial"
    if ctx.language == "de" and _german_ordinal(ctx, fig, raw):
        return "ordinal"
    return None


def _german_ordinal(ctx: Context, fig: Figure, raw: str) -> bool:
    """German "24. Konferenz": a small whole number, a full stop, then a non-starter word."""
    if not raw.isdigit() or fig.value > 100 or ctx.text[fig.num_end:fig.num_end + 2] != ". ":
        return False
    word = P.COUNT_WORDS.match(ctx.text, fig.num_end + 1)
    first = word.group("w").split(" ")[0] if word else ""
    return bool(first) and first.lower() not in SENTENCE_STARTERS_DE


def _year(ctx: Context, fig: Figure, raw: str) -> str | None:
    """A bare four-digit number from 1900 to 2099 names a year, unless it clearly counts;
    an older one ("in 1888", "born August 25, 1796") only where a date would stand."""
    if not (raw.isdigit() and len(raw) == 4):
        return "year" if len(raw) == 2 and _year_span_end(ctx.text, fig.num_start) else None
    if not 1900 <= fig.value <= 2099:
        return _old_year(ctx, fig)
    printed = ctx.text[fig.num_end:fig.core_end].strip(" -").lower()
    if printed in _YEAR_WORDS:  # "2013 года", "the 2024 year"
        return "year"
    if fig.kind != "count" or fig.scaled:
        return None
    if fig.qualifier and fig.unit:
        return None
    prev, _ = prev_token(ctx, fig.num_start)
    if fig.unit and fig.unit[:1].islower() and prev.lower() not in _PREPOSITIONS_BEFORE_YEAR:
        return None
    return "year"


def _year_span_end(text: str, start: int) -> bool:
    """'1995-96', '2023/24': two digits that end a season or a fiscal year."""
    head = text[max(0, start - 6):start]
    return len(head) >= 5 and head[-1] in "-\u2013/" and head[-5:-1].isdigit() \
        and head[-5:-3] in ("19", "20") and not head[:-5].isdigit()


def _old_year(ctx: Context, fig: Figure) -> str | None:
    """A year from 1000 to 1899 after a year preposition, a month or a day ("25, 1796")."""
    if not 1000 <= fig.value < 1900 or fig.kind != "count" or fig.scaled or fig.unit:
        return None
    prev, _ = prev_token(ctx, fig.num_start)
    low = prev.lower().rstrip(",")
    if low in _PREPOSITIONS_BEFORE_YEAR or _is_month(prev.rstrip(",")) or (
            low.isdigit() and len(low) <= 2 and prev.endswith(",")):
        return "year"
    return None


def _date(ctx: Context, fig: Figure, raw: str) -> str | None:
    """A day next to a month name ("January 24", "24 January", "9. November", "14 октября")."""
    if not (raw.isdigit() and len(raw) <= 2 and fig.kind in ("count", "rate")):
        return None
    prev, _ = prev_token(ctx, fig.num_start)
    if _is_month(prev.rstrip(",")) or prev.lower().rstrip(",") in WEEKDAYS:
        return "date"
    after = ctx.text[fig.num_end:fig.num_end + 30].lstrip(". ").split(" ", 2)[:2]
    words = [w.strip(",.") for w in after]
    if words and _is_month(words[0]):
        return "date"
    if len(words) > 1 and words[0].lower() in ("of", "de") and _is_month(words[1]):
        return "date"
    return None


def _is_month(word: str) -> bool:
    """A month name or abbreviation; lower-case English "may" and "march" are verbs."""
    return word.lower() in MONTHS and word not in ("may", "march", "mar", "jan", "sun")


def _label(ctx: Context, fig: Figure, raw: str) -> str | None:
    """An identifier label or a call verb before the number ("Nr. 34", "Section 5", "call 911")."""
    if fig.kind not in ("count", "measure"):
        return None
    prev, _ = prev_token(ctx, fig.start)
    if prev.endswith(","):
        return None
    word = prev.lower().strip("([\"'“:").rsplit("'", 1)[-1].rsplit("’", 1)[-1]
    if word in ID_LABELS or word.startswith(("#", "§")):
        return "identifier"
    if word in CALL_WORDS:
        return "phone"
    return None


def _age(ctx: Context, fig: Figure, raw: str) -> str | None:
    """People's ages: "John Doe, 34,", "47-year-old", "aged 34", "38 Jahre alt"."""
    if fig.scaled or fig.kind in ("money", "percent") or fig.value > 130:
        return None
    text = ctx.text
    after = text[fig.num_end:fig.num_end + 18].lower()
    if after.lstrip(" -").startswith(AGE_AFTER):
        return "age"
    if P.AGE_BEFORE_REVERSED.match(text[max(0, fig.start - P.AGE_BEFORE_SPAN - 1):fig.start][::-1]):
        return "age"
    if fig.bare and text[fig.num_end:fig.num_end + 1] in (",", ")") and P.NAME_COMMA.search(
            text, max(0, fig.num_start - 34), fig.num_start):
        return "age"
    return None


def _address(ctx: Context, fig: Figure, raw: str) -> str | None:
    """House numbers and postcodes ("330 W. Broadway", "Hauptstraße 5", ", 53175 Bonn")."""
    if not raw.isdigit() or fig.kind not in ("count", "measure"):
        return None
    text = ctx.text
    if P.STREET_AFTER.match(text, fig.num_end):
        return "address"
    prev, _ = prev_token(ctx, fig.num_start)
    low = prev.lower()
    if low in STREETS_BEFORE or low.endswith(("straße", "strasse", "gatan", "vägen", "straat",
                                              "laan", "weg", "platz", "allee")):
        return "address"
    lo = max(0, fig.num_start - 60)
    if P.STREET_BEFORE_WORD.search(text, lo, fig.num_start) and P.STREET_BEFORE.search(
            text, lo, fig.num_start):
        return "address"
    if len(raw) == 5 and fig.bare and not P.LOWER_WORD_AFTER.match(text, fig.num_end):
        return "address"  # "Austin, Texas 78701." counts nothing
    if len(raw) in (4, 5) and fig.bare and P.POSTCODE_AFTER.match(text, fig.num_end):
        head = text[max(0, fig.num_start - 2):fig.num_start]
        if fig.num_start == 0 or head == ", ":
            return "address"
    return None


def _list_number(ctx: Context, fig: Figure, raw: str) -> str | None:
    """List and section numbers: "1)" anywhere, "(2)", "3." at the start of a paragraph."""
    if not raw.isdigit() or len(raw) > 2 or not fig.bare:
        return None
    text = ctx.text
    close = text[fig.num_end:fig.num_end + 1]
    if close == ")" or (close == "]" and text[fig.num_start - 1:fig.num_start] == "["):
        return "list"
    if close in ".:" and P.LIST_START.match(text[:fig.num_start]) and (
            text[fig.num_end + 1:fig.num_end + 2] in (" ", "")):
        return "list"
    return None


def _name(ctx: Context, fig: Figure, raw: str) -> str | None:
    """A capitalised word before a bare number names a thing ("Fortune 500", "QSR 50")."""
    if not fig.bare or fig.scaled or fig.qualifier:
        return None
    prev, start = prev_token(ctx, fig.num_start)
    if not _is_name_token(prev):  # most figures: the cheapest test first
        return None
    if P.WORD_AFTER.match(ctx.text, fig.num_end) and ctx.title_like:
        return None  # in a headline "Honda Celebrates 40 Years" counts years
    if sentence_initial(ctx, start):
        return None
    if _is_month(prev) or is_qualifier(prev):
        return None
    if ctx.language == "de" and not prev.isupper():  # German capitalises every noun
        return None
    return "name"


def _is_name_token(token: str) -> bool:
    """A word that can name a product or index: "Fortune", "S&P", "iPhone", "QSR"."""
    if not token or token[-1] in ",.:;)" or not token[0].isalpha():
        return False
    return any(c.isupper() for c in token) and all(c.isalnum() or c in "&-+" for c in token)


def word_reason(ctx: Context, fig: Figure) -> str | None:
    """Why a number written in words is not a statistic ("our four nations", "Big Four")."""
    text = ctx.text
    prev, _start = prev_token(ctx, fig.num_start)
    if prev.lower() in POSSESSIVES:
        return "back-reference"
    phrase = text[fig.num_start:fig.num_start + 40].lower()
    if phrase.startswith(_SET_PHRASES):
        return "set phrase"
    first = text[fig.num_start:fig.num_start + 1]
    if first.isupper() and not ctx.title_like and ctx.language != "de" and (
            not sentence_initial(ctx, fig.num_start)):
        return "name"
    if fig.bare and not fig.scaled and fig.value in (0.0, 1.0):
        return "trivial"
    word = text[fig.num_start:fig.num_end].lower()
    if fig.value == 1.0 and not fig.scaled and ctx.language != "en" \
            and word in ARTICLES_ONE.get(ctx.language, frozenset()):
        return "article"  # 'vor einem Jahr', 'il y a un an': a year ago, not one year
    if fig.bare and word in AMBIGUOUS_WORDS.get(ctx.language, frozenset()):
        after = P.COUNT_WORDS.match(text, fig.num_end)
        head = after.group("w").split(" ")[0].lower() if after else ""
        if not head or head in STOPWORDS.get(ctx.language, frozenset()):
            return "not a number"  # "un bâtiment neuf et moderne"
    return _age(ctx, fig, "")


__all__ = ["numeral_reason", "prev_token", "sentence_initial", "word_reason"]
