"""``--engine dask``: the same conversion on a Dask cluster (extra ``pressparse[dask]``).

Inputs are read by path or URL through fsspec; the list of input files is split
into partitions (an archive alone, plain files by PARTITION_FILES), each parsed
by one task and written as ``OUT/part-NNNNN.jsonl`` (to a temporary name, renamed
when complete). Concatenated in order, the partitions hold the same lines as the
local engine's output. Without ``--scheduler`` a LocalCluster is started with one
single-threaded worker process per core. ``--resume`` skips finished partitions.
A task that fails on the cluster (a worker killed twice) is re-run here with the
local engine, which pins a crash on one release.
"""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from ..api import parse
from ..options import Options
from .engine import Result, default_workers, parse_task, run_local, to_result, to_task
from .records import Item, assign_id
from .sources import SourceConfig, error_item, iter_stream, kind_of, open_regular

PARTITION_FILES = 64
Unit = tuple[str, str]  # (URL or path to open, name recorded in source.file)


def expand(inputs: Sequence[str], cfg: SourceConfig) -> Iterator[Unit]:
    """Input files by URL, folders listed recursively in the local engine's order."""
    import fsspec

    for given in inputs:
        fs, path = fsspec.core.url_to_fs(given)
        if not fs.isdir(path):
            yield given, given
            continue
        base = path.rstrip("/")
        rels = sorted((p[len(base) + 1:] for p in fs.find(path) if p.startswith(base + "/")),
                      key=lambda r: r.split("/"))
        local = _is_local(fs)
        for rel in rels:
            if cfg.wanted(rel):
                full = f"{base}/{rel}"
                yield (full if local else fs.unstrip_protocol(full)), f"{given.rstrip('/')}/{rel}"


def _is_local(fs: Any) -> bool:
    protocol = fs.protocol if isinstance(fs.protocol, str) else fs.protocol[0]
    return protocol in ("file", "local")


def partitions(units: Iterable[Unit]) -> list[list[Unit]]:
    """Consecutive groups: each archive alone, plain files by PARTITION_FILES."""
    parts: list[list[Unit]] = []
    group: list[Unit] = []
    for unit in units:
        if kind_of(unit[1]) != "file":
            parts.extend([group, [unit]] if group else [[unit]])
            group = []
            continue
        group.append(unit)
        if len(group) >= PARTITION_FILES:
            parts.append(group)
            group = []
    if group:
        parts.append(group)
    return parts


def iter_units(units: Iterable[Unit], cfg: SourceConfig) -> Iterator[Item]:
    """Items of each unit, opened with fsspec (local files: regular files only)."""
    import fsspec

    for url, name in units:
        try:
            fs, path = fsspec.core.url_to_fs(url)
            stream = open_regular(path) if _is_local(fs) else fs.open(path, "rb")
        except Exception as exc:  # unreadable input: one error record, the batch goes on
            yield error_item(name, exc)
            continue
        with stream:
            yield from iter_stream(stream, name, cfg)


def part_names(out: str, index: int) -> tuple[Any, str, str]:
    """The output filesystem, the final and the temporary path of partition ``index``."""
    import fsspec

    fs, root = fsspec.core.url_to_fs(out)
    return fs, f"{root}/part-{index:05d}.jsonl", f"{root}/.tmp-part-{index:05d}.jsonl"


def convert_partition(index: int, units: list[Unit], out: str, cfg: SourceConfig,
                      options: Options, id_from: str) -> tuple[int, int]:
    """Task: parse one partition into its JSON Lines file; returns (parsed, failed)."""
    results = (to_result(i, parse_task(to_task(i), options, parse))
               for i in (assign_id(i, id_from) for i in iter_units(units, cfg)))
    return _write_part(out, index, results)


def convert_partition_here(index: int, units: list[Unit], out: str, cfg: SourceConfig,
                           options: Options, id_from: str) -> tuple[int, int]:
    """Fallback in the client: the local engine, whose pool survives crashing releases."""
    items = (assign_id(i, id_from) for i in iter_units(units, cfg))
    return _write_part(out, index, run_local(items, options, workers=1))


def _write_part(out: str, index: int, results: Iterable[Result]) -> tuple[int, int]:
    fs, final, tmp = part_names(out, index)
    parsed = failed = 0
    with fs.open(tmp, "wb") as f:
        for res in results:
            f.write((res.line + "\n").encode("utf-8", "replace"))
            parsed, failed = (parsed + 1, failed) if res.error is None else (parsed, failed + 1)
    fs.mv(tmp, final)
    return parsed, failed


def _lines_in(fs: Any, path: str) -> int:
    with fs.open(path, "rb") as f:
        return sum(block.count(b"\n") for block in iter(lambda: f.read(1 << 20), b""))


def _prepare(out: str, count: int, resume: bool, counts: Any) -> list[int]:
    """Indexes of the partitions to run; with --resume, finished ones are counted as skipped."""
    import fsspec

    fs, root = fsspec.core.url_to_fs(out)
    fs.makedirs(root, exist_ok=True)
    todo = []
    for index in range(count):
        _, final, _ = part_names(out, index)
        if resume and fs.exists(final):
            counts.skipped += _lines_in(fs, final)
        else:
            todo.append(index)
    if not resume:
        for stale in fs.glob(f"{root}/part-*.jsonl"):
            fs.rm(stale)
    return todo


def run_dask(args: argparse.Namespace, cfg: SourceConfig, options: Options, counts: Any) -> None:
    """Convert ``args.inputs`` into partitions under ``args.output`` on a Dask cluster."""
    import dask.distributed as dd

    parts = partitions(expand(args.inputs, cfg))
    todo = _prepare(args.output, len(parts), args.resume, counts)
    workers = args.workers or default_workers()
    cluster = None if args.scheduler else _call(
        dd.LocalCluster,
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
        silence_logs=logging.ERROR)
    try:
        with _call(dd.Client, args.scheduler or cluster) as client:
            futures = {client.submit(convert_partition, i, parts[i], args.output, cfg, options,
                                     args.id_from, key=f"pressparse-part-{i:05d}"): i
                       for i in todo}
            bar = _bar(len(todo), args.quiet)
            for fut in _call(dd.as_completed, futures):
                index = futures[fut]
                try:
                    parsed, failed = fut.result()
                except Exception:  # a worker died on this partition: redo it here, isolated
                    parsed, failed = convert_partition_here(
                        index, parts[index], args.output, cfg, options, args.id_from)
                counts.parsed += parsed
                counts.failed += failed
                if bar is not None:
                    bar.update(1)
                    bar.set_postfix_str(f"{counts.done} releases, {counts.failed} errors")
            if bar is not None:
                bar.close()
    finally:
        if cluster is not None:
            cluster.close()


def _call(fn: Any, *args: Any, **kwargs: Any) -> Any:
    """Call into dask.distributed (untyped) from typed code."""
    return fn(*args, **kwargs)


def _bar(total: int, quiet: bool) -> Any:
    if quiet or not sys.stderr.isatty():
        return None
    import tqdm

    return tqdm.tqdm(total=total, unit="part", file=sys.stderr,
                     ncols=shutil.get_terminal_size().columns)


__all__ = ["convert_partition", "expand", "iter_units", "partitions", "run_dask"]
