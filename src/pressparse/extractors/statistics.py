"""Statistics: the numbers a release reports, with value, unit and context.

Scans the body paragraphs that read as prose (not link lists or bare numbers),
finds figures written in digits or words (``figures``, ``word_figures``), drops
those the context shows are not statistics (``figure_rules``), joins the two ends
of ranges, and lists each value once per sense (the headline repeats the body).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence

from pydantic import TypeAdapter

from ..document import Block, Document
from ..models import Statistic
from ..options import Options
from . import Layout
from . import figure_patterns as P
from .figure_mask import mask
from .figure_rules import numeral_reason, word_reason
from .figures import Context, Figure, count_words, numeral_figures
from .numbers import decimal_mark, guess_language
from .word_figures import word_figures

_WORD = re.compile(r"[^\W\d_]{2,40}")
_RANGE_GAP = re.compile(r"\s?(?:-|–|—|to|and|or|bis|à|a|y|e|en|och|till|tot|до|au|al)\s?\Z",
                        re.IGNORECASE)
_DIGIT = re.compile(r"\d")
"""Any digit: a paragraph without one has no numeral and masks only links and e-mails."""
_MIN_WORDS = 3
_STATISTICS = TypeAdapter(list[Statistic])
"""Validates the statistics of a release at once (one call into pydantic-core)."""
_UNIT_KEY_CHARS = 5
_MAX_LINK_SHARE = 0.6


def extract_statistics(doc: Document, layout: Layout, options: Options) -> list[Statistic]:
    """Figures reported in the headline and body, each distinct value-and-sense once, in
    reading order."""
    blocks = [b for b in _blocks(doc, layout) if _is_prose(b)]
    texts = [b.text for b in blocks]
    language = layout.language or guess_language(texts) or "en"
    decimal = decimal_mark(layout.language or _language_if_sure(language, texts), texts)
    out: list[dict[str, object]] = []
    seen: set[tuple[float, str, str]] = set()
    for block in blocks:
        ends: list[int] | None = None
        for fig in find_figures(block.text, language, decimal):
            key = (round(fig.value, 6), fig.kind, _unit_key(fig))
            if key in seen:
                continue
            seen.add(key)
            if ends is None:
                ends = [m.end() for m in P.SENTENCE_END.finditer(block.text)]
            out.append(_statistic(block, fig, layout.paragraph_of(block.index), ends))
    return _STATISTICS.validate_python(out)  # one validation for all: cheaper than each


def _blocks(doc: Document, layout: Layout) -> list[Block]:
    """The headline and sub-headline (when the body does not hold them), then the body."""
    body = set(layout.body)
    heads = [i for i in (layout.headline_block, layout.subheadline_block)
             if i is not None and i not in body and 0 <= i < len(doc.blocks)]
    return [doc.blocks[i] for i in heads] + layout.body_blocks(doc)


def _language_if_sure(language: str, texts: Sequence[str]) -> str | None:
    """The guessed language when there is text enough to trust it for decimal marks."""
    return language if sum(len(t) for t in texts) > 400 else None


def find_figures(text: str, language: str, decimal: str) -> list[Figure]:
    """The statistics in one paragraph, in order, rejected figures left out."""
    digits = _DIGIT.search(text) is not None
    masked = mask(text) if digits or _may_mask_words(text) else text
    ctx = Context(text, masked, language, decimal)
    figs = numeral_figures(ctx) if digits else []
    figs += word_figures(ctx, figs)
    if not figs:
        return []
    if len(figs) > 1:
        figs = _without_overlaps(sorted(figs, key=lambda f: (f.num_start, -f.end)))
    for fig in figs:  # the rules read the figure and the text only: kept figures suffice
        if fig.reject is None:
            fig.reject = word_reason(ctx, fig) if fig.words else numeral_reason(ctx, fig)
        if fig.reject is None:  # a rejected figure's unit is never read
            count_words(ctx, fig)
    _join_ranges(ctx, figs)
    return [f for f in figs if f.reject is None]


def _may_mask_words(text: str) -> bool:
    """Whether MASK can match in a text without digits: only a link, an e-mail address or
    an exchange ticker ("NYSE: ABC") can."""
    return "@" in text or ":" in text or "http" in text or "www." in text


def _without_overlaps(figs: Sequence[Figure]) -> list[Figure]:
    """Drop a figure whose number lies inside the previous kept one ("20-million-year")."""
    out: list[Figure] = []
    for fig in figs:
        if out and fig.num_start < out[-1].core_end:
            continue
        out.append(fig)
    return out


def _join_ranges(ctx: Context, figs: Sequence[Figure]) -> None:
    """Both ends of a range share scale, currency and kind ("$80 to $90 billion"); a year,
    an age or a label at one end makes the other end one too ("1995-96", "Section 5-7")."""
    for a, b in itertools.pairwise(figs):
        gap = ctx.text[a.core_end:b.start]
        if len(gap) > 6 or not _RANGE_GAP.match(gap):
            continue
        if a.reject and b.bare and b.reject is None \
                and a.reject in ("year", "age", "date", "identifier"):  # 'Sols 4171-4172'
            b.reject = a.reject
        elif b.reject and a.bare and a.reject is None and b.reject in ("year", "age"):
            a.reject = b.reject
        elif a.reject is None and b.reject is None:
            _share(a, b)


def _share(a: Figure, b: Figure) -> None:
    """Give the first end of a range what only the second end printed."""
    same_money = a.kind == b.kind == "money" and a.currency == b.currency
    if not (a.bare or same_money):
        return
    if b.scaled and not a.scaled and a.value < b.value:
        scale = b.value / _unscaled(b)
        a.value *= scale
        a.scaled = True
    if a.kind == "count" and a.unit is None and b.kind != "count":
        a.kind, a.unit, a.currency = b.kind, b.unit, b.currency


def _unscaled(fig: Figure) -> float:
    """The printed number of a scaled figure (its value divided by the largest scale)."""
    for scale in (1e12, 1e9, 1e6, 1e3):
        if fig.value >= scale:
            return fig.value / scale
    return fig.value


def _is_prose(block: Block) -> bool:
    """A block worth scanning: a few words, not mostly link text. A list item may be
    shorter when it holds a number ('diazepam, 550 µg/L': a measure in a table-like list)."""
    words = _WORD.finditer(block.text, 0, 400)
    least = _MIN_WORDS - 1 if block.kind == "list_item" and _DIGIT.search(block.text, 0, 80) \
        else _MIN_WORDS
    if next(itertools.islice(words, least - 1, None), None) is None:
        return False
    linked = sum(link.end - link.start for link in block.links)
    return linked <= _MAX_LINK_SHARE * len(block.text)


def _unit_key(fig: Figure) -> str:
    """What tells two figures of one value apart. A large or precise number is one fact
    however it is worded ("9.087 Feststellungen", "9.087 Einreisen"); a small count is
    told apart by what it counts ("two plants", "two reports")."""
    if fig.kind == "money":
        return fig.currency or ""
    if not fig.unit or fig.value >= 100 or fig.value != int(fig.value):
        return ""
    return fig.unit.lower()[:_UNIT_KEY_CHARS]  # "Anbieter", "Anbietern"; "plant", "plants"


def _statistic(block: Block, fig: Figure, paragraph: int | None,
               ends: Sequence[int]) -> dict[str, object]:
    """The fields of the output model for one figure, with spans into the release text."""
    return {
        "value": fig.value, "unit": fig.unit, "currency": fig.currency, "kind": fig.kind,
        "qualifier": fig.qualifier, "text": block.text[fig.start:fig.end],
        "span": {"start": block.start + fig.start, "end": block.start + fig.end},
        "sentence": _sentence(block.text, fig.start, fig.end, ends), "paragraph": paragraph,
    }


def _sentence(text: str, start: int, end: int, ends: Sequence[int]) -> str:
    """The sentence around ``[start, end)``: from the sentence end before it to the next
    (``ends``: the sentence ends of the paragraph, in order)."""
    i = bisect.bisect_right(ends, start)
    lo = ends[i - 1] if i > 0 else 0
    j = bisect.bisect_left(ends, end)
    hi = ends[j] if j < len(ends) else len(text)
    return text[lo:hi].strip()


__all__ = ["extract_statistics", "find_figures"]
