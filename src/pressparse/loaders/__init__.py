"""Loaders: bytes or str in any format → one normalised :class:`~pressparse.document.Document`.

``load`` sniffs the format (e-mail, HTML, text/markdown) unless Options names it,
decodes bytes (``decode.py``) and hands the text to the matching loader.
"""

from __future__ import annotations

import re

from ..document import Document
from ..errors import InputTooLargeError, UnsupportedInputError
from ..models import SourceInfo
from ..options import Options
from .decode import declared_html_charset, decode
from .email import looks_like_email, read_email
from .html import HTML_START, load_html, skip_prolog
from .text import load_text

_HTML_TAGS = re.compile(r"</?(?:p|div|br|span|a|table|td|h[1-6]|ul|li|strong|b|em|font|img)\b[^>]{0,300}>", re.I)


def sniff(text: str) -> str:
    """'html' or 'text' for decoded input (e-mail is sniffed on bytes)."""
    head = text[:5000]
    pos = skip_prolog(head)
    if HTML_START.match(head, pos):
        return "html"
    tags = len(_HTML_TAGS.findall(head))
    if tags >= 2 and _HTML_TAGS.match(head, pos):
        return "html"
    return "html" if tags >= 5 and tags * 40 > len(head.split("\n")) else "text"


def load(data: bytes | str, options: Options) -> Document:
    """Load one release from bytes or str into a Document."""
    if isinstance(data, (bytearray, memoryview)):
        data = bytes(data)
    if not isinstance(data, (bytes, str)):
        raise UnsupportedInputError(
            f"parse() takes bytes or str, not {type(data).__name__}"
        )
    size = len(data) if isinstance(data, bytes) else len(data.encode("utf-8", "surrogatepass"))
    if size > options.max_input_bytes:
        raise InputTooLargeError(
            f"input is {size} bytes; Options.max_input_bytes is {options.max_input_bytes}"
        )
    source = SourceInfo(bytes=size, url=options.base_url)
    fmt = options.input_format
    if isinstance(data, bytes):
        if fmt == "email" or (fmt == "auto" and looks_like_email(data)):
            text, kind = read_email(data, options, source)
            return load_html(text, options, source) if kind == "html" else load_text(
                text, options, source)
        text, source.encoding, source.encoding_confidence = decode(
            data, declared_html_charset(data[:4096])
        )
    else:
        text = data.replace("\x00", "")
        source.encoding_confidence = "str"
        if fmt == "email" or (fmt == "auto" and looks_like_email(
                text[:4096].encode("utf-8", "replace"))):
            body, kind = read_email(text.encode("utf-8", "replace"), options, source)
            return load_html(body, options, source) if kind == "html" else load_text(
                body, options, source)
    if fmt == "html" or (fmt == "auto" and sniff(text) == "html"):
        return load_html(text, options, source, _exact_utf8(data, text, source.encoding))
    if fmt == "markdown":
        source.format = "markdown"
    return load_text(text, options, source)


def _exact_utf8(data: bytes | str, text: str, encoding: str | None) -> bytes | None:
    """The input bytes when ``text`` is exactly their UTF-8 decoding (no BOM, nothing
    replaced): the HTML parser reads them as they are."""
    if isinstance(data, bytes) and encoding == "utf-8" and not data.startswith(
            b"\xef\xbb\xbf") and "\ufffd" not in text:
        return data
    return None


__all__ = ["load", "sniff"]
