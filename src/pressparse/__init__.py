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
    "parse",
]
