"""File names that come from parsed fields, checked before anything is written."""

from __future__ import annotations

import re
from pathlib import Path

from compare.util.errors import InputError

SAFE_NAME = re.compile(r"^[A-Za-z0-9_-][A-Za-z0-9._-]{0,150}$")


def is_safe_name(name: str) -> bool:
    return bool(SAFE_NAME.match(name)) and ".." not in name


def check_meeting_id(path: Path | str, meeting_id: str) -> None:
    if not is_safe_name(meeting_id):
        raise InputError(path, f"meeting id {meeting_id!r} is not a safe file name")


def inside(root: Path, relative: str) -> Path:
    """`root / relative`, refusing anything that would land outside root."""
    target = (root / relative).resolve()
    if not all(is_safe_name(part) for part in Path(relative).parts) or root.resolve() not in target.parents:
        raise ValueError(f"unsafe output path {relative!r}")
    return target
