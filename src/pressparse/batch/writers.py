"""Writers: JSON Lines (default), one JSON file per release, or Parquet.

Crash safety: JSON Lines records are written whole (one ``write`` per chunk of
complete lines, flushed at once, ``fsync`` every few seconds and at the end); on
``--resume`` a torn last line, if a kill ever left one, is cut off before
appending. JSON files are written to a temporary name in the output folder and
renamed into place, so a file either exists whole or not at all. Parquet is
written to a temporary file renamed at the end (no resume).
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

from .engine import Result
from .records import read_id, safe_name

FSYNC_SECONDS = 2.0


class Writer(Protocol):
    """Where records go."""

    def write(self, results: list[Result]) -> None: ...
    def close(self) -> None: ...


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


class JsonlWriter:
    """Appends whole lines; ``resume`` keeps what is there, else the file is replaced."""

    def __init__(self, path: Path, resume: bool) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        if resume and path.exists():
            cut_torn_line(path)
        flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if resume else os.O_TRUNC)
        self.fd = os.open(path, flags, 0o644)
        self.synced = time.monotonic()

    def write(self, results: list[Result]) -> None:
        """Write complete lines in one go; fsync at intervals."""
        if not results:
            return
        data = "".join(r.line + "\n" for r in results).encode("utf-8", "replace")
        _write_all(self.fd, data)
        if time.monotonic() - self.synced > FSYNC_SECONDS:
            os.fsync(self.fd)
            self.synced = time.monotonic()

    def close(self) -> None:
        os.fsync(self.fd)
        os.close(self.fd)


def cut_torn_line(path: Path) -> None:
    """Truncate the file after its last newline (a torn last line is dropped)."""
    with path.open("r+b") as f:
        end = f.seek(0, os.SEEK_END)
        pos = end
        while pos > 0:
            step = min(65536, pos)
            f.seek(pos - step)
            block = f.read(step)
            nl = block.rfind(b"\n")
            if nl >= 0:
                pos = pos - step + nl + 1
                break
            pos -= step
        if pos != end:
            f.truncate(pos)


def jsonl_ids(path: Path) -> Iterator[str]:
    """Ids of complete records in a JSON Lines output."""
    if not path.exists():
        return
    with path.open("rb") as f:
        for raw in f:
            if raw.endswith(b"\n"):
                found = read_id(raw.decode("utf-8", "replace"))
                if found is not None:
                    yield found


class JsonDirWriter:
    """One JSON file per record, written under a temporary name and renamed into place."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder.resolve()
        for stale in self.folder.glob(".tmp-*"):
            stale.unlink(missing_ok=True)

    def write(self, results: list[Result]) -> None:
        for r in results:
            self._write_one(r)

    def _write_one(self, r: Result) -> None:
        name = safe_name(r.item.id, r.item.file, r.item.member)
        target = self.folder / name
        if target.parent != self.folder:  # cannot happen with safe_name; refuse if it does
            raise ValueError(f"unsafe output name {name!r}")
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".part", dir=self.folder)
        try:
            _write_all(fd, (r.line + "\n").encode("utf-8", "replace"))
        finally:
            os.close(fd)
        os.replace(tmp, target)

    def close(self) -> None:
        if hasattr(os, "O_DIRECTORY"):
            fd = os.open(self.folder, os.O_RDONLY | os.O_DIRECTORY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)


def json_dir_ids(folder: Path) -> Iterator[str]:
    """Ids of the records already written into a folder."""
    if not folder.is_dir():
        return
    for path in sorted(folder.glob("*.json")):
        if path.name.startswith("."):
            continue
        try:
            found = read_id(path.read_text("utf-8", "replace").strip())
        except OSError:
            continue
        if found is not None:
            yield found


class ParquetWriter:
    """Parquet through pyarrow (extra ``pressparse[parquet]``): the release as a JSON column."""

    COLUMNS = ("id", "file", "member", "offset", "error_type", "error_message", "release")

    def __init__(self, path: Path) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        path.parent.mkdir(parents=True, exist_ok=True)
        self.path, self.pa = path, pa
        self.schema = pa.schema([("id", pa.string()), ("file", pa.string()),
                                 ("member", pa.string()), ("offset", pa.int64()),
                                 ("error_type", pa.string()), ("error_message", pa.string()),
                                 ("release", pa.string())])
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".parquet", dir=path.parent)
        os.close(fd)
        self.tmp = Path(tmp)
        self.writer = pq.ParquetWriter(self.tmp, self.schema)

    def write(self, results: list[Result]) -> None:
        if not results:
            return
        rows: dict[str, list[Any]] = {c: [] for c in self.COLUMNS}
        for r in results:
            rec = json.loads(r.line)
            err = rec.get("error") or {}
            values = (rec["id"], rec["source"]["file"], rec["source"]["member"],
                      rec["source"]["offset"], err.get("type"), err.get("message"),
                      json.dumps(rec["release"], ensure_ascii=False) if "release" in rec else None)
            for col, value in zip(self.COLUMNS, values, strict=True):
                rows[col].append(value)
        self.writer.write_table(self.pa.table(rows, schema=self.schema))

    def close(self) -> None:
        self.writer.close()
        os.replace(self.tmp, self.path)


__all__ = ["JsonDirWriter", "JsonlWriter", "ParquetWriter", "Writer", "cut_torn_line",
           "json_dir_ids", "jsonl_ids"]
