#!/usr/bin/env python3
"""The benchmark behind ``make bench``: speed, memory and adversarial cost; writes BENCHMARKS.md.

Sections: per-format parse times (median, p90, releases per second, peak memory);
import time and the first parse in a fresh process; pressparse against
``trafilatura.extract(with_metadata=True, output_format="json")`` on the same HTML pages
(ratio per page, median over pages); batch conversion of a generated archive with 1 and
2 workers; seconds per MB on the adversarial inputs of the hostile-input issue.
Run it on a quiet machine; quote ratios, which survive a noisy one.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from corpus import releases  # noqa: E402

import pressparse  # noqa: E402

Row = dict[str, object]


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    """Seconds per call, ``repeat`` calls."""
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def p90(xs: list[float]) -> float:
    s = sorted(xs)
    return s[min(len(s) - 1, int(0.9 * len(s)))]


def bench_formats(repeat: int) -> list[Row]:
    rows: list[Row] = []
    for fmt, items in releases().items():
        for _, data in items:
            pressparse.parse(data)  # warm
        per: list[float] = []
        for _, data in items:
            per.append(statistics.median(timed(lambda d=data: pressparse.parse(d), repeat)))
        tracemalloc.start()
        for _, data in items:
            pressparse.parse(data)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        size = statistics.median(len(d) for _, d in items)
        rows.append({"format": fmt, "releases": len(items), "median KB": round(size / 1000, 1),
                     "median ms": round(1000 * statistics.median(per), 2),
                     "p90 ms": round(1000 * p90(per), 2),
                     "releases/s": round(len(per) / sum(per)),
                     "peak MB (tracemalloc)": round(peak / 1e6, 1)})
    return rows


def bench_startup() -> Row:
    code_import = ("import time; t=time.perf_counter(); import pressparse; "
                   "print(time.perf_counter()-t)")
    code_first = ("import time; t=time.perf_counter(); import pressparse; "
                  "pressparse.parse(open(%r,'rb').read()); print(time.perf_counter()-t)")
    sample = next(p for p in sorted((ROOT / "fixtures").iterdir()) if p.suffix == ".md"
                  and p.name != "README.md")
    imports, firsts = [], []
    for _ in range(5):
        imports.append(float(subprocess.run([sys.executable, "-c", code_import],
                                            capture_output=True, text=True, check=True).stdout))
        firsts.append(float(subprocess.run([sys.executable, "-c", code_first % str(sample)],
                                           capture_output=True, text=True, check=True).stdout))
    return {"import pressparse ms (median of 5 fresh processes)":
            round(1000 * statistics.median(imports), 1),
            "import + first parse ms (cold, median of 5)": round(1000 * statistics.median(firsts), 1)}


def bench_trafilatura(repeat: int) -> tuple[list[Row], float | None]:
    try:
        import trafilatura
    except ImportError:
        return [], None
    pages = releases()["html"] + [x for x in releases().get("dev-corpus", [])
                                  if x[0].endswith(".html")]
    rows: list[Row] = []
    ratios = []
    for name, data in pages:
        text = data.decode("utf-8", "replace")
        pressparse.parse(data)
        trafilatura.extract(text, with_metadata=True, output_format="json")
        ours = statistics.median(timed(lambda d=data: pressparse.parse(d), repeat))
        theirs = statistics.median(timed(lambda t=text: trafilatura.extract(
            t, with_metadata=True, output_format="json"), repeat))
        ratios.append(ours / theirs)
        rows.append({"page": name, "KB": round(len(data) / 1000, 1),
                     "pressparse ms": round(1000 * ours, 2),
                     "trafilatura ms": round(1000 * theirs, 2), "ratio": round(ours / theirs, 2)})
    return rows, statistics.median(ratios)


def _convert_row(tmp: str, count: int, workers: int) -> Row:
    """Generate an archive of ``count`` releases and time ``convert`` on it."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from measure_convert import measure

    archive = Path(tmp) / f"synthetic-{count}.tar.gz"
    if not archive.exists():
        subprocess.run([sys.executable, str(ROOT / "scripts" / "make_archive.py"), "-n",
                        str(count), "-o", str(archive)], check=True, capture_output=True)
    done, secs, peak_mib = measure(str(archive), workers)
    return {"workers": workers, "releases": count, "records written": done,
            "seconds": round(secs, 1), "releases/s": round(count / secs),
            "peak RSS MiB (whole process tree)": round(peak_mib), "speed-up": "-"}


def bench_batch(count: int) -> list[Row]:
    """``convert`` with 1 and 2 workers, and a tenth-size run to compare memory."""
    with tempfile.TemporaryDirectory() as tmp:
        rows = [_convert_row(tmp, count, 1), _convert_row(tmp, count, 2),
                _convert_row(tmp, count // 10, 2)]
    rows[0]["speed-up"] = 1.0
    rows[1]["speed-up"] = round(float(rows[1]["releases/s"]) / float(rows[0]["releases/s"]), 2)
    return rows


def bench_adversarial() -> list[Row]:
    from adversarial import CASES
    from pressparse import PressParseError

    rows: list[Row] = []
    pressparse.parse(releases()["text"][0][1])  # warm: lazy imports are not per-MB costs
    for name in sorted(CASES):
        data = CASES[name]()
        raw = data.encode("utf-8") if isinstance(data, str) else data
        runs = []
        for _ in range(2 if len(raw) < 5_000_000 else 1):
            t = time.perf_counter()
            try:
                pressparse.parse(raw)
                outcome = "parsed"
            except PressParseError as exc:
                outcome = type(exc).__name__
            runs.append(time.perf_counter() - t)
        secs = min(runs)
        mb = max(len(raw) / 1e6, 1e-6)
        rows.append({"input": name, "MB": round(len(raw) / 1e6, 2), "seconds": round(secs, 3),
                     "s/MB": round(secs / mb, 2) if len(raw) >= 10_000 else "-",
                     "outcome": outcome})
    return rows


def table(rows: list[Row]) -> str:
    if not rows:
        return "(not run)\n"
    keys = list(rows[0])
    lines = ["| " + " | ".join(keys) + " |", "|" + "---|" * len(keys)]
    lines += ["| " + " | ".join(str(r[k]) for k in keys) + " |" for r in rows]
    return "\n".join(lines) + "\n"


def machine() -> str:
    return (f"{platform.platform()}, Python {platform.python_version()}, "
            f"{os.cpu_count()} CPUs, pressparse {pressparse.__version__}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--batch", type=int, default=20_000, help="releases in the batch archive")
    ap.add_argument("--skip", action="append", default=[],
                    choices=["formats", "startup", "trafilatura", "batch", "adversarial"])
    ap.add_argument("-o", "--output", type=Path, default=ROOT / "BENCHMARKS.md")
    a = ap.parse_args()
    parts = [f"# Benchmarks\n\nMachine: {machine()}.\nRun: `make bench` "
             f"({time.strftime('%Y-%m-%d')}).\n"]
    results: dict[str, object] = {}
    if "formats" not in a.skip:
        rows = bench_formats(a.repeat)
        results["formats"] = rows
        parts.append("## Parse time per release\n\n" + table(rows))
    if "startup" not in a.skip:
        row = bench_startup()
        results["startup"] = row
        parts.append("## Start-up\n\n" + table([row]))
    if "trafilatura" not in a.skip:
        rows, ratio = bench_trafilatura(a.repeat)
        results["trafilatura_ratio"] = ratio
        parts.append("## pressparse against trafilatura (with metadata, JSON) on the same pages\n\n"
                     f"Median ratio pressparse / trafilatura: **{ratio and round(ratio, 2)}**\n\n"
                     + table(rows))
    if "batch" not in a.skip:
        rows = bench_batch(a.batch)
        results["batch"] = rows
        parts.append("## Batch conversion\n\n" + table(rows))
    if "adversarial" not in a.skip:
        rows = bench_adversarial()
        results["adversarial"] = rows
        parts.append("## Adversarial inputs (seconds per MB)\n\n" + table(rows))
    a.output.write_text("\n".join(parts), encoding="utf-8")
    print(json.dumps(results, indent=1, default=str))
    print("wrote", a.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
