"""Deterministic benchmark releases built from the bundled fixtures' layouts.

Three formats: the fixture text itself, the release set in a full web page (navigation,
sidebar, footer, scripts: about 25 KB), and a mailing-list e-mail with a teaser.
"""

from __future__ import annotations

import html
import random
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED_DEV = ROOT.parent / "shared" / "corpus" / "dev" / "docs"

NAV = "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(40))
SIDEBAR = "".join(
    f'<div class="teaser"><h3><a href="/news/{i}">Another story number {i} from the newsroom'
    f"</a></h3><p>Short summary of story {i}, with a few words about what happened.</p></div>"
    for i in range(45))
FOOTER = "".join(f'<a href="/footer/{i}">Footer link {i}</a> ' for i in range(80))
SCRIPT = "var config = {" + ",".join(f'"k{i}": {i}' for i in range(700)) + "};"


def fixture_texts() -> list[tuple[str, str]]:
    """(name, text) of every plain-text and markdown fixture."""
    return [(p.name, p.read_text(encoding="utf-8")) for p in sorted(FIXTURES.iterdir())
            if p.suffix in (".txt", ".md") and p.name != "README.md"]


def _paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]


def web_page(text: str, seed: int) -> bytes:
    """A release inside a full page of chrome, about 25 KB."""
    paras = _paragraphs(text)
    title = paras[0].lstrip("# ") if paras else "Release"
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paras[1:])
    rng = random.Random(seed)
    page = (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}'
        f' | Newsroom</title><meta property="og:title" content="{html.escape(title)}">'
        f'<meta property="article:published_time" content="2024-0{rng.randint(1, 9)}-1'
        f'{rng.randint(0, 9)}T09:00:00Z"><script>{SCRIPT}</script>'
        '<style>body{font-family:sans-serif}.nav li{display:inline}</style></head><body>'
        f'<header class="site-header"><nav class="nav"><ul>{NAV}</ul></nav></header>'
        '<div class="cookie-banner">We use cookies. <button>Accept</button></div>'
        f'<main><article class="press-release"><h1>{html.escape(title)}</h1>{body}</article>'
        f'<aside class="sidebar related">{SIDEBAR}</aside></main>'
        f'<footer class="site-footer"><p>{FOOTER}</p><p>© 2024 Newsroom. All rights reserved.</p>'
        "</footer></body></html>"
    )
    return page.encode("utf-8")


def email_message(text: str, seed: int) -> bytes:
    """A mailing-list e-mail: Subject, teaser, the release, an unsubscribe footer."""
    paras = _paragraphs(text)
    title = paras[0].lstrip("# ") if paras else "Release"
    lead = paras[1] if len(paras) > 1 else ""
    m = EmailMessage()
    m["Subject"] = title[:200]
    m["From"] = "Press Office <press@example.org>"
    m["Date"] = f"Tue, 0{seed % 9 + 1} Apr 2024 09:00:00 +0000"
    m.set_content(f"View this email in your browser\n\n{lead}\n\n{text}\n\n--\n"
                  "Unsubscribe | Update preferences | Forward to a friend\n",
                  cte="quoted-printable")
    return bytes(m)


def releases() -> dict[str, list[tuple[str, bytes]]]:
    """Benchmark releases by format."""
    texts = fixture_texts()
    out: dict[str, list[tuple[str, bytes]]] = {
        "text": [(n, t.encode("utf-8")) for n, t in texts],
        "html": [(n, web_page(t, i)) for i, (n, t) in enumerate(texts)],
        "email": [(n, email_message(t, i)) for i, (n, t) in enumerate(texts)],
    }
    if SHARED_DEV.is_dir():
        out["dev-corpus"] = [(p.name, p.read_bytes()) for p in sorted(SHARED_DEV.iterdir())]
    return out
