"""The pair page's third diff view, the new report in its own order with the changes marked, in a real Chromium."""

from __future__ import annotations

import pytest
from test_browser import CHROMIUM
from test_triage import chromium, corpus_report, first_pair, open_page  # noqa: F401  (fixtures)

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}")


def shown_order(page) -> list[dict]:
    """The visible rows from top to bottom: their new ref, status and theme."""
    return page.evaluate(
        """() => Array.from(document.querySelectorAll('article.change'))
            .filter(a => a.offsetParent !== null)
            .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
            .map(a => ({ref: a.dataset.newRef, status: a.dataset.status, theme: a.dataset.theme}))"""
    )


@pytest.mark.parametrize("width", (1400, 390))
def test_the_new_reports_own_order_with_changes_marked_survives_a_reload(chromium, corpus_report, width):  # noqa: F811
    comparison, folder = corpus_report
    old_id, new_id = comparison.pairs[0]
    page, errors = open_page(chromium, folder / first_pair(comparison), width)
    by_theme = shown_order(page)
    page.check("#view-document")
    page.reload()
    assert page.is_checked("#view-document") and "view=document" in page.url
    ordered = shown_order(page)
    assert sorted(map(str, ordered)) == sorted(map(str, by_theme))  # the same rows, only reordered
    new_refs = [row["ref"] for row in ordered if row["ref"]]
    report_order = [u.ref for u in comparison.meeting(new_id).units]
    assert new_refs == [ref for ref in report_order if ref in new_refs]  # the new report's own order
    assert new_refs != [row["ref"] for row in by_theme if row["ref"]]  # not the grouping by theme
    modified = page.locator("article.change[data-status=modified]").first
    assert modified.locator(".view-inline ins, .view-inline del").count() > 0  # changes marked in the text
    assert modified.locator(".view-side").is_hidden()
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert not errors
    page.close()
