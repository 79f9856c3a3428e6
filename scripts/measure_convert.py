#!/usr/bin/env python3
"""Measure ``pressparse convert`` on an archive: releases per second and peak memory.

Peak memory is the largest sum of resident memory over the whole process tree
(the command and its worker processes), sampled every 50 ms from /proc (Linux).

    python scripts/measure_convert.py demo-out/synthetic-20000.tar.gz --workers 1 2
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(c) for c in f.read().split()]
    except OSError:
        return []


def _rss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_rss_kib(pid: int) -> int:
    """Resident memory of a process and all its descendants, in KiB."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        total += _rss_kib(current)
        stack.extend(_children(current))
    return total


def measure(archive: str, workers: int) -> tuple[int, float, float]:
    """(records written, seconds, peak MiB) of one convert run."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.jsonl"
        cmd = [sys.executable, "-m", "pressparse.cli", "convert", archive, "-o", str(out),
               "--workers", str(workers), "--quiet"]
        start = time.monotonic()
        proc = subprocess.Popen(cmd, env=os.environ.copy())
        peak = 0
        while proc.poll() is None:
            peak = max(peak, tree_rss_kib(proc.pid))
            time.sleep(0.05)
        secs = time.monotonic() - start
        with out.open("rb") as f:
            count = sum(1 for _ in f)
    return count, secs, peak / 1024


def main(argv: list[str] | None = None) -> int:
    """Run convert once per worker count and print a table."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("archive")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args(argv)
    print("workers  releases  seconds  releases/s  peak RSS (MiB, whole tree)")
    for n in args.workers:
        count, secs, peak = measure(args.archive, n)
        print(f"{n:7d}  {count:8d}  {secs:7.2f}  {count / secs:10.0f}  {peak:8.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
