"""Batch conversion: every input kind, error records, resume after a kill, safe names,
hostile archive members, exit codes, worker crashes and the Dask engine.

All releases here are sentences written for these tests.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import signal
import subprocess
import sys
import tarfile
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import pressparse
from pressparse.batch import iter_parse
from pressparse.batch.convert import convert_main
from pressparse.batch.records import Record, path_id, read_id, safe_name
from pressparse.batch.sources import SourceConfig, iter_local, read_capped
from pressparse.errors import DecodeError, InputTooLargeError
from pressparse.options import Options

SRC = str(Path(pressparse.__file__).resolve().parent.parent)
RELEASE = ("Town Council Approves New Cycle Bridge\n\n"
           "BRISTOL, 4 June 2025 – The town council approved a cycle bridge over the river, "
           "costing £2.4 million.\n\n\"It will link two neighbourhoods,\" said Ruth Calder, "
           "the council leader.\n")
HTML = ("<html><head><title>Bakery Opens</title></head><body><h1>Bakery Opens</h1>"
        "<p>DUNDEE, 2 May 2025 – A bakery run by apprentices opened on the high street.</p>"
        "<p>It employs 12 young people.</p></body></html>")
EMAIL = ("From: press@trust.example\nTo: desk@paper.example\nSubject: Trust plants forest\n"
         "Date: Mon, 5 May 2025 10:00:00 +0000\n\nTrust plants forest\n\n"
         "PERTH, 5 May 2025 – The trust planted 10,000 trees.\n")


def run(args: list[str], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the pressparse command in a subprocess with this checkout on the path."""
    env = {**os.environ, "PYTHONPATH": SRC}
    return subprocess.run([sys.executable, "-m", "pressparse.cli", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


def records(path: Path) -> list[dict[str, Any]]:
    """The records of a JSON Lines output, each checked against the record model."""
    lines = path.read_text("utf-8").splitlines()
    for line in lines:
        Record.model_validate_json(line)
    return [json.loads(line) for line in lines]


def convert(args: list[str]) -> int:
    return convert_main([*args, "--quiet", "--workers", "0"])


def members(path: Path) -> list[str | None]:
    return [r["source"]["member"] for r in records(path)]


# --- builders: archives from sentences written here -------------------------------------


def make_zip(path: Path, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return path


def make_tar(path: Path, files: dict[str, bytes], mode: str = "w") -> Path:
    with tarfile.open(path, mode) as tf:  # type: ignore[call-overload]
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return path


def make_warc(path: Path, pages: list[tuple[str, str, bytes]]) -> Path:
    """(uri, content type, body) responses, plus one request record that must be ignored."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=path.name.endswith(".gz"))
        for uri, ctype, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                               http_headers=headers)
            writer.write_record(record)
            record.raw_stream.close()  # warcio buffers the payload in a temporary file
        req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)
        record = writer.create_warc_record("https://example.org/", "request",
                                           payload=io.BytesIO(b""), http_headers=req)
        writer.write_record(record)
        record.raw_stream.close()
    return path


# --- input kinds ---------------------------------------------------------------------------


def test_folder_recursive_with_globs_and_sorted(tmp_path: Path) -> None:
    src = tmp_path / "in"
    (src / "b").mkdir(parents=True)
    (src / "a.txt").write_text(RELEASE)
    (src / "b" / "c.html").write_text(HTML)
    (src / "b" / "c.expected.json").write_text("{}")
    (src / "notes.log").write_text("not a release")
    out = tmp_path / "out.jsonl"
    code = convert([str(src), "-o", str(out), "--exclude", "*.expected.json",
                    "--exclude", "*.log"])
    assert code == 0
    assert [r["source"]["file"] for r in records(out)] == [f"{src}/a.txt", f"{src}/b/c.html"]


def test_include_glob_keeps_only_matches(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(RELEASE)
    (tmp_path / "in" / "b.html").write_text(HTML)
    out = tmp_path / "out.jsonl"
    assert convert([str(tmp_path / "in"), "-o", str(out), "--include", "*.html"]) == 0
    assert [Path(r["source"]["file"]).name for r in records(out)] == ["b.html"]


@pytest.mark.parametrize(("name", "mode"), [("a.zip", "zip"), ("a.tar", "w"),
                                            ("a.tar.gz", "w:gz"), ("a.tgz", "w:gz")])
def test_archives_one_record_per_member(tmp_path: Path, name: str, mode: str) -> None:
    files = {"x/one.txt": RELEASE.encode(), "x/two.html": HTML.encode(),
             "three.eml": EMAIL.encode()}
    path = tmp_path / name
    make_zip(path, files) if mode == "zip" else make_tar(path, files, mode)
    out = tmp_path / "out.jsonl"
    assert convert([str(path), "-o", str(out)]) == 0
    recs = records(out)
    assert [r["source"]["member"] for r in recs] == list(files)
    assert all("release" in r and r["source"]["file"] == str(path) for r in recs)
    assert recs[2]["release"]["source"]["format"] == "email"
    assert recs[2]["release"]["source"]["headers"]["Subject"] == "Trust plants forest"


def test_mbox_one_record_per_message_and_from_unquoted(tmp_path: Path) -> None:
    messages = [EMAIL.replace("forest", f"forest {i}") for i in range(3)]
    body = "".join(f"From press@trust.example Mon May  5 10:00:00 2025\n{m}\n" for m in messages)
    body = body.replace("PERTH,", ">From the start:\nPERTH,", 1)
    box = tmp_path / "press.mbox"
    box.write_text(body)
    out = tmp_path / "out.jsonl"
    assert convert([str(box), "-o", str(out)]) == 0
    recs = records(out)
    assert [r["source"]["member"] for r in recs] == ["message-1", "message-2", "message-3"]
    assert recs[0]["source"]["offset"] == 0
    assert [r["release"]["source"]["headers"]["Subject"] for r in recs] == [
        "Trust plants forest 0", "Trust plants forest 1", "Trust plants forest 2"]
    assert "From the start" in recs[0]["release"]["text"]
    assert ">From" not in recs[0]["release"]["text"]


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_html_responses_only(tmp_path: Path, name: str) -> None:
    path = make_warc(tmp_path / name, [
        ("https://news.example/a", "text/html; charset=utf-8", HTML.encode()),
        ("https://news.example/logo.png", "image/png", b"\x89PNG...."),
        ("https://news.example/b", "application/xhtml+xml", HTML.replace("12", "14").encode()),
    ])
    out = tmp_path / "out.jsonl"
    assert convert([str(path), "-o", str(out)]) == 0
    recs = records(out)
    assert [r["source"]["member"] for r in recs] == ["https://news.example/a",
                                                      "https://news.example/b"]
    assert all(r["release"]["source"]["format"] == "html" for r in recs)
    assert recs[0]["release"]["source"]["url"] == "https://news.example/a"
    assert recs[1]["source"]["offset"] > recs[0]["source"]["offset"]


def test_jsonl_fields_ids_and_bad_lines(tmp_path: Path) -> None:
    lines = [json.dumps({"key": "k1", "body": RELEASE}),
             json.dumps({"key": "k2", "page": HTML, "url": "https://x.example/p"}),
             "", "{not json", json.dumps(["a", "list"]), json.dumps({"key": "k6"})]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n")
    out = tmp_path / "out.jsonl"
    code = convert([str(path), "-o", str(out), "--text-field", "body", "--html-field", "page",
                    "--id-field", "key"])
    assert code == 1
    recs = records(out)
    assert [r["id"] for r in recs[:2]] == ["k1", "k2"]
    assert recs[0]["release"]["source"]["format"] == "text"
    assert recs[1]["release"]["source"]["format"] == "html"
    assert recs[1]["release"]["source"]["url"] == "https://x.example/p"
    assert [r["source"]["member"] for r in recs] == ["line-1", "line-2", "line-4", "line-5",
                                                     "line-6"]
    assert [r["error"]["type"] for r in recs[2:]] == [
        "DecodeError", "UnsupportedInputError", "UnsupportedInputError"]
    assert recs[4]["id"] == "k6"


def test_gzipped_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(gzip.compress((json.dumps({"text": RELEASE}) + "\n").encode()))
    out = tmp_path / "out.jsonl"
    assert convert([str(path), "-o", str(out)]) == 0
    assert len(records(out)) == 1


# --- records, ids, the error record ----------------------------------------------------------


def test_error_record_for_too_large_release(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(RELEASE * 100)
    out = tmp_path / "out.jsonl"
    assert convert([str(big), "-o", str(out), "--max-member-bytes", "1000"]) == 1
    (rec,) = records(out)
    assert set(rec) == {"id", "source", "error"}
    assert rec["error"]["type"] == "InputTooLargeError"
    assert rec["id"] == path_id(str(big), None, None)


def test_parse_error_becomes_record_and_batch_goes_on(tmp_path: Path) -> None:
    for name in ("a.txt", "bad.txt", "c.txt"):
        (tmp_path / name).write_text(RELEASE if name != "bad.txt" else "BROKEN")
    recs = list(iter_parse(tmp_path, workers=2, parse_fn=refuse_broken))
    assert [r.error.type if r.error else "ok" for r in recs] == ["ok", "DecodeError", "ok"]
    assert recs[1].error is not None and "cannot read" in recs[1].error.message


def refuse_broken(data: Any, options: Options) -> pressparse.PressRelease:
    """A parse function that raises the library's error on the word BROKEN."""
    if b"BROKEN" in data:
        raise DecodeError("cannot read this")
    return pressparse.parse(data, options)


def crash_on_marker(data: Any, options: Options) -> pressparse.PressRelease:
    """A parse function whose worker process dies on the word CRASH (like a segfault)."""
    if b"CRASH" in data:
        os._exit(70)
    return pressparse.parse(data, options)


def test_crashed_worker_gives_one_error_record_and_the_rest_parse(tmp_path: Path) -> None:
    for i in range(40):
        (tmp_path / f"r{i:02d}.txt").write_text("CRASH" if i in (5, 33) else RELEASE)
    recs = list(iter_parse(tmp_path, workers=2, parse_fn=crash_on_marker))
    assert len(recs) == 40
    assert [r.source.file.rsplit("/", 1)[-1] for r in recs] == [f"r{i:02d}.txt" for i in range(40)]
    crashed = [i for i, r in enumerate(recs) if r.error]
    assert crashed == [5, 33]
    assert all(r.error.type == "WorkerCrashed" for r in recs if r.error)


def stall_on_marker(data: Any, options: Options) -> pressparse.PressRelease:
    """A parse function that hangs on the word STALL (like a runaway regular expression)."""
    if b"STALL" in data:
        time.sleep(60)
    return pressparse.parse(data, options)


def test_stuck_worker_is_stopped_and_gives_a_timeout_record(tmp_path: Path) -> None:
    for i in range(4):
        (tmp_path / f"r{i:02d}.txt").write_text("STALL" if i == 2 else RELEASE)
    recs = list(iter_parse(tmp_path, workers=2, parse_fn=stall_on_marker, timeout=1.0))
    assert len(recs) == 4
    assert [i for i, r in enumerate(recs) if r.error] == [2]
    assert recs[2].error is not None and recs[2].error.type == "TimeoutError"


def test_ids_are_stable_and_content_ids_follow_content(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(RELEASE)
    (tmp_path / "b.txt").write_text(RELEASE)
    first = [r.id for r in iter_parse(tmp_path, workers=0)]
    assert first == [r.id for r in iter_parse(tmp_path, workers=0)]
    assert first[0] != first[1]
    by_content = [r.id for r in iter_parse(tmp_path, workers=0, id_from="content")]
    assert by_content[0] == by_content[1]


@pytest.mark.parametrize("line", [
    '{"id":"abc","source":{}}',
    '{"source":{},"id":"abc"}',
])
def test_read_id(line: str) -> None:
    assert read_id(line) == "abc"


def test_record_schema_documents_release_and_error() -> None:
    from pressparse.cli import main

    schema = pressparse.batch.record_schema()
    assert {"id", "source", "release", "error"} <= set(schema["properties"])
    assert main(["schema", "--record"]) == 0


# --- safe output names and hostile members -----------------------------------------------------


@pytest.mark.parametrize("member", [
    "../../escape.txt", "/etc/passwd", "a/../../b.txt", "..\\..\\win.txt", "..", ".hidden",
    "x/" + "long" * 100 + ".txt", "\x00nul.txt", "con.txt",
])
def test_safe_name_cannot_leave_folder(member: str) -> None:
    name = safe_name("some-id", "archive.zip", member)
    assert "/" not in name and "\\" not in name and "\x00" not in name
    assert not name.startswith(".") and name.endswith(".json") and len(name) < 120


def test_json_format_writes_traversal_members_inside_folder(tmp_path: Path) -> None:
    names = ["../../escape.txt", "/tmp/abs.txt", "a/../../../up.txt", "ok.txt"]
    archive = make_zip(tmp_path / "evil.zip", {n: RELEASE.encode() for n in names})
    out = tmp_path / "deep" / "out"
    assert convert([str(archive), "-o", str(out), "--format", "json"]) == 0
    written = sorted(p.name for p in out.iterdir())
    assert len(written) == 4
    assert {p.name for p in tmp_path.iterdir()} == {"evil.zip", "deep"}
    assert not (tmp_path / "escape.json").exists()
    ids = {json.loads((out / n).read_text())["id"] for n in written}
    assert len(ids) == 4


def test_tar_links_devices_and_fifos_give_error_records(tmp_path: Path) -> None:
    path = tmp_path / "odd.tar"
    with tarfile.open(path, "w") as tf:
        for name, kind in [("sym", tarfile.SYMTYPE), ("hard", tarfile.LNKTYPE),
                           ("dev", tarfile.CHRTYPE), ("blk", tarfile.BLKTYPE),
                           ("fifo", tarfile.FIFOTYPE)]:
            info = tarfile.TarInfo(name)
            info.type, info.linkname = kind, "/etc/passwd"
            tf.addfile(info)
        info = tarfile.TarInfo("../../real.txt")
        info.size = len(RELEASE.encode())
        tf.addfile(info, io.BytesIO(RELEASE.encode()))
    out = tmp_path / "out.jsonl"
    assert convert([str(path), "-o", str(out)]) == 1
    recs = records(out)
    assert [r["source"]["member"] for r in recs] == ["sym", "hard", "dev", "blk", "fifo",
                                                     "../../real.txt"]
    assert [r.get("error", {}).get("type") for r in recs] == ["UnsupportedInputError"] * 5 + [None]
    assert "root:" not in out.read_text()


def test_zip_symlink_member_refused(tmp_path: Path) -> None:
    path = tmp_path / "link.zip"
    with zipfile.ZipFile(path, "w") as zf:
        info = zipfile.ZipInfo("link")
        info.external_attr = (0o120777 << 16)
        zf.writestr(info, "/etc/passwd")
    out = tmp_path / "out.jsonl"
    assert convert([str(path), "-o", str(out)]) == 1
    assert records(out)[0]["error"]["type"] == "UnsupportedInputError"


def test_zip_bomb_cut_at_member_cap(tmp_path: Path) -> None:
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("bomb.txt", b"0" * 20_000_000)
        zf.writestr("fine.txt", RELEASE)
    assert path.stat().st_size < 100_000
    out = tmp_path / "out.jsonl"
    assert convert([str(path), "-o", str(out), "--max-member-bytes", "1000000"]) == 1
    bomb, fine = records(out)
    assert bomb["error"]["type"] == "InputTooLargeError" and "release" in fine


def test_read_capped_stops_a_stream_that_lies_about_its_size() -> None:
    bomb = gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(b"\0" * 5_000_000)))
    with pytest.raises(InputTooLargeError):
        read_capped(bomb, 100_000)
    assert read_capped(io.BytesIO(b"abc"), 3) == b"abc"


def test_fifo_and_dangling_link_in_folder_are_error_records(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(RELEASE)
    os.mkfifo(src / "b.fifo")
    (src / "c.txt").symlink_to(tmp_path / "missing.txt")
    items = list(iter_local([str(src)], SourceConfig()))
    assert [i.error[0] if i.error else "ok" for i in items] == [
        "ok", "UnsupportedInputError", "FileNotFoundError"]


def test_permission_error_is_an_error_record(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(RELEASE)
    (tmp_path / "secret.txt").write_text(RELEASE)
    real_open = os.open

    def guarded(path: Any, flags: int, *args: Any) -> int:
        if "secret" in str(path):  # tests run as root, where chmod 000 would not stop a read
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", guarded)
    recs = list(iter_parse(tmp_path, workers=0))
    assert [r.error.type if r.error else "ok" for r in recs] == ["ok", "PermissionError"]


def test_broken_archive_gives_error_record_and_next_file_is_read(tmp_path: Path) -> None:
    (tmp_path / "a.zip").write_bytes(b"PK\x03\x04 this is not really a zip")
    (tmp_path / "b.tar.gz").write_bytes(gzip.compress(b"x" * 700)[:40])
    (tmp_path / "c.txt").write_text(RELEASE)
    out = tmp_path / "out.jsonl"
    assert convert([str(tmp_path), "-o", str(out), "--exclude", "out.jsonl"]) == 1
    recs = records(out)
    assert ["error" in r for r in recs] == [True, True, False]


# --- exit codes, summary, output formats -----------------------------------------------------


@pytest.mark.parametrize("args", [
    ["missing-folder", "-o", "x.jsonl"],
    ["--no-such-option"],
    [".", "-o", "x.parquet", "--resume"],
    [".", "-o", "x.jsonl", "--scheduler", "tcp://a:1"],
    [".", "-o", "x.jsonl", "--workers", "-1"],
    [".", "-o", "."],
])
def test_bad_arguments_exit_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert convert_main(args) == 2
    assert "error" in capsys.readouterr().err


def test_exit_0_and_summary_counts_add_up(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    for i in range(5):
        (tmp_path / "in" / f"{i}.txt").write_text(RELEASE)
    (tmp_path / "in" / "big.txt").write_text(RELEASE * 50)
    out = tmp_path / "out.jsonl"
    proc = run(["convert", str(tmp_path / "in"), "-o", str(out), "--max-member-bytes", "2000",
                "--workers", "2"])
    assert proc.returncode == 1
    assert "6 done (5 parsed, 1 failed), 0 skipped" in proc.stderr
    proc = run(["convert", str(tmp_path / "in"), "-o", str(out), "--exclude", "big.txt"])
    assert proc.returncode == 0
    assert proc.stdout == ""


def test_parquet_output(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    archive = make_zip(tmp_path / "a.zip", {"a.txt": RELEASE.encode(), "b.txt": b"x" * 5000})
    out = tmp_path / "r.parquet"
    assert convert([str(archive), "-o", str(out), "--max-member-bytes", "4000"]) == 1
    table = pq.read_table(out).to_pylist()
    assert [row["member"] for row in table] == ["a.txt", "b.txt"]
    assert table[1]["error_type"] == "InputTooLargeError" and table[1]["release"] is None
    assert json.loads(table[0]["release"])["text"]


def test_iter_parse_is_exported_lazily() -> None:
    code = ("import sys, pressparse; heavy = {'pressparse.batch', 'tqdm', 'warcio', 'dask'};"
            "assert not heavy & set(sys.modules), heavy & set(sys.modules);"
            "assert callable(pressparse.iter_parse); assert 'pressparse.batch' in sys.modules")
    env = {**os.environ, "PYTHONPATH": SRC}
    subprocess.run([sys.executable, "-c", code], check=True, env=env, timeout=60)


# --- crash safety: kill, then resume ---------------------------------------------------------


def _feed(path: Path, count: int) -> list[str]:
    """A JSON Lines feed of ``count`` short releases; returns their ids."""
    ids = [f"rel-{i:05d}" for i in range(count)]
    with path.open("w") as f:
        for key in ids:
            f.write(json.dumps({"id": key, "text": RELEASE.replace("2.4", key[-4:])}) + "\n")
    return ids


def _wait_for(count: Any, want: int, proc: subprocess.Popen[bytes]) -> None:
    """Poll until ``count()`` reaches ``want`` or the process ends."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None and count() < want:
        time.sleep(0.01)


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_resume_after_kill_no_duplicate_no_missing(tmp_path: Path, fmt: str) -> None:
    ids = _feed(tmp_path / "feed.jsonl", 4_000)
    out = tmp_path / ("out.jsonl" if fmt == "jsonl" else "out")
    args = [sys.executable, "-m", "pressparse.cli", "convert", str(tmp_path / "feed.jsonl"),
            "-o", str(out), "--format", fmt, "--id-field", "id", "--workers", "2"]
    env = {**os.environ, "PYTHONPATH": SRC}
    proc = subprocess.Popen(args, env=env, stderr=subprocess.DEVNULL, start_new_session=True)
    if fmt == "jsonl":
        _wait_for(lambda: out.read_bytes().count(b"\n") if out.exists() else 0, 300, proc)
    else:
        _wait_for(lambda: len(os.listdir(out)) if out.exists() else 0, 300, proc)
    os.killpg(proc.pid, signal.SIGKILL)
    assert proc.wait() == -signal.SIGKILL  # killed mid-run, not finished
    before = _written_ids(out, fmt)
    assert 0 < len(before) < len(ids)
    resumed = subprocess.run([*args, "--resume"], env=env, capture_output=True, text=True,
                             timeout=120)
    assert resumed.returncode == 0, resumed.stderr
    assert f"{len(before)} skipped" in resumed.stderr
    after = _written_ids(out, fmt)
    assert sorted(after) == ids  # none missing, none twice


def _written_ids(out: Path, fmt: str) -> list[str]:
    if fmt == "json":
        return [json.loads(p.read_text())["id"] for p in out.glob("*.json")]
    raw = out.read_bytes()
    complete = raw[: raw.rfind(b"\n") + 1].decode()
    return [json.loads(line)["id"] for line in complete.splitlines()]


# --- the Dask engine on a real LocalCluster ---------------------------------------------------


def _mixed_inputs(root: Path) -> Path:
    src = root / "in"
    (src / "sub").mkdir(parents=True)
    for i in range(70):
        (src / "sub" / f"r{i:03d}.txt").write_text(RELEASE.replace("2.4", str(i)))
    (src / "page.html").write_text(HTML)
    make_zip(src / "pack.zip", {"a.txt": RELEASE.encode(), "../b.eml": EMAIL.encode()})
    (src / "box.mbox").write_text(f"From x Mon May  5 10:00:00 2025\n{EMAIL}\n")
    (src / "feed.jsonl").write_text(json.dumps({"text": RELEASE}) + "\n{bad\n")
    return src


def _dask_parts(out: Path) -> Iterator[str]:
    for part in sorted(out.glob("part-*.jsonl")):
        yield from part.read_text().splitlines()


@pytest.mark.slow
def test_dask_engine_on_local_cluster_equals_local_engine(tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed")
    src = _mixed_inputs(tmp_path)
    local = tmp_path / "local.jsonl"
    assert run(["convert", "in", "-o", str(local), "--quiet"], cwd=tmp_path).returncode == 1
    proc = run(["convert", "in", "-o", "dask-out", "--engine", "dask", "--workers", "2"],
               cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert list(_dask_parts(tmp_path / "dask-out")) == local.read_text().splitlines()
    assert len(list((tmp_path / "dask-out").glob("part-*.jsonl"))) >= 4
    assert "done (" in proc.stderr and not (tmp_path / "b.eml").exists()
    again = run(["convert", "in", "-o", "dask-out", "--engine", "dask", "--workers", "1",
                 "--resume"], cwd=tmp_path)
    lines = len(local.read_text().splitlines())
    assert again.returncode == 0 and f"0 done (0 parsed, 0 failed), {lines} skipped" in again.stderr
    assert src.exists()
