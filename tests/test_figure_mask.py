"""The fast paths of the statistics scan give exactly what the plain patterns give.

``mask`` tries MASK only where a branch can start; the number-word finder lets
``word_figures`` visit only candidate tokens; some patterns are read backwards or built
as prefix trees. Each is checked here against the plain pattern on sentences written
for these tests.
"""

from __future__ import annotations

import re

import pytest

from pressparse.extractors import figure_patterns as P
from pressparse.extractors.figure_mask import mask
from pressparse.extractors.figure_rules import prev_token
from pressparse.extractors.figures import Context
from pressparse.lexicon.figures_context import AGE_BEFORE
from pressparse.lexicon.numbers import TIMES_WORDS
from pressparse.lexicon.units import (
    CURRENCY_WORDS,
    MEASURE_UNITS,
    PERCENT_WORDS,
    QUALIFIERS,
    TIME_UNITS,
)


def plain_mask(text: str) -> str:
    """What ``MASK.sub`` gives: every match replaced by as many NUL characters."""
    return P.MASK.sub(lambda m: "\x00" * len(m.group()), text)


MASKED = [
    # (text, a piece the mask must hide, or "" when nothing is hidden)
    ("Call the desk on Tel.: +49 (0) 228 123 4567 for details.", "Tel.: +49 (0) 228 123 4567"),
    ("Phone 555-123-4567 or write to the office in town.", "555-123-4567"),
    ("The fair opens on 12/05/2024 at 9:30 a.m. in the hall.", "12/05/2024"),
    ("The shop is open 24/7 and sells 300 kinds of bread.", "24/7"),
    ("Shares of the group (NYSE: ABC) rose 5% on the news.", "NYSE: ABC"),
    ("Read more at https://example.org/report-2024 about the 12 plants.",
     "https://example.org/report-2024"),
    ("See www.example.com/2024 for the full list of 40 sites.", "www.example.com/2024"),
    ("Write to press2024@example.org with 3 questions at most.", "press2024@example.org"),
    ("Doors open 10:30am.tickets@example.org sells the last 50 seats.", "tickets@example.org"),
    ("Mail " + "x" * 70 + "@example.org about the 12 places.", "x" * 64 + "@example.org"),
    ("The office is at 100 Main St, Austin, TX 78701 since 2019.", "TX 78701"),
    ("Die Firma sitzt in D-53175 Bonn und hat 40 Mitarbeiter.", "D-53175"),
    ("© 2024 The Company. All 12 rights reserved.", "© 2024"),
    ("Results are shown on page 3 of 12 in the annex.", "page 3 of 12"),
    ("5 min read. The council approved 12 new homes.", "5 min read"),
    ("Posted 2 days ago: the team planted 300 trees.", "2 days ago"),
    ("The meeting starts um 14 Uhr im Rathaus mit 30 Gästen.", "14 Uhr"),
    ("The plant employs 2,100 people and ships 35 tonnes a day.", ""),
    ("Revenue rose to $1.2 million from 800,000 a year earlier.", ""),
]


@pytest.mark.parametrize(("text", "hidden"), MASKED)
def test_mask_is_mask_sub(text: str, hidden: str) -> None:
    masked = mask(text)
    assert masked == plain_mask(text)
    if hidden:
        start = text.index(hidden)
        assert masked[start:start + len(hidden)].strip("\x00") == ""
    else:
        assert masked == text


def test_mask_is_mask_sub_on_runs_of_pieces() -> None:
    """Pieces glued in every order of two: each start the fast path might miss."""
    pieces = ["Tel ", "fax: ", "page 2 of 3", "NYSE:", " ABC", "12/05/2024", "(0) ", "+49 ",
              "0228 ", "TX 78701", "©", "2024", "9:30", " am ", "x", "٣٤", "-", " "]
    for a in pieces:
        for b in pieces:
            text = a + b + a
            assert mask(text) == plain_mask(text), text


PREVIOUS = [
    # (text before a position, token expected)
    ("sales of ", "of"),
    ("sales of    ", ""),  # four spaces: too far
    ("(", "("),
    ("", ""),
    ("   ", ""),
    ("word" * 12 + " ", ("word" * 12)[-40:]),
    ("Honda\u00a0", "Honda"),
]


@pytest.mark.parametrize(("before", "token"), PREVIOUS)
def test_prev_token_is_the_pattern(before: str, token: str) -> None:
    ctx = Context(before + "5", before + "5", "en", ".")
    pos = len(before)
    m = P.PREV_TOKEN.search(ctx.text, max(0, pos - 44), pos)
    expected = (m.group("w"), m.start("w")) if m else ("", pos)
    assert prev_token(ctx, pos) == expected
    assert prev_token(ctx, pos)[0] == token


BACKWARDS = [
    # (pattern read forwards, pattern read backwards, span, text before a figure)
    (P.QUALIFIER, P.QUALIFIER_REVERSED, P.QUALIFIER_SPAN, "sales of more than "),
    (P.QUALIFIER, P.QUALIFIER_REVERSED, P.QUALIFIER_SPAN, "just over"),
    (P.QUALIFIER, P.QUALIFIER_REVERSED, P.QUALIFIER_SPAN, "moreover "),
    (P.QUALIFIER, P.QUALIFIER_REVERSED, P.QUALIFIER_SPAN, "plus de "),
    (P.CURRENCY_BEFORE, P.CURRENCY_BEFORE_REVERSED, P.CURRENCY_BEFORE_SPAN, "raised US$"),
    (P.CURRENCY_BEFORE, P.CURRENCY_BEFORE_REVERSED, P.CURRENCY_BEFORE_SPAN, "paid EUR "),
    (P.CURRENCY_BEFORE, P.CURRENCY_BEFORE_REVERSED, P.CURRENCY_BEFORE_SPAN, "XEUR "),
    (P.AGE_BEFORE_RE, P.AGE_BEFORE_REVERSED, P.AGE_BEFORE_SPAN, "children aged "),
    (P.AGE_BEFORE_RE, P.AGE_BEFORE_REVERSED, P.AGE_BEFORE_SPAN, "im Alter von "),
    (P.AGE_BEFORE_RE, P.AGE_BEFORE_REVERSED, P.AGE_BEFORE_SPAN, "teenaged "),
]


@pytest.mark.parametrize(("forward", "backward", "span", "before"), BACKWARDS)
def test_backwards_pattern_finds_the_leftmost_match(
        forward: re.Pattern[str], backward: re.Pattern[str], span: int, before: str) -> None:
    pos = len(before)
    fwd = forward.search(before, max(0, pos - 30), pos)
    bwd = backward.match(before[max(0, pos - span - 1):pos][::-1])
    assert (fwd.start() if fwd else None) == (pos - bwd.end() if bwd else None)


TREES = [
    (P.UNIT, [*TIME_UNITS, *MEASURE_UNITS], " square-foot site"),
    (P.UNIT, [*TIME_UNITS, *MEASURE_UNITS], " square feet"),
    (P.UNIT, [*TIME_UNITS, *MEASURE_UNITS], "-year-old"),
    (P.PERCENT, list(PERCENT_WORDS), " per cent"),
    (P.TIMES, list(TIMES_WORDS), "-fold"),
    (P.CURRENCY_AFTER, list(CURRENCY_WORDS), " US-Dollars"),
]


@pytest.mark.parametrize(("pattern", "words", "text"), TREES)
def test_word_tree_matches_what_the_alternation_matches(
        pattern: re.Pattern[str], words: list[str], text: str) -> None:
    tree = re.compile(f"(?i:{P.word_tree(words)})")
    flat = re.compile(f"(?i:{P.alternation(words)})")
    for start in range(len(text)):
        a, b = tree.match(text, start), flat.match(text, start)
        assert (a and a.span()) == (b and b.span()), text[start:]
    assert pattern.match(text)


def test_age_words_backwards_cover_every_word() -> None:
    for word in AGE_BEFORE:
        assert P.AGE_BEFORE_REVERSED.match(f" {word} "[::-1][:len(word) + 2]), word


def test_qualifiers_fit_the_window() -> None:
    """The backwards reading assumes the forward window never cuts a hedge."""
    assert P.QUALIFIER_SPAN + 1 <= 30
    assert max(map(len, QUALIFIERS)) + 1 == P.QUALIFIER_SPAN


FINDER = [
    # (text, language, the words a figure can start at)
    ("The firm opened three plants and a dozen shops.", "en", ["three", "a dozen"]),
    # "five" is found too: ``word_figures`` drops it, as no token starts there
    ("Sales grew tenfold over twenty-five years.", "en", ["tenfold", "twenty", "five"]),
    ("Someone said it was done often.", "en", []),
    ("Die Stadt baut zwei Schulen und eine Halle.", "de", ["zwei", "eine"]),
    ("(one) “two” 3four", "en", ["one", "two", "four"]),
]


@pytest.mark.parametrize(("text", "lang", "words"), FINDER)
def test_number_word_finder(text: str, lang: str, words: list[str]) -> None:
    low = (" " + text).lower()
    found = [m.start() for m in P.number_word_start(lang).finditer(low)]
    assert [text[s:s + len(w)].lower() for s, w in zip(found, words, strict=True)] == words
