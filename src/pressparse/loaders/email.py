"""E-mail: .eml and single mbox messages; the best body part, headers as evidence.

The standard ``email`` parser runs with the lenient ``compat32`` policy (the modern
policy raises on malformed headers and is slow on huge encoded ones); headers are cut
to ``Options.max_header_chars`` before their encoded words are decoded. The body is
the text/plain part when it carries the release, else the HTML part; forwarded
messages (attached or inline) are unwrapped.
"""

from __future__ import annotations

import email.parser
import email.policy
import re
from email.header import decode_header
from email.message import Message
from typing import Any

from ..models import SourceInfo
from ..options import Options
from .decode import decode, normalise_charset, repair_lotus

_MBOX_FROM = re.compile(rb"\AFrom [^\n]{0,500}\n")
_HEADER_LINE = re.compile(rb"[A-Za-z][A-Za-z0-9-]{0,60}:[^\n]*\n")
_KNOWN_HEADERS = re.compile(
    rb"^(?:from|to|subject|date|message-id|mime-version|content-type|received|return-path|"
    rb"reply-to|cc|x-[a-z0-9-]+|delivered-to|sender):",
    re.I | re.M,
)
_TAGS = re.compile(r"<[^<>]{0,2000}>")
_SUBJECT_PREFIX = re.compile(r"^\s*(?:(?:re|fwd?|aw|wg|tr|rv|sv|vs)\s*:\s*|\[[^\]]{1,60}\]\s*)+", re.I)
_FORWARD_MARK = re.compile(
    r"^[ \t>]*(?:-{2,}[ \t]*(?:Forwarded message|Original Message|Weitergeleitete Nachricht|"
    r"Message transféré|Mensaje reenviado)[ \t]*-{2,}|Begin forwarded message:)[ \t]*$",
    re.I | re.M,
)
_FWD_HEADER = re.compile(r"^[ \t>]*(From|Date|Sent|Subject|To|Cc|Von|Datum|Betreff|An|De|Objet|Asunto|Fecha)[ \t]*:[ \t]*(.*)$", re.I)
_FWD_KEYS = {"von": "from", "datum": "date", "betreff": "subject", "an": "to", "de": "from",
             "objet": "subject", "asunto": "subject", "fecha": "date", "sent": "date"}
HEADERS_KEPT = ("Subject", "From", "To", "Date", "Message-ID", "Reply-To", "Cc")


def looks_like_email(data: bytes) -> bool:
    """A message starts with header lines (or an mbox From line) and names known headers."""
    head = data[:4096].replace(b"\r\n", b"\n").lstrip(b"\n")
    m = _MBOX_FROM.match(head)
    if m:
        head = head[m.end():]
    pos = 0
    lines = 0
    while lines < 40:
        hm = _HEADER_LINE.match(head, pos)
        if not hm:
            # Folded continuation lines start with white space.
            if head[pos:pos + 1] in (b" ", b"\t"):
                nl = head.find(b"\n", pos)
                if nl < 0:
                    break
                pos = nl + 1
                continue
            break
        pos = hm.end()
        lines += 1
    return lines >= 2 and len(_KNOWN_HEADERS.findall(head[:pos])) >= 2


def decode_header_value(raw: Any, limit: int) -> str:
    """An RFC 2047 header value as text, cut to ``limit`` characters first."""
    text = str(raw or "")[:limit]
    try:
        parts = decode_header(text)
    except (ValueError, LookupError, IndexError, AssertionError):
        return " ".join(text.split())
    out = []
    for chunk, charset in parts:
        if isinstance(chunk, bytes):
            enc = normalise_charset(charset) or "utf-8"
            try:
                out.append(chunk.decode(enc, errors="replace"))
            except LookupError:
                out.append(chunk.decode("utf-8", errors="replace"))
        else:
            out.append(chunk)
    return " ".join("".join(out).split())


def clean_subject(subject: str) -> str:
    """Subject without Re:/Fwd: prefixes and [list] tags."""
    return _SUBJECT_PREFIX.sub("", subject).strip()


def read_email(data: bytes, options: Options, source: SourceInfo) -> tuple[str, str]:
    """Parse a message; fill source headers; return (body text, 'text' or 'html')."""
    m = _MBOX_FROM.match(data.lstrip(b"\r\n"))
    if m:
        data = data.lstrip(b"\r\n")[m.end():]
    data = _cap_parts(data, options.max_email_parts)
    parser = email.parser.BytesParser(policy=email.policy.compat32)
    try:
        msg = parser.parsebytes(data)
    except (RecursionError, ValueError, LookupError, IndexError, TypeError):
        return data.decode("utf-8", errors="replace"), "text"
    source.format = "email"
    for name in HEADERS_KEPT:
        value = msg.get(name)
        if value is not None:
            source.headers[name] = decode_header_value(value, options.max_header_chars)
    parts = _leaf_parts(msg, options.max_email_parts)
    plain = _best(parts, "text/plain", source)
    html = _best(parts, "text/html", source)
    if html and (not plain or len(plain.strip()) < 0.4 * _visible_length(html)):
        body, kind = html, "html"
    else:
        body, kind = plain or "", "text"
    body = _unwrap_forward(body, source) if kind == "text" else body
    return body, kind


def _cap_parts(data: bytes, limit: int) -> bytes:
    """Cut a message after ``limit`` MIME boundary lines: nesting beyond that is hostile,
    and the standard parser's cost grows with depth."""
    pos = 0
    for _ in range(limit):
        pos = data.find(b"\n--", pos + 1)
        if pos < 0:
            return data
    return data[:pos]


def _leaf_parts(msg: Message, limit: int) -> list[Message]:
    """Leaf parts in document order, forwarded messages included, at most ``limit``."""
    out: list[Message] = []
    stack: list[tuple[Message, int]] = [(msg, 0)]
    seen = 0
    while stack and seen < limit:
        part, depth = stack.pop()
        seen += 1
        try:
            payload = part.get_payload()
        except (ValueError, LookupError, IndexError, TypeError):
            continue
        if isinstance(payload, list):
            if depth < 20:
                stack.extend((p, depth + 1) for p in reversed(payload) if isinstance(p, Message))
            continue
        out.append(part)
    return out


def _best(parts: list[Message], ctype: str, source: SourceInfo) -> str | None:
    """The longest inline part of a content type, decoded."""
    best: str | None = None
    for part in parts:
        try:
            if part.get_content_type() != ctype:
                continue
            if (part.get("Content-Disposition") or "").lower().startswith("attachment"):
                continue
            raw = part.get_payload(decode=True)
        except (ValueError, LookupError, IndexError, TypeError, AssertionError):
            continue
        if not isinstance(raw, bytes):
            continue
        charset = None
        try:
            charset = part.get_content_charset()
        except (ValueError, LookupError, IndexError):
            charset = None
        text, encoding, how = decode(raw, charset)
        text = repair_lotus(text)
        if best is None or len(text) > len(best):
            best = text
            source.encoding, source.encoding_confidence = encoding, how
    return best


def _visible_length(html: str) -> int:
    return len(" ".join(_TAGS.sub(" ", html).split()))


def _unwrap_forward(body: str, source: SourceInfo) -> str:
    """Drop an inline forward header block, keeping its fields as evidence."""
    m = _FORWARD_MARK.search(body[:20_000])
    if not m:
        return body
    lines = body[m.end():].lstrip("\r\n").split("\n")
    consumed = 0
    for line in lines[:12]:
        hm = _FWD_HEADER.match(line)
        if hm:
            key = _FWD_KEYS.get(hm.group(1).lower(), hm.group(1).lower())
            source.headers.setdefault("Forwarded-" + key.capitalize(), hm.group(2).strip()[:1000])
            consumed += 1
        elif line.strip() or consumed:
            if not line.strip():
                consumed += 1
            break
        else:
            consumed += 1
    rest = "\n".join(lines[consumed:])
    before = body[:m.start()]
    # Text written above the forward mark is a cover note when short.
    return rest if len(before.strip()) < 400 else before + "\n\n" + rest


__all__ = ["clean_subject", "decode_header_value", "looks_like_email", "read_email"]
