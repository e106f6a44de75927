"""CSV files that Excel and LibreOffice open as they are, and never run.

UTF-8 with a byte-order mark, RFC 4180 quoting, CRLF line ends; a text cell
that a spreadsheet would read as a formula gets a leading apostrophe.
"""

from __future__ import annotations

import math
import operator
import re
import unicodedata

from compare.model import Change, Comparison, Meeting
from compare.report import pivot, rows

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def guard_cell(value):
    """Text a spreadsheet could read as a formula is prefixed with "'"; numbers and booleans stay data.

    A formula character counts also after leading whitespace and invisible
    characters (space, newline, no-break or zero-width space, BOM ...) and in
    its fullwidth or compatibility forms ("＝", "﹢").
    """
    if value.__class__ is str and value[:1].isascii() and value[:1].isalnum():
        return value  # most texts: an ASCII letter or digit first cannot start a formula
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and (value.startswith(FORMULA_START) or _hidden_formula(value)):
        return "'" + value
    return value


def _hidden_formula(text: str) -> bool:
    for char in text:
        if char.isspace() or unicodedata.category(char) in ("Cc", "Cf", "Zs", "Zl", "Zp"):
            continue
        return unicodedata.normalize("NFKC", char)[:1] in FORMULA_START
    return False


def csv_bytes(rows: list[dict], columns: list[str]) -> bytes:
    """Rows (dicts) as CSV bytes with exactly `columns`, in that order: a byte-order mark, the header, then
    the rows' lines, the bytes the standard library's writer gives (RFC 4180 quoting where needed), column
    by column (a column's cells are checked at once; most need neither a guard nor quotes)."""
    width = len(columns)
    cells = [_quoted(_guarded([row.get(column) for row in rows]), width) for column in columns]  # missing: None
    lines = map(",".join, zip(*cells, strict=True)) if columns else [""] * len(rows)
    return "\r\n".join(["\ufeff" + ",".join(_quoted(list(columns), width)), *lines, ""]).encode("utf-8")


_QUOTE = re.compile('[,"\r\n]')  # what makes the writer quote a field (csv.QUOTE_MINIMAL, "\r\n" line ends)
_FORMULA = operator.methodcaller("startswith", FORMULA_START)


def _guarded(values: list) -> list[str]:
    """One column's values as the writer writes them once guarded (`_field`): as they are when all are texts
    that cannot start a formula, as most columns are."""
    if set(map(type, values)) == {str} and not any(map(_FORMULA, values)):
        return values
    return [_field(value) for value in values]


def _quoted(values: list[str], width: int) -> list[str]:
    """One column's fields, quoted where the writer quotes them."""
    if any(map(_QUOTE.search, values)):
        values = ['"' + value.replace('"', '""') + '"' if _QUOTE.search(value) else value for value in values]
    if width == 1 and "" in values:  # the writer quotes a row's only field when it is empty
        values = [value or '""' for value in values]
    return values


def _field(value) -> str:
    """A value as the writer writes it once guarded (`guard_cell`): None and NaN as nothing, a text as its
    characters, a float by its repr, anything else by `str`."""
    if value.__class__ is str:
        return "'" + value if value.startswith(FORMULA_START) else value
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    value = guard_cell(value)
    return str.__str__(value) if isinstance(value, str) else repr(value) if isinstance(value, float) else str(value)


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
    "distribution_date",
    "original_language",
    "warnings",
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
    "pair",
    "old_meeting",
    "new_meeting",
    "body",
    "from_year",
    "to_year",
    "outcome",
    "from_text",
    "to_text",
    "split_from",
    "merged_into",
    "match_reason",
    "outcome_meeting",
    "outcome_ref",
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
                "distribution_date": m.distribution_date,
                "original_language": m.original_language,
                "warnings": " | ".join(m.warnings),
            }
        )
    return rows


def unit_rows(comparison) -> list[dict]:
    return [row for m in comparison.meetings for row in meeting_unit_rows(m, comparison.lineage_of)]


def meeting_unit_rows(m: Meeting, lineage_of: dict[tuple[str, str], str]) -> list[dict]:
    return [
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
            "lineage": lineage_of.get((m.meeting_id, u.ref), ""),
            "is_lead_in": u.is_lead_in,
            "secondary_themes": " ".join(u.secondary_themes),
            "theme_reason": u.theme_reason,
            "references": "; ".join(f"{r.kind} {r.id}" for r in u.references),
            "footnotes": " ".join(u.footnotes),
            "sample": m.sample,
        }
        for u in m.units
    ]


def change_rows(comparison: Comparison) -> list[dict]:
    """Rows of changes.csv; the columns after `returned_from` name the pair, its body and years, and
    give both texts, so a pivot needs no join (`from_meeting`/`to_meeting` stay empty on the absent
    side, as the contract says; `old_meeting`/`new_meeting` are filled on every row)."""
    context = pivot.ChangeContext.of(comparison)
    return [{**change_row(c), **context.cells(c)} for c in comparison.changes]


def change_row(c: Change) -> dict:
    return {
        "unit": str(c.unit),
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
        "significance": str(c.significance),
        "why": c.why,
        "decision": c.decision,
        "degraded": bool(c.diff and c.diff.degraded),
        "returned_from": c.returned_from,
        "split_from": c.split_from,
        "merged_into": c.merged_into,
        "match_reason": c.match_reason,
    }


def comparison_tables(comparison: Comparison) -> dict[str, tuple[list[dict], list[str]]]:
    """Every table, "<name>.csv" -> (rows, columns): the contract's four first, then the others by name."""
    tables = {
        "meetings.csv": (meeting_rows(comparison), MEETING_COLUMNS),
        "paragraphs.csv": (unit_rows(comparison), UNIT_COLUMNS),
        "changes.csv": (change_rows(comparison), CHANGE_COLUMNS),
        "themes.csv": (rows.theme_rows(comparison.meetings, comparison.themes), THEME_COLUMNS),
    }
    for name, (table, columns) in sorted(rows.extra_tables(comparison).items()):
        tables[name] = (table, list(columns))
    return tables


def comparison_csvs(comparison: Comparison) -> dict[str, bytes]:
    """The CSV file of every table of `comparison_tables`."""
    return {name: csv_bytes(table, columns) for name, (table, columns) in comparison_tables(comparison).items()}
