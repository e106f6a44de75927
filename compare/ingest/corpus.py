"""Inputs -> Meetings: raw reports, normalised JSON and folders of them, with a cache.

Raw reports are normalised once and cached by the SHA-256 of their bytes
(and the normaliser's version), so adding one report to a corpus does not
re-read the others. Two inputs that describe the same meeting are kept once
when identical and refused when they differ.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from compare.cache import code_digest
from compare.ingest.normalise import normalise_file
from compare.ingest.readers import REGISTRY
from compare.model import Meeting, meeting_from_dict, meeting_to_dict
from compare.util.errors import InputError
from compare.util.safepaths import check_meeting_id


@dataclass
class Loaded:
    """What a set of inputs gave: meetings by id, rejected inputs, and warnings."""

    meetings: dict[str, Meeting] = field(default_factory=dict)
    origins: dict[str, str] = field(default_factory=dict)  # meeting_id -> input path
    errors: list[InputError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def expand_inputs(paths: list[Path]) -> tuple[list[Path], list[InputError]]:
    """Files named directly, plus the reports and .json files of folders (not recursive).

    In a folder, `X.md` beside `X.json` is the normalised text of the same
    meeting and is skipped.
    """
    files: list[Path] = []
    errors: list[InputError] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found = _folder_inputs(path)
            if not found:
                errors.append(InputError(path, "folder holds no reports (.json, " + ", ".join(sorted(REGISTRY)) + ")"))
            files.extend(found)
        elif path.exists() or path.is_symlink():
            files.append(path)
        else:
            errors.append(InputError(path, "no such file or folder"))
    return files, errors


def _folder_inputs(folder: Path) -> list[Path]:
    names = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    json_stems = {p.stem for p in names if p.suffix == ".json"}
    return [
        p
        for p in names
        if (p.suffix == ".json" and p.name != "decisions.json")
        or (p.suffix.lower() in REGISTRY and p.stem not in json_stems)
    ]


def default_cache_dir() -> Path | None:
    configured = os.environ.get("WGCOMPARE_CACHE")
    if configured == "off":
        return None
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "wgcompare"


def load_meeting(path: Path, cache_dir: Path | None = None) -> Meeting:
    """One input file as a Meeting: JSON is read, anything else normalised (through the cache)."""
    if path.suffix.lower() == ".json":
        return _read_json(path)
    if cache_dir is None:
        return normalise_file(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    key = hashlib.sha256(raw + code_digest().encode()).hexdigest()
    cached = cache_dir / f"{key}.json"
    if cached.is_file():
        try:
            return replace(meeting_from_dict(json.loads(cached.read_text("utf-8"))), source=path.name)
        except (ValueError, TypeError):
            pass
    meeting = normalise_file(path, raw)
    _write_cache(cached, meeting)
    return meeting


def _write_cache(cached: Path, meeting: Meeting) -> None:
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        temporary = cached.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps(meeting_to_dict(meeting), ensure_ascii=False), "utf-8")
        os.replace(temporary, cached)
    except OSError:
        pass  # a cache that cannot be written only costs time


def _read_json(path: Path) -> Meeting:
    try:
        data = json.loads(path.read_text("utf-8-sig"))
        meeting = meeting_from_dict(data)
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    except (ValueError, TypeError, AttributeError, KeyError):
        raise InputError(path, "not a wgcompare meeting JSON (normalise the report first)") from None
    if not meeting.units:
        raise InputError(path, "meeting JSON has no units")
    check_meeting_id(path, meeting.meeting_id)
    return meeting


def _same_meeting(a: Meeting, b: Meeting) -> bool:
    strip = {"source": "", "source_sha256": ""}
    return meeting_to_dict(replace(a, **strip)) == meeting_to_dict(replace(b, **strip))


def load_corpus(paths: list[Path], *, cache_dir: Path | None = None, progress=None) -> Loaded:
    """Every input as a Meeting; bad inputs are collected, never raised, so the rest go on."""
    files, errors = expand_inputs(paths)
    loaded = Loaded(errors=errors)
    for path in sorted(set(files), key=lambda p: (p.name, str(p))):
        try:
            meeting = load_meeting(path, cache_dir)
        except InputError as error:
            loaded.errors.append(error)
            continue
        finally:
            if progress:
                progress(path)
        _add(loaded, meeting, path)
    return loaded


def _add(loaded: Loaded, meeting: Meeting, path: Path) -> None:
    existing = loaded.meetings.get(meeting.meeting_id)
    if existing is None:
        loaded.meetings[meeting.meeting_id] = meeting
        loaded.origins[meeting.meeting_id] = str(path)
    elif _same_meeting(existing, meeting):
        loaded.warnings.append(f"{path}: same meeting as {loaded.origins[meeting.meeting_id]}; kept once")
    else:
        loaded.errors.append(
            InputError(
                path,
                f"differs from {loaded.origins[meeting.meeting_id]}, which is the same meeting "
                f"({meeting.meeting_id}); remove one of them",
            )
        )
