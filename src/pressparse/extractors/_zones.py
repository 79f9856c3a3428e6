"""Where a page's release ends: the trailing chrome (related teasers, tags, share bars).

Shared by the contacts and links extractors. The layout step marks boilerplate blocks;
this adds a cheap cue of its own: the first chrome heading ("Related", "Tags",
"Follow us", "Site Navigation") or copyright line after the release's prose starts the
trailing chrome.
"""

from __future__ import annotations

import re

from ..document import Block, Document
from ..lexicon.links import CHROME_HEADINGS, CHROME_OPENINGS
from . import Layout

_CHROME = frozenset(CHROME_HEADINGS)
_HEAD_SPLIT = re.compile(r"\s[—–|/-]\s|:")
_TRIM = " \t:.·•-–—|>#*"
_MIN_PROSE_WORDS = 20
_OPENING_REACH = max(map(len, CHROME_OPENINGS)) + 1
"""Characters of a block enough to test the chrome openings on its lower-cased start."""


def heading_key(text: str) -> str:
    """A short block's text as a lookup key: lower-case, trimmed, first segment only."""
    first = _HEAD_SPLIT.split(text[:120], maxsplit=1)[0]
    return first.strip(_TRIM).lower()


def is_chrome_heading(block: Block) -> bool:
    """True for a short block that names a page-chrome section ("Related stories")."""
    if len(block.text) > 60:
        return False
    return is_chrome_key(heading_key(block.text)) or block.text.strip(_TRIM).lower() in _CHROME


def is_chrome_key(key: str) -> bool:
    """True for a heading key that is a chrome heading, or opens with one of two or three
    words ("share this story"; a lone "related" must be the whole key)."""
    if key in _CHROME:
        return True
    words = key.split()
    return any(" ".join(words[:n]) in _CHROME for n in range(2, min(len(words), 4)))


def chrome_start(doc: Document, layout: Layout) -> int:
    """Index of the first block of the trailing chrome (``len(doc.blocks)`` when none)."""
    seen_prose = False
    for block in doc.blocks:
        if seen_prose and (is_chrome_heading(block)
                           or block.text[:_OPENING_REACH].lower().startswith(CHROME_OPENINGS)):
            return block.index
        if not seen_prose and len(block.text.split(None, _MIN_PROSE_WORDS - 1)) >= _MIN_PROSE_WORDS:
            seen_prose = True
    return len(doc.blocks)


def outside_release(doc: Document, layout: Layout, end: int | None = None) -> set[int]:
    """Blocks that are not the release: boilerplate, before the headline, trailing chrome
    (from ``end`` when the caller has it from :func:`chrome_start`)."""
    out = set(layout.boilerplate)
    if layout.headline_block is not None:
        out.update(range(layout.headline_block))
    out.update(range(chrome_start(doc, layout) if end is None else end, len(doc.blocks)))
    return out


__all__ = ["chrome_start", "heading_key", "is_chrome_heading", "is_chrome_key", "outside_release"]
