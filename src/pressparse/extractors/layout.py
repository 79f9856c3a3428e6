"""Layout: headline, sub-headline, label and body of a release (placeholder)."""

from __future__ import annotations

from ..document import Document
from ..options import Options
from . import Layout


def find_layout(doc: Document, options: Options) -> Layout:
    """Every block is body (placeholder until the layout rules land)."""
    return Layout(body=list(range(len(doc.blocks))))
