#!/usr/bin/env python3
"""Generate a deterministic, varied synthetic archive of N press releases from fixtures/.

Every *.txt, *.md, *.html and *.eml under fixtures/ (README.md aside) is a template. Release i takes
template i mod T and varies it with a generator seeded by (seed, i): numbers are
changed, person names swapped, body paragraphs reordered, and one sentence with
the release number is added. A few members (about 1 in 500) are deliberately
odd (empty, binary noise, a release repeated three times) so error paths run too.
The same arguments always give byte-identical output.

    python scripts/make_archive.py -n 20000 -o out/synthetic.tar.gz
    python scripts/make_archive.py -n 500 -o out/synthetic.zip   # also .tar, .tgz, .jsonl, a folder
"""

from __future__ import annotations

import argparse
import io
import json
import random
import re
import sys
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

SUFFIXES = (".txt", ".md", ".html", ".eml")
FIRST = ("Anna", "Ben", "Carla", "Dmitri", "Elif", "Farid", "Greta", "Hugo", "Ines", "Jonas",
         "Keiko", "Luca", "Maya", "Nils", "Olga", "Pedro", "Rosa", "Sami", "Tessa", "Yusuf")
LAST = ("Almeida", "Berger", "Castillo", "Dupont", "Eriksen", "Fischer", "Garcia", "Hansen",
        "Ivanova", "Jensen", "Kowalski", "Lindqvist", "Moreau", "Novak", "Okonkwo", "Petrov")
EXTRA = ("The organisation will publish a progress report later this year.",
         "Further details are available on request from the press office.",
         "A public information evening is planned for next month.",
         "The announcement follows a consultation with local residents.",
         "Photographs from the event can be downloaded from the media page.")
_NUMBER = re.compile(r"(?<![\d.,])\d{1,6}(?![\d])")
_PHONE = re.compile(r"\+?\d[\d ()-]{6,20}\d")
_NAME = re.compile(r"\b(?:said|says|according to) ([A-Z][a-z]{1,15}) ([A-Z][a-z]{1,20})\b"
                   r"|^([A-Z][a-z]{1,15}) ([A-Z][a-z]{1,20}),", re.M)
_PARA_SPLIT = re.compile(r"\n[ \t]*\n")
_HTML_P = re.compile(r"<p\b[^>]{0,200}>.{0,5000}?</p>", re.S)


def templates(folder: Path) -> list[tuple[str, str]]:
    """(suffix, text) of every fixture usable as a template, in a stable order."""
    found = sorted(p for p in folder.rglob("*")
                   if p.suffix in SUFFIXES and p.is_file() and p.name.lower() != "readme.md")
    return [(p.suffix, p.read_text("utf-8", "replace")) for p in found]


def vary_numbers(text: str, rng: random.Random) -> str:
    """Change most numbers a little (years and phone numbers kept)."""
    phones = [m.span() for m in _PHONE.finditer(text)]

    def swap(m: re.Match[str]) -> str:
        value = int(m.group())
        in_phone = any(a <= m.start() < b for a, b in phones)
        if in_phone or 1900 <= value <= 2100 or rng.random() < 0.3:
            return m.group()
        return str(max(1, int(value * rng.uniform(0.5, 2.0))))
    return _NUMBER.sub(swap, text)


def vary_names(text: str, rng: random.Random) -> str:
    """Swap the people ('said First Last', 'First Last,' opening a line) for generated
    names, everywhere they occur, surnames alone too."""
    mapping: dict[str, str] = {}
    for m in _NAME.finditer(text):
        given, family = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if family not in mapping:
            first, last = rng.choice(FIRST), rng.choice(LAST)
            mapping[f"{given} {family}"] = f"{first} {last}"
            mapping[family] = last
    for old in sorted(mapping, key=len, reverse=True):
        text = re.sub(rf"\b{re.escape(old)}\b", mapping[old], text)
    return text


def shuffle_body(text: str, suffix: str, rng: random.Random, index: int) -> str:
    """Reorder middle paragraphs and add one sentence naming the release."""
    extra = f"{rng.choice(EXTRA)} (Reference {index:06d}.)"
    if suffix == ".html":
        paras = _HTML_P.findall(text)
        if len(paras) > 3:
            middle = paras[1:-1]
            rng.shuffle(middle)
            order = iter([paras[0], *middle, paras[-1]])
            text = _HTML_P.sub(lambda _m: next(order), text)
        return text.replace("</article>", f"<p>{extra}</p>\n</article>", 1) if "</article>" in \
            text else text.replace("</body>", f"<p>{extra}</p>\n</body>", 1)
    head, sep, body = text.partition("\n\n") if suffix == ".eml" else ("", "", text)
    paras = _PARA_SPLIT.split(body.strip("\n"))
    lead = next((k for k, p in enumerate(paras) if len(p) > 100), 0) + 1
    if len(paras) - lead > 2:
        middle = paras[lead:-1]
        rng.shuffle(middle)
        paras = [*paras[:lead], *middle, paras[-1]]
    paras.insert(max(1, len(paras) - 1), extra)
    return head + sep + "\n\n".join(paras) + "\n"


def odd_member(index: int, rng: random.Random, base: str) -> bytes:
    """A deliberately awkward member: empty, noise, or a tripled release."""
    kind = index % 3
    if kind == 0:
        return b""
    if kind == 1:
        return rng.randbytes(2000)
    return (base * 3).encode("utf-8")


def releases(tpls: list[tuple[str, str]], n: int, seed: int) -> Iterator[tuple[str, bytes]]:
    """(member name, bytes) of n releases."""
    for i in range(n):
        rng = random.Random(seed * 1_000_003 + i)
        suffix, text = tpls[i % len(tpls)]
        name = f"releases/{i // 1000:03d}/release-{i:06d}{suffix}"
        varied = shuffle_body(vary_names(vary_numbers(text, rng), rng), suffix, rng, i)
        if rng.random() < 0.002:
            yield name, odd_member(i, rng, varied)
        else:
            yield name, varied.encode("utf-8")


def write(out: Path, items: Iterator[tuple[str, bytes]]) -> int:
    """Write members to a zip, tar, tar.gz, JSON Lines file or folder (by the output name)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    low = out.name.lower()
    count = 0
    if low.endswith(".zip"):
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
            for count, (name, data) in enumerate(items, 1):  # noqa: B007
                zf.writestr(zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0)), data,
                            compress_type=zipfile.ZIP_DEFLATED)
    elif low.endswith((".tar", ".tar.gz", ".tgz")):
        mode = "w" if low.endswith(".tar") else "w:gz"
        with open(out, "wb") as raw, tarfile.open(fileobj=raw, mode=mode) as tf:  # type: ignore[call-overload]
            for count, (name, data) in enumerate(items, 1):  # noqa: B007
                info = tarfile.TarInfo(name)
                info.size, info.mtime, info.mode = len(data), 1735689600, 0o644
                tf.addfile(info, io.BytesIO(data))
    elif low.endswith(".jsonl"):
        with out.open("w", encoding="utf-8") as f:
            for count, (name, data) in enumerate(items, 1):  # noqa: B007
                f.write(json.dumps({"id": name, "text": data.decode("utf-8", "replace")}) + "\n")
    else:
        for count, (name, data) in enumerate(items, 1):  # noqa: B007
            path = out / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    return count


def main(argv: list[str] | None = None) -> int:
    """Command line: -n N -o OUT [--fixtures DIR] [--seed S]."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=20_000, help="number of releases (default 20000)")
    ap.add_argument("-o", "--output", default="demo-out/synthetic-20000.tar.gz",
                    help="output: .zip, .tar, .tar.gz/.tgz, .jsonl, or a folder")
    ap.add_argument("--fixtures", default=str(Path(__file__).resolve().parent.parent / "fixtures"))
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    tpls = templates(Path(args.fixtures))
    if not tpls:
        print(f"make_archive: no *.txt/*.md/*.html/*.eml in {args.fixtures}", file=sys.stderr)
        return 2
    count = write(Path(args.output), releases(tpls, args.n, args.seed))
    print(f"make_archive: {count} releases from {len(tpls)} templates -> {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
