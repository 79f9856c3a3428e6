"""The phone region of a release: the caller's hint, then e-mail and URL domains, the
dateline's country, the domains its links point to, the language, and "US" last."""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

from ..document import Document
from ..lexicon.contacts import DATELINE_REGIONS, REGION_BY_LANGUAGE, REGION_BY_TLD
from ..options import Options
from . import Layout

_MAIL_TLD = re.compile(r"@[A-Za-z0-9.-]{1,200}\.([A-Za-z]{2,6})\b")
_DATELINE = re.compile(r"^[\s*_]{0,3}([A-ZÀ-Ü][A-Za-zÀ-ü .'-]{1,40}?)\s?[,(–—-]")
_FALLBACK = "US"


def guess_regions(doc: Document, layout: Layout, options: Options) -> list[str]:
    """Regions to read national phone numbers in, most likely first (no repeats)."""
    found: list[str | None] = [options.default_region.upper() if options.default_region else None]
    found += _tld_regions(doc)
    found.append(_dateline_region(doc, layout))
    found.append(_link_region(doc))
    lang = layout.language or (options.languages[0] if options.languages else None)
    found.append(REGION_BY_LANGUAGE.get((lang or "").lower()[:2]))
    found.append(_FALLBACK)
    out: list[str] = []
    for r in found:
        if r and r not in out:
            out.append(r)
    return out


def _tld_regions(doc: Document) -> list[str | None]:
    """Regions of the country-code domains of the release's e-mails, then of its URL."""
    counts = Counter(REGION_BY_TLD.get(m.group(1).lower()) for m in _MAIL_TLD.finditer(doc.text))
    counts.pop(None, None)
    out: list[str | None] = [r for r, _ in counts.most_common(2)]
    try:
        host = urlsplit(doc.source.url or "").hostname or ""
    except ValueError:  # a malformed URL gives no region
        host = ""
    out.append(REGION_BY_TLD.get(host.rsplit(".", 1)[-1]) if "." in host else None)
    return out


def _link_region(doc: Document) -> str | None:
    """The country-code domain most of the release's links point to (gov.uk, nhs.uk)."""
    counts: Counter[str | None] = Counter()
    for link in doc.links[:200]:
        try:
            host = urlsplit(link.url).hostname or ""
        except ValueError:
            continue
        if "." in host:
            counts[REGION_BY_TLD.get(host.rsplit(".", 1)[-1])] += 1
    counts.pop(None, None)
    return counts.most_common(1)[0][0] if counts else None


def _dateline_region(doc: Document, layout: Layout) -> str | None:
    """The country of a dateline city printed at the start of the first body blocks."""
    for idx in layout.body[:6]:
        m = _DATELINE.match(doc.blocks[idx].text)
        if m:
            region = DATELINE_REGIONS.get(m.group(1).strip().lower())
            if region:
                return region
    return None


__all__ = ["guess_regions"]
