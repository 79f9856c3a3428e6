"""The local engine: parse items in a process pool, in chunks, in input order.

Memory stays bounded: items are read lazily and at most ``workers * WINDOW`` chunks
are in flight. A worker process that dies (segfault, out-of-memory kill), or a chunk that
outlives its time limit, breaks the pool; the pool is restarted, the chunks in flight are re-run, and the chunk at the
head is re-run one item at a time, so the item that kills a worker alone gets a
``WorkerCrashed`` error record and every other item is parsed as usual.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from ..api import parse
from ..errors import PressParseError
from ..models import PressRelease
from ..options import DEFAULT_OPTIONS, Options
from .records import Item, error_line, release_line

ParseFn = Callable[[Any, Options], PressRelease]
Task = tuple[bytes | str | None, tuple[str, str] | None, str, str | None]
Outcome = tuple[bool, str, str]  # (parsed, release JSON or error type, error message)
CHUNK_ITEMS, CHUNK_BYTES, WINDOW, ISOLATION_TRIES = 16, 2 << 20, 4, 2
CRASH_MESSAGE = ("the worker process died while parsing this release "
                 "(killed, out of memory or crashed); the batch went on")


@dataclass(slots=True)
class Result:
    """One output record: the item (its data dropped), its JSON line, its error type."""

    item: Item
    line: str
    error: str | None


def parse_task(task: Task, options: Options, parse_fn: ParseFn) -> Outcome:
    """Parse one item's data; every failure becomes an outcome, never an exception."""
    data, error, fmt, base_url = task
    if error is not None:
        return False, error[0], error[1]
    update: dict[str, Any] = {}
    if fmt != "auto":
        update["input_format"] = fmt
    if base_url:
        update["base_url"] = base_url
    opts = options.model_copy(update=update) if update else options
    try:
        return True, parse_fn(data, opts).model_dump_json(), ""
    except PressParseError as exc:
        return False, type(exc).__name__, str(exc)
    except Exception as exc:  # a bug must cost one release, not the batch
        return False, type(exc).__name__, f"unexpected error: {exc}"


def parse_chunk(tasks: list[Task], options: Options, parse_fn: ParseFn) -> list[Outcome]:
    """Worker entry point: parse a chunk of tasks."""
    return [parse_task(t, options, parse_fn) for t in tasks]


def to_task(item: Item) -> Task:
    """What a worker needs of an item (not its id or source)."""
    return item.data, item.error, item.input_format, item.base_url


def to_result(item: Item, outcome: Outcome) -> Result:
    """The record of an item from its outcome; the item's data is released."""
    item.data = None
    ok, first, message = outcome
    if ok:
        return Result(item, release_line(item, first), None)
    return Result(item, error_line(item, first, message), first)


def chunks(items: Iterable[Item]) -> Iterator[list[Item]]:
    """Group items into chunks of at most CHUNK_ITEMS items or about CHUNK_BYTES bytes."""
    chunk: list[Item] = []
    size = 0
    for item in items:
        chunk.append(item)
        size += len(item.data) if item.data is not None else 0
        if len(chunk) >= CHUNK_ITEMS or size >= CHUNK_BYTES:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def default_workers() -> int:
    """One worker per core the process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def run_local(items: Iterable[Item], options: Options | None = None, workers: int | None = None,
              parse_fn: ParseFn | None = None, timeout: float | None = None) -> Iterator[Result]:
    """Parse items in input order; ``workers=0`` parses in this process (no isolation).

    ``timeout``: seconds one release may take in a worker before the worker is stopped
    and the release gets a ``TimeoutError`` record (None: no limit).
    """
    opts = options or DEFAULT_OPTIONS
    fn = parse_fn or parse
    n = default_workers() if workers is None else workers
    if n <= 0:
        for chunk in chunks(items):
            yield from map(to_result, chunk, parse_chunk([to_task(i) for i in chunk], opts, fn))
        return
    runner = _PoolRunner(n, opts, fn, timeout)
    try:
        yield from runner.run(chunks(items))
    finally:
        runner.close()


def _die_with_parent(parent: int) -> None:
    """Worker initializer: on Linux the kernel kills this worker when its parent dies,
    so a killed ``convert`` leaves no orphan workers behind."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(0)


def _context() -> Any:
    """fork where it is safe (no other threads): fast, no re-import; else spawn."""
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


class _PoolRunner:
    """A process pool that survives its workers dying (``generation`` counts restarts)."""

    def __init__(self, workers: int, options: Options, parse_fn: ParseFn,
                 timeout: float | None = None) -> None:
        self.workers, self.options, self.parse_fn = workers, options, parse_fn
        self.timeout = timeout
        self.window = workers * WINDOW
        self.generation = 0
        self.context = _context()  # chosen once: a restart must not switch to spawn
        if self.context.get_start_method() == "fork":
            _warm_up(parse_fn, options)
        self.pool = self._new_pool()

    def submit(self, chunk: list[Item]) -> tuple[Future[list[Outcome]], int]:
        """Submit a chunk (restarting a pool found broken); returns the future and generation."""
        tasks = [to_task(i) for i in chunk]
        try:
            return self.pool.submit(parse_chunk, tasks, self.options, self.parse_fn), self.generation
        except BrokenProcessPool:
            self.restart()
            return self.pool.submit(parse_chunk, tasks, self.options, self.parse_fn), self.generation

    def run(self, stream: Iterator[list[Item]]) -> Iterator[Result]:
        """Keep the window full; yield results of the oldest chunk first."""
        pending: deque[list[Any]] = deque()
        for chunk in stream:
            pending.append([chunk, *self.submit(chunk)])
            while len(pending) >= self.window:
                yield from self._take(pending)
        while pending:
            yield from self._take(pending)

    def _take(self, pending: deque[list[Any]]) -> Iterator[Result]:
        chunk, future, generation = pending.popleft()
        try:
            outcomes = future.result(None if self.timeout is None else self.timeout * len(chunk))
        except (BrokenProcessPool, CancelledError, FutureTimeout):
            if generation == self.generation:
                self.restart()
            outcomes = self._isolate(chunk)
            for entry in pending:
                if not _succeeded(entry[1]):
                    entry[1:] = self.submit(entry[0])
        yield from map(to_result, chunk, outcomes)

    def _isolate(self, chunk: list[Item]) -> list[Outcome]:
        """Run a chunk one item at a time: a crash is pinned on the item that caused it."""
        return [self._alone(item) for item in chunk]

    def _alone(self, item: Item) -> Outcome:
        """One item in the pool; it is blamed only if it breaks a fresh pool twice
        (a pool just restarted after a crash can break once for no fault of its own)."""
        for _ in range(ISOLATION_TRIES):
            try:
                return self.submit([item])[0].result(self.timeout)[0]
            except BrokenProcessPool:  # noqa: PERF203 - rare, and the point of isolating
                self.restart()
            except FutureTimeout:
                self.restart()
                return False, "TimeoutError", (f"parsing took longer than {self.timeout} s; "
                                               "the worker was stopped")
        return False, "WorkerCrashed", CRASH_MESSAGE

    def restart(self) -> None:
        """Replace a broken pool with a fresh one, killing the old pool's survivors.

        On Python 3.11 a worker that outlives the break (SIGTERM not yet acted on)
        can leave the old pool's manager thread joining it forever, which hangs
        interpreter exit; SIGKILL cannot be ignored.
        """
        survivors = list((getattr(self.pool, "_processes", None) or {}).values())
        for proc in survivors:
            if proc.is_alive():
                proc.kill()
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._new_pool()
        self.generation += 1

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.workers, mp_context=self.context,
                                   initializer=_die_with_parent, initargs=(os.getpid(),))

    def close(self) -> None:
        """Stop the workers; pending work is cancelled (on an interrupt)."""
        self.pool.shutdown(wait=True, cancel_futures=True)


WARM_UP = ("Warm-up\n\nLONDON, 1 May 2024 – The council said it counted 12 boats. "
           "\"It went well,\" said Ann Lee.\n\nContact: press@example.org, +44 20 7946 0000\n")


def _warm_up(parse_fn: ParseFn, options: Options) -> None:
    """Parse one small release here, so that forked workers inherit the lazily imported
    libraries (dateparser, BeautifulSoup…) instead of each importing them again,
    which also keeps a restarted worker within its time limit."""
    try:
        parse_fn(WARM_UP, options)
    except Exception:  # a warm-up failure only costs speed
        return


def _succeeded(future: Future[list[Outcome]]) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None


__all__ = ["Result", "chunks", "default_workers", "parse_chunk", "parse_task", "run_local"]
