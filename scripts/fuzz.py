#!/usr/bin/env python3
"""Long fuzz run (``make fuzz``): the hostile-input properties for a set time.

Runs hypothesis over the text, HTML, e-mail and raw-bytes generators of
tests/test_hostile.py in rounds until ``--minutes`` have passed, then prints how many
inputs were tried. Any exception other than the library's own error fails the run.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.test_hostile import HTML, TEXT, _outcome  # noqa: E402

COUNT = {"inputs": 0}
ROUND = settings(max_examples=500, deadline=None, database=None,
                 suppress_health_check=list(HealthCheck))


@ROUND
@given(st.one_of(TEXT, HTML, TEXT.map(lambda t: t.encode("utf-8")), st.binary(max_size=4000),
                 HTML.map(lambda t: t.encode("cp1252", "replace")),
                 TEXT.map(lambda t: b"From: a@b\nSubject: s\nMIME-Version: 1.0\n\n"
                          + t.encode("utf-8", "replace"))))
def one_round(data: str | bytes) -> None:
    COUNT["inputs"] += 1
    _outcome(data)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=10.0)
    a = ap.parse_args()
    end = time.monotonic() + 60 * a.minutes
    rounds = 0
    while time.monotonic() < end:
        one_round()
        rounds += 1
        print(f"round {rounds}: {COUNT['inputs']} inputs so far", flush=True)
    print(f"fuzz: {COUNT['inputs']} inputs in {a.minutes} minutes, no failure")
    return 0


if __name__ == "__main__":
    sys.exit(main())
