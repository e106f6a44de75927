"""What an uploaded file is, by its bytes (never by the name it was given), and whether to read it at all."""

from __future__ import annotations

import io
import re
import zipfile

from compare.util.errors import InputError

MAX_BYTES = 20 * 1024 * 1024
MAX_UNZIPPED = 200 * 1024 * 1024  # a Word report unpacks to a few MB; more is a zip bomb
MAX_ZIP_ENTRIES = 2000
HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body|<!--)", re.IGNORECASE)
TEXT_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
FORMATS = "PDF, Word (.docx), HTML, Markdown or plain text"


def check_name(name: str) -> None:
    """A name given by the browser is only shown, never used; one naming a folder is refused outright."""
    if "/" in name or "\\" in name or ".." in name or "\0" in name:
        raise InputError(name or "upload", "the file name must not name a folder (it contains '/', '\\' or '..')")


def suffix_of(data: bytes, name: str = "upload") -> str:
    """The reader suffix for `data` (".pdf", ".docx", ".html", ".md"); refuses anything else and oversized files."""
    if not data:
        raise InputError(name, "empty file")
    if len(data) > MAX_BYTES:
        raise InputError(name, f"file is {len(data) // (1024 * 1024)} MB; the limit is {MAX_BYTES // (1024 * 1024)} MB")
    if data.startswith(b"%PDF-"):
        return ".pdf"
    if data.startswith(b"PK\x03\x04"):
        _check_docx(data, name)
        return ".docx"
    if HTML_START.match(data[:1024].lstrip(b"\xef\xbb\xbf")):
        return ".html"
    if _is_text(data):
        return ".md"
    raise InputError(name, f"not a report wgcompare reads ({FORMATS})")


def _check_docx(data: bytes, name: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise InputError(name, "not a readable DOCX file (damaged zip archive)") from None
    if len(entries) > MAX_ZIP_ENTRIES or sum(e.file_size for e in entries) > MAX_UNZIPPED:
        raise InputError(name, "the archive unpacks to more than a Word report can hold (a zip bomb?)")
    if not any(e.filename == "word/document.xml" for e in entries):
        raise InputError(name, "not a DOCX file (no Word document in the zip archive)")


def _is_text(data: bytes) -> bool:
    """UTF-8 or UTF-16 with a BOM, or 8-bit text without control bytes."""
    if data.startswith(TEXT_BOMS[1:]):
        return True
    sample = data[:65536].removeprefix(TEXT_BOMS[0])
    if b"\0" in sample:
        return False
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    return controls == 0
