"""Repeated paragraphs: an e-mail teaser, a summary box or a scraper printing the lead
(or the whole body) twice, exactly or nearly.

Paragraphs are compared by a key of their first words, so each one is checked only
against the few that open alike (linear overall); within a bucket a teaser that stops
early ("…", "Read more") matches the full paragraph it starts, and near-copies match
by fuzzy ratio. The full version is kept, in the reading position of the first copy.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from ..document import Block

_WORDS = re.compile(r"\w+")
_TEASER_TAIL = re.compile(
    r"(?:\s*(?:\.\.\.|…|\[…\]|\[\.\.\.\])\s*(?:read more|more|weiterlesen|lire la suite|leer más|"
    r"continua|meer|läs mer|читать далее)?\s*[»›>]?\s*$|\s+(?:read more|weiterlesen|lire la suite|"
    r"leer más|läs mer)\s*[»›>]?\s*$)",
    re.I,
)
KEY_WORDS = 6
MIN_CHARS = 40
BUCKET_LIMIT = 8


def normalise(text: str) -> list[str]:
    """Lower-cased words of a paragraph without a teaser's "… Read more" tail."""
    cut = max(len(text) - 60, 0)  # the tail pattern is anchored at the end: search the end
    return _WORDS.findall((text[:cut] + _TEASER_TAIL.sub("", text[cut:])).lower())


def _key(text: str) -> tuple[str, ...]:
    """The first words of a paragraph, lower-cased: its bucket."""
    words = _WORDS.finditer(text[:200].lower())
    return tuple(m.group() for m in itertools.islice(words, KEY_WORDS))


def same_paragraph(a: list[str], b: list[str]) -> bool:
    """Equal, one a truncated start of the other, or a near copy."""
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= KEY_WORDS and long_[:len(short)] == short:
        return True
    if abs(len(a) - len(b)) > 0.15 * max(len(a), len(b)):
        return False
    from rapidfuzz.fuzz import ratio  # lazy: only when two paragraphs open alike

    return bool(ratio(" ".join(a), " ".join(b)) >= 90)


def repeated_runs(blocks: Sequence[Block]) -> dict[int, int]:
    """Short blocks repeated as a run of three or more in the same order (a contact block
    printed twice); maps each later block to its first copy."""
    first_seen: dict[str, int] = {}
    drop: dict[int, int] = {}
    texts = [b.text for b in blocks]
    for pos, text in enumerate(texts):
        earlier = first_seen.get(text)
        if earlier is None:
            first_seen[text] = pos
            continue
        if len(text) >= MIN_CHARS or pos in drop:
            continue
        run = 0
        while (pos + run < len(texts) and earlier + run < pos
               and texts[pos + run] == texts[earlier + run] and run < 50):
            run += 1
        if run >= 3:
            for k in range(run):
                if len(texts[pos + k]) < MIN_CHARS:
                    drop[pos + k] = earlier + k
    return drop


def find_duplicates(blocks: Sequence[Block]) -> dict[int, int]:
    """Map each repeated block's index to the index of the block that is kept.

    The kept block is the longest copy; it takes the reading position of the first copy
    (callers put the kept block where the first copy stood).
    """
    buckets: dict[tuple[str, ...], list[int]] = {}
    words: dict[int, list[str]] = {}
    drop: dict[int, int] = {}
    for pos, block in enumerate(blocks):
        if len(block.text) < MIN_CHARS:
            continue
        key = _key(block.text)
        if len(key) < KEY_WORDS:
            continue
        bucket = buckets.setdefault(key, [])
        if not bucket:  # the common case: no paragraph opened alike before
            bucket.append(pos)
            continue
        w = words[pos] = normalise(block.text)
        for k in bucket:
            if k not in words:
                words[k] = normalise(blocks[k].text)
        match = next((k for k in bucket if same_paragraph(words[k], w)), None)
        if match is None:
            if len(bucket) < BUCKET_LIMIT:
                bucket.append(pos)
            continue
        if len(w) > len(words[match]):
            # The later copy is fuller: it replaces the earlier one in the bucket.
            drop[match] = pos
            bucket[bucket.index(match)] = pos
        else:
            drop[pos] = match
    resolved = {k: _final(drop, v) for k, v in drop.items()}
    for k, v in repeated_runs(blocks).items():
        resolved.setdefault(k, v)
    return resolved


def _final(drop: dict[int, int], index: int) -> int:
    """Follow replacements to the copy finally kept."""
    seen = 0
    while index in drop and seen < BUCKET_LIMIT * 4:
        index = drop[index]
        seen += 1
    return index


__all__ = ["find_duplicates", "normalise", "repeated_runs", "same_paragraph"]
