"""Batch conversion of archives to JSON Lines (placeholder until the batch issue lands)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def convert_main(argv: Sequence[str]) -> int:
    """``pressparse convert``: not built yet."""
    raise SystemExit("pressparse convert: not implemented yet")


def record_schema() -> dict[str, Any]:
    """JSON Schema of one batch record."""
    from .models import PressRelease

    return PressRelease.model_json_schema()
