"""Bytes to text: BOM, declared charsets, UTF-8, Windows-1252 over detector guesses."""

from __future__ import annotations

import codecs

import pytest

from pressparse.loaders.decode import decode, normalise_charset

SAMPLE = "Crème brûlée “quoted” – naïve café, 5 €"


@pytest.mark.parametrize(
    ("data", "declared", "encoding", "how"),
    [
        (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), None, "utf-8", "bom"),
        (codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"), None, "utf-16-le", "bom"),
        (codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), None, "utf-16-be", "bom"),
        (SAMPLE.encode("utf-16-le"), None, "utf-16-le", "detected"),
        (SAMPLE.encode("utf-8"), None, "utf-8", "utf-8"),
        (SAMPLE.encode("cp1252"), None, "cp1252", "detected"),
        (SAMPLE.encode("cp1252"), "iso-8859-1", "cp1252", "declared"),
        (SAMPLE.encode("cp1252"), "us-ascii", "cp1252", "declared"),
        (SAMPLE.encode("utf-8"), "iso-8859-1", "utf-8", "utf-8"),
    ],
    ids=["bom-utf8", "bom-utf16le", "bom-utf16be", "utf16-no-bom", "utf8", "cp1252-undeclared",
         "latin1-declared-is-cp1252", "ascii-declared-is-cp1252", "mislabelled-utf8"],
)
def test_decoding_recovers_the_text(data: bytes, declared: str | None, encoding: str,
                                    how: str) -> None:
    text, enc, confidence = decode(data, declared)
    assert text == SAMPLE
    assert enc == encoding
    assert confidence == how


def test_cyrillic_single_byte_is_detected_not_read_as_latin() -> None:
    text = "Банк России сохранил ключевую ставку на уровне 16 процентов годовых. " * 3
    decoded, enc, _ = decode(text.encode("cp1251"))
    assert decoded == text
    assert enc in ("cp1251", "windows-1251")


def test_declared_charset_is_used_when_not_utf8() -> None:
    text = "Žluťoučký kůň úpěl ďábelské ódy"
    decoded, _enc, how = decode(text.encode("iso-8859-2"), "ISO-8859-2")
    assert decoded == text
    assert how == "declared"


def test_undecodable_bytes_never_raise() -> None:
    data = bytes(range(256)) * 4
    text, _, _ = decode(data)
    assert isinstance(text, str) and text


@pytest.mark.parametrize(("label", "name"), [
    ("UTF-8", "utf-8"), ("latin1", "cp1252"), ("ANSI_X3.4-1968", "cp1252"),
    ("no-such-charset", None), ("", None), (None, None),
])
def test_charset_labels(label: str | None, name: str | None) -> None:
    assert normalise_charset(label) == name
