"""Language of a release: script first, then the share of each language's function words.

A small word-table detector, deterministic and free at import; general-purpose
detectors that ship a model cost about half a second to load, more than a parse.
"""

from __future__ import annotations

import re
import unicodedata

from ..document import Document
from ..lexicon.stopwords import CYRILLIC, SCRIPT_LANGUAGES, STOPWORDS
from ..options import Options
from . import Layout

_WORD = re.compile(r"[^\W\d_]+")
SAMPLE_CHARS = 6000
_SCRIPT_PREFIX = {
    "CYRILLIC": "cyrillic", "GREEK": "greek", "ARABIC": "arabic", "HEBREW": "hebrew",
    "HANGUL": "hangul", "HIRAGANA": "hiragana", "KATAKANA": "katakana", "CJK": "han",
    "THAI": "thai", "DEVANAGARI": "devanagari", "ARMENIAN": "armenian", "GEORGIAN": "georgian",
}


def detect_language(doc: Document, layout: Layout, options: Options) -> str | None:
    """ISO 639-1 code of the body's language, or None when it cannot be told."""
    if options.languages:
        return options.languages[0]
    sample = " ".join(doc.blocks[i].text for i in layout.body[:40])[:SAMPLE_CHARS]
    if len(sample) < 40:
        sample = (sample + " " + (layout.headline or ""))[:SAMPLE_CHARS]
    guess = guess_language(sample)
    if guess is None:
        declared = doc.source.meta.get("lang") or doc.source.meta.get("content-language")
        if declared:
            return declared.split("-")[0].split("_")[0].lower()[:3] or None
    return guess


def guess_language(text: str) -> str | None:
    """Language of a text sample by script and function words."""
    script = dominant_script(text)
    words = [w.lower() for w in _WORD.findall(text)]
    if script == "cyrillic":
        return _best(words, CYRILLIC) or "ru"
    if script is not None:
        return SCRIPT_LANGUAGES.get(script)
    return _best(words, STOPWORDS)


def dominant_script(text: str) -> str | None:
    """The non-Latin script of most letters, or None for Latin (or no letters)."""
    counts: dict[str, int] = {}
    letters = 0
    for ch in text[:2000]:
        if not ch.isalpha():
            continue
        letters += 1
        if ch.isascii():
            continue
        name = unicodedata.name(ch, "")
        head = name.split(" ", 1)[0]
        script = _SCRIPT_PREFIX.get(head)
        if script:
            counts[script] = counts.get(script, 0) + 1
    if not counts or not letters:
        return None
    script, n = max(counts.items(), key=lambda kv: kv[1])
    return script if n >= 0.3 * letters else None


def _best(words: list[str], tables: dict[str, frozenset[str]]) -> str | None:
    if len(words) < 3:
        return None
    scores = {lang: sum(1 for w in words if w in table) for lang, table in tables.items()}
    lang, best = max(scores.items(), key=lambda kv: kv[1])
    return lang if best >= max(2, 0.05 * len(words)) else None
