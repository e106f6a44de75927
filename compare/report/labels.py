"""Short texts the pages show for meetings and units."""

from __future__ import annotations

from collections.abc import Iterable

from compare.model import Meeting
from compare.util.ordinals import ordinal

EXCERPT_WORDS = 18


def meeting_label(meeting: Meeting) -> str:
    """A short name for a column header: "4th meeting (2012)", else the meeting id."""
    if meeting.session and meeting.year:
        return f"{ordinal(meeting.session)} meeting ({meeting.year})"
    if meeting.session:
        return f"{ordinal(meeting.session)} meeting"
    return meeting.meeting_id


def meeting_names(meetings: Iterable[Meeting]) -> dict[str, str]:
    """Each meeting's label by id (the first meeting of an id wins)."""
    names: dict[str, str] = {}
    for meeting in meetings:
        names.setdefault(meeting.meeting_id, meeting_label(meeting))
    return names


def excerpt(text: str, words: int = EXCERPT_WORDS) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")
