"""Contact lines cut into items: e-mails, phones, web addresses and text fragments.

A block of a contact section ("Jane Doe, Media Relations, (212) 555-0142") becomes items
in reading order; a fragment is a person's name (one, or several on "A / B") or other
text (a role, an organisation, a label). Offsets are document offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from ..document import Block
from ..lexicon.contacts import FAX_LABELS, PHONE_LABELS
from ._channels import Found, find_emails, find_phones
from ._names import clean_name, name_after_cue, name_at_end, name_with_rest, person_name

SEPARATORS = re.compile(r"\s[|•·/]\s|\s?\|\s?|[;,]\s|\s[–—-]\s|:\s?|\n|\t|\(|\)")
"""What separates the fields of a contact line."""
LABEL = re.compile(
    r"(?i)^(?:(?:company|corporate|official|our)\s)?(?:e-?mail|mail|courriel|correo|internet|"
    r"web\s?(?:site|page)?|homepage|url|twitter|x|linkedin|"
    + "|".join(re.escape(w.rstrip(".")) for w in PHONE_LABELS)
    + r")\.?$"
)
"""A fragment that is only a channel label ("Tel.", "E-Mail", "Website")."""
_CAMEL_GLUE = re.compile(r"(?<=[a-zà-ÿ]{4})(?=[A-Z][a-zà-ÿ])|(?<=[a-z]{2})(?=[A-Z]{2,}\b)")
_SMALL_WORDS = re.compile(r"^(?:[a-z]{1,3}\s){1,3}|(?:\s[a-z]{1,3}){1,3}$")
"""Little words left at a fragment's ends ("Jane Doe at", "or Jane Doe")."""
_FAX_BEFORE = re.compile(r"(?i)\b(?:" + "|".join(sorted(FAX_LABELS)) + r")\.?\s?:?\s?$")
_NAME_JOINS = re.compile(r"(\s/\s|\s&\s|\sand\s|\sund\s|\set\s|\sy\s)")
"""What joins two names on one line ("Jane Doe / John Roe", "… and …"), kept in the split."""
_SHORT_JOIN = re.compile(r"\s\S{1,3}\s")
_WEB = re.compile(r"(?i)\b(?:https?://|www\.)[^\s<>\"'|]{2,500}")


@dataclass(slots=True)
class Item:
    """One piece of a contact line: an e-mail, a phone, or a text fragment."""

    kind: str  # "email" | "phone" | "url" | "name" | "text" | "names"
    start: int
    end: int
    text: str = ""
    found: Found | None = None
    names: tuple[tuple[str, int, int], ...] = ()
    alone: bool = False


def line_items(block: Block, skip: int, regions: list[str],
                doc_words: frozenset[str]) -> list[Item]:
    """Items of one block: e-mails, phones and the text fragments between them."""
    text = block.text
    base = block.start
    items: list[Item] = []
    taken: list[tuple[int, int]] = []
    for e in find_emails(text[skip:], doc_words):
        s, t = e.start + skip, e.end + skip
        items.append(Item("email", base + s, base + t, found=shift(e, base + skip)))
        taken.append((s, t))
    for u in _WEB.finditer(text, skip) if _may_hold_web(text) else ():
        if all(u.end() <= a or u.start() >= b for a, b in taken):
            url = u.group().rstrip(".,;:)")
            items.append(Item("url", base + u.start(), base + u.start() + len(url), url))
            taken.append((u.start(), u.end()))
    masked = _mask(text, taken) if taken else text
    for p in find_phones(masked[skip:], regions, labelled=True):
        s, t = p.start + skip, p.end + skip
        if _FAX_BEFORE.search(text[max(0, s - 12):s]):
            taken.append((s, t))
            continue
        items.append(Item("phone", base + s, base + t, found=shift(p, base + skip)))
        taken.append((s, t))
    texts = _text_items(text, skip, base, taken)
    if len([t for t in texts if not LABEL.match(t.text)]) == 1:
        texts[0].alone = True
    items += texts
    items.sort(key=lambda it: it.start)
    return items


def _may_hold_web(text: str) -> bool:
    """Cheap test before the web-address scan: "http" or "www." in any case."""
    low = text.lower()
    return "http" in low or "www." in low


def shift(f: Found, by: int) -> Found:
    """A found channel with its offsets moved into document coordinates."""
    return Found(f.value, f.raw, f.start + by, f.end + by, f.e164)


def _mask(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """The text with the given spans blanked out (offsets unchanged)."""
    chars = list(text)
    for s, t in spans:
        chars[s:t] = " " * (t - s)
    return "".join(chars)


def _text_items(text: str, skip: int, base: int, taken: list[tuple[int, int]]) -> list[Item]:
    """Fragments of the text outside the channels: names (one, or several on "A / B")."""
    out: list[Item] = []
    bounds = sorted(taken)
    pos = skip
    for s, t in [*bounds, (len(text), len(text))]:
        if s > pos:
            out += _fragments(text, pos, s, base)
        pos = max(pos, t)
    return out


def _fragments(text: str, start: int, stop: int, base: int) -> list[Item]:
    """Split a stretch of text into fragments; camel-glued words ("AcmeJane Doe") apart."""
    out: list[Item] = []
    piece = text[start:stop]
    group = _name_group(piece)
    if group:
        return [Item("names", base + start, base + stop, names=tuple(
            (n, base + start + s, base + start + e) for n, s, e in group))]
    pos = 0
    for m in [*SEPARATORS.finditer(piece), None]:
        s = m.start() if m else len(piece)
        if piece[pos:s].lstrip().startswith(("@", "#")):  # a social handle or hashtag
            pos = m.end() if m else len(piece)
            continue
        for sub_s, sub_e in _camel_split(piece, pos, s):
            frag = _SMALL_WORDS.sub("", piece[sub_s:sub_e].strip(" .,;:-–—*_\"'"))
            if frag:
                off = base + start + piece.index(frag, sub_s)
                label = m is not None and sub_e == s and m.group().startswith(":")
                out += [Item("text", off, off + len(frag), frag)] if label \
                    else _fragment_items(frag, off)
        pos = m.end() if m else len(piece)
    return out


def _fragment_items(frag: str, offset: int) -> list[Item]:
    """A text fragment as items: a name (alone, after a contact verb, before a title or
    after an organisation on a joined line), or other text."""
    if person_name(frag):
        return [Item("name", offset, offset + len(frag), frag)]
    cued = name_after_cue(frag)
    if cued is not None:
        name, s, e = cued
        return [Item("name", offset + s, offset + e, name)]
    lead = name_with_rest(frag)
    if lead is not None:
        return [Item("name", offset, offset + lead[1], lead[0])]
    tail = name_at_end(frag)
    if tail is not None:
        head = frag[:tail[1]].rstrip(" ,.")
        return [Item("text", offset, offset + len(head), head),
                Item("name", offset + tail[1], offset + len(frag), tail[0])]
    return [Item("text", offset, offset + len(frag), frag)]


def _camel_split(piece: str, start: int, stop: int) -> list[tuple[int, int]]:
    """Sub-ranges of ``piece[start:stop]`` cut where a flattened layout glued two words."""
    sub = piece[start:stop]
    if sub[2:].islower():  # no capital a cut could stand before
        return [(start, stop)] if stop > start else []
    cuts = [start, *(start + m.start() for m in _CAMEL_GLUE.finditer(sub)), stop]
    return [(a, b) for a, b in pairwise(cuts) if b > a]


def _name_group(piece: str) -> list[tuple[str, int, int]]:
    """"Jane Doe / John Roe" or "Jane Doe and John Roe": the names with their offsets."""
    parts = _NAME_JOINS.split(piece)
    if len(parts) < 3:
        return []
    out: list[tuple[str, int, int]] = []
    pos = 0
    for part in parts:
        name = part.strip(" ,;:")
        if part and not _SHORT_JOIN.fullmatch(part):
            if not person_name(name):
                return []
            off = piece.index(name, pos)
            out.append((clean_name(name), off, off + len(name)))
        pos += len(part)
    return out if len(out) >= 2 else []


__all__ = ["LABEL", "SEPARATORS", "Item", "line_items", "shift"]
