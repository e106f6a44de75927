"""The HTML report: an index, a page per theme, per pair of meetings, and a recommendations tracker.

`render_pages(comparison)` returns `{relative path: page text}`; the caller
writes the files. Pages are self-contained: the package's CSS and the small
filter script are inlined, nothing is fetched from any network, and a
Content-Security-Policy in each page lets only that script run. Every text
from a report reaches the page escaped, never as markup: through jinja2's autoescape, or
markupsafe's `escape` in the tables built in Python (compare.report.fragments).

Extension hook for sections other features add (follow-ups, participation,
references, decisions): every template receives

- `page`: "index", "theme", "pair" or "recommendations";
- `root`: the prefix from the page to the output folder ("" or "../");
- `extras`: `Comparison.extras` as it is;
- `comparison`: the `Comparison` itself.

The base template has the blocks `followups`, `participation`, `references`
and `decisions`; each includes the partial of the same name
(`templates/followups.html.j2` ...) when that file exists. A partial is
included on every page: it branches on `page` and renders nothing when its
key is missing from `extras`. Partials must not add `<script>` (the page's
policy runs only the report's own script) nor load anything.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from itertools import pairwise

import jinja2
from markupsafe import Markup, escape

from compare.model import Change, Comparison, Meeting, Status, Theme, Unit, changes_by_pair
from compare.report import fragments, rows
from compare.report.fragments import ordinal

STATUSES = tuple(status.value for status in Status)
SIGNIFICANCE_ORDER = ("major", "minor", "editorial")
HEAT_LEVELS = 4
EXCERPT_WORDS = 18

_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]")


def safe_name(text: str) -> str:
    """`text` as a file name: kept when already safe, else cleaned and suffixed with a hash.

    The hash keeps two different ids that clean to the same name apart.
    """
    cleaned = _UNSAFE_NAME.sub("_", text).lstrip(".")[:100]
    if cleaned == text:
        return text
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
    return f"{cleaned or '_'}-{digest}"


def theme_path(theme_id: str) -> str:
    return f"themes/{safe_name(theme_id)}.html"


def pair_path(old_id: str, new_id: str) -> str:
    return f"pairs/{safe_name(old_id)}--{safe_name(new_id)}.html"


def meeting_label(meeting: Meeting) -> str:
    """A short name for a column header: "4th meeting (2012)", else the meeting id."""
    if meeting.session and meeting.year:
        return f"{ordinal(meeting.session)} meeting ({meeting.year})"
    if meeting.session:
        return f"{ordinal(meeting.session)} meeting"
    return meeting.meeting_id


def followup_rows_html(
    rows: list[dict], meetings: Iterable[Meeting], pairs: Iterable[tuple[str, str]], root: str, several_bodies: bool
) -> list[Markup]:
    """The rows of a follow-through table (`fragments.followup_row_html`), each meeting's name made once."""
    names: dict[str, str] = {}
    for meeting in meetings:
        names.setdefault(meeting.meeting_id, meeting_label(meeting))
    with_page = set(pairs)

    def link(source_id: str, meeting_id: str) -> str:
        if (source_id, meeting_id) in with_page:
            return f"{escape(root)}{escape(pair_path(source_id, meeting_id))}"
        return f"{escape(root)}index.html#meeting-{escape(safe_name(meeting_id))}"

    return [fragments.followup_row_html(row, names, link, several_bodies) for row in rows]


def rows_with(rows: list[dict], key: str, value: object) -> list[dict]:
    """The rows whose `key` is `value`: `selectattr` in a template, without its cost on every row of every page."""
    return [row for row in rows if row[key] == value]


def excerpt(text: str, words: int = EXCERPT_WORDS) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


@dataclass(frozen=True)
class _Corpus:
    """Lookups over a Comparison that every page needs."""

    comparison: Comparison
    meetings: dict[str, Meeting]
    units: dict[tuple[str, str], Unit]
    positions: dict[tuple[str, str], int]
    themes: tuple[Theme, ...]
    theme_labels: dict[str, str]
    pair_changes: dict[tuple[str, str], list[Change]]
    lineage: dict[tuple[str, str], str]
    environment: jinja2.Environment
    extras: dict  # the tables beyond the contract's and the decisions, as the partials read them


def _corpus(comparison: Comparison, environment: jinja2.Environment) -> _Corpus:
    meetings = {m.meeting_id: m for m in comparison.meetings}
    units = {(m.meeting_id, u.ref): u for m in comparison.meetings for u in m.units}
    positions = {(m.meeting_id, u.ref): i for m in comparison.meetings for i, u in enumerate(m.units)}
    themes = _all_themes(comparison)
    pair_changes = changes_by_pair(comparison.changes)
    return _Corpus(
        comparison=comparison,
        meetings=meetings,
        units=units,
        positions=positions,
        themes=themes,
        theme_labels={t.id: t.label for t in themes},
        pair_changes=pair_changes,
        lineage=_lineages(comparison, meetings, pair_changes),
        environment=environment,
        extras=_extras(comparison),
    )


def _extras(comparison: Comparison) -> dict:
    stale = {s.decision for s in comparison.stale_decisions}
    return {
        "followups": rows.followup_rows(comparison.followups),
        "participation": rows.participation_rows(comparison),
        "references": rows.reference_rows(comparison),
        "decisions": [d.describe() for d in comparison.decisions if d not in stale],  # applied ones only
        "stale_decisions": [str(stale) for stale in comparison.stale_decisions],
    }


def _all_themes(comparison: Comparison) -> tuple[Theme, ...]:
    """The taxonomy's themes in its order, then (sorted) any theme id only units or changes use."""
    known = {t.id for t in comparison.themes}
    used = {u.theme for m in comparison.meetings for u in m.units}
    used |= {c.theme for c in comparison.changes}
    extra = tuple(Theme(id=tid, label=tid or "No theme") for tid in sorted(used - known))
    return tuple(comparison.themes) + extra


def _lineages(
    comparison: Comparison, meetings: dict[str, Meeting], pair_changes: dict[tuple[str, str], list[Change]]
) -> dict[tuple[str, str], str]:
    """The lineage of every (meeting, ref): the comparison's own, else the change's, else followed along matches.

    Following matches lets the pages chain a unit's history even from a
    comparison whose `lineage_of` is sparse.
    """
    known = comparison.lineage_of
    lineage: dict[tuple[str, str], str] = {}
    for timeline in comparison.timelines:
        for index, meeting_id in enumerate(timeline):
            previous = timeline[index - 1] if index else ""
            for change in pair_changes.get((previous, meeting_id), ()) if previous else ():
                if change.to_ref:
                    key = (meeting_id, change.to_ref)
                    inherited = lineage.get((previous, change.from_ref), "") if change.from_ref else ""
                    lineage[key] = known.get(key) or change.lineage or inherited
            for unit in meetings[meeting_id].units if meeting_id in meetings else ():
                key = (meeting_id, unit.ref)
                lineage[key] = lineage.get(key) or known.get(key) or f"{meeting_id}#{unit.ref}"
    return lineage


def _significance_rank(significance: str) -> int:
    return SIGNIFICANCE_ORDER.index(significance) if significance in SIGNIFICANCE_ORDER else len(SIGNIFICANCE_ORDER)


def _is_recommendation(change: Change, old: Unit | None, new: Unit | None) -> bool:
    return change.unit == "recommendation" or any(u is not None and u.is_recommendation for u in (old, new))


# ---- the theme x meeting matrix -------------------------------------------------


def _heat_level(count: int, highest: int) -> int:
    """0 for nothing said, else 1..HEAT_LEVELS by the share of the highest count."""
    if count <= 0 or highest <= 0:
        return 0
    return max(1, -(-count * HEAT_LEVELS // highest))


def _body_columns(corpus: _Corpus) -> list[dict]:
    """Meetings grouped by body in the comparison's order, for headers that span a body."""
    groups: list[dict] = []
    for meeting in corpus.comparison.meetings:
        if not groups or groups[-1]["body"] != meeting.body:
            groups.append({"body": meeting.body, "meetings": []})
        groups[-1]["meetings"].append(meeting)
    return groups


def _matrix(corpus: _Corpus) -> dict:
    counts = Counter((m.meeting_id, u.theme) for m in corpus.comparison.meetings for u in m.units)
    recs = Counter((m.meeting_id, u.theme) for m in corpus.comparison.meetings for u in m.recommendations)
    highest = max(counts.values(), default=0)
    rows = []
    for theme in corpus.themes:
        cells = [
            {
                "meeting": m,
                "count": counts[(m.meeting_id, theme.id)],
                "recommendations": recs[(m.meeting_id, theme.id)],
                "level": _heat_level(counts[(m.meeting_id, theme.id)], highest),
            }
            for m in corpus.comparison.meetings
        ]
        rows.append({"theme": theme, "cells": cells, "total": sum(c["count"] for c in cells)})
    return {"groups": _body_columns(corpus), "rows": rows, "highest": highest}


# ---- what changed in a pair ------------------------------------------------------


def _change_row(corpus: _Corpus, change: Change, old_id: str, new_id: str, number: int) -> dict:
    old_unit = corpus.units.get((old_id, change.from_ref)) if change.from_ref else None
    new_unit = corpus.units.get((new_id, change.to_ref)) if change.to_ref else None
    return {
        "id": f"change-{number}",
        "change": change,
        "status": change.status.value,
        "theme": change.theme,
        "old": old_unit,
        "new": new_unit,
        "ops": change.diff.ops if change.diff else None,
        "degraded": bool(change.diff and change.diff.degraded),
        "recommendation": _is_recommendation(change, old_unit, new_unit),
        "from_theme_label": corpus.theme_labels.get(change.from_theme, change.from_theme),
    }


def _pair_groups(corpus: _Corpus, old_id: str, new_id: str) -> list[dict]:
    """Rows of a pair grouped by theme (taxonomy order), by significance within a theme."""
    changes = corpus.pair_changes.get((old_id, new_id), [])
    rows = [_change_row(corpus, c, old_id, new_id, i) for i, c in enumerate(changes, start=1)]
    groups = []
    for theme in corpus.themes:
        members = [r for r in rows if r["theme"] == theme.id]
        members.sort(key=lambda r: _significance_rank(r["change"].significance))
        if members:
            groups.append({"theme": theme, "rows": members})
    return groups


def _status_counts(rows: list[dict]) -> list[dict]:
    return [
        {
            "status": status,
            "all": sum(r["status"] == status for r in rows),
            "recommendations": sum(r["status"] == status and r["recommendation"] for r in rows),
        }
        for status in STATUSES
    ]


def _pair_summary(corpus: _Corpus, old_id: str, new_id: str) -> dict:
    rows = [row for group in _pair_groups(corpus, old_id, new_id) for row in group["rows"]]
    return {
        "old": corpus.meetings[old_id],
        "new": corpus.meetings[new_id],
        "path": pair_path(old_id, new_id),
        "counts": _status_counts(rows),
        "new_recommendations": [r for r in rows if r["status"] == "new" and r["recommendation"]],
        "dropped_recommendations": [r for r in rows if r["status"] == "dropped" and r["recommendation"]],
    }


# ---- lineages across a timeline -----------------------------------------------


def _meeting_cells(corpus: _Corpus, timeline: tuple[str, ...], index: int) -> list[tuple[str, dict]]:
    """(lineage, cell) for every unit of the timeline's `index`th meeting and every unit it dropped."""
    meeting_id = timeline[index]
    cells: list[tuple[str, dict]] = []
    covered: set[str] = set()
    if index:
        old_id = timeline[index - 1]
        for change in corpus.pair_changes.get((old_id, meeting_id), ()):
            if change.status is Status.DROPPED:
                unit = corpus.units.get((old_id, change.from_ref))
                lineage = corpus.lineage.get((old_id, change.from_ref), f"{old_id}#{change.from_ref}")
            else:
                unit = corpus.units.get((meeting_id, change.to_ref))
                lineage = corpus.lineage.get((meeting_id, change.to_ref), f"{meeting_id}#{change.to_ref}")
                covered.add(change.to_ref)
            if unit is not None:
                cells.append((lineage, _cell(change.status.value, unit, change)))
    for unit in corpus.meetings[meeting_id].units:
        if unit.ref not in covered:
            cells.append((corpus.lineage[(meeting_id, unit.ref)], _cell("present", unit, None)))
    return cells


def _cell(status: str, unit: Unit, change: Change | None) -> dict:
    return {
        "status": status,
        "unit": unit,
        "change": change,
        "ops": change.diff.ops if change is not None and change.diff and status == "modified" else None,
        "recommendation": unit.is_recommendation or (change is not None and change.unit == "recommendation"),
        "themes": {unit.theme} | ({change.theme} if change is not None else set()),
    }


def _timeline_grid(corpus: _Corpus, timeline: tuple[str, ...]) -> dict:
    """One row per lineage, ordered by first appearance; one column per meeting."""
    by_lineage: dict[str, dict[str, dict]] = defaultdict(dict)
    first_seen: dict[str, tuple[int, int, str]] = {}
    for index, meeting_id in enumerate(timeline):
        for lineage, cell in _meeting_cells(corpus, timeline, index):
            by_lineage[lineage][meeting_id] = cell
            position = corpus.positions.get((meeting_id, cell["unit"].ref), 0)
            first_seen.setdefault(lineage, (index, position, lineage))
    rows = [
        _grid_row(corpus, lineage, timeline, by_lineage[lineage]) for lineage in sorted(by_lineage, key=first_seen.get)
    ]
    meetings = [corpus.meetings[m] for m in timeline]
    heads = _meeting_heads(corpus, meetings)
    return {"body": meetings[0].body, "meetings": meetings, "meeting_heads": heads, "rows": rows}


def _meeting_heads(corpus: _Corpus, meetings: list[Meeting]) -> list[tuple[Markup, Markup]]:
    """Each meeting's name and dates for a grid's column heads, made once: every page of a theme repeats them."""
    ui = corpus.environment.get_template("_macros.html.j2").module
    return [(ui.meeting_name(m), ui.dates(m)) for m in meetings]


def _grid_row(corpus: _Corpus, lineage: str, timeline: tuple[str, ...], cells: dict[str, dict]) -> dict:
    present = [cells[m] for m in timeline if m in cells]
    latest = present[-1]["unit"]
    return {
        "lineage": lineage,
        "cells": [cells.get(m) for m in timeline],
        "first_ref": present[0]["unit"].ref,
        "latest": latest,
        "theme": corpus.theme_labels.get(latest.theme, latest.theme),
        "theme_id": latest.theme,
        "theme_path": theme_path(latest.theme),
        "summary": excerpt(latest.text),
        "html": {},  # (show_theme, root) -> the row's markup, see _grid_row_html
        "recommendation": any(c["recommendation"] for c in present),
        "themes": set().union(*(c["themes"] for c in present)),
    }


def _grids(corpus: _Corpus) -> list[dict]:
    return [_timeline_grid(corpus, timeline) for timeline in corpus.comparison.timelines if timeline]


def _keep_rows(grids: list[dict], keep) -> list[dict]:
    """The grids cut to the rows for which `keep(row)` holds, without the grids left empty."""
    kept = [{**grid, "rows": [row for row in grid["rows"] if keep(row)]} for grid in grids]
    return [grid for grid in kept if grid["rows"]]


# ---- pages ---------------------------------------------------------------------


def _grid_row_html(row: dict, show_theme: bool, root: str) -> Markup:
    """`fragments.grid_row_html`, made once per row and way of showing it (a row is on the page of
    each of its themes)."""
    if (show_theme, root) not in row["html"]:
        row["html"][show_theme, root] = fragments.grid_row_html(row, show_theme, root)
    return row["html"][show_theme, root]


@functools.lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    """The report's templates."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("compare.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # package files do not change while a report is written
    )
    env.globals.update(
        theme_path=theme_path,
        pair_path=pair_path,
        safe_name=safe_name,
        meeting_label=meeting_label,
        statuses=STATUSES,
        rows_with=rows_with,
        followup_rows_html=followup_rows_html,
        status_badge=fragments.status_badge,
        change_row_html=fragments.change_row_html,
        grid_row_html=_grid_row_html,
    )
    env.filters.update(ordinal=ordinal, excerpt=excerpt)
    return env


@functools.lru_cache(maxsize=1)
def _assets() -> dict[str, str]:
    """The inlined stylesheet and script, and the script's hash for the page's security policy."""
    static = resources.files("compare.report").joinpath("static")
    css = static.joinpath("report.css").read_text(encoding="utf-8")
    js = static.joinpath("report.js").read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(js.encode("utf-8")).digest()).decode("ascii")
    return {"css": Markup(css), "js": Markup(js), "script_hash": f"sha256-{digest}"}


def _render(corpus: _Corpus, template: str, page: str, root: str, samples, **context) -> str:
    return corpus.environment.get_template(template).render(
        page=page,
        root=root,
        extras=corpus.extras,
        comparison=corpus.comparison,
        samples=[m for m in samples if m.sample],
        assets=_assets(),
        **context,
    )


def _index_page(corpus: _Corpus) -> str:
    meetings = corpus.comparison.meetings
    latest = [_pair_summary(corpus, *timeline[-2:]) for timeline in corpus.comparison.timelines if len(timeline) > 1]
    single = [corpus.meetings[t[0]] for t in corpus.comparison.timelines if len(t) == 1]
    return _render(
        corpus,
        "index.html.j2",
        "index",
        "",
        meetings,
        meetings=meetings,
        matrix=_matrix(corpus),
        latest=latest,
        single=single,
        pairs_by_body=_pairs_by_body(corpus),
        themes=corpus.themes,
    )


def _pairs_by_body(corpus: _Corpus) -> list[dict]:
    return [
        {
            "body": corpus.meetings[t[0]].body,
            "pairs": [(corpus.meetings[a], corpus.meetings[b]) for a, b in pairwise(t)],
        }
        for t in corpus.comparison.timelines
        if len(t) > 1
    ]


def _theme_page(corpus: _Corpus, all_grids: list[dict], theme: Theme) -> str:
    grids = _keep_rows(all_grids, lambda row: theme.id in row["themes"])
    shown = [m for grid in grids for m in grid["meetings"]]
    return _render(corpus, "theme.html.j2", "theme", "../", shown, theme=theme, grids=grids)


def _pair_page(corpus: _Corpus, old_id: str, new_id: str) -> str:
    old, new = corpus.meetings[old_id], corpus.meetings[new_id]
    content = _pair_content(corpus, old, new)
    return _render(corpus, "pair.html.j2", "pair", "../", [old, new], old=old, new=new, content=content)


def _pair_content(corpus: _Corpus, old: Meeting, new: Meeting) -> Markup:
    """What changed between the two meetings, theme by theme: nearly all of a pair page."""
    groups = _pair_groups(corpus, old.meeting_id, new.meeting_id)
    rows = [row for group in groups for row in group["rows"]]
    return Markup(
        corpus.environment.get_template("_pair_content.html.j2").render(
            root="../", old=old, new=new, groups=groups, counts=_status_counts(rows), total=len(rows)
        )
    )


def _recommendations_page(corpus: _Corpus, all_grids: list[dict]) -> str:
    grids = _keep_rows(all_grids, lambda row: row["recommendation"])
    shown = [m for grid in grids for m in grid["meetings"]]
    return _render(corpus, "recommendations.html.j2", "recommendations", "", shown, grids=grids)


def render_pages(comparison: Comparison) -> dict[str, str]:
    """Every page of the report, keyed by its path relative to the output folder, in a stable order."""
    corpus = _corpus(comparison, _environment())
    grids = _grids(corpus)
    pages = {"index.html": _index_page(corpus), "recommendations.html": _recommendations_page(corpus, grids)}
    for theme in corpus.themes:
        pages[theme_path(theme.id)] = _theme_page(corpus, grids, theme)
    for old_id, new_id in comparison.pairs:
        pages[pair_path(old_id, new_id)] = _pair_page(corpus, old_id, new_id)
    return pages
