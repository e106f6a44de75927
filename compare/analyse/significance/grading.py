"""Grading: each row of changes.csv given its significance and the reasons, and the order of rows by it."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from compare.analyse.significance import rules, wording
from compare.analyse.significance.reading import Reading, read
from compare.analyse.significance.vocabulary import PROCEDURAL_HEADING
from compare.model import Change, Meeting, Outcome, Significance, Status, Unit, UnitKind, updated

# (recommendation, asking paragraph, procedural paragraph, other paragraph) reasons for new and dropped units
ONE_SIDE_REASONS = {
    Status.NEW: (
        "new recommendation",
        "new paragraph that asks for action or names a later meeting or deadline",
        "new procedural paragraph",
        "new paragraph",
    ),
    Status.DROPPED: (
        "recommendation dropped",
        "paragraph dropped that asked for action or named a later meeting or deadline",
        "procedural paragraph dropped",
        "paragraph dropped",
    ),
}


NO_UNIT = Unit(ref="", paragraph=0)  # the side a new or dropped unit is absent from


class _Side(NamedTuple):
    """One side of a row: its unit, its meeting's session, whether the unit is procedural."""

    session: int
    unit: Unit
    procedural: bool


def _classify_one_side(change: Change, reading: Reading, procedural: bool) -> tuple[Significance, str]:
    recommendation, asking, procedure, other = ONE_SIDE_REASONS[Status(change.status)]
    if change.unit == UnitKind.RECOMMENDATION:
        return Significance.MAJOR, recommendation + wording.summary(reading)
    ahead = [key for key, _ in reading.targets if not key.endswith("earlier")]
    if (reading.asks_now and reading.actors) or ahead:
        return Significance.MAJOR, asking + wording.summary(reading)
    if procedural:
        return Significance.EDITORIAL, procedure
    return Significance.MINOR, other + wording.summary(reading)


def _classify_modified(change: Change, old: Unit, new: Unit, sessions: tuple[int, int]) -> tuple[Significance, str]:
    old_reading, new_reading = read(old, sessions[0]), read(new, sessions[1])
    asking = change.unit == UnitKind.RECOMMENDATION or wording.asks(old_reading) or wording.asks(new_reading)
    found = rules.signals(old_reading, new_reading, asking)
    if not found:
        found.append(wording.wording_signal(old.text, new.text, change.diff))
    found.sort(key=lambda signal: signal.level.rank)
    return found[0].level, "; ".join(signal.reason for signal in found)


def classify(
    change: Change,
    old: Unit | None,
    new: Unit | None,
    *,
    old_session: int = 0,
    new_session: int = 0,
    procedural: bool = False,
) -> tuple[Significance, str]:
    """(significance, why) for one row of changes.csv; (Significance.NONE, "") for an unchanged unit.

    `old`/`new` are the row's two units (None on the side it is absent from); the references
    read are theirs, and a small edit is shown from the row's own word diff (`change.diff`).
    `old_session`/`new_session` are the two meetings' ordinals (0 when unknown), used to tell
    a target meeting from the meeting's own number. `procedural` says the unit is about the
    running of the meeting.
    """
    status = Status(change.status)
    if status is Status.UNCHANGED:
        return Significance.NONE, ""
    if status is Status.NEW:
        return _classify_one_side(change, read(new or NO_UNIT, new_session), procedural)
    if status is Status.DROPPED:
        return _classify_one_side(change, read(old or NO_UNIT, old_session), procedural)
    return _classify_modified(change, old or NO_UNIT, new or NO_UNIT, (old_session, new_session))


def rank_key(change: Change) -> tuple[int, int]:
    """Sort key: major first, then minor, editorial, unchanged (`Significance.rank`); recommendations
    before paragraphs. `sorted` is stable, so rows that tie keep their document order."""
    return Significance(change.significance).rank, 0 if change.unit == UnitKind.RECOMMENDATION else 1


Grades = tuple[tuple[Significance, str], ...]  # each row's significance and why, in the rows' order
UNCHANGED = (Significance.NONE, "")  # the grade of every unchanged row (`classify`)


def apply_significance(
    changes: Iterable[Change], meetings: Iterable[Meeting], procedural_themes: Iterable[str] = ()
) -> tuple[Change, ...]:
    """Every change with `significance` and `why` filled in from the two units' texts.

    `meetings` holds every meeting the changes name; `procedural_themes` are the ids of the
    taxonomy's procedural themes (the taxonomy's `procedural` flag).
    """
    changes = tuple(changes)
    return with_grades(changes, grade_rows(changes, meetings, procedural_themes))


def grade_rows(changes: Iterable[Change], meetings: Iterable[Meeting], procedural_themes: Iterable[str] = ()) -> Grades:
    """What `apply_significance` sets on each change: its significance and why (two values a row, as a
    memo keeps them, not the rows)."""
    procedural_themes = frozenset(procedural_themes)
    units = {key: side for m in meetings for key, side in _sides(m, procedural_themes)}
    return tuple(UNCHANGED if c.status == Status.UNCHANGED else _grade(c, units, procedural_themes) for c in changes)


def with_grades(changes: tuple[Change, ...], grades: Grades) -> tuple[Change, ...]:
    """The changes with the significance and why of `grades`."""
    return tuple(_with_grade(c, level, why) for c, (level, why) in zip(changes, grades, strict=True))


def _with_grade(change: Change, level: Significance, why: str) -> Change:
    if change.significance is level and change.why == why:
        return change
    return updated(change, significance=level, why=why)


def _sides(meeting: Meeting, procedural_themes: frozenset[str]) -> Iterator[tuple[tuple[str, str], _Side]]:
    """Each unit of `meeting` by (meeting id, ref), with its meeting's session and whether it is procedural:
    a procedural theme, or a procedural heading (its own, or the title of its section or chapter)."""
    titles: dict[str, list[str]] = {}
    for section in meeting.sections:
        if not section.run_in:
            titles.setdefault(section.id, []).append(section.title)
    for unit in meeting.units:
        chapter = unit.section.split(".")[0]
        headings = [*titles.get(chapter, ()), *titles.get(unit.section, ()), unit.heading]
        procedural = unit.theme in procedural_themes or any(map(_procedural_heading, headings))
        yield (meeting.meeting_id, unit.ref), _Side(meeting.session, unit, procedural)


@functools.lru_cache(maxsize=4096)
def _procedural_heading(title: str) -> bool:
    return bool(PROCEDURAL_HEADING.search(title))


def _grade(
    change: Change, units: dict[tuple[str, str], _Side], procedural_themes: frozenset[str]
) -> tuple[Significance, str]:
    """`change`'s significance and why, its units (and their meetings' sessions) looked up in `units`."""
    old = units.get((change.from_meeting, change.from_ref))
    new = units.get((change.to_meeting, change.to_ref))
    procedural = change.theme in procedural_themes or any(side.procedural for side in (old, new) if side)
    return classify(
        change,
        old.unit if old else None,
        new.unit if new else None,
        old_session=old.session if old else 0,
        new_session=new.session if new else 0,
        procedural=procedural,
    )


# the grade of a row whose outcome the follow-ups settle (compare.analyse.outcomes), whatever its text says
OUTCOME_GRADES = {
    Outcome.REPEATED_REQUEST: (Significance.MAJOR, "repeated request: asks again what {meeting}, {ref} asked"),
    Outcome.FULFILLED: (Significance.MINOR, "fulfilled: taken up at {meeting}, {ref}"),
}


def grade_outcome(change: Change) -> Change:
    """`change` graded by its outcome when that settles it: a repeated request is major (even when
    its text is unchanged), a dropped request that was fulfilled minor; the reason goes first."""
    if change.outcome not in OUTCOME_GRADES:
        return change
    level, reason = OUTCOME_GRADES[Outcome(change.outcome)]
    reason = reason.format(meeting=change.outcome_meeting, ref=change.outcome_ref)
    why = "; ".join(part for part in (reason, change.why) if part)
    return dataclasses.replace(change, significance=level, why=why)
