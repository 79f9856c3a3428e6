"""Batch records: stable ids, the record model (for ``pressparse schema --record``),
JSON Lines formatting and safe file names.

A record is one JSON object per input release::

    {"id": "…", "source": {"file": "…", "member": "…", "offset": 0}, "release": {…}}
    {"id": "…", "source": {…}, "error": {"type": "DecodeError", "message": "…"}}

Exactly one of ``release`` and ``error`` is present. Ids come from the source path,
member and offset (or from the content, or from a JSON Lines id field), so a
re-run or ``--resume`` gives every release the same id.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field

from ..models import PressRelease

_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")
MAX_MESSAGE_CHARS = 500


@dataclass(slots=True)
class Item:
    """One input release as read from a source, before parsing.

    ``data`` is None when reading failed; ``error`` then says why (type, message).
    """

    file: str
    member: str | None = None
    offset: int | None = None
    data: bytes | str | None = None
    error: tuple[str, str] | None = None
    input_format: str = "auto"
    base_url: str | None = None
    id: str = ""


class RecordSource(BaseModel):
    """Where a release was read: the input file, the member inside it, a byte offset."""

    model_config = ConfigDict(extra="forbid")
    file: str = Field(description="Input file or URL as given (folders joined with '/').")
    member: str | None = Field(default=None, description="Archive member name, 'message-N' "
                               "(mbox), target URI (WARC), 'line-N' (JSON Lines), or null.")
    offset: int | None = Field(default=None, description="Byte offset of the member in the "
                               "(uncompressed) file, where known.")


class RecordError(BaseModel):
    """Why a release has no parse: the exception type and its message."""

    model_config = ConfigDict(extra="forbid")
    type: str = Field(description="PressParseError subclass name, or the reading error "
                      "(PermissionError, WorkerCrashed, …).")
    message: str


class Record(BaseModel):
    """One line of ``pressparse convert`` output: exactly one of release and error."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field(description="Stable id: hash of file+member+offset, of the content "
                    "(--id-from content), or the --id-field value.")
    source: RecordSource
    release: PressRelease | None = None
    error: RecordError | None = None


def digest(text: str, size: int = 12) -> str:
    """Short hex digest of a string (ids, file-name suffixes)."""
    raw = text.encode("utf-8", "surrogatepass")
    return hashlib.blake2b(raw, digest_size=size).hexdigest()


def path_id(file: str, member: str | None, offset: int | None) -> str:
    """Id from where the release was read: stable across runs over the same inputs."""
    return digest(f"{file}\x00{member or ''}\x00{'' if offset is None else offset}")


def content_id(data: bytes | str) -> str:
    """Id from the release's bytes: the same release gets the same id wherever it is."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    return hashlib.blake2b(raw, digest_size=12).hexdigest()


def assign_id(item: Item, id_from: str) -> Item:
    """Fill ``item.id`` unless a source already set it (JSON Lines --id-field)."""
    if not item.id:
        if id_from == "content" and item.data is not None:
            item.id = content_id(item.data)
        else:
            item.id = path_id(item.file, item.member, item.offset)
    return item


def _head(item: Item) -> str:
    source = {"file": item.file, "member": item.member, "offset": item.offset}
    return '{"id":' + json.dumps(item.id) + ',"source":' + json.dumps(source, separators=(",", ":"))


def release_line(item: Item, release_json: str) -> str:
    """The JSON Lines record of a parsed release (release_json: its model_dump_json)."""
    return _head(item) + ',"release":' + release_json + "}"


def error_line(item: Item, kind: str, message: str) -> str:
    """The JSON Lines record of a release that could not be read or parsed."""
    err = {"type": kind, "message": message[:MAX_MESSAGE_CHARS]}
    return _head(item) + ',"error":' + json.dumps(err, separators=(",", ":")) + "}"


def read_id(line: str) -> str | None:
    """The id of a written record line, or None for a line that is not a record."""
    if line.startswith('{"id":'):
        try:
            value, _ = json.JSONDecoder().raw_decode(line, 6)
        except ValueError:
            value = None
        if isinstance(value, str):
            return value
    try:
        obj = json.loads(line)
    except ValueError:
        return None
    value = obj.get("id") if isinstance(obj, dict) else None
    return value if isinstance(value, str) else None


def safe_name(record_id: str, file: str, member: str | None) -> str:
    """A file name for one record that cannot leave its folder.

    Only the last path component of the member (or file) is kept, every character
    outside [A-Za-z0-9_-] becomes '_', and a digest of the id keeps names unique:
    '../../etc/passwd' becomes 'passwd.<digest>.json'.
    """
    last = (member or file).replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    stem = _UNSAFE.sub("_", last.rsplit(".", 1)[0] if "." in last[1:] else last)
    stem = stem.strip("_")[:80] or "release"
    return f"{stem}.{digest(record_id, 8)}.json"


__all__ = [
    "Item",
    "Record",
    "RecordError",
    "RecordSource",
    "assign_id",
    "content_id",
    "error_line",
    "path_id",
    "read_id",
    "release_line",
    "safe_name",
]
