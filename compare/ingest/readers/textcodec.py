"""Decoding of text files whose encoding nobody wrote down."""

from __future__ import annotations

import codecs


def decode_text(raw: bytes) -> str:
    """`decode_text_checked` without its warnings."""
    return decode_text_checked(raw)[0]


def decode_text_checked(raw: bytes) -> tuple[str, tuple[str, ...]]:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16 (BOM), else Windows-1252; and the warnings.

    A UTF-8 file with a few undecodable bytes stays UTF-8 (each such byte
    becomes U+FFFD and is named in a warning by line and byte offset); only a
    file with no valid multi-byte UTF-8 sequence, or more broken bytes than
    valid ones, is read as Windows-1252 (a superset of Latin-1 for printable
    text; the bytes 1252 leaves undefined fall back to Latin-1).
    """
    if raw.startswith(codecs.BOM_UTF8):
        return _utf8(raw[len(codecs.BOM_UTF8) :], len(codecs.BOM_UTF8))
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", errors="replace"), ()
    if _looks_like_bomless_utf16(raw):
        return raw.decode("utf-16-le" if raw[1] == 0 else "utf-16-be", errors="replace"), ()
    try:
        return raw.decode("utf-8"), ()
    except UnicodeDecodeError:
        pass
    text, warnings, bad = _utf8_lenient(raw, 0)
    valid_multibyte = sum(1 for ch in text if ord(ch) > 127) - bad
    if valid_multibyte > bad:
        return text, warnings
    try:
        return raw.decode("cp1252"), ()
    except UnicodeDecodeError:
        return raw.decode("latin-1"), ()


def _utf8(raw: bytes, offset: int) -> tuple[str, tuple[str, ...]]:
    text, warnings, _ = _utf8_lenient(raw, offset)
    return text, warnings


def _utf8_lenient(raw: bytes, offset: int) -> tuple[str, tuple[str, ...], int]:
    """UTF-8 with each undecodable sequence as U+FFFD; a warning naming the first, and how many in all."""
    try:
        return raw.decode("utf-8"), (), 0
    except UnicodeDecodeError as error:
        first = error.start
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - raw.count("\ufffd".encode())
    line = raw.count(b"\n", 0, first) + 1
    more = f" ({bad} undecodable sequences in all)" if bad > 1 else ""
    warning = f"line {line}, byte {first + offset}: byte 0x{raw[first]:02X} is not UTF-8, shown as U+FFFD{more}"
    return text, (warning,), bad


def _looks_like_bomless_utf16(raw: bytes) -> bool:
    sample = raw[:2000]
    if len(sample) < 4:
        return False
    zeros_even = sample[0::2].count(0)
    zeros_odd = sample[1::2].count(0)
    half = len(sample) // 2
    return max(zeros_even, zeros_odd) > 0.4 * half and min(zeros_even, zeros_odd) < 0.05 * half
