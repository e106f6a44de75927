"""Every file of a report, by its path in the output folder: the CSV tables, the workbook, the
database, the Akoma Ntoso files, the pages, the Word redlines."""

from __future__ import annotations

from compare.model import Comparison
from compare.report import akn, csv, html, redline, sqlite, xlsx


def report_files(comparison: Comparison) -> dict[str, bytes]:
    tables = csv.comparison_tables(comparison)
    files = {name: csv.csv_bytes(rows, columns) for name, (rows, columns) in tables.items()}
    files["wgcompare.xlsx"] = xlsx.workbook_bytes(tables)
    files["corpus.sqlite"] = sqlite.database_bytes(comparison, tables)
    files["metadata.json"] = sqlite.datasette_metadata()
    files.update(akn.corpus_akn(comparison.meetings))
    for name, page in html.render_pages(comparison).items():
        files[name] = page.encode("utf-8")
    files.update(redline.redline_files(comparison))
    return files


def page_files(comparison: Comparison) -> dict[str, bytes]:
    """The CSV tables and HTML pages only: what a reader asks for first (the service renders the rest later)."""
    tables = csv.comparison_tables(comparison)
    files = {name: csv.csv_bytes(rows, columns) for name, (rows, columns) in tables.items()}
    files.update((name, page.encode("utf-8")) for name, page in html.render_pages(comparison).items())
    return files
