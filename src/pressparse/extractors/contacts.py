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
from dataclasses import dataclass, field

from ..document import Document
from ..lexicon.contacts import INQUIRY_CUES, PHONE_LABELS
from ..models import Contact, Email, Phone, Span
from ..options import Options
from . import Layout
from ._channels import Found, document_words, find_emails, find_phones, has_phone_candidate
from ._contact_lines import LABEL, Item, line_items, shift
from ._contact_sections import Section, release_sections
from ._names import clean_name, is_role, name_after_cue
from ._regions import guess_regions

_TRAILING_LABEL = re.compile(
    r"(?i)\s(?:e-?mail|mail|courriel|correo|internet|web|"
    + "|".join(re.escape(w.rstrip(".")) for w in PHONE_LABELS if len(w.rstrip(".")) > 1)
    + r")\.?$"
)
_NON_DIGIT = re.compile(r"\D")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_UPPER_LOCAL = re.compile(r"[A-Z][A-Za-z0-9._%+-]{0,63}@")
_LOCAL_MAX = 64
_MAX_FIELD_WORDS = 10
_INQUIRY = tuple(INQUIRY_CUES)


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
        if sum(map(str.isdigit, text)) * 2 > len(text) or len(text.split()) > _MAX_FIELD_WORDS \
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


def extract_contacts(doc: Document, layout: Layout, options: Options) -> list[Contact]:
    """Press contacts of the release: contact sections first, then body mentions."""
    end, sections = release_sections(doc, layout)
    regions = guess_regions(doc, layout, options)
    doc_words = _lazy_words(doc)
    drafts: list[_Draft] = []
    covered: set[int] = set()
    for section in sections:
        covered.update(b.index for b, _ in section)
        drafts += _read_section(section, regions, doc_words)
    drafts += _body_mentions(doc, layout, end, covered, regions, doc_words)
    return _finish(drafts, doc)


def _lazy_words(doc: Document) -> frozenset[str]:
    """The document's words when it holds an e-mail with upper-case letters, else empty."""
    at = doc.text.find("@")
    if at != -1 and _UPPER_LOCAL.search(doc.text, max(0, at - _LOCAL_MAX)):
        return document_words(doc.text)
    return frozenset()


# ------------------------------------------------------------- reading items
def _read_section(section: Section, regions: list[str],
                  doc_words: frozenset[str]) -> list[_Draft]:
    """Contacts of one section: items in reading order assigned to the people they follow."""
    items: list[Item] = []
    for block, skip in section:
        items += line_items(block, skip, regions, doc_words)
    return _assign(items)


# -------------------------------------------------------------- assignment
def _assign(items: list[Item]) -> list[_Draft]:
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
            if not LABEL.match(it.text):
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


def _second_name(draft: _Draft, item: Item) -> None:
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
        if "@" not in text and "(at)" not in text and not has_phone_candidate(text):
            continue
        low = text.lower()
        if not _has_cue(low):
            continue
        cues = _CueSpans(low) if len(low) == len(text) else None
        for s, e in _sentences(text):
            sentence = text[s:e]
            if not (cues.within(s, e) if cues is not None else _has_cue(sentence.lower())):
                continue
            emails = [shift(f, block.start + s) for f in find_emails(sentence, doc_words)]
            phones = [shift(p, block.start + s) for p in find_phones(sentence, regions)]
            if emails or phones:
                cued = name_after_cue(sentence)
                out.append(_Draft(name=cued[0] if cued else None, emails=emails, phones=phones))
    return out


class _CueSpans:
    """Where the inquiry cues are printed in a lower-cased block, found once, so that each
    sentence is tested by the cues inside it (sentences are asked in reading order)."""

    def __init__(self, low: str) -> None:
        spans: list[tuple[int, int]] = []
        for cue in _INQUIRY:
            i = low.find(cue)
            while i != -1:
                spans.append((i, i + len(cue)))
                i = low.find(cue, i + 1)
        spans.sort()
        self.spans = spans
        self.next = 0

    def within(self, start: int, end: int) -> bool:
        """True when a cue lies inside ``[start, end)``; ranges must come in reading order."""
        spans, k = self.spans, self.next
        while k < len(spans) and spans[k][0] < start:
            k += 1
        self.next = k
        while k < len(spans) and spans[k][0] < end:
            if spans[k][1] <= end:
                return True
            k += 1
        return False


def _has_cue(low: str) -> bool:
    """True when a lower-cased text holds an inquiry cue ("for more information")."""
    return any(cue in low for cue in _INQUIRY)


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
        phones = [p for p in d.phones if _first(seen, "p:" + _NON_DIGIT.sub("", p.value)[-9:])]
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
