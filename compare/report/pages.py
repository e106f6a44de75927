"""The pages of the HTML report, rendered from the templates: index, a page per theme and per pair, recommendations.

Pages are self-contained: the package's CSS and small script are inlined,
nothing is fetched from any network, and a Content-Security-Policy in each page
lets only that script run. Every text from a report reaches the page through
jinja2's autoescape, never as markup; all markup is in `templates/`.

Every template receives `page` ("index", "theme", "pair", "recommendations"),
`root` (the prefix from the page to the output folder), `comparison`, and the
tables beyond the contract's as named variables: `followup_rows`,
`participation_rows`, `reference_rows`, `decisions`, `stale_decisions` (one-line
texts), `meeting_names` (label by meeting id) and `pairs_with_page`. The base
template includes the partials `followups`, `participation` and `decisions`;
each branches on `page`. Partials must not add `<script>` nor load anything.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import posixpath
from collections.abc import Callable
from importlib import resources

from markupsafe import Markup

from compare.model import Comparison, Meeting, Theme
from compare.report import grids, overview, pairs, rows, shares
from compare.report.labels import meeting_names
from compare.report.lookups import Lookups, lookups
from compare.report.paths import pair_path, theme_path
from compare.report.templating import environment


@functools.lru_cache(maxsize=1)
def assets() -> dict[str, str]:
    """The inlined stylesheet and script, and the script's hash for the page's security policy."""
    static = resources.files("compare.report").joinpath("static")
    css = static.joinpath("report.css").read_text(encoding="utf-8")
    js = static.joinpath("report.js").read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(js.encode("utf-8")).digest()).decode("ascii")
    return {"css": Markup(css), "js": Markup(js), "script_hash": f"sha256-{digest}"}


def _tables(comparison: Comparison) -> dict:
    """What the partials read, by name."""
    stale = {s.decision for s in comparison.stale_decisions}
    return {
        "followup_rows": rows.followup_rows(comparison.followups),
        "participation_rows": rows.participation_rows(comparison),
        "reference_rows": rows.reference_rows(comparison),
        "decisions": [d.describe() for d in comparison.decisions if d not in stale],  # applied ones only
        "stale_decisions": [str(stale) for stale in comparison.stale_decisions],
        "meeting_names": meeting_names(comparison.meetings),
        "pairs_with_page": set(comparison.pairs),
    }


def reading_notes(meetings) -> list[dict]:
    """The structure audit's warnings, meeting by meeting, for the index's "Reading notes"."""
    return [{"meeting": m, "notes": m.warnings} for m in meetings if m.warnings]


class _Pages:
    def __init__(self, comparison: Comparison) -> None:
        self.lookups: Lookups = lookups(comparison)
        self.tables = _tables(comparison)
        self.grids = grids.grids(self.lookups)
        self.nav = overview.navigation(self.lookups)
        self.menus: dict[str, Markup] = {}
        self.groups: dict[tuple[str, str], list[dict]] = {}
        self.rows: dict[tuple[int, bool, str], Markup] = {}

    def render(self, template: str, page: str, root: str, samples, **context) -> str:
        return (
            environment()
            .get_template(template)
            .render(
                page=page,
                root=root,
                comparison=self.lookups.comparison,
                samples=[m for m in samples if m.sample],
                assets=assets(),
                menus=self._menus(root),
                **self.tables,
                **context,
            )
        )

    def _menus(self, root: str) -> Markup:
        """The header's menus, rendered once for each `root` (every page lists every body, pair and theme)."""
        if root not in self.menus:
            menus = environment().get_template("_menus.html.j2").render(nav=self.nav, root=root)
            self.menus[root] = Markup(menus)  # the template's own output, escaped there
        return self.menus[root]

    def _lineage_row(self, row: dict, show_theme: bool, root: str) -> Markup:
        """A lineage grid's row (`_grid_row.html.j2`), rendered once for all the pages that show it: the page of
        each of its themes, and the recommendations page (at 200 meetings a row is on 2.9 pages)."""
        key = (id(row), show_theme, root)  # the rows of `self.grids`, alive as long as this
        if key not in self.rows:
            self.rows[key] = environment().get_template("_grid_row.html.j2").module.grid_row(row, show_theme, root)
        return self.rows[key]

    def index(self) -> str:
        look = self.lookups
        meetings = look.comparison.meetings
        timelines = look.comparison.timelines
        latest = [self._summary(*t[-2:]) for t in timelines if len(t) > 1]
        single = [look.meetings[t[0]] for t in timelines if len(t) == 1]
        bars = [
            {"body": body["body"], "pairs": [self._bar(old.meeting_id, new.meeting_id) for old, new in body["pairs"]]}
            for body in overview.pairs_by_body(look)
        ]
        return self.render(
            "index.html.j2", "index", "", meetings,
            meetings=meetings, matrix=overview.matrix(look), latest=latest, single=single,
            pairs_by_body=overview.pairs_by_body(look), themes=look.themes, status_bars=bars,
            statement_totals=overview.statement_totals(self.tables["participation_rows"]),
            bar_width=overview.BAR_WIDTH, theme_shares=shares.theme_shares(look), share_height=shares.CHART_HEIGHT,
            reading_notes=reading_notes(meetings),
        )  # fmt: skip

    def _bar(self, old_id: str, new_id: str) -> dict:
        summary = self._summary(old_id, new_id)
        return {**summary, "segments": overview.status_bar(summary["counts"])}

    def _groups(self, old_id: str, new_id: str) -> list[dict]:
        """The pair's rows by theme, made once for the index and the pair's page."""
        if (old_id, new_id) not in self.groups:
            rows = pairs.change_rows(self.lookups, old_id, new_id)
            self.groups[old_id, new_id] = pairs.theme_groups(self.lookups, rows)
        return self.groups[old_id, new_id]

    def _summary(self, old_id: str, new_id: str) -> dict:
        return pairs.pair_summary(self.lookups, old_id, new_id, self._groups(old_id, new_id))

    def theme(self, theme: Theme) -> str:
        kept = grids.keep_rows(self.grids, lambda row: theme.id in row["themes"])
        shown = [m for grid in kept for m in grid["meetings"]]
        return self.render(
            "theme.html.j2", "theme", "../", shown, theme=theme, grids=kept, lineage_row=self._lineage_row
        )

    def pair(self, old: Meeting, new: Meeting) -> str:
        groups = self._groups(old.meeting_id, new.meeting_id)
        flat = [row for group in groups for row in group["rows"]]
        previous_pair, next_pair = pairs.neighbours(self.lookups, old.meeting_id, new.meeting_id)
        return self.render(
            "pair.html.j2", "pair", "../", [old, new],
            old=old, new=new, groups=groups, counts=pairs.status_counts(flat), total=len(flat),
            key_changes=pairs.key_changes(groups), previous_pair=previous_pair, next_pair=next_pair,
            docx_name=posixpath.basename(pair_path(old.meeting_id, new.meeting_id, ".docx")),
        )  # fmt: skip

    def recommendations(self) -> str:
        kept = grids.keep_rows(self.grids, lambda row: row["recommendation"])
        shown = [m for grid in kept for m in grid["meetings"]]
        return self.render(
            "recommendations.html.j2", "recommendations", "", shown, grids=kept, lineage_row=self._lineage_row
        )


def page_makers(comparison: Comparison) -> list[tuple[str, Callable[[], str]]]:
    """Every page of the report as its path relative to the output folder and the call that renders
    it, in a stable order (the pages can be rendered one at a time, or apart, in any order)."""
    report = _Pages(comparison)
    meetings = report.lookups.meetings
    makers = [("index.html", report.index), ("recommendations.html", report.recommendations)]
    makers += [(theme_path(theme.id), functools.partial(report.theme, theme)) for theme in report.lookups.themes]
    makers += [
        (pair_path(old_id, new_id), functools.partial(report.pair, meetings[old_id], meetings[new_id]))
        for old_id, new_id in comparison.pairs
    ]
    return makers


def render_pages(comparison: Comparison) -> dict[str, str]:
    """Every page of the report, keyed by its path relative to the output folder."""
    return {path: make() for path, make in page_makers(comparison)}
