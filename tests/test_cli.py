"""The command line: parse files or stdin, print the schema, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from pressparse.cli import main

RELEASE = "# Harbour fund opens\n\nKELBY, 2 May 2024 – The council opened a fund today.\n"


def test_parse_file_prints_json(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "r.md"
    f.write_text(RELEASE, encoding="utf-8")
    assert main(["parse", str(f), "--no-text"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["headline"] == "Harbour fund opens"
    assert "text" not in out


def test_parse_jsonl_several_files(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text(RELEASE, encoding="utf-8")
    assert main(["parse", "--jsonl", *sorted(str(p) for p in tmp_path.iterdir())]) == 0
    lines = capsys.readouterr().out.strip().split("\n")
    assert len(lines) == 3 and all(json.loads(x)["headline"] for x in lines)


def test_missing_file_fails_with_status_1(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["parse", "/no/such/file.txt"]) == 1
    assert "No such file" in capsys.readouterr().err


def test_bad_arguments_give_status_2() -> None:
    assert main(["parse"]) == 2
    assert main(["nonsense"]) == 2


def test_schema(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "PressRelease"


def test_stdin_through_the_console_script() -> None:
    out = subprocess.run([sys.executable, "-m", "pressparse.cli", "parse", "-"], input=RELEASE,
                         capture_output=True, text=True, check=True)
    assert json.loads(out.stdout)["dateline"]["location"] == "KELBY"
