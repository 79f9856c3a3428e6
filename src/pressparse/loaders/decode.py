"""Bytes to text: BOM, declared charset, UTF-8, then detection, never a crash.

Order of evidence: a byte-order mark; a charset the document declares (HTML meta,
MIME); strict UTF-8; then detection. Windows-1252 is preferred over what a detector
guesses whenever the bytes read as Latin text in it, because detectors confuse it with
cp1250 ("Crème" → "Crčme"); ISO-8859-1 and ASCII declarations are read as
Windows-1252, as browsers do.
"""

from __future__ import annotations

import codecs
import re
from typing import Literal

Confidence = Literal["bom", "declared", "detected", "utf-8", "str"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""", re.I)
# Encodings whose declaration is read as Windows-1252 (the WHATWG rule, and the
# Enron-era ASCII labels on mail that carries cp1252 bytes).
_AS_CP1252 = {"iso-8859-1", "latin-1", "latin1", "iso8859-1", "l1", "ascii", "us-ascii",
              "ansi_x3.4-1968", "iso-ir-6", "cp819", "windows-1252", "cp1252", "x-cp1252"}
_CP1252_UNDEFINED = b"\x81\x8d\x8f\x90\x9d"
_ASCII = bytes(range(0x80))
_HIGH_RUN = re.compile(rb"[\x80-\xff]{3,}")
# Lotus Notes exports (the Enron mail corpus) write typographic marks as a \x01 byte
# and an ASCII letter: \x01& opens a double quote, \x018 closes it, \x01) is a dash.
# The apostrophe (\x01,) is left to the control-character filter ('Enron,s'): readers
# quote those words as printed.
_LOTUS = re.compile("\x01([&8)v])")
_LOTUS_MARKS = {"&": "\u201c", "8": "\u201d", ")": "\u2014", "v": "\u2122"}


def _has_undefined(data: bytes) -> bool:
    """Bytes that Windows-1252 leaves undefined."""
    return any(data.find(bytes([b])) >= 0 for b in _CP1252_UNDEFINED)


def strip_bom(data: bytes) -> tuple[bytes, str | None]:
    """Remove a byte-order mark and name the encoding it announces."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom):], name
    return data, None


def normalise_charset(name: str | None) -> str | None:
    """A Python codec name for a declared charset, or None when unknown."""
    if not name:
        return None
    label = name.strip().strip("\"'").lower()
    if label in _AS_CP1252:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except (LookupError, ValueError):
        return None


def declared_html_charset(head: bytes) -> str | None:
    """The charset an HTML or XML document declares in its first bytes."""
    m = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return normalise_charset(m.group(1).decode("ascii", "replace")) if m else None


def looks_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: every other byte NUL in mostly-ASCII text."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _reads_as_latin(data: bytes) -> bool:
    """True when the non-ASCII bytes look like accents and punctuation in cp1252 text.

    Latin-script text has its accented letters alone inside ASCII words ("Crème");
    Cyrillic, Greek or Arabic in a single-byte codepage has whole words of high bytes.
    """
    high = len(data.translate(None, _ASCII))
    if not high:
        return True
    if _has_undefined(data):
        return False
    in_runs = sum(len(m) for m in _HIGH_RUN.findall(data))
    return in_runs <= 0.5 * high


def detect(data: bytes) -> str:
    """Guess an encoding for bytes that are not UTF-8."""
    if _reads_as_latin(data):
        return "cp1252"
    from charset_normalizer import from_bytes  # lazy: only for non-UTF-8, non-Latin input

    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        return normalise_charset(best.encoding) or "cp1252"
    return "cp1252"


def repair_lotus(text: str) -> str:
    """Lotus Notes' \\x01-prefixed quote marks and dashes as Unicode."""
    if "\x01" not in text:
        return text
    return _LOTUS.sub(lambda m: _LOTUS_MARKS[m.group(1)], text)


def decode(data: bytes, declared: str | None = None) -> tuple[str, str, Confidence]:
    """Decode bytes to str; returns (text, encoding, how the encoding was chosen)."""
    body, bom = strip_bom(data)
    if bom:
        return body.decode(bom, errors="replace"), bom, "bom"
    utf16 = looks_utf16(body)
    if utf16:
        return body.decode(utf16, errors="replace"), utf16, "detected"
    charset = normalise_charset(declared)
    if charset and charset not in ("utf-8", "cp1252"):
        return body.decode(charset, errors="replace"), charset, "declared"
    try:
        return body.decode("utf-8"), "utf-8", "declared" if charset == "utf-8" else "utf-8"
    except UnicodeDecodeError:
        pass
    if charset == "cp1252" and not _has_undefined(body):
        return body.decode("cp1252", errors="replace"), "cp1252", "declared"
    if charset == "utf-8":
        # Declared UTF-8 but not valid: mostly UTF-8 with a few stray bytes.
        return body.decode("utf-8", errors="replace"), "utf-8", "declared"
    name = detect(body)
    return body.decode(name, errors="replace"), name, "detected"


__all__ = ["declared_html_charset", "decode", "normalise_charset", "repair_lotus", "strip_bom"]
