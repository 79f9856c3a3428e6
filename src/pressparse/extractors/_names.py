"""Person names in contact lines: what a name looks like, and a name after "contact".

No name lists: a name is two to five capitalised words (particles such as "von der"
allowed) with no word of a job title, desk or company (``lexicon.contacts``).
"""

from __future__ import annotations

import re

from ..lexicon.contacts import (
    CONTACT_VERBS,
    HONORIFICS,
    LEGAL_FORMS,
    NAME_PARTICLES,
    ORG_WORDS,
    ROLE_WORDS,
)

_NAME_TOKEN = re.compile(
    r"^(?:[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ][a-zà-öø-ÿā-ſа-яё'’]{1,30}(?:-[A-ZÀ-ÖØ-ÞА-Я][a-zà-öø-ÿа-яё'’]{1,30})?"
    r"|[A-Z]\.(?:-?[A-Z]\.)?|[A-Z][a-z]{1,2}[A-Z][a-z]{1,20}|[A-Z]['’][A-Z][a-z]{1,20})$"
)
_SURNAME_CAPS = re.compile(r"^[A-ZÀ-ÖØ-ÞА-ЯЁ]{2,30}(?:-[A-ZÀ-ÖØ-ÞА-ЯЁ]{2,30})?$")
"""An upper-case surname ("Jane DOE", the European institutions' style)."""
_CONTACT_VERB = re.compile(
    r"(?<!\w)(?i:" + "|".join(re.escape(v) for v in sorted(CONTACT_VERBS, key=len, reverse=True))
    + r")[\s:]{1,3}"
)
# "Contact Acme Labs: Jane Doe - …": the organisation a contact label names first.
_ORG_LABEL = re.compile(r"[^\W\d_][\w'’.&-]{0,30}(?:\s[^\W\d_][\w'’.&-]{0,30}){0,4}:\s{1,3}")
_VERBS = tuple(CONTACT_VERBS)
_CAPITALISED_RUN = re.compile(r"[^\W\d_][\w'’.-]{0,30}(?:\s[^\W\d_][\w'’.-]{0,30}){1,6}")
_WORD = re.compile(r"\S+")
_HONORIFICS = frozenset(HONORIFICS)
_NOT_NAME = ROLE_WORDS | ORG_WORDS
_LEGAL_FORMS = frozenset(LEGAL_FORMS)
_CONNECTORS = frozenset({"the", "and", "of", "for", "our", "us"})


def person_name(text: str) -> bool:
    """True for a person's name: 2 to 5 capitalised words, no role, desk or company word."""
    tokens = clean_name(text).split()
    core = [t for t in tokens if t.lower() not in NAME_PARTICLES]
    if not 2 <= len(core) <= 5 or len(tokens) > 6 or len(text) > 60:
        return False
    if any(t.lower().strip(".") in _NOT_NAME or t.lower() in _NOT_NAME for t in tokens):
        return False
    if all(len(t) <= 2 for t in core):
        return False
    titled = [bool(_NAME_TOKEN.match(t)) for t in core]
    return all(ok or _SURNAME_CAPS.match(t) for ok, t in zip(titled, core, strict=True)) \
        and titled[0]


def name_with_rest(text: str) -> tuple[str, int] | None:
    """A name at the start of a fragment run into a title or organisation (joined lines:
    "Jane Doe Director of Communications", "Hartmut Arndt Zoological Institute"): the
    name and its length in ``text``."""
    tokens = text.split()
    skip = 0
    while skip < len(tokens) - 2 and tokens[skip].lower() in _HONORIFICS:
        skip += 1
    for n in _name_lengths(tokens[skip:]):
        head = " ".join(tokens[skip:skip + n])
        if person_name(head):
            return clean_name(head), _end_of(text, tokens, skip + n - 1)
    return None


def name_at_end(text: str) -> tuple[str, int] | None:
    """A name closing a fragment after an organisation or title on a joined line
    ("Darrow Associates, Inc. Jim Fanucchi", "Press Office Jane Doe"): the name and
    where it starts in ``text``."""
    tokens = text.split()
    for n in (2, 3):
        if len(tokens) > n and _word(tokens[-n - 1]) in _NOT_NAME | _LEGAL_FORMS:
            tail = " ".join(tokens[-n:])
            if person_name(tail):
                first = len(tokens) - n
                return clean_name(tail), _end_of(text, tokens, first) - len(tokens[first])
    return None


def _name_lengths(tokens: list[str]) -> list[int]:
    """Name lengths (2 or 3 words) after which the rest reads as a title or organisation:
    its first word is one, or its second or third is an organisation word."""
    out = [n for n in (2, 3) if len(tokens) > n and (
        _word(tokens[n]) in ROLE_WORDS or (len(tokens) > n + 1 and _starts_org(_word(tokens[n]))))]
    for n in (2, 3):
        rest = [_word(t) for t in tokens[n:n + 3]]
        if len(rest) >= 2 and rest[0] not in _LEGAL_FORMS and tokens[n][:1].isupper() \
                and any(w in ORG_WORDS and w not in _CONNECTORS for w in rest[1:]):
            out.append(n)
    return out


def _starts_org(word: str) -> bool:
    """A word that opens an organisation ("Institute of …"), not a company's legal form
    ("GmbH") or a connector."""
    return word in ORG_WORDS and word not in _LEGAL_FORMS and word not in _CONNECTORS


def _word(token: str) -> str:
    """A token as a lexicon key: lower-case, outer punctuation dropped."""
    return token.lower().strip(".,;:()")


def _end_of(text: str, tokens: list[str], index: int) -> int:
    """Offset in ``text`` just after ``tokens[index]`` (tokens are ``text.split()``)."""
    pos = 0
    for i, tok in enumerate(tokens):
        pos = text.index(tok, pos) + len(tok)
        if i == index:
            break
    return pos


def clean_name(text: str) -> str:
    """A name without leading honorifics ("Dr.", "Professor") and outer punctuation."""
    tokens = text.strip(" ,;:.-–—*_").split()
    while len(tokens) > 2 and tokens[0].lower() in _HONORIFICS:
        tokens = tokens[1:]
    return " ".join(tokens)


def is_role(text: str) -> bool:
    """True when a fragment reads as a job title ("Senior Manager, Communications")."""
    return any(w.lower().strip(".,") in ROLE_WORDS for w in text.split())


def _may_hold_verb(low: str) -> bool:
    """Cheap test before the contact-verb scan of an ASCII text (lower-cased)."""
    return any(v in low for v in _VERBS)


def name_after_cue(text: str) -> tuple[str, int, int] | None:
    """The person named right after a contact verb ("please contact Jane Doe, …"), with
    its offsets in ``text``, or None."""
    if text.isascii() and not _may_hold_verb(text.lower()):
        return None
    for m in _CONTACT_VERB.finditer(text):
        label = _ORG_LABEL.match(text, m.end())
        for pos in (label.end(), m.end()) if label else (m.end(),):
            found = _person_run(text, pos)
            if found is not None:
                return found
    return None


def _person_run(text: str, pos: int) -> tuple[str, int, int] | None:
    """The person's name that opens text[pos:], if any (at most five words)."""
    run = _CAPITALISED_RUN.match(text, pos)
    if run is None:
        return None
    tokens = run.group().split()
    for n in range(min(len(tokens), 5), 1, -1):
        candidate = " ".join(tokens[:n]).rstrip(".,;:")
        if person_name(candidate):
            return clean_name(candidate), pos, pos + len(candidate)
    return _titled_run(run.group(), pos) if is_role(tokens[0]) else None


def _titled_run(run: str, pos: int) -> tuple[str, int, int] | None:
    """'contact VP of Events Jane Doe at …': the name after a job title that opens the
    run (the title holds a role word and no comma), with its offsets."""
    spans = [(m.start(), m.end()) for m in _WORD.finditer(run)]
    words = [run[a:b] for a, b in spans]
    for i in range(1, len(spans) - 1):
        if words[i - 1][-1] in ",;:":
            return None
        if words[i - 1].islower():
            continue  # 'VP of Events': the word after 'of' completes the title
        for n in (3, 2):
            nxt = words[i + n] if i + n < len(words) else ""
            if i + n > len(spans) or nxt[:1].isupper():
                continue  # the name ends where the capitalised words end
            s, e = spans[i][0], spans[i + n - 1][1]
            candidate = run[s:e].rstrip(".,;:")
            if person_name(candidate):
                return clean_name(candidate), pos + s, pos + s + len(candidate)
    return None


__all__ = [
    "clean_name", "is_role", "name_after_cue", "name_at_end", "name_with_rest", "person_name",
]
