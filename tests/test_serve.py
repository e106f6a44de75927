"""`wgcompare serve` driven over HTTP: the real server on a loopback port, a copy of meetings/ as its corpus."""

from __future__ import annotations

import io
import random
import re
import threading
import zipfile

import httpx
import pytest
import yaml
from serving import NEW_MEETING, Running, copy_corpus, corpus_bytes, write_next_meeting_docx

OLD, NEW = "wg-international-cooperation-2012-04", "wg-international-cooperation-2013-05"
PAIR = f"/pairs/{OLD}--{NEW}.html"


@pytest.fixture
def corpus(tmp_path):
    return copy_corpus(tmp_path / "meetings")


@pytest.fixture
def server(corpus, tmp_path):
    running = Running(corpus, tmp_path / "memo")
    yield running
    running.stop()


def csrf_of(client: httpx.Client, path: str = PAIR) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', client.get(path).text).group(1)


def wait_for_job(client: httpx.Client, status: str) -> dict:
    for _ in range(300):
        job = client.get(status, headers={"Accept": "application/json"}).json()
        if job["state"] != "working":
            return job
        threading.Event().wait(0.1)
    raise AssertionError("the upload never finished")


def upload(client: httpx.Client, name: str, data: bytes, token: str) -> httpx.Response:
    return client.post(
        "/_serve/upload",
        files={"report": (name, data, "application/octet-stream")},
        data={"csrf": token},
        headers={"Accept": "application/json"},
    )


def test_a_docx_uploaded_is_added_to_the_corpus_and_its_pair_page_opens(server, corpus, tmp_path):
    report = write_next_meeting_docx(tmp_path / "next meeting.docx").read_bytes()
    with httpx.Client(base_url=server.url, timeout=30) as client:
        token = csrf_of(client, "/_serve/upload")
        reply = upload(client, "next meeting.docx", report, token)
        assert reply.status_code == 202, reply.text
        job = wait_for_job(client, reply.json()["status"])
        assert job["state"] == "added" and job["meeting_id"] == NEW_MEETING, job
        page = client.get(job["next"])
    assert job["next"] == f"/pairs/wg-international-cooperation-2014-06--{NEW_MEETING}.html"
    assert page.status_code == 200 and "7th meeting (2015)" in page.text and "essential" in page.text
    assert (corpus / "raw" / f"{NEW_MEETING}.docx").read_bytes() == report
    assert (corpus / f"{NEW_MEETING}.json").exists() and (corpus / f"{NEW_MEETING}.md").exists()


def test_the_same_meeting_again_asks_before_replacing(server, corpus):
    sample = (corpus / "raw" / "wgic-2014-sample.md").read_bytes().replace(b"21 to 23", b"20 to 23")
    before = corpus_bytes(corpus)
    with httpx.Client(base_url=server.url, timeout=30) as client:
        token = csrf_of(client, "/_serve/upload")
        status = upload(client, "again.md", sample, token).json()["status"]
        job = wait_for_job(client, status)
        assert job["state"] == "confirm" and job["meeting_id"] == "wg-international-cooperation-2014-06"
        assert "already holds this meeting" in client.get(status).text
        assert corpus_bytes(corpus) == before, "nothing is written before the reviewer chooses"
        kept = client.post(f"{status}/cancel", data={"csrf": token}, follow_redirects=True)
        assert "Nothing was added" in kept.text and corpus_bytes(corpus) == before
        status = upload(client, "again.md", sample, token).json()["status"]
        assert wait_for_job(client, status)["state"] == "confirm"
        replaced = client.post(f"{status}/replace", data={"csrf": token}, follow_redirects=True)
    assert replaced.status_code == 200 and "/pairs/" in str(replaced.url)
    assert b"20 to 23" in (corpus / "wg-international-cooperation-2014-06.md").read_bytes()


@pytest.fixture(scope="module")
def hostile_uploads(tmp_path_factory, seed_pdf) -> dict[str, bytes]:
    import formats

    tmp_path = tmp_path_factory.mktemp("hostile")
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"<w:document>" + b" " * (300 * 1024 * 1024))
    return {
        "random.pdf": random.Random(5).randbytes(50_000),
        "bomb.docx": bomb.getvalue(),
        "encrypted.pdf": formats.hostile_encrypted_pdf(seed_pdf, tmp_path / "encrypted.pdf").read_bytes(),
        "big.md": b"1. " + b"word " * (25 * 1024 * 1024 // 5),
        "../../escape.md": b"1. A paragraph of a report.\n",
    }


HOSTILE = ["random.pdf", "bomb.docx", "encrypted.pdf", "big.md", "../../escape.md"]


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_uploads_are_refused_with_a_reason_and_the_corpus_is_untouched(server, corpus, hostile_uploads, name):
    data = hostile_uploads[name]
    before = corpus_bytes(corpus)
    with httpx.Client(base_url=server.url, timeout=60) as client:
        token = csrf_of(client, "/_serve/upload")
        reply = upload(client, name, data, token)
        if reply.status_code == 202:
            job = wait_for_job(client, reply.json()["status"])
            assert job["state"] == "failed", job
            assert f"error: {name}: {job['reason']}" in client.get(reply.json()["status"]).text
            reason = job["reason"]
        else:
            assert reply.status_code in (400, 413)
            reason = reply.json()["reason"]
        assert client.get(PAIR).status_code == 200, "the service goes on"
    print(f"{name}: {reason}")
    assert reason and "Error" not in reason and "Traceback" not in reason
    assert corpus_bytes(corpus) == before
    assert not (corpus.parent / "escape.md").exists() and not (corpus.parent.parent / "escape.md").exists()


def test_twenty_concurrent_decisions_are_all_recorded(server, corpus):
    with httpx.Client(base_url=server.url) as client:
        token = csrf_of(client)
    old_refs = ["1", "2", "3", "3(a)", "3(b)", "3(c)", "3(d)", "3(e)", "3(f)", "4"]
    forms = [{"kind": "theme", "old_meeting": OLD, "old_ref": ref, "theme": "extradition"} for ref in old_refs]
    forms += [{"kind": "theme", "new_meeting": NEW, "new_ref": str(n), "theme": "extradition"} for n in range(5, 15)]
    replies: list[httpx.Response] = []

    def post(form: dict) -> None:
        with httpx.Client(base_url=server.url, timeout=60) as own:
            replies.append(own.post("/_serve/decisions", data={**form, "csrf": token, "who": "r", "back": PAIR[1:]}))

    threads = [threading.Thread(target=post, args=(form,)) for form in forms]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [r.status_code for r in replies] == [303] * 20
    saved = yaml.safe_load((corpus / "decisions.yaml").read_text("utf-8"))["decisions"]
    assert len(saved) == 20 and {d["ref"] for d in saved} == {*old_refs, *map(str, range(5, 15))}


def test_a_decision_is_applied_shown_on_its_pair_page_and_undone(server, corpus):
    with httpx.Client(base_url=server.url, timeout=30) as client:
        token = csrf_of(client)
        form = {
            "csrf": token,
            "kind": "link",
            "old_meeting": OLD,
            "old_ref": "3(c)",
            "new_meeting": NEW,
            "new_ref": "3(d)",
            "who": "A. Reviewer",
            "why": "same request",
            "back": PAIR[1:],
        }
        page = client.post("/_serve/decisions", data=form, follow_redirects=True)
        decision_id = re.search(r"(d-[0-9a-f]{8}) link", page.text).group(1)
        assert "Reviewer decision: " + decision_id in page.text, "the row it applies to says so"
        contradicting = client.post("/_serve/decisions", data={**form, "new_ref": "3(e)"})
        assert contradicting.status_code == 400 and decision_id in contradicting.text
        unknown = client.post("/_serve/decisions", data={**form, "new_ref": "3(zz)"})
        assert unknown.status_code == 400 and "has no unit 3(zz) (nearest: " in unknown.text
        undo = {"csrf": token, "back": PAIR[1:]}
        undone = client.post(f"/_serve/decisions/{decision_id}/undo", data=undo, follow_redirects=True)
    assert "Reviewer decision: " + decision_id not in undone.text
    assert yaml.safe_load((corpus / "decisions.yaml").read_text("utf-8"))["decisions"] in (None, [])


def test_state_changes_without_the_csrf_token_are_refused(server, corpus, tmp_path):
    before = corpus_bytes(corpus)
    report = write_next_meeting_docx(tmp_path / "next.docx").read_bytes()
    form = {"kind": "link", "old_meeting": OLD, "old_ref": "3(c)", "new_meeting": NEW, "new_ref": "3(d)"}
    with httpx.Client(base_url=server.url, timeout=30) as client:
        refused = [
            client.post("/_serve/decisions", data=form),
            client.post("/_serve/decisions", data={**form, "csrf": "guessed"}),
            client.post("/_serve/upload", files={"report": ("next.docx", report)}),
            client.post("/_serve/decisions/d-00000000/undo", data={}),
        ]
    assert [r.status_code for r in refused] == [403] * 4
    assert all("CSRF" in r.text for r in refused)
    assert corpus_bytes(corpus) == before


OUTSIDE = [
    "/../decisions.yaml",
    "/%2e%2e/%2e%2e/etc/passwd",
    "/pairs/..%2f..%2fetc%2fpasswd",
    "/raw/wgic-2014-sample.md",
    "/wg-international-cooperation-2012-04.json",
    "/_serve/static/../app.py",
    "/_serve/static/%2e%2e/app.py",
]


@pytest.mark.parametrize("path", OUTSIDE)
def test_no_path_reads_outside_the_report(server, path):
    with httpx.Client(base_url=server.url) as client:
        reply = client.get(path)
    assert reply.status_code == 404 and "import" not in reply.text and "units" not in reply.text


def test_pages_keep_their_security_policy_and_downloads_are_the_report(server):
    with httpx.Client(base_url=server.url, timeout=30) as client:
        page = client.get(PAIR).text
        index = client.get("/index.html").text
        csv_file = client.get("/changes.csv")
        zipped = client.get("/_serve/report.zip").content
        assert client.get("/_serve/report.zip").content == zipped, "the same zip every time"
    policy = re.search(r'Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src 'none'" in policy and "script-src 'sha256-" in policy and "form-action 'self'" in policy
    assert "form-action 'none'" in index, "pages without forms keep the report's policy unchanged"
    assert csv_file.headers["content-disposition"].startswith("attachment") and "from_meeting" in csv_file.text
    archive = zipfile.ZipFile(io.BytesIO(zipped))
    assert "wgcompare-report/index.html" in archive.namelist() and f"wgcompare-report{PAIR}" in archive.namelist()
    assert archive.read("wgcompare-report/changes.csv") == csv_file.content


def test_read_only_serves_pages_and_refuses_changes(corpus, tmp_path):
    running = Running(corpus, tmp_path / "memo", read_only=True)
    try:
        with httpx.Client(base_url=running.url) as client:
            page = client.get(PAIR)
            refused = client.post("/_serve/decisions", data={"csrf": running.service.csrf, "kind": "link"})
    finally:
        running.stop()
    assert page.status_code == 200 and "Record a decision" not in page.text and "form-action 'none'" in page.text
    assert refused.status_code == 403 and "read-only" in refused.text


def test_a_stale_decision_is_listed_on_its_pair_page_and_not_counted_as_applied(corpus, tmp_path):
    from compare.ingest.decisions_file import add_decision
    from compare.model import Decision

    add_decision(corpus / "decisions.yaml", Decision(kind="theme", meeting=OLD, ref="99", theme="extradition"))
    add_decision(corpus / "decisions.yaml", Decision(kind="theme", meeting=OLD, ref="1", theme="extradition"))
    running = Running(corpus, tmp_path / "memo")
    try:
        with httpx.Client(base_url=running.url) as client:
            pair, index = client.get(PAIR).text, client.get("/index.html").text
    finally:
        running.stop()
    stale = pair.split("<h3>Stale decisions</h3>", 1)[1].split("</ul>", 1)[0]
    assert f"{OLD} 99 -&gt; extradition" in stale and f"{OLD} has no unit 99" in stale
    assert "1 decision applied on every run" in index


def test_a_reader_that_crashes_fails_its_upload_only(server, corpus, tmp_path, monkeypatch):
    from compare import pipeline

    def crash(*args, **kwargs):
        raise RuntimeError("a bug in a reader")

    before = corpus_bytes(corpus)
    report = write_next_meeting_docx(tmp_path / "next.docx").read_bytes()
    with httpx.Client(base_url=server.url, timeout=30) as client:
        token = csrf_of(client, "/_serve/upload")
        with monkeypatch.context() as patched:
            patched.setattr(pipeline, "load", crash)
            job = wait_for_job(client, upload(client, "next.docx", report, token).json()["status"])
        assert job["state"] == "failed" and "internal error; nothing was added" in job["reason"]
        assert "RuntimeError" not in job["reason"] and corpus_bytes(corpus) == before
        again = wait_for_job(client, upload(client, "next.docx", report, token).json()["status"])
    assert again["state"] == "added", "the service goes on and takes the next upload"
