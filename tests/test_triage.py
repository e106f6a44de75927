"""The triage report in a real Chromium at a desktop (1400 px) and a phone (390 px) width, over the real corpus.

Screenshots go to a folder whose path the test prints; look at them.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from test_browser import CHROMIUM, CHROMIUM_ARGS, announce
from test_report_html import corpus_comparison

from compare.report.html import pair_path, render_pages

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}")
sync_api = pytest.importorskip("playwright.sync_api")
WIDTHS = (1400, 390)


@pytest.fixture(scope="module")
def corpus_report(tmp_path_factory):
    comparison = corpus_comparison()
    folder = tmp_path_factory.mktemp("triage")
    for relative, text in render_pages(comparison).items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return comparison, folder


@pytest.fixture(scope="module")
def shots(tmp_path_factory, request):
    folder = tmp_path_factory.mktemp("triage-screenshots")
    announce(request, f"\ntriage screenshots: {folder}")
    return folder


@pytest.fixture(scope="module")
def chromium():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def open_page(chromium, path: Path, width: int, query: str = ""):
    page = chromium.new_page(viewport={"width": width, "height": 900})
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(path.resolve().as_uri() + query)
    return page, errors


def first_pair(comparison) -> str:
    return pair_path(*comparison.pairs[0])


@pytest.mark.parametrize("width", WIDTHS)
def test_no_page_scrolls_sideways(chromium, corpus_report, shots, width):
    _, folder = corpus_report
    for path in sorted(folder.rglob("*.html")):
        page, errors = open_page(chromium, path, width)
        scroll = page.evaluate("document.scrollingElement.scrollWidth")
        assert scroll <= page.evaluate("innerWidth"), f"{path.name} at {width} px is {scroll} px wide"
        assert errors == [], errors
        if path.name in ("index.html", "recommendations.html") or path.parent.name == "pairs":
            page.screenshot(path=shots / f"{width}-{path.parent.name}-{path.stem[:60]}.png")
        page.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_key_changes_come_first_and_link_to_visible_details(chromium, corpus_report, width):
    comparison, folder = corpus_report
    page, _ = open_page(chromium, folder / first_pair(comparison), width)
    links = page.locator("#key-changes li > a")
    assert links.count() == page.locator("article.change[data-significance=major]").count() > 0
    target = links.first.get_attribute("href")
    links.first.click()
    assert page.evaluate("location.hash") == target
    assert page.locator(target).is_visible()
    assert page.locator(target).bounding_box()["y"] < 900
    page.close()


def visible_changes(page) -> list[dict]:
    return page.eval_on_selector_all(
        "article.change",
        "rows => rows.filter(r => r.offsetParent !== null)"
        ".map(r => ({status: r.dataset.status, significance: r.dataset.significance, id: r.id}))",
    )


@pytest.mark.parametrize("width", WIDTHS)
def test_filters_are_kept_in_the_url_and_survive_a_reload(chromium, corpus_report, shots, width):
    comparison, folder = corpus_report
    page, errors = open_page(chromium, folder / first_pair(comparison), width)
    page.select_option("#filter-status", "dropped")
    page.select_option("#filter-significance", "major")
    shown = visible_changes(page)
    assert shown and all(r["status"] == "dropped" and r["significance"] == "major" for r in shown)
    assert "status=dropped" in page.url and "significance=major" in page.url
    page.reload()
    assert page.input_value("#filter-status") == "dropped"
    assert page.input_value("#filter-significance") == "major"
    assert visible_changes(page) == shown
    page.screenshot(path=shots / f"{width}-pair-filtered-after-reload.png")
    assert errors == []
    page.close()


def test_one_diff_view_at_a_time_and_the_switch_is_remembered(chromium, corpus_report):
    comparison, folder = corpus_report
    page, _ = open_page(chromium, folder / first_pair(comparison), 1400)
    modified = page.locator("article.change[data-status=modified]").first
    assert modified.locator(".view-inline").is_visible() and modified.locator(".view-side").is_hidden()
    page.check("#view-side")
    assert modified.locator(".view-inline").is_hidden() and modified.locator(".view-side").is_visible()
    page.reload()
    assert page.is_checked("#view-side") and modified.locator(".view-side").is_visible()
    page.close()


def test_unchanged_units_are_folded(chromium, corpus_report):
    comparison, folder = corpus_report
    page, _ = open_page(chromium, folder / first_pair(comparison), 1400)
    unchanged = page.locator("article.change[data-status=unchanged]")
    assert unchanged.count() > 0
    assert unchanged.first.locator("details .text").is_hidden()
    page.close()


def test_j_and_k_step_through_the_changes_shown(chromium, corpus_report):
    comparison, folder = corpus_report
    page, _ = open_page(chromium, folder / first_pair(comparison), 1400)
    page.select_option("#filter-status", "modified")
    order = [r["id"] for r in visible_changes(page)]
    page.locator("h1").click()
    page.keyboard.press("j")
    assert page.evaluate("location.hash") == f"#{order[0]}"
    page.keyboard.press("j")
    assert page.evaluate("location.hash") == f"#{order[1]}"
    page.keyboard.press("k")
    assert page.evaluate("location.hash") == f"#{order[0]}"
    page.click("#next-change")
    assert page.evaluate("location.hash") == f"#{order[1]}"
    assert "status=modified" in page.url  # stepping keeps the filters
    page.close()


def test_print_gives_key_changes_and_inline_diffs_only(chromium, corpus_report, shots, request):
    from pypdf import PdfReader

    comparison, folder = corpus_report
    largest = max(comparison.pairs, key=lambda pair: sum(c.pair == pair for c in comparison.changes))
    page, _ = open_page(chromium, folder / pair_path(*largest), 1400)
    screen_height = page.evaluate("document.scrollingElement.scrollHeight")
    page.emulate_media(media="print")
    assert page.locator("#key-changes").is_visible()
    assert page.locator(".diff-inline").first.is_visible()
    for hidden in ("#filters", ".site-header", ".view-side", "article.change[data-status=unchanged]"):
        assert page.locator(hidden).first.is_hidden(), hidden
    page.screenshot(path=shots / "pair-print.png", full_page=True)
    printed = len(PdfReader(io.BytesIO(page.pdf(format="A4"))).pages)
    announce(request, f"{largest[0]} -> {largest[1]}: {screen_height} px at 1400 px, {printed} printed pages")
    assert printed <= 11  # the page printed 33 A4 pages before the triage view; the goal is a third
    page.close()


def test_pair_pages_link_previous_and_next_pair_and_theme_pages_link_meetings(chromium, corpus_report):
    comparison, folder = corpus_report
    timeline = next(t for t in comparison.timelines if len(t) > 2)
    first, second = pair_path(*timeline[:2]), pair_path(*timeline[1:3])
    page, _ = open_page(chromium, folder / first, 1400)
    page.click("a[rel=next]")
    assert page.url.endswith(second)
    page.click("a[rel=prev]")
    assert page.url.endswith(first)
    page.goto((folder / "themes").resolve().as_uri() + "/" + sorted(p.name for p in (folder / "themes").iterdir())[0])
    heads = page.locator("th.meeting-head a")
    if heads.count():
        assert heads.first.get_attribute("href").startswith("../pairs/")
    page.close()
