"""The outcome of a row as the pages show it: "fulfilled: taken up at the 5th meeting (2013), ¶ 12", linked.

The outcome itself is the analysis's (`Change.outcome`); this only names the
unit it points at and finds the change row that shows it, for a link.
"""

from __future__ import annotations

from compare.model import Change, Outcome
from compare.report.labels import meeting_label
from compare.report.lookups import Lookups
from compare.report.paths import pair_path

PHRASES = {Outcome.FULFILLED: "taken up at", Outcome.REPEATED_REQUEST: "asked before at"}


def outcome_note(lookups: Lookups, change: Change | None) -> dict | None:
    """{"outcome", "text", "href"} for a fulfilled or repeated request (href from the output folder, or
    empty), {"outcome"} alone for a follow-up status, None when the row has no outcome."""
    if change is None or not change.outcome:
        return None
    if change.outcome not in PHRASES or change.outcome_meeting not in lookups.meetings:
        return {"outcome": change.outcome, "text": "", "href": ""}
    meeting = lookups.meetings[change.outcome_meeting]
    unit = lookups.unit(meeting.meeting_id, change.outcome_ref)
    where = f"¶ {change.outcome_ref}" if unit is not None else change.outcome_ref
    text = f"{PHRASES[Outcome(change.outcome)]} the {meeting_label(meeting)}, {where}"
    return {"outcome": change.outcome, "text": text, "href": _href(lookups, change)}


def _href(lookups: Lookups, change: Change) -> str:
    """The pair page row showing the unit the outcome points at: this pair's first, then the pair that
    brought that meeting in; the bare pair page when no row shows it (an annex document, a heading)."""
    target = (change.outcome_meeting, change.outcome_ref)
    pairs = [change.pair, *(pair for pair in lookups.pair_changes if pair[1] == target[0])]
    for pair in pairs:
        for number, row in enumerate(lookups.pair_changes.get(pair, ()), start=1):
            if target in ((row.to_meeting, row.to_ref), (row.from_meeting, row.from_ref)):
                return f"{pair_path(*pair)}#change-{number}"
    shown = next((pair for pair in pairs if target[0] in pair), None)
    return pair_path(*shown) if shown else ""
