"""Shared test helpers: span checks and the optional development corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from pressparse import PressRelease

# `make fuzz` selects the long profile with --hypothesis-profile=fuzz.
settings.register_profile("fuzz", max_examples=200_000, deadline=None,
                          suppress_health_check=list(HealthCheck))
settings.register_profile("default", max_examples=60, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("default")

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"


def assert_spans(release: PressRelease) -> None:
    """Every span in the result points at the item's raw text in release.text."""
    text = release.text
    for p in release.paragraphs:
        assert text[p.span.start:p.span.end] == p.text
    if release.dateline and release.dateline.span:
        s = release.dateline.span
        assert text[s.start:s.end] == release.dateline.raw
    for q in release.quotations:
        assert text[q.span.start:q.span.end] == q.text
    for st in release.statistics:
        assert text[st.span.start:st.span.end] == st.text
    for sp in release.speakers:
        for m in sp.mentions:
            assert 0 <= m.start <= m.end <= len(text)
    for c in release.contacts:
        for e in c.emails:
            if e.span:
                assert text[e.span.start:e.span.end].lower() == e.address
        for ph in c.phones:
            if ph.span:
                assert text[ph.span.start:ph.span.end] == ph.raw
    for link in release.links:
        if link.span and link.text:
            assert text[link.span.start:link.span.end] == link.text


@pytest.fixture
def shared_corpus() -> Path:
    """The development corpus beside the project; skips when absent."""
    corpus = SHARED / "corpus" / "dev"
    if not (corpus / "gold").is_dir():
        pytest.skip("../shared/corpus/dev is not present")
    return corpus
