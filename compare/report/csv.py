"""CSV files that Excel and LibreOffice open as they are, and never run.

UTF-8 with a byte-order mark, RFC 4180 quoting, CRLF line ends; a text cell
that a spreadsheet would read as a formula gets a leading apostrophe.
"""

from __future__ import annotations

import csv
import io

import pandas as pd

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def guard_cell(value):
    """Text starting like a formula is prefixed with "'"; numbers and booleans stay data."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def csv_bytes(rows: list[dict], columns: list[str]) -> bytes:
    """Rows (dicts) as CSV bytes with exactly `columns`, in that order."""
    frame = pd.DataFrame([[guard_cell(row.get(c, "")) for c in columns] for row in rows], columns=columns, dtype=object)
    buffer = io.StringIO()
    frame.to_csv(buffer, index=False, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


MEETING_COLUMNS = [
    "meeting_id",
    "body",
    "session",
    "year",
    "start_date",
    "end_date",
    "venue",
    "symbol",
    "source",
    "paragraphs",
    "recommendations",
    "units",
    "sample",
    "parent_body",
    "dates",
    "distribution_date",
    "original_language",
    "states",
]
UNIT_COLUMNS = [
    "meeting_id",
    "ref",
    "paragraph",
    "item",
    "section",
    "heading",
    "theme",
    "is_recommendation",
    "text",
    "lineage",
    "is_lead_in",
    "secondary_themes",
    "theme_reason",
    "references",
    "footnotes",
    "sample",
]
CHANGE_COLUMNS = [
    "unit",
    "theme",
    "from_meeting",
    "from_ref",
    "to_meeting",
    "to_ref",
    "status",
    "similarity",
    "inserted",
    "deleted",
    "moved",
    "from_theme",
    "lineage",
    "significance",
    "why",
    "decision",
    "degraded",
    "returned_from",
]
THEME_COLUMNS = ["theme", "label", "meeting_id", "paragraphs", "recommendations", "words"]


def meeting_rows(comparison) -> list[dict]:
    rows = []
    for m in comparison.meetings:
        rows.append(
            {
                "meeting_id": m.meeting_id,
                "body": m.body,
                "session": m.session,
                "year": m.year or "",
                "start_date": m.start_date,
                "end_date": m.end_date,
                "venue": m.venue,
                "symbol": m.symbol,
                "source": m.source,
                "paragraphs": len({u.paragraph for u in m.units}),
                "recommendations": len(m.recommendations),
                "units": len(m.units),
                "sample": m.sample,
                "parent_body": m.parent_body,
                "dates": " ".join(m.dates),
                "distribution_date": m.distribution_date,
                "original_language": m.original_language,
                "states": "; ".join(m.states),
            }
        )
    return rows


def unit_rows(comparison) -> list[dict]:
    rows = []
    for m in comparison.meetings:
        for u in m.units:
            rows.append(
                {
                    "meeting_id": m.meeting_id,
                    "ref": u.ref,
                    "paragraph": u.paragraph,
                    "item": u.item,
                    "section": u.section,
                    "heading": u.heading,
                    "theme": u.theme,
                    "is_recommendation": u.is_recommendation,
                    "text": u.text,
                    "lineage": comparison.lineage_of.get((m.meeting_id, u.ref), ""),
                    "is_lead_in": u.is_lead_in,
                    "secondary_themes": " ".join(u.secondary_themes),
                    "theme_reason": u.theme_reason,
                    "references": "; ".join(f"{r.kind} {r.id}" for r in u.references),
                    "footnotes": " ".join(u.footnotes),
                    "sample": m.sample,
                }
            )
    return rows


def change_rows(comparison) -> list[dict]:
    rows = []
    for c in comparison.changes:
        rows.append(
            {
                "unit": c.unit,
                "theme": c.theme,
                "from_meeting": c.from_meeting,
                "from_ref": c.from_ref,
                "to_meeting": c.to_meeting,
                "to_ref": c.to_ref,
                "status": c.status.value,
                "similarity": c.similarity,
                "inserted": c.inserted,
                "deleted": c.deleted,
                "moved": c.moved,
                "from_theme": c.from_theme,
                "lineage": c.lineage,
                "significance": c.significance,
                "why": c.why,
                "decision": c.decision,
                "degraded": bool(c.diff and c.diff.degraded),
                "returned_from": c.returned_from,
            }
        )
    return rows


def comparison_csvs(comparison, theme_rows: list[dict]) -> dict[str, bytes]:
    """The contract's four CSV files, plus those of comparison.extras ("<name>.csv": (rows, columns))."""
    files = {
        "meetings.csv": csv_bytes(meeting_rows(comparison), MEETING_COLUMNS),
        "paragraphs.csv": csv_bytes(unit_rows(comparison), UNIT_COLUMNS),
        "changes.csv": csv_bytes(change_rows(comparison), CHANGE_COLUMNS),
        "themes.csv": csv_bytes(theme_rows, THEME_COLUMNS),
    }
    for name, (rows, columns) in sorted(comparison.extras.get("csv", {}).items()):
        files[name] = csv_bytes(rows, columns)
    return files
