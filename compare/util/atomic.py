"""Atomic writing: a run that fails leaves the previous complete output in place."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from compare.util.errors import InputError
from compare.util.safepaths import inside

REPORT_MARKERS = ("index.html", "meetings.csv")


def write_file_atomic(path: Path, data: bytes) -> None:
    """Write `path` through a temporary file in the same folder, then rename over it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _is_replaceable(folder: Path) -> bool:
    """An absent or empty folder, or one a previous run wrote (only dotfiles besides the report)."""
    if not folder.exists():
        return True
    if not folder.is_dir():
        return False
    names = [p.name for p in folder.iterdir() if not p.name.startswith(".")]
    return not names or all((folder / marker).exists() for marker in REPORT_MARKERS)


def write_folder_atomic(out_dir: Path, files: dict[str, bytes]) -> None:
    """Replace `out_dir` with exactly `files` (relative path -> bytes), all at once.

    The files go to a temporary folder beside `out_dir`, which is then swapped
    in with two renames; dotfiles of the old folder (such as .gitkeep) are kept.
    A folder holding anything but a previous report is refused, never emptied.
    """
    out_dir = Path(out_dir)
    if not _is_replaceable(out_dir):
        raise InputError(out_dir, "output folder exists and is not a wgcompare report; choose an empty or new folder")
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.new-", dir=out_dir.parent))
    try:
        for relative, data in sorted(files.items()):
            target = inside(staging, relative)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        if out_dir.exists():
            for dotfile in out_dir.iterdir():
                if dotfile.name.startswith(".") and dotfile.is_file():
                    shutil.copy2(dotfile, staging / dotfile.name)
        _swap(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _swap(staging: Path, out_dir: Path) -> None:
    if not out_dir.exists():
        os.replace(staging, out_dir)
        return
    retired = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.old-", dir=out_dir.parent))
    retired.rmdir()
    os.replace(out_dir, retired)
    try:
        os.replace(staging, out_dir)
    except BaseException:
        os.replace(retired, out_dir)
        raise
    shutil.rmtree(retired, ignore_errors=True)
