"""Lineage grids: one row per lineage of a body's units, one column per meeting (theme and recommendations pages)."""

from __future__ import annotations

from collections import defaultdict

from compare.model import Change, Status, Unit
from compare.report.labels import excerpt
from compare.report.lookups import Lookups
from compare.report.outcomes import outcome_note
from compare.report.paths import pair_path, theme_path


def grids(lookups: Lookups) -> list[dict]:
    return [_timeline_grid(lookups, timeline) for timeline in lookups.comparison.timelines if timeline]


def keep_rows(all_grids: list[dict], keep) -> list[dict]:
    """The grids cut to the rows for which `keep(row)` holds, without the grids left empty."""
    kept = [{**grid, "rows": [row for row in grid["rows"] if keep(row)]} for grid in all_grids]
    return [grid for grid in kept if grid["rows"]]


def _meeting_cells(lookups: Lookups, timeline: tuple[str, ...], index: int) -> list[tuple[str, dict]]:
    """(lineage, cell) for every unit of the timeline's `index`th meeting and every unit it dropped."""
    meeting_id = timeline[index]
    cells: list[tuple[str, dict]] = []
    covered: set[str] = set()
    for change in lookups.pair_changes.get((timeline[index - 1], meeting_id), ()) if index else ():
        dropped = change.status is Status.DROPPED
        where, ref = (change.old_meeting, change.from_ref) if dropped else (meeting_id, change.to_ref)
        covered.update(() if dropped else (ref,))
        unit = lookups.unit(where, ref)
        if unit is not None:
            cell = _cell(change.status.value, unit, change, outcome_note(lookups, change))
            cells.append((lookups.lineage(where, ref, change), cell))
    for unit in lookups.meetings[meeting_id].units:
        if unit.ref not in covered:
            cells.append((lookups.lineage(meeting_id, unit.ref), _cell("present", unit, None)))
    return cells


def _cell(status: str, unit: Unit, change: Change | None, outcome: dict | None = None) -> dict:
    return {
        "outcome": outcome,
        "status": status,
        "unit": unit,
        "change": change,
        "ops": change.diff.ops if change is not None and change.diff and status == "modified" else None,
        "recommendation": unit.is_recommendation or (change is not None and change.unit == "recommendation"),
        "themes": {unit.theme} | ({change.theme} if change is not None else set()),
    }


def _timeline_grid(lookups: Lookups, timeline: tuple[str, ...]) -> dict:
    """One row per lineage, ordered by first appearance; one column per meeting."""
    by_lineage: dict[str, dict[str, dict]] = defaultdict(dict)
    first_seen: dict[str, tuple[int, int, str]] = {}
    for index, meeting_id in enumerate(timeline):
        for lineage, cell in _meeting_cells(lookups, timeline, index):
            by_lineage[lineage][meeting_id] = cell
            position = lookups.positions.get((meeting_id, cell["unit"].ref), 0)
            first_seen.setdefault(lineage, (index, position, lineage))
    ordered = sorted(by_lineage, key=first_seen.get)
    rows = [_grid_row(lookups, lineage, timeline, by_lineage[lineage]) for lineage in ordered]
    meetings = [lookups.meetings[m] for m in timeline]
    pages = [pair_path(a, b) for a, b in zip(timeline, timeline[1:], strict=False)]
    return {"body": meetings[0].body, "meetings": meetings, "rows": rows, "pair_paths": [None, *pages]}


def _grid_row(lookups: Lookups, lineage: str, timeline: tuple[str, ...], cells: dict[str, dict]) -> dict:
    present = [cells[m] for m in timeline if m in cells]
    latest = present[-1]["unit"]
    return {
        "lineage": lineage,
        "cells": [cells.get(m) for m in timeline],
        "first_ref": present[0]["unit"].ref,
        "latest": latest,
        "theme": lookups.theme_labels.get(latest.theme, latest.theme),
        "theme_id": latest.theme,
        "theme_path": theme_path(latest.theme),
        "summary": excerpt(latest.text),
        "recommendation": any(c["recommendation"] for c in present),
        "themes": set().union(*(c["themes"] for c in present)),
    }
