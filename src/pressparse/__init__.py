"""pressparse: turn press releases (text, HTML, e-mail) into typed data.

    >>> import pressparse
    >>> release = pressparse.parse("VIENNA, 16 April 2024 – The OSCE said ...")
    >>> release.dateline.location
    'VIENNA'

Importing the package is cheap: heavy libraries (dateparser, BeautifulSoup,
phonenumbers) load on first use.
"""

from __future__ import annotations

from .api import parse
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
