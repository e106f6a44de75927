"""Outcomes joined to lineages: what became of a request, on the row of changes.csv that shows it.

Each row gets `outcome` (an `Outcome`), and for the two outcomes that point
at another unit, `outcome_meeting`/`outcome_ref`:

- `fulfilled`: a dropped unit whose requests (every one of them) the meeting
  they asked for took up (follow-up `taken-up`): it left the report because
  it was done, not abandoned. Linked to the evidence (the paragraph, heading
  or annex document of the meeting that took it up).
- `repeated-request`: a unit of the new report asks again, of a later meeting,
  what a request of the old report asked of an earlier one ("include an item
  in the agenda of the fifth meeting" -> "... of the sixth meeting"), whether
  or not the first named meeting took it up. The earlier request is the old
  unit of the same row when it asks the same kind of thing, else a request of
  the old report of the same kind and subject (`SAME_SUBJECT`). Linked to it.
- otherwise the follow-up status of the old unit's request (`taken-up`,
  `not-taken-up`, `pending`), empty when the old unit asks nothing.

A "future meetings" request names no meeting and is never repeated. The grade
of the two joined outcomes is the significance scale's (`significance.grade_outcome`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence

from compare.analyse.followups.terms import terms
from compare.model import Change, FollowUp, FollowUpStatus, Outcome, Request, Status

SAME_SUBJECT = 0.5  # Dice overlap of the subjects' content words for two requests to ask the same thing
NAMED = ("ordinal", "next")  # requests that name one meeting


def join_outcomes(changes: Iterable[Change], followups: Iterable[FollowUp]) -> tuple[Change, ...]:
    """Every row with its outcome (module docstring); `followups` are the corpus's."""
    by_unit: dict[tuple[str, str], list[FollowUp]] = {}
    by_meeting: dict[str, list[FollowUp]] = {}
    for followup in followups:
        by_unit.setdefault((followup.request.meeting_id, followup.request.ref), []).append(followup)
        by_meeting.setdefault(followup.request.meeting_id, []).append(followup)
    return tuple(_joined(change, by_unit, by_meeting) for change in changes)


def _joined(change: Change, by_unit: dict, by_meeting: dict) -> Change:
    old = by_unit.get((change.from_meeting, change.from_ref), [])
    new = by_unit.get((change.to_meeting, change.to_ref), [])
    earlier = repeated_from(new, old, by_meeting.get(change.old_meeting, []))
    if earlier is not None:
        return _with(change, Outcome.REPEATED_REQUEST, earlier.request.meeting_id, earlier.request.ref)
    if change.status is Status.DROPPED and old and all(f.status is FollowUpStatus.TAKEN_UP for f in old):
        return _with(change, Outcome.FULFILLED, old[0].evidence_meeting, old[0].evidence_ref)
    return _with(change, Outcome(old[0].status.value) if old else "", "", "")


def _with(change: Change, outcome: str, meeting: str, ref: str) -> Change:
    return dataclasses.replace(change, outcome=outcome, outcome_meeting=meeting, outcome_ref=ref)


def repeated_from(new: Sequence[FollowUp], same_unit: Sequence[FollowUp], old_meeting: Sequence[FollowUp]):
    """The earlier follow-up a new request renews (`same_unit` first, then any of `old_meeting`), or None."""
    for later in new:
        if later.request.relative not in NAMED:
            continue
        for candidates, need_subject in ((same_unit, False), (old_meeting, True)):
            found = next((f for f in candidates if _renews(later, f, need_subject)), None)
            if found is not None:
                return found
    return None


def _renews(later: FollowUp, earlier: FollowUp, need_subject: bool) -> bool:
    if earlier.request.relative not in NAMED or earlier.request.kind != later.request.kind:
        return False
    if not 0 < earlier.target_session < later.target_session:
        return False
    return not need_subject or same_subject(earlier.request, later.request)


def same_subject(one: Request, other: Request) -> bool:
    first, second = terms(one.subject), terms(other.subject)
    return bool(first and second) and 2 * len(first & second) / (len(first) + len(second)) >= SAME_SUBJECT
