"""Every file of a report, by its path in the output folder: the CSV tables, then the pages."""

from __future__ import annotations

from compare.model import Comparison
from compare.report import csv, html


def report_files(comparison: Comparison) -> dict[str, bytes]:
    files = csv.comparison_csvs(comparison)
    for name, page in html.render_pages(comparison).items():
        files[name] = page.encode("utf-8")
    return files
