"""Decisions from every change row of a pair page served live, and the steps an upload goes through."""

from __future__ import annotations

import html
import io
import re
import threading
import zipfile

import httpx
import pytest
import yaml
from serving import Running, copy_corpus, write_next_meeting_docx

OLD, NEW = "wg-international-cooperation-2012-04", "wg-international-cooperation-2013-05"
PAIR = f"/pairs/{OLD}--{NEW}.html"
ROW = re.compile(
    r'<article class="change[^"]*" id="([^"]+)"[^>]*data-theme="([^"]*)"[^>]*'
    r'data-old-ref="([^"]*)" data-new-ref="([^"]*)">(.*?)</article>',
    re.S,
)
HIDDEN = re.compile(r'<input (?:type="hidden" )?name="(\w+)" value="([^"]*)"')


@pytest.fixture
def corpus(tmp_path):
    return copy_corpus(tmp_path / "meetings")


@pytest.fixture
def server(corpus, tmp_path):
    running = Running(corpus, tmp_path / "memo")
    yield running
    running.stop()


def rows_of(page: str) -> dict[tuple[str, str], dict]:
    """Each change row of a pair page by its (old ref, new ref): id, theme and the HTML inside it."""
    found = {}
    for row_id, theme, old_ref, new_ref, body in ROW.findall(page):
        found[(html.unescape(old_ref), html.unescape(new_ref))] = {"id": row_id, "theme": theme, "body": body}
    return found


def row_form(body: str) -> dict[str, str]:
    """The fields of the row's decision form the page fills in (the last form of the row): csrf, meetings, refs."""
    form = body.rsplit('<form method="post" action="/_serve/decisions" class="row-form">', 1)[1]
    return {name: html.unescape(value) for name, value in HIDDEN.findall(form.split("</form>", 1)[0])}


def test_every_change_row_has_its_controls_and_the_static_report_has_none(server):
    with httpx.Client(base_url=server.url, timeout=30) as client:
        page = client.get(PAIR).text
        archive = zipfile.ZipFile(io.BytesIO(client.get("/_serve/report.zip").content))
    rows = rows_of(page)
    assert len(rows) > 10 and all('class="row-decide"' in row["body"] for row in rows.values())
    assert page.count('class="row-form"') == page.count('<article class="change')
    assert '<datalist id="units-old">' in page and '<option value="3(c)">' in page
    snapshot = server.service.corpus.snapshot()
    every = server.service.corpus.every_file(snapshot)
    assert {name: every[name] for name in snapshot.files} == snapshot.files, "the pages served first are the report's"
    assert sorted(archive.namelist()) == sorted(f"wgcompare-report/{name}" for name in every)
    assert "wgcompare.xlsx" in every and "corpus.sqlite" in every
    static = archive.read(f"wgcompare-report{PAIR}").decode("utf-8")
    assert 'method="post"' not in static and "row-decide" not in static and "form-action 'none'" in static


def test_a_link_from_a_new_units_row_lands_on_the_row_it_made_and_is_undone_from_it(server, corpus):
    with httpx.Client(base_url=server.url, timeout=30) as client:
        rows = rows_of(client.get(PAIR).text)
        new_only = next(key for key in rows if not key[0])
        dropped = next(key for key in rows if not key[1])
        form = {**row_form(rows[new_only]["body"]), "kind": "link", "old_ref": dropped[0], "new_ref": new_only[1]}
        reply = client.post("/_serve/decisions", data={**form, "who": "A. Reviewer", "why": "same item"})
        assert reply.status_code == 303
        target = reply.headers["location"]
        decision_id = target.rsplit("#decision-", 1)[1]
        rows = rows_of(client.get(target.split("#")[0]).text)
        linked = rows[(dropped[0], new_only[1])]
        assert f'id="decision-{decision_id}"' in linked["body"] and "A. Reviewer" in linked["body"]
        assert dropped not in rows and new_only not in rows, "the two rows became one"
        saved = yaml.safe_load((corpus / "decisions.yaml").read_text("utf-8"))["decisions"]
        assert [(d["kind"], d["old_ref"], d["new_ref"]) for d in saved] == [("link", dropped[0], new_only[1])]
        undo = {**row_form(linked["body"]), "csrf": form["csrf"]}
        undone = client.post(f"/_serve/decisions/{decision_id}/undo", data=undo)
        assert undone.headers["location"].endswith(f"#{linked['id']}")
        rows = rows_of(client.get(PAIR).text)
    assert dropped in rows and new_only in rows and f"decision-{decision_id}" not in str(rows)
    assert yaml.safe_load((corpus / "decisions.yaml").read_text("utf-8"))["decisions"] in (None, [])


def test_another_theme_and_editorial_from_a_matched_row_show_on_that_row(server):
    with httpx.Client(base_url=server.url, timeout=30) as client:
        rows = rows_of(client.get(PAIR).text)
        matched = next(key for key, row in rows.items() if all(key) and row["theme"] != "extradition")
        form = {**row_form(rows[matched]["body"]), "who": "B. Reviewer", "why": "about surrender"}
        themed = client.post("/_serve/decisions", data={**form, "kind": "theme", "theme": "extradition"})
        editorial = client.post("/_serve/decisions", data={**form, "kind": "editorial"})
        assert (themed.status_code, editorial.status_code) == (303, 303), editorial.text
        unlink_offered = 'value="unlink"' in rows[matched]["body"]
        row = rows_of(client.get(PAIR).text)[matched]
    assert row["theme"] == "extradition", "the row moved to the theme the reviewer chose"
    assert row["body"].count('class="row-decision"') == 2 and "editorial" in row["body"] and unlink_offered


def test_an_upload_reports_its_steps_in_order_until_done(server, tmp_path):
    from compare.serve.uploads import STEPS

    report = write_next_meeting_docx(tmp_path / "next.docx").read_bytes()
    with httpx.Client(base_url=server.url, timeout=30) as client:
        token = re.search(r'name="csrf" value="([^"]+)"', client.get("/_serve/upload").text).group(1)
        reply = client.post(
            "/_serve/upload",
            files={"report": ("next.docx", report)},
            data={"csrf": token},
            headers={"Accept": "application/json"},
        )
        status, seen, pages = reply.json()["status"], [], []
        for _ in range(600):
            job = client.get(status, headers={"Accept": "application/json"}).json()
            if not seen or seen[-1] != job["step"]:
                seen.append(job["step"])
                pages.append(client.get(status, follow_redirects=False))  # the job may end meanwhile
            if job["state"] != "working":
                break
            threading.Event().wait(0.02)
    assert job["state"] == "added" and seen[-1] == "done" and job["next"].startswith("/pairs/")
    assert seen == sorted(seen, key=STEPS.index), f"steps out of order: {seen}"
    shown = [page.text for page, step in zip(pages, seen, strict=True) if step != "done" and not page.is_redirect]
    assert shown and all('aria-current="step"' in text for text in shown)
