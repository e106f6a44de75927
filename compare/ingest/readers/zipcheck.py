"""Zip archives (DOCX) checked before anything is decompressed: a zip bomb is refused by its declared sizes.

Python's zipfile never inflates a member past the size its header declares, so
checking the declared sizes bounds the memory and time of reading it.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from compare.util.errors import ReportTooLarge, UnreadableReport

MAX_MEMBERS = 2000
MAX_UNCOMPRESSED = 200 * 1024 * 1024  # all members together; a report's DOCX XML is a few MB
MAX_RATIO = 200  # a member inflating more than this is a bomb, not text


def check_archive(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise UnreadableReport(path, "not a DOCX file (damaged zip archive)") from None
    if len(members) > MAX_MEMBERS:
        raise ReportTooLarge(path, f"zip archive holds {len(members)} files; the limit is {MAX_MEMBERS}")
    total = sum(member.file_size for member in members)
    if total > MAX_UNCOMPRESSED:
        mb = total // (1024 * 1024)
        raise ReportTooLarge(
            path, f"zip archive expands to {mb} MB; the limit is {MAX_UNCOMPRESSED // (1024 * 1024)} MB"
        )
    for member in members:
        ratio = member.file_size // max(member.compress_size, 1)
        if member.file_size > 1024 * 1024 and ratio > MAX_RATIO:
            reason = f"zip member {member.filename!r} expands {ratio} times; the limit is {MAX_RATIO}"
            raise ReportTooLarge(path, reason)
