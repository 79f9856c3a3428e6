"""Dateline: place and date (placeholder)."""

from __future__ import annotations

from ..document import Document
from ..models import Dateline
from ..options import Options
from . import Layout


def extract_dateline(doc: Document, layout: Layout, options: Options) -> Dateline | None:
    """Place and date of the release, or None."""
    return None
