"""What happened to units between two consecutive meetings: statuses, word diffs, rows of changes.csv."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class UnitKind(StrEnum):
    """The two kinds of unit a change row is about."""

    RECOMMENDATION = "recommendation"
    PARAGRAPH = "paragraph"


class Significance(StrEnum):
    """How much a change matters to a reviewer; NONE for unchanged rows."""

    MAJOR = "major"
    MINOR = "minor"
    EDITORIAL = "editorial"
    NONE = ""

    @property
    def rank(self) -> int:
        """0 for the most significant; the one order every page and table uses."""
        return SIGNIFICANCE_ORDER.index(self)


SIGNIFICANCE_ORDER = (Significance.MAJOR, Significance.MINOR, Significance.EDITORIAL, Significance.NONE)


class Status(StrEnum):
    """What happened to a unit between two consecutive meetings."""

    UNCHANGED = "unchanged"
    MODIFIED = "modified"
    NEW = "new"
    DROPPED = "dropped"


class Outcome(StrEnum):
    """What became of a request, joined to its row: the follow-up statuses and the two the rows add."""

    FULFILLED = "fulfilled"  # dropped because the meeting it asked for took it up
    REPEATED_REQUEST = "repeated-request"  # asked again, of a later meeting than before
    TAKEN_UP = "taken-up"
    NOT_TAKEN_UP = "not-taken-up"
    PENDING = "pending"


@dataclass(frozen=True, kw_only=True)
class WordDiff:
    """A word-level diff: ops are (-1 deleted | 0 kept | 1 inserted, text)."""

    ops: tuple[tuple[int, str], ...]
    inserted: int
    deleted: int
    degraded: bool = False  # True when the diff timed out and is coarser than word level


@dataclass(frozen=True, kw_only=True)
class Change:
    """One row of changes.csv: a unit's fate between two consecutive meetings."""

    unit: UnitKind
    theme: str
    old_meeting: str  # the pair compared: set on every row
    new_meeting: str
    from_meeting: str
    from_ref: str
    to_meeting: str
    to_ref: str
    status: Status
    similarity: float
    inserted: int = 0
    deleted: int = 0
    moved: bool = False  # matched, and its chapter, its theme or its order among the matched units changed
    from_theme: str = ""
    diff: WordDiff | None = None
    lineage: str = ""
    significance: Significance = Significance.NONE
    why: str = ""
    decision: str = ""  # the reviewer decision applied to this row, if any
    returned_from: str = ""  # on a new row whose unit continues a lineage dropped earlier: the meeting last seen at
    split_from: str = ""  # on a new row: the old ref whose other part is the matched row (a unit split in two)
    merged_into: str = ""  # on a dropped row: the new ref that took this unit in with another (two merged into one)
    match_reason: str = ""  # which words carried the match, or why the best candidate was refused
    outcome: str = ""  # "fulfilled" | "repeated-request" | the follow-up status of the old unit's request (Outcome)
    outcome_meeting: str = ""  # fulfilled: the meeting that took it up; repeated-request: the earlier request's meeting
    outcome_ref: str = ""  # ... and the paragraph (or annex document) there

    @property
    def pair(self) -> tuple[str, str]:
        """The two meetings compared; `from_meeting`/`to_meeting` are empty on the side a unit is absent."""
        return self.old_meeting, self.new_meeting


def changes_by_pair(changes: Iterable[Change]) -> dict[tuple[str, str], list[Change]]:
    """The rows of each compared pair, in the order given."""
    by_pair: dict[tuple[str, str], list[Change]] = {}
    for change in changes:
        by_pair.setdefault(change.pair, []).append(change)
    return by_pair
