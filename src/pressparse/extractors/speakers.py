"""Who a speaker is: names, honorifics and titles read from an attribution phrase.

``parse_np`` reads one noun phrase ('OSCE Secretary General Helga Maria Schmid',
'Jane Doe, CEO of Acme,', 'she', 'the minister') into a :class:`Mention`;
``split_titles`` splits joined roles. Resolution of mentions to speakers lives in
``coref``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from ..lexicon.quotes import DOUBLE_OPENERS
from ..lexicon.speech import PRONOUNS
from ..lexicon.titles import (
    COMPANY_SUFFIXES,
    CONNECTORS,
    COPULAS,
    DETERMINERS,
    HONORIFICS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    ORG_WORDS,
    POSTNOMINALS,
    RELATIVE_OPENERS,
    ROLE_SUFFIXES,
    ROLE_VERBS,
    ROLE_WORDS,
    SENTENCE_WORDS,
    SPLIT_HEADS,
    SPLIT_MODIFIERS,
    TITLE_HONORIFICS,
)

MentionKind = Literal["person", "org", "pronoun", "role"]
Tok = tuple[int, int, str, str]
"""A token: start, end (in the phrase), its text without edge punctuation, its class."""

PRONOUN_SET: frozenset[str] = frozenset(p for ps in PRONOUNS.values() for p in ps)
_TOKEN = re.compile(r"\S+")
_PAST_CLAUSE = re.compile(r"\s*who\s(?:was|were|had)\s")
_INNER_RELATIVE = re.compile(r"\s(?:who|whose|which)\s")
_JOIN = re.compile(r"\s(?:and|&|und|et|y|e|och|en|и)\s", re.IGNORECASE)
_ELIDED = re.compile(r"(?:l|d|dell|all|nell|dall|sull|qu)['’]")
_INITIAL = re.compile(r"[A-ZÀ-Þ]\.(?:[A-ZÀ-Þ]\.){0,3}")
EDGE = "\"'“”‘’„«»()[],;:!?"
_AFFIL_PREPS = frozenset({"from", "at", "of", "with", "von", "vom", "bei", "de", "du",
                          "van", "från", "vid", "di", "da", "do", "из"})
_APPOS_STOP = frozenset({"in", "at", "on", "during", "after", "before", "while", "when",
                         "which", "today", "yesterday", "earlier", "later", "this", "that",
                         "and", "but", "so", "as", "heute", "am", "im", "lors", "hoy",
                         "oggi", "idag", "i", "en", "y", "und", "et", "och"})
_MAX_NAME = 4
_POSSESSIVE = ("'s", "’s")
_WORD_CACHE = 8192


@dataclass(slots=True)
class Mention:
    """One reference to a speaker in the text: a name, a pronoun or a role."""

    kind: MentionKind
    start: int
    end: int
    name: str = ""
    honorific: str | None = None
    titles: list[str] = field(default_factory=list)


def is_role_word(low: str) -> bool:
    """A title word, as listed or as a compound ending ('finansminister')."""
    return low in ROLE_WORDS or low.rstrip(".") in ROLE_WORDS or low.endswith(ROLE_SUFFIXES)


@lru_cache(maxsize=_WORD_CACHE)
def classify(word: str) -> str:
    """Class of a token: hon, det, conn, role, name, num or other (a pure function of
    the word, so kept for the words seen last)."""
    low = word.lower()
    elided = _ELIDED.match(low)
    if elided and elided.end() < len(word):  # l'amministratore, d'Acme
        return classify(word[elided.end():])
    if low in HONORIFICS:
        return "hon"
    if word.islower() and low in NAME_PARTICLES:
        return "conn"
    if (low in DETERMINERS and not word[:1].isupper()) or low in {"the", "this"}:
        return "det"
    if word.islower() and low in CONNECTORS:
        return "conn"
    if low in NAME_SUFFIXES or _INITIAL.fullmatch(word):
        return "name"
    if word[:1].isupper():
        if low in DETERMINERS:
            return "det"
        if low in SENTENCE_WORDS and low not in NAME_PARTICLES:
            return "other"
        if is_role_word(low) or (word.isupper() and len(word.strip(".")) >= 2):
            return "role"
        return "name"
    if is_role_word(low):
        return "role"
    return "num" if word[:1].isdigit() else "other"


@lru_cache(maxsize=_WORD_CACHE)
def clean_word(raw: str) -> str:
    """A word without edge punctuation; a full stop kept only on abbreviations (kept for
    the words seen last)."""
    word = raw.strip(EDGE)
    low = word.lower()
    if word.endswith(".") and low not in HONORIFICS and low not in NAME_SUFFIXES \
            and low not in COMPANY_SUFFIXES and not _INITIAL.fullmatch(word):
        word = word[:-1]
    return word


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """Tokens of ``text[start:end]`` with their classes."""
    out: list[Tok] = []
    for m in _TOKEN.finditer(text, start, len(text) if end is None else end):
        word = clean_word(m.group())
        if word:
            kind = classify(word)
            if out and out[-1][3] == "hon" and len(out[-1][2]) == 2 and _INITIAL.fullmatch(word):
                p = out[-1]  # 'M. A. Sanjayan': an initial before an initial, not 'Monsieur'
                out[-1] = (p[0], p[1], p[2], "name")
            out.append((m.start(), m.end(), word, kind))
    return out


def _runs(toks: list[Tok]) -> list[tuple[int, int]]:
    """Runs of name tokens [i, j), a lower-case particle allowed between two names."""
    runs: list[tuple[int, int]] = []
    i, n = 0, len(toks)
    while i < n:
        if toks[i][3] != "name":
            i += 1
            continue
        j = i + 1
        while j < n:
            if toks[j][3] == "name" or (j == n - 1 and _surname_like(toks[j][2])):
                j += 1  # a last word that is a foreign article, capitalised: 'Jason Les'
                continue
            k = j
            while k < n and k - j < 3 and toks[k][2] in NAME_PARTICLES:
                k += 1
            if k == j or k >= n or toks[k][3] != "name":
                break
            j = k
        runs.append((i, j))
        i = j
    return runs


def _surname_like(word: str) -> bool:
    """A capitalised article of another language ('Les', 'Le', 'La', 'Van'), not 'The'."""
    return word[:1].isupper() and word[1:].islower() and word.lower() not in ("the", "this") \
        and classify(word) == "det"


def last_two(toks: list[Tok], i: int, j: int) -> int:
    """Start of a personal name at the end of run [i, j): two tokens, more for initials."""
    k = j - 2
    while k > i and ((toks[k][3] == "name" and _INITIAL.fullmatch(toks[k][2]))
                     or toks[k - 1][2] in NAME_PARTICLES or toks[k][2] in NAME_PARTICLES):
        k -= 1
    return max(k, i)


def _two_titled(toks: list[Tok], first: tuple[int, int], last: tuple[int, int]) -> bool:
    """Two titled people joined by 'and' ('CEO Jane Doe and CFO Tom Roe'): only a
    conjunction and roles stand between the first name and the last."""
    mid = toks[first[1]:last[0]]
    titled = first[0] > 0 and toks[first[0] - 1][3] in ("role", "hon")
    if not mid or (mid[0][3] != "conn" and not titled):
        return False  # 'Acme Media CEO and Chairman Jane Doe': the first run names the firm
    return (titled or first[1] - first[0] >= 2) and any(t[3] == "conn" for t in mid) \
        and all(t[3] in ("conn", "role", "det", "hon") for t in mid)


def _pick_name(toks: list[Tok]) -> tuple[int, int] | None:
    """The name run of a phrase where titles may stand before or after the name."""
    runs = [r for r in _runs(toks) if r[1] == len(toks) or r[1] - r[0] > 1
            or not toks[r[1] - 1][2].endswith(_POSSESSIVE)]  # not "Acme's" in "at Acme's gala"
    if not runs:
        return None
    i, j = runs[-1]
    prev = toks[i - 1][3] if i > 0 else None
    first_i, first_j = runs[0]
    # A phrase-opening 'der'/'de' is an article here, though tagged as a connector.
    lead_ok = all(t[3] in ("hon", "det", "role") or (k == 0 and t[3] == "conn")
                  for k, t in enumerate(toks[:first_i]))
    if first_i > 0 and toks[first_i - 1][3] == "hon" and lead_ok:
        return first_i, min(first_j, first_i + _MAX_NAME)  # an honorific marks the person
    tail_roles = any(t[3] == "role" for t in toks[j:])
    if tail_roles and lead_ok:
        return first_i, first_j
    if lead_ok and (first_i, first_j) != (i, j) and _two_titled(toks, runs[0], (i, j)):
        return first_i, first_j  # 'President Biden and Prime Minister Kishida': the first
    if prev == "conn":
        if j - i >= 3:
            return last_two(toks, i, j), j
        if (first_i, first_j) != (i, j) and first_j - first_i >= 2 and lead_ok:
            return first_i, first_j
    if prev == "other" and len(runs) > 1 and lead_ok:
        return first_i, first_j
    return max(i, j - _MAX_NAME), j


def _is_org(words: list[str]) -> bool:
    """A name that names an organisation ('European Commission', 'Acme Inc.')."""
    return any(w.lower() in ORG_WORDS or w.lower().rstrip(".") in ORG_WORDS for w in words)


def _segments(text: str) -> list[tuple[int, int]]:
    """Comma-separated parts of a phrase, a company suffix kept with its part."""
    segs: list[tuple[int, int]] = []
    pos = 0
    for m in re.finditer(",", text):
        segs.append((pos, m.start()))
        pos = m.end()
    segs.append((pos, len(text)))
    out: list[tuple[int, int]] = []
    for s, e in segs:
        word = text[s:e].strip().lower()
        if out and (word in COMPANY_SUFFIXES or word.rstrip(".") in COMPANY_SUFFIXES):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _heads_both_sides(left: str, right: list[str]) -> bool:
    """'policy consultant and YH4F project manager': the left part ends with a role head
    and one stands within three words on the right, so two roles are joined."""
    last = left.split()[-1].strip(EDGE).lower() if left.split() else ""
    return last in SPLIT_HEADS and any(w.strip(EDGE).lower() in SPLIT_HEADS for w in right)


def split_titles(title: str) -> list[str]:
    """Split roles joined by 'and' when the second starts a new role head."""
    parts: list[str] = []
    pos = 0
    for m in _JOIN.finditer(title):
        if title[m.start() - 1:m.start()] == "-":
            continue  # 'bistånds- och utrikeshandelsminister': one suspended compound
        words = title[m.end():m.end() + 80].split()
        k = 0
        while k < len(words) - 1 and k < 2 and words[k].lower() in SPLIT_MODIFIERS:
            k += 1
        head = words[k].strip(EDGE).lower() if words else ""
        if head in SPLIT_HEADS or head.endswith(("minister", "ministerin", "präsident")) \
                or _heads_both_sides(title[pos:m.start()], words[:3]) \
                or _two_roles(title[pos:m.start()], title[m.end():]):
            parts.append(title[pos:m.start()])
            pos = m.end()
    parts.append(title[pos:])
    return [p.strip(" ,;:-–—") for p in parts if p.strip(" ,;:.-–—")]


def _two_roles(before: str, after: str) -> bool:
    """Both sides of 'and' end in a role word: 'Co-Chief Investment Officer and Funds
    President' (not 'Chief Product and Technology Officer', whose first side is no role)."""
    nxt = _JOIN.search(after)
    after = after[:nxt.start()] if nxt else after
    b, a = before.split(), after.split()
    return bool(b and a) and is_role_word(b[-1].strip(EDGE).lower()) \
        and is_role_word(a[-1].strip(EDGE).lower())


def _clean_title(text: str) -> str:
    """A title without leading determiners or trailing punctuation."""
    t = text.strip(" ,;:-–—\"“”")
    if t.endswith(".") and t.rsplit(None, 1)[-1].lower() not in COMPANY_SUFFIXES:
        t = t[:-1]
    first, _, rest = t.partition(" ")
    if first.lower() in {"the", "der", "die", "das", "le", "la", "el", "il"} and rest:
        t = rest
    elided = _ELIDED.match(t.lower())
    if elided and elided.end() < len(t):
        t = t[elided.end():]
    return t.strip()


def _relative_title(text: str) -> str:
    """The role in a relative clause: 'who is the CEO' gives 'the CEO'."""
    words = text.split()[1:]
    if len(words) > 2 and f"{words[0]} {words[1]}".lower() in COPULAS:
        words = words[2:]  # 'who serves as the CEO'
    elif words and words[0].lower() in COPULAS:
        words = words[1:]
    if words and words[-1].lower().strip(".") in COPULAS:
        words = words[:-1]
    return " ".join(words)


def _is_role_clause(text: str) -> bool:
    """A relative clause that states a role ('who is the CEO', 'der das Labor leitet')."""
    words = [w.strip(EDGE).lower() for w in text.split()[1:]]
    return bool(words) and (words[0] in COPULAS or any(
        w in ROLE_VERBS or is_role_word(w) for w in words))


def _appositions(text: str, segs: list[tuple[int, int]], later: bool = False) -> list[str]:
    """Titles printed after the name between commas ('Jane Doe, CEO of Acme,');
    ``later``: a title was printed already, so each part must look like a role."""
    out: list[str] = []
    for n, (s, e) in enumerate(segs, start=int(later)):
        seg = text[s:e].strip()
        if not seg:
            continue
        if seg[:1] in DOUBLE_OPENERS:
            break  # 'Jo Lee, "Morning Show" kicked off …': a new clause, not a title
        first = seg.split()[0].strip(EDGE)
        low = first.lower()
        if first[:1].isdigit() or seg.lower().rstrip(". ") in POSTNOMINALS:
            continue
        if low in RELATIVE_OPENERS and first.islower():
            if _is_role_clause(seg) and not _PAST_CLAUSE.match(seg):
                out.append(_relative_title(seg))  # 'who is the CEO', not 'who was on …'
            break
        if low in _APPOS_STOP or (low.endswith("ing") and first.islower()):
            break
        if n > 0 and classify(first) not in ("role", "name", "det"):
            break
        out.append(_INNER_RELATIVE.split(seg, 1)[0])  # 'head of policy who wrote …'
        if len(out[-1]) < len(seg):
            break
    return [t for t in (_clean_title(t) for t in out) if t]


def _tail_title(text: str, toks: list[Tok]) -> str:
    """A title after the name in the same part: 'Tom Agnew Chief Executive Officer of X'."""
    if not toks:
        return ""
    k = 0
    if toks[0][2].lower() in _AFFIL_PREPS and toks[0][2].islower():
        k = 1
    elif toks[0][3] not in ("role", "name"):
        return ""
    end = k
    while end < len(toks) and toks[end][3] in ("role", "name", "conn", "det"):
        end += 1
    while end > k and toks[end - 1][3] in ("conn", "det"):
        end -= 1
    if end > k and end < len(toks) and toks[end - 1][2].endswith(_POSSESSIVE):
        return ""  # 'Jane Doe at Acme's annual gala': the possessive belongs to what follows
    return _clean_title(text[toks[k][0]:toks[end - 1][1]]) if end > k else ""


def _titles_before(text: str, toks: list[Tok]) -> str:
    """A title before the name ('OSCE Secretary General'), if it holds a role word."""
    toks = [t for t in toks if t[3] != "hon"]
    while toks and toks[0][3] in ("det", "conn"):
        toks = toks[1:]
    if not toks or not any(t[3] == "role" for t in toks):
        return ""
    return _clean_title(text[toks[0][0]:toks[-1][1]])


def _person(text: str, base: int, toks: list[Tok], rng: tuple[int, int],
            segs: list[tuple[int, int]]) -> Mention:
    """A person or organisation mention from the chosen name run and what surrounds it."""
    i, j = rng
    hon = next((t[2] for t in reversed(toks[:i]) if t[3] == "hon"), None)
    words = [t[2] for t in toks[i:j]]
    name = " ".join(words)
    titles: list[str] = []
    if hon and hon.lower() in TITLE_HONORIFICS:
        titles.append(hon)
    for raw in (_titles_before(text, toks[:i]), _tail_title(text, toks[j:])):
        if raw:
            titles.extend(split_titles(raw))
    for raw in _appositions(text, segs[1:]) if j == len(toks) or _tail_ok(toks[j:]) else []:
        titles.extend(split_titles(raw))
    kind: MentionKind = "org" if _is_org(words) else "person"
    return Mention(kind, base + toks[i][0], base + toks[j - 1][1], name, hon, titles)


def _tail_ok(toks: list[Tok]) -> bool:
    """Whether the words after a name leave its appositions attached to it."""
    return all(t[3] in ("role", "name", "conn", "det") or t[2].lower() in _AFFIL_PREPS
               for t in toks)


def _org_chain(toks: list[Tok], base: int) -> Mention | None:
    """'the Expert Group', 'Acme Inc.': capitalised words ending in an organisation word."""
    k = 0
    while k < len(toks) and toks[k][3] == "det":
        k += 1
    chain = toks[k:]
    if not chain or not _is_org([chain[-1][2]]) or not chain[-1][2][:1].isupper() \
            or any(t[3] not in ("name", "role", "conn") for t in chain) \
            or chain[0][3] == "conn":
        return None
    return Mention("org", base + chain[0][0], base + chain[-1][1],
                   " ".join(t[2] for t in chain))


def _titled_name(toks: list[Tok]) -> bool:
    """'Chancellor M.R.C. Greenwood of the University': a role word right before a name
    (initials, or a name followed by 'of'/'at') holds the person already."""
    for i in range(len(toks) - 2):
        if toks[i][3] == "role" and toks[i + 1][3] == toks[i + 2][3] == "name" and (
                _INITIAL.fullmatch(toks[i + 1][2])
                or (i + 3 < len(toks) and toks[i + 3][2] in ("of", "at"))):
            return True
    return False


def _title_first(text: str, base: int, toks: list[Tok],
                 segs: list[tuple[int, int]]) -> Mention | None:
    """'la ministra de Economía, Nadia Calviño': a role, then the name after a comma."""
    k = 0
    while k < len(toks) and toks[k][3] in ("det", "hon", "conn"):
        k += 1
    if k >= len(toks) or len(segs) < 2 or "role" not in (toks[k][3], toks[-1][3]) \
            or _titled_name(toks):
        return None
    j = len(toks)
    while j > k and toks[j - 1][3] == "name":
        j -= 1
    if j < len(toks) and (j == k or toks[j - 1][3] not in ("conn", "det")):
        return None
    s, e = segs[1]
    name_toks = tokens(text, s, e)
    if not 2 <= len(name_toks) <= _MAX_NAME or any(t[3] != "name" for t in name_toks):
        return None
    title = _clean_title(text[toks[k][0]:toks[-1][1]])
    words = [t[2] for t in name_toks]
    return Mention("person", base + name_toks[0][0], base + name_toks[-1][1], " ".join(words),
                   None, split_titles(title) + _appositions(text, segs[2:], later=True))


def _modifier_run(toks: list[Tok], rng: tuple[int, int]) -> bool:
    """A name run between 'the' and the role words that end the phrase modifies the role."""
    i, j = rng
    return toks[0][2].lower() == "the" and i > 0 and j < len(toks) \
        and all(t[3] == "role" for t in toks[j:]) \
        and all(t[3] in ("det", "role", "other") for t in toks[:i])


def parse_np(text: str, base: int = 0) -> Mention | None:
    """Read an attribution phrase into a Mention; ``base`` offsets its spans."""
    segs = _segments(text)
    toks = tokens(text, segs[0][0], segs[0][1])
    if not toks:
        return None
    if len(toks) == 1 and toks[0][2].lower() in PRONOUN_SET:
        return Mention("pronoun", base + toks[0][0], base + toks[0][1], toks[0][2].lower())
    org = _org_chain(toks, base)
    if org is not None:
        return org
    front = _title_first(text, base, toks, segs)
    if front is not None:
        return front
    rng = _pick_name(toks)
    if rng is not None and _modifier_run(toks, rng):
        return None  # 'the former California congressman': a place or firm, not a name
    if rng is None:
        roles = [t for t in toks if t[3] == "role"]
        if roles and all(t[3] in ("det", "role", "conn", "other") for t in toks) \
                and len(toks) <= 5:
            return Mention("role", base + toks[0][0], base + toks[-1][1],
                           " ".join(t[2].lower() for t in roles))
        return None
    return _person(text, base, toks, rng, segs)


__all__ = ["EDGE", "Mention", "classify", "clean_word", "is_role_word", "last_two", "parse_np",
           "split_titles", "tokens"]
