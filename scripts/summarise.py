#!/usr/bin/env python3
"""Print a short summary of a JSON Lines file of parsed releases (the demo's last step)."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main(path: str) -> int:
    parsed = failed = 0
    rows = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        release = rec.get("release", rec)
        name = rec.get("source", {}).get("member") or rec.get("source", {}).get("file") or rec.get("id", "")
        if "error" in rec:
            failed += 1
            rows.append(f"  FAILED  {name}: {rec['error'].get('type')}: {rec['error'].get('message')}")
            continue
        parsed += 1
        d = release.get("dateline") or {}
        rows.append(f"  {str(name)[-38:]:38} {release.get('language') or '--':3} "
                    f"{(d.get('date') or '----------'):10} {(d.get('location') or '')[:16]:16} "
                    f"q{len(release.get('quotations', [])):<2} s{len(release.get('statistics', [])):<2} "
                    f"c{len(release.get('contacts', [])):<2} | {(release.get('headline') or '')[:60]}")
    print("\n".join(rows))
    print(f"\n{parsed + failed} releases: {parsed} parsed, {failed} failed -> {path}")
    return 0 if not failed else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "demo-out/releases.jsonl"))
