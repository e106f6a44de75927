"""The plain data model every stage shares.

Readers produce `Block`s; the normaliser turns them into a `Meeting`; the
analysis adds themes, `Change` rows, follow-ups and decisions, gathered in a
`Comparison` that the reports read. Everything is frozen and keyword-only;
`compare.serial` converts it to and from JSON.
"""

from compare.model.change import (
    SIGNIFICANCE_ORDER,
    Change,
    Outcome,
    Significance,
    Status,
    UnitKind,
    WordDiff,
    changes_by_pair,
)
from compare.model.comparison import Citation, Comparison, Participation
from compare.model.decision import Decision, StaleDecision
from compare.model.followup import FollowUp, FollowUpStatus, Request
from compare.model.meeting import (
    Block,
    BlockKind,
    Footnote,
    Meeting,
    Panellist,
    Reference,
    Section,
    Table,
    Unit,
    meeting_from_dict,
    meeting_to_dict,
)
from compare.model.records import updated
from compare.model.theme import Theme

__all__ = [
    "SIGNIFICANCE_ORDER", "Block", "BlockKind", "Change", "Citation", "Comparison", "Decision", "FollowUp",
    "FollowUpStatus", "Footnote", "Meeting", "Outcome", "Panellist", "Participation", "Reference", "Request", "Section",
    "Significance", "StaleDecision", "Status", "Table", "Theme", "Unit", "UnitKind", "WordDiff",
    "changes_by_pair", "meeting_from_dict", "meeting_to_dict", "updated",
]  # fmt: skip
