"""Every file of a report, by its path in the output folder: the CSV tables, the pages, the Word redlines."""

from __future__ import annotations

from compare.model import Comparison
from compare.report import csv, html, redline


def report_files(comparison: Comparison) -> dict[str, bytes]:
    files = csv.comparison_csvs(comparison)
    for name, page in html.render_pages(comparison).items():
        files[name] = page.encode("utf-8")
    files.update(redline.redline_files(comparison))
    return files
