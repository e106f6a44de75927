"""Follow-through: requests a meeting makes of a later meeting, and what the later meeting shows."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class FollowUpStatus(StrEnum):
    TAKEN_UP = "taken-up"
    NOT_TAKEN_UP = "not-taken-up"
    PENDING = "pending"


@dataclass(frozen=True, kw_only=True)
class Request:
    """A sentence of a unit asking something of a later meeting of the same body."""

    meeting_id: str
    body: str
    ref: str
    kind: str  # "agenda-item" | "background-paper" | "discussion" | "report" | "other"
    subject: str
    target: str  # the words naming the meeting: "fifth meeting", "next meeting"
    target_ordinal: int = 0  # the ordinal named, 0 for "next" or "future"
    relative: str = "ordinal"  # "ordinal" | "next" | "future"
    text: str = ""  # the sentence that asks
    theme: str = ""  # the asking unit's theme
    section: str = ""


@dataclass(frozen=True, kw_only=True)
class FollowUp:
    """A request and what its target meeting shows of it."""

    request: Request
    status: FollowUpStatus
    target_session: int = 0
    target_meeting: str = ""
    evidence_meeting: str = ""
    evidence_ref: str = ""
    evidence_section: str = ""
    evidence_kind: str = ""  # one of EVIDENCE_ORDER
    evidence_text: str = ""
    score: float = 0.0
