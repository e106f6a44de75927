"""Reviewer decisions changed one at a time: under a lock, checked against the corpus, never silently replaced.

Both `wgcompare decide` and the service write through here, so two reviewers
deciding at the same moment (two requests, or a request and a command) both
keep their decision: each change holds an exclusive `fcntl.flock` on a lock
file beside the decisions file while it reads, changes and replaces it.
"""

from __future__ import annotations

import contextlib
import difflib
import fcntl
import os
import shutil
from collections.abc import Iterator, Mapping
from pathlib import Path

from compare.ingest.decisions_file import Added, DecisionError, add_decision, remove_decision
from compare.model import Decision
from compare.util.errors import InputError

FILE_NAME = "decisions.yaml"
REPLACE_HINT = "to replace it, say so: --replace, or tick 'replace' on the page"


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold the lock of the decisions file `path` (`.decisions.yaml.lock` beside it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.parent / f".{path.name}.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _named_units(decision: Decision) -> list[tuple[str, str]]:
    if decision.kind == "theme":
        return [(decision.meeting, decision.ref)]
    return [side for side in (decision.old, decision.new) if side[0]]


def check_units(decision: Decision, refs: Mapping[str, tuple[str, ...]]) -> None:
    """Refuse a decision naming a meeting or unit the corpus does not have, naming the nearest valid ones."""
    for meeting_id, ref in _named_units(decision):
        if meeting_id not in refs:
            near = difflib.get_close_matches(meeting_id, list(refs), n=3, cutoff=0.0)
            raise InputError(meeting_id, f"no such meeting in the corpus (nearest: {', '.join(near)})")
        if ref not in refs[meeting_id]:
            near = difflib.get_close_matches(ref, list(refs[meeting_id]), n=3, cutoff=0.0)
            raise InputError(ref, f"{meeting_id} has no unit {ref} (nearest: {', '.join(near)})")


def record(path: Path, decision: Decision, refs: Mapping[str, tuple[str, ...]], replace: bool = False) -> Added:
    """Add `decision` to the file at `path`; one that contradicts another is refused unless `replace`."""
    check_units(decision, refs)
    pending = path.parent / f".{path.name}.pending"
    with locked(path):
        try:
            if path.exists():
                shutil.copyfile(path, pending)
            added = add_decision(pending, decision)
            if added.replaced and not replace:
                said = "; ".join(d.describe() for d in added.replaced)
                raise DecisionError(path, f"contradicts {said} ({REPLACE_HINT})")
            if added.status != "unchanged":
                os.replace(pending, path)
            return added
        finally:
            pending.unlink(missing_ok=True)


def undo(path: Path, decision_id: str) -> Decision:
    """Remove the decision `decision_id` from the file at `path` and return it."""
    with locked(path):
        return remove_decision(path, decision_id)
