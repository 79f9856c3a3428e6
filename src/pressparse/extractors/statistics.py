"""Statistics: the numbers a release reports, with value, unit and context."""

from __future__ import annotations

from ..document import Document
from ..models import Statistic
from ..options import Options
from . import Layout


def extract_statistics(doc: Document, layout: Layout, options: Options) -> list[Statistic]:
    """Figures reported in the body (to be built: issue 'Facts and channels')."""
    return []
