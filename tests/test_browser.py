"""The HTML report in a real, headless Chromium, opened from disk as a reviewer would open it.

Screenshots go to a temporary folder whose path the test writes to the
terminal; with WGCOMPARE_SCREENSHOTS=DIR they are also copied to DIR
(outside reports_out/, which `compare` replaces as a whole).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from playwright import sync_api
from test_report_html import NEW, OLD, corpus_comparison, sample_comparison

from compare.report.html import pair_path, render_pages, theme_path

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM} (apt-get install -y chromium)"
)


@pytest.fixture(scope="module")
def report_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("report")
    for relative, text in render_pages(sample_comparison()).items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def announce(request, line: str) -> None:
    """Print `line` to the terminal even while pytest captures output."""
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if capture is None:
        print(line)
        return
    with capture.global_and_fixture_disabled():
        print(line)


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory, request):
    folder = tmp_path_factory.mktemp("screenshots")
    announce(request, f"\nbrowser screenshots: {folder}")
    yield folder
    kept = os.environ.get("WGCOMPARE_SCREENSHOTS")
    if kept:
        Path(kept).mkdir(parents=True, exist_ok=True)
        for shot in sorted(folder.glob("*.png")):
            shutil.copy(shot, Path(kept) / shot.name)
        announce(request, f"browser screenshots copied to: {kept}")


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Watched:
    """A page with everything it logs, requests and pops up recorded."""

    def __init__(self, browser, javascript: bool = True):
        self.context = browser.new_context(java_script_enabled=javascript, viewport={"width": 1280, "height": 900})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", self._dismiss)

    def _dismiss(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, path: Path):
        self.page.goto(path.as_uri())
        self.page.wait_for_load_state("load")
        return self.page

    def assert_quiet(self):
        assert self.errors == [], self.errors
        assert self.dialogs == [], f"report text ran as script: {self.dialogs}"
        off_disk = [url for url in self.requests if not url.startswith(("file://", "data:"))]
        assert off_disk == [], off_disk

    def close(self):
        self.context.close()


@pytest.fixture
def watched(browser):
    session = Watched(browser)
    yield session
    session.assert_quiet()
    session.close()


def visible_statuses(page) -> list[str]:
    return page.eval_on_selector_all(
        "article.change", "rows => rows.filter(r => r.offsetParent !== null).map(r => r.dataset.status)"
    )


def test_index_loads_from_disk_quietly_and_shows_the_matrix(watched, report_dir, screenshots):
    comparison = sample_comparison()
    page = watched.open(report_dir / "index.html")
    cells = page.locator("table.theme-matrix td.heat a")
    used = {u.theme for m in comparison.meetings for u in m.units}
    assert cells.count() == len(used) * len(comparison.meetings)  # empty themes are left out
    assert all(cells.nth(i).is_visible() for i in range(cells.count()))
    assert page.locator("table.meetings .badge-sample").first.is_visible()
    assert page.locator(".sample-note").is_visible()
    page.screenshot(path=screenshots / "index.png", full_page=True)


def test_keyboard_reaches_a_matrix_cell_and_opens_its_theme_page(watched, report_dir, screenshots):
    page = watched.open(report_dir / "index.html")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    assert page.locator(".skip-link").is_visible()
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("!!document.activeElement.closest('td.heat')"):
            break
    else:
        pytest.fail("Tab never reached a cell of the matrix")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("", "none"), "focused link has no visible outline"
    page.screenshot(path=screenshots / "index-keyboard-focus.png")
    target = page.evaluate("document.activeElement.getAttribute('href')")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/{target}")
    assert page.url == (report_dir / target).as_uri()
    assert page.locator("table.grid").count() >= 1
    page.screenshot(path=screenshots / "theme.png", full_page=True)


def test_pair_page_filters_hide_rows_and_show_them_again(watched, report_dir, screenshots):
    page = watched.open(report_dir / pair_path(OLD, NEW))
    assert page.locator("#filters").is_visible()
    all_rows = visible_statuses(page)
    assert len(all_rows) == page.locator("article.change").count() and "modified" in all_rows
    page.screenshot(path=screenshots / "pair.png", full_page=True)

    page.select_option("#filter-status", "modified")
    assert set(visible_statuses(page)) == {"modified"}
    hidden = page.locator("article.change[hidden]")
    assert hidden.count() == len(all_rows) - all_rows.count("modified")
    assert page.locator("section.theme-group[data-theme-group='cultural-property']").is_hidden()
    assert "2 of 7 shown" in page.locator("#filter-count").inner_text()
    page.screenshot(path=screenshots / "pair-filtered-modified.png", full_page=True)

    page.select_option("#filter-status", "")
    page.check("#filter-recommendations")
    shown = page.eval_on_selector_all(
        "article.change", "rows => rows.filter(r => !r.hidden).map(r => r.dataset.recommendation)"
    )
    assert shown and set(shown) == {"true"}
    page.select_option("#filter-theme", "extradition")
    assert visible_statuses(page) == ["unchanged"]

    page.click("button[type=reset]")
    sync_api.expect(page.locator("article.change[hidden]")).to_have_count(0)  # the page's policy forbids eval
    assert visible_statuses(page) == all_rows


def test_filters_are_usable_with_the_keyboard(watched, report_dir):
    page = watched.open(report_dir / pair_path(OLD, NEW))
    page.focus("#filter-recommendations")
    page.keyboard.press("Space")
    assert page.is_checked("#filter-recommendations")
    assert page.locator("article.change[data-recommendation='false']").first.is_hidden()


def test_hostile_paragraph_is_visible_text_and_nothing_runs(watched, report_dir):
    page = watched.open(report_dir / pair_path(OLD, NEW))
    text = page.locator("main").inner_text()
    assert "<script>alert(1)</script>" in text and "<img src=x onerror=alert(1)>" in text
    assert page.locator("main img, main script").count() == 0


def test_without_javascript_every_row_shows_and_the_filters_stay_out_of_the_way(browser, report_dir, screenshots):
    session = Watched(browser, javascript=False)
    page = session.open(report_dir / pair_path(OLD, NEW))
    assert page.locator("#filters").is_hidden()
    rows = page.locator("article.change")
    assert rows.count() == 7 and all(rows.nth(i).is_visible() for i in range(rows.count()))
    page.screenshot(path=screenshots / "pair-no-javascript.png", full_page=True)
    session.assert_quiet()
    session.close()


def test_printed_pages_drop_navigation_and_keep_diffs_legible(watched, report_dir, screenshots):
    page = watched.open(report_dir / pair_path(OLD, NEW))
    page.emulate_media(media="print")
    assert page.locator(".site-header").is_hidden()
    assert page.locator("#filters").is_hidden()
    ins = page.locator(".diff-inline ins").first
    style = ins.evaluate("e => [getComputedStyle(e).textDecorationLine, getComputedStyle(e).color]")
    assert style == ["underline", "rgb(0, 0, 0)"]
    deleted = page.locator(".diff-inline del").first.evaluate("e => getComputedStyle(e).textDecorationLine")
    assert deleted == "line-through"
    page.screenshot(path=screenshots / "pair-print.png", full_page=True)
    theme_page = watched.open(report_dir / theme_path("extradition"))
    theme_page.emulate_media(media="print")
    assert theme_page.locator("details.cell-diff .diff-inline").first.is_visible(), "printed diffs stay folded away"
    theme_page.screenshot(path=screenshots / "theme-print.png", full_page=True)


def test_the_real_corpus_report_opens_quietly(watched, tmp_path, screenshots):
    comparison = corpus_comparison()
    for relative, text in render_pages(comparison).items():
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    page = watched.open(tmp_path / "index.html")
    cells = page.locator("table.theme-matrix td.heat a")
    assert cells.count() == len(comparison.meetings) * page.locator("table.theme-matrix tbody tr").count()
    page.screenshot(path=screenshots / "corpus-index.png")
    page.locator("#matrix").scroll_into_view_if_needed()
    page.screenshot(path=screenshots / "corpus-index-matrix.png")
    old, new = comparison.pairs[-1]
    page = watched.open(tmp_path / pair_path(old, new))
    page.select_option("#filter-status", "modified")
    assert set(visible_statuses(page)) == {"modified"}
    page.locator("article.change:not([hidden])").first.scroll_into_view_if_needed()
    page.screenshot(path=screenshots / "corpus-pair-modified.png")
    page = watched.open(tmp_path / "recommendations.html")
    page.screenshot(path=screenshots / "corpus-recommendations.png")
