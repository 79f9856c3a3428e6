"""Resolving mentions to speakers: full names, surnames, pronouns and roles.

A :class:`NameIndex` reads the names printed in the body on demand, so that 'Janik' or
'DA Stephan' resolve to the full name printed elsewhere and 'he' to the last person named.
A :class:`Registry` keeps the speakers found so far and merges mentions into them.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..document import Block
from ..lexicon.gender import (
    FEMALE_CUES,
    FEMALE_NAMES,
    MALE_CUES,
    MALE_NAMES,
    PRONOUN_GENDER,
)
from ..lexicon.titles import (
    CONNECTORS,
    DETERMINERS,
    GENERATION_SUFFIXES,
    HONORIFICS,
    NAME_SUFFIXES,
    ORG_WORDS,
    ROLE_VERBS,
)
from ..models import Span, Speaker
from .attribution import chain_start, sentence_end
from .speakers import Mention, classify, clean_word, is_role_word, parse_np, tokens

_MAX_FULL_NAMES = 4
_GIVEN_INITIALS = re.compile(r"(?:[A-Z]\.){2,4}")
_OBJECT_CUES = frozenset({"at", "to", "for", "with", "from", "by", "of", "in", "on", "told",
                          "about", "under", "joined", "like"})
_AFFILIATION = frozenset({"from", "at", "of", "von", "vom", "bei", "de", "du", "van", "från"})
_CAP = "A-ZÀ-ÖØ-ÞА-ЯЁ"
_INITIAL = re.compile(rf"[{_CAP}]\.")
_NAME_SEQ = re.compile(
    rf"[{_CAP}][\w'’\-]{{0,40}}\.?(?:\s(?:[{_CAP}]\.|[{_CAP}][\w'’\-]{{1,40}})){{1,4}}")

_SUFFIX_AFTER = re.compile(
    " (?:" + "|".join(re.escape(s) for s in GENERATION_SUFFIXES) + r")(?![\w.])")

_ORG_SEQ = re.compile(
    rf"[{_CAP}][\w'’\-]{{1,40}}(?:\s(?:(?:of|for|the|and|on|de|del|la|las|los|sobre|des|du|"
    rf"der|die|für|van|voor|di|della|för)\s){{0,2}}[{_CAP}][\w'’\-]{{1,40}}){{2,10}}")


def _personal(run: list[str], text: str, end: int) -> bool:
    """A two- or three-word name followed by a comma or a lower-case word: a person."""
    if len(run) > 3 or any(w.lower() in ORG_WORDS for w in run):
        return False
    after = text[end:end + 3]
    return after[:1] == "," or (after[:1] == " " and after[1:2].islower())


def _surname(name: str) -> str:
    """Lower-cased last word of a name that is not a suffix ('Aldrich' in '… Aldrich III')."""
    words = [w for w in name.split() if w.lower() not in NAME_SUFFIXES]
    return (words or name.split() or [""])[-1].lower().strip(".,")


def _past_suffix(text: str, end: int) -> int:
    """End of a name carried over a suffix printed after it ('Aldrich III', 'Lee Jr.')."""
    if text[end:end + 1] != " ":
        return end
    m = _SUFFIX_AFTER.match(text, end, end + 8)
    return m.end() if m else end


_Name = tuple[int, str, bool, str]
"""A name printed in the body: position, the name, printed as a person's, text before it."""


@dataclass(slots=True)
class NameIndex:
    """Names printed in the body, read on demand: only the paragraphs a resolution needs.

    Pronouns and roles look at the names of the last few paragraphs; a surname is
    expanded by finding where it is printed after a first name.
    """

    text: str = ""
    blocks: list[Block] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)
    _names: dict[int, list[_Name]] = field(default_factory=dict)
    _full: dict[str, Mention | None] = field(default_factory=dict)
    _orgs: list[str] | None = None

    def __post_init__(self) -> None:
        self._starts = [b.start for b in self.blocks]

    def _block_names(self, bi: int) -> list[_Name]:
        """The names of one paragraph, read once."""
        names = self._names.get(bi)
        if names is None:
            b = self.blocks[bi]
            names = self._names[bi] = _read_names(b.text, b.start)
        return names

    def _around(self, pos: int, back: int) -> list[_Name]:
        """Names printed before ``pos`` in its paragraph and the ``back`` ones before it."""
        bi = bisect.bisect_right(self._starts, pos) - 1
        out: list[_Name] = []
        for i in range(max(0, bi - back), bi + 1):
            out.extend(n for n in self._block_names(i) if n[0] < pos)
        return out

    def expand(self, surname: str) -> Mention | None:
        """The full name printed in the body for a surname ('Janik' gives 'Brandon Janik'),
        read with its honorific and titles, if any."""
        if surname in self._full:
            return self._full[surname]
        found: Mention | None = None
        tries = 0
        i = self.text.find(surname, self._starts[0] if self._starts else 0)
        while i >= 0 and tries < _MAX_FULL_NAMES and not (found and found.titles):
            end = i + len(surname)
            if not (end < len(self.text) and self.text[end].isalnum()):
                first = _first_names(self.text, i)
                if first is not None:  # a later printing may state the role ('… is CEO of')
                    tries += 1
                    end = _past_suffix(self.text, end)
                    m = self.mention_at(first, self.text[first:end])
                    found = m if found is None or (m.titles and m.name == found.name) else found
            i = self.text.find(surname, end)
        self._full[surname] = found
        return found

    def expand_first(self, first: str) -> Mention | None:
        """The full name printed in the body for a first name that a signature gives
        alone ('Davide' in '<cite>Davide, winner</cite>' after 'Davide Rorato for …')."""
        key = "\x00" + first  # shares the surname cache, apart from its keys
        if key not in self._full:
            self._full[key] = self._find_first(first)
        return self._full[key]

    def _find_first(self, first: str) -> Mention | None:
        """The first of at most 20 printings of ``first`` that opens a longer name."""
        i = self.text.find(first + " ", self._starts[0] if self._starts else 0)
        for _ in range(20):
            if i < 0:
                return None
            m = _NAME_SEQ.match(self.text, i)
            if (i == 0 or not self.text[i - 1].isalnum()) and m is not None:
                words = m.group().split(" ")[:3]
                if len(words) > 1 and all(classify(clean_word(w) or "x") == "name"
                                          for w in words[1:]):
                    name = " ".join(words)
                    found = self.mention_at(i, name)
                    return found if found.name == name else Mention("person", i, i + len(name),
                                                                       name)
            i = self.text.find(first + " ", i + 1)
        return None

    def first_mention(self, name: str) -> Mention | None:
        """The first printing of a full name in the body, read with its titles."""
        i = self.text.find(name, self._starts[0] if self._starts else 0)
        return self.mention_at(i, name) if i >= 0 else None

    def mention_at(self, pos: int, name: str) -> Mention:
        """A name printed outside any attribution, read with the honorific and titles
        around it ('Mayor Lisa Chen praised …', 'Dr. Nico Augustin from GEOMAR …')."""
        text = self.text
        lo = max(0, pos - 80, text.rfind("\n", 0, pos) + 1)
        toks = tokens(text, lo, pos)
        k = chain_start(text, toks, len(toks))
        start = toks[k][0] if k < len(toks) else pos
        end = pos + len(name)
        after = text[end:end + 12].split(None, 1)
        if text[end:end + 1] == "," or (after and after[0] in _AFFILIATION):
            stop = sentence_end(text, pos, min(len(text), pos + 200))
            other = _AND_NAME.search(text, end, stop)  # '… of UCSC and Jane Doe, curator'
            end = other.start() if other else stop
        m = parse_np(text[start:end].rstrip(" ."), start)
        if (m is None or name.split()[-1] not in m.name.split()) and start < pos:
            m = parse_np(text[pos:end].rstrip(" ."), pos)  # 'X of UCSC and Jane Doe, curator'
        if m is None or m.kind != "person" or name.split()[-1] not in m.name.split():
            return Mention("person", pos, pos + len(name), name)
        role = _role_clause(text, pos + len(name))
        if role:
            m.titles.append(role)
        elif not m.titles:
            role = _appointed_as(text, pos + len(name)) or _stated_role(text, pos + len(name))
            if role:
                m.titles.append(role)
        return m

    def expand_org(self, name: str) -> str | None:
        """The longest printed name that starts or ends with a short organisation name."""
        if self._orgs is None:
            self._orgs = [_undetermined(m.group())
                          for b in self.blocks for m in _ORG_SEQ.finditer(b.text)]
        prefix, suffix = name + " ", " " + name
        return max((o for o in self._orgs if o.startswith(prefix) or o.endswith(suffix)),
                   key=len, default=None)

    def titled_before(self, role: str, pos: int) -> str | None:
        """The last name printed shortly before ``pos`` with the role word just before it."""
        for n in reversed(self._around(pos, 3)):
            if all(w in n[3] for w in role.split()):
                return n[1]
        return None

    def protagonist_before(self, pos: int, back: int) -> tuple[int, str] | None:
        """The person printed in the ``back`` paragraphs before ``pos`` whose surname the
        story repeats most ('Robert Lang … Lang … Lang'); the later one on a tie."""
        names = [n for n in self._around(pos, back) if n[2]][-20:]
        if not names:
            return None
        counts = {n[1]: self.text.count(n[1].split()[-1], 0, pos) for n in names}
        best = max(range(len(names)), key=lambda i: (counts[names[i][1]], i))
        return names[best][0], names[best][1]

    def last_person_before(self, pos: int, lo: int) -> tuple[int, str] | None:
        """Position and text of the last name printed as a person's in [lo, pos), not
        the object of a preposition or of 'told' ('worked at Goldman Sachs', 'told Pen
        Howell'): a pronoun stands for a subject."""
        for n in reversed(self._around(pos, 1)):
            before = n[3].split()
            if n[0] >= lo and n[2] and not (before and before[-1] in _OBJECT_CUES):
                return n[0], n[1]
        return None

    def last_of_gender(self, pos: int, want: str, back: int = 12) -> tuple[int, str] | None:
        """The last person's name of a gender printed before ``pos`` (a few paragraphs)."""
        for n in reversed(self._around(pos, back)):
            if n[2] and name_gender(n[1]) == want:
                return n[0], n[1]
        return None


_IS_ROLE = re.compile(r"\s(?:is|serves\sas)\s(?:the\s|a\s|an\s|its\s)?([^.,;:!?\n]{3,160})")
_AND_SPLIT = re.compile(r"\s(?:and|&)\s(?:the\s|a\s|an\s)?")
_AND_NAME = re.compile(r"\s(?:and|&)\s(?=[A-Z][\w'’-]{1,30}\s(?:[A-Z]\.\s)?[A-Z][\w'’-])")
_ROLE_WORD = r"(?:[A-Z][\w&'’-]{0,30}|of|and|for|the|&)"
_AS_ROLE = re.compile(
    r"[^.,;:!?()\n]{0,60}?\bas\s(?:the\s|its\s|our\s|their\s|a\s|an\s)?"
    r"(?:new\s|next\s|incoming\s|interim\s)?(" + _ROLE_WORD + r"(?:\s" + _ROLE_WORD + r"){0,8})")
_ROLE_VERB = re.compile(r"[^.,;:!?\n]{0,60}?\b(" + "|".join(
    sorted((re.escape(v) for v in ROLE_VERBS), key=len, reverse=True)) + r")\s([^.,;:!?\n]{3,80})")


def _role_clause(text: str, end: int) -> str | None:
    """'Nico Augustin from GEOMAR heads the geological research.': the role a verb states
    right after a name ('heads the geological research'); a short one, not a whole
    clause ('founded Acme with the goal of …')."""
    m = _ROLE_VERB.match(text, end, min(len(text), end + 160))
    if m is None or m.group(1) in ("responsible", "responsable", "verantwortlich") \
            or len(m.group(2).split()) > 6:
        return None
    return f"{m.group(1)} {m.group(2).strip()}"


def _stated_role(text: str, end: int) -> str | None:
    """'Jo Park is a graduate of X and CEO of Acme.': the role a copula states right after
    a name (the first part, between 'and's, that opens with a role word)."""
    m = _IS_ROLE.match(text, end, min(len(text), end + 200))
    if m is None:
        return None
    for part in _AND_SPLIT.split(m.group(1)):
        words = part.split()
        if words and words[0][:1].isupper() and is_role_word(words[0].lower()):
            return part.strip()
    return None


def _appointed_as(text: str, end: int) -> str | None:
    """'… Jo Park as Chief Product Officer', '… Jo Park has joined Acme as the new Chief
    Financial Officer': the role an appointment gives the name just printed."""
    m = _AS_ROLE.match(text, end, min(len(text), end + 200))
    if m is None:
        return None
    words = m.group(1).split()
    while words and words[-1].lower() in ("of", "and", "for", "the", "&"):
        words.pop()
    return " ".join(words) if any(is_role_word(w.lower()) for w in words) else None


def _undetermined(name: str) -> str:
    """A name without a leading article ('The European Commission' gives 'European …')."""
    first, _, rest = name.partition(" ")
    return rest if rest and first.lower() in DETERMINERS else name


def _first_names(text: str, i: int) -> int | None:
    """Where the first name printed right before a surname at ``i`` starts: one
    capitalised word, with any middle initials ('Lyle J. Fenstermaker')."""
    pos = i
    while pos > 0 and i - pos < 60:
        j = text.rfind(" ", max(0, pos - 41), pos - 1) + 1
        j = max(j, text.rfind("\n", j, pos - 1) + 1)  # a word starts a line after a break
        word = text[j:pos - 1]
        if text[pos - 1:pos] == " " and _GIVEN_INITIALS.fullmatch(word):
            return j  # 'M.R.C. Greenwood': the initials are the given names
        if text[pos - 1:pos] != " " or not word or word != clean_word(word) \
                or classify(word) != "name":
            return None
        if not _INITIAL.fullmatch(word):
            return j
        pos = j
    return None


def _possessed(words: list[str], k: int) -> bool:
    """A possessive inside the run or just before it ('Laboratory’s Steel Hall'): the
    run names a thing, not a person ('Acme’s President Jane Doe' keeps its name)."""
    return any(words[j].endswith(("’s", "'s")) for j in range(max(0, k - 1), len(words) - 1))


def _gerund_opening(word: str, text: str, start: int) -> bool:
    """An -ing word that opens a sentence ('Adding', 'Building'): it starts a clause."""
    if len(word) < 6 or not word.endswith("ing"):
        return False
    before = text[max(0, start - 4):start].rstrip()
    return not before or before[-1] in ".!?:\"“‘«„("


def _read_names(text: str, base: int) -> list[_Name]:
    """The personal names in one paragraph (after a title or honorific = a person's)."""
    out: list[_Name] = []
    for m in _NAME_SEQ.finditer(text):
        words = m.group().split(" ")
        k = len(words)
        while k > 0 and classify(clean_word(words[k - 1]) or "x") == "name":
            k -= 1
        if len(words) - k < 2 or _possessed(words, k):
            continue
        if len(words) - k >= 3 and text[max(0, m.start() - 4):m.start()].rstrip() \
                .rsplit(" ", 1)[-1] in CONNECTORS:
            k = len(words) - 2
        run = [clean_word(w) for w in words[k:]]
        if len(run) > 4 or any(w.isupper() and len(w) > 2 for w in run) \
                or any(w.lower().rstrip(".") in ORG_WORDS for w in run):
            continue  # an acronym or an organisation ('State Street Corp.'), not a person
        start = m.start() + sum(len(w) + 1 for w in words[:k])
        if _gerund_opening(run[0], text, start):
            continue  # 'Adding Vietnamese to our languages …': a clause, not a person
        before = text[max(0, start - 60):start].lower()
        prev = before.split()
        strong = k > 0 or bool(prev and prev[-1] in HONORIFICS) or _personal(run, text, m.end())
        out.append((base + start, " ".join(run), strong, before))
    return out


@dataclass(slots=True)
class _Entry:
    name: str
    kind: str
    honorific: str | None = None
    titles: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    quoted: bool = False
    gender: str | None = None


class Registry:
    """The speakers of one release, built up mention by mention."""

    def __init__(self, index: NameIndex) -> None:
        self.index = index
        self.entries: list[_Entry] = []
        self._by_surname: dict[str, int] = {}
        self.last: int | None = None
        self._recent: list[int] = []

    def resolve(self, m: Mention) -> int | None:
        """The entry a mention refers to, creating or enriching it; None when unknown."""
        if m.kind == "pronoun":
            idx = self._by_pronoun(m.name, m.start)
        elif m.kind == "role":
            idx = self._by_role(m.name)
            if idx is None:
                name = self.index.titled_before(m.name, m.start)
                idx = self.named(Mention("person", m.start, m.end, name)) if name else None
        else:
            idx = self._by_name(m)
        if idx is not None:
            e = self.entries[idx]
            e.mentions.append((m.start, m.end))
            if m.kind in ("person", "org"):
                self._enrich(e, m)
            if e.kind == "person":
                self.last = idx
                self._recent = [*[i for i in self._recent if i != idx][-11:], idx]
        return idx

    def _by_pronoun(self, pronoun: str, pos: int) -> int | None:
        """The last person named, or the last one of the pronoun's gender when that one
        is known to be of the other (a speaker, else a name printed shortly before); the
        entry learns the pronoun's gender."""
        want = PRONOUN_GENDER.get(pronoun)
        idx = self.last
        if want is None or idx is None:
            return idx
        if self.gender(idx) not in (None, want):
            alt = next((i for i in reversed(self._recent) if self.gender(i) == want), None)
            if alt is None:
                found = self.index.last_of_gender(pos, want)
                alt = self.named(self.index.mention_at(*found)) if found else None
            idx = idx if alt is None else alt
        if self.entries[idx].gender is None:
            self.entries[idx].gender = want
        return idx

    def gender(self, idx: int) -> str | None:
        """An entry's gender from its honorific, titles or first name, if any says."""
        e = self.entries[idx]
        if e.gender is None:
            words = [*(e.honorific or "").lower().split(),
                     *" ".join(e.titles).lower().split()]
            e.gender = name_gender(e.name) or next(
                ("f" if w in FEMALE_CUES else "m" for w in words
                 if w in FEMALE_CUES or w in MALE_CUES), None)
        return e.gender

    def last_position(self) -> int:
        """Where the last resolved person was last mentioned, or -1."""
        if self.last is None or not self.entries[self.last].mentions:
            return -1
        return self.entries[self.last].mentions[-1][0]

    def named(self, m: Mention) -> int:
        """The entry for a name read outside an attribution (a pronoun's antecedent)."""
        idx = self._by_name(m)
        e = self.entries[idx]
        self._enrich(e, m)
        if (m.start, m.end) not in e.mentions:
            e.mentions.append((m.start, m.end))
        return idx

    def _enrich(self, e: _Entry, m: Mention) -> None:
        """Keep the honorific and, when it has none yet, the titles of a mention."""
        if m.honorific and not e.honorific:
            e.honorific = m.honorific
        if m.titles and not e.titles:
            e.titles = list(dict.fromkeys(m.titles))

    def _by_name(self, m: Mention) -> int:
        """Find or create the entry of a named mention, merging surname and full name."""
        name = m.name
        words = name.split()
        sur = _surname(name)
        if m.kind == "org":
            name = self.index.expand_org(name) or name
        if len(words) == 1 and m.kind == "person":
            if sur in self._by_surname:
                return self._by_surname[sur]
            full = self.index.expand(name) or self.index.expand_first(name)
            if full is not None and len(full.name.split()) > 1:
                found = self._by_name(full)
                self._enrich(self.entries[found], full)
                return found
        idx = self._by_surname.get(sur)
        if idx is not None and self._compatible(self.entries[idx].name, name):
            e = self.entries[idx]
            if len(name.split()) > len(e.name.split()):
                e.name = name
            return idx
        self.entries.append(_Entry(name, m.kind))
        idx = len(self.entries) - 1
        self._by_surname.setdefault(sur, idx)
        if m.kind == "person" and len(words) > 1 and _abbreviated(m.titles):
            first = self.index.first_mention(name)
            if first is not None:
                self._enrich(self.entries[idx], first)
        return idx

    @staticmethod
    def _compatible(a: str, b: str) -> bool:
        """Two names of one person: one's words are a subset of the other's."""
        wa, wb = set(a.lower().split()), set(b.lower().split())
        return wa <= wb or wb <= wa

    def _by_role(self, role: str) -> int | None:
        """The latest speaker whose titles hold the role word ('the minister')."""
        words = role.split()
        for i in range(len(self.entries) - 1, -1, -1):
            titles = " ".join(self.entries[i].titles).lower()
            if words and all(w in titles for w in words):
                return i
        return None

    def speakers(self) -> tuple[list[Speaker], dict[int, str]]:
        """The quoted entries as Speaker models, and each entry's output name."""
        out: list[Speaker] = []
        names: dict[int, str] = {}
        for i, e in enumerate(self.entries):
            if not e.quoted:
                continue
            names[i] = e.name
            org = _organization(e.titles)
            out.append(Speaker(
                name=e.name, honorific=e.honorific, titles=e.titles, organization=org,
                kind="organization" if e.kind == "org" else "person",
                mentions=[Span(start=s, end=t) for s, t in e.mentions]))
        return out, names


def _abbreviated(titles: list[str]) -> bool:
    """No titles, or only short initialisms ('DA', 'SA'): the first printing of the name
    may give the role in full ('San Diego County District Attorney Jane Roe')."""
    return all(len(t) <= 3 and t.isupper() for t in titles)


def name_gender(name: str) -> str | None:
    """'f' or 'm' when the first name is a common one of that gender."""
    first = name.split()[0].lower() if name.split() else ""
    if first in FEMALE_NAMES and first not in MALE_NAMES:
        return "f"
    return "m" if first in MALE_NAMES and first not in FEMALE_NAMES else None


def _organization(titles: list[str]) -> str | None:
    """The organisation a title names: an acronym ('OSCE'), or what follows 'at' ('CEO at
    Acme') or an 'of' that names a company or body ('CEO of Acme Inc.')."""
    for t in titles:
        for w in t.split():
            w = w.strip(",.()")
            if len(w) >= 2 and w.isupper() and w.isalpha() and not is_role_word(w.lower()):
                return w
    for t in reversed(titles):
        for sep in (" at ", " bei ", " chez ", " en ", " of ", " von ", " de "):
            _head, found, org = t.rpartition(sep)
            org = _undetermined(org)
            if found and org[:1].isupper() and (sep.strip() in ("at", "bei", "chez", "en")
                                                or any(w.lower().strip(",.") in ORG_WORDS
                                                       for w in org.split())):
                return org
    return None


__all__ = ["NameIndex", "Registry", "name_gender"]
