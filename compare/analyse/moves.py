"""Which matched units really moved between two consecutive reports.

Paragraph numbers shift from report to report (a paragraph added near the top
renumbers every one after it), so a changed ref says nothing. A matched unit
(unchanged or modified) is `moved` when:

- its chapter changed: the top-level section it sits in has another title
  (or, when a side has no chapter title, another numeral); a chapter that is
  only renumbered ("III. Recommendations" -> "IV. Recommendations") is no move;
- its theme changed; or
- its order among the matched units changed: the matched pairs, taken in the
  new report's order, keep the old order along their longest increasing run
  (the longest increasing subsequence of old positions); a unit off that run
  was taken out and put elsewhere.

Renumbering alone is not a move. New and dropped units never move.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from compare.model import Change, Meeting, Status, Unit, updated

MATCHED = (Status.UNCHANGED, Status.MODIFIED)


def mark_moves(changes: tuple[Change, ...], old: Meeting, new: Meeting) -> tuple[Change, ...]:
    """The pair's rows with `moved` set by the rules above (every other field kept)."""
    old_at = {u.ref: (i, u) for i, u in enumerate(old.units)}
    new_at = {u.ref: (j, u) for j, u in enumerate(new.units)}
    matched = [c for c in changes if c.status in MATCHED and c.from_ref in old_at and c.to_ref in new_at]
    matched.sort(key=lambda c: new_at[c.to_ref][0])
    in_order = {id(matched[k]) for k in increasing_run([old_at[c.from_ref][0] for c in matched])}
    old_chapters, new_chapters = _chapters(old), _chapters(new)

    def moved(change: Change) -> bool:
        if change.status not in MATCHED or change.from_ref not in old_at or change.to_ref not in new_at:
            return False
        old_unit, new_unit = old_at[change.from_ref][1], new_at[change.to_ref][1]
        chapter_changed = _other_chapter(_chapter(old_unit, old_chapters), _chapter(new_unit, new_chapters))
        theme_changed = bool(change.from_theme) and change.from_theme != change.theme
        return chapter_changed or theme_changed or id(change) not in in_order

    return tuple(c if c.moved == moved(c) else updated(c, moved=moved(c)) for c in changes)


def increasing_run(values: Sequence[int]) -> list[int]:
    """Indices of a longest strictly increasing subsequence of `values` (the first found, deterministic)."""
    tails: list[int] = []  # tails[k]: index of the smallest last value of an increasing run of length k + 1
    tail_values: list[int] = []
    before: list[int] = [-1] * len(values)
    for index, value in enumerate(values):
        length = bisect.bisect_left(tail_values, value)
        before[index] = tails[length - 1] if length else -1
        if length == len(tails):
            tails.append(index)
            tail_values.append(value)
        else:
            tails[length], tail_values[length] = index, value
    run, index = [], tails[-1] if tails else -1
    while index != -1:
        run.append(index)
        index = before[index]
    return run[::-1]


def _chapters(meeting: Meeting) -> dict[str, str]:
    """Chapter id -> its title, lower case (empty when the report gives none)."""
    return {s.id: " ".join(s.title.lower().split()) for s in meeting.sections if "." not in s.id and not s.run_in}


def _chapter(unit: Unit, chapters: dict[str, str]) -> tuple[str, str]:
    """(numeral, title) of the unit's chapter; either empty when unknown."""
    chapter = unit.section.split(".")[0]
    return chapter, chapters.get(chapter, "")


def _other_chapter(old: tuple[str, str], new: tuple[str, str]) -> bool:
    """Titles compared when both sides have one, else numerals when both have one; unknown is no move."""
    for position in (1, 0):
        if old[position] and new[position]:
            return old[position] != new[position]
    return False
