"""Contacts: press contact people, organisations, e-mails and phones.

Where contacts are read:

1. *Contact sections*: a block opening with a contact heading ("Media contact:",
   "Pressekontakt", "Пресс-служба") and the short blocks after it; the short blocks after
   an end mark ("-end-", "###"); a lone short block with a channel, a person and a press
   word ("Jane Doe, Media Relations, (512) 555-0100"). Each block is cut into items
   (e-mails, phones, text fragments); a person's name opens a contact, and the role,
   organisation and channels after it are theirs.
2. *Body mentions*: an e-mail or phone in a release sentence about inquiries
   ("RSVP by emailing jane@x.org").

Phones are matched only there, never over the whole text. A page's trailing chrome (the
publisher's switchboard in the footer) is not read. Channels are de-duplicated across
contacts, so a block printed twice gives one contact.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from ..document import Block, Document
from ..lexicon.contacts import (
    CONTACT_HEADINGS,
    END_MARKERS,
    FAX_LABELS,
    INQUIRY_CUES,
    PHONE_LABELS,
    WEAK_HEADINGS,
)
from ..lexicon.links import NAVIGATION_PREFIXES, NAVIGATION_TEXTS, SOURCE_TEXTS
from ..models import Contact, Email, Phone, Span
from ..options import Options
from . import Layout
from ._channels import PHONE_CANDIDATE, Found, document_words, find_emails, find_phones
from ._names import clean_name, is_role, name_after_cue, name_with_rest, person_name
from ._regions import guess_regions
from ._zones import chrome_start, heading_key, is_chrome_heading, is_chrome_key

_HEADING = re.compile(
    r"^[\s#*_>•·\-–—]{0,6}(?P<head>"
    + "|".join(re.escape(h) for h in sorted(set(CONTACT_HEADINGS), key=len, reverse=True))
    + r")(?P<tail>\s{0,3}(?:[:：]|\s[-–—]\s|$)|:?[A-ZА-Я]|,?\s(?=\w))",
    re.IGNORECASE,
)
_LABELLED_HEADING = re.compile(
    r"^[\s#*_>•·\-–—]{0,6}(?P<head>(?:[\w&/.'’-]{1,20}\s){0,4}(?:contacts?|inquiries|enquiries|"
    r"kontakte?|contactos?|contatti|kontakter))\s{0,3}(?P<tail>[:：]|$)",
    re.IGNORECASE,
)
_SHORT_HEADING_WORDS = 8
_SEPARATORS = re.compile(r"\s[|•·/]\s|\s?\|\s?|[;,]\s|\s[–—-]\s|:\s?|\n|\t|\(|\)")
_CAMEL_GLUE = re.compile(r"(?<=[a-zà-ÿ]{4})(?=[A-Z][a-zà-ÿ])|(?<=[a-z]{2})(?=[A-Z]{2,}\b)")
_LABEL = re.compile(
    r"(?i)^(?:(?:company|corporate|official|our)\s)?(?:e-?mail|mail|courriel|correo|internet|"
    r"web\s?(?:site|page)?|homepage|url|twitter|x|linkedin|"
    + "|".join(re.escape(w.rstrip(".")) for w in PHONE_LABELS)
    + r")\.?$"
)
_SMALL_WORDS = re.compile(r"^(?:[a-z]{1,3}\s){1,3}|(?:\s[a-z]{1,3}){1,3}$")
"""Little words left at a fragment's ends ("Jane Doe at", "or Jane Doe")."""
_TRAILING_LABEL = re.compile(
    r"(?i)\s(?:e-?mail|mail|courriel|correo|internet|web|"
    + "|".join(re.escape(w.rstrip(".")) for w in PHONE_LABELS if len(w.rstrip(".")) > 1)
    + r")\.?$"
)
_FAX_BEFORE = re.compile(r"(?i)\b(?:" + "|".join(sorted(FAX_LABELS)) + r")\.?\s?:?\s?$")
_PRESS_WORD = re.compile(
    r"(?i)\b(?:media|press|presse|prensa|stampa|communications?|relations|spokes\w{0,6}|"
    r"sprecher\w{0,3}|kontakt|contact\w{0,2}|pressestelle|пресс)\b"
)
_WEB = re.compile(r"(?i)\b(?:https?://|www\.)[^\s<>\"'|]{2,500}")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_MAX_SECTION_BLOCKS = 24
_MAX_LINE_WORDS = 24
_MAX_FIELD_WORDS = 10
_INQUIRY = tuple(INQUIRY_CUES)
_STOP_OPENINGS = ("about ", "source ", "source:", *SOURCE_TEXTS, *NAVIGATION_PREFIXES)


@dataclass(slots=True)
class _Draft:
    """A contact being assembled from a section's items."""

    name: str | None = None
    role: str | None = None
    organization: str | None = None
    emails: list[Found] = field(default_factory=list)
    phones: list[Found] = field(default_factory=list)
    start: int | None = None
    end: int | None = None
    alone: bool = False
    website: str | None = None
    alt: str | None = None
    """A second name-like line of the same person ("Acme Radio" / "Jane Doe"): whichever
    the e-mail address names is the person, the other the organisation."""

    def touch(self, start: int, end: int) -> None:
        """Widen the draft's span to cover an item."""
        self.start = start if self.start is None else min(self.start, start)
        self.end = end if self.end is None else max(self.end, end)

    def add_text(self, text: str) -> None:
        """A fragment that is not a name: the first is the role, the next the organisation."""
        if sum(c.isdigit() for c in text) * 2 > len(text) or len(text.split()) > _MAX_FIELD_WORDS \
                or (text.islower() and len(text) <= 3) or text.startswith(("@", "#")):
            return
        text = _TRAILING_LABEL.sub("", text)
        if text.islower() and not is_role(text):
            return
        if self.role is None and is_role(text):
            self.role = text
        elif self.organization is None:
            self.organization = text
        elif self.role is None:
            self.role = text

    def add_channel(self, kind: str, found: Found) -> None:
        """Add an e-mail or phone; an e-mail naming the second name-like line swaps them."""
        if kind == "phone":
            self.phones.append(found)
            return
        self.emails.append(found)
        self._trim_name(found.value)
        if self.alt and self.name and _names_address(self.alt, found.value) \
                and not _names_address(self.name, found.value):
            old, self.name = self.name, self.alt
            if self.organization == self.alt:
                self.organization = old
            elif self.role == self.alt:
                self.role = old
            self.alt = None


    def _trim_name(self, address: str) -> None:
        """Cut words run on after a name ("Jane Doe Acme Widgets") where the address
        spells the name's last word ("jane.doe@…")."""
        tokens = (self.name or "").split()
        if len(tokens) < 3:
            return
        local = _fold(address.split("@", 1)[0])
        hits = [i for i, t in enumerate(tokens) if len(t) > 2 and _fold(t) in local]
        if hits and 1 <= hits[-1] < len(tokens) - 1:
            self.name = " ".join(tokens[:hits[-1] + 1])
            self.organization = self.organization or " ".join(tokens[hits[-1] + 1:])


@dataclass(slots=True)
class _Item:
    """One piece of a contact line: an e-mail, a phone, or a text fragment."""

    kind: str  # "email" | "phone" | "url" | "name" | "text" | "names"
    start: int
    end: int
    text: str = ""
    found: Found | None = None
    names: tuple[tuple[str, int, int], ...] = ()
    alone: bool = False


def extract_contacts(doc: Document, layout: Layout, options: Options) -> list[Contact]:
    """Press contacts of the release: contact sections first, then body mentions."""
    end = chrome_start(doc, layout)
    regions = guess_regions(doc, layout, options)
    doc_words = _lazy_words(doc)
    drafts: list[_Draft] = []
    covered: set[int] = set()
    for section in _sections(doc, layout, end):
        covered.update(b.index for b, _ in section)
        drafts += _read_section(section, regions, doc_words)
    drafts += _body_mentions(doc, layout, end, covered, regions, doc_words)
    return _finish(drafts, doc)


def _lazy_words(doc: Document) -> frozenset[str]:
    """The document's words when it holds an e-mail with upper-case letters, else empty."""
    if re.search(r"[A-Z][A-Za-z0-9._%+-]{0,63}@", doc.text):
        return document_words(doc.text)
    return frozenset()


# ----------------------------------------------------------------- sections
Section = list[tuple[Block, int]]
"""Blocks of a contact section, each with the offset (in the block) where contact text starts."""


def _sections(doc: Document, layout: Layout, end: int) -> list[Section]:
    """Contact sections: after a heading, after an end mark, or a lone press-contact line.

    A strong heading ("Media contact") counts anywhere; a weak one ("Contact"), an end
    mark or a lone line only inside the release (not in boilerplate or trailing chrome).
    """
    out: list[Section] = []
    blocks = doc.blocks
    i = 0
    while i < len(blocks):
        block = blocks[i]
        inside = i < end and block.index not in layout.boilerplate
        opened = _opening(block)
        if opened is None or (opened[1] and not inside):
            if inside and opened is None and _lone_contact_line(block):
                out.append([(block, 0)])
            i += 1
            continue
        skip, weak = opened
        section = [(block, skip)] if skip < len(block.text) else []
        j = i + 1
        while j < len(blocks) and len(section) < _MAX_SECTION_BLOCKS and _continues(blocks[j]):
            section.append((blocks[j], 0))
            j += 1
        if section and (not weak or _has_channel(section)):
            out.append(section)
        i = j
    return out


def _opening(block: Block) -> tuple[int, bool] | None:
    """Where contact text starts in a block that opens a section, and whether the cue is weak.

    None when the block opens no section. An end mark opens one whose text is after it.
    """
    text = block.text
    if text.strip().lower() in END_MARKERS:
        return len(text), True
    if len(text.split()) > _MAX_LINE_WORDS:
        return None
    m = _HEADING.match(text) or _LABELLED_HEADING.match(text)
    if m is None:
        return None
    head, tail = m.group("head").lower(), m.group("tail")
    if tail.endswith((" ", ",")) and not (head.endswith("contact")
                                          or len(text.split()) <= _SHORT_HEADING_WORDS
                                          or _starts_with_name(text[m.end():])):
        return None
    skip = m.end() - (1 if tail and tail[-1:].isupper() else 0)
    return skip, head in WEAK_HEADINGS


def _starts_with_name(text: str) -> bool:
    """True when a text opens with a person's name ("Jane Doe – Press Office …")."""
    first = _SEPARATORS.split(text[:120], maxsplit=1)[0].strip()
    return person_name(first) or name_with_rest(first) is not None


def _continues(block: Block) -> bool:
    """True while the blocks after a contact heading are still short contact lines."""
    text = block.text.strip()
    if not text or len(text.split()) > _MAX_LINE_WORDS or is_chrome_heading(block):
        return False
    low = text.lower()
    if low.startswith(_STOP_OPENINGS) or low in END_MARKERS or _opening(block) is not None:
        return False
    key = heading_key(text)
    if key in NAVIGATION_TEXTS or is_chrome_key(key):
        return False
    return not _prose(text)


def _prose(text: str) -> bool:
    """A sentence rather than a contact line: many words, mostly lower-case, no channel."""
    if "@" in text or "(at)" in text:
        return False
    words = text.split()
    if _SENTENCE_END.search(text) and len(words) > 12:
        return True
    lower = sum(1 for w in words if w[:1].islower())
    return len(words) >= 8 and lower / len(words) > 0.4 and not PHONE_CANDIDATE.search(text)


def _has_channel(section: Section) -> bool:
    """True when a section holds an e-mail or a phone-like number."""
    return any("@" in b.text[s:] or "(at)" in b.text[s:] or PHONE_CANDIDATE.search(b.text[s:])
               for b, s in section)


def _lone_contact_line(block: Block) -> bool:
    """A short block with a channel, a press word and a person's name (no heading above)."""
    text = block.text
    if len(text.split()) > _MAX_LINE_WORDS or not _PRESS_WORD.search(text):
        return False
    if "@" not in text and not PHONE_CANDIDATE.search(text):
        return False
    return any(person_name(f.strip()) for f in _SEPARATORS.split(text))


# ------------------------------------------------------------- reading items
def _read_section(section: Section, regions: list[str],
                  doc_words: frozenset[str]) -> list[_Draft]:
    """Contacts of one section: items in reading order assigned to the people they follow."""
    items: list[_Item] = []
    for block, skip in section:
        items += _line_items(block, skip, regions, doc_words)
    return _assign(items)


def _line_items(block: Block, skip: int, regions: list[str],
                doc_words: frozenset[str]) -> list[_Item]:
    """Items of one block: e-mails, phones and the text fragments between them."""
    text = block.text
    base = block.start
    items: list[_Item] = []
    taken: list[tuple[int, int]] = []
    for e in find_emails(text[skip:], doc_words):
        s, t = e.start + skip, e.end + skip
        items.append(_Item("email", base + s, base + t, found=_shift(e, base + skip)))
        taken.append((s, t))
    for u in _WEB.finditer(text, skip):
        if all(u.end() <= a or u.start() >= b for a, b in taken):
            url = u.group().rstrip(".,;:)")
            items.append(_Item("url", base + u.start(), base + u.start() + len(url), url))
            taken.append((u.start(), u.end()))
    masked = _mask(text, taken)
    for p in find_phones(masked[skip:], regions, labelled=True):
        s, t = p.start + skip, p.end + skip
        if _FAX_BEFORE.search(text[max(0, s - 12):s]):
            taken.append((s, t))
            continue
        items.append(_Item("phone", base + s, base + t, found=_shift(p, base + skip)))
        taken.append((s, t))
    texts = _text_items(text, skip, base, taken)
    if len([t for t in texts if not _LABEL.match(t.text)]) == 1:
        texts[0].alone = True
    items += texts
    items.sort(key=lambda it: it.start)
    return items


def _shift(f: Found, by: int) -> Found:
    """A found channel with its offsets moved into document coordinates."""
    return Found(f.value, f.raw, f.start + by, f.end + by, f.e164)


def _mask(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """The text with the given spans blanked out (offsets unchanged)."""
    chars = list(text)
    for s, t in spans:
        chars[s:t] = " " * (t - s)
    return "".join(chars)


def _text_items(text: str, skip: int, base: int, taken: list[tuple[int, int]]) -> list[_Item]:
    """Fragments of the text outside the channels: names (one, or several on "A / B")."""
    out: list[_Item] = []
    bounds = sorted(taken)
    pos = skip
    for s, t in [*bounds, (len(text), len(text))]:
        if s > pos:
            out += _fragments(text, pos, s, base)
        pos = max(pos, t)
    return out


def _fragments(text: str, start: int, stop: int, base: int) -> list[_Item]:
    """Split a stretch of text into fragments; camel-glued words ("AcmeJane Doe") apart."""
    out: list[_Item] = []
    piece = text[start:stop]
    group = _name_group(piece)
    if group:
        return [_Item("names", base + start, base + stop, names=tuple(
            (n, base + start + s, base + start + e) for n, s, e in group))]
    pos = 0
    for m in [*_SEPARATORS.finditer(piece), None]:
        s = m.start() if m else len(piece)
        if piece[pos:s].lstrip().startswith(("@", "#")):  # a social handle or hashtag
            pos = m.end() if m else len(piece)
            continue
        for sub_s, sub_e in _camel_split(piece, pos, s):
            frag = _SMALL_WORDS.sub("", piece[sub_s:sub_e].strip(" .,;:-–—*_\"'"))
            if frag:
                off = base + start + piece.index(frag, sub_s)
                label = m is not None and sub_e == s and m.group().startswith(":")
                out.append(_Item("text", off, off + len(frag), frag) if label
                           else _fragment_item(frag, off))
        pos = m.end() if m else len(piece)
    return out


def _fragment_item(frag: str, offset: int) -> _Item:
    """A text fragment as an item: a name, a name after a contact verb, or other text."""
    if person_name(frag):
        return _Item("name", offset, offset + len(frag), frag)
    cued = name_after_cue(frag)
    if cued is not None:
        name, s, e = cued
        return _Item("name", offset + s, offset + e, name)
    lead = name_with_rest(frag)
    if lead is not None:
        return _Item("name", offset, offset + lead[1], lead[0])
    return _Item("text", offset, offset + len(frag), frag)


def _camel_split(piece: str, start: int, stop: int) -> list[tuple[int, int]]:
    """Sub-ranges of ``piece[start:stop]`` cut where a flattened layout glued two words."""
    cuts = [start, *(start + m.start() for m in _CAMEL_GLUE.finditer(piece[start:stop])), stop]
    return [(a, b) for a, b in pairwise(cuts) if b > a]


def _name_group(piece: str) -> list[tuple[str, int, int]]:
    """"Jane Doe / John Roe" or "Jane Doe and John Roe": the names with their offsets."""
    parts = re.split(r"(\s/\s|\s&\s|\sand\s|\sund\s|\set\s|\sy\s)", piece)
    if len(parts) < 3:
        return []
    out: list[tuple[str, int, int]] = []
    pos = 0
    for part in parts:
        name = part.strip(" ,;:")
        if part and not re.fullmatch(r"\s\S{1,3}\s", part):
            if not person_name(name):
                return []
            off = piece.index(name, pos)
            out.append((clean_name(name), off, off + len(name)))
        pos += len(part)
    return out if len(out) >= 2 else []


# -------------------------------------------------------------- assignment
def _assign(items: list[_Item]) -> list[_Draft]:
    """Give every channel and fragment to the person it follows; fragments before a
    name (an organisation line) go to that name."""
    drafts: list[_Draft] = []
    group: list[_Draft] = []
    counts = {"email": 0, "phone": 0}
    pending = _Draft()
    for it in items:
        if it.kind == "name" and group and group[-1].name and not _has_channels(group):
            _second_name(group[-1], it)
        elif it.kind in ("name", "names"):
            names = it.names or ((clean_name(it.text), it.start, it.end),)
            group = [_Draft(n, pending.role, pending.organization, start=s, end=e,
                            alone=it.alone) for n, s, e in names]
            group[0].emails, group[0].phones = pending.emails, pending.phones
            group[0].website = pending.website
            pending = _Draft()
            drafts += group
            counts = {"email": 0, "phone": 0}
        elif it.kind == "text":
            if not _LABEL.match(it.text):
                (group[-1] if group else pending).add_text(it.text)
        elif it.kind == "url":
            target = group[-1] if group else pending
            target.website = target.website or it.text
        elif it.found is not None:
            target = _channel_target(group, counts, it.kind) or pending
            target.add_channel(it.kind, it.found)
            target.touch(it.start, it.end)
    if pending.emails or pending.phones:
        drafts.insert(0, pending)
    return drafts


def _second_name(draft: _Draft, item: _Item) -> None:
    """A second name-like line before any channel: a line of its own beats a name that
    shared its line ("Press Office – Acme Water" / "Jane Doe"); else it is kept as the
    alternative and the organisation."""
    name = clean_name(item.text)
    if item.alone and not draft.alone and draft.name:
        draft.add_text(draft.name)
        draft.name, draft.alone = name, True
        return
    if draft.alt is None:
        draft.alt = item.text
    draft.add_text(item.text)


def _names_address(name: str, address: str) -> bool:
    """True when an e-mail's local part spells part of a name ("jdoe", "jane.doe")."""
    local = _fold(address.split("@", 1)[0])
    parts = [_fold(t) for t in name.split() if len(t) > 2]
    if any(p in local for p in parts):
        return True
    return len(parts) >= 2 and local.startswith(parts[0][0]) and parts[-1] in local


def _fold(text: str) -> str:
    """Lower-case ASCII letters of a text (accents dropped) for comparing names and addresses."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if c.isascii() and c.isalpha())


def _channel_target(group: list[_Draft], counts: dict[str, int], kind: str) -> _Draft | None:
    """The person of a group a channel goes to: "a@x / b@y" after "A / B" in order;
    a single shared channel goes to the first."""
    if not group:
        return None
    k = counts[kind]
    counts[kind] = k + 1
    return group[k] if k < len(group) else group[0]


def _has_channels(group: list[_Draft]) -> bool:
    """True when any person of the group already has an e-mail or phone."""
    return any(d.emails or d.phones for d in group)


# ------------------------------------------------------------ body mentions
def _body_mentions(doc: Document, layout: Layout, end: int, covered: set[int],
                   regions: list[str], doc_words: frozenset[str]) -> list[_Draft]:
    """E-mails and phones in body sentences about inquiries, each as a contact without name."""
    out: list[_Draft] = []
    for idx in layout.body:
        block = doc.blocks[idx]
        if idx >= end or idx in covered or idx in layout.boilerplate:
            continue
        text = block.text
        has_mail = "@" in text or "(at)" in text
        if not has_mail and not PHONE_CANDIDATE.search(text):
            continue
        for s, e in _sentences(text):
            sentence = text[s:e]
            if not any(cue in sentence.lower() for cue in _INQUIRY):
                continue
            cued = name_after_cue(sentence)
            draft = _Draft(name=cued[0] if cued else None)
            for f in find_emails(sentence, doc_words):
                draft.emails.append(_shift(f, block.start + s))
            for p in find_phones(sentence, regions):
                draft.phones.append(_shift(p, block.start + s))
            if draft.emails or draft.phones:
                out.append(draft)
    return out


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence ranges of a block (split after ., ! or ? followed by a space)."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        if m.end() - pos > 1 and not text[max(0, m.start() - 3):m.start()].istitle():
            out.append((pos, m.end()))
            pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out


# ------------------------------------------------------------------ output
def _finish(drafts: list[_Draft], doc: Document) -> list[Contact]:
    """Merge repeats (same name or shared channel) and drop drafts left with nothing."""
    seen: set[str] = set()
    by_name: dict[str, Contact] = {}
    out: list[Contact] = []
    for d in drafts:
        emails = [e for e in d.emails if _first(seen, "e:" + e.value)]
        phones = [p for p in d.phones if _first(seen, "p:" + re.sub(r"\D", "", p.value)[-9:])]
        key = (d.name or "").lower()
        if key and key in by_name:
            prev = by_name[key]
            prev.emails += [Email(address=e.value, span=Span(start=e.start, end=e.end)) for e in emails]
            prev.phones += [_phone(p) for p in phones]
            continue
        if not (emails or phones or (d.name and (d.role or d.organization))):
            continue
        contact = Contact(
            name=d.name, role=d.role, organization=d.organization, website=d.website,
            emails=[Email(address=e.value, span=Span(start=e.start, end=e.end)) for e in emails],
            phones=[_phone(p) for p in phones],
            span=Span(start=d.start, end=d.end) if d.start is not None and d.end else None,
        )
        out.append(contact)
        if key:
            by_name[key] = contact
    return out


def _first(seen: set[str], key: str) -> bool:
    """True the first time a key is seen (and records it)."""
    if key in seen:
        return False
    seen.add(key)
    return True


def _phone(p: Found) -> Phone:
    """The output model of a found phone."""
    return Phone(raw=p.raw, e164=p.e164, span=Span(start=p.start, end=p.end))


__all__ = ["extract_contacts"]
