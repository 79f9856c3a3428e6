"""The exception tree of pressparse: every error the library raises is one of these.

    PressParseError                  base class: catch this to catch them all
    ├── InputTooLargeError           input exceeds a limit in Options (bytes, parts)
    ├── DecodeError                  bytes that cannot be read as text at all
    ├── UnsupportedInputError        not str or bytes, or a format pressparse cannot read
    └── ExtractionError              an extractor failed and Options.errors == "strict"

In the default ``errors="record"`` mode an extractor's failure does not raise: it is
recorded on ``PressRelease.issues`` and the rest of the release is kept.
"""

from __future__ import annotations


class PressParseError(Exception):
    """Base class of every error raised by pressparse."""


class InputTooLargeError(PressParseError):
    """The input is larger than a limit set in :class:`pressparse.Options`."""


class DecodeError(PressParseError):
    """The input bytes cannot be decoded to text."""


class UnsupportedInputError(PressParseError):
    """The input is of a type or format that pressparse does not read."""


class ExtractionError(PressParseError):
    """An extractor failed on this input (raised only in strict mode)."""

    def __init__(self, step: str, cause: BaseException) -> None:
        super().__init__(f"{step} failed: {type(cause).__name__}: {cause}")
        self.step = step
        self.cause = cause


__all__ = [
    "DecodeError",
    "ExtractionError",
    "InputTooLargeError",
    "PressParseError",
    "UnsupportedInputError",
]
