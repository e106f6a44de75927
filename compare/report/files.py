"""Every file of a report, by its path in the output folder: the CSV tables and HTML pages a reader
asks for first, then the workbook, the database, the Akoma Ntoso files and the Word redlines.

The files come one at a time (`iter_report_files`): the command writes each as it comes, so it holds
one page or redline in memory at once, not the whole report (129 MB at 200 meetings)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from compare.model import Comparison, changes_by_pair
from compare.report import akn, csv, html, redline, sqlite, xlsx
from compare.report.paths import pair_path

Files = Iterator[tuple[str, bytes]]


def _direct(piece: Callable, *inputs: object):
    return piece(*inputs)


def iter_report_files(comparison: Comparison, call: Callable = _direct) -> Files:
    """`call(piece, *inputs)` makes each piece that depends on one meeting or one pair alone (the caller
    may keep them between runs: they are pure functions of their inputs)."""
    tables = csv.comparison_tables(comparison)
    yield from _page_files(comparison, tables)
    yield from _further_files(comparison, call, tables)


def report_files(comparison: Comparison, call: Callable = _direct) -> dict[str, bytes]:
    return dict(iter_report_files(comparison, call))


def page_files(comparison: Comparison) -> dict[str, bytes]:
    """The CSV tables and HTML pages only: what a reader asks for first (the service renders the rest later)."""
    return dict(_page_files(comparison, csv.comparison_tables(comparison)))


def further_files(comparison: Comparison, call: Callable = _direct) -> dict[str, bytes]:
    """The workbook, the database (and its Datasette metadata), the Akoma Ntoso files, the Word redlines."""
    return dict(_further_files(comparison, call, csv.comparison_tables(comparison)))


def _page_files(comparison: Comparison, tables: dict) -> Files:
    for name, (rows, columns) in tables.items():
        yield name, csv.csv_bytes(rows, columns)
    for name, page in html.iter_pages(comparison):
        yield name, page.encode("utf-8")


def _further_files(comparison: Comparison, call: Callable, tables: dict) -> Files:
    yield "wgcompare.xlsx", xlsx.workbook_bytes(tables)
    yield "corpus.sqlite", sqlite.database_bytes(comparison, tables)
    yield "metadata.json", sqlite.datasette_metadata()
    for meeting in comparison.meetings:
        yield f"akn/{meeting.meeting_id}.xml", call(akn.meeting_akn, meeting)
    by_pair, themes = changes_by_pair(comparison.changes), tuple(comparison.themes)
    for old, new in comparison.pairs:
        pair = (comparison.meeting(old), comparison.meeting(new), tuple(by_pair.get((old, new), ())), themes)
        yield pair_path(old, new, ".docx"), call(redline.pair_redline, *pair)
