"""Decoding of text files whose encoding nobody wrote down."""

from __future__ import annotations

import codecs


def decode_text(raw: bytes) -> str:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16 (BOM), else Windows-1252.

    Windows-1252 is a superset of Latin-1 for printable text, so a Latin-1 file
    reads the same; the few bytes 1252 leaves undefined fall back to Latin-1.
    """
    if raw.startswith(codecs.BOM_UTF8):
        return raw[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", errors="replace")
    if _looks_like_bomless_utf16(raw):
        return raw.decode("utf-16-le" if raw[1] == 0 else "utf-16-be", errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _looks_like_bomless_utf16(raw: bytes) -> bool:
    sample = raw[:2000]
    if len(sample) < 4:
        return False
    zeros_even = sample[0::2].count(0)
    zeros_odd = sample[1::2].count(0)
    half = len(sample) // 2
    return max(zeros_even, zeros_odd) > 0.4 * half and min(zeros_even, zeros_odd) < 0.05 * half
