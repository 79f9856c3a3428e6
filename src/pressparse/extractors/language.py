"""Language of a release (placeholder)."""

from __future__ import annotations

from ..document import Document
from ..options import Options
from . import Layout


def detect_language(doc: Document, layout: Layout, options: Options) -> str | None:
    """ISO 639-1 code of the body's language, or None."""
    return options.languages[0] if options.languages else None
