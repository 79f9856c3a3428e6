"""Language of a release: script first, then the share of each language's function words.

A small word-table detector, deterministic and free at import; general-purpose
detectors that ship a model cost about half a second to load, more than a parse.
"""

from __future__ import annotations

import re

from ..document import Document
from ..lexicon.stopwords import CYRILLIC, SCRIPT_LANGUAGES, STOPWORDS
from ..options import Options
from . import Layout

_WORD = re.compile(r"[^\W\d_]+")
_LETTER = re.compile(r"[^\W\d_]")
_NON_LATIN = re.compile(r"[^\W\d_\u0000-\u024f\u1e00-\u1eff]")
_SCRIPTS = {
    "cyrillic": re.compile("[\u0400-\u04ff]"), "greek": re.compile("[\u0370-\u03ff]"),
    "arabic": re.compile("[\u0600-\u06ff]"), "hebrew": re.compile("[\u0590-\u05ff]"),
    "hangul": re.compile("[\uac00-\ud7af\u1100-\u11ff]"),
    "hiragana": re.compile("[\u3040-\u30ff]"), "han": re.compile("[\u4e00-\u9fff]"),
    "thai": re.compile("[\u0e00-\u0e7f]"), "devanagari": re.compile("[\u0900-\u097f]"),
    "armenian": re.compile("[\u0530-\u058f]"), "georgian": re.compile("[\u10a0-\u10ff]"),
}
SAMPLE_CHARS = 900


def detect_language(doc: Document, layout: Layout, options: Options) -> str | None:
    """ISO 639-1 code of the body's language, or None when it cannot be told."""
    if options.languages:
        return options.languages[0]
    sample = " ".join(doc.blocks[i].text for i in layout.body[:12])[:SAMPLE_CHARS]
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
    words = _WORD.findall(text.lower())
    if script == "cyrillic":
        return _best(words, _CYRILLIC_INDEX) or "ru"
    if script is not None:
        return SCRIPT_LANGUAGES.get(script)
    return _best(words, _LATIN_INDEX)


def dominant_script(text: str) -> str | None:
    """The non-Latin script of most letters, or None for Latin (or no letters)."""
    sample = text[:2000]
    if sample.isascii():
        return None
    non_latin = len(_NON_LATIN.findall(sample))
    if not non_latin:  # Latin with typographic marks: the letters need no counting
        return None
    letters = len(_LETTER.findall(sample))
    if not letters or non_latin < 0.3 * letters:
        return None
    best, count = None, 0
    for script, pattern in _SCRIPTS.items():
        n = len(pattern.findall(sample))
        if n > count:
            best, count = script, n
    return best if best is not None and count >= 0.3 * letters else None


def _index(tables: dict[str, frozenset[str]]) -> dict[str, tuple[str, ...]]:
    """Word -> languages whose table holds it."""
    out: dict[str, list[str]] = {}
    for lang, words in tables.items():
        for w in words:
            out.setdefault(w, []).append(lang)
    return {w: tuple(langs) for w, langs in out.items()}


_LATIN_INDEX = _index(STOPWORDS)
_CYRILLIC_INDEX = _index(CYRILLIC)


def _best(words: list[str], index: dict[str, tuple[str, ...]]) -> str | None:
    if len(words) < 3:
        return None
    scores: dict[str, int] = {}
    for w in words:
        for lang in index.get(w, ()):
            scores[lang] = scores.get(lang, 0) + 1
    if not scores:
        return None
    lang, best = max(scores.items(), key=lambda kv: kv[1])
    return lang if best >= max(2, 0.05 * len(words)) else None
