"""The HTML report's entry points (see compare.report.pages for how pages are made)."""

from compare.report.labels import meeting_label
from compare.report.pages import page_makers, render_pages
from compare.report.paths import pair_path, safe_name, theme_path

__all__ = ["meeting_label", "page_makers", "pair_path", "render_pages", "safe_name", "theme_path"]
