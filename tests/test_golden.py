"""Golden fixtures: each release in fixtures/ against its reviewed .expected.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import pressparse

from .conftest import FIXTURES, assert_spans
from .golden import FIXTURE_SUFFIXES, is_fixture, view

CASES = sorted(p for p in FIXTURES.iterdir() if is_fixture(p.name))
FIELDS = ["headline", "subheadline", "label", "language", "dateline", "format", "paragraphs",
          "duplicates_removed", "speakers", "quotations", "statistics", "contacts", "links",
          "issues"]


def test_there_are_enough_fixtures() -> None:
    assert len(CASES) >= 15
    assert {p.suffix for p in CASES} == set(FIXTURE_SUFFIXES)


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
@pytest.mark.parametrize("field", FIELDS)
def test_fixture_field(path: Path, field: str) -> None:
    expected_file = path.with_name(path.stem + ".expected.json")
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    got = view(pressparse.parse(path.read_bytes()))
    assert got[field] == expected[field]


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_fixture_spans(path: Path) -> None:
    assert_spans(pressparse.parse(path.read_bytes()))
