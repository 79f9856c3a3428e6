#!/usr/bin/env python3
"""Write fixtures/<name>.expected.json from the current parse of each fixture.

Run after a deliberate change of behaviour, then read the diff (git diff fixtures/)
before committing: the expected files are the reviewed contract, not a snapshot.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import pressparse  # noqa: E402
from golden import is_fixture, view  # noqa: E402


def main() -> int:
    fixtures = ROOT / "fixtures"
    for path in sorted(fixtures.iterdir()):
        if not is_fixture(path.name):
            continue
        release = pressparse.parse(path.read_bytes())
        out = fixtures / (path.stem + ".expected.json")
        out.write_text(json.dumps(view(release), indent=2, ensure_ascii=False) + "\n",
                       encoding="utf-8")
        print("wrote", out.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
