"""What makes a reviewer decision well formed, which decisions contradict each other, and their order."""

from __future__ import annotations

import re
from collections.abc import Sequence

from compare.model import Decision

KINDS = ("link", "unlink", "editorial", "theme")
PAIR_FIELDS = ("old_meeting", "old_ref", "new_meeting", "new_ref")
THEME_FIELDS = ("meeting", "ref", "theme")
TEXT_FIELDS = ("who", "why")


def problems(decision: Decision) -> list[str]:
    """What is wrong with a decision on its own (empty when it is well formed)."""
    if decision.kind not in KINDS:
        return [f"unknown kind {decision.kind!r} (expected one of {', '.join(KINDS)})"]
    if decision.kind == "theme":
        missing = [name for name in THEME_FIELDS if not getattr(decision, name)]
        stray = [name for name in PAIR_FIELDS if getattr(decision, name)]
    else:
        missing = _missing_pair_fields(decision)
        stray = [name for name in THEME_FIELDS if getattr(decision, name)]
    found = [f"{decision.kind} decision needs {', '.join(dict.fromkeys(missing))}"] if missing else []
    if stray:
        found.append(f"{decision.kind} decision does not take {', '.join(stray)}")
    return found


def _missing_pair_fields(decision: Decision) -> list[str]:
    sides = [(decision.old_meeting, decision.old_ref), (decision.new_meeting, decision.new_ref)]
    half = [
        f"{side}_{'ref' if meeting else 'meeting'}"
        for side, (meeting, ref) in zip(("old", "new"), sides, strict=True)
        if bool(meeting) != bool(ref)
    ]
    needed = PAIR_FIELDS if decision.kind != "editorial" else ()
    missing = [name for name in needed if not getattr(decision, name)] + half
    if decision.kind == "editorial" and not any(all(side) for side in sides):
        missing.append("old_meeting/old_ref or new_meeting/new_ref")
    return missing


def _claims(decision: Decision) -> tuple[tuple[str, ...], ...]:
    """What a decision holds alone: its key, and for a link each of its units within its pair of meetings."""
    claims = [("key", *decision.key)]
    if decision.kind == "link":
        meetings = (decision.old_meeting, decision.new_meeting)
        claims += [("old", *meetings, decision.old_ref), ("new", *meetings, decision.new_ref)]
    return tuple(claims)


def conflicts(first: Decision, second: Decision) -> bool:
    """True when the two cannot both hold: same key, or two links sharing a unit of one pair of meetings."""
    return not set(_claims(first)).isdisjoint(_claims(second))


def first_contradiction(decisions: Sequence[Decision]) -> tuple[Decision, Decision] | None:
    """(later, earlier) for the first decision that contradicts an earlier one (the earliest such),
    else None; one pass, however many decisions there are."""
    claimed: dict[tuple[str, ...], tuple[int, Decision]] = {}
    for index, later in enumerate(decisions):
        clashes = [claimed[claim] for claim in _claims(later) if claim in claimed]
        if clashes:
            return later, min(clashes, key=lambda clash: clash[0])[1]
        for claim in _claims(later):
            claimed.setdefault(claim, (index, later))
    return None


def ref_key(ref: str) -> tuple[int, str, str]:
    """Natural order of refs: "2" < "3" < "3(a)" < "3(b)" < "10"."""
    match = re.fullmatch(r"(\d+)(?:\s*\(?([a-z]+)\)?)?", ref.strip())
    if match:
        return int(match.group(1)), match.group(2) or "", ""
    return 1 << 30, "", ref


def sort_key(decision: Decision) -> tuple:
    """File and listing order: by meeting, then ref, then kind."""
    if decision.kind == "theme":
        meetings, refs = (decision.meeting, ""), (decision.ref, "")
    else:
        meetings = (decision.old_meeting or decision.new_meeting, decision.new_meeting)
        refs = (decision.old_ref or decision.new_ref, decision.new_ref)
    return (*meetings, ref_key(refs[0]), ref_key(refs[1]), KINDS.index(decision.kind), decision.id)
