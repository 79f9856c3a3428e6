"""parse(): the pipeline, one step per line. load → layout → extractors → PressRelease."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TypeVar

from pydantic import TypeAdapter, ValidationError

from .document import Document
from .errors import ExtractionError, PressParseError
from .extractors import Layout
from .extractors.contacts import extract_contacts
from .extractors.dateline import extract_dateline
from .extractors.language import detect_language
from .extractors.layout import find_layout
from .extractors.links import extract_links
from .extractors.quotations import extract_quotations
from .extractors.statistics import extract_statistics
from .loaders import load
from .models import Issue, Paragraph, PressRelease
from .options import DEFAULT_OPTIONS, Options

T = TypeVar("T")


def parse(data: bytes | str, options: Options | None = None) -> PressRelease:
    """Parse one press release (text, markdown, HTML or e-mail; bytes or str).

    Raises a :class:`~pressparse.errors.PressParseError` subclass for unusable input;
    a failure inside one extractor is recorded on ``issues`` (or raised in strict mode).
    """
    opts = options or DEFAULT_OPTIONS
    issues: list[Issue] = []
    doc = _guard(load, data, opts)
    issues += [Issue(code="truncated", message=n, step="load") for n in doc.notes]
    step = _Steps(opts, issues)
    layout = step("layout", find_layout, doc, opts) or Layout(body=list(range(len(doc.blocks))))
    layout.language = step("language", detect_language, doc, layout, opts)
    full_doc, full_layout = doc, layout
    doc, layout = _within_budget(doc, layout, opts.max_extract_chars, issues)
    speakers, quotations = step("quotations", extract_quotations, doc, layout, opts) or ([], [])
    try:
        return PressRelease(
            headline=layout.headline, subheadline=layout.subheadline, label=layout.label,
            language=layout.language,
            dateline=step("dateline", extract_dateline, doc, layout, opts),
            paragraphs=_paragraphs(full_doc, full_layout),
            speakers=speakers, quotations=quotations,
            statistics=step("statistics", extract_statistics, doc, layout, opts) or [],
            contacts=step("contacts", extract_contacts, doc, layout, opts) or [],
            links=step("links", extract_links, doc, layout, opts) or [],
            duplicates_removed=layout.duplicates_removed,
            source=doc.source, text=full_doc.text, issues=issues,
        )
    except ValidationError as exc:  # an extractor broke the contract: a bug, reported as ours
        raise ExtractionError("assemble", exc) from exc


def _within_budget(doc: Document, layout: Layout, limit: int,
                   issues: list[Issue]) -> tuple[Document, Layout]:
    """The body prefix of at most ``limit`` characters that the extractors read.

    Real releases are far below the default; a huge input is still parsed in full into
    paragraphs, but quotes, figures, contacts and links are read from its first part
    only, keeping the cost per MB bounded. Spans stay valid: a prefix keeps its offsets.
    """
    total = 0
    for pos, index in enumerate(layout.body):
        block = doc.blocks[index]
        total += len(block.text)
        if total <= limit:
            continue
        keep = len(block.text) - (total - limit)
        blocks = list(doc.blocks)
        blocks[index] = dataclasses.replace(block, text=block.text[:keep],
                                            end=block.start + keep, links=[
                                                x for x in block.links
                                                if x.end <= block.start + keep])
        issues.append(Issue(code="truncated", step="extract",
                            message=f"extractors read the first {limit} characters of the body"))
        return (dataclasses.replace(doc, blocks=blocks),
                dataclasses.replace(layout, body=layout.body[:pos + 1]))
    return doc, layout


_PARAGRAPHS = TypeAdapter(list[Paragraph])


def _paragraphs(doc: Document, layout: Layout) -> list[Paragraph]:
    """The body paragraphs, validated at once (cheaper than a model call each)."""
    return _PARAGRAPHS.validate_python(
        [{"text": b.text, "span": {"start": b.start, "end": b.end}, "kind": b.kind}
         for b in layout.body_blocks(doc)])


def _guard(load_fn: Callable[[bytes | str, Options], Document], data: bytes | str,
           opts: Options) -> Document:
    """Loading: the library's own errors pass; anything else becomes a PressParseError."""
    try:
        return load_fn(data, opts)
    except PressParseError:
        raise
    except Exception as exc:  # the promise: only the library's own errors leave parse()
        raise ExtractionError("load", exc) from exc


class _Steps:
    """Runs extractors under the error policy: record a failure as an Issue, or raise."""

    def __init__(self, opts: Options, issues: list[Issue]) -> None:
        self.opts = opts
        self.issues = issues

    def __call__(self, name: str, fn: Callable[..., T], *args: object) -> T | None:
        try:
            return fn(*args)
        except Exception as exc:  # one extractor's failure must not lose the release
            if self.opts.errors == "strict":
                raise ExtractionError(name, exc) from exc
            self.issues.append(Issue(code="extractor_failed", step=name,
                                     message=f"{type(exc).__name__}: {exc}"))
            return None


__all__ = ["parse"]
