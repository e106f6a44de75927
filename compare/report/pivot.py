"""What makes the tables pivot-ready: the cells that name a change's pair, body and years, and the
long tables that replace list cells (meeting_states.csv, meeting_dates.csv).

changes.csv, after the columns of the contract and `returned_from`:
  pair -- "<old meeting id>--<new meeting id>", one id per compared pair (the name of its page);
  old_meeting, new_meeting -- the pair's two meetings, filled on every row;
  body -- the body both meetings belong to;
  from_year, to_year -- the years of the old and the new meeting;
  outcome -- the analysis's outcome of the row (`Change.outcome`, compare.analyse.outcomes):
    fulfilled (dropped because the meeting it asked for took it up) | repeated-request (asks again,
    of a later meeting, what the old report asked) | else the follow-up status of the old unit's
    request (taken-up | not-taken-up | pending); empty when the unit asks nothing;
  outcome_meeting, outcome_ref -- for fulfilled, where it was taken up; for repeated-request, the
    earlier request (empty otherwise);
  from_text, to_text -- the unit's text in the old and the new meeting (empty on the absent side).

meeting_states.csv: meeting_id, position (1, 2 ... in report order), state.
meeting_dates.csv: meeting_id, position, date (ISO YYYY-MM-DD, every day the meeting sat).
unit_references.csv: meeting_id, ref, position, kind, id, text (each citation of each unit; the
  long form of the `references` cell of paragraphs.csv).
"""

from __future__ import annotations

from dataclasses import dataclass

from compare.model import Change, Comparison

STATE_COLUMNS = ("meeting_id", "position", "state")
DATE_COLUMNS = ("meeting_id", "position", "date")
UNIT_REFERENCE_COLUMNS = ("meeting_id", "ref", "position", "kind", "id", "text")


@dataclass(frozen=True)
class ChangeContext:
    """Lookups that turn a Change into its pivot cells."""

    years: dict[str, int]
    bodies: dict[str, str]
    texts: dict[tuple[str, str], str]

    @classmethod
    def of(cls, comparison: Comparison) -> ChangeContext:
        return cls(
            years={m.meeting_id: m.year for m in comparison.meetings},
            bodies={m.meeting_id: m.body for m in comparison.meetings},
            texts={(m.meeting_id, u.ref): u.text for m in comparison.meetings for u in m.units},
        )

    def cells(self, change: Change) -> dict:
        old, new = change.pair
        return {
            "pair": f"{old}--{new}",
            "old_meeting": old,
            "new_meeting": new,
            "body": self.bodies.get(new) or self.bodies.get(old, ""),
            "from_year": self.years.get(old) or "",
            "to_year": self.years.get(new) or "",
            "outcome": change.outcome,
            "outcome_meeting": change.outcome_meeting,
            "outcome_ref": change.outcome_ref,
            "from_text": self.texts.get((change.from_meeting, change.from_ref), ""),
            "to_text": self.texts.get((change.to_meeting, change.to_ref), ""),
        }


def state_rows(comparison: Comparison) -> list[dict]:
    """Rows of meeting_states.csv: one per State a meeting's report lists as making a statement."""
    return [
        {"meeting_id": m.meeting_id, "position": i, "state": state}
        for m in comparison.meetings
        for i, state in enumerate(m.states, start=1)
    ]


def date_rows(comparison: Comparison) -> list[dict]:
    """Rows of meeting_dates.csv: one per day a meeting sat."""
    return [
        {"meeting_id": m.meeting_id, "position": i, "date": date}
        for m in comparison.meetings
        for i, date in enumerate(m.dates, start=1)
    ]


def unit_reference_rows(comparison: Comparison) -> list[dict]:
    """Rows of unit_references.csv: one per citation in a unit, in report order."""
    return [
        {"meeting_id": m.meeting_id, "ref": u.ref, "position": i, "kind": r.kind, "id": r.id, "text": r.text}
        for m in comparison.meetings
        for u in m.units
        for i, r in enumerate(u.references, start=1)
    ]
