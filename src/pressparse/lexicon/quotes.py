"""Quotation marks: which mark closes which, and the dashes that open a dash quote."""

from __future__ import annotations

CLOSERS: dict[str, str] = {
    "\u201c": "\u201d\u201c\"",  # “ … ” (and “ … “ or “ … " as printed by some tools)
    "\u201e": "\u201c\u201d",  # „ … “ / „ … ”
    "\u201d": "\u201d",  # ” … ” (Swedish, Finnish)
    "\u00ab": "\u00bb",  # « … »
    "\u00bb": "\u00ab\u00bb",  # » … « (Danish, German) and » … » (Swedish)
    "\u2039": "\u203a",  # ‹ … ›
    "\u203a": "\u2039",
    "\u2018": "\u2019\u2018",  # ‘ … ’
    "\u201a": "\u2018\u2019",  # ‚ … ‘
    "\u300c": "\u300d",  # 「 … 」
    "\u300e": "\u300f",  # 『 … 』
    '"': '"\u201d',
    "'": "'\u2019",
}
"""For each opening mark, the marks that may close it."""

DOUBLE_OPENERS: frozenset[str] = frozenset('\u201c\u201e\u201d\u00ab\u00bb\u300c\u300e"')
"""Openers of an outer (double) quotation; single marks nest inside them."""

SINGLE_OPENERS: frozenset[str] = frozenset("\u2018\u201a\u2039\u203a'")
"""Openers of single quotation marks (also used as outer marks in British style)."""

APOSTROPHES: frozenset[str] = frozenset("'\u2019")
"""Marks that are apostrophes when they stand between two letters ("Casey’s")."""

QUOTE_DASHES: str = "\u2013\u2014\u2015"
"""Dashes that open a dash quote ('– Text, säger X.') or a closing attribution line."""

ALL_MARKS: str = "".join(sorted(set(CLOSERS) | {c for v in CLOSERS.values() for c in v}))
"""Every character that may open or close a quotation."""

LONE_OPENERS: frozenset[str] = frozenset("\u201c\u201e\u00ab\u2018")
"""Typographic opening marks that a flattened page may leave alone on a line ('“')."""

CONTRACTION_TAILS: frozenset[str] = frozenset({"s", "t", "ll", "re", "ve", "d", "m"})
"""Word ends after an apostrophe ('defendant’' + 's'): a line cut there is one word."""

__all__ = ["ALL_MARKS", "APOSTROPHES", "CLOSERS", "CONTRACTION_TAILS", "DOUBLE_OPENERS",
           "LONE_OPENERS", "QUOTE_DASHES", "SINGLE_OPENERS"]
