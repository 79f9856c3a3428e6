"""pressparse: turn press releases (text, HTML, e-mail) into typed data.

    >>> import pressparse
    >>> release = pressparse.parse("VIENNA, 16 April 2024 – The OSCE said ...")
    >>> release.dateline.location
    'VIENNA'

Importing the package is cheap: heavy libraries (dateparser, BeautifulSoup,
phonenumbers) load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .errors import (
    DecodeError,
    ExtractionError,
    InputTooLargeError,
    PressParseError,
    UnsupportedInputError,
)
from .models import (
    SCHEMA_VERSION,
    Contact,
    Dateline,
    Email,
    Issue,
    Link,
    Paragraph,
    Phone,
    PressRelease,
    Quotation,
    SourceInfo,
    Span,
    Speaker,
    Statistic,
)
from .options import Options

if TYPE_CHECKING:
    from .api import parse
else:

    def parse(data: bytes | str, options: Options | None = None) -> PressRelease:
        """Parse one press release; see :func:`pressparse.api.parse`.

        The pipeline (loaders, extractors and their compiled word tables) is imported on
        the first call, so ``import pressparse`` stays cheap.
        """
        from .api import parse as _parse

        return _parse(data, options)


__version__ = "0.1.0"

if TYPE_CHECKING:
    from .batch import iter_parse


def __getattr__(name: str) -> object:
    """``iter_parse`` loads the batch layer on first use (import pressparse stays cheap)."""
    if name == "iter_parse":
        from .batch import iter_parse

        return iter_parse
    raise AttributeError(f"module 'pressparse' has no attribute {name!r}")

__all__ = [
    "SCHEMA_VERSION",
    "Contact",
    "Dateline",
    "DecodeError",
    "Email",
    "ExtractionError",
    "InputTooLargeError",
    "Issue",
    "Link",
    "Options",
    "Paragraph",
    "Phone",
    "PressParseError",
    "PressRelease",
    "Quotation",
    "SourceInfo",
    "Span",
    "Speaker",
    "Statistic",
    "UnsupportedInputError",
    "__version__",
    "iter_parse",
    "parse",
]
