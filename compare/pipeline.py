"""The whole run, stage by stage: read, theme, align, chain, grade, follow up, report.

This is the only module that calls the stages, in order, and the only user of
the memo (`compare.memo`): every stage is a pure function of model data and
knows neither. The CLI and the service call `load`, `build_comparison` and
`report_files` (or `iter_report_files`); tests call them directly.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path

from compare.analyse import decisions, participation, themes, timelines
from compare.ingest import corpus, normalise
from compare.ingest.readers import file_digest
from compare.memo import Memo
from compare.model import Change, Comparison, Decision, Meeting, Significance, Theme, updated
from compare.util.collector import frozen
from compare.util.errors import InputError

NO_MEMO = Memo(None)
Links = tuple[tuple[str, str], ...]  # (old ref, new ref) pairs
PairRows = tuple[tuple[Change, ...], tuple[tuple[Significance, str], ...]]  # a pair's rows, and each row's grade
ReadThemed = tuple[Meeting, tuple[themes.UnitTheme, ...]]  # a meeting, and each of its units' themes


def load(
    paths: Sequence[Path],
    memo: Memo = NO_MEMO,
    progress: Callable | None = None,
    jobs: int = 1,
    taxonomy: tuple[Theme, ...] | None = None,
) -> corpus.Loaded:
    """Every input as a Meeting (raw reports read by up to `jobs` worker processes); bad inputs are
    collected, never raised, so the rest go on. Given a `taxonomy`, the worker that reads a raw report
    also works out its units' themes (`Loaded.themes`, for `build_comparison`)."""
    files, errors = corpus.expand_inputs(list(paths))
    loaded = corpus.Loaded(errors=errors)
    ordered = corpus.reading_order(files)
    for path, (meeting, unit_themes) in zip(ordered, _meetings(ordered, memo, jobs, taxonomy), strict=True):
        try:
            if isinstance(meeting, InputError):
                raise meeting
            corpus.add(loaded, meeting, path)
        except InputError as error:
            loaded.errors.append(error)
        else:
            if unit_themes is not None and loaded.meetings[meeting.meeting_id] is meeting:
                loaded.themes[meeting.meeting_id] = unit_themes
        if progress:
            progress(path)
    return loaded


def _meetings(paths: list[Path], memo: Memo, jobs: int, taxonomy) -> Iterator[tuple[Meeting | InputError, object]]:
    """The meeting of each path, or why it cannot be read (JSON read here, raw reports normalised), with
    its units' themes when a `taxonomy` is given and the meeting is a raw report's (else None)."""
    digests = {path: _attempt(file_digest, path) for path in paths if not corpus.is_json(path)}
    readable = [(path, digest) for path, digest in digests.items() if not isinstance(digest, InputError)]
    if taxonomy is None:
        calls = [(normalise.normalise_report, each) for each in readable]
    else:
        calls = [(read_themed, (*each, taxonomy)) for each in readable]
    read = memo.call_many(calls, jobs, (InputError,), _preparing_analysis())
    with contextlib.closing(read):  # its workers stopped now, even if an error's traceback keeps this frame
        for path in paths:
            if corpus.is_json(path):
                yield _attempt(corpus.read_json, path), None
            elif isinstance(digests[path], InputError):
                yield digests[path], None
            else:
                made = next(read)
                if taxonomy is None or isinstance(made, InputError):
                    yield made, None
                else:
                    yield made  # (meeting, its units' themes)


def read_themed(path: Path, digest: str, taxonomy: tuple[Theme, ...]) -> ReadThemed:
    """A raw report normalised (`normalise.normalise_report`), with its units' themes (`themes.unit_themes`):
    one worker's piece, so that a meeting is themed where it was read."""
    meeting = normalise.normalise_report(path, digest)
    return meeting, themes.unit_themes(meeting, taxonomy)


def _preparing_analysis() -> Iterator[None]:
    """One step: the modules the analysis needs, loaded while workers read the reports (this process would
    only wait for them; the workers forked later inherit them loaded)."""
    from compare.analyse import align, followups, lineages, moves, significance  # noqa: F401

    yield


def _preparing_report() -> Iterator[None]:
    """Two steps, taken while workers theme the meetings or align the first pairs: the report's templates
    compiled, then its modules loaded (the page workers forked later inherit them ready)."""
    from compare.report import templating

    templating.compile_all()
    yield
    from compare.report import files, sqlite  # noqa: F401  (files: every module of the report)

    sqlite.load_sqlite_utils()
    yield


def _attempt(read: Callable, path: Path):
    try:
        return read(path)
    except InputError as error:
        return error


def build_comparison(
    meetings: Sequence[Meeting],
    taxonomy: tuple[Theme, ...],
    reviewer_decisions: tuple[Decision, ...] = (),
    progress: Callable | None = None,
    order: tuple[tuple[str, ...], ...] | None = None,
    memo: Memo = NO_MEMO,
    jobs: int = 1,
    unit_themes: Mapping[str, tuple] | None = None,
) -> Comparison:
    """Themes, alignment of every consecutive pair of each body, lineages, significance, follow-ups.

    `order` overrides the grouping into timelines (`diff` pairs exactly the two meetings it is given).
    `jobs` worker processes share the pieces that depend on one pair or one meeting alone; the result
    is the same whatever their number. `unit_themes` holds the units' themes of the meetings whose
    themes `load` worked out with the same taxonomy (`Loaded.themes`); the others' are worked out here.
    """
    with frozen():  # the meetings outlive the comparison: out of the collector's full passes meanwhile
        known = dict(unit_themes or {})
        return _comparison(meetings, tuple(taxonomy), reviewer_decisions, progress, order, memo, jobs, known)


def _comparison(meetings, taxonomy, reviewer_decisions, progress, order, memo: Memo, jobs: int, known) -> Comparison:
    preparing = _preparing_report()
    missing = [m for m in meetings if m.meeting_id not in known]
    worked_out = memo.call_each(themes.unit_themes, [(m, taxonomy) for m in missing], jobs, meanwhile=preparing)
    known.update(zip((m.meeting_id for m in missing), worked_out, strict=True))
    themed = [
        decisions.apply_theme_decisions(themes.with_themes(m, known[m.meeting_id]), reviewer_decisions)
        for m in meetings
    ]  # the workers send back each unit's themes, not the meetings (copies of every text)
    order = order or timelines.timelines_of(themed)
    by_id = {m.meeting_id: m for m in themed}
    ordered = tuple(by_id[mid] for ids in order for mid in ids)
    changes, lineage_of, followups = _analysed(
        order, by_id, reviewer_decisions, taxonomy, memo, progress, jobs, preparing
    )
    changes = _outcomes(changes, followups)
    changes = decisions.apply_change_decisions(changes, reviewer_decisions)
    comparison = Comparison(
        meetings=ordered,
        timelines=order,
        changes=changes,
        lineage_of=lineage_of,
        themes=taxonomy,
        followups=followups,
        participation=participation.participation(ordered),
        citations=participation.citations(ordered),
        decisions=tuple(reviewer_decisions),
    )
    stale = decisions.stale_decisions(
        reviewer_decisions,
        ordered,
        changes=changes,
        pairs=comparison.pairs,
        theme_ids={t.id for t in taxonomy},
    )
    return updated(comparison, stale_decisions=stale)


def _analysed(order, by_id, reviewer_decisions, taxonomy, memo: Memo, progress, jobs: int, meanwhile=None):
    """Every pair aligned and graded (`pair_rows`), then each meeting's requests looked for in the later
    meetings of its body (`followups.resolve_requests`), all by one set of workers; the pairs chained
    into lineages here as each comes back, in order, while the workers go on with the rest."""
    from compare.analyse import followups

    procedural = tuple(t.id for t in taxonomy if t.procedural)
    calls = [
        (pair_rows, (by_id[old], by_id[new], *decisions.links_for_pair(reviewer_decisions, old, new), procedural))
        for old, new in timelines.pairs(order)
    ] + [(followups.resolve_requests, each) for each in _followup_inputs(order, by_id, memo)]
    with contextlib.closing(memo.call_many(calls, jobs, meanwhile=meanwhile)) as made:  # workers stopped with us
        changes, lineage_of = _chained(order, by_id, made, memo, progress)
        return changes, lineage_of, tuple(request for found in made for request in found)


def _chained(order, by_id, made: Iterator[PairRows], memo: Memo, progress=None):
    """The rows of each pair of `made` (in the order of `order`), their grades set and their lineages
    folded pair by pair. Each lineage step is its own memo entry, keyed by the step
    before it, so a timeline grown by one meeting re-chains its last pair alone. A step keeps only what
    it changes in the dormant pool and its rows' lineages (not the rows); the pool and the rows are
    rebuilt here."""
    from compare.analyse import lineages, significance

    chained: list[Change] = []
    lineage_of: dict[tuple[str, str], str] = {}
    for ids in order:
        known, dormant = lineages.first_lineages(by_id[ids[0]]), ()
        lineage_of.update(known)
        for old_id, new_id in timelines.pairs((ids,)):
            old, new = by_id[old_id], by_id[new_id]
            rows, grades = next(made)
            marks, added, revived, dropped = memo.call(lineages.chain_pair, known, dormant, old, new, rows)
            chained.extend(significance.with_grades(lineages.marked(rows, marks), grades))
            lineage_of.update(added)
            known = {key: lineage for key, lineage in added.items() if key[0] == new_id}
            dormant = lineages.next_pool(dormant, revived, dropped)
            if progress:
                progress(new_id)
    return tuple(chained), lineage_of


def pair_rows(old: Meeting, new: Meeting, must: Links, never: Links, procedural: tuple[str, ...]) -> PairRows:
    """One pair's rows (`align.align_pair`, with `must` and `never` the reviewers' links), their moves
    marked, and their grades (`significance.grade_rows`, which reads neither moves nor lineages): all that
    depends on the pair alone, made in the worker that aligned it, with its caches of both meetings."""
    from compare.analyse import align, moves, significance  # numpy and scipy: loaded by the commands that compare

    rows = moves.mark_moves(align.align_pair(old, new, must, never), old, new)
    return rows, significance.grade_rows(rows, (old, new), procedural)


def _outcomes(changes: tuple[Change, ...], followups) -> tuple[Change, ...]:
    """Each row's outcome (fulfilled, repeated request, follow-up status), graded on the one scale."""
    from compare.analyse import outcomes, significance

    return tuple(significance.grade_outcome(row) for row in outcomes.join_outcomes(changes, followups))


def _followup_inputs(order, by_id, memo: Memo) -> list[tuple]:
    """What `followups.resolve_requests` takes for each meeting: its requests, and the later meetings of
    its body they can point at, with theirs."""
    from compare.analyse import followups

    requests = {mid: memo.call(followups.find_requests, m) for mid, m in by_id.items()}
    inputs = []
    for ids in order:
        for position, mid in enumerate(ids):
            later = tuple(by_id[i] for i in ids[position + 1 :])
            window = followups.search_window(by_id[mid], requests[mid], later)
            inputs.append((by_id[mid], requests[mid], window, tuple(requests[m.meeting_id] for m in window)))
    return inputs


def report_files(comparison: Comparison, memo: Memo = NO_MEMO) -> dict[str, bytes]:
    """Every file `compare` writes, by relative path; the pieces that depend on one pair or one meeting
    alone (Word redlines, Akoma Ntoso files) through the memo."""
    return dict(iter_report_files(comparison, memo))


def iter_report_files(
    comparison: Comparison, memo: Memo = NO_MEMO, jobs: int = 1, into: Path | None = None
) -> Iterator[tuple[str, bytes | None]]:
    """The files of `report_files` one at a time, as they are made by up to `jobs` worker processes (to
    be written as they come); with `into`, those the workers make are written there by them
    (`compare.report.files.iter_report_files`)."""
    from compare.report import files

    return files.iter_report_files(comparison, memo.call, jobs, into)


def report_pages(comparison: Comparison) -> dict[str, bytes]:
    """The report's CSV files and HTML pages, the same bytes `report_files` gives them, without the rest."""
    from compare.report import files

    return files.page_files(comparison)


def further_report_files(comparison: Comparison, memo: Memo = NO_MEMO) -> dict[str, bytes]:
    """What `report_files` adds to `report_pages`: the workbook, the database, Akoma Ntoso, the redlines."""
    from compare.report import files

    return files.further_files(comparison, memo.call)


def decisions_path(path: Path | None, corpus_inputs: Sequence[Path]) -> Path | None:
    """The reviewer decisions file: `path`, else `decisions.yaml` of the first input folder.

    With only files as inputs and no `path`, there are none: a run never picks
    up decisions from whatever folder it happens to be started in.
    """
    if path is not None:
        return path
    folder = next((Path(p) for p in corpus_inputs if Path(p).is_dir()), None)
    return folder / "decisions.yaml" if folder else None


def load_taxonomy(path: Path | None = None) -> tuple[Theme, ...]:
    """The theme taxonomy: the built-in one, or the YAML file at `path`."""
    from compare.analyse import taxonomy

    return tuple(taxonomy.load_taxonomy(path))


def themed(meeting: Meeting, taxonomy: tuple[Theme, ...], memo: Memo = NO_MEMO) -> Meeting:
    """`meeting` with its themes, as `wgcompare normalise` writes it."""
    return themes.with_themes(meeting, memo.call(themes.unit_themes, meeting, tuple(taxonomy)))
