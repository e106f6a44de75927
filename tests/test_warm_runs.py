"""Adding a meeting to a compared corpus: a warm run re-does only what the new meeting touches
(its pair's lineage step, its pair's Word redline) and writes exactly what a cold run writes."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from compare import pipeline, serial
from compare.analyse import lineages, timelines
from compare.memo import Memo
from compare.report import akn, redline
from compare.serial import SchemaError

ROOT = Path(__file__).resolve().parents[1]


class Counted:
    """A stage that counts its calls (the memo keys it by the stage's own name)."""

    def __init__(self, stage):
        self.stage, self.calls = stage, 0
        functools.update_wrapper(self, stage)

    def __call__(self, *args):
        self.calls += 1
        return self.stage(*args)


def report(meetings, memo: Memo) -> dict[str, bytes]:
    comparison = pipeline.build_comparison(meetings, pipeline.load_taxonomy(), memo=memo)
    return pipeline.report_files(comparison, memo)


@pytest.fixture(scope="module")
def corpus():
    meetings = list(pipeline.load([ROOT / "meetings"]).meetings.values())
    longest = max(timelines.timelines_of(meetings), key=len)
    assert len(longest) >= 3, "the demo corpus has a body with three meetings"
    return meetings, longest[-1]


def test_a_warm_run_after_adding_a_meeting_redoes_only_its_pair_and_writes_the_same_files(
    corpus, tmp_path, monkeypatch
):
    meetings, added = corpus
    earlier = [m for m in meetings if m.meeting_id != added]
    report(earlier, Memo(tmp_path / "memo"))
    steps, redlines, akns = Counted(lineages.chain_pair), Counted(redline.pair_redline), Counted(akn.meeting_akn)
    monkeypatch.setattr(lineages, "chain_pair", steps)
    monkeypatch.setattr(redline, "pair_redline", redlines)
    monkeypatch.setattr(akn, "meeting_akn", akns)
    warm = report(meetings, Memo(tmp_path / "memo"))  # a new memo on the same folder, as a new process has
    assert (steps.calls, redlines.calls, akns.calls) == (1, 1, 1)
    monkeypatch.undo()
    cold = report(meetings, Memo(None))
    assert list(warm) == list(cold)
    assert all(warm[name] == cold[name] for name in cold), [n for n in cold if warm[n] != cold[n]]


def test_lineages_folded_pair_by_pair_are_those_of_the_whole_timeline(corpus):
    meetings, _ = corpus
    comparison = pipeline.build_comparison(meetings, pipeline.load_taxonomy())
    by_id = {m.meeting_id: m for m in comparison.meetings}
    unchained = tuple(c.__class__(**{**c.__dict__, "lineage": "", "returned_from": ""}) for c in comparison.changes)
    changes, lineage_of = lineages.chain_lineages(comparison.timelines, tuple(by_id.values()), unchained)
    assert changes == comparison.changes
    assert lineage_of == comparison.lineage_of
    assert {(m.meeting_id, u.ref) for m in comparison.meetings for u in m.units} == set(lineage_of)


def test_report_pieces_kept_as_bytes_come_back_the_same_and_malformed_ones_are_refused():
    piece = bytes(range(256)) * 3
    assert serial.from_plain(serial.to_plain(piece)) == piece
    assert serial.from_plain(serial.to_plain({"a.docx": piece})) == {"a.docx": piece}
    for bad in ({"$b": "not base64!"}, {"$b": 12}, {"$b": "AAAA", "x": 1}):
        with pytest.raises(SchemaError):
            serial.from_plain(bad)
