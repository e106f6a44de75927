"""The whole comparison, stage by stage: themes, timelines, alignment, lineages, extras.

Each stage is a function of the previous stage's plain data (compare.model);
this module only calls them in order. The CLI calls `build_comparison` and
`report_files`; tests call them directly.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from compare import cache, decisions
from compare.analyse import followups, participation, themes
from compare.model import Comparison, Meeting, Theme
from compare.report import csv as csv_report
from compare.report import html as html_report


def timelines_of(meetings: list[Meeting]) -> tuple[tuple[str, ...], ...]:
    """Each body's meeting ids in date order; bodies in name order."""
    by_body: dict[str, list[Meeting]] = defaultdict(list)
    for meeting in meetings:
        by_body[meeting.body].append(meeting)
    return tuple(
        tuple(m.meeting_id for m in sorted(group, key=lambda m: (m.start_date or str(m.year), m.session, m.meeting_id)))
        for _, group in sorted(by_body.items())
    )


def build_comparison(
    meetings: list[Meeting],
    taxonomy: tuple[Theme, ...],
    reviewer_decisions: tuple = (),
    progress=None,
    timelines: tuple[tuple[str, ...], ...] | None = None,
    store: cache.Store | None = None,
) -> Comparison:
    """Themes, alignment of every consecutive pair of each body, lineages, significance, follow-ups.

    `timelines` overrides the grouping by body (`diff` pairs exactly the two meetings it is given);
    `store` keeps per-meeting and per-pair results between runs (see compare.cache).
    """
    themed = [
        decisions.apply_theme_decisions(cache.assign_themes(store, m, taxonomy), reviewer_decisions) for m in meetings
    ]
    timelines = timelines or timelines_of(themed)
    order = {mid: i for i, mid in enumerate(mid for ids in timelines for mid in ids)}
    themed.sort(key=lambda m: order[m.meeting_id])
    by_id = {m.meeting_id: m for m in themed}
    changes = []
    for ids in timelines:
        for old_id, new_id in zip(ids, ids[1:], strict=False):
            links, unlinks = decisions.links_for_pair(reviewer_decisions, old_id, new_id)
            changes.extend(cache.align_pair(store, by_id[old_id], by_id[new_id], links=links, unlinks=unlinks))
            if progress:
                progress(new_id)
    changes, lineage_of = cache.chain_lineages(store, timelines, by_id, tuple(changes))
    changes = cache.apply_significance(store, changes, by_id)
    changes = decisions.apply_change_decisions(changes, reviewer_decisions)
    comparison = Comparison(
        meetings=tuple(themed),
        timelines=timelines,
        changes=tuple(changes),
        lineage_of=lineage_of,
        themes=tuple(taxonomy),
    )
    comparison.extras.update(_extras(comparison, by_id, reviewer_decisions, store))
    return comparison


def _extras(
    comparison: Comparison, by_id: dict[str, Meeting], reviewer_decisions: tuple, store: cache.Store | None
) -> dict:
    found = cache.follow_up(store, comparison.timelines, by_id)
    follow_rows = followups.followup_rows(found)
    participation_rows = participation.participation_rows(comparison.meetings)
    reference_rows = participation.reference_rows(comparison.meetings)
    return {
        "followups": follow_rows,
        "participation": participation_rows,
        "references": reference_rows,
        "decisions": [decisions.describe(d) for d in reviewer_decisions],
        "stale_decisions": [
            str(stale)
            for stale in decisions.stale_decisions(
                reviewer_decisions,
                comparison.meetings,
                changes=comparison.changes,
                pairs=comparison.pairs,
                theme_ids={t.id for t in comparison.themes},
            )
        ],
        "csv": {
            "followups.csv": (follow_rows, followups.FOLLOWUP_COLUMNS),
            "participation.csv": (participation_rows, participation.PARTICIPATION_COLUMNS),
            "references.csv": (reference_rows, participation.REFERENCE_COLUMNS),
        },
    }


def report_files(comparison: Comparison, store: cache.Store | None = None) -> dict[str, bytes]:
    """Every file `compare` writes, by relative path; `store` keeps parts of the pages between runs."""
    theme_rows = themes.theme_counts(comparison.meetings, comparison.themes)
    files = csv_report.comparison_csvs(comparison, theme_rows, store)
    for name, page in html_report.render_pages(comparison, store).items():
        files[name] = page.encode("utf-8")
    return files


def load_decisions(path: Path | None, corpus_inputs: list[Path]) -> tuple:
    """The reviewer decisions: `path`, else `decisions.yaml` of the first input folder.

    With only files as inputs and no `path`, there are none: a run never picks
    up decisions from whatever folder it happens to be started in.
    """
    if path is None:
        folder = next((Path(p) for p in corpus_inputs if Path(p).is_dir()), None)
        path = folder / decisions.FILE_NAME if folder else None
    return decisions.load_decisions(path) if path else ()
