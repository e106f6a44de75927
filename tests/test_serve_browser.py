"""`wgcompare serve` in a real headless Chromium: upload through the page, then decide on the pair page and undo.

Screenshots go to a temporary folder printed on the terminal (and to
$WGCOMPARE_SCREENSHOTS when set), as in test_browser.py.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
import yaml
from serving import NEW_MEETING, Running, copy_corpus, write_next_meeting_docx

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
OLD, NEW = "wg-international-cooperation-2012-04", "wg-international-cooperation-2013-05"

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}")


@pytest.fixture
def server(tmp_path):
    running = Running(copy_corpus(tmp_path / "meetings"), tmp_path / "memo")
    yield running
    running.stop()


@pytest.fixture
def page(tmp_path):
    from playwright import sync_api

    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        tab = browser.new_page(viewport={"width": 1100, "height": 900})
        errors: list[str] = []
        tab.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
        tab.errors = errors
        yield tab
        browser.close()


@pytest.fixture
def shots(tmp_path, request):
    folder = tmp_path / "screenshots"
    folder.mkdir()
    yield folder
    kept = os.environ.get("WGCOMPARE_SCREENSHOTS")
    if kept:
        Path(kept).mkdir(parents=True, exist_ok=True)
        for shot in folder.glob("*.png"):
            shutil.copy(shot, Path(kept) / shot.name)


def test_upload_through_the_page_opens_the_new_pair(server, page, shots, tmp_path):
    report = write_next_meeting_docx(tmp_path / "next meeting.docx")
    page.goto(f"{server.url}/_serve/upload")
    page.set_input_files("#upload-file", str(report))
    page.screenshot(path=str(shots / "serve-1-upload.png"))
    steps: list[str] = []

    def polled(response) -> None:
        if "/_serve/jobs/" not in response.url or not response.ok:
            return
        try:
            steps.append(response.json()["step"])
        except Exception:  # noqa: BLE001  the last reply's body is gone once the page has moved on to the pair
            return
        if steps.count(steps[-1]) == 1 and steps[-1] != "done":
            page.locator("#upload-status").screenshot(path=str(shots / f"serve-1b-progress-{steps[-1]}.png"))

    page.on("response", polled)
    page.click("#upload-submit")
    page.wait_for_url(f"**/pairs/wg-international-cooperation-2014-06--{NEW_MEETING}.html", timeout=30_000)
    page.screenshot(path=str(shots / "serve-2-new-pair.png"), full_page=False)
    assert "7th meeting (2015)" in page.content()
    order = ["checking", "reading", "normalising", "comparing", "done"]
    assert steps and set(steps) <= set(order) and steps == sorted(steps, key=order.index), steps
    assert not page.errors, page.errors


def test_link_two_units_reload_see_it_applied_then_undo(server, page, shots):
    pair = f"{server.url}/pairs/{OLD}--{NEW}.html"
    page.goto(pair)
    page.select_option("#decision-kind", "link")
    page.select_option("#decision-old-ref", "3(c)")
    page.select_option("#decision-new-ref", "3(d)")
    page.fill("#decision-who", "A. Reviewer")
    page.fill("#decision-why", "same request, reworded")
    page.click("#decision-submit")
    page.wait_for_load_state()
    page.reload()
    panel = page.locator("#reviewer-decisions")
    assert "3(c) = " in panel.inner_text() and "A. Reviewer" in panel.inner_text()
    assert page.locator("p.decision").filter(has_text="same request, reworded").count() >= 1
    panel.screenshot(path=str(shots / "serve-3-decision.png"))
    saved = yaml.safe_load((server.service.corpus.decisions_path).read_text("utf-8"))["decisions"]
    assert [(d["kind"], d["old_ref"], d["new_ref"]) for d in saved] == [("link", "3(c)", "3(d)")]
    page.locator("#reviewer-decisions button", has_text="Undo").click()
    page.wait_for_load_state()
    page.reload()
    assert page.locator("p.decision").filter(has_text="same request, reworded").count() == 0
    assert "No decision about these meetings yet" in page.locator("#reviewer-decisions").inner_text()
    page.locator("#reviewer-decisions").screenshot(path=str(shots / "serve-4-undone.png"))
    assert not page.errors, page.errors


def test_decide_on_a_change_row_see_it_on_that_row_then_undo_it(server, page, shots):
    page.goto(f"{server.url}/pairs/{OLD}--{NEW}.html")
    new_row = page.locator('article.change[data-old-ref=""]').first
    dropped_ref = page.locator('article.change[data-new-ref=""]').first.get_attribute("data-old-ref")
    new_ref = new_row.get_attribute("data-new-ref")
    new_row.locator("details.row-decide summary").click()
    new_row.locator(".row-kind").select_option("link")
    new_row.locator(".row-old").fill(dropped_ref)
    new_row.locator(".row-who").fill("C. Reviewer")
    new_row.locator(".row-why").fill("the same request, moved")
    new_row.screenshot(path=str(shots / "serve-5-row-form.png"))
    new_row.locator(".row-submit").click()
    page.wait_for_url("**#decision-d-*")
    linked = page.locator(f'article.change[data-old-ref="{dropped_ref}"][data-new-ref="{new_ref}"]')
    assert "C. Reviewer" in linked.locator(".row-decision").inner_text()
    linked.scroll_into_view_if_needed()
    linked.screenshot(path=str(shots / "serve-6-row-decided.png"))
    linked.locator(".row-undo").click()
    page.wait_for_load_state()
    assert page.locator(".row-decision").count() == 0
    assert page.locator(f'article.change[data-old-ref=""][data-new-ref="{new_ref}"]').count() == 1
    page.screenshot(path=str(shots / "serve-7-row-undone.png"))
    assert not page.errors, page.errors
