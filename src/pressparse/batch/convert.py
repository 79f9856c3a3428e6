"""``pressparse convert``: archives and folders → JSON Lines, JSON files or Parquet.

Exit status: 0 every release parsed; 1 some releases became error records (the
rest were written); 2 bad arguments (nothing converted); 130 interrupted (what was
written is complete; ``--resume`` finishes the job).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

EPILOG = """exit status: 0 all releases parsed; 1 some releases failed (each has an error
record, the rest were written); 2 bad arguments; 130 interrupted (output is complete
up to the interruption: run again with --resume).
"""


def build_parser() -> argparse.ArgumentParser:
    """The arguments of ``pressparse convert``."""
    ap = argparse.ArgumentParser(
        prog="pressparse convert", epilog=EPILOG,
        description="Convert files, folders, zip/tar archives, mbox, WARC and JSON Lines "
        "to one JSON record per release.")
    ap.add_argument("inputs", nargs="+", help="files, folders, archives (paths or, with "
                    "--engine dask, URLs)")
    ap.add_argument("-o", "--output", required=True, help="output .jsonl file, .parquet "
                    "file, or folder (--format json, --engine dask)")
    ap.add_argument("--format", choices=["jsonl", "json", "parquet"], help="output format "
                    "(default: parquet for *.parquet, else jsonl)")
    ap.add_argument("--workers", type=int, default=None, help="worker processes (default: "
                    "one per core; 0 = parse in this process)")
    ap.add_argument("--resume", action="store_true", help="skip ids already in the output")
    ap.add_argument("--include", action="append", default=[], metavar="GLOB",
                    help="only names matching GLOB (repeatable)")
    ap.add_argument("--exclude", action="append", default=[], metavar="GLOB",
                    help="leave out names matching GLOB (repeatable)")
    ap.add_argument("--text-field", default="text", help="JSON Lines field with text")
    ap.add_argument("--html-field", default="html", help="JSON Lines field with HTML")
    ap.add_argument("--id-field", help="JSON Lines field with the record id")
    ap.add_argument("--url-field", default="url", help="JSON Lines field with the page URL")
    ap.add_argument("--id-from", choices=["path", "content"], default="path",
                    help="ids from source path+member (default) or a hash of the content")
    ap.add_argument("--max-member-bytes", type=int, default=50_000_000,
                    help="per-release size cap (archive members, messages, lines)")
    ap.add_argument("--timeout", type=float, default=600.0, help="seconds one release may "
                    "take before its worker is stopped (an error record; default 600)")
    ap.add_argument("--language", action="append", help="ISO 639-1 hint (repeatable)")
    ap.add_argument("--quiet", action="store_true", help="no progress bar, no summary")
    ap.add_argument("--engine", choices=["local", "dask"], default="local")
    ap.add_argument("--scheduler", help="Dask scheduler address (default: a LocalCluster)")
    return ap


@dataclass
class Counts:
    """What a run did: done = parsed + failed; inputs = done + skipped."""

    parsed: int = 0
    failed: int = 0
    skipped: int = 0
    started: float = field(default_factory=time.monotonic)

    @property
    def done(self) -> int:
        return self.parsed + self.failed

    def summary(self, output: str) -> str:
        """One line for standard error."""
        secs = time.monotonic() - self.started
        rate = self.done / secs if secs > 0 else 0.0
        return (f"pressparse convert: {self.done} done ({self.parsed} parsed, {self.failed} "
                f"failed), {self.skipped} skipped, {secs:.1f} s, {rate:.1f} releases/s "
                f"-> {output}")


def convert_main(argv: Sequence[str]) -> int:
    """Entry point of ``pressparse convert``; returns the exit status."""
    try:
        args = build_parser().parse_args(list(argv))
    except SystemExit as exc:
        return EXIT_OK if exc.code in (0, None) else EXIT_USAGE
    problem = _check(args)
    if problem:
        print(f"pressparse convert: error: {problem}", file=sys.stderr)
        return EXIT_USAGE
    counts = Counts()
    try:
        if args.engine == "dask":
            from .dask_engine import run_dask

            run_dask(args, _source_config(args), _options(args), counts)
        else:
            _run_local(args, counts)
    except KeyboardInterrupt:
        _report(args, counts)
        return EXIT_INTERRUPTED
    _report(args, counts)
    return EXIT_FAILED if counts.failed else EXIT_OK


def _report(args: argparse.Namespace, counts: Counts) -> None:
    if not args.quiet:
        print(counts.summary(args.output), file=sys.stderr)


def output_format(args: argparse.Namespace) -> str:
    """The output format asked for, or guessed from the output name."""
    if args.format:
        return str(args.format)
    return "parquet" if args.output.lower().endswith(".parquet") else "jsonl"


def _check(args: argparse.Namespace) -> str | None:
    """Why the arguments cannot work, or None."""
    fmt = output_format(args)
    if args.workers is not None and args.workers < 0:
        return "--workers must be 0 or more"
    if args.timeout <= 0:
        return "--timeout must be positive"
    if args.max_member_bytes < 1:
        return "--max-member-bytes must be positive"
    if args.scheduler and args.engine != "dask":
        return "--scheduler needs --engine dask"
    if args.engine == "dask":
        return None if fmt == "jsonl" else "--engine dask writes JSON Lines partitions only"
    missing = [p for p in args.inputs if not os.path.lexists(p)]
    if missing:
        return f"no such file or folder: {', '.join(missing)}"
    if fmt == "jsonl" and Path(args.output).is_dir():
        return f"{args.output} is a folder; give a .jsonl file or --format json"
    if fmt == "parquet" and args.resume:
        return "--resume works with JSON Lines and JSON output, not Parquet"
    return None


def _source_config(args: argparse.Namespace) -> Any:
    from .sources import SourceConfig

    return SourceConfig(include=tuple(args.include), exclude=tuple(args.exclude),
                        text_field=args.text_field, html_field=args.html_field,
                        id_field=args.id_field, url_field=args.url_field,
                        max_member_bytes=args.max_member_bytes)


def _options(args: argparse.Namespace) -> Any:
    from ..options import Options

    return Options(languages=tuple(args.language) if args.language else None,
                   max_input_bytes=max(args.max_member_bytes, 1))


def _run_local(args: argparse.Namespace, counts: Counts) -> None:
    from .engine import run_local
    from .records import assign_id
    from .sources import iter_local

    cfg = _source_config(args)
    writer, done_ids = _writer(args)
    items = (assign_id(i, args.id_from) for i in iter_local(args.inputs, cfg))
    todo = _skip_done(items, done_ids, counts)
    bar = Progress(args.inputs, cfg, enabled=not args.quiet)
    try:
        for batch in batched(_counted(run_local(todo, _options(args), args.workers, timeout=args.timeout), counts, bar)):
            writer.write(batch)
    finally:
        bar.close()
        writer.close()


def _writer(args: argparse.Namespace) -> tuple[Any, set[str]]:
    """The writer for the output format, and the ids already written (with --resume)."""
    from . import writers

    out = Path(args.output)
    fmt = output_format(args)
    if fmt == "json":
        ids = set(writers.json_dir_ids(out)) if args.resume else set()
        return writers.JsonDirWriter(out), ids
    if fmt == "parquet":
        return writers.ParquetWriter(out), set()
    ids = set(writers.jsonl_ids(out)) if args.resume else set()
    return writers.JsonlWriter(out, args.resume), ids


def batched(results: Iterable[Any], size: int = 64) -> Iterator[list[Any]]:
    """Group results for the writer, so that each write holds whole lines."""
    group: list[Any] = []
    for res in results:
        group.append(res)
        if len(group) >= size:
            yield group
            group = []
    if group:
        yield group


def _skip_done(items: Iterable[Any], done: set[str], counts: Counts) -> Iterator[Any]:
    for item in items:
        if item.id in done:
            counts.skipped += 1
        else:
            yield item


def _counted(results: Iterable[Any], counts: Counts, bar: Progress) -> Iterator[Any]:
    for res in results:
        if res.error is None:
            counts.parsed += 1
        else:
            counts.failed += 1
        bar.update(res.item, counts)
        yield res


class Progress:
    """A tqdm bar on standard error over the input bytes, with releases, rate and errors.

    Silent when standard error is not a terminal or with --quiet.
    """

    def __init__(self, inputs: Sequence[str], cfg: Any, enabled: bool) -> None:
        self.bar: Any = None
        if not (enabled and sys.stderr.isatty()):
            return
        import tqdm

        from .sources import local_files

        tqdm.tqdm.monitor_interval = 0  # no monitor thread: worker pools may still fork
        self.sizes = {p: _size(p) for p in local_files(inputs, cfg)}
        self.base, self.current, self.last = 0, "", 0.0
        self.bar = tqdm.tqdm(total=sum(self.sizes.values()), unit="B", unit_scale=True,
                             file=sys.stderr, ncols=shutil.get_terminal_size().columns,
                             mininterval=0.5)

    def update(self, item: Any, counts: Counts) -> None:
        """Move the bar to the item's place in the inputs (at most twice a second)."""
        if self.bar is None:
            return
        if item.file != self.current:
            self.base += self.sizes.get(self.current, 0)
            self.current = item.file
        now = time.monotonic()
        if now - self.last < 0.5:
            return
        self.last = now
        size = self.sizes.get(item.file, 0)
        self.bar.n = self.base + min(item.offset or 0, size)
        secs = max(now - counts.started, 1e-9)
        self.bar.set_postfix_str(f"{counts.done} releases, {counts.done / secs:.0f}/s, "
                                 f"{counts.failed} errors", refresh=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


__all__ = ["EXIT_FAILED", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_USAGE", "Counts",
           "build_parser", "convert_main"]
