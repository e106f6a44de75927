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
    page.click("#upload-submit")
    page.wait_for_url(f"**/pairs/wg-international-cooperation-2014-06--{NEW_MEETING}.html", timeout=30_000)
    page.screenshot(path=str(shots / "serve-2-new-pair.png"), full_page=False)
    assert "7th meeting (2015)" in page.content()
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
