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
from bisect import bisect_right, insort
from dataclasses import dataclass
from urllib.parse import SplitResult, urljoin, urlsplit

from pydantic import TypeAdapter

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
from ..models import Link, LinkKind
from ..options import Options
from . import Layout
from ._channels import email_matches
from ._contact_sections import release_sections
from ._zones import outside_release
from .figure_patterns import trie


def _contains_any(parts: tuple[str, ...] | frozenset[str]) -> re.Pattern[str]:
    """A pattern whose ``search`` tells whether a text holds any of ``parts`` (as
    ``any(p in text for p in parts)`` would, in one pass of a prefix tree)."""
    return re.compile(trie(parts))


_LINKS = TypeAdapter(list[Link])
_SHARE_URL = _contains_any(SHARE_URL_PARTS)
_TRACKING_URL = _contains_any(TRACKING_URL_PARTS)
_SUBSCRIPTION_WORD = _contains_any(SUBSCRIPTION_WORDS)
_SUBSCRIPTION_URL = _contains_any(SUBSCRIPTION_URL_PARTS)
_DOCUMENT_TEXT = _contains_any(DOCUMENT_TEXTS)
_NAVIGATION_URL = _contains_any(NAVIGATION_URL_PARTS)
_CONTACT_URL = _contains_any(CONTACT_URL_PARTS)
_TEMPLATE_MARK = _contains_any(TEMPLATE_MARKS)
_URL = re.compile(r"(?i)\b(?:https?://|ftp://|www\.)[^\s<>\"'`{}|\\^]{2,2000}")
_BARE_DOMAIN = re.compile(
    r"(?<![\w@./-])(?P<host>(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,4}"
    r"(?P<tld>[A-Za-z]{2,12}))(?P<path>/[^\s<>\"'`{}|\\^]{0,500})?(?![\w@-])"
)
_URL_PIECE = re.compile(r" [\w./?=&%#~+-]{1,500}")
_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_TLD_RUN = re.compile(r"[A-Za-z]{2,12}(?![A-Za-z])")
"""The letters after a host's last dot, as ``_BARE_DOMAIN`` reads its top-level domain."""
_CHAIN_GAP = 8
_HOST_REACH = 4 * 64
"""How far before its last dot a host of ``_BARE_DOMAIN`` can start (four labels)."""
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
    end, sections = release_sections(doc, layout)
    contact = {b.index for sec in sections for b, _ in sec}
    outside = outside_release(doc, layout, end) - contact
    nav_blocks = _navigation_runs(doc)
    found = [_Found(li.url, li.text, li.start, li.end, li.block, li.image) for li in doc.links]
    candidates = _candidate_blocks(doc)
    for b in doc.blocks:
        if candidates is None or b.index in candidates:
            found += _bare_links(b)
    best: dict[str, tuple[LinkKind, _Found]] = {}
    nav_prefixed: dict[int, bool] = {}
    for f in _merge_runs(found, doc.text):
        url = _absolute(f.url, base) if f.anchored else f.url
        block = doc.blocks[f.block] if f.block < len(doc.blocks) else None
        kind = _kind(f, url, block, _nav_prefixed(block, nav_prefixed))
        if kind in _CONTENT_KINDS and (f.block in outside or f.block in nav_blocks) \
                and kind != "document" and not _is_source_text(f.label or f.text):
            kind = "navigation"
        elif kind == "source" and f.block in contact:
            kind = "contact"
        prev = best.get(url)
        if prev is None or (prev[0] not in _CONTENT_KINDS and kind in _CONTENT_KINDS):
            best[url] = (kind, f)
    found_in_order = sorted(best.items(), key=lambda item: item[1][1].start)
    return _LINKS.validate_python([  # one validation for all: cheaper than a model each
        {"url": url, "text": f.text or None, "kind": kind,
         "span": {"start": f.start, "end": f.end}} for url, (kind, f) in found_in_order])


def _nav_prefixed(block: Block | None, cache: dict[int, bool]) -> bool:
    """True when a block opens with a navigation prefix ("Related:"); computed once a block."""
    if block is None:
        return False
    known = cache.get(block.index)
    if known is None:
        known = cache[block.index] = block.text.strip().lower().startswith(NAVIGATION_PREFIXES)
    return known


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
    taken = _Taken.over(text, [(li.start - block.start, li.end - block.start)
                               for li in block.links])
    for m in email_matches(text) if "@" in text else ():
        taken.add(m.start(), m.end())
    out: list[_Found] = []
    url_from = _url_scan_start(text)
    for m in _URL.finditer(text, url_from) if url_from >= 0 else ():
        raw = _rejoin(text, m.start(), _trim(m.group()))
        if taken.free(m.start(), m.start() + len(raw)) and "." in raw:
            found = _bare(block, m.start(), raw)
            found.url = raw.replace(" ", "")
            broken = _BROKEN_MARKDOWN.search(text, max(0, m.start() - 300), m.start())
            if broken:
                found.label, found.image = broken.group("label"), bool(broken.group("bang"))
            out.append(found)
            taken.add(m.start(), m.start() + len(raw))
    domain_from = _domain_scan_start(text, taken)
    if domain_from >= 0:
        out += _bare_domains(block, taken, domain_from)
    return out


def _candidate_blocks(doc: Document) -> set[int] | None:
    """Indices of the blocks that may hold a bare link, from one pass over the whole text:
    a "http", "ftp:" or "www." (any case) or a dot before a known top-level domain; None
    when lower-casing moved offsets (then every block is read)."""
    text = doc.text
    low = text.lower()
    if len(low) != len(text) or not doc.blocks:
        return None
    hits: list[int] = []
    for mark in ("http", "ftp:", "www."):
        i = low.find(mark)
        while i != -1:
            hits.append(i)
            i = low.find(mark, i + 1)
    i = text.find(".", 1)
    while i != -1:
        if text[i - 1] in _HOST_CHARS:
            tld = _TLD_RUN.match(text, i + 1)
            if tld is not None and tld.group().lower() in BARE_DOMAIN_TLDS:
                hits.append(i)
        i = text.find(".", i + 1)
    starts = [b.start for b in doc.blocks]
    out: set[int] = set()
    for pos in hits:
        k = bisect_right(starts, pos) - 1
        if k >= 0 and pos < doc.blocks[k].end:
            out.add(doc.blocks[k].index)
    return out


def _url_scan_start(text: str) -> int:
    """Where the URL scan may start: the first "http", "ftp:" or "www." in any case (0
    when lower-casing moved offsets), or -1 when there is none."""
    low = text.lower()
    hits = [i for i in (low.find("http"), low.find("ftp:"), low.find("www.")) if i >= 0]
    if not hits:
        return -1
    return min(hits) if len(low) == len(text) else 0


def _domain_scan_start(text: str, taken: _Taken) -> int:
    """Where the bare-domain scan may start (a host's reach before the first dot between
    an ASCII letter or digit and a letter), or -1 when no such dot outside the taken
    ranges is followed by a known top-level domain, as every kept "host.tld" has."""
    first = -1
    i = text.find(".", 1)
    while i != -1:
        if text[i - 1] in _HOST_CHARS:
            tld = _TLD_RUN.match(text, i + 1)
            if first < 0 and text[i + 1:i + 2].isascii() and text[i + 1:i + 2].isalpha():
                first = i
            if tld is not None and tld.group().lower() in BARE_DOMAIN_TLDS \
                    and taken.free(i, i + 1):
                return max(0, first - _HOST_REACH)
        i = text.find(".", i + 1)
    return -1


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


def _bare_domains(block: Block, taken: _Taken, pos: int = 0) -> list[_Found]:
    """Bare domains ("bek.tv") that a cue word before them makes addresses (the scan
    from ``pos``, before which none starts)."""
    text = block.text
    out: list[_Found] = []
    for m in _BARE_DOMAIN.finditer(text, pos):
        raw = _trim(m.group())
        start, end = m.start(), m.start() + len(raw)
        if m.group("tld").lower() not in BARE_DOMAIN_TLDS or not taken.free(start, end):
            continue
        if not m.group("tld").islower() and not m.group("tld").isupper():
            continue
        cue = _CUE_BEFORE.search(text[max(0, start - 24):start])
        chained = cue is not None and cue.group("cue").lower() in _CONJUNCTIONS
        if cue is None or (chained and not taken.ends_near(start)):
            continue
        out.append(_bare(block, start, raw))
        taken.add(start, end)
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


@dataclass(slots=True)
class _Taken:
    """The ranges of a block's text already read as links or addresses, kept as marks per
    character so that every test costs the length of the range tested, not the number
    of ranges (a block full of addresses stays linear)."""

    cover: bytearray
    """1 on every character inside a non-empty taken range."""
    ends: bytearray
    """1 at ``end + _CHAIN_GAP`` of every taken range."""
    points: list[int]
    """Positions of empty taken ranges (an anchor without text), sorted."""

    @classmethod
    def over(cls, text: str, ranges: list[tuple[int, int]]) -> _Taken:
        """The taken marks of a text with the given ranges taken."""
        taken = cls(bytearray(len(text) + 1), bytearray(len(text) + _CHAIN_GAP + 2), [])
        for s, e in ranges:
            taken.add(s, e)
        taken.points.sort()
        return taken

    def add(self, start: int, end: int) -> None:
        """Take ``[start, end)``."""
        size = len(self.cover) - 1
        if start == end and 0 <= start <= size:
            insort(self.points, start)
        elif start < end:
            s, e = max(0, start), min(size, end)
            if s < e:
                self.cover[s:e] = b"\1" * (e - s)
        if -_CHAIN_GAP <= end <= size:
            self.ends[end + _CHAIN_GAP] = 1

    def free(self, start: int, end: int) -> bool:
        """True when non-empty ``[start, end)`` overlaps none of the taken ranges."""
        if self.cover.find(1, max(0, start), end) != -1:
            return False
        i = bisect_right(self.points, start)
        return i == len(self.points) or self.points[i] >= end

    def ends_near(self, start: int) -> bool:
        """True when a taken range ends at most ``_CHAIN_GAP`` characters before ``start``
        ("acme.io and bek.tv": the second domain chained to the first)."""
        base = start + _CHAIN_GAP
        return self.ends.find(1, max(0, base - _CHAIN_GAP), base + 1) != -1


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
def _kind(f: _Found, url: str, block: Block | None, nav_prefixed: bool) -> LinkKind:
    """What a link is for, read from its target, anchor text and the words before it;
    ``nav_prefixed`` tells whether its block opens with a navigation prefix."""
    low = url.lower()
    text = (f.label or f.text or "").strip().lower()
    block_text = block.text if block is not None else ""
    at = f.start - block.start if block is not None else 0
    lead_in = block_text[max(0, at - _LEAD_IN):at].lower()
    split = _parts(low if "://" in low else "//" + low)
    if _placeholder(low):
        return "placeholder"
    if _SHARE_URL.search(low):
        return "social"
    if low.startswith(("mailto:", "tel:", "callto:", "sms:")):
        return "contact"
    if f.image or split.path.endswith(IMAGE_EXTENSIONS) or _image_text(text):
        return "image"
    if _TRACKING_URL.search(low):
        return "tracking"
    if _social_host(split) and not (_in_prose(f, block_text) and _deep(low)):
        return "social"
    words = text + "\0" + lead_in  # no word spans the NUL
    if _SUBSCRIPTION_WORD.search(words) \
            or _SUBSCRIPTION_URL.search(low):
        return "subscription"
    if nav_prefixed:
        return "navigation"
    return _content_kind(low, text, split)


def _content_kind(low: str, text: str, split: SplitResult) -> LinkKind:
    """Kinds of links that are not chrome by their target alone (``split``: the parts
    of the lower-cased target read with a host)."""
    if split.path.endswith(DOCUMENT_EXTENSIONS) or _DOCUMENT_TEXT.search(text):
        return "document"
    if _is_source_text(text):
        return "source"
    key = text.strip(" .:»›>←→«‹<|")
    if key in NAVIGATION_TEXTS or key.startswith(NAVIGATION_PREFIXES) or (
            _NAVIGATION_URL.search(low + "/") and not _printed_host(low, text)):
        return "navigation"
    if _CONTACT_URL.search(low):
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


_MEDIA_JOINERS = (" and ", " und ", " et ", " y ", " e ", " en ", " och ", " & ")


def _image_text(text: str) -> bool:
    """An anchor naming an image ('Download photo', 'Logo Sustainable Award'); a longer
    one that joins another medium ('images and a short animated film') names a folder."""
    if not text.startswith(IMAGE_TEXTS):
        return False
    return len(text.split()) <= 4 or not any(j in text for j in _MEDIA_JOINERS)


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
            or _TEMPLATE_MARK.search(low) is not None)


def _social_host(split: SplitResult) -> bool:
    """True for a link to a social network (any subdomain of its hosts)."""
    host = _host(split)
    parts = host.split(".")
    return any(".".join(parts[i:]) in SOCIAL_HOSTS for i in range(len(parts) - 1))


def _homepage(low: str, text: str) -> bool:
    """A site's front page: no path, or anchor text that is the bare address."""
    parts = _address_parts(low)
    host = _host(parts)
    if host and parts.path.strip("/") == "" and not parts.query:
        return True
    return _names_host(text, host)


def _address_parts(low: str) -> SplitResult:
    """The parts of a lower-cased target, a bare "example.org/x" read as a host."""
    return _parts(low if "://" in low or low.startswith("/") else "//" + low)


def _printed_host(low: str, text: str) -> bool:
    """Anchor text that prints the target's address ('events.example.org'): the release
    names the site in its prose, so the link is content whatever its path."""
    return _names_host(text, _host(_address_parts(low)))


def _names_host(text: str, host: str) -> bool:
    """The anchor text (one dotted word) is the host, "www." and a final slash aside."""
    if "." not in text or " " in text:
        return False
    host = host.removeprefix("www.")
    return bool(host) and text.removeprefix("www.").rstrip("/") == host


def _is_source_text(text: str | None) -> bool:
    """Anchor text of an aggregator's link back to the original release."""
    low = (text or "").strip().lower()
    return low.startswith(SOURCE_TEXTS)


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
