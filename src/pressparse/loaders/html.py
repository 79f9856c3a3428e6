"""HTML: find the release in a web page or an HTML e-mail, keep links and metadata.

lxml parses (no network, no entities, no DTD); the page's metadata (``<title>``,
OpenGraph and ``<meta>`` dates, JSON-LD NewsArticle/PressRelease, ``<time>``) is
kept as evidence on ``SourceInfo.meta``. The release itself is the container whose
paragraphs hold the most non-link text (a readability-style score in one pass);
navigation, sidebars, cookie banners, share bars and footers are left out by tag,
ARIA role and class names, hidden elements are skipped. The page's main heading is
kept before the container when it stands outside it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin

from lxml import etree

from ..document import BlockKind, Document, DocumentBuilder, clean_text
from ..models import SourceInfo
from ..options import Options

_DROP_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas",
    "form", "button", "select", "input", "textarea", "nav", "aside", "head", "title", "meta",
    "link", "map", "audio", "video", "source", "picture", "dialog", "menu",
})
_BLOCK_TAGS = frozenset({
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "th",
    "dd", "dt", "section", "article", "address", "tr", "table", "ul", "ol", "dl", "main",
    "header", "footer", "figure", "figcaption", "center", "hr", "body", "html", "caption",
    "tbody", "thead", "tfoot", "details", "summary", "fieldset", "legend",
})
_PARA_TAGS = frozenset({"p", "pre", "blockquote", "li", "td", "dd", "address", "h2", "h3"})
_SCORED_TAGS = (*sorted(_PARA_TAGS), "div")
_NEGATIVE = re.compile(
    r"comment|sidebar|side-bar|\bnav|menu|footer|foot\b|header|masthead|breadcrumb|related|"
    r"share|sharing|social|cookie|consent|banner|promo|advert|\bads?\b|widget|newsletter|"
    r"subscribe|signup|sign-up|popup|modal|teaser-list|recommend|more-news|pagination|"
    r"skip|toolbar|search|login|copyright|disclaimer|tags?\b|author-box|aural|invisible|"
    r"visually-hidden|sr-only|screen-reader|print-only|jsnotice|prompt",
    re.I,
)
_POSITIVE = re.compile(
    r"article|content|entry|post|story|release|richtext|text|body|main|news|press|govspeak",
    re.I,
)
_DATE_CLASS = re.compile(r"date|datum|fecha|time", re.I)
"""A short element beside an outside heading, classed as its date line."""
_HEADLINE_CLASS = re.compile(r"headline|title", re.I)
"""A div or span a CMS marks as the headline when it prints no <h1>."""
BR = "\x00br"
HTML_START = re.compile(r"<(?:!doctype\s{1,20}html|html|head|body)\b", re.I)
_DATE_META = (
    "article:published_time", "og:published_time", "datepublished", "date", "dc.date",
    "dc.date.issued", "dcterms.date", "dcterms.created", "pubdate", "publishdate",
    "publish-date", "publication_date", "sailthru.date", "parsely-pub-date", "release_date",
    "citation_publication_date", "article.published", "dc.date.created",
)


def load_html(text: str, options: Options, source: SourceInfo,
              raw: bytes | None = None) -> Document:
    """Build a Document from an HTML page or HTML e-mail body (``raw``: the UTF-8 bytes
    ``text`` was decoded from, when they are exactly its encoding)."""
    source.format = "html" if source.format in ("text", "html") else source.format
    root, too_deep = parse_html(text, raw)
    builder = DocumentBuilder(source, options.max_paragraphs)
    if root is None:
        return builder.build()
    if too_deep:
        # libxml2 drops what lies deeper than it nests (about 255 levels): read the
        # page as flat text rather than lose it, and say so.
        from .text import load_text

        doc = load_text(flat_text(text), options, source)
        source.format = "html"
        doc.notes.append("truncated: HTML nested too deep for the parser; read as flat text")
        return doc
    base = _base_url(root, options.base_url)
    source.url = source.url or base
    _read_metadata(root, source)
    _drop_junk(root)
    main = _main_container(root)
    heading = _main_heading(root, main, source)
    if heading is not None:
        before, after = _dates_beside(heading)
        if before is not None:
            builder.add_text(_text(before))
        builder.add_runs(_without_permalink(list(_inline_runs(heading, base))), "heading", 1)
        if after is not None:
            builder.add_text(_text(after))
    walker = _Walker(builder, base, options.max_html_depth)
    walker.walk(main)
    doc = builder.build()
    if builder.truncated:
        doc.notes.append(f"truncated: more than {options.max_paragraphs} paragraphs")
    if walker.too_deep:
        doc.notes.append(f"truncated: HTML nested deeper than {options.max_html_depth}")
    return doc


def skip_prolog(head: str) -> int:
    """Offset after leading white space, an XML declaration and comments."""
    pos = 0
    while True:
        while pos < len(head) and head[pos].isspace():
            pos += 1
        if head.startswith("<?", pos):
            end, width = head.find("?>", pos), 2
        elif head.startswith("<!--", pos):
            end, width = head.find("-->", pos), 3
        elif head[pos:pos + 9].lower() == "<!doctype" and not HTML_START.match(head, pos):
            close = head.find(">", pos)
            bracket = head.find("[", pos, close if close >= 0 else None)
            end, width = (head.find("]>", pos), 2) if bracket >= 0 else (close, 1)
        else:
            return pos
        if end < 0:
            return pos
        pos = end + width


_BLOCK_BREAK = re.compile(r"^/?(?:p|div|br|h[1-6]|li|tr|td|table|section|article|blockquote)\b", re.I)


def flat_text(text: str) -> str:
    """The page's text with tags removed, block tags as line breaks (one linear scan)."""
    import html as html_lib

    out: list[str] = []
    pos = 0
    while True:
        lt = text.find("<", pos)
        if lt < 0:
            out.append(text[pos:])
            break
        out.append(text[pos:lt])
        gt = text.find(">", lt)
        if gt < 0:
            break
        tag = text[lt + 1:min(gt, lt + 12)]
        if tag.lower().startswith(("script", "style")):
            close = text.lower().find("</" + tag[:6].lower(), gt)
            gt = text.find(">", close) if close >= 0 else len(text)
            if gt < 0:
                break
        elif _BLOCK_BREAK.match(tag):
            out.append("\n\n")
        pos = gt + 1
    joined = html_lib.unescape("".join(out))
    return "\n\n".join(" ".join(p.split()) for p in joined.split("\n\n") if p.strip())


def parse_html(text: str, raw: bytes | None = None) -> tuple[Any, bool]:
    """The lxml tree of a page (None if empty), parsed without network, entities or DTDs,
    and whether the parser hit its nesting limit (libxml2 drops what lies deeper).
    ``raw``: ``text`` as UTF-8 bytes, if at hand (it is not encoded again)."""
    parser = etree.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True,
        recover=True,
    )
    # XML declarations and DOCTYPEs with internal subsets (entity definitions) are cut:
    # the HTML parser would print them, and no entity is ever expanded.
    skip = skip_prolog(text[:20_000])
    data = raw if raw is not None and skip == 0 else text[skip:].encode("utf-8", "replace")
    if not data.strip():
        return None, False
    try:
        root = etree.fromstring(data, parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None, False
    too_deep = any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log)
    return root, too_deep


# ------------------------------------------------------------------- metadata
def _base_url(root: Any, given: str | None) -> str | None:
    for b in root.iter("base"):
        href = b.get("href")
        if href:
            return str(urljoin(given or "", href.strip()))
    return given


def _read_metadata(root: Any, source: SourceInfo) -> None:
    """Title, meta tags, JSON-LD, <time> and date attributes into source.meta."""
    meta = source.meta
    lang = root.get("lang") or root.get("xml:lang")
    if lang:
        meta.setdefault("lang", lang.strip())
    for name, value in root.attrib.items():
        if "date" in name.lower() and value.strip():
            meta.setdefault("date", value.strip()[:100])
    for t in root.iter("title"):
        title = clean_text(_text(t))
        if title:
            source.title = source.title or title[:1000]
            break
    for m in root.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        if not key:
            equiv = (m.get("http-equiv") or "").strip().lower()
            key = equiv if equiv == "content-language" else ""
        value = clean_text(m.get("content") or "")
        if key and value and len(key) < 100:
            meta.setdefault(key, value[:2000])
    for t in root.iter("time"):
        dt = (t.get("datetime") or "").strip()
        if dt:
            meta.setdefault("time", dt[:100])
            break
    for s in root.iter("script"):
        if (s.get("type") or "").lower() == "application/ld+json" and s.text:
            _read_json_ld(s.text[:200_000], meta)


def _read_json_ld(text: str, meta: dict[str, str]) -> None:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return
    for item in _json_ld_items(data, 0):
        kind = item.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if not any(isinstance(k, str) and re.search(r"Article|Release|Posting|Report", k)
                   for k in kinds):
            continue
        for key in ("headline", "datePublished", "dateCreated", "inLanguage", "name"):
            v = item.get(key)
            if isinstance(v, str) and v.strip():
                meta.setdefault("jsonld:" + key.lower(), clean_text(v)[:2000])


def _json_ld_items(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > 4:
        return
    if isinstance(data, list):
        for d in data[:50]:
            yield from _json_ld_items(d, depth + 1)
    elif isinstance(data, dict):
        yield data
        graph = data.get("@graph")
        if graph is not None:
            yield from _json_ld_items(graph, depth + 1)


# -------------------------------------------------------------- the container
def _class_id(el: Any) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''} {el.get('role') or ''}"


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|max-height\s*:\s*0", re.I)
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "complementary",
                           "dialog", "alert"})


_JUNK_ATTRS = frozenset({"hidden", "aria-hidden", "style", "role"})
"""The attributes ``_junk_by_attribute`` reads: an element with none of them is kept
(most elements: the test is a set look-up, not a Python call per element)."""


def _junk_by_attribute(el: Any) -> bool:
    """Hidden (attribute, ARIA or inline style) or a chrome ARIA role."""
    attrib = el.attrib
    if not attrib:
        return False
    if "hidden" in attrib or attrib.get("aria-hidden", "").lower() == "true":
        return True
    style = attrib.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    role = attrib.get("role")
    return bool(role) and role.lower() in _CHROME_ROLES


def _drop_junk(root: Any) -> None:
    """Remove what is never the release (scripts, forms, navigation by tag or ARIA role,
    hidden parts), keeping the text that follows each (its tail)."""
    # By tag first (libxml2 finds them), then by attribute in what is left: the dropped
    # navigation, sidebars and scripts hold most of a page's elements.
    _remove(list(root.iter(*_DROP_TAGS)))
    _remove([e for e in root.iter() if not isinstance(e.tag, str)
             or (not _JUNK_ATTRS.isdisjoint(e.keys()) and _junk_by_attribute(e))])


def _remove(elements: list[Any]) -> None:
    """Remove elements from their tree, keeping the text that follows each (its tail)."""
    for el in elements:
        parent = el.getparent()
        if parent is None:
            continue
        tail = el.tail
        if tail and tail.strip():
            prev = el.getprevious()
            if prev is not None:
                prev.tail = (prev.tail or "") + " " + tail
            else:
                parent.text = (parent.text or "") + " " + tail
        parent.remove(el)


def _text(el: Any) -> str:
    """All text inside an element (its tail excluded), serialised by libxml2."""
    return str(etree.tostring(el, method="text", encoding="unicode", with_tail=False))


def _text_length(el: Any) -> int:
    """``len(_text(el))``, without serialising an element that holds only text (most links)."""
    return len(el.text or "") if len(el) == 0 else len(_text(el))


def _main_container(root: Any) -> Any:
    """The element whose paragraphs hold the most non-link text."""
    body = root.find("body")
    if body is None:
        body = root
    scores: dict[Any, float] = {}
    for el in body.iter(*_SCORED_TAGS):
        # A div with block children is a container: only its own text is a paragraph.
        # (A comment's tag is a function, in no tag set.)
        container = el.tag == "div" and any(c.tag in _BLOCK_TAGS for c in el)
        text = (el.text or "") if container else _text(el)
        own = len(text.strip())
        if own < 25:
            continue
        anchors = [a for a in el if a.tag == "a"] if container else el.iter("a")
        links = sum(_text_length(a) for a in anchors)
        value = max(own - 2 * links, 0) * (1 + 0.1 * min(text.count(","), 10))
        parent = el.getparent()
        weight = 1.0
        for ancestor in (parent, parent.getparent() if parent is not None else None):
            if ancestor is None:
                break
            scores[ancestor] = scores.get(ancestor, 0.0) + value * weight
            weight = 0.5
    if not scores:
        return body
    best, best_score = body, 0.0
    for el, score in scores.items():
        score *= _class_weight(el)
        if score > best_score:
            best, best_score = el, score
    return _widen(best)


def _class_weight(el: Any) -> float:
    names = _class_id(el)
    if el.tag in ("article", "main") or (el.get("itemprop") or "") == "articleBody":
        return 1.5
    weight = 1.0
    if _POSITIVE.search(names):
        weight *= 1.3
    if _NEGATIVE.search(names):
        weight *= 0.3
    if el.tag in ("body", "html"):
        weight *= 0.7
    return weight


def _widen(el: Any) -> Any:
    """Step up from a lone text wrapper to its article or main ancestor when one is near."""
    node = el
    for _ in range(3):
        parent = node.getparent()
        if parent is None:
            break
        if parent.tag in ("article", "main") or (parent.get("itemprop") or "") == "articleBody":
            return parent
        node = parent
    return el


def _main_heading(root: Any, main: Any, source: SourceInfo) -> Any:
    """The page's release heading when it stands outside the chosen container."""
    if any(clean_text(_text(h)) for h in main.iter("h1")):
        return None
    title = (source.meta.get("og:title") or source.title or "").lower()
    best = None
    for h in root.iter("h1", "h2"):
        text = clean_text(_text(h)).lower()
        if not text or _NEGATIVE.search(_class_id(h)):
            continue
        if h.tag == "h1" and (best is None or (title and text in title)):
            best = h
            if title and text in title:
                break
    if best is None:
        best = _marked_heading(root, title)
    if best is None:
        return None
    # Keep the heading only when it comes before the container in the page.
    for el in root.iter():
        if el is best:
            return best
        if el is main:
            return None
    return None


def _without_permalink(runs: list[tuple[str, str | None, bool]]
                       ) -> list[tuple[str, str | None, bool]]:
    """A heading that is one link throughout links to the release itself: its text only."""
    targets = {url for text, url, image in runs if text.strip() or image}
    if len(targets) != 1 or None in targets:
        return runs
    return [(text, None, False) for text, _, image in runs if not image]


def _dates_beside(heading: Any) -> tuple[Any, Any]:
    """The date lines ('22.05.2014 - Region') printed right before and after a heading taken
    from outside the container: an element classed as a date, short, with digits."""
    found = []
    for el in (heading.getprevious(), heading.getnext()):
        ok = el is not None and isinstance(el.tag, str) and len(el) == 0 \
            and _DATE_CLASS.search(_class_id(el)) is not None
        text = (el.text or "") if ok else ""
        found.append(el if 6 <= len(text.strip()) <= 60 and any(c.isdigit() for c in text)
                     else None)
    return found[0], found[1]


def _marked_heading(root: Any, title: str) -> Any:
    """An <h3>, or a div or span classed as headline, whose text opens or ends the <title>:
    the heading of a page without h1/h2 (teaser headlines elsewhere are not in its title)."""
    if not title:
        return None
    for el in root.iter("h3", "div", "span"):
        if el.tag == "h3":
            text = clean_text(_text(el)).lower()
        else:
            names = el.get("class") or el.get("id")
            if not names or not _HEADLINE_CLASS.search(names) or len(el):
                continue
            text = clean_text(el.text or "").lower()
        if len(text.split()) >= 3 and (title.startswith(text) or title.endswith(text)):
            return el  # the title's headline part, not a site name of one or two words
    return None


# ------------------------------------------------------------------- walking
def _inline_runs(el: Any, base: str | None) -> Iterator[tuple[str, str | None, bool]]:
    """Text runs of an element, links carrying their absolute target."""
    href = el.get("href") if el.tag == "a" else None
    target = _resolve(href, base) if href is not None else None
    if el.tag == "img":
        src = el.get("src")
        if src:
            yield "", _resolve(src, base), True
    if el.tag == "br":
        yield BR, None, False
    if el.text:
        yield el.text, target, False
    for child in el:
        if isinstance(child.tag, str):
            for text, url, image in _inline_runs(child, base):
                yield text, url or target, image
        if child.tail:
            yield child.tail, target, False


def _resolve(href: str, base: str | None) -> str:
    href = href.strip()
    if base and not href.startswith(("#", "javascript:", "mailto:", "tel:")):
        try:
            return urljoin(base, href)
        except ValueError:
            return href
    return href


class _Walker:
    """Emits blocks for an element tree: block tags start blocks, inline tags add runs."""

    def __init__(self, builder: DocumentBuilder, base: str | None, max_depth: int) -> None:
        self.builder = builder
        self.base = base
        self.max_depth = max_depth
        self.too_deep = False
        self.runs: list[tuple[str, str | None, bool]] = []
        self.kind: BlockKind = "paragraph"
        self.level = 0
        self.last_br = False

    def flush(self) -> None:
        if self.runs:
            self.builder.add_runs(self.runs, self.kind, self.level)
        self.runs = []
        self.last_br = False

    def add(self, run: tuple[str, str | None, bool]) -> None:
        """Add an inline run; a line-break marker is handled as <br>."""
        if run[0] == BR:
            self.line_break()
        elif run[0].strip() or run[1]:
            self.last_br = False
            self.runs.append(run)
        else:
            self.runs.append(run)

    def line_break(self) -> None:
        """One <br> breaks a line inside a paragraph; two in a row end the paragraph."""
        if self.last_br:
            self.flush()
        else:
            self.runs.append((" ", None, False))
            self.last_br = True

    def walk(self, root: Any) -> None:
        # An explicit stack instead of recursion: deep pages cannot overflow it.
        stack: list[tuple[Any, int, bool, BlockKind, int]] = [(root, 0, False, "paragraph", 0)]
        while stack:
            el, depth, closing, kind, level = stack.pop()
            if closing:
                self.flush()
                self.kind, self.level = kind, level
                if el.tail:
                    self.runs.append((el.tail, None, False))
                continue
            self._enter(el, depth, kind, level, stack)
        self.flush()

    def _enter(self, el: Any, depth: int, kind: BlockKind, level: int,
               stack: list[tuple[Any, int, bool, BlockKind, int]]) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if depth > self.max_depth:
            self.too_deep = True
            self.runs.append((_text(el), None, False))
            return
        if tag == "br":
            self.line_break()
            if el.tail:
                self.add((el.tail, None, False))
            return
        if tag == "figcaption" or tag == "hr":
            self.flush()
            if el.tail:
                self.runs.append((el.tail, None, False))
            return
        if tag not in _BLOCK_TAGS:
            for run in _inline_runs(el, self.base):
                self.add(run)
            if el.tail:
                self.add((el.tail, None, False))
            return
        self.flush()
        new_kind, new_level = self._kind_of(tag, kind, level)
        stack.append((el, depth, True, kind, level))
        self.kind, self.level = new_kind, new_level
        if el.text:
            self.runs.append((el.text, None, False))
        stack.extend((child, depth + 1, False, new_kind, new_level) for child in reversed(el))

    @staticmethod
    def _kind_of(tag: str, kind: BlockKind, level: int) -> tuple[BlockKind, int]:
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            return "heading", int(tag[1])
        if tag == "blockquote" or kind == "blockquote":
            return "blockquote", 0
        if tag == "li":
            return "list_item", 0
        if tag == "pre":
            return "preformatted", 0
        return ("paragraph", 0) if kind == "heading" else (kind, level)


__all__ = ["load_html", "parse_html"]
