"""Links: every link in the release, each with its kind."""

from __future__ import annotations

from ..document import Document
from ..models import Link
from ..options import Options
from . import Layout


def extract_links(doc: Document, layout: Layout, options: Options) -> list[Link]:
    """Links with their kinds (to be built: issue 'Facts and channels')."""
    return []
