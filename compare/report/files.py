"""Every file of a report, by its path in the output folder: the CSV tables and HTML pages a reader
asks for first, then the workbook, the database, the Akoma Ntoso files and the Word redlines."""

from __future__ import annotations

from collections.abc import Callable

from compare.model import Comparison, changes_by_pair
from compare.report import akn, csv, html, redline, sqlite, xlsx
from compare.report.paths import pair_path


def _direct(piece: Callable, *inputs: object):
    return piece(*inputs)


def report_files(comparison: Comparison, call: Callable = _direct) -> dict[str, bytes]:
    """`call(piece, *inputs)` makes each piece that depends on one meeting or one pair alone (the caller
    may keep them between runs: they are pure functions of their inputs)."""
    tables = csv.comparison_tables(comparison)
    return {**page_files(comparison, tables), **further_files(comparison, call, tables)}


def page_files(comparison: Comparison, tables: dict | None = None) -> dict[str, bytes]:
    """The CSV tables and HTML pages only: what a reader asks for first (the service renders the rest later)."""
    tables = tables if tables is not None else csv.comparison_tables(comparison)
    files = {name: csv.csv_bytes(rows, columns) for name, (rows, columns) in tables.items()}
    files.update((name, page.encode("utf-8")) for name, page in html.render_pages(comparison).items())
    return files


def further_files(comparison: Comparison, call: Callable = _direct, tables: dict | None = None) -> dict[str, bytes]:
    """The workbook, the database (and its Datasette metadata), the Akoma Ntoso files, the Word redlines."""
    tables = tables if tables is not None else csv.comparison_tables(comparison)
    files = {
        "wgcompare.xlsx": xlsx.workbook_bytes(tables),
        "corpus.sqlite": sqlite.database_bytes(comparison, tables),
        "metadata.json": sqlite.datasette_metadata(),
    }
    files.update((f"akn/{m.meeting_id}.xml", call(akn.meeting_akn, m)) for m in comparison.meetings)
    by_pair, themes = changes_by_pair(comparison.changes), tuple(comparison.themes)
    for old, new in comparison.pairs:
        pair = (comparison.meeting(old), comparison.meeting(new), tuple(by_pair.get((old, new), ())), themes)
        files[pair_path(old, new, ".docx")] = call(redline.pair_redline, *pair)
    return files
