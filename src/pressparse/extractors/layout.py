"""Layout: which blocks are the headline, sub-headline, label and body of the release.

Evidence, strongest first: a block that repeats a title the source gives (front
matter, e-mail Subject, OpenGraph, JSON-LD, <title>, a page-title first line); the
first heading; the short block that follows a label ("PRESS RELEASE") or precedes a
dateline lead. Blocks before the headline (teasers, photo captions, kickers) are not
body; nor are labels, date lines, page chrome and repeated paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Block, Document
from ..lexicon.layout import CAPTION_CREDITS
from ..options import Options
from . import Layout
from .blocks import (
    date_line_match,
    fold,
    fold_head,
    is_boilerplate,
    is_boilerplate_heading,
    is_end_mark,
    is_label,
    is_label_text,
    word_count,
)
from .dateline_patterns import place_date_line, starts_with_dateline
from .dedupe import find_duplicates

HEAD_WINDOW = 40
_LONGEST_TITLE = 400  # characters: a longer block is never a title
_TITLE_SPLIT = re.compile(r"\s[-|–—:·•»]{1,2}\s|\s::\s")
_ADDRESS_STARTS = ("http://", "https://", "www.")
_TERMINAL = re.compile(r"[.!?:;]$")
_PHONE_LIKE = re.compile(r"\+?\(?\d{2,4}\)?[ ./-]\d{2,4}[ ./-]\d{2,5}")
_FIELD_LINE = re.compile(r"^(?:ort|location|place|lieu|lugar|luogo|plaats|место)[ \t]{0,3}:?[ \t]", re.I)
_BYLINE = re.compile(r"^(?:from|by|author|von|par|por|di|door|av|автор)[ \t]{0,2}:[ \t]", re.I)
_SECTION_LABEL = re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ &/-]{1,30}:$")
_CAPTION_END = re.compile(
    r"(?:^|[.!?)]\s)(?:" + "|".join(sorted(map(re.escape, CAPTION_CREDITS), key=len, reverse=True))
    + r")\s?:\s?\(?[^():.]{1,60}\)?\.?$", re.I)


def find_layout(doc: Document, options: Options) -> Layout:
    """Headline, sub-headline, label and body block indices of a Document."""
    blocks = doc.blocks
    chrome = _chrome(blocks)
    head = _headline_index(doc, chrome)
    layout = Layout(boilerplate=chrome)
    if head is not None:
        layout.headline_block = head
        layout.headline = blocks[head].text
    else:
        layout.headline = _metadata_title(doc)
    start = head + 1 if head is not None else 0
    layout.label = _label(blocks, head, chrome)
    layout.subheadline, start = _subheadline(blocks, start, chrome, head is not None)
    body = _body(blocks, start, chrome)
    layout.body, layout.duplicates_removed = _dedupe(blocks, body, start)
    return layout


# --------------------------------------------------------------------- chrome
def _chrome(blocks: list[Block]) -> set[int]:
    """Indices of boilerplate blocks: chrome phrases, chrome sections, menu runs."""
    out: set[int] = set()
    section_level: int | None = None
    for b in blocks:
        if b.kind == "heading":
            if is_boilerplate_heading(b):
                section_level = b.level or 6
                out.add(b.index)
                continue
            if section_level is not None and (b.level or 6) <= section_level:
                section_level = None
        if section_level is not None or is_boilerplate(b):
            out.add(b.index)
    out |= set(_menu_runs(blocks))
    out |= set(_late_sidebar(blocks))
    return out


def _late_sidebar(blocks: list[Block]) -> Iterator[int]:
    """In a flattened page, a "Recent News"-style label late in the text starts the sidebar
    and footer: everything after it is page chrome."""
    half = len(blocks) // 2
    for b in blocks[half:]:
        if b.kind == "paragraph" and word_count(b.text) <= 4 and is_boilerplate_heading(b) \
                and not _terminal(b.text):
            yield from range(b.index, len(blocks))
            return


def _menu_runs(blocks: list[Block]) -> Iterator[int]:
    """Runs of four or more one-to-four-word blocks with no contact details: menus."""
    run: list[int] = []
    for b in [*blocks, None]:
        if b is not None and _menu_item(b):
            run.append(b.index)
            continue
        if len(run) >= 4:
            yield from run
        run = []


def _menu_item(b: Block) -> bool:
    """A short label block of a menu; a printed web address is the release's own line."""
    t = b.text
    return (b.kind in ("paragraph", "list_item") and word_count(t) <= 4 and len(t) <= 40
            and not _terminal(t) and "@" not in t
            and sum(c.isdigit() for c in t) < 3 and not t.startswith(_ADDRESS_STARTS))


def _terminal(text: str) -> bool:
    """The text ends with end punctuation (searched in its last two characters: the mark
    and a final line break)."""
    return _TERMINAL.search(text, len(text) - 2) is not None


# -------------------------------------------------------------------- headline
def _title_candidates(doc: Document) -> list[str]:
    """Titles the source gives, folded, each also without a site-name part."""
    src = doc.source
    raw = [src.meta.get("title"), src.headers.get("Subject"), src.meta.get("og:title"),
           src.meta.get("jsonld:headline"), src.meta.get("twitter:title"), src.title]
    out: list[str] = []
    first = doc.blocks[0].text if doc.blocks else ""
    if src.format in ("text", "markdown") and word_count(first) <= 25 and not _terminal(first):
        # A flattened page whose first line is its <title>: "Headline - Site name".
        parts = _TITLE_SPLIT.split(first)[:-1] if _TITLE_SPLIT.search(first) else []
        out.extend(fold(part) for part in parts if word_count(part) >= 3)
    for t in raw:
        if not t:
            continue
        t = _clean_subject(t)
        for part in [t, *_TITLE_SPLIT.split(t)]:
            f = fold(part)
            if len(f) >= 12 and f not in out:
                out.append(f)
    return out


def _clean_subject(subject: str) -> str:
    from ..loaders.email import clean_subject

    return clean_subject(subject)


def _headline_index(doc: Document, chrome: set[int]) -> int | None:
    """The block that is the headline, or None when the body prints none."""
    blocks = doc.blocks[:HEAD_WINDOW]
    candidates = _title_candidates(doc)
    if candidates:
        heads: set[str | None] = {c[:1] for c in candidates} | {None}
        exact = [b.index for b in blocks if b.index not in chrome and not is_label(b)
                 and len(b.text) <= _LONGEST_TITLE and fold_head(b.text) in heads
                 and fold(b.text) in candidates]
        if exact:
            return max(exact, key=lambda i: (blocks[i].kind == "heading", -i))
    headings = [b for b in blocks if b.kind == "heading" and b.index not in chrome
                and not is_label(b) and word_count(b.text) >= 2]
    if headings:
        top = min(b.level for b in headings)
        return next(b.index for b in headings if b.level == top)
    return _headline_by_position(blocks, chrome, candidates)


def _headline_by_position(blocks: list[Block], chrome: set[int],
                          candidates: list[str]) -> int | None:
    """In plain text: the short block after a label or just before a dateline lead."""
    for b in blocks:
        if b.index in chrome or date_line_match(b):
            continue
        if is_label(b):
            nxt = _next_content(blocks, b.index + 1, chrome)
            while nxt is not None and _contact_like(blocks[nxt].text):
                nxt = _next_content(blocks, nxt + 1, chrome)
            if nxt is not None and _headline_like(blocks[nxt]):
                return nxt
            continue
        if starts_with_dateline(b.text):
            prev = _prev_content(blocks, b.index - 1, chrome)
            if prev is not None and _headline_like(blocks[prev]):
                return prev
            continue
    for b in blocks:
        if b.index in chrome or is_label(b) or date_line_match(b) or _contact_like(b.text):
            continue
        if _headline_like(b) and not any(fold(b.text) in c for c in candidates):
            nxt = _next_content(blocks, b.index + 1, chrome)
            if nxt is not None and word_count(blocks[nxt].text) > word_count(b.text):
                return b.index
        return None
    return None


def _headline_like(b: Block) -> bool:
    words = word_count(b.text)
    return (3 <= words <= 40 and not b.text.rstrip().endswith((".", ":", ";", ","))
            and not _contact_like(b.text))


def _contact_like(text: str) -> bool:
    """A line of contact details: an e-mail, a URL or a phone-length run of digits."""
    return "@" in text or "://" in text or bool(_PHONE_LIKE.search(text))


def _next_content(blocks: list[Block], start: int, chrome: set[int]) -> int | None:
    for b in blocks[start:]:
        if b.index not in chrome and not is_label(b) and not date_line_match(b):
            return b.index
    return None


def _prev_content(blocks: list[Block], start: int, chrome: set[int]) -> int | None:
    for i in range(start, -1, -1):
        b = blocks[i]
        if b.index not in chrome and not is_label(b) and not date_line_match(b):
            return i
    return None


def _metadata_title(doc: Document) -> str | None:
    """A headline from the source when the body prints none: front matter, Subject, og:title."""
    src = doc.source
    subject = src.headers.get("Subject")
    for t in (src.meta.get("title"), src.meta.get("jsonld:headline"), src.meta.get("og:title"),
              subject, src.title):
        if t and t.strip():
            clean = " ".join(_clean_subject(t).split())
            return (_without_kicker(clean) if t is subject else _without_site_name(clean)) or None
    return None


def _without_kicker(subject: str) -> str:
    """A Subject is the message's own title, not "Headline | Site": kept whole, save a
    kicker part at either end ("Press release - Headline")."""
    cuts = list(_TITLE_SPLIT.finditer(subject))
    if cuts and is_label_text(subject[:cuts[0].start()]):
        return subject[cuts[0].end():].strip()
    if cuts and is_label_text(subject[cuts[-1].end():]):
        return subject[:cuts[-1].start()].strip()
    return subject


def _without_site_name(title: str) -> str:
    """"Headline | Site | Section" → "Headline"; "Site - Headline" → "Headline"."""
    parts = [p.strip() for p in _TITLE_SPLIT.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    if word_count(parts[0]) >= 4:
        return parts[0]
    return max(parts, key=word_count)


# ------------------------------------------------------------ label, subhead
def _label(blocks: list[Block], head: int | None, chrome: set[int]) -> str | None:
    """The kicker printed near the headline."""
    stop = (head + 4) if head is not None else 8
    for b in blocks[:stop]:
        if b.index not in chrome and is_label(b):
            return b.text.strip(" *_#")
    return None


def _subheadline(blocks: list[Block], start: int, chrome: set[int],
                 has_head: bool) -> tuple[str | None, int]:
    """Sub-headline blocks right after the headline; returns (text, first body index)."""
    if not has_head:
        return None, start
    parts: list[str] = []
    i = start
    while i < len(blocks) and i < start + 12:
        b = blocks[i]
        if b.index in chrome or is_label(b) or date_line_match(b):
            i += 1
            continue
        if b.kind in ("heading", "list_item") and not starts_with_dateline(b.text):
            parts.append(b.text)
            i += 1
            continue
        if not parts and (_deck_like(blocks, i, chrome) or _standfirst(blocks, i, chrome)):
            parts.append(b.text)
            i += 1
        break
    if not parts:
        return None, start
    return "\n".join(parts), i


def _head_field(b: Block) -> bool:
    """A line of the head that is not prose: label, date line, place-and-date, field."""
    return bool(is_label(b) or date_line_match(b) or _SECTION_LABEL.match(b.text)
                or place_date_line(b.text) or _FIELD_LINE.match(b.text)
                or (_BYLINE.match(b.text) and word_count(b.text) <= 15))


def _deck_like(blocks: list[Block], i: int, chrome: set[int]) -> bool:
    """A short unpunctuated line under the headline, followed by longer text: a deck."""
    b = blocks[i]
    if b.kind != "paragraph" or not 4 <= word_count(b.text) <= 30:
        return False
    if _terminal(b.text.rstrip()) or b.text.rstrip().endswith((",", '"', "”", "»")):
        return False
    if starts_with_dateline(b.text) or _contact_like(b.text):
        return False
    nxt = _next_content(blocks, i + 1, chrome)
    while nxt is not None and _head_field(blocks[nxt]):
        nxt = _next_content(blocks, nxt + 1, chrome)
    return nxt is not None and word_count(blocks[nxt].text) > 2 * word_count(b.text)


def _standfirst(blocks: list[Block], i: int, chrome: set[int]) -> bool:
    """A summary paragraph under the headline: the dateline paragraph or the page's
    byline and date lines come after it."""
    b = blocks[i]
    if b.kind != "paragraph" or word_count(b.text) > 60 or starts_with_dateline(b.text):
        return False
    if _head_field(b):
        return False
    nxt = i + 1
    while nxt < len(blocks) and nxt in chrome:
        nxt += 1
    if nxt >= len(blocks):
        return False
    after = blocks[nxt]
    return starts_with_dateline(after.text) or bool(date_line_match(after)) or bool(
        _BYLINE.match(after.text)) or _opens_labelled_body(blocks, nxt, word_count(b.text))


def _opens_labelled_body(blocks: list[Block], i: int, words: int) -> bool:
    """An all-caps section label ('WHAT:') opening longer prose: the body starts there, so
    a short block before it is a standfirst."""
    if words > 30 or not _SECTION_LABEL.match(blocks[i].text.strip()) or i + 1 >= len(blocks):
        return False
    nxt = blocks[i + 1]
    return nxt.kind == "paragraph" and word_count(nxt.text) > words


# ------------------------------------------------------------------------ body
def _body(blocks: list[Block], start: int, chrome: set[int]) -> list[int]:
    """Body block indices from ``start``: no chrome, labels, end marks or head date lines."""
    out: list[int] = []
    for b in blocks[start:]:
        if b.index in chrome or is_end_mark(b):
            continue
        if not out and (_head_field(b) or _caption(b)):
            continue
        out.append(b.index)
    return out


def _caption(b: Block) -> bool:
    """A photo caption before the lead: it ends with its credit ('Photo Credit: (NASA)')."""
    return bool(_CAPTION_END.search(b.text[-120:]))


def _dedupe(blocks: list[Block], body: list[int], start: int) -> tuple[list[int], int]:
    """Body without repeats; the fuller copy takes the first copy's place.

    Blocks before the body start (an e-mail teaser) are compared too and count as
    removed when they repeat a body paragraph.
    """
    scope = [b for b in blocks[:start] if len(b.text) >= 40] + [blocks[i] for i in body]
    drop = find_duplicates(scope)
    dropped = {scope[p].index: scope[k].index for p, k in drop.items()}
    stand_in: dict[int, int] = {}
    for victim, keeper in sorted(dropped.items()):
        if keeper < start <= victim:
            # A copy before the body (an e-mail teaser) never stands in for a body paragraph:
            # the first body copy does.
            first = stand_in.setdefault(keeper, victim)
            del dropped[victim]
            dropped[keeper] = first
            if first != victim:
                dropped[victim] = first
    moved_to: dict[int, int] = {}  # position of an earlier copy -> the fuller copy
    for victim, keeper in dropped.items():
        if start <= victim < keeper:
            moved_to.setdefault(victim, keeper)
    result: list[int] = []
    placed: set[int] = set()
    for i in body:
        j = moved_to.get(i, i)
        if j in placed or j in dropped:
            continue
        placed.add(j)
        result.append(j)
    return result, len(dropped)


__all__ = ["find_layout"]
