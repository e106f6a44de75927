"""Each body's meetings in date order: the timelines every pair and lineage follows."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from compare.model import Meeting


def meeting_order(meeting: Meeting) -> tuple:
    """Date first (the year when no date was read), then the ordinal, then the id."""
    return meeting.start_date or str(meeting.year), meeting.session, meeting.meeting_id


def timelines_of(meetings: Iterable[Meeting]) -> tuple[tuple[str, ...], ...]:
    """Each body's meeting ids in date order; bodies in name order."""
    by_body: dict[str, list[Meeting]] = {}
    for meeting in meetings:
        by_body.setdefault(meeting.body or f"\0{meeting.meeting_id}", []).append(meeting)  # no body: no pair
    return tuple(tuple(m.meeting_id for m in sorted(group, key=meeting_order)) for _, group in sorted(by_body.items()))


def pairs(timelines: Iterable[tuple[str, ...]]) -> tuple[tuple[str, str], ...]:
    """The consecutive pairs of every timeline, timeline by timeline."""
    return tuple(pair for ids in timelines for pair in pairwise(ids))
