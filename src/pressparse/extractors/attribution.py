"""Attribution: the speech verb and speaker phrase printed next to a quotation.

Reads only the text between quotations ("gaps"), each once, bounded in length.
``after_quote`` reads the gap after a closing mark ('…," said Jane Doe, CEO.'),
``before_quote`` the gap before an opening mark ('Jane Doe said: "…').
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon.speech import (
    FOLLOWING_STATEMENT,
    NAMING_WORDS,
    PRONOUN_FORMS,
    REPORTING_PHRASES,
    SENTENCE_REPORTING,
    SPEECH_ADVERB_SUFFIXES,
    SPEECH_AUXILIARIES,
    WORK_NOUNS,
)
from ..lexicon.titles import NAME_PARTICLES, SENTENCE_WORDS
from .speakers import PRONOUN_SET, Mention, Tok, parse_np, tokens
from .verbs import VerbMatch, first_verb, last_verb, verb_at


def _alternation(words: list[str]) -> str:
    """A regex alternation of phrases, longest first, spaces matching any white space."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


_REPORT = re.compile(r"(?<!\w)(?:" + _alternation(
    [*REPORTING_PHRASES, *(p[:1].upper() + p[1:] for p in REPORTING_PHRASES)]) + r")(?!\w)")
_OPENING_REPORT = re.compile(r"\s{0,4}(?:" + _alternation(list(SENTENCE_REPORTING)) + r")\s")
_FOLLOWING = re.compile(r"(?i:" + _alternation(list(FOLLOWING_STATEMENT)) + r")(?!\w)")
_FOLLOWING_WORDS = frozenset(max(p.lower().split(), key=len) for p in FOLLOWING_STATEMENT)
"""A word each ``_FOLLOWING`` phrase holds: a case-insensitive search is tried only when
one is printed (most paragraphs announce nothing)."""
_FR_INVERSION = re.compile(r"(?:-t)?-(il|elle|ils|elles)(?!\w)", re.IGNORECASE)
_NAMING = re.compile(r"(?<!\w)(?:(?:" + _alternation(
    [*NAMING_WORDS, *(w.capitalize() for w in NAMING_WORDS)]) + r")|(?:"
    + _alternation([*WORK_NOUNS, *(w.capitalize() for w in WORK_NOUNS)])
    + r"))\s{0,3}$")
_FR_AUX = re.compile(r"(?:a|aurait|avait)-t-(il|elle|ils|elles)\s{1,3}")
_SENT_END = re.compile(r"[.!?](?=\s{1,4}[\"“‘„«\u2013\u2014\u2022\u25aa\u25cf*A-ZÀ-ÞА-ЯЁ]|\s*$)")
_INITIALS = re.compile(r"(?:[^\W\d_]\.){1,3}[^\W\d_]")
_ABBREV = frozenset({"dr", "mr", "mrs", "ms", "prof", "inc", "ltd", "co", "corp", "jr",
                     "sr", "st", "no", "gen", "sen", "rep", "gov", "lt", "col", "capt",
                     "u.s", "u.k", "e.g", "i.e", "vs", "mt", "ft", "dott", "ing", "mag",
                     "h.e", "m", "mme", "approx", "dept", "univ", "hon", "rev"})
_THAT = ("that", "dass", "que", "che", "dat", "att", "что", ":", ",")
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
_LEAD = " \t,.;:!?\u2013\u2014-"
_MAX_GAP = 400
_MAX_BEFORE_TAIL = 80


@dataclass(slots=True)
class Attribution:
    """A speaker phrase read beside a quotation, with its verb."""

    mention: Mention | None
    """None when a speech verb stands by the quotation but its speaker is not a name."""
    verb: str | None
    ends_with_intro: bool = False
    """The phrase ends with ':' or ',' right before the next quotation ('Doe said:')."""
    adjacent: bool = True
    """The verb stands right by the quotation (not 'Doe said the plan was "…"')."""


def sentence_end(text: str, start: int, stop: int) -> int:
    """Index just past the first sentence end in text[start:stop], or stop."""
    for m in _SENT_END.finditer(text, start, stop):
        word = text[max(start, m.start() - 12):m.start()].rsplit(None, 1)
        last = word[-1].lower().lstrip("(\"“") if word else ""
        if last in _ABBREV or (len(last) == 1 and last.isalpha()) or _INITIALS.fullmatch(last):
            continue  # 'Dr.', 'J.', 'M.R.C.' do not end a sentence
        return m.end()
    return stop


def _last_sentence_start(text: str, lo: int, stop: int) -> int:
    """Start of the last sentence in text[lo:stop] (a linear forward scan)."""
    start = pos = lo
    while pos < stop:
        end = sentence_end(text, pos, stop)
        if end >= stop:
            break
        start = pos = end
    return start


def _clean_subject(text: str) -> str:
    """The subject phrase with trailing auxiliaries and adverbs ('also', 'proudly') cut."""
    words = text.rstrip().split()
    while words and (words[-1].lower() in SPEECH_AUXILIARIES or (words[-1].lower().endswith(
            SPEECH_ADVERB_SUFFIXES) and words[-1].islower())):
        words.pop()
    return text[:len(" ".join(words)) + (len(text) - len(text.lstrip()))] if words else ""


def _subject_before(text: str, base: int) -> Mention | None:
    """The speaker phrase that ends a clause right before a verb ('… Jane Doe, CEO, said')."""
    sub = _clean_subject(text)
    if not sub.strip():
        return None
    if sub.rstrip().endswith(","):
        m = _apposed_subject(sub, base)
        if m is not None:
            return m
    elif "," in sub:
        m = _unclosed_apposition(sub, base)
        if m is not None:
            return m
    toks = tokens(sub)
    k = chain_start(sub, toks, len(toks))
    if k > 0 and "," not in sub:
        m = _name_then_role(sub, base, toks)
        if m is not None:
            return m
    if k < len(toks):
        m = parse_np(sub[toks[k][0]:].rstrip(" ,"), base + toks[k][0])
        if m is not None:
            return m
    return _clause_subject(sub, base)


def chain_start(text: str, toks: list[Tok], end: int) -> int:
    """Start of the run of name, title and pronoun tokens that ends at token ``end``."""
    k = end
    while k > 0:
        t = toks[k - 1]
        if t[3] in ("other", "num") and not (k == end and t[2].lower() in PRONOUN_SET):
            break
        if k < end and (text[t[1] - 1] == "," or (text[t[1] - 1] == "." and not t[2].endswith("."))):
            break  # a comma, or a full stop that ends a sentence (not 'Dr.', 'J.', 'Inc.')
        k -= 1
    return k


def _apposed_subject(sub: str, base: int) -> Mention | None:
    """'Jane Doe, the company's founder, said': the name before comma-set appositions."""
    cuts = [m.start() for m in re.finditer(",", sub)]
    bounds = [0, *[c + 1 for c in cuts]]
    for n in range(len(cuts) - 1, max(-1, len(cuts) - 5), -1):
        lo, hi = bounds[n], cuts[n]
        toks = tokens(sub, lo, hi)
        if not toks or toks[-1][3] != "name":
            continue
        k = chain_start(sub, toks, len(toks))
        chain = toks[k:]
        if _is_title_chain(chain) or (any(t[3] != "det" for t in toks[:k]) and n > 0):
            continue
        if not chain:
            return None
        start = chain[0][0]
        if n > 0 and k == 0:  # 'Chief Executive of the Agency, Owen Marchbank, said'
            if _joined_org(chain):
                continue  # 'Jane Doe, VP, Sales at Acme Corp, said': a title part, no name
            title = _title_segment(sub, bounds[n - 1], cuts[n - 1])
            start = title if title is not None else start
        return parse_np(sub[start:].rstrip(" ,"), base + start)
    return None


def _name_then_role(sub: str, base: int, toks: list[Tok]) -> Mention | None:
    """'Barrêt Koivogui chef d’antenne du massif du Ziama déclare': a clause that opens with
    a full name and a lower-case role, no commas; the role phrase is the title."""
    j = 0
    while j < len(toks) and toks[j][3] == "name":
        j += 1
    if j < 2 or j >= len(toks) or toks[j][3] != "role" or not toks[j][2].islower():
        return None
    return Mention("person", base + toks[0][0], base + toks[j - 1][1],
                   " ".join(t[2] for t in toks[:j]), None, [sub[toks[j][0]:].rstrip(" ,")])


def _unclosed_apposition(sub: str, base: int) -> Mention | None:
    """'Jane Doe, founder of Acme says': a role set off by a comma whose closing comma is
    missing; the speaker is the name before it, not the organisation that ends the role."""
    cut = sub.rfind(",")
    head = tokens(sub, 0, sub.find(","))
    if not head or any(t[3] not in ("name", "hon") for t in head):
        return None  # 'In Ohio, the mayor said': no name opens the clause
    toks = tokens(sub, cut + 1)
    k = 0
    while k < len(toks) and toks[k][3] == "det":
        k += 1
    if k >= len(toks) or not (toks[k][3] == "role" or toks[k][2].islower()):
        return None
    m = _apposed_subject(sub.rstrip() + ",", base)
    return m if m is not None and m.kind == "person" else None


def _joined_org(chain: list[Tok]) -> bool:
    """A capitalised part joined by a preposition ('Consumer Media at Acme Corp'): the
    end of a title and its organisation, not a personal name ('Jean de la Fontaine')."""
    return any(t[3] == "conn" and t[2] not in NAME_PARTICLES for t in chain)


def _title_segment(text: str, lo: int, hi: int) -> int | None:
    """Start of a comma part that is a title alone ('El director de Operaciones')."""
    toks = tokens(text, lo, hi)
    k = 0
    while k < len(toks) and toks[k][3] == "det":
        k += 1
    if k < len(toks) and toks[k][3] == "role" and all(
            t[3] in ("role", "name", "conn", "det") for t in toks[k:]):
        return toks[0][0]
    return None


def _is_title_chain(chain: list[Tok]) -> bool:
    """A chain that is a title with an organisation after it ('CEO of Acme')."""
    k = 0
    while k < len(chain) and chain[k][3] == "det":
        k += 1
    if k >= len(chain) or chain[k][3] != "role":
        return False
    j = len(chain)
    while j > k and chain[j - 1][3] == "name":
        j -= 1
    return j > k and chain[j - 1][3] == "conn"


def _clause_subject(text: str, base: int) -> Mention | None:
    """The subject at the start of the clause: 'Janik thanked them and said'."""
    cut = text.rfind(",")
    start = cut + 1 if cut >= 0 else 0
    toks = tokens(text, start)
    k = 0
    while k < len(toks) and toks[k][3] == "det":
        k += 1
    j = k
    while j < len(toks) and toks[j][3] in ("name", "conn") and j - k < 12:
        j += 1
    while j > k and toks[j - 1][3] == "conn":
        j -= 1
    if j > k and toks[k][3] == "name":
        return parse_np(text[toks[k][0]:toks[j - 1][1]], base + toks[k][0])
    if toks and toks[0][2].lower() in PRONOUN_SET:
        return parse_np(toks[0][2], base + toks[0][0])
    return None


def only_subject(text: str) -> bool:
    """Whether a text holds nothing but a speaker phrase ('Jane Doe, CEO,', 'she')."""
    sub = _clean_subject(text)
    head = sub.split(",", 1)[0]
    toks = tokens(head)
    if len(toks) == 1 and toks[0][2].lower() in PRONOUN_SET:
        return True
    return bool(toks) and all(t[3] in ("name", "role", "hon", "det", "conn") for t in toks)


def _phrase_after(text: str, start: int, stop: int, base: int,
                  inverted: bool = False) -> Mention | None:
    """The speaker phrase after a verb or reporting phrase, up to the sentence end.

    ``inverted``: the phrase stands between a verb and a later quotation ('so Müller:
    „…“'); it must then open with a name, a title or a pronoun, not an article.
    """
    end = sentence_end(text, start, stop)
    phrase = text[start:end].rstrip(" .,:;")
    inv = _FR_INVERSION.match(phrase)
    if inv:
        return parse_np(inv.group(1), base + start + inv.start(1))
    lead = len(phrase) - len(phrase.lstrip(" ,"))
    first = tokens(phrase, lead, min(len(phrase), lead + 60))[:4]
    if not first or (inverted and first[0][3] == "det"):
        return None
    while first and first[0][2].lower() in SENTENCE_WORDS and first[0][2].islower() \
            and first[0][2].lower() not in PRONOUN_SET and len(first) > 1:
        first = first[1:]
        lead = first[0][0]
    described = None
    if first[0][3] in ("other", "num") and first[0][2].lower() not in PRONOUN_SET \
            and not _suspended_role(first):
        skip = _lower_lead(first)
        if skip is None:
            return None
        described = first[0][0], first[skip][0]
        lead = first[skip][0]
    m = parse_np(phrase[lead:], base + start + lead)
    if described is not None and m is not None and m.kind == "person":
        _describe(m, phrase, described)
    return m


def _describe(m: Mention, phrase: str, span: tuple[int, int]) -> None:
    """'says conservation biology pioneer Ann Lee': the lower-case words skipped before
    the name, with the role word parse_np read after them, are one title."""
    desc = phrase[span[0]:span[1]].strip()
    if m.titles and m.titles[0].split()[0] == phrase[span[1]:].split(None, 1)[0]:
        m.titles[0] = f"{desc} {m.titles[0]}"  # 'history' + 'professor'
    elif len(desc.split()) > 1 or "-" in desc:
        m.titles.insert(0, desc)  # 'conservation biology pioneer', 'co-author'


def _suspended_role(first: list[Tok]) -> bool:
    """'bistånds- och utrikeshandelsminister', 'Bundes- und Landesminister': a compound
    cut at its hyphen and joined to a role word is part of that role."""
    return len(first) >= 3 and first[0][2].endswith("-") and first[1][3] == "conn" \
        and first[2][3] == "role"


def _lower_lead(first: list[Tok]) -> int | None:
    """'co-author Martin Quaye', 'history professor Ann Lee': up to three lower-case
    words before a name, skipped up to a role word that stands right before the name."""
    for k in (1, 2, 3):
        if k < len(first) and first[k][3] == "name" and all(
                t[2].islower() and t[2] not in SENTENCE_WORDS
                and t[3] in ("other", "role", "hon") for t in first[:k]):
            while k > 1 and first[k - 1][3] in ("role", "hon"):
                k -= 1
            return k
    return None


def _hyphen_signature(text: str, pos: int, stop: int) -> bool:
    """'"…" - Jane Doe, CEO of Acme' ending a block: a hyphen signs a quotation only when a
    full name follows and the signature runs to the end ('- Wenn es …' is prose)."""
    toks = tokens(text, pos, min(stop, pos + 40))[:2]
    if len(toks) < 2 or toks[1][3] != "name" or not (
            toks[0][3] == "name" or (toks[0][2].isupper() and len(toks[0][2]) <= 3)):
        return False  # ('JB Kempf': initials in capitals read as a role word)
    return not text[sentence_end(text, pos, stop):stop].strip()


def after_quote(text: str, start: int, stop: int, base: int) -> Attribution | None:
    """Attribution printed right after a quotation, in text[start:stop] (the gap)."""
    stop = min(stop, start + _MAX_GAP)
    pos = start
    while pos < stop and text[pos] in _LEAD:
        pos += 1
    dashed = any(c in "\u2013\u2014" for c in text[start:pos]) or (
        "-" in text[start:pos] and _hyphen_signature(text, pos, stop))
    end = sentence_end(text, pos, stop)
    intro = text[pos:stop].rstrip().endswith((":", ",")) and end >= stop
    aux = _FR_AUX.match(text, pos, end)
    verb = verb_at(text, aux.end(), end) if aux else None
    if aux and verb:
        who = parse_np(aux.group(1), base + aux.start(1))
        return Attribution(who, verb.group() if verb else None, intro) if who else None
    m = _REPORT.match(text, pos, end) or verb_at(text, pos, end)
    if m:
        who = _phrase_after(text, m.end(), end, base)
        if who is None and not text[m.end():end].strip(_LEAD):  # pro-drop: ', ha aggiunto.'
            who = Mention("pronoun", base + m.start(), base + m.end(), "")
        if who is None and "," not in text[max(0, start - 3):pos]:
            return None
        return Attribution(who, m.group(), intro)
    m = first_verb(text, pos, min(end, pos + 160))
    if m and only_subject(text[pos:m.start()]):
        who = _subject_before(text[pos:m.start()], base + pos)
        if who is None:
            after = _FR_INVERSION.match(text, m.end(), end)
            who = parse_np(after.group(1), base + after.start(1)) if after else None
        return Attribution(who, m.group(), intro) if who else None
    if dashed and end - pos < 200:
        who = parse_np(text[pos:end].rstrip(" ."), base + pos)
        return Attribution(who, None) if who and who.kind in ("person", "org") else None
    if "," in text[max(0, start - 3):start]:
        return _unlisted_verb(text, pos, end, base)
    return None


def _unlisted_verb(text: str, pos: int, end: int, base: int) -> Attribution | None:
    """'…," Pan addressed.': a name and one past-tense word closing the sentence after a
    quotation that ends with a comma attribute it, even with a verb not listed."""
    phrase = text[pos:end].rstrip(" .!")
    if end - pos > 60 or not text[pos:end].rstrip().endswith("."):
        return None
    head, _, verb = phrase.rpartition(" ")
    if not (verb.endswith("ed") and verb.isalpha() and verb.islower()) or not only_subject(head):
        return None
    who = _subject_before(head, base + pos)
    return Attribution(who, verb) if who is not None and who.kind == "person" else None


def before_quote(text: str, lo: int, stop: int, base: int) -> Attribution | None:
    """Attribution in text[lo:stop], before a quotation that opens at ``stop``."""
    start = _last_sentence_start(text, max(lo, stop - _MAX_GAP), stop)
    last = last_verb(text, start, stop)
    if last is not None and _progressive(text, last):
        return None  # 'is adding "Grain & Gauge," a show': not speech
    if last is None:
        return _without_verb(text, start, stop, base)
    tail = text[last.end():stop]
    if len(tail.strip()) > _MAX_BEFORE_TAIL:
        return _reported_subject(text, start, last, tail, base)
    who = None if _reported_clause(tail) else \
        _phrase_after(text, last.end(), stop, base, inverted=True)
    if who is None or who.kind not in ("person", "pronoun"):
        who = _subject_before(text[start:last.start()], base + start)
    if who is None:
        who = _sentence_subject(text, max(0, stop - _MAX_GAP), last.start(), base)
    if who is None:
        return None
    return Attribution(who, last.group(), tail.rstrip().endswith((":", ",")),
                       tail.strip(" ,:") == "" or tail.rstrip().endswith(_THAT))


def _reported_clause(tail: str) -> bool:
    """'said he and his partner Ann Lee, …, “…': a pronoun opening a longer clause after
    the verb is the reported clause's subject, not an inverted speaker ('said she')."""
    words = tail.split(None, 2)
    return len(words) > 2 and words[0] in PRONOUN_SET and words[0].islower()


def _reported_subject(text: str, start: int, verb: VerbMatch, tail: str,
                      base: int) -> Attribution | None:
    """'Doe, who …, said he and his co-founder, …, “wanted to …”': a long reported clause
    between 'said' and a partial quote; the sentence's named subject is the speaker."""
    if first_verb(tail) is not None or not tail.rstrip().endswith((",", "that")):
        return None
    who = _sentence_subject(text, start, verb.start(), base)
    if who is None or who.kind != "person":
        return None
    return Attribution(who, verb.group(), False, False)


def _sentence_subject(text: str, lo: int, verb_at: int, base: int) -> Mention | None:
    """'But Councilman Robert Hale, …, called it "…" and said …': the subject that opens
    the sentence of a coordinated speech verb."""
    start = _last_sentence_start(text, lo, verb_at)
    toks = tokens(text, start, min(verb_at, start + 120))
    k = 0
    while k < len(toks) and (toks[k][3] == "det" or toks[k][2].lower() in SENTENCE_WORDS):
        k += 1
    j = k
    while j < len(toks) and toks[j][3] in ("name", "role", "hon", "conn") \
            and text[toks[j][1] - 1] != ",":
        j += 1
    if j < len(toks) and toks[j][3] == "name":
        j += 1
    if j == k or not any(t[3] == "name" for t in toks[k:j]):
        return None
    return parse_np(text[toks[k][0]:toks[j - 1][1]].rstrip(","), base + toks[k][0])


def announced_statement(text: str, base: int) -> Mention | None:
    """'Jane Doe, head of policy, issued the following comments.': the person whose words
    the next paragraph gives (the subject of the sentence that announces them)."""
    start = max(0, len(text) - 300)
    low = text[start:].lower()
    if not any(w in low for w in _FOLLOWING_WORDS):
        return None
    m = _FOLLOWING.search(text, start)
    if m is None:
        return None
    who = _sentence_subject(text, max(0, m.start() - _MAX_GAP), m.start(), base)
    return who if who is not None and who.kind == "person" else None


def _pronoun_in(rep: re.Match[str], base: int) -> Mention | None:
    """The pronoun inside a reporting phrase ('по его словам' stands for 'он')."""
    pos = rep.start()
    for word in rep.group().split():
        found = rep.string.find(word, pos, rep.end())
        pos = found + len(word)
        if word.lower() in PRONOUN_FORMS:
            return Mention("pronoun", base + found, base + pos, PRONOUN_FORMS[word.lower()])
    return None


def _progressive(text: str, verb: VerbMatch) -> bool:
    """'is adding', 'are saying': an -ing form after 'be' does not introduce speech."""
    if not verb.group().endswith("ing"):
        return False
    before = text[max(0, verb.start() - 8):verb.start()].split()
    return bool(before) and before[-1] in _BE


def _without_verb(text: str, start: int, stop: int, base: int) -> Attribution | None:
    """'According to Jane Doe, "…' or 'Jane Doe: "…': attribution with no speech verb."""
    rep = _OPENING_REPORT.match(text, start, stop)
    for rep in _REPORT.finditer(text, start, stop):  # noqa: B007
        pass
    colon = text[start:stop].rstrip().endswith(":")
    if rep is not None and (colon or stop - rep.end() <= _MAX_BEFORE_TAIL):
        who = _phrase_after(text, rep.end(), stop, base) or _pronoun_in(rep, base)
        return Attribution(who, rep.group().strip(), True) if who else None
    if colon:
        who = _subject_before(text[start:stop].rstrip()[:-1], base + start)
        named = who is not None and who.kind == "person" and (
            len(who.name.split()) > 1 or who.honorific or who.titles)
        return Attribution(who, None, True) if who and named else None
    return None


def names_what_follows(text: str, stop: int) -> bool:
    """Whether the words before ``stop`` introduce a name or title ('a report titled')."""
    return _NAMING.search(text, max(0, stop - 30), stop) is not None


def is_speech_verb(word: str) -> bool:
    """Whether a word or phrase is a listed speech verb."""
    w = word.strip()
    v = verb_at(w, 0)
    return v is not None and v.end() == len(w)


def is_speech_text(text: str) -> bool:
    """Whether a text holds a speech verb anywhere."""
    return first_verb(text) is not None


__all__ = ["Attribution", "after_quote", "announced_statement", "before_quote", "chain_start", "is_speech_text", "is_speech_verb", "names_what_follows",
           "only_subject",
           "sentence_end"]
