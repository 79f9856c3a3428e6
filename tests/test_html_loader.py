"""HTML: the release container, page chrome left out, links and metadata kept."""

from __future__ import annotations

import pytest

from pressparse.loaders import load
from pressparse.options import Options

PAGE = """<!DOCTYPE html><html lang="en"><head>
<meta charset="utf-8"><title>Harbour fund opens | City of Kelby</title>
<meta property="og:title" content="Harbour fund opens">
<meta property="article:published_time" content="2024-05-02T09:00:00+01:00">
<base href="https://kelby.example/news/">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour fund opens",
 "datePublished": "2024-05-02"}</script>
<style>p { color: red }</style></head>
<body>
<header class="site-header"><a href="/">Home</a> <a href="/news">News</a></header>
<nav><ul><li><a href="/a">About</a></li><li><a href="/b">Services</a></li></ul></nav>
<div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve this site.</p></div>
<main><article class="news-article">
<h1>Harbour fund opens</h1>
<p>KELBY, 2 May 2024 – The council opened a <a href="fund.html">£2 million fund</a> for
harbour businesses today, with grants of up to £20,000 each.</p>
<span style="display:none">hidden preview text</span>
<blockquote><p>“This fund keeps the harbour working,” said the mayor.</p></blockquote>
<p>Applications close on 30 June.<br>Contact: Lee Moss<br><br>Second paragraph after two breaks.</p>
<figure><img src="/img/harbour.jpg"><figcaption>The harbour at dawn</figcaption></figure>
</article>
<aside class="related"><h2>Related news</h2><p>Other story with a long enough text to score here.</p></aside>
</main>
<footer><p>© 2024 City of Kelby. All rights reserved.</p></footer>
</body></html>"""


def _doc():  # type: ignore[no-untyped-def]
    return load(PAGE.encode("utf-8"), Options())


def test_container_excludes_page_chrome() -> None:
    texts = [b.text for b in _doc().blocks]
    joined = " ".join(texts)
    assert texts[0] == "Harbour fund opens"
    assert "We use cookies" not in joined
    assert "Other story" not in joined
    assert "All rights reserved" not in joined
    assert "hidden preview text" not in joined
    assert "The harbour at dawn" not in joined


def test_block_kinds_and_breaks() -> None:
    blocks = _doc().blocks
    kinds = {b.text[:20]: b.kind for b in blocks}
    assert kinds["Harbour fund opens"] == "heading"
    assert kinds["“This fund keeps the"] == "blockquote"
    texts = [b.text for b in blocks]
    assert "Applications close on 30 June. Contact: Lee Moss" in texts
    assert "Second paragraph after two breaks." in texts


def test_links_resolve_against_base_with_spans() -> None:
    doc = _doc()
    link = next(x for x in doc.links if "fund.html" in x.url)
    assert link.url == "https://kelby.example/news/fund.html"
    assert doc.text[link.start:link.end] == "£2 million fund"
    assert any(x.image and x.url.endswith("/img/harbour.jpg") for x in doc.links)


def test_metadata_is_kept_as_evidence() -> None:
    src = _doc().source
    assert src.format == "html"
    assert src.title == "Harbour fund opens | City of Kelby"
    assert src.meta["og:title"] == "Harbour fund opens"
    assert src.meta["jsonld:datepublished"] == "2024-05-02"
    assert src.meta["lang"] == "en"


def test_heading_outside_container_is_kept_first() -> None:
    page = ("<html><body><div class='top'><h1>Ministers back new rail link</h1></div>"
            "<div class='govspeak'><p>The government confirmed today that the new rail link "
            "between the two cities will be built, with work starting next spring.</p>"
            "<p>The link will cut journey times by a third, officials said, adding jobs.</p>"
            "</div></body></html>")
    blocks = load(page, Options()).blocks
    assert blocks[0].text == "Ministers back new rail link"
    assert blocks[0].kind == "heading"


_BODY = ("<div class='text'><p>The government confirmed today that the new rail link "
         "between the two cities will be built, with work starting next spring.</p>"
         "<p>The link will cut journey times by a third, officials said, adding jobs.</p></div>")


@pytest.mark.parametrize(("title", "top", "first"), [
    ("Rail Office - Ministers back new rail link",
     "<div class='site-headline'>Rail Office</div><span class='teaser-headline'>Buses run "
     "late again this week</span><div class='news-headline'>Ministers back new rail link</div>",
     "Ministers back new rail link"),
    ("Ministers back new rail link | Rail Office",
     "<div id='title'>Ministers back new rail link</div>", "Ministers back new rail link"),
    ("Rail Office - Ministers back new rail link",
     "<div class='teaser-headline'>Buses run late again this week</div>",
     "The government confirmed today that the new rail link between the two cities will be "
     "built, with work starting next spring."),
    ("Rail link : ministers agree ‹ Rail Office",
     "<div class='post_header'><h3><a href='/rail'>Rail link : ministers agree</a></h3></div>",
     "Rail link : ministers agree"),
], ids=["classed-div-in-title", "id-title", "teaser-not-in-title", "h3-link-in-title"])
def test_headline_classed_element_outside_container(title: str, top: str, first: str) -> None:
    page = f"<html><head><title>{title}</title></head><body>{top}{_BODY}</body></html>"
    assert load(page, Options()).blocks[0].text == first


def test_xml_declaration_and_unknown_tags_do_not_break_parsing() -> None:
    page = ('<?xml version="1.0" encoding="UTF-8"?><html><version>1</version><body>'
            "<h1>Title words here</h1><p>Body text of the release, long enough.</p></body></html>")
    texts = [b.text for b in load(page, Options()).blocks]
    assert "Title words here" in texts and "Body text of the release, long enough." in texts


def test_empty_and_broken_markup_give_a_document() -> None:
    assert load("<html></html>", Options()).blocks == []
    doc = load("<div><p>Unclosed <b>tags and <i>more text here", Options())
    assert "Unclosed tags and more text here" in doc.text
