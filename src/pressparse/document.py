"""The normalised document every extractor reads: blocks of text with character offsets.

Loaders (text, markdown, HTML, e-mail) turn their input into *runs* of text, some
carrying a link target, grouped in blocks. :class:`DocumentBuilder` joins the blocks
with blank lines into one string, folding white space, and keeps for every block and
every inline link its ``[start, end)`` offsets into that string. Those offsets are the
spans of the output contract.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from .lexicon.quotes import APOSTROPHES, CONTRACTION_TAILS, LONE_OPENERS
from .models import SourceInfo

BlockKind = Literal["paragraph", "heading", "blockquote", "list_item", "preformatted"]

BLOCK_SEPARATOR = "\n\n"

# Characters that carry no text: zero-width marks, soft hyphen, BOM, C0/C1 controls.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_ASCII_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class InlineLink:
    """A link inside a block: target, anchor text and its offsets in ``Document.text``."""

    url: str
    text: str
    start: int
    end: int
    block: int
    image: bool = False


@dataclass(slots=True)
class Block:
    """One paragraph-like unit of the document, ``text == document.text[start:end]``."""

    text: str
    start: int
    end: int
    kind: BlockKind = "paragraph"
    level: int = 0
    hidden: bool = False
    index: int = 0
    links: list[InlineLink] = field(default_factory=list)


@dataclass(slots=True)
class Document:
    """A loaded release: the normalised text, its blocks, and what the loader saw."""

    text: str
    blocks: list[Block]
    source: SourceInfo
    links: list[InlineLink] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


Run = tuple[str, "str | None"]
"""A piece of block text and the link target it carries (or None)."""


def clean_text(s: str) -> str:
    """NFC-normalise, drop invisible characters, fold white space to single spaces."""
    if s.isprintable():  # (every invisible character is unprintable: nothing to drop)
        if not s.isascii() and not unicodedata.is_normalized("NFC", s):
            s = unicodedata.normalize("NFC", s)
    elif not s.isascii():
        if not unicodedata.is_normalized("NFC", s):
            s = unicodedata.normalize("NFC", s)
        s = _INVISIBLE.sub("", s)
    elif _ASCII_CONTROL.search(s):
        s = _INVISIBLE.sub("", s)
    return " ".join(s.split())


class DocumentBuilder:
    """Accumulates blocks from a loader and produces a :class:`Document`."""

    def __init__(self, source: SourceInfo, max_blocks: int = 20_000) -> None:
        self.source = source
        self.max_blocks = max_blocks
        self._parts: list[str] = []
        self._length = 0
        self._blocks: list[Block] = []
        self._links: list[InlineLink] = []
        self.truncated = False
        self.notes: list[str] = []

    def add_text(self, text: str, kind: BlockKind = "paragraph", level: int = 0,
                 hidden: bool = False) -> Block | None:
        """Add a block of plain text (no links)."""
        return self.add_runs([(text, None)], kind, level, hidden)

    def add_runs(self, runs: Sequence[tuple[str, str | None] | tuple[str, str | None, bool]],
                 kind: BlockKind = "paragraph", level: int = 0,
                 hidden: bool = False) -> Block | None:
        """Add a block made of runs; white space is folded across runs. Empty blocks are skipped."""
        if len(self._blocks) >= self.max_blocks:
            self.truncated = True
            return None
        if len(runs) == 1 and runs[0][1] is None:  # the common case: plain text, no link
            body = clean_text(runs[0][0])
            return self._append(body, kind, level, hidden) if body else None
        pieces: list[str] = []
        pending: list[tuple[int, int, str, str, bool]] = []
        length = 0
        need_space = False
        for run in runs:
            raw, url = run[0], run[1]
            image = len(run) > 2 and bool(run[2])
            lead_space = bool(raw[:1].isspace())
            tail_space = bool(raw[-1:].isspace())
            text = clean_text(raw)
            if not text:
                need_space = need_space or lead_space or tail_space
                if url and image:
                    pending.append((length, length, url, "", True))
                continue
            if length and (need_space or lead_space):
                pieces.append(" ")
                length += 1
            start = length
            pieces.append(text)
            length += len(text)
            if url:
                pending.append((start, length, url, text, image))
            need_space = tail_space
        body = "".join(pieces)
        if not body and not pending:
            return None
        if not body:
            # An image-only block: keep its links, with an empty span at the last offset.
            for _s, _e, url, text, image in pending:
                self._links.append(InlineLink(url, text, self._length, self._length,
                                              max(len(self._blocks) - 1, 0), image))
            return None
        block = self._append(body, kind, level, hidden)
        for s, e, url, text, image in pending:
            link = InlineLink(url, text, block.start + s, block.start + e, block.index, image)
            block.links.append(link)
            self._links.append(link)
        return block

    def _append(self, body: str, kind: BlockKind, level: int, hidden: bool) -> Block:
        """Add a block of cleaned, non-empty text after the blocks so far."""
        if self._parts:
            self._parts.append(BLOCK_SEPARATOR)
            self._length += len(BLOCK_SEPARATOR)
        offset = self._length
        block = Block(body, offset, offset + len(body), kind, level, hidden, len(self._blocks))
        self._parts.append(body)
        self._length += len(body)
        self._blocks.append(block)
        return block

    def build(self) -> Document:
        """The finished document."""
        text = "".join(self._parts)
        return Document(text, self._blocks, self.source, self._links, self.notes)


def join_lines(lines: Sequence[str]) -> str:
    """Join hard-wrapped lines into one paragraph, mending words hyphenated at a break."""
    out: list[str] = []
    for line in lines:
        s = line.strip()
        if not s:
            continue
        if out and out[-1].endswith("-") and len(out[-1]) > 1 and out[-1][-2].isalpha() \
                and s[:1].islower():
            # "sole-\nmanaged" keeps its hyphen: compound words are far more common in
            # releases than syllable breaks, and dropping a real hyphen changes the word.
            out[-1] = out[-1] + s
        elif out and glued_at_break(out[-1], s):
            out[-1] = out[-1] + s
        else:
            out.append(s)
    return " ".join(out)


def glued_at_break(previous: str, line: str) -> bool:
    """Two lines a page flattening cut with no space between them: after a lone opening
    mark ('“' / 'This …') or inside a word after its apostrophe ('defendant’' / 's …')."""
    if previous in LONE_OPENERS:
        return True
    return previous[-1:] in APOSTROPHES and previous[-2:-1].isalpha() \
        and line.split(" ", 1)[0].rstrip(".,;:!?\"”’") in CONTRACTION_TAILS


__all__ = [
    "BLOCK_SEPARATOR",
    "Block",
    "BlockKind",
    "Document",
    "DocumentBuilder",
    "InlineLink",
    "Run",
    "clean_text",
    "glued_at_break",
    "join_lines",
]
