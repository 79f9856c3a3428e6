"""Batch conversion: sources (folders, zip/tar, mbox, WARC, JSON Lines) → records, in parallel.

    >>> import pressparse
    >>> for record in pressparse.iter_parse(["exports/"], workers=4):  # doctest: +SKIP
    ...     print(record.id, record.release.headline if record.release else record.error)

Modules: ``sources`` (reading inputs as streams), ``records`` (ids, the record
model, safe names), ``engine`` (the process pool), ``writers`` (JSON Lines, JSON
files, Parquet), ``convert`` (the command), ``dask_engine`` (``--engine dask``).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import Any

from ..options import Options
from .records import Record


def iter_parse(sources: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
               workers: int | None = None, options: Options | None = None, *,
               include: Iterable[str] = (), exclude: Iterable[str] = (),
               id_from: str = "path", config: Any = None, timeout: float | None = None,
               parse_fn: Any = None) -> Iterator[Record]:
    """Parse every release in files, folders and archives; yield one Record each, in order.

    ``workers`` processes (default: one per core; 0 = in this process). ``config``
    (a :class:`~pressparse.batch.sources.SourceConfig`) overrides include/exclude;
    ``timeout`` stops a worker stuck on one release for that many seconds.
    A release that cannot be read or parsed yields a Record with ``error`` set.
    """
    from .engine import run_local
    from .records import assign_id
    from .sources import SourceConfig, iter_local

    paths = [sources] if isinstance(sources, (str, os.PathLike)) else list(sources)
    cfg = config or SourceConfig(include=tuple(include), exclude=tuple(exclude))
    items = (assign_id(i, id_from) for i in iter_local([os.fspath(p) for p in paths], cfg))
    for res in run_local(items, options, workers, parse_fn, timeout):
        yield Record.model_validate_json(res.line)


def convert_main(argv: Any) -> int:
    """``pressparse convert``: see :mod:`pressparse.batch.convert`."""
    from .convert import convert_main as run

    return run(argv)


def record_schema() -> dict[str, Any]:
    """JSON Schema of one batch record (a line of ``pressparse convert`` output)."""
    return Record.model_json_schema()


__all__ = ["Record", "convert_main", "iter_parse", "record_schema"]
