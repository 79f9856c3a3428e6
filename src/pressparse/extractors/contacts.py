"""Contacts: press contact people, organisations, e-mails and phones."""

from __future__ import annotations

from ..document import Document
from ..models import Contact
from ..options import Options
from . import Layout


def extract_contacts(doc: Document, layout: Layout, options: Options) -> list[Contact]:
    """Press contacts (to be built: issue 'Facts and channels')."""
    return []
