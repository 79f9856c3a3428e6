"""Sources: files, folders and archives → a stream of :class:`Item` (one per release).

Every reader works on a binary stream and yields items lazily, so memory stays
bounded by one member. Archives are never extracted to disk: zip and tar members
are read in memory under ``max_member_bytes`` (a larger member, or a decompression
bomb, becomes an error item); link, device and FIFO members become error items;
names such as ``../x`` or ``/etc/passwd`` are only labels. A source that breaks
half-way yields one error item for the rest and the batch goes on.
"""

from __future__ import annotations

import fnmatch
import gzip
import json
import os
import stat
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any

from ..errors import InputTooLargeError, UnsupportedInputError
from .records import Item

BLOCK = 1 << 20
READ_ERRORS = (OSError, EOFError, zlib.error, tarfile.TarError, zipfile.BadZipFile,
               ValueError, RuntimeError, NotImplementedError, UnicodeError, LookupError)
_TAR = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")
_KINDS: tuple[tuple[tuple[str, ...], str], ...] = (
    ((".zip",), "zip"),
    (_TAR, "tar"),
    ((".mbox", ".mbox.gz"), "mbox"),
    ((".warc", ".warc.gz", ".arc", ".arc.gz"), "warc"),
    ((".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"), "jsonl"),
)


@dataclass(frozen=True, slots=True)
class SourceConfig:
    """How to read sources: globs, JSON Lines fields, the per-member size cap."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    text_field: str = "text"
    html_field: str = "html"
    id_field: str | None = None
    url_field: str = "url"
    max_member_bytes: int = 50_000_000

    def wanted(self, name: str) -> bool:
        """Include/exclude globs, matched against the whole relative name and its last part."""
        base = name.rstrip("/").rsplit("/", 1)[-1]

        def hit(pats: tuple[str, ...]) -> bool:
            return any(fnmatch.fnmatchcase(name, p) or fnmatch.fnmatchcase(base, p) for p in pats)

        return (not self.include or hit(self.include)) and not hit(self.exclude)


def kind_of(name: str) -> str:
    """Source kind from the file name: zip, tar, mbox, warc, jsonl, or file (one release)."""
    low = name.lower()
    for suffixes, kind in _KINDS:
        if low.endswith(suffixes):
            return kind
    return "file"


def error_item(file: str, exc: BaseException, member: str | None = None,
               offset: int | None = None) -> Item:
    """An item that carries a reading error instead of data."""
    return Item(file=file, member=member, offset=offset, error=(type(exc).__name__, str(exc)))


def read_capped(stream: IO[bytes], cap: int) -> bytes:
    """Read a whole stream, refusing (InputTooLargeError) past ``cap`` bytes."""
    parts: list[bytes] = []
    total = 0
    while True:
        block = stream.read(min(BLOCK, cap + 1 - total))
        if not block:
            return b"".join(parts)
        total += len(block)
        if total > cap:
            raise InputTooLargeError(f"member is larger than the {cap}-byte limit; "
                                     "reading stopped there (a decompression bomb?)")
        parts.append(block)


def iter_stream(stream: IO[bytes], name: str, cfg: SourceConfig) -> Iterator[Item]:
    """Items of one opened source, by kind; a source that breaks yields one error item."""
    reader = _READERS[kind_of(name)]
    try:
        yield from reader(stream, name, cfg)
    except Exception as exc:  # any reader failure (warcio's own errors too): the batch goes on
        yield error_item(name, exc)


def _read_file(stream: IO[bytes], name: str, cfg: SourceConfig) -> Iterator[Item]:
    yield Item(file=name, data=read_capped(stream, cfg.max_member_bytes))


def _read_zip(stream: IO[bytes], name: str, cfg: SourceConfig) -> Iterator[Item]:
    with zipfile.ZipFile(stream) as zf:
        for info in zf.infolist():
            if info.is_dir() or not cfg.wanted(info.filename):
                continue
            yield _zip_member(zf, info, name, cfg.max_member_bytes)


def _zip_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, cap: int) -> Item:
    """One zip member in memory; links and devices (by Unix mode bits) are refused."""
    item = Item(file=name, member=info.filename, offset=info.header_offset)
    kind = stat.S_IFMT(info.external_attr >> 16)
    try:
        if kind not in (0, stat.S_IFREG):
            raise UnsupportedInputError("link, device or FIFO member refused")
        if info.file_size > cap:
            raise InputTooLargeError(f"member declares {info.file_size} bytes; the limit is {cap}")
        with zf.open(info) as member:
            item.data = read_capped(member, cap)
    except (InputTooLargeError, UnsupportedInputError, *READ_ERRORS) as exc:
        item.error = (type(exc).__name__, str(exc))
    return item


def _read_tar(stream: IO[bytes], name: str, cfg: SourceConfig) -> Iterator[Item]:
    with tarfile.open(fileobj=stream, mode="r|*") as tf:
        while (info := tf.next()) is not None:
            tf.members = []  # type: ignore[attr-defined]  # tarfile keeps every header read
            if info.isdir() or not cfg.wanted(info.name):
                continue
            yield _tar_member(tf, info, name, cfg.max_member_bytes)


def _tar_member(tf: tarfile.TarFile, info: tarfile.TarInfo, name: str, cap: int) -> Item:
    """One regular tar member in memory; links, devices and FIFOs are refused."""
    item = Item(file=name, member=info.name, offset=info.offset)
    try:
        if info.issym() or info.islnk():
            raise UnsupportedInputError(f"link member refused (points to {info.linkname!r})")
        if not info.isreg():
            raise UnsupportedInputError("device, FIFO or special member refused")
        if info.size > cap:
            raise InputTooLargeError(f"member declares {info.size} bytes; the limit is {cap}")
        member = tf.extractfile(info)
        if member is None:
            raise UnsupportedInputError("member has no data")
        item.data = read_capped(member, cap)
    except (InputTooLargeError, UnsupportedInputError) as exc:
        item.error = (type(exc).__name__, str(exc))
    return item


def _maybe_gunzip(stream: IO[bytes], name: str) -> IO[bytes]:
    if name.lower().endswith(".gz"):
        return gzip.GzipFile(fileobj=stream, mode="rb")  # type: ignore[return-value]
    return stream


def _read_mbox(stream: IO[bytes], name: str, cfg: SourceConfig) -> Iterator[Item]:
    """One item per message; a message starts at a 'From ' line after a blank line."""
    box = _MboxSplitter(name, cfg.max_member_bytes)
    for line in _lines(_maybe_gunzip(stream, name)):
        done = box.feed(line)
        if done is not None:
            yield done
    last = box.finish()
    if last is not None:
        yield last


def _lines(stream: IO[bytes]) -> Iterator[bytes]:
    """Lines of at most 64 KiB (a longer line comes in pieces)."""
    while True:
        line = stream.readline(65536)
        if not line:
            return
        yield line


class _MboxSplitter:
    """Splits an mbox stream into messages (mboxrd '>From ' unquoted), each under a cap."""

    def __init__(self, name: str, cap: int) -> None:
        self.name, self.cap = name, cap
        self.pos, self.count, self.start = 0, 0, -1
        self.parts: list[bytes] = []
        self.size, self.line_start, self.prev_blank = 0, True, True

    def feed(self, line: bytes) -> Item | None:
        """Take one line; return the previous message when this line starts a new one."""
        out = None
        if self.line_start and self.prev_blank and line.startswith(b"From "):
            out = self.finish()
            self.start, self.count = self.pos, self.count + 1
            self.parts, self.size = [], 0
        else:
            if self.start < 0:
                self.start, self.count = self.pos, self.count + 1
            if self.line_start and line[:1] == b">" and line.lstrip(b">").startswith(b"From "):
                line = line[1:]
            self._keep(line)
        self.line_start = line.endswith(b"\n")
        self.prev_blank = self.line_start and not line.strip()
        self.pos += len(line)
        return out

    def _keep(self, line: bytes) -> None:
        self.size += len(line)
        if self.size <= self.cap:
            self.parts.append(line)
        else:
            self.parts = []

    def finish(self) -> Item | None:
        """The message being read, if any."""
        if self.start < 0:
            return None
        item = Item(file=self.name, member=f"message-{self.count}", offset=self.start,
                    input_format="email")
        if self.size > self.cap:
            exc = InputTooLargeError(f"message is larger than the {self.cap}-byte limit")
            item.error = (type(exc).__name__, str(exc))
        else:
            item.data = b"".join(self.parts)
        self.start = -1
        return item


def _read_warc(stream: IO[bytes], name: str, cfg: SourceConfig) -> Iterator[Item]:
    """HTML responses (2xx) of a WARC or ARC file, gzipped or not."""
    from warcio.archiveiterator import ArchiveIterator

    records = ArchiveIterator(stream)
    for rec in records:
        uri = rec.rec_headers.get_header("WARC-Target-URI")
        if not _is_html_response(rec) or not cfg.wanted(uri or ""):
            continue
        item = Item(file=name, member=uri, offset=records.get_record_offset(),
                    input_format="html", base_url=uri)
        try:
            item.data = read_capped(rec.content_stream(), cfg.max_member_bytes)
        except (InputTooLargeError, *READ_ERRORS) as exc:
            item.error = (type(exc).__name__, str(exc))
        yield item


def _is_html_response(rec: Any) -> bool:
    if rec.rec_type != "response" or rec.http_headers is None:
        return False
    ctype = (rec.http_headers.get_header("Content-Type") or "").lower()
    status = rec.http_headers.get_statuscode() or ""
    return ("html" in ctype) and status.startswith("2")


def _read_jsonl(stream: IO[bytes], name: str, cfg: SourceConfig) -> Iterator[Item]:
    """One item per non-blank line holding a text or HTML field."""
    stream = _maybe_gunzip(stream, name)
    pos, number, cap = 0, 0, cfg.max_member_bytes
    while True:
        line = stream.readline(cap + 1)
        if not line:
            return
        start, number = pos, number + 1
        pos += len(line)
        if len(line) > cap and not line.endswith(b"\n"):
            pos += _skip_line(stream)
            exc = InputTooLargeError(f"line is longer than the {cap}-byte limit")
            yield error_item(name, exc, f"line-{number}", start)
        elif line.strip():
            yield _json_item(line, name, f"line-{number}", start, cfg)


def _skip_line(stream: IO[bytes]) -> int:
    skipped = 0
    while True:
        rest = stream.readline(BLOCK)
        skipped += len(rest)
        if not rest or rest.endswith(b"\n"):
            return skipped


def _json_item(line: bytes, name: str, member: str, offset: int, cfg: SourceConfig) -> Item:
    """A JSON Lines record → item: the HTML field wins over the text field."""
    item = Item(file=name, member=member, offset=offset)
    try:
        obj = json.loads(line)
    except ValueError as exc:
        item.error = ("DecodeError", f"not a JSON object: {exc}")
        return item
    if not isinstance(obj, dict):
        item.error = ("UnsupportedInputError", "the line is not a JSON object")
        return item
    if cfg.id_field and obj.get(cfg.id_field) not in (None, ""):
        item.id = str(obj[cfg.id_field])
    url = obj.get(cfg.url_field)
    item.base_url = url if isinstance(url, str) else None
    html, text = obj.get(cfg.html_field), obj.get(cfg.text_field)
    if isinstance(html, str):
        item.data, item.input_format = html, "html"
    elif isinstance(text, str):
        item.data, item.input_format = text, "text"
    else:
        item.error = ("UnsupportedInputError",
                      f"no string field {cfg.html_field!r} or {cfg.text_field!r}")
    return item


_READERS: dict[str, Callable[[IO[bytes], str, SourceConfig], Iterator[Item]]] = {
    "file": _read_file, "zip": _read_zip, "tar": _read_tar, "mbox": _read_mbox,
    "warc": _read_warc, "jsonl": _read_jsonl,
}


# --- local files and folders -------------------------------------------------------------


def walk(root: str, cfg: SourceConfig) -> Iterator[str]:
    """Files under a folder as ``root/rel/path``, sorted by path parts, symlinked
    folders not followed; include/exclude globs apply to the relative path."""
    base = root.rstrip("/") or "/"

    def visit(folder: str, rel: str) -> Iterator[str]:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            return
        for entry in entries:
            sub = f"{rel}/{entry.name}" if rel else entry.name
            if entry.is_dir(follow_symlinks=False):
                yield from visit(entry.path, sub)
            elif cfg.wanted(sub):
                yield f"{base}/{sub}" if base != "/" else f"/{sub}"

    yield from visit(root, "")


def local_files(paths: Iterable[str], cfg: SourceConfig) -> Iterator[str]:
    """Expand arguments: folders are walked, files are taken as given."""
    for path in paths:
        if os.path.isdir(path):
            yield from walk(path, cfg)
        else:
            yield path


def open_regular(path: str) -> IO[bytes]:
    """Open a local file for reading only if it is a regular file (never blocks on a FIFO)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise UnsupportedInputError("not a regular file (device, FIFO, socket or folder)")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def iter_local(paths: Iterable[str], cfg: SourceConfig) -> Iterator[Item]:
    """Items of local files and folders; an unreadable file becomes an error item."""
    for path in local_files(paths, cfg):
        try:
            stream = open_regular(path)
        except (OSError, UnsupportedInputError) as exc:
            yield error_item(path, exc)
            continue
        with stream:
            yield from iter_stream(stream, path, cfg)


__all__ = [
    "SourceConfig",
    "iter_local",
    "iter_stream",
    "kind_of",
    "local_files",
    "open_regular",
    "read_capped",
    "walk",
]
