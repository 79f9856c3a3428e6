"""Plain text and markdown: paragraphs from blank lines, wrapped lines joined, links kept.

A release in text arrives in three shapes, told apart per blank-line chunk:
hard-wrapped prose (lines of one width, joined into one paragraph), one line per
paragraph (a flattened web page; each line is a block, sentence fragments that the
flattening split are joined back), and short lines (addresses, contact blocks,
menus; kept one per block). Markdown is read as a newsroom writes it: front matter,
``#`` headings, ``>`` quotes, lists, ``[text](url)`` links, emphasis and escapes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from ..document import BlockKind, Document, DocumentBuilder, glued_at_break, join_lines
from ..models import SourceInfo
from ..options import Options

_NEWLINES = re.compile(r"\r\n?|\u2028|\u2029|\x85")
_BLANK_SPLIT = re.compile(r"\n[ \t\u00a0]*\n")
_FRONT_MATTER = re.compile(r"\A[ \t]*---[ \t]*\n")
_FM_START = re.compile(r"^---[ \t]*\n", re.M)
_FM_INLINE_KEY = re.compile(r" (?=[A-Za-z_][\w-]{0,40}: )")
_FM_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)
_FM_KEY = re.compile(r"([A-Za-z_][\w-]{0,60})[ \t]*:[ \t]?(.*)")
_HEADING = re.compile(r"(#{1,6})[ \t]+(\S.*?)[ \t]*#*[ \t]*$")
_SETEXT = re.compile(r"(=+|-+)[ \t]*$")
_RULE = re.compile(r"(?:[-*_][ \t]*){3,}$")
_LIST = re.compile(r"(?:[*+\u2022\u25cf\u25aa\u2023\u2043]|-(?!-)|\d{1,3}[.)])[ \t]+(?=\S)")
_QUOTE_PREFIX = re.compile(r"(?:>[ \t]?)+")
# Inline markdown: image, link, autolink. Bounded repetitions keep this linear.
_INLINE = re.compile(
    r"(?P<img>!)?\[(?P<text>[^\[\]\n]{0,500})\]\((?P<url>[^()\s]{0,2000})"
    r"(?:[ \t]+\"[^\"\n]{0,300}\")?\)"
    r"|<(?P<auto>(?:https?|ftp|mailto):[^<>\s]{1,2000})>"
)
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)([^\n]{1,300}?)(?<=\S)\1")
_EMPH_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]{1,300}?)(?<=[^\s*])\*(?![\w*])")
# Single-underscore emphasis ("_Media: Jo Park,_ _jo@x.com_"), also when a wrapped line
# cut the pair apart: an underscore that opens or closes a word at a space or punctuation.
_EMPH_UNDERSCORE = re.compile(r"(?:(?<=^)|(?<=[\s(\[]))_(?=[^\s_])|(?<=[^\s_])_(?=$|[\s),.;:!?\]])")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<\"'])")
_CONTINUES = re.compile(r"[(,;:)\u2013\u2014]")
_CHANNEL = re.compile(r"[\w.+-]{1,64}@|(?:https?://|www\.)|\(?\+?\d[\d ()./-]{5,}|tel|fax|phone|e-?mail", re.I)
_ENDS_SENTENCE = re.compile(r"[.!?:;\"”’»)\]]$")
# A quotation closed with a comma ('…ready for,”'): its attribution follows; a line
# ending in a spaced dash ('CHICAGO -') goes on in the next one.
_OPEN_QUOTE_END = re.compile(r",[\"”’»]$|\s(?:-{1,2}|[\u2013\u2014])$")
# A line that is only a date ('November 06, 2025', '06.11.2025'): never part of a sentence.
_DATE_LINE = re.compile(r"[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")
_MD_MARKERS = re.compile(r"^#{1,6} |\]\(|^> |^---\s*$|\*\*", re.M)
# An ad or tracking script that a scraper inlined as text ("if (!window.AdButler){…}});"):
# a line that opens like JavaScript, with braces and statement ends in it.
_SCRIPT_START = re.compile(
    r"[ \t]*(?:if ?\(!?window\.|var [\w$]{1,40} ?=|\(function ?\(|!function ?\("
    r"|(?:window|document|googletag)\.[\w$]{1,40}[.(=])")

_CLOSING_PUNCT = frozenset(".,;:!?")
_END_MARK = re.compile(r"[-\u2013\u2014] ?(?:end|ends|30) ?[-\u2013\u2014]", re.I)

# The first characters some line patterns can match at: a line that starts otherwise is
# not tried (most lines are prose, and a regex call costs more than the look-up).
_RULE_FIRST = frozenset("-*_")
_SETEXT_FIRST = frozenset("=-")
_MARKUP_FIRST = frozenset("#>*+\u2022\u25cf\u25aa\u2023\u2043-")
"""What a heading, quote or list line opens with (besides a digit: "1. ")."""
_DASHES = frozenset("-\u2013\u2014")
"""What an end mark opens with, and the dash after a dateline place."""
_CHANNEL_FIRST = frozenset("hw(+tfpe")
"""The first characters of ``_CHANNEL``'s branches (lower-cased) but the e-mail's, which
also needs an "@" within its first 65 characters."""

WRAP_MIN, WRAP_MAX = 50, 100


def load_text(text: str, options: Options, source: SourceInfo) -> Document:
    """Build a Document from plain text or markdown."""
    text = _NEWLINES.sub("\n", text)
    meta, body = split_front_matter(text)
    if meta or _MD_MARKERS.search(body[:20000]):
        source.format = "markdown" if source.format == "text" else source.format
    source.meta.update(meta)
    if "title" in meta and not source.title:
        source.title = meta["title"]
    builder = DocumentBuilder(source, options.max_paragraphs)
    for kind, level, line in _blocks(body):
        line = strip_inline_script(line)
        if line:
            builder.add_runs(inline_runs(line), kind, level)
    doc = builder.build()
    if builder.truncated:
        doc.notes.append(f"truncated: more than {options.max_paragraphs} paragraphs")
    return doc


# ----------------------------------------------------------------- front matter
_YAML_ESCAPE = re.compile(r"\\(?:x([0-9A-Fa-f]{2})|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8}))")


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """YAML-style front matter (``---`` … ``---``) as flat string fields, and the rest.

    Found at the top, or after a few lines a mailer put above it (within the first
    5,000 characters); also when a re-wrapping tool folded it into one paragraph.
    """
    m = _FRONT_MATTER.match(text) or _FM_START.search(text, 0, 5000)
    if m and _FM_KEY.match(text, m.end()):
        end = _FM_END.search(text, m.end(), m.end() + 20_000)
        if end:
            fields = _fields(text[m.end():end.start()].split("\n"))
            return fields, text[:m.start()] + text[end.end():]
    return _collapsed_front_matter(text)


def _fields(lines: list[str]) -> dict[str, str]:
    fields: dict[str, str] = {}
    key: str | None = None
    for line in lines:
        km = _FM_KEY.fullmatch(line) if line[:1] not in (" ", "\t") else None
        if km:
            key = km.group(1).lower()
            fields[key] = km.group(2)
        elif key is not None and line.strip():
            prev = fields[key]
            fields[key] = prev[:-1] + line.lstrip() if prev.endswith("\\") else prev + " " + line.strip()
    return {k: _yaml_scalar(v) for k, v in fields.items() if v.strip()}


def _collapsed_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Front matter folded into one paragraph: "--- title: X date: Y ---"."""
    head = text.lstrip()
    if not head.startswith("---"):
        return {}, text
    offset = len(text) - len(head)
    close = head.find(" ---", 3, 5000)
    if close < 0:
        return {}, text
    inner = " ".join(head[3:close].split())
    parts = _FM_INLINE_KEY.split(inner)
    lines = [p for p in parts if p.strip()]
    if len(lines) < 1 or not all(_FM_KEY.fullmatch(p) for p in lines):
        return {}, text
    return _fields(lines), text[offset + close + 4:]


def _unescape(m: re.Match[str]) -> str:
    """The character a YAML hexadecimal escape names ('\\u2060')."""
    code = int(m.group(m.lastindex or 1), 16)
    return chr(code) if code <= 0x10FFFF else m.group()


def _yaml_scalar(value: str) -> str:
    """A YAML scalar as text: quotes removed, the double-quoted escapes read."""
    v = value.strip()
    if len(v) >= 2 and v[0] == v[-1] == '"':
        v = v[1:-1]
        v = v.replace("\\_", "\u00a0").replace("\\ ", " ").replace('\\"', '"')
        v = v.replace("\\n", " ").replace("\\t", " ")
        if "\\u" in v or "\\x" in v or "\\U" in v:
            v = _YAML_ESCAPE.sub(_unescape, v)  # 'Biden-\u2060Harris': the joiner dropped
            v = "".join(c for c in v if unicodedata.category(c) != "Cf")
        v = v.replace("\\\\", "\\")
    elif len(v) >= 2 and v[0] == v[-1] == "'":
        v = v[1:-1].replace("''", "'")
    return v.strip()


# --------------------------------------------------------------------- blocks
def _blocks(body: str) -> Iterator[tuple[BlockKind, int, str]]:
    """Blocks of the body as (kind, heading level, raw inline text).

    A paragraph that a stray blank line cut in two ("the private" / "sector, the …") is
    joined back: the second part opens in lower case after an unfinished sentence.
    """
    pending: tuple[BlockKind, int, str] | None = None
    for chunk in _BLANK_SPLIT.split(body):
        lines = [ln.rstrip() for ln in chunk.split("\n")]
        lines = [ln for ln in lines if ln.strip()]
        for block in _chunk_blocks(lines) if lines else ():
            if (pending is not None and pending[0] == block[0] == "paragraph"
                    and _continues(pending[2], block[2])):
                pending = ("paragraph", 0, pending[2] + " " + block[2])
                continue
            if pending is not None:
                yield pending
            pending = block
    if pending is not None:
        yield pending


def _chunk_blocks(lines: list[str]) -> Iterator[tuple[BlockKind, int, str]]:
    """Split one blank-line chunk into blocks according to its shape."""
    wrapped = is_hard_wrapped(lines)
    if wrapped and _title_line(lines):
        yield "paragraph", 0, lines[0].strip()
        lines = lines[1:]
        wrapped = is_hard_wrapped(lines)
    if not wrapped:
        lines = _rejoin_fragments(lines)
    current: list[str] = []
    kind: BlockKind = "paragraph"
    level = 0
    for i, raw in enumerate(lines):
        line = raw.strip()
        if line[:1] in _RULE_FIRST and _RULE.fullmatch(line) and not (
                i and _SETEXT.fullmatch(line)):
            if current:
                yield kind, level, join_lines(current)
            current, kind, level = [], "paragraph", 0
            continue
        if i and line[:1] in _SETEXT_FIRST and _SETEXT.fullmatch(line) and len(current) == 1 \
                and kind == "paragraph":
            yield "heading", 1 if line[0] == "=" else 2, current[0]
            current = []
            continue
        new_kind, new_level, content = _line_kind(line)
        if new_kind == "list_item" and _dash_after_place(current, line, lines, i):
            current.append(line)  # 'CHICAGO' / '- The office today …': one lead paragraph
            continue
        starts_block = new_kind != "paragraph" or (kind == "list_item" and not wrapped)
        if not current:
            current, kind, level = [content], new_kind, new_level
            continue
        if starts_block and not (wrapped and new_kind == "blockquote" and kind == "blockquote"):
            yield kind, level, join_lines(current)
            current, kind, level = [content], new_kind, new_level
            continue
        if wrapped and raw[:1] in (" ", "\t") and lines[i - 1][:1] not in (" ", "\t") \
                and _ends_sentence(current[-1]):
            # An indented first line after a finished sentence opens a paragraph (old mail).
            yield kind, level, join_lines(current)
            current, kind, level = [content], new_kind, new_level
            continue
        if wrapped or _continues(current[-1], content) or kind == "blockquote":
            current.append(content)
        else:
            yield kind, level, join_lines(current)
            current, kind, level = [content], new_kind, new_level
    if current:
        yield kind, level, join_lines(current)


def _dash_after_place(current: list[str], line: str, lines: list[str], i: int) -> bool:
    """'CHICAGO' / '- The office today …': a dateline place alone on a line, then its dash
    opening the lead, not a list (no other item follows)."""
    if len(current) != 1 or line[:1] not in _DASHES:
        return False
    place = current[0]
    if len(place) > 40 or not place.isupper() or len(place.split()) > 4 or place[-1:] == ":":
        return False
    return i + 1 >= len(lines) or _line_kind(lines[i + 1].strip())[0] != "list_item"


def _title_line(lines: list[str]) -> bool:
    """A short title-case first line without end punctuation over wrapped-looking text
    ('Tech Today: Folding … Toolkit' / 'Math for …'): a title, not wrapped prose."""
    first = lines[0].strip()
    if _ends_sentence(first) or len(first) > 0.85 * max(len(ln.strip()) for ln in lines):
        return False
    long = [w for w in first.split() if len(w) > 3]
    return len(long) >= 3 and sum(w[:1].isupper() for w in long) >= 0.75 * len(long)


def _rejoin_fragments(lines: list[str]) -> list[str]:
    """Join a flattened page's inline fragments back into their sentence.

    "San Diego County District Attorney" / "Jane Roe" / "said today that …": runs of
    short unpunctuated lines (a link or bold name each) end in a line that continues
    in lower case; the whole run is one sentence.
    """
    out: list[str] = []
    run: list[str] = []
    title = lines[0].strip() if lines else ""
    for line in lines:
        s = line.strip()
        if s[:1] in _CLOSING_PUNCT and (run or out):
            # '… the statewide pass rate' / '. All of …': a link's sentence goes on.
            if run:
                run[-1] += s
            else:
                out[-1] += s
            continue
        if run and len(run) <= 4 and (_continues(run[-1], s) or _attribution_tail(out, run, s)):
            out.append(" ".join([*run, s]))
            run = []
            continue
        if _fragment(s) and not (out and _title_repeat(title, s)):
            run.append(s)
            continue
        out.extend(run)
        run = []
        out.append(s)
    out.extend(run)
    return out


def _title_repeat(title: str, line: str) -> bool:
    """The page title's part before its site name ('Mayor Opens Walk' in 'Mayor Opens Walk
    - County News'): the headline printed again, a line of its own."""
    return title[len(line):len(line) + 3] in (" - ", " | ", " \u2013 ", " \u2014 ") \
        and title.startswith(line)


def _attribution_tail(out: list[str], run: list[str], line: str) -> bool:
    """A short sentence after a quotation that ends with ',”': the attribution the run of
    fragments opens ('“…,”' / 'Cook County' / 'State’s Attorney Jo Roe said.')."""
    if not out or len(line) > 120 or _ends_sentence(run[-1]):
        return False
    last = out[-1]
    return _open_at_end(last) and line[-1:] == "."


def _ends_sentence(line: str) -> bool:
    """The line ends with end punctuation (searched in its last characters only: a search
    from the start would try every position of a long line)."""
    return _ENDS_SENTENCE.search(line, len(line) - 2) is not None


def _open_at_end(line: str) -> bool:
    """The line ends in ',”' or a spaced dash: its sentence goes on in the next line."""
    return _OPEN_QUOTE_END.search(line, len(line) - 4) is not None


def _fragment(line: str) -> bool:
    """A short line with no end punctuation that may be part of a sentence."""
    words = line.split()
    return (1 <= len(words) <= 6 and not _ends_sentence(line)
            and not _DATE_LINE.fullmatch(line)
            and line[:1].isupper() and _line_kind(line)[0] == "paragraph")


def _line_kind(line: str) -> tuple[BlockKind, int, str]:
    """What a line opens: a heading, a quote, a list item, or plain text."""
    first = line[:1]
    if first not in _MARKUP_FIRST and not first.isdecimal():  # most lines: plain text
        return "paragraph", 0, line
    m = _HEADING.fullmatch(line) if first == "#" else None
    if m:
        return "heading", len(m.group(1)), m.group(2)
    q = _QUOTE_PREFIX.match(line) if first == ">" else None
    if q:
        return "blockquote", 0, line[q.end():]
    li = _LIST.match(line)
    if li and not line.startswith("-- "):
        return "list_item", 0, line[li.end():]
    return "paragraph", 0, line


def _channel_at_start(line: str) -> bool:
    """An e-mail, web address, phone number or channel word opens the line."""
    first = line[:1].lower()
    if first in _CHANNEL_FIRST or first.isdecimal() or "@" in line[:65]:
        return _CHANNEL.match(line) is not None
    return False


def _end_mark(line: str) -> bool:
    """The line is an end mark ("-30-", "– END –")."""
    return line[:1] in _DASHES and _END_MARK.fullmatch(line) is not None


def _continues(previous: str, line: str) -> bool:
    """A line that goes on with the sentence before it (a flattening split it)."""
    if _channel_at_start(line) or _end_mark(line) or _end_mark(previous):
        return False  # an e-mail, web address, phone number or end mark on its own line
    if _open_at_end(previous) or glued_at_break(previous, line):
        return True
    return (line[:1].islower() or bool(_CONTINUES.match(line))) and not _ends_sentence(
        previous)


def is_hard_wrapped(lines: list[str]) -> bool:
    """Lines of one width (50 to 100 columns), as a mailer or a scraper wraps prose."""
    if len(lines) < 2:
        return False
    width = max(len(ln.rstrip()) for ln in lines)
    if not WRAP_MIN <= width <= WRAP_MAX:
        return False
    body = lines[:-1]
    near = sum(1 for ln in body if len(ln.rstrip()) >= width - 25)
    return near >= 0.6 * len(body)


# --------------------------------------------------------------- inline text
def strip_inline_script(line: str) -> str:
    """A line without the JavaScript a scraper inlined at its start (ads, trackers).

    Code opens the line ("if (!window.X){", "var x =", "(function(") and holds braces
    and semicolons; prose that follows its last statement end is kept.
    """
    if "{" not in line or line.count(";") < 2 or not _SCRIPT_START.match(line):
        return line
    rest = line[max(line.rfind(";"), line.rfind("}")) + 1:]
    return "" if "{" in rest or "=" in rest else rest.strip()


def inline_runs(text: str) -> list[tuple[str, str | None, bool]]:
    """Runs of a line of markdown: links become runs carrying their target."""
    if "[" not in text and "<" not in text:  # no link, image or autolink: one run
        return [(_plain(text), None, False)] if text else []
    runs: list[tuple[str, str | None, bool]] = []
    pos = 0
    for m in _INLINE.finditer(text):
        if m.start() > pos:
            runs.append((_plain(text[pos:m.start()]), None, False))
        if m.group("auto"):
            runs.append((m.group("auto"), m.group("auto"), False))
        elif m.group("img"):
            runs.append(("", m.group("url"), True))
        else:
            runs.append((_plain(m.group("text")), m.group("url"), False))
        pos = m.end()
    if pos < len(text):
        runs.append((_plain(text[pos:]), None, False))
    return runs


def _plain(s: str) -> str:
    """Markdown emphasis and escapes removed."""
    if "*" in s or "_" in s:
        s = _EMPHASIS.sub(r"\2", s)
        s = _EMPH_STAR.sub(r"\1", s)
        s = _EMPH_UNDERSCORE.sub("", s)
    if "\\" in s:
        s = _ESCAPE.sub(r"\1", s)
    return s


__all__ = ["inline_runs", "is_hard_wrapped", "load_text", "split_front_matter", "strip_inline_script"]
