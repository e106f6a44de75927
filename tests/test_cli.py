"""The command line as a user meets it: outputs, exit statuses, one-line errors, atomicity, determinism."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from compare.cli import cli
from compare.ingest import decisions_file as decisions

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "meetings" / "raw" / "000_1a05589bd2cdbc0e.txt"
RAW = ROOT / "meetings" / "raw"


def run(*args, cwd=None):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def error_lines(result):
    return [line for line in result.stderr.splitlines() if line.startswith("error: ")]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The demo corpus (seed + samples) as raw files in a folder of its own."""
    folder = tmp_path_factory.mktemp("corpus")
    for path in sorted(RAW.iterdir()):
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture(scope="module")
def report(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("report") / "out"
    result = run("compare", corpus, "--out", out, "--no-cache", "--jobs", "3")
    assert result.exit_code == 0, result.output
    return out


def test_every_command_has_help():
    for command in ("normalise", "compare", "diff", "themes", "decide"):
        result = run(command, "--help")
        assert result.exit_code == 0 and "Usage:" in result.output and len(result.output) > 80


def test_normalise_writes_json_and_md(tmp_path):
    result = run("normalise", SEED, "--out", tmp_path)
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in tmp_path.iterdir())
    assert len(names) == 2 and names[0].endswith(".json") and names[1].endswith(".md")
    assert "61 units, 14 recommendations" in result.output


def test_bad_inputs_are_one_line_errors_and_the_rest_is_written(tmp_path, hostile_files):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.md").write_bytes(b"")
    (bad / "prose.md").write_text("# A title\n\nNo numbered paragraphs at all.\n")
    (bad / "report.rtf").write_text("{\\rtf1}")
    (bad / "folder.md").mkdir()
    (bad / "empty-dir").mkdir()
    (bad / "dangling.md").symlink_to(bad / "missing-target.md")
    inputs = [
        *(bad / n for n in ("empty.md", "prose.md", "report.rtf", "folder.md", "empty-dir", "dangling.md")),
        *hostile_files.values(),
        SEED,
    ]
    out = tmp_path / "out"
    result = run("normalise", *inputs, "--out", out)
    assert result.exit_code == 2
    errors = error_lines(result)
    assert len(errors) == len(inputs) - 1, result.stderr
    for path in inputs[:-1]:
        assert sum(str(path) in line for line in errors) == 1, f"no single error line for {path}"
    assert "Traceback" not in result.output
    assert len(list(out.glob("*.json"))) == 1, "the good input is still written"


def test_the_report_holds_the_extra_tables_and_pages(report):
    for name in ("followups.csv", "participation.csv", "references.csv", "recommendations.html"):
        assert (report / name).is_file()


def test_outputs_are_byte_identical_whatever_the_order_hash_seed_folder_or_jobs(corpus, report, tmp_path):
    reversed_inputs = sorted(corpus.iterdir(), reverse=True)
    env = {**os.environ, "PYTHONHASHSEED": "12345", "WGCOMPARE_CACHE": "off"}
    out = tmp_path / "again"
    subprocess.run(
        [sys.executable, "-m", "compare", "compare", *reversed_inputs, "--out", out, "--jobs", "1"],
        check=True,
        cwd=tmp_path,
        env=env,
        capture_output=True,
    )
    first = {p.relative_to(report).as_posix(): p.read_bytes() for p in report.rglob("*") if p.is_file()}
    second = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []


def test_a_failed_run_leaves_the_previous_report(corpus, report, tmp_path, monkeypatch):
    out = tmp_path / "out"
    shutil.copytree(report, out)
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}

    def crash() -> str:
        raise RuntimeError("simulated crash while rendering")

    def broken(comparison):
        return [("index.html", lambda: "<p>half a report</p>"), ("recommendations.html", crash)]

    monkeypatch.setattr("compare.report.html.page_makers", broken)
    with pytest.raises(RuntimeError):
        CliRunner().invoke(cli, ["compare", str(corpus), "--out", str(out), "--no-cache"], catch_exceptions=False)
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != ".out.lock") == ["out"]


def test_compare_refuses_to_replace_a_folder_that_is_not_a_report(corpus, tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    result = run("compare", corpus, "--out", tmp_path, "--no-cache")
    assert result.exit_code == 2 and error_lines(result)
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_diff_writes_the_pair_page(tmp_path):
    out = tmp_path / "pair"
    result = run("diff", SEED, RAW / "wgic-2013-sample.md", "--out", out, "--no-cache")
    assert result.exit_code == 0, result.output
    pages = list((out / "pairs").glob("*--*.html"))
    assert len(pages) == 1 and "2012" in pages[0].name and "2013" in pages[0].name


def test_diff_of_a_meeting_with_itself_is_refused(tmp_path):
    copy = tmp_path / "copy.txt"
    shutil.copy(SEED, copy)
    result = run("diff", SEED, copy, "--out", tmp_path / "o", "--no-cache")
    assert result.exit_code == 2 and error_lines(result)
    assert not (tmp_path / "o").exists()


def test_themes_lists_the_taxonomy_and_names_the_line_of_a_bad_file(tmp_path):
    result = run("themes")
    assert result.exit_code == 0
    for theme in ("extradition", "mutual-legal-assistance", "regional-networks", "organisation"):
        assert theme in result.output
    bad = tmp_path / "bad.yaml"
    bad.write_text("themes:\n  - id: a\n    label: A\n  - label: no id here\n")
    result = run("themes", "--taxonomy", bad)
    assert result.exit_code == 2
    [line] = error_lines(result)
    assert str(bad) in line and "line 4" in line


def test_hostile_text_is_escaped_in_pages_and_guarded_in_csv(tmp_path):
    text = (
        SEED.read_text("utf-8")
        .replace(
            "11. Loopholes in national legislation",
            "11. <script>alert(1)</script> <img src=x onerror=alert(2)> Loopholes in national legislation",
        )
        .replace("Regional networks of prosecutors", '=HYPERLINK("http://evil") Regional networks of prosecutors')
    )
    report_file = tmp_path / "hostile.md"
    report_file.write_text(text, "utf-8")
    out = tmp_path / "out"
    result = run("compare", report_file, "--out", out, "--no-cache")
    assert result.exit_code == 0, result.output
    for page in out.rglob("*.html"):
        html = page.read_text("utf-8")
        assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)" in (out / "index.html").read_text("utf-8") or any(
        "&lt;script&gt;alert(1)" in p.read_text("utf-8") for p in out.rglob("*.html")
    )
    paragraphs = (out / "paragraphs.csv").read_text("utf-8-sig")
    assert "'=HYPERLINK" in paragraphs and "\n=HYPERLINK" not in paragraphs


def test_decisions_recorded_by_decide_are_applied_and_stale_ones_reported(corpus, tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(corpus, folder)
    decisions_file = folder / "decisions.yaml"
    old, new = "wg-international-cooperation-2012-04", "wg-international-cooperation-2013-05"
    steps = [
        ("link", old, "3(c)", new, "3(d)", "--who", "reviewer", "--why", "same request, reworded"),
        ("theme", old, "1", "extradition"),
    ]
    for step in steps:
        result = run("decide", *step, "--decisions", decisions_file)
        assert result.exit_code == 0, result.output
    unknown = run("decide", "theme", old, "99", "extradition", "--corpus", folder)
    assert unknown.exit_code == 2 and f"{old} has no unit 99 (nearest: " in unknown.stderr
    saved = decisions_file.read_bytes()
    assert run("decide", *steps[0], "--decisions", decisions_file).exit_code == 0
    assert decisions_file.read_bytes() == saved, "recording the same decision twice changes nothing"
    # a unit that disappears after the decision (the report normalised again) leaves a stale decision
    decisions.add_decision(decisions_file, decisions.Decision(kind="theme", meeting=old, ref="99", theme="extradition"))

    out = tmp_path / "out"
    result = run("compare", folder, "--out", out, "--no-cache")
    assert result.exit_code == 0, result.output
    assert "stale decision" in result.stderr and "99" in result.stderr
    changes = (out / "changes.csv").read_text("utf-8-sig")
    linked = [line for line in changes.splitlines() if f",{old},3(c),{new},3(d)," in line]
    assert len(linked) == 1 and "d-" in linked[0]
    units = (out / "paragraphs.csv").read_text("utf-8-sig")
    assert any(line.startswith(f"{old},1,") and ",extradition," in line for line in units.splitlines())
    assert "Stale decisions" in (out / "index.html").read_text("utf-8")

    again = tmp_path / "again"
    assert run("compare", folder, "--out", again, "--no-cache").exit_code == 0
    for name in ("changes.csv", "paragraphs.csv", "index.html"):
        assert (again / name).read_bytes() == (out / name).read_bytes()
