"""The rows of the tables beyond the contract's four: followups.csv, participation.csv, references.csv.

participation.csv columns (PARTICIPATION_COLUMNS):
  meeting_id, body, session, year -- the meeting;
  state -- the State's name as the report writes it, "the" before a capital dropped;
  made_statement -- "true"/"false"; empty when the meeting's report lists no
  States at all (nothing is known, so nothing is claimed).

references.csv columns (REFERENCE_COLUMNS):
  meeting_id, body, session, year -- the meeting;
  kind -- "article", "resolution" or "decision";
  id -- "18.18" (article 18, paragraph 18), "16", "5/7";
  label -- "article 18, paragraph 18", "resolution 5/7";
  article -- the article number for articles ("18"), else empty;
  count -- how many times the meeting's units cite it (0 when none does);
  refs -- the refs of those units, space-separated, in report order.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from compare.model import Comparison, FollowUp, Meeting, Theme
from compare.report import pivot
from compare.util.labels import reference_label

FOLLOWUP_COLUMNS = (
    "meeting_id", "ref", "request", "subject", "target_session", "status",
    "evidence_meeting", "evidence_ref", "evidence_section",
    "kind", "target", "target_meeting", "body", "theme", "evidence_kind", "evidence_text", "score",
)  # fmt: skip


def followup_rows(followups: Iterable[FollowUp]) -> list[dict]:
    """Rows of followups.csv, columns in FOLLOWUP_COLUMNS order.

    `request` is the sentence that asks; `subject` what it is about; `target_session`
    the session it points at (empty when unknown); `status` taken-up | not-taken-up |
    pending; `evidence_*` where the target meeting shows it took the request up
    (`evidence_ref` a paragraph ref, or the document symbol for an annex document;
    `evidence_kind` section | run-in heading | annex | paragraph); `kind` what is
    asked for; `target` the words naming the meeting; `target_meeting` the id of the
    meeting searched; `body` and `theme` those of the asking unit; `score` how well
    the evidence covers the subject (0-1).
    """
    return [
        {
            "meeting_id": f.request.meeting_id,
            "ref": f.request.ref,
            "request": f.request.text,
            "subject": f.request.subject,
            "target_session": f.target_session or "",
            "status": f.status.value,
            "evidence_meeting": f.evidence_meeting,
            "evidence_ref": f.evidence_ref,
            "evidence_section": f.evidence_section,
            "kind": f.request.kind,
            "target": f.request.target,
            "target_meeting": f.target_meeting,
            "body": f.request.body,
            "theme": f.request.theme,
            "evidence_kind": f.evidence_kind,
            "evidence_text": f.evidence_text,
            "score": f"{f.score:.3f}" if f.evidence_kind else "",
        }
        for f in followups
    ]


PARTICIPATION_COLUMNS = ("meeting_id", "body", "session", "year", "state", "made_statement")
REFERENCE_COLUMNS = (
    "meeting_id", "body", "session", "year", "kind", "id", "label", "article", "count", "refs",
)  # fmt: skip


def _meeting_cells(meeting: Meeting) -> dict:
    return {"meeting_id": meeting.meeting_id, "body": meeting.body, "session": meeting.session, "year": meeting.year}


def participation_rows(comparison: Comparison) -> list[dict]:
    """Rows of participation.csv, in the order of `comparison.participation`."""
    meetings = {m.meeting_id: m for m in comparison.meetings}
    made = {True: "true", False: "false", None: ""}
    return [
        {**_meeting_cells(meetings[p.meeting_id]), "state": p.state, "made_statement": made[p.made_statement]}
        for p in comparison.participation
    ]


def reference_rows(comparison: Comparison) -> list[dict]:
    """Rows of references.csv, in the order of `comparison.citations`."""
    meetings = {m.meeting_id: m for m in comparison.meetings}
    return [
        {
            **_meeting_cells(meetings[c.meeting_id]),
            "kind": c.kind,
            "id": c.id,
            "label": reference_label(c.kind, c.id),
            "article": c.id.split(".", 1)[0] if c.kind == "article" else "",
            "count": len(c.refs),
            "refs": " ".join(dict.fromkeys(c.refs)),
        }
        for c in comparison.citations
    ]


def extra_tables(comparison: Comparison) -> dict[str, tuple[list[dict], tuple[str, ...]]]:
    """ "<name>.csv" -> (rows, columns) for every table beyond the contract's four."""
    return {
        "followups.csv": (followup_rows(comparison.followups), FOLLOWUP_COLUMNS),
        "participation.csv": (participation_rows(comparison), PARTICIPATION_COLUMNS),
        "references.csv": (reference_rows(comparison), REFERENCE_COLUMNS),
        "meeting_states.csv": (pivot.state_rows(comparison), pivot.STATE_COLUMNS),
        "meeting_dates.csv": (pivot.date_rows(comparison), pivot.DATE_COLUMNS),
        "unit_references.csv": (pivot.unit_reference_rows(comparison), pivot.UNIT_REFERENCE_COLUMNS),
    }


def theme_rows(meetings: Iterable[Meeting], taxonomy: Sequence[Theme]) -> list[dict]:
    """Rows of themes.csv: every theme x every meeting, in taxonomy then meeting order, zeros included."""
    meetings = list(meetings)
    tallies = {m.meeting_id: _tally(m) for m in meetings}
    rows = []
    for theme in taxonomy:
        for meeting in meetings:
            paragraphs, recommendations, words = tallies[meeting.meeting_id].get(theme.id, (0, 0, 0))
            rows.append(
                {
                    "theme": theme.id,
                    "label": theme.label,
                    "meeting_id": meeting.meeting_id,
                    "paragraphs": paragraphs,
                    "recommendations": recommendations,
                    "words": words,
                }
            )
    return rows


def _tally(meeting: Meeting) -> dict[str, tuple[int, int, int]]:
    counts: dict[str, tuple[int, int, int]] = {}
    for unit in meeting.units:
        paragraphs, recommendations, words = counts.get(unit.theme, (0, 0, 0))
        counts[unit.theme] = (paragraphs + 1, recommendations + unit.is_recommendation, words + len(unit.text.split()))
    return counts
