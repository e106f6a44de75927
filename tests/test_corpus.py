"""Inputs -> meetings: folders, JSON, duplicates, encodings and the cache."""

from __future__ import annotations

import contextlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from compare import memo_store, pipeline
from compare.ingest.markdown_out import meeting_markdown
from compare.ingest.normalise import normalise_file
from compare.memo import Memo
from compare.model import meeting_to_dict

SEED = Path(__file__).resolve().parents[1] / "meetings" / "raw" / "000_1a05589bd2cdbc0e.txt"

ACCENTED = """# Conference of the Parties to the United Nations Convention against Transnational Organized Crime

## Working Group on International Cooperation

Vienna, 7 and 8 October 2013

### Report on the meeting of the Working Group on International Cooperation held in Vienna on 7 and 8 October 2013

I. Introduction

1. The Working Group held its fifth meeting in Vienna on 7 and 8 October 2013.

2. The discussion was led by the following panellists: Wilson Merino Sánchez (Ecuador) and
Rosa Ana Morán Martínez (Spain).

3. The focal points came from France (Réunion) and the “Comoros” — with thanks.
"""


def test_a_folder_reads_json_and_skips_the_normalised_md_beside_it(tmp_path):
    meeting = normalise_file(SEED)
    (tmp_path / f"{meeting.meeting_id}.json").write_text(json.dumps(meeting_to_dict(meeting)), "utf-8")
    (tmp_path / f"{meeting.meeting_id}.md").write_text(meeting_markdown(meeting), "utf-8")
    loaded = pipeline.load([tmp_path])
    assert list(loaded.meetings) == [meeting.meeting_id] and not loaded.errors
    assert not [w for w in loaded.warnings if "same meeting" in w]


def test_identical_copies_are_kept_once_with_a_warning(tmp_path):
    shutil.copy(SEED, tmp_path / "a.txt")
    shutil.copy(SEED, tmp_path / "b.md")
    loaded = pipeline.load([tmp_path / "a.txt", tmp_path / "b.md"])
    assert len(loaded.meetings) == 1 and not loaded.errors
    kept_once = [w for w in loaded.warnings if "kept once" in w]
    assert len(kept_once) == 1 and "a.txt" in kept_once[0] and "b.md" in kept_once[0]


def test_differing_versions_of_one_meeting_are_an_error_naming_both(tmp_path):
    shutil.copy(SEED, tmp_path / "a.txt")
    text = SEED.read_text("utf-8").replace("Loopholes in national", "Gaps in national")
    (tmp_path / "b.txt").write_text(text, "utf-8")
    loaded = pipeline.load([tmp_path / "b.txt", tmp_path / "a.txt"])
    assert len(loaded.meetings) == 1
    [error] = loaded.errors
    assert "a.txt" in str(error) and "b.txt" in str(error)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"])
def test_encodings_keep_accented_names(tmp_path, encoding):
    text = (
        ACCENTED
        if encoding not in ("cp1252", "latin-1")
        else ACCENTED.replace("“", '"').replace("”", '"').replace("—", "-")
    )
    if encoding == "cp1252":
        text = ACCENTED  # curly quotes and the dash exist in Windows-1252
    path = tmp_path / "report.txt"
    path.write_bytes(text.encode(encoding))
    meeting = normalise_file(path)
    dumped = json.dumps(meeting_to_dict(meeting), ensure_ascii=False)
    assert "Sánchez" in dumped and "Morán Martínez" in dumped and "Réunion" in dumped
    assert "\ufffd" not in dumped
    assert meeting.session == 5


def test_the_memo_returns_the_same_meeting_without_normalising_again(tmp_path, monkeypatch):
    memo_folder = tmp_path / "memo"
    first = pipeline.load([SEED], Memo(memo_folder)).meetings
    with contextlib.closing(sqlite3.connect(memo_folder / memo_store.NAME)) as database:
        assert database.execute("SELECT count(*) FROM entry").fetchone() == (1,)

    def no_normalising(*args, **kwargs):
        raise AssertionError("normalised again despite the memo")

    monkeypatch.setattr("compare.ingest.normalise.normalise_blocks", no_normalising)
    again = pipeline.load([SEED], Memo(memo_folder)).meetings
    assert [meeting_to_dict(m) for m in again.values()] == [meeting_to_dict(m) for m in first.values()]


def test_missing_inputs_and_empty_folders_are_errors(tmp_path):
    (tmp_path / "empty").mkdir()
    loaded = pipeline.load([tmp_path / "nope.md", tmp_path / "empty"])
    reasons = sorted(e.reason for e in loaded.errors)
    assert len(reasons) == 2 and any("no such file" in r for r in reasons) and any("no reports" in r for r in reasons)


def test_the_committed_corpus_is_what_the_normaliser_gives_today(tmp_path):
    """meetings/*.json|md are `make normalise` of meetings/raw: a stale corpus would mislead the demo."""
    from click.testing import CliRunner

    from compare.cli import cli

    meetings = SEED.parents[1]
    raw = sorted(p for p in (meetings / "raw").iterdir() if p.is_file())
    result = CliRunner().invoke(cli, ["normalise", *map(str, raw), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    fresh = sorted(p.name for p in tmp_path.iterdir())
    committed = sorted(p.name for p in meetings.iterdir() if p.suffix in (".json", ".md"))
    assert fresh == committed
    stale = [name for name in fresh if (tmp_path / name).read_bytes() != (meetings / name).read_bytes()]
    assert stale == [], "run `make normalise` and commit meetings/"


def test_a_raw_report_and_its_own_normalised_json_are_one_meeting(tmp_path):
    """`wgcompare compare meetings meetings/raw`: the JSON has themes, the raw report has none yet."""
    from click.testing import CliRunner

    from compare.cli import cli

    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SEED, raw / SEED.name)
    (raw / "edited.txt").write_text(SEED.read_text("utf-8").replace("Loopholes in national", "Gaps in national"))
    runner = CliRunner()
    assert runner.invoke(cli, ["normalise", str(raw / SEED.name), "--out", str(tmp_path)]).exit_code == 0
    [normalised] = tmp_path.glob("*.json")
    assert any(u["theme"] for u in json.loads(normalised.read_text("utf-8"))["units"])
    both = runner.invoke(cli, ["compare", str(tmp_path), str(raw / SEED.name), "--out", str(tmp_path / "out")])
    assert both.exit_code == 0 and "same meeting" in both.stderr and "error:" not in both.stderr
    edited = runner.invoke(cli, ["compare", str(tmp_path), str(raw / "edited.txt"), "--out", str(tmp_path / "x")])
    assert edited.exit_code == 2 and "edited.txt" in edited.stderr and "same meeting" in edited.stderr
