"""Extractors: each reads the Document and its Layout and returns output models.

Run order (see ``api.parse``): layout (headline, label, body, duplicates) → language →
dateline → quotations and speakers → statistics → contacts → links. Each module has
one public function ``extract_x(doc, layout, options)``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..document import Block, Document


@dataclass(slots=True)
class Layout:
    """Where the release's parts are in the Document: the result of ``layout.find_layout``."""

    headline: str | None = None
    headline_block: int | None = None
    subheadline: str | None = None
    subheadline_block: int | None = None
    label: str | None = None
    body: list[int] = field(default_factory=list)
    """Block indices of the body, in reading order, repeats and boilerplate removed."""
    boilerplate: set[int] = field(default_factory=set)
    """Block indices judged navigation, share bars, subscription footers, copyright."""
    duplicates_removed: int = 0
    language: str | None = None
    _position: dict[int, int] = field(default_factory=dict, repr=False)
    derived: dict[str, object] = field(default_factory=dict, repr=False)
    """Per-document results that several extractors need (computed once, by the first)."""

    def body_blocks(self, doc: Document) -> list[Block]:
        """The body blocks themselves; ``paragraphs[i]`` of the output is ``body_blocks[i]``."""
        return [doc.blocks[i] for i in self.body]

    def paragraph_of(self, block_index: int) -> int | None:
        """Index into the output paragraphs of a block, or None when not in the body."""
        if len(self._position) != len(self.body):
            self._position = {b: i for i, b in enumerate(self.body)}
        return self._position.get(block_index)


__all__ = ["Layout"]
