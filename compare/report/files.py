"""Every file of a report, by its path in the output folder: the CSV tables, the HTML pages, the
workbook, the database, the Akoma Ntoso files and the Word redlines.

Each file is a piece made by one call from data made once (`Pieces`), so the files can come one at
a time (`iter_report_files`: the command writes each as it comes and holds one page or redline in
memory, not the whole report, 129 MB at 200 meetings) and be made by several worker processes."""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Generator, Iterator
from pathlib import Path

from compare.model import Comparison, changes_by_pair
from compare.report import akn, csv, html, redline, sqlite, templating, xlsx
from compare.report.paths import pair_path
from compare.util.atomic import put
from compare.util.collector import frozen
from compare.util.steps import Stepped, in_one_step, outcome
from compare.util.workers import ordered_map

Pieces = list[tuple[str, Callable[[], bytes]]]
PAGES_RUN = 4  # pages a worker makes and sends back at once: a run of large pages is held whole


def _direct(piece: Callable, *inputs: object):
    return piece(*inputs)


def iter_report_files(
    comparison: Comparison, call: Callable = _direct, jobs: int = 1, into: Path | None = None
) -> Iterator[tuple[str, bytes | None]]:
    """(path, bytes) of every file. The HTML pages, the Word redlines and the Akoma Ntoso files are made by
    `jobs` - 1 worker processes; the files of the tables (the CSV files, the workbook, the database) are
    made here, a step at a time whenever no worker's file has come yet (the database is read back once
    the workers are gone, so their memory does not add up), and then the last of the others no worker
    has begun (the small ones are last), so both sides finish together. With `jobs` 1, all are made here.
    `call(piece, *inputs)` makes each piece that depends on one meeting or one pair alone (the caller may
    keep them between runs: they are pure functions of their inputs). Given `into` (the folder being
    filled: `compare.util.atomic.write_folder_atomic`), the pages, redlines and Akoma Ntoso files are
    written there by the process that made them, and come as (path, None): they never travel back."""
    with frozen():  # the comparison outlives the report: out of the collector's passes
        tables = csv.comparison_tables(comparison)
        pieces = _html_pieces(comparison) + _redline_pieces(comparison, call) + _akn_pieces(comparison, call)
        if jobs > 1:
            templating.compile_all()  # once, here, not once in each worker (a no-op when done already)
        names = [name for name, _ in pieces]
        makers = [make if into is None else functools.partial(_written, into, name, make) for name, make in pieces]
        csv_steps = [(name, in_one_step(make)) for name, make in _csv_pieces(tables)]
        tabled = Stepped(csv_steps + _table_steps(comparison, tables))
        try:
            made = ordered_map(operator.call, makers, jobs, tabled.steps, share=True, longest_run=PAGES_RUN)
            yield from zip(names, made, strict=True)
            yield from tabled.finished()
        finally:
            tabled.close()  # a consumer that stopped early leaves no scratch file


def report_files(comparison: Comparison, call: Callable = _direct) -> dict[str, bytes]:
    return dict(iter_report_files(comparison, call))


def page_files(comparison: Comparison) -> dict[str, bytes]:
    """The CSV tables and HTML pages only: what a reader asks for first (the service renders the rest later)."""
    with frozen():  # the comparison outlives the report: out of the collector's passes
        return _made(_page_pieces(comparison, csv.comparison_tables(comparison)))


def further_files(comparison: Comparison, call: Callable = _direct) -> dict[str, bytes]:
    """The workbook, the database (and its Datasette metadata), the Akoma Ntoso files, the Word redlines."""
    with frozen():  # the comparison outlives the report: out of the collector's passes
        return _made(_table_pieces(comparison, csv.comparison_tables(comparison)) + _document_pieces(comparison, call))


def _made(pieces: Pieces) -> dict[str, bytes]:
    return {name: make() for name, make in pieces}


def _written(folder: Path, name: str, make: Callable[[], bytes]) -> None:
    put(folder, name, make())


def _encoded(render: Callable[[], str]) -> bytes:
    return render().encode("utf-8")


def _page_pieces(comparison: Comparison, tables: dict) -> Pieces:
    return _csv_pieces(tables) + _html_pieces(comparison)


def _csv_pieces(tables: dict) -> Pieces:
    return [(name, functools.partial(csv.csv_bytes, rows, columns)) for name, (rows, columns) in tables.items()]


def _html_pieces(comparison: Comparison) -> Pieces:
    return [(name, functools.partial(_encoded, render)) for name, render in html.page_makers(comparison)]


def _table_pieces(comparison: Comparison, tables: dict) -> Pieces:
    return [(name, functools.partial(outcome, steps)) for name, steps in _table_steps(comparison, tables)]


def _table_steps(comparison: Comparison, tables: dict) -> list[tuple[str, Generator]]:
    """The workbook, the database and its Datasette metadata, as work taken a step at a time."""
    return [
        ("wgcompare.xlsx", xlsx.workbook_steps(tables)),
        ("corpus.sqlite", sqlite.database_steps(comparison, tables)),
        ("metadata.json", in_one_step(sqlite.datasette_metadata)),
    ]


def _document_pieces(comparison: Comparison, call: Callable) -> Pieces:
    return _akn_pieces(comparison, call) + _redline_pieces(comparison, call)


def _akn_pieces(comparison: Comparison, call: Callable) -> Pieces:
    return [(f"akn/{m.meeting_id}.xml", functools.partial(call, akn.meeting_akn, m)) for m in comparison.meetings]


def _redline_pieces(comparison: Comparison, call: Callable) -> Pieces:
    pieces = []
    by_pair, themes = changes_by_pair(comparison.changes), tuple(comparison.themes)
    for old, new in comparison.pairs:
        pair = (comparison.meeting(old), comparison.meeting(new), tuple(by_pair.get((old, new), ())), themes)
        pieces.append((pair_path(old, new, ".docx"), functools.partial(call, redline.pair_redline, *pair)))
    return pieces
