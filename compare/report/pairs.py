"""What changed between two consecutive meetings, as the pair pages and the index show it."""

from __future__ import annotations

from compare.model import SIGNIFICANCE_ORDER, Change, Significance, Status
from compare.report.lookups import Lookups, is_recommendation
from compare.report.outcomes import outcome_note
from compare.report.paths import pair_path

STATUSES = tuple(status.value for status in Status)
SIGNIFICANCES = tuple(level.value for level in SIGNIFICANCE_ORDER if level)


def change_row(lookups: Lookups, change: Change, number: int) -> dict:
    old_id, new_id = change.pair
    old_unit = lookups.unit(old_id, change.from_ref)
    new_unit = lookups.unit(new_id, change.to_ref)
    return {
        "id": f"change-{number}",
        "position": number,  # the row's place in the new report's order (the third diff view)
        "change": change,
        "status": change.status.value,
        "theme": change.theme,
        "old": old_unit,
        "new": new_unit,
        "ops": change.diff.ops if change.diff else None,
        "degraded": bool(change.diff and change.diff.degraded),
        "recommendation": is_recommendation(change, old_unit, new_unit),
        "from_theme_label": lookups.theme_labels.get(change.from_theme, change.from_theme),
        "theme_label": lookups.theme_labels.get(change.theme, change.theme),
        "outcome": outcome_note(lookups, change),
    }


def change_rows(lookups: Lookups, old_id: str, new_id: str) -> list[dict]:
    """The pair's rows in the analysis's order, numbered from 1 (the number is each row's anchor)."""
    changes = lookups.pair_changes.get((old_id, new_id), [])
    return [change_row(lookups, c, i) for i, c in enumerate(changes, start=1)]


def theme_groups(lookups: Lookups, rows: list[dict]) -> list[dict]:
    """Rows grouped by theme (taxonomy order), by significance within a theme."""
    groups = []
    for theme in lookups.themes:
        members = [r for r in rows if r["theme"] == theme.id]
        members.sort(key=lambda r: Significance(r["change"].significance).rank)
        if members:
            groups.append({"theme": theme, "rows": members})
    return groups


def key_changes(groups: list[dict]) -> list[dict]:
    """Every major change of the pair, in page order (theme by theme)."""
    return [row for group in groups for row in group["rows"] if row["change"].significance == Significance.MAJOR]


def neighbours(lookups: Lookups, old_id: str, new_id: str) -> tuple[dict | None, dict | None]:
    """The pairs of the same body just before and just after (None at either end)."""
    timeline = next(t for t in lookups.comparison.timelines if old_id in t and new_id in t)
    pairs = list(zip(timeline, timeline[1:], strict=False))
    index = pairs.index((old_id, new_id))
    return (
        _pair_link(lookups, *pairs[index - 1]) if index else None,
        _pair_link(lookups, *pairs[index + 1]) if index + 1 < len(pairs) else None,
    )


def _pair_link(lookups: Lookups, old_id: str, new_id: str) -> dict:
    return {"old": lookups.meetings[old_id], "new": lookups.meetings[new_id], "path": pair_path(old_id, new_id)}


def status_counts(rows: list[dict]) -> list[dict]:
    return [
        {
            "status": status,
            "all": sum(r["status"] == status for r in rows),
            "recommendations": sum(r["status"] == status and r["recommendation"] for r in rows),
        }
        for status in STATUSES
    ]


def pair_summary(lookups: Lookups, old_id: str, new_id: str, groups: list[dict]) -> dict:
    """The pair's counts and notable rows, from its `theme_groups`."""
    rows = [row for group in groups for row in group["rows"]]
    return {
        "old": lookups.meetings[old_id],
        "new": lookups.meetings[new_id],
        "path": pair_path(old_id, new_id),
        "counts": status_counts(rows),
        "key_changes": key_changes([{"rows": rows}]),
        "new_recommendations": [r for r in rows if r["status"] == "new" and r["recommendation"]],
        "dropped_recommendations": [r for r in rows if r["status"] == "dropped" and r["recommendation"]],
    }
