"""The public API: parse(), errors, options, the record of failures, and cheap import."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import pressparse
from pressparse import (
    ExtractionError,
    InputTooLargeError,
    Options,
    PressParseError,
    UnsupportedInputError,
)
from pressparse.extractors import statistics

from .conftest import assert_spans

RELEASE = ("PRESS RELEASE\n\n# Harbour fund opens\n\nKELBY, 2 May 2024 – The council opened a "
           "£2 million fund today.\n\n“It keeps the harbour working,” said Mayor Lee Moss.\n")


def test_parse_str_and_bytes_agree() -> None:
    a = pressparse.parse(RELEASE)
    b = pressparse.parse(RELEASE.encode("utf-8"))
    assert a.model_dump(exclude={"source"}) == b.model_dump(exclude={"source"})
    assert a.headline == "Harbour fund opens"
    assert a.dateline is not None and a.dateline.location == "KELBY"
    assert a.dateline.date == "2024-05-02"
    assert_spans(a)


def test_json_round_trip_and_schema() -> None:
    r = pressparse.parse(RELEASE)
    again = pressparse.PressRelease.model_validate_json(r.model_dump_json())
    assert again == r
    schema = pressparse.PressRelease.model_json_schema()
    for name in ("headline", "dateline", "paragraphs", "speakers", "quotations", "statistics",
                 "contacts", "links", "source", "text", "issues"):
        assert name in schema["properties"]


@pytest.mark.parametrize("bad", [None, 42, 3.5, ["list"], {"a": 1}])
def test_unsupported_input_types(bad: object) -> None:
    with pytest.raises(UnsupportedInputError):
        pressparse.parse(bad)  # type: ignore[arg-type]


def test_input_too_large() -> None:
    with pytest.raises(InputTooLargeError):
        pressparse.parse("x" * 200, Options(max_input_bytes=100))


def test_errors_share_one_base_class() -> None:
    for cls in (InputTooLargeError, UnsupportedInputError, ExtractionError,
                pressparse.DecodeError):
        assert issubclass(cls, PressParseError)


def _boom(*_: object) -> list[object]:
    raise RuntimeError("broken extractor")


def test_failing_extractor_is_recorded_and_the_rest_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("pressparse.api.extract_statistics", _boom)
    r = pressparse.parse(RELEASE)
    assert r.headline == "Harbour fund opens"
    assert r.statistics == []
    assert [(i.code, i.step) for i in r.issues] == [("extractor_failed", "statistics")]
    assert "broken extractor" in r.issues[0].message


def test_strict_mode_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("pressparse.api.extract_statistics", _boom)
    with pytest.raises(ExtractionError) as info:
        pressparse.parse(RELEASE, Options(errors="strict"))
    assert info.value.step == "statistics"
    assert statistics.extract_statistics is not _boom


def test_truncation_is_recorded() -> None:
    text = "\n\n".join(f"Paragraph number {i} of a very long release." for i in range(50))
    r = pressparse.parse(text, Options(max_paragraphs=10))
    assert len(r.paragraphs) <= 10
    assert any(i.code == "truncated" for i in r.issues)


def test_options_are_frozen() -> None:
    opts = Options()
    with pytest.raises(ValueError):
        opts.errors = "strict"  # type: ignore[misc]


def test_import_is_cheap_and_lazy() -> None:
    code = ("import sys, pressparse; "
            "print(json.dumps(sorted(m for m in ('dateparser', 'bs4', 'phonenumbers', 'tqdm', "
            "'warcio', 'dask', 'charset_normalizer', 'rapidfuzz') if m in sys.modules)))")
    out = subprocess.run([sys.executable, "-c", "import json; " + code], capture_output=True,
                         text=True, check=True)
    assert json.loads(out.stdout) == []


def test_public_names() -> None:
    assert "parse" in pressparse.__all__
    for name in pressparse.__all__:
        assert hasattr(pressparse, name)
