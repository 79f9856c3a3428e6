"""Quality gate on the development corpus (../shared), skipped when it is absent.

Floors are the acceptance criteria of the issues; a change that drops a row below its
floor fails the build, as trafilatura's evaluation gate does.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, SHARED

FLOORS = {
    "headline": 0.90, "date": 0.90, "location": 0.90, "lead": 0.90,
    "quotes": 0.90, "attribution": 0.90, "quote+speaker": 0.85, "speakers": 0.85,
    "titles": 0.75,
    "statistics": 0.75, "emails": 0.95, "phones": 0.90, "contact_names": 0.85, "links": 0.80,
}


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    corpus = SHARED / "corpus" / "dev"
    script = SHARED / "eval" / "score.py"
    if not (corpus / "gold").is_dir() or not script.is_file():
        pytest.skip("../shared/corpus/dev or ../shared/eval/score.py is not present")
    out = Path(tmp_path_factory.mktemp("score")) / "scores.json"
    subprocess.run([sys.executable, str(script), str(corpus), "--json", str(out)], cwd=ROOT,
                   check=True, capture_output=True, text=True)
    data: dict[str, object] = json.loads(out.read_text(encoding="utf-8"))
    return data


def test_no_document_crashes(scores: dict[str, object]) -> None:
    assert scores["errors"] == []


@pytest.mark.parametrize(("field", "floor"), sorted(FLOORS.items()))
def test_field_meets_its_floor(scores: dict[str, object], field: str, floor: float) -> None:
    table = scores["table"]
    assert isinstance(table, dict)
    assert table[field] >= floor


def test_seed_release() -> None:
    seed_dir = SHARED / "seeds"
    seeds = sorted(seed_dir.glob("*.txt")) if seed_dir.is_dir() else []
    if not seeds:
        pytest.skip("../shared/seeds is not present")
    import pressparse

    r = pressparse.parse(seeds[0].read_bytes())
    assert r.headline and r.headline.startswith("OSCE leaders and anti-trafficking experts")
    assert r.dateline is not None
    assert (r.dateline.location, r.dateline.date) == ("VIENNA", "2024-04-16")
    leads = [p for p in r.paragraphs if p.text.startswith("VIENNA, 16 April 2024 –")]
    assert len(leads) == 1 and r.paragraphs[0] is leads[0]
