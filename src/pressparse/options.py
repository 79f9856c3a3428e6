"""One frozen options object for every entry point (API, CLI, batch)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Options(BaseModel):
    """How to parse: hints, limits and the error policy. Immutable; share it freely."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    languages: tuple[str, ...] | None = Field(
        default=None,
        description="ISO 639-1 codes to try for dates and word tables; None = detect.",
    )
    base_url: str | None = Field(
        default=None, description="URL the input came from; relative links resolve against it."
    )
    input_format: Literal["auto", "text", "markdown", "html", "email"] = Field(
        default="auto", description="Skip format sniffing when the caller knows the format."
    )
    default_region: str | None = Field(
        default=None, description="ISO 3166 region for phone numbers without a country code."
    )
    errors: Literal["record", "strict"] = Field(
        default="record",
        description="'record': an extractor failure is kept on PressRelease.issues; "
        "'strict': it raises ExtractionError.",
    )
    # Limits: each gives a clear error (InputTooLargeError) or a truncation
    # recorded on PressRelease.issues.
    max_input_bytes: int = Field(default=50_000_000, ge=1, description="Larger input raises.")
    max_html_depth: int = Field(default=400, ge=8, description="Deeper HTML is flattened.")
    max_paragraphs: int = Field(default=20_000, ge=1, description="Later blocks are dropped.")
    max_extract_chars: int = Field(
        default=200_000, ge=1_000,
        description="Body characters the extractors (quotes, figures, contacts, links) read; "
        "the paragraphs are all kept, the cut is recorded on issues.")
    max_email_parts: int = Field(default=100, ge=1, description="MIME parts read at most.")
    max_header_chars: int = Field(default=4_000, ge=16, description="Longer headers are cut.")


DEFAULT_OPTIONS = Options()
