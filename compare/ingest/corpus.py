"""Inputs -> Meetings: which files a set of inputs names, normalised JSON read back, duplicates settled.

Raw reports are normalised by `compare.ingest.normalise`; `compare.pipeline`
calls both (through its memo, so adding one report does not re-read the others).
Two inputs that describe the same meeting are kept once when identical and
refused when they differ.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path

from compare.ingest.readers import REGISTRY
from compare.model import Meeting, meeting_from_dict, meeting_to_dict
from compare.util.errors import InputError
from compare.util.safepaths import check_meeting_id


@dataclass
class Loaded:
    """What a set of inputs gave: meetings by id, rejected inputs, and warnings."""

    meetings: dict[str, Meeting] = field(default_factory=dict)
    origins: dict[str, str] = field(default_factory=dict)  # meeting_id -> input path
    themes: dict[str, tuple] = field(default_factory=dict)  # meeting_id -> its units' themes, when worked out
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
            found, refused = _folder_inputs(path)
            errors.extend(refused)
            if not found:
                errors.append(InputError(path, "folder holds no reports (.json, " + ", ".join(sorted(REGISTRY)) + ")"))
            files.extend(found)
        elif path.exists() or path.is_symlink():
            files.append(path)
        else:
            errors.append(InputError(path, "no such file or folder"))
    return files, errors


def _folder_inputs(folder: Path) -> tuple[list[Path], list[InputError]]:
    """The inputs of a folder, and its symbolic links that lead outside it (refused, never followed)."""
    names = sorted(p for p in folder.iterdir() if (p.is_file() or p.is_symlink()) and not p.name.startswith("."))
    json_stems = {p.stem for p in names if p.suffix == ".json"}
    wanted = [
        p
        for p in names
        if (p.suffix == ".json" and p.name != "decisions.json")
        or (p.suffix.lower() in REGISTRY and p.stem not in json_stems)
    ]
    inside = [p for p in wanted if not p.is_symlink() or folder.resolve() in p.resolve().parents and p.is_file()]
    outside = "symbolic link leading outside its folder; not followed"
    refused = [InputError(p, outside) for p in wanted if p not in inside]
    return inside, refused


def reading_order(files: list[Path]) -> list[Path]:
    """Each file once, by name then path: the order does not depend on how the inputs were listed."""
    return sorted(set(files), key=lambda p: (p.name, str(p)))


def is_json(path: Path) -> bool:
    return path.suffix.lower() == ".json"


def read_json(path: Path) -> Meeting:
    """A normalised meeting written by `wgcompare normalise`."""
    try:
        text = path.read_text("utf-8-sig")
        data = json.loads(text)
        json.dumps(data, ensure_ascii=False).encode("utf-8")  # a lone surrogate escape ("\udc80") is not text
        meeting = meeting_from_dict(data)
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or 'input/output error'}") from None
    except UnicodeEncodeError:
        raise InputError(path, "holds an escaped lone surrogate (\\udXXX), which is not text") from None
    except (ValueError, TypeError, AttributeError, KeyError, RecursionError):
        raise InputError(path, "not a wgcompare meeting JSON (normalise the report first)") from None
    if not meeting.units:
        raise InputError(path, "meeting JSON has no units")
    check_meeting_id(path, meeting.meeting_id)
    return meeting


UNREAD = {"theme": "", "secondary_themes": (), "theme_reason": ""}  # assigned by the analysis, not read


def _same_meeting(a: Meeting, b: Meeting) -> bool:
    """The same report as read: a raw report and its own normalised JSON (themes assigned or not) agree."""
    return _as_read(a) == _as_read(b)


def _as_read(meeting: Meeting) -> dict:
    units = tuple(replace(unit, **UNREAD) for unit in meeting.units)
    strip = {"source": "", "source_sha256": "", "warnings": (), "front_matter": (), "units": units}
    return meeting_to_dict(replace(meeting, **strip))


def add(loaded: Loaded, meeting: Meeting, path: Path) -> None:
    """Add `meeting`, read from `path`; a second copy of a meeting is kept once, a differing one refused."""
    existing = loaded.meetings.get(meeting.meeting_id)
    if existing is None:
        loaded.meetings[meeting.meeting_id] = meeting
        loaded.origins[meeting.meeting_id] = str(path)
        loaded.warnings.extend(meeting.warnings)
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
