"""The output contract: pydantic v2 models of a parsed press release.

Every extracted item carries a ``span`` into ``PressRelease.text`` (the normalised
text of the whole release), so that ``release.text[span.start:span.end]`` is the
item's raw text. JSON field names here are a stable contract; fields may be added.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """Half-open character range ``[start, end)`` into ``PressRelease.text``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Paragraph(_Model):
    """One body paragraph, in reading order."""

    text: str
    span: Span
    kind: Literal["paragraph", "heading", "blockquote", "list_item", "preformatted"] = "paragraph"


class Dateline(_Model):
    """Place and date of the release ("VIENNA, 16 April 2024 –")."""

    location: str | None = Field(default=None, description="Place as printed, or null.")
    date: str | None = Field(default=None, description="ISO date YYYY-MM-DD, or null.")
    raw: str | None = Field(default=None, description="The dateline as printed.")
    span: Span | None = Field(default=None, description="Span of raw in the text, if printed.")
    date_source: Literal["dateline", "text", "metadata", "header", "none"] = Field(
        default="none", description="Where the date was read: the dateline, a date line above "
        "the body, page metadata, or an e-mail's Date header."
    )
    wire: str | None = Field(default=None, description="Wire service named in the dateline.")


class Speaker(_Model):
    """A person (or organisation) to whom a quotation is attributed."""

    name: str = Field(description="Name without honorific.")
    honorific: str | None = None
    titles: list[str] = Field(default_factory=list, description="Roles as printed, split.")
    organization: str | None = None
    kind: Literal["person", "organization"] = "person"
    mentions: list[Span] = Field(default_factory=list, description="Every mention, pronouns too.")


class Quotation(_Model):
    """Words reproduced from someone, without the quote marks."""

    text: str
    speaker: str | None = Field(default=None, description="A speakers[].name, or null.")
    verb: str | None = Field(default=None, description="Speech verb or phrase ('said').")
    partial: bool = Field(default=False, description="A few quoted words inside paraphrase.")
    span: Span
    paragraph: int | None = Field(default=None, description="Index into paragraphs.")


class Statistic(_Model):
    """A number the release reports, with what it counts or measures."""

    value: float
    unit: str | None = None
    currency: str | None = Field(default=None, description="ISO 4217 code for money.")
    kind: Literal["count", "money", "percent", "measure", "rate", "ratio", "rank"] = "count"
    qualifier: str | None = Field(default=None, description="'more than', 'nearly', 'up to'…")
    text: str = Field(description="The raw words of the figure.")
    span: Span
    sentence: str | None = None
    paragraph: int | None = None


class Email(_Model):
    """An e-mail address, lower-cased, with where it was printed."""

    address: str
    span: Span | None = None


class Phone(_Model):
    """A phone number as printed, with its E.164 form where it is valid."""

    raw: str
    e164: str | None = None
    span: Span | None = None


class Contact(_Model):
    """A press contact: a person or desk and their channels."""

    name: str | None = None
    role: str | None = None
    organization: str | None = None
    emails: list[Email] = Field(default_factory=list)
    phones: list[Phone] = Field(default_factory=list)
    address: str | None = None
    website: str | None = None
    span: Span | None = None


LinkKind = Literal[
    "source", "document", "contact", "homepage", "social", "navigation",
    "subscription", "image", "placeholder", "tracking",
]


class Link(_Model):
    """A link found in the release, with what it is for."""

    url: str = Field(description="Absolute where a base is known, else as printed.")
    text: str | None = None
    kind: LinkKind = "source"
    span: Span | None = None


class Issue(_Model):
    """Something that went wrong or was cut while parsing; the rest is kept."""

    code: str = Field(description="Machine-readable: 'extractor_failed', 'truncated', …")
    message: str
    step: str | None = None


class SourceInfo(_Model):
    """What the loader saw."""

    format: Literal["text", "markdown", "html", "email"] = "text"
    encoding: str | None = Field(default=None, description="Charset the bytes were read with.")
    encoding_confidence: Literal["bom", "declared", "detected", "utf-8", "str"] | None = None
    headers: dict[str, str] = Field(
        default_factory=dict, description="E-mail headers: Subject, From, To, Date, Message-ID."
    )
    title: str | None = Field(default=None, description="HTML <title> or front-matter title.")
    meta: dict[str, str] = Field(
        default_factory=dict, description="HTML meta / OpenGraph / JSON-LD / front matter."
    )
    url: str | None = None
    bytes: int | None = None


class PressRelease(_Model):
    """A parsed press release."""

    schema_version: str = SCHEMA_VERSION
    headline: str | None = None
    subheadline: str | None = None
    label: str | None = Field(default=None, description="'FOR IMMEDIATE RELEASE', an embargo…")
    language: str | None = Field(default=None, description="ISO 639-1 where known.")
    dateline: Dateline | None = None
    paragraphs: list[Paragraph] = Field(default_factory=list)
    speakers: list[Speaker] = Field(default_factory=list)
    quotations: list[Quotation] = Field(default_factory=list)
    statistics: list[Statistic] = Field(default_factory=list)
    contacts: list[Contact] = Field(default_factory=list)
    links: list[Link] = Field(default_factory=list)
    duplicates_removed: int = Field(default=0, description="Repeated paragraphs dropped.")
    source: SourceInfo = Field(default_factory=SourceInfo)
    text: str = Field(default="", description="The normalised text every span points into.")
    issues: list[Issue] = Field(default_factory=list)


__all__ = [
    "SCHEMA_VERSION",
    "Contact",
    "Dateline",
    "Email",
    "Issue",
    "Link",
    "LinkKind",
    "Paragraph",
    "Phone",
    "PressRelease",
    "Quotation",
    "SourceInfo",
    "Span",
    "Speaker",
    "Statistic",
]
