"""Who said what: quotations, their speakers, titles and speech verbs.

One pass over the body paragraphs in order. In each paragraph the quoted spans are
found once (``quotemarks``), the gaps between them are read once for attributions
(``attribution``), and mentions are resolved to speakers (``coref``). State carried
from paragraph to paragraph: a quotation still open at the paragraph end, an
introduction ('Theresa May said:'), the speaker of the last dash quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Block, Document
from ..lexicon.gender import PRONOUN_GENDER
from ..lexicon.speech import WEAK_SPEECH_VERBS
from ..models import Quotation, Span, Speaker
from ..options import Options
from . import Layout
from .attribution import (
    Attribution,
    after_quote,
    announced_statement,
    before_quote,
    is_speech_text,
    is_speech_verb,
    names_what_follows,
    only_subject,
    sentence_end,
)
from .coref import NameIndex, Registry, name_gender
from .quotemarks import Marked, dash_opening, find_marked
from .speakers import Mention, parse_np
from .verbs import dash_attribution

_WORD = re.compile(r"\w+")
_CLOSING_LINE = re.compile(r"\s{0,3}[\u2013\u2014-]{1,2}\s{0,3}(?=\S)")
_SIGNATURE = re.compile(r"\s[\u2013\u2014]\s{0,2}([^\u2013\u2014\n]{3,120})$")
_SIGNATURE_SPAN = 126
"""The longest ``_SIGNATURE`` match (and a final line break): it is searched for there only."""
_NO_DASH = re.compile(r"\s{0,3}")
_NEXT_DASH = re.compile(r"\s[\u2013\u2014]\s(?=\S)")
_MIN_WORDS = 5
_PARTIAL_WORDS = 8


@dataclass(slots=True)
class _Quote:
    """A quotation being built: offsets in Document.text and what attributes it."""

    start: int
    end: int
    paragraph: int
    until: int
    """Index of the paragraph where the quotation ends (a quote may run on)."""
    speaker: int | None = None
    verb: str | None = None
    direct: bool = False
    unclosed: bool = False
    opens_paragraph: bool = False
    starts_sentence: bool = False
    attributed: bool = False
    """An attribution stands by it, even if its speaker could not be named."""
    said_after: bool = False
    """Its attribution follows it ('"Absolutely," said Doe'): speech, not a name."""
    bare_block: bool = False
    """A blockquote without quotation marks: someone's words only if attributed."""
    before: _Quote | None = None
    """The quotation read just before this one."""


def _title_like(text: str) -> bool:
    """Capitalised words without sentence punctuation: a name or a title of a work.

    Short spans count every word; longer ones ('Framework Agreement Between the
    Government of Japan …', 'Keeping up with the Kardashians') only words of four
    letters or more, as title case leaves the short function words in lower case.
    A full stop inside the marks may close a title: a short one ('8 Out of 10 Cats.'),
    or one of up to twelve words with three capitalised in four ('his talk, "The
    Violent Universe: Quasars in Collision."')."""
    words = text.split()
    end = text.rstrip(" ,")[-1:]
    if len(words) > 40 or end in "!?" or ". " in text:
        return False
    if end == "." and len(words) > 6:
        caps = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
        return len(words) <= 12 and caps * 4 >= len(words) * 3
    if len(words) <= 12:
        caps = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
        if caps * 10 >= len(words) * 6:
            return True
    long = [w for w in words if len(w) > 3]
    caps = sum(1 for w in long if w[:1].isupper() or w[:1].isdigit())
    share = 6 if len(words) <= 12 else 8
    return len(long) >= 2 and words[0][:1].isupper() and caps * 10 >= len(long) * share


class _Reader:
    """Reads the body paragraphs in order and collects quotations and speakers."""

    def __init__(self, doc: Document, layout: Layout) -> None:
        self.doc = doc
        self.index = NameIndex(doc.text, layout.body_blocks(doc))
        self.reg = Registry(self.index)
        self.quotes: list[_Quote] = []
        self.intro: tuple[int, str | None] | None = None
        self.run_on: _Quote | None = None
        self.dash_speaker: int | None = None
        self.blockquote: _Quote | None = None
        self.last_para = -1
        self.prev_start = 0
        self.prev_kind = ""
        self.work_titles: set[str] = set()
        """Texts quoted after 'the book', 'a report titled': a later repeat is a title too."""

    def read(self, pi: int, b: Block) -> None:
        """One body paragraph."""
        self._read(pi, b)
        self.prev_start = b.start
        self.prev_kind = b.kind

    def _read(self, pi: int, b: Block) -> None:
        """Dispatch a paragraph: closing line, blockquote, dash quote, marks or plain."""
        marks = find_marked(b.text, inside=self.run_on is not None)
        if not marks and self._closing_line(b):
            return
        if b.kind == "blockquote" and not marks:
            self._blockquote(pi, b)
            return
        self.blockquote = None
        run_on, self.run_on = self.run_on, None
        intro, self.intro = self.intro, None
        dash = dash_opening(b.text)
        if dash is not None and (not marks or marks[0].open_at > 3) \
                and self._dash_quote(pi, b, dash):
            return
        if dash is None and b.kind == "list_item" and not marks and self._dash_item(pi, b):
            return
        self.dash_speaker = None
        if not marks:
            self._plain(b)
            return
        self._marked(pi, b, marks, run_on, intro)

    # ------------------------------------------------------------ paragraph kinds
    def _blockquote(self, pi: int, b: Block) -> None:
        """A <blockquote> or '>' block without marks: quoted as a whole, runs merged."""
        if self.blockquote is not None and self.blockquote.until == self.last_para:
            self.blockquote.end = b.end
            self.blockquote.until = pi
            self.last_para = pi
            return
        q = _Quote(b.start, b.end, pi, pi, direct=True, opens_paragraph=True, bare_block=True)
        sign = _SIGNATURE.search(b.text, len(b.text) - _SIGNATURE_SPAN)
        who = parse_np(sign.group(1), b.start + sign.start(1)) if sign else None
        if sign and who is not None and who.kind in ("person", "org"):
            q.end = b.start + len(b.text[:sign.start()].rstrip())
            q.speaker = self._resolve(who, b.start)
        elif self.intro is not None:
            q.speaker, q.verb = self.intro
        self.intro = None
        q.before = self.quotes[-1] if self.quotes else None
        self.quotes.append(q)
        self.blockquote = q
        self.last_para = pi

    def _plain(self, b: Block) -> None:
        """A paragraph without quotation: it may introduce the next one ('X said:')."""
        text = b.text
        if not _may_introduce(text):
            who = announced_statement(text, b.start)
            idx = self._resolve(who, b.start) if who is not None else None
            if idx is not None:
                self.intro = (idx, None)
            return
        att = before_quote(text, 0, len(text.rstrip()), b.start)
        if att is not None and att.mention is not None \
                and (att.ends_with_intro or text.rstrip()[-1:] not in ".!?"):
            idx = self._resolve(att.mention, b.start)
            if idx is not None:
                self.intro = (idx, att.verb)

    def _closing_line(self, b: Block) -> bool:
        """'— Jane Doe, CEO of Acme' after a quotation: its attribution, not a quotation."""
        text = b.text
        in_quote = self.blockquote is not None or self.prev_kind == "blockquote"
        dashed = _CLOSING_LINE.match(text)
        line = dashed or _signature_block(b, in_quote)
        if not line or len(text) > 200 or not self.quotes \
                or self.quotes[-1].until != self.last_para or is_speech_text(text) \
                or self.dash_speaker is not None:
            return False
        rest = text[line.end():]
        who = parse_np(rest.rstrip(" ."), b.start + line.end()) if only_subject(rest) else None
        if who is None or who.kind not in ("person", "org"):
            if dashed is None or not _unnamed_signature(b, in_quote):
                return False
            self.blockquote = None
            return True
        idx = self._resolve(who, b.start)
        last = self.quotes[-1].until
        for q in reversed(self.quotes):
            if q.until != last or (q.direct and q.speaker is not None):
                break
            q.speaker, q.direct = idx, True
        self.blockquote = None
        return True

    def _dash_item(self, pi: int, b: Block) -> bool:
        """A list item that ends 'Text, säger X.': a dash quote whose dash a Markdown
        converter read as a bullet; without its attribution it stays a list item."""
        if dash_attribution(b.text, 0) is None:
            return False
        self.dash_speaker = None
        return self._dash_quote(pi, b, 0)

    def _dash_quote(self, pi: int, b: Block, start: int) -> bool:
        """'– Text, säger X.': a dash quote; continuation paragraphs keep the speaker."""
        text, base = b.text, b.start
        found = dash_attribution(text, start)
        if found is None:
            if self.dash_speaker is None:
                return False
            self._add(_Quote(base + start, b.end, pi, pi, self.dash_speaker, direct=True,
                             opens_paragraph=True))
            return True
        cut, verb_at = found
        att = after_quote(text, cut, len(text), base)
        if att is None:
            return False
        idx = self._resolve(att.mention, base) if att.mention is not None else None
        self._add(_Quote(base + start, base + cut, pi, pi, idx, att.verb, direct=True,
                         opens_paragraph=True))
        nxt = _NEXT_DASH.search(text, verb_at)
        if nxt is not None:
            self._add(_Quote(base + nxt.end(), b.end, pi, pi, idx, att.verb, direct=True))
        self.dash_speaker = idx
        return True

    def _marked(self, pi: int, b: Block, marks: list[Marked], run_on: _Quote | None,
                intro: tuple[int, str | None] | None) -> None:
        """A paragraph with quotation marks: quotes, attributions, continuations."""
        text, base = b.text, b.start
        found: list[_Quote] = []
        lo = 0
        for k, mk in enumerate(marks):
            nxt = marks[k + 1].open_at if k + 1 < len(marks) else len(text)
            if k == 0 and run_on is not None and mk.open_at <= 2:
                run_on.end, run_on.until = base + mk.end, pi
                q = run_on
            elif text[mk.start:mk.end] in self.work_titles \
                    or names_what_follows(text, mk.open_at):
                self.work_titles.add(text[mk.start:mk.end])
                lo = mk.close_at + 1 if mk.close_at >= 0 else len(text)
                continue
            else:
                q = _Quote(base + mk.start, base + mk.end, pi, pi, opens_paragraph=mk.open_at <= 2)
                q.starts_sentence = _starts_sentence(text, mk.open_at)
                q.before = self.quotes[-1] if self.quotes else None
                self.quotes.append(q)
            q.unclosed = mk.close_at < 0
            if q.speaker is None:
                self._attribute(q, text, base, mk, lo, nxt, k + 1 < len(marks))
            found.append(q)
            lo = mk.close_at + 1 if mk.close_at >= 0 else len(text)
        self._continue(found, intro)
        if marks[-1].close_at < 0 and found and found[-1].unclosed:
            self.run_on = found[-1]
        self.last_para = pi

    # ------------------------------------------------------------------ attribution
    def _attribute(self, q: _Quote, text: str, base: int, mk: Marked, lo: int, nxt: int,
                   more: bool) -> None:
        """Set the speaker of one quotation from the gap after it, else before it."""
        att: Attribution | None = None
        if mk.close_at >= 0:
            att = after_quote(text, mk.close_at + 1, nxt, base)
            if att is not None and more and text[mk.end - 1:mk.end] in ".!?" and (
                    att.ends_with_intro or _runs_into_next(text, mk.close_at + 1, nxt)):
                att = None  # the sentence after a finished quote introduces the next one
        if att is not None and text[mk.end - 1:mk.end] in ".!?":
            pre = before_quote(text, lo, mk.open_at, base)
            if pre is not None and pre.ends_with_intro and pre.mention is not None \
                    and pre.mention.kind == "person":
                att = None  # 'Said Doe, "… done." Acme shared …': the finished quote is Doe's
        q.said_after = att is not None
        if att is None:
            att = before_quote(text, lo, mk.open_at, base)
        if att is None:
            return
        who = att.mention
        words = len(_WORD.findall(text, mk.start, mk.end))
        if who is None and words < 2:
            return
        if not att.adjacent and words < _MIN_WORDS \
                and (who is None or who.kind != "person" or len(who.name.split()) > 3
                     or (att.verb or "").lower() in WEAK_SPEECH_VERBS):
            return
        q.verb, q.direct, q.attributed = att.verb, True, True
        q.speaker = self._resolve(who, base) if who is not None else None

    def _resolve(self, m: Mention, para_start: int) -> int | None:
        """A mention's speaker; a pronoun looks first for a titled name in its paragraph."""
        if m.kind == "pronoun":
            found = self.index.last_person_before(m.start, min(para_start, self.prev_start))
            if found is None and self.reg.last is None:
                # No one quoted yet and no name nearby: the person the story is about.
                found = self.index.protagonist_before(m.start, _ANTECEDENT_BACK)
            want = PRONOUN_GENDER.get(m.name)
            if found is not None and found[0] > self.reg.last_position() \
                    and name_gender(found[1]) in (None, want):
                self.reg.last = self.reg.named(self.index.mention_at(*found))
        return self.reg.resolve(m)

    def _continue(self, found: list[_Quote], intro: tuple[int, str | None] | None) -> None:
        """Quotations without attribution take the speaker of their neighbours."""
        ahead: list[tuple[int | None, str | None]] = [(None, None)] * len(found)
        nxt: tuple[int | None, str | None] = (None, None)
        for i in range(len(found) - 1, -1, -1):
            ahead[i] = nxt
            if found[i].direct and found[i].speaker is not None:
                nxt = (found[i].speaker, found[i].verb)
        prev: tuple[int | None, str | None] = (None, None)
        for i, q in enumerate(found):
            if q.speaker is None and not q.attributed:
                self._inherit(q, prev, ahead[i], intro if i == 0 else None)
            if q.speaker is not None:
                prev = (q.speaker, q.verb)

    def _inherit(self, q: _Quote, prev: tuple[int | None, str | None],
                 ahead: tuple[int | None, str | None],
                 intro: tuple[int, str | None] | None) -> None:
        """Speaker of an unattributed quotation: the one before it in its paragraph, an
        introduction, the next attributed one, else the last speaker when it opens the
        paragraph."""
        if prev[0] is not None:
            q.speaker, q.verb = prev
            q.direct = q.direct or q.starts_sentence
        elif intro is not None:
            (q.speaker, q.verb), q.direct = intro, True
        elif ahead[0] is not None:
            q.speaker, q.verb = ahead
        elif q.opens_paragraph:
            q.speaker = self._previous_speaker(q)

    def _previous_speaker(self, q: _Quote) -> int | None:
        """The speaker of the quotation just before, when it ends in the paragraph before
        (a quote running on); none across narrative paragraphs ('Sample answers:')."""
        prev = q.before
        if prev is None or prev.until < q.paragraph - 1:
            return None
        return prev.speaker

    def _add(self, q: _Quote) -> None:
        """Record a quotation built whole (dash quotes)."""
        q.before = self.quotes[-1] if self.quotes else None
        self.quotes.append(q)
        self.last_para = q.until

    # ----------------------------------------------------------------------- output
    def _keep(self, q: _Quote) -> bool:
        """False for scare quotes, names and titles of works, and stray marks."""
        text = self.doc.text[q.start:q.end]
        words = len(_WORD.findall(text))
        if words == 0:
            return False
        if q.unclosed and not q.direct and not q.opens_paragraph:
            return False
        if q.bare_block and q.speaker is None and self.doc.source.format != "html":
            return False  # a converter's '>' call-out of a body paragraph, nobody's words
        if _title_like(text) and not (q.direct and words >= 3) \
                and not (q.said_after and text.rstrip()[-1:] == ","):
            return False
        return q.direct or words >= _MIN_WORDS

    def finish(self) -> tuple[list[Speaker], list[Quotation]]:
        """The kept quotations and the speakers they are attributed to."""
        kept: list[_Quote] = []
        seen: set[str] = set()
        for q in self.quotes:
            text = self.doc.text[q.start:q.end]
            if q.end <= q.start or text in seen or not self._keep(q):
                continue
            seen.add(text)
            kept.append(q)
            if q.speaker is not None:
                self.reg.entries[q.speaker].quoted = True
        speakers, names = self.reg.speakers()
        out = [Quotation(
            text=self.doc.text[q.start:q.end],
            speaker=names.get(q.speaker) if q.speaker is not None else None,
            verb=q.verb, partial=_partial(self.doc.text, q),
            span=Span(start=q.start, end=q.end), paragraph=q.paragraph) for q in kept]
        return speakers, out


_ANTECEDENT_BACK = 12
"""Paragraphs a first pronoun looks back for its antecedent when none is near."""


def _signature_block(b: Block, in_quote: bool) -> re.Match[str] | None:
    """A short name line that ends a blockquote ('Jane Doe, CEO of Acme'), undashed;
    ``in_quote``: the paragraph before it was quoted in the same blockquote."""
    text = b.text.rstrip()
    if b.kind != "blockquote" or not in_quote or len(text) > 100 or text[-1:] in ".!?:;\"”»":
        return None
    return _NO_DASH.match(text)


def _unnamed_signature(b: Block, in_quote: bool) -> bool:
    """'- A reader in Ohio' closing a blockquote: a dashed attribution line that names no
    person; neither a quotation nor a speaker."""
    text = b.text.rstrip()
    return b.kind == "blockquote" and in_quote and len(text) <= 100 and text[-1:] not in ".!?"


def _may_introduce(text: str) -> bool:
    """Whether a paragraph may introduce the next one's quotation ('… said:', '… said')."""
    tail = text[-40:].rstrip()
    if tail.endswith((":", ",")):
        return True
    return tail[-1:] not in ".!?" and is_speech_verb(tail.rsplit(None, 1)[-1] if tail else "")


def _starts_sentence(text: str, open_at: int) -> bool:
    """Whether a quotation mark opens a sentence (not a few words inside one)."""
    before = text[max(0, open_at - 4):open_at].rstrip()
    return not before or before[-1] in ".!?:;\"”’»“"


def _partial(text: str, q: _Quote) -> bool:
    """A few quoted words inside a sentence of paraphrase ('called it "a first step"')."""
    inner = text[q.start:q.end]
    if inner[:1].islower():
        return True
    before = text[max(0, q.start - 4):q.start].rstrip("\"“”„«»‘’'‚ ")
    return len(_WORD.findall(inner)) < _PARTIAL_WORDS and before[-1:].isalpha() \
        and inner.rstrip()[-1:] not in ",.!?"


def extract_quotations(doc: Document, layout: Layout,
                       options: Options) -> tuple[list[Speaker], list[Quotation]]:
    """Speakers and the quotations attributed to them, from the body paragraphs."""
    reader = _Reader(doc, layout)
    blocks = reader.index.blocks
    for pi, b in enumerate(blocks):
        if b.index == layout.headline_block or b.kind == "heading":
            continue
        reader.read(pi, b)
    return reader.finish()


def _runs_into_next(text: str, start: int, nxt: int) -> bool:
    """'… done." Doe called it "…': a new sentence after a finished quote that reaches the
    next quotation without ending belongs to that quotation."""
    pos = start
    while pos < nxt and text[pos] in " \t\n\xa0":
        pos += 1
    return pos < nxt and text[pos].isupper() and sentence_end(text, pos, nxt) >= nxt


__all__ = ["extract_quotations"]
