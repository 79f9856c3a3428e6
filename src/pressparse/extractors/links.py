"""Links: every link in the release, each with its kind.

Links come from the loader's anchors and markdown links (``doc.links``) and from bare
addresses in block text: ``http(s)://…``, ``www.…``, and a bare domain ("acme.io") where
a cue word before it ("visit", "unter") makes it an address. Each is classified by its
target and anchor text (placeholder, image, social, subscription, tracking, document,
navigation, contact, homepage, source) and by where it stands: outside the release (the
layout's boilerplate, before the headline, the page's trailing chrome) or in a block of
navigation labels, a link is navigation unless something more specific is known; in a
contact section it is a contact link.
De-duplicated by target; a link seen both in the release and in the chrome keeps the
release's kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import SplitResult, urljoin, urlsplit

from ..document import Block, Document, InlineLink
from ..lexicon.links import (
    BARE_DOMAIN_CUES,
    BARE_DOMAIN_TLDS,
    CONTACT_URL_PARTS,
    DOCUMENT_EXTENSIONS,
    DOCUMENT_TEXTS,
    IMAGE_EXTENSIONS,
    IMAGE_TEXTS,
    NAVIGATION_PREFIXES,
    NAVIGATION_TEXTS,
    NAVIGATION_URL_PARTS,
    SHARE_URL_PARTS,
    SOCIAL_HOSTS,
    SOURCE_TEXTS,
    SUBSCRIPTION_URL_PARTS,
    SUBSCRIPTION_WORDS,
    TEMPLATE_MARKS,
    TRACKING_URL_PARTS,
)
from ..models import Link, LinkKind, Span
from ..options import Options
from . import Layout
from ._channels import EMAIL
from ._contact_sections import find_sections
from ._zones import chrome_start, outside_release

_URL = re.compile(r"(?i)\b(?:https?://|ftp://|www\.)[^\s<>\"'`{}|\\^]{2,2000}")
_BARE_DOMAIN = re.compile(
    r"(?<![\w@./-])(?P<host>(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,4}"
    r"(?P<tld>[A-Za-z]{2,12}))(?P<path>/[^\s<>\"'`{}|\\^]{0,500})?(?![\w@-])"
)
_URL_PIECE = re.compile(r" [\w./?=&%#~+-]{1,500}")
_MAX_REJOINS = 4
_BROKEN_MARKDOWN = re.compile(r"(?P<bang>!?)\[(?P<label>[^\[\]]{0,300})\]\($")
_TRAILING = ".,;:!?'\"’”»)]}*"
_CUE_BEFORE = re.compile(
    r"(?i)(?:^|[\s(])(?P<cue>" + "|".join(re.escape(c) for c in sorted(
        BARE_DOMAIN_CUES, key=len, reverse=True)) + r")[\s:]{1,3}$"
)
_CONJUNCTIONS = frozenset({"and", "or", "und", "et", "y", "e", "oder", "ou", "o", "&"})
_CONTENT_KINDS = ("source", "document", "contact", "homepage")
_NAV_WORDS_MAX = 3
_LEAD_IN = 40
_NAV_RUN_MIN = 4
_NAV_DEPTH = 2
_PROSE_WORDS = 12


@dataclass(slots=True)
class _Found:
    """A link occurrence before de-duplication."""

    url: str
    text: str
    start: int
    end: int
    block: int
    image: bool = False
    anchored: bool = True
    label: str | None = None
    """Anchor text of a markdown link the loader left unparsed ("[Reddit Post](https://…")."""


def extract_links(doc: Document, layout: Layout, options: Options) -> list[Link]:
    """Every link of the document with its kind, de-duplicated by target."""
    base = doc.source.url or options.base_url
    contact = {b.index for sec in find_sections(doc, layout, chrome_start(doc, layout))
               for b, _ in sec}
    outside = outside_release(doc, layout) - contact
    nav_blocks = _navigation_runs(doc)
    found = [_Found(li.url, li.text, li.start, li.end, li.block, li.image) for li in doc.links]
    for block in doc.blocks:
        found += _bare_links(block)
    best: dict[str, Link] = {}
    for f in _merge_runs(found, doc.text):
        url = _absolute(f.url, base) if f.anchored else f.url
        kind = _kind(f, url, doc.blocks[f.block] if f.block < len(doc.blocks) else None)
        if kind in _CONTENT_KINDS and (f.block in outside or f.block in nav_blocks) \
                and kind != "document" and not _is_source_text(f.label or f.text):
            kind = "navigation"
        elif kind == "source" and f.block in contact:
            kind = "contact"
        link = Link(url=url, text=f.text or None, kind=kind, span=Span(start=f.start, end=f.end))
        prev = best.get(url)
        if prev is None or (prev.kind not in _CONTENT_KINDS and kind in _CONTENT_KINDS):
            best[url] = link
    return sorted(best.values(), key=lambda lk: lk.span.start if lk.span else 0)


def _merge_runs(found: list[_Found], text: str) -> list[_Found]:
    """Occurrences in reading order, one anchor split into runs ("Logo" + "Award") joined."""
    out: list[_Found] = []
    for f in sorted(found, key=lambda f: (f.start, f.end)):
        prev = out[-1] if out else None
        if prev and prev.anchored and f.anchored and prev.url == f.url \
                and prev.block == f.block and 0 <= f.start - prev.end <= 1:
            prev.end = f.end
            prev.text = text[prev.start:prev.end]
            prev.image = prev.image and f.image
            continue
        out.append(f)
    return out


# ----------------------------------------------------------------- bare links
def _bare_links(block: Block) -> list[_Found]:
    """Bare URLs, "www." addresses and cued bare domains in a block, outside its anchors
    and e-mail addresses."""
    text = block.text
    taken = [(li.start - block.start, li.end - block.start) for li in block.links]
    taken += [(m.start(), m.end()) for m in EMAIL.finditer(text)] if "@" in text else []
    out: list[_Found] = []
    for m in _URL.finditer(text):
        raw = _rejoin(text, m.start(), _trim(m.group()))
        if _free(taken, m.start(), m.start() + len(raw)) and "." in raw:
            found = _bare(block, m.start(), raw)
            found.url = raw.replace(" ", "")
            broken = _BROKEN_MARKDOWN.search(text, max(0, m.start() - 300), m.start())
            if broken:
                found.label, found.image = broken.group("label"), bool(broken.group("bang"))
            out.append(found)
            taken.append((m.start(), m.start() + len(raw)))
    if "." in text:
        out += _bare_domains(block, taken)
    return out


def _rejoin(text: str, start: int, raw: str) -> str:
    """A printed URL with the pieces a hard wrap cut off after a hyphen put back
    ("…/honda-" + " celebrates-40-years/"); the space stays in the printed text."""
    for _ in range(_MAX_REJOINS):
        end = start + len(raw)
        if not raw.endswith("-"):
            break
        more = _URL_PIECE.match(text, end)
        if more is None:
            break
        raw = raw + _trim(more.group())
    return raw


def _bare_domains(block: Block, taken: list[tuple[int, int]]) -> list[_Found]:
    """Bare domains ("bek.tv") that a cue word before them makes addresses."""
    text = block.text
    out: list[_Found] = []
    for m in _BARE_DOMAIN.finditer(text):
        raw = _trim(m.group())
        start, end = m.start(), m.start() + len(raw)
        if m.group("tld").lower() not in BARE_DOMAIN_TLDS or not _free(taken, start, end):
            continue
        if not m.group("tld").islower() and not m.group("tld").isupper():
            continue
        cue = _CUE_BEFORE.search(text[max(0, start - 24):start])
        chained = cue is not None and cue.group("cue").lower() in _CONJUNCTIONS
        if cue is None or (chained and not any(0 <= start - e <= 8 for _, e in taken)):
            continue
        out.append(_bare(block, start, raw))
        taken.append((start, end))
    return out


def _bare(block: Block, offset: int, raw: str) -> _Found:
    """A bare link found at ``offset`` in a block."""
    start = block.start + offset
    return _Found(raw, raw, start, start + len(raw), block.index, anchored=False)


def _trim(raw: str) -> str:
    """A printed address without the sentence punctuation after it (balanced brackets kept)."""
    while raw and raw[-1] in _TRAILING:
        if raw[-1] == ")" and raw.count("(") >= raw.count(")"):
            break
        raw = raw[:-1]
    return raw


def _free(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when ``[start, end)`` overlaps none of the taken ranges."""
    return all(end <= s or start >= e for s, e in taken)


def _absolute(url: str, base: str | None) -> str:
    """A link target made absolute against the page's base, when the page gives one."""
    url = url.strip()
    if not base or url.startswith(("#", "mailto:", "tel:", "javascript:", "data:")):
        return url
    if _parts(url).scheme:
        return url
    try:
        return urljoin(base, url)
    except ValueError:
        return url


# ------------------------------------------------------------------ kinds
def _kind(f: _Found, url: str, block: Block | None) -> LinkKind:
    """What a link is for, read from its target, anchor text and the words before it."""
    low = url.lower()
    text = (f.label or f.text or "").strip().lower()
    block_text = block.text if block is not None else ""
    at = f.start - block.start if block is not None else 0
    lead_in = block_text[max(0, at - _LEAD_IN):at].lower()
    if _placeholder(low):
        return "placeholder"
    if any(p in low for p in SHARE_URL_PARTS):
        return "social"
    if low.startswith(("mailto:", "tel:", "callto:", "sms:")):
        return "contact"
    if f.image or _path_ends(low, IMAGE_EXTENSIONS) or _image_text(text):
        return "image"
    if any(p in low for p in TRACKING_URL_PARTS):
        return "tracking"
    if _social_host(low) and not (_in_prose(f, block_text) and _deep(low)):
        return "social"
    if any(w in text or w in lead_in for w in SUBSCRIPTION_WORDS) \
            or any(p in low for p in SUBSCRIPTION_URL_PARTS):
        return "subscription"
    if block_text.strip().lower().startswith(NAVIGATION_PREFIXES):
        return "navigation"
    return _content_kind(low, text)


def _content_kind(low: str, text: str) -> LinkKind:
    """Kinds of links that are not chrome by their target alone."""
    if _path_ends(low, DOCUMENT_EXTENSIONS) or any(w in text for w in DOCUMENT_TEXTS):
        return "document"
    if _is_source_text(text):
        return "source"
    key = text.strip(" .:»›>←→«‹<|")
    if key in NAVIGATION_TEXTS or key.startswith(NAVIGATION_PREFIXES) \
            or any(p in low for p in NAVIGATION_URL_PARTS):
        return "navigation"
    if any(p in low for p in CONTACT_URL_PARTS):
        return "contact"
    if _homepage(low, text):
        return "homepage"
    return "source"


def _parts(url: str) -> SplitResult:
    """The parts of a URL; a malformed one ("http://[x") reads as a bare path."""
    try:
        return urlsplit(url)
    except ValueError:
        return SplitResult("", "", url, "", "")


def _host(parts: SplitResult) -> str:
    """The host name of split URL parts, or "" (a malformed port or address gives "")."""
    try:
        return parts.hostname or ""
    except ValueError:
        return ""


def _image_text(text: str) -> bool:
    """A short anchor naming an image ('Download photo', 'Logo'); a longer one that only
    opens with the word ('images and a short animated film') names a media folder."""
    return text.startswith(IMAGE_TEXTS) and len(text.split()) <= 4


def _in_prose(f: _Found, block_text: str) -> bool:
    """An anchor inside a sentence: its block is long and mostly other words."""
    return len(block_text.split()) >= _PROSE_WORDS and (f.end - f.start) < 0.5 * len(block_text)


def _deep(low: str) -> bool:
    """A link to one item (a video, a post) rather than a profile: a query or two or more
    path segments."""
    parts = _parts(low)
    return bool(parts.query) or len([p for p in parts.path.split("/") if p]) >= 2


def _placeholder(low: str) -> bool:
    """Empty, "#", "javascript:" and unexpanded template variables."""
    return (not low.strip() or low.startswith(("#", "javascript:"))
            or any(m in low for m in TEMPLATE_MARKS))


def _path_ends(low: str, extensions: tuple[str, ...]) -> bool:
    """True when the URL's path ends with one of the extensions."""
    path = _parts(low if "://" in low else "//" + low).path
    return path.endswith(extensions)


def _social_host(low: str) -> bool:
    """True for a link to a social network (any subdomain of its hosts)."""
    host = _host(_parts(low if "://" in low else "//" + low))
    parts = host.split(".")
    return any(".".join(parts[i:]) in SOCIAL_HOSTS for i in range(len(parts) - 1))


def _homepage(low: str, text: str) -> bool:
    """A site's front page: no path, or anchor text that is the bare address."""
    parts = _parts(low if "://" in low or low.startswith("/") else "//" + low)
    host = _host(parts)
    if host and parts.path.strip("/") == "" and not parts.query:
        return True
    host = host.removeprefix("www.")
    return bool(host) and text.removeprefix("www.").rstrip("/") == host


def _is_source_text(text: str | None) -> bool:
    """Anchor text of an aggregator's link back to the original release."""
    low = (text or "").strip().lower()
    return any(low.startswith(s) for s in SOURCE_TEXTS)


# ------------------------------------------------------------- navigation
def _navigation_runs(doc: Document) -> set[int]:
    """Blocks in runs of at least four blocks that are each short anchors to site
    sections (a menu)."""
    out: set[int] = set()
    run: list[int] = []
    for block in [*doc.blocks, None]:
        if block is not None and _label_block(block):
            run.append(block.index)
            continue
        if len(run) >= _NAV_RUN_MIN:
            out.update(run)
        run = []
    return out


def _label_block(block: Block) -> bool:
    """A block that is nothing but one or two short anchors ("Home", "Press")."""
    if not block.links or len(block.text.split()) > _NAV_WORDS_MAX * len(block.links):
        return False
    covered = sum(li.end - li.start for li in _distinct(block.links))
    return covered >= 0.8 * len(block.text) and all(
        len(li.text.split()) <= _NAV_WORDS_MAX and _shallow(li.url) for li in block.links)


def _shallow(url: str) -> bool:
    """A site section rather than a page: a path of at most two segments, no query
    ("/ferries", "/about/team"); a menu links there, a list of documents deeper."""
    parts = _parts(url)
    return not parts.query and len([p for p in parts.path.split("/") if p]) <= _NAV_DEPTH


def _distinct(links: list[InlineLink]) -> list[InlineLink]:
    """Anchors with distinct spans (an anchor split into runs counts once per run)."""
    seen: set[tuple[int, int]] = set()
    out: list[InlineLink] = []
    for li in links:
        if (li.start, li.end) not in seen:
            seen.add((li.start, li.end))
            out.append(li)
    return out


__all__ = ["extract_links"]
