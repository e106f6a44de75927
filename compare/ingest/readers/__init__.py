"""Readers: one module per input format, all returning `Block`s in reading order.

A reader extracts text and what its format knows of style (heading level,
bold, table cells); it never interprets report conventions, which live in
`compare.ingest.normalise`. Heavy format libraries are imported inside each reader,
so a missing PDF library cannot break Markdown input.
"""

from __future__ import annotations

import hashlib
import importlib
import stat
from pathlib import Path

from compare.model import Block
from compare.util.errors import InputError, UnreadableReport, UnsupportedFormat

# suffix -> module under compare.ingest.readers that defines `read(path) -> list[Block]`
REGISTRY: dict[str, str] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "markdown",  # plain text is Markdown without markup
    ".text": "markdown",
    ".docx": "docx",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".xml": "akn",  # Akoma Ntoso 3.0, as `wgcompare normalise --akn` writes it
}

MAX_BYTES = 20 * 1024 * 1024  # a Working Group report is 20-60 KB; refuse the absurd


class Blocks(list):
    """A reader's blocks, with the warnings it had to give (one line each, without the file name)."""

    def __init__(self, blocks=(), warnings: tuple[str, ...] = ()):
        super().__init__(blocks)
        self.warnings = tuple(warnings)


def supported_suffixes() -> list[str]:
    return sorted(REGISTRY)


def file_digest(path: Path) -> str:
    """SHA-256 of a report file, checked before it is read: a regular file (no device, FIFO or
    folder), not empty, at most MAX_BYTES, then read in bounded chunks."""
    path = Path(path)
    try:
        info = path.stat()
    except OSError as exc:
        raise UnreadableReport(path, f"cannot read: {exc.strerror or 'input/output error'}") from None
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableReport(path, "not a regular file")
    if info.st_size == 0:
        raise UnreadableReport(path, "empty file")
    if info.st_size > MAX_BYTES:
        megabytes = info.st_size // (1024 * 1024)
        raise UnreadableReport(path, f"file is {megabytes} MB; the limit is {MAX_BYTES // (1024 * 1024)} MB")
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
    except OSError as exc:
        raise UnreadableReport(path, f"cannot read: {exc.strerror or 'input/output error'}") from None
    return digest.hexdigest()


def read_blocks(path: Path) -> list[Block]:
    """Read `path` with the reader its suffix names; raise InputError when it cannot."""
    path = Path(path)
    module_name = REGISTRY.get(path.suffix.lower())
    if module_name is None:
        raise UnsupportedFormat(
            path, f"unsupported format {path.suffix or '(no suffix)'!r}; use one of {', '.join(supported_suffixes())}"
        )
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UnreadableReport(path, f"cannot read: {exc.strerror or exc}") from None
    if not path.is_file():
        raise UnreadableReport(path, "not a file")
    if size == 0:
        raise UnreadableReport(path, "empty file")
    if size > MAX_BYTES:
        raise UnreadableReport(
            path, f"file is {size // (1024 * 1024)} MB; the limit is {MAX_BYTES // (1024 * 1024)} MB"
        )
    reader = importlib.import_module(f"{__name__}.{module_name}")
    try:
        blocks = reader.read(path)
    except InputError:
        raise
    except OSError as exc:
        raise UnreadableReport(path, f"cannot read: {exc.strerror or exc}") from None
    except RecursionError:
        raise UnreadableReport(path, f"{_kind(path)} nested too deeply") from None
    except MemoryError:
        raise UnreadableReport(path, f"{_kind(path)} too large to read in memory") from None
    except Exception:  # a format library's own error: the file is not what it claims
        raise UnreadableReport(path, f"not a readable {_kind(path)} file") from None
    if not any(b.text.strip() or b.cells for b in blocks):
        raise UnreadableReport(path, "no text found")
    return Blocks(blocks, getattr(blocks, "warnings", ()))


def _kind(path: Path) -> str:
    return path.suffix.lower()[1:].upper()
