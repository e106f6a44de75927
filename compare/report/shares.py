"""Each theme's share of a meeting's paragraphs over time, for the index's small charts (inline SVG).

One chart per body and theme: a bar per meeting, its height the theme's share
of that meeting's units, with the percentage and the year written under it, so
it reads without colour. Themes no meeting of the body speaks of are left out.
"""

from __future__ import annotations

from collections import Counter

from compare.report.lookups import Lookups

CHART_HEIGHT = 60  # px for a share of 100 %
BAR_STEP = 56  # px per meeting


def theme_shares(lookups: Lookups) -> list[dict]:
    """[{"body", "width", "themes": [{"theme", "bars": [{"meeting", "percent", "x", "y", "height"}]}]}]."""
    charts = []
    for timeline in lookups.comparison.timelines:
        meetings = [lookups.meetings[m] for m in timeline]
        counts = {m.meeting_id: Counter(u.theme for u in m.units) for m in meetings}
        themes = [
            {"theme": theme, "bars": [_bar(i, m, counts[m.meeting_id], theme.id) for i, m in enumerate(meetings)]}
            for theme in lookups.themes
            if any(counts[m.meeting_id][theme.id] for m in meetings)
        ]
        if meetings and themes:
            charts.append({"body": meetings[0].body, "width": BAR_STEP * len(meetings), "themes": themes})
    return charts


def _bar(index: int, meeting, counts: Counter, theme_id: str) -> dict:
    total = sum(counts.values())
    percent = round(100 * counts[theme_id] / total) if total else 0
    height = round(CHART_HEIGHT * counts[theme_id] / total, 1) if total else 0
    return {
        "meeting": meeting,
        "percent": percent,
        "x": index * BAR_STEP + 8,
        "y": round(CHART_HEIGHT - height, 1),
        "height": height,
    }
