"""Everything the reports need, computed once by `compare.pipeline`."""

from __future__ import annotations

from dataclasses import dataclass

from compare.model.change import Change
from compare.model.decision import Decision, StaleDecision
from compare.model.followup import FollowUp
from compare.model.meeting import Meeting
from compare.model.theme import Theme


@dataclass(frozen=True, kw_only=True)
class Citation:
    """A meeting's units citing one article, resolution or decision (`refs` empty when it cites none)."""

    meeting_id: str
    kind: str  # "article" | "resolution" | "decision"
    id: str  # "18.18" for article 18, paragraph 18
    refs: tuple[str, ...] = ()  # the ref of each citing unit, once per citation


@dataclass(frozen=True, kw_only=True)
class Participation:
    """Whether a State made a statement at a meeting; `made_statement` None when the report lists none."""

    meeting_id: str
    state: str
    made_statement: bool | None


@dataclass(frozen=True, kw_only=True)
class Comparison:
    """The corpus compared.

    `meetings` are in timeline order and their units carry themes; `timelines` hold each
    body's meeting ids in date order; `changes` are the rows of changes.csv, pair by pair;
    `lineage_of` maps (meeting_id, ref) to the lineage id that follows a unit across
    meetings; `decisions` are the reviewer decisions given, `stale_decisions` those that no
    longer match the corpus.
    """

    meetings: tuple[Meeting, ...]
    timelines: tuple[tuple[str, ...], ...]
    changes: tuple[Change, ...]
    lineage_of: dict[tuple[str, str], str]
    themes: tuple[Theme, ...]
    followups: tuple[FollowUp, ...] = ()
    participation: tuple[Participation, ...] = ()
    citations: tuple[Citation, ...] = ()
    decisions: tuple[Decision, ...] = ()
    stale_decisions: tuple[StaleDecision, ...] = ()

    def meeting(self, meeting_id: str) -> Meeting:
        return next(m for m in self.meetings if m.meeting_id == meeting_id)

    @property
    def pairs(self) -> tuple[tuple[str, str], ...]:
        return tuple(p for ids in self.timelines for p in zip(ids, ids[1:], strict=False))
