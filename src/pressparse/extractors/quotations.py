"""Who said what: quotations, their speakers, titles and speech verbs."""

from __future__ import annotations

from ..document import Document
from ..models import Quotation, Speaker
from ..options import Options
from . import Layout


def extract_quotations(doc: Document, layout: Layout,
                       options: Options) -> tuple[list[Speaker], list[Quotation]]:
    """Speakers and the quotations attributed to them (to be built: issue 'Who said what')."""
    return [], []
