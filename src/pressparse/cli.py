"""The command line: ``pressparse parse``, ``pressparse schema``, ``pressparse convert``.

Library code never sees argv; this module turns arguments into Options and calls
the API or the batch layer. Exit codes: 0 ok, 1 some inputs failed, 2 bad arguments.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="pressparse", description="Turn press releases into JSON.")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse files (or - for stdin) and print JSON")
    p.add_argument("files", nargs="+", help="release files, or - for standard input")
    p.add_argument("--jsonl", action="store_true", help="one compact JSON line per file")
    p.add_argument("--no-text", action="store_true", help="leave out the normalised text")
    p.add_argument("--format", choices=["auto", "text", "markdown", "html", "email"],
                   default="auto", help="input format (default: sniffed)")
    p.add_argument("--base-url", help="URL the input came from, to resolve relative links")
    p.add_argument("--language", action="append", help="ISO 639-1 hint (repeatable)")
    p.add_argument("--strict", action="store_true", help="raise on an extractor failure")
    s = sub.add_parser("schema", help="print the JSON Schema of the output")
    s.add_argument("--record", action="store_true",
                   help="the schema of a batch record (convert's JSON Lines)")
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``pressparse`` command; a closed pipe (``| head``) ends it quietly."""
    try:
        return _main(argv)
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # no second error when Python flushes at exit
        return EXIT_OK


def _main(argv: Sequence[str] | None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["convert"]:
        from .batch import convert_main  # the batch layer loads only when used

        return int(convert_main(args_list[1:]))
    ap = _parser()
    try:
        args = ap.parse_args(args_list)
    except SystemExit as exc:
        return EXIT_USAGE if exc.code not in (0, None) else EXIT_OK
    if args.command == "schema":
        return _schema(args.record)
    return _parse_files(args)


def _schema(record: bool) -> int:
    if record:
        from .batch import record_schema

        schema = record_schema()
    else:
        from .models import PressRelease

        schema = PressRelease.model_json_schema()
    print(json.dumps(schema, indent=2, ensure_ascii=False))
    return EXIT_OK


def _parse_files(args: argparse.Namespace) -> int:
    from .api import parse
    from .errors import PressParseError
    from .options import Options

    opts = Options(input_format=args.format, base_url=args.base_url,
                   languages=tuple(args.language) if args.language else None,
                   errors="strict" if args.strict else "record")
    status = EXIT_OK
    for name in args.files:
        try:
            data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
            release = parse(data, opts)
        except (OSError, PressParseError) as exc:
            print(f"pressparse: {name}: {type(exc).__name__}: {exc}", file=sys.stderr)
            status = EXIT_FAILED
            continue
        exclude = {"text"} if args.no_text else None
        if args.jsonl:
            print(release.model_dump_json(exclude=exclude))
        else:
            print(release.model_dump_json(indent=2, exclude=exclude))
    return status


if __name__ == "__main__":
    sys.exit(main())
