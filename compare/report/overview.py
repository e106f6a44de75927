"""The index's tables: the theme x meeting matrix and the pairs of each body."""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

from compare.report.lookups import Lookups
from compare.report.paths import pair_path

HEAT_LEVELS = 4


def heat_level(count: int, highest: int) -> int:
    """0 for nothing said, else 1..HEAT_LEVELS by the share of the highest count."""
    if count <= 0 or highest <= 0:
        return 0
    return max(1, -(-count * HEAT_LEVELS // highest))


def body_columns(lookups: Lookups) -> list[dict]:
    """Meetings grouped by body in the comparison's order, for headers that span a body."""
    groups: list[dict] = []
    for meeting in lookups.comparison.meetings:
        if not groups or groups[-1]["body"] != meeting.body:
            groups.append({"body": meeting.body, "meetings": []})
        groups[-1]["meetings"].append(meeting)
    return groups


def matrix(lookups: Lookups) -> dict:
    meetings = lookups.comparison.meetings
    counts = Counter((m.meeting_id, u.theme) for m in meetings for u in m.units)
    recs = Counter((m.meeting_id, u.theme) for m in meetings for u in m.recommendations)
    highest = max(counts.values(), default=0)
    rows = []
    for theme in lookups.themes:
        cells = [
            {
                "meeting": m,
                "count": counts[(m.meeting_id, theme.id)],
                "recommendations": recs[(m.meeting_id, theme.id)],
                "level": heat_level(counts[(m.meeting_id, theme.id)], highest),
            }
            for m in meetings
        ]
        rows.append({"theme": theme, "cells": cells, "total": sum(c["count"] for c in cells)})
    return {"groups": body_columns(lookups), "rows": rows, "highest": highest}


def navigation(lookups: Lookups) -> dict:
    """The top bar: each body with its pairs, and the themes some meeting speaks of."""
    used = {u.theme for m in lookups.comparison.meetings for u in m.units}
    bodies = [
        {
            "body": lookups.meetings[t[0]].body,
            "pairs": [
                {"old": lookups.meetings[a], "new": lookups.meetings[b], "path": pair_path(a, b)}
                for a, b in pairwise(t)
            ],
        }
        for t in lookups.comparison.timelines
        if t
    ]
    return {"bodies": bodies, "themes": [t for t in lookups.themes if t.id in used]}


BAR_WIDTH = 600


def status_bar(counts: list[dict]) -> list[dict]:
    """A stacked bar's segments (x, width out of BAR_WIDTH) for a pair's status counts; empty statuses left out."""
    total = sum(c["all"] for c in counts) or 1
    segments, x = [], 0.0
    for c in counts:
        if c["all"]:
            width = BAR_WIDTH * c["all"] / total
            segments.append({"status": c["status"], "count": c["all"], "x": round(x, 1), "width": round(width, 1)})
            x += width
    return segments


def statement_totals(participation_rows: list[dict]) -> dict:
    """How many States made statements at each meeting, and at how many meetings each State did."""
    by_meeting: Counter = Counter()
    by_state: Counter = Counter()
    for row in participation_rows:
        if row["made_statement"] == "true":
            by_meeting[row["meeting_id"]] += 1
            by_state[row["state"]] += 1
    return {"by_meeting": by_meeting, "by_state": by_state, "states": len({r["state"] for r in participation_rows})}


def pairs_by_body(lookups: Lookups) -> list[dict]:
    return [
        {
            "body": lookups.meetings[t[0]].body,
            "pairs": [(lookups.meetings[a], lookups.meetings[b]) for a, b in pairwise(t)],
        }
        for t in lookups.comparison.timelines
        if len(t) > 1
    ]
