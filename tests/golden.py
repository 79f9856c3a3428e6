"""The reviewed view of a release that golden fixtures pin down, field by field."""

from __future__ import annotations

from typing import Any

from pressparse import PressRelease

FIXTURE_SUFFIXES = (".txt", ".md", ".html", ".eml")


def is_fixture(name: str) -> bool:
    """A release file in fixtures/ (not its README or expected files)."""
    return name.endswith(FIXTURE_SUFFIXES) and name != "README.md"


def view(r: PressRelease) -> dict[str, Any]:
    """The fields a fixture's .expected.json holds (spans are checked by invariant instead)."""
    d = r.dateline
    return {
        "headline": r.headline,
        "subheadline": r.subheadline,
        "label": r.label,
        "language": r.language,
        "dateline": None if d is None else {"location": d.location, "date": d.date,
                                            "wire": d.wire, "date_source": d.date_source},
        "format": r.source.format,
        "paragraphs": [p.text for p in r.paragraphs],
        "duplicates_removed": r.duplicates_removed,
        "speakers": [{"name": s.name, "honorific": s.honorific, "titles": s.titles}
                     for s in r.speakers],
        "quotations": [{"text": q.text[:80], "speaker": q.speaker} for q in r.quotations],
        "statistics": [{"value": s.value, "unit": s.unit, "text": s.text} for s in r.statistics],
        "contacts": [{"name": c.name, "emails": [e.address for e in c.emails],
                      "phones": [p.raw for p in c.phones]} for c in r.contacts],
        "links": [{"url": x.url, "kind": x.kind} for x in r.links],
        "issues": [i.code for i in r.issues],
    }
