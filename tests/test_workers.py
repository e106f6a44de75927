"""Pieces of work on several cores: same results in the same order, warnings and errors not lost,
and a memo filled by workers that a later run in one process reads whole."""

from __future__ import annotations

import contextlib
import gc
import json
import multiprocessing
import shutil
import sqlite3
import time
import warnings
from pathlib import Path

import pytest

from compare import memo_store, pipeline
from compare.analyse import themes
from compare.memo import Memo
from compare.model import meeting_to_dict
from compare.util.errors import DataWarning, InputError
from compare.util.workers import ordered_map

RAW = Path(__file__).resolve().parents[1] / "meetings" / "raw"


def _square_or_warn(number: int) -> int:
    if number == 3:
        warnings.warn("three is odd", DataWarning, stacklevel=1)
    return number * number


def _refuse(name: str) -> str:
    if name == "bad":
        raise InputError(name, "cannot be read")
    return name.upper()


@pytest.mark.parametrize("jobs", [1, 2, 4])
def test_results_come_in_the_order_of_the_items_with_their_warnings(jobs):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert list(ordered_map(_square_or_warn, list(range(20)), jobs)) == [n * n for n in range(20)]
    assert [str(w.message) for w in caught if w.category is DataWarning] == ["three is odd"]


def test_an_error_in_a_worker_reaches_the_caller_as_it_was_raised():
    results = ordered_map(_refuse, ["a", "b", "bad", "c"], 2)
    assert [next(results), next(results)] == ["A", "B"]
    with pytest.raises(InputError) as raised:
        next(results)
    assert (raised.value.path, raised.value.reason) == ("bad", "cannot be read")


def test_a_memo_filled_by_workers_is_read_whole_by_one_process(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(RAW, corpus)
    taxonomy = themes.load_taxonomy(None)

    def compared(jobs: int):
        memo = Memo(tmp_path / "memo")
        loaded = pipeline.load([corpus], memo)
        comparison = pipeline.build_comparison(list(loaded.meetings.values()), taxonomy, memo=memo, jobs=jobs)
        return pipeline.report_files(comparison, memo)

    in_workers = compared(3)
    entries = keys(tmp_path / "memo")
    assert len(entries) > 2 * len(list(RAW.iterdir()))  # each report read, each pair aligned and graded ...
    assert compared(1) == in_workers
    assert keys(tmp_path / "memo") == entries  # every stage found its entry: none made again


def keys(memo_folder: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(memo_folder / memo_store.NAME)) as database:
        return [key for (key,) in database.execute("SELECT key FROM entry ORDER BY key")]


def test_reports_read_by_workers_are_those_read_in_one_process_bad_ones_refused_alike(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(RAW, corpus)
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    (corpus / "empty.md").write_bytes(b"")

    def loaded(jobs: int):
        result = pipeline.load([corpus], Memo(None), jobs=jobs)
        return result.meetings, [(Path(e.path).name, e.reason) for e in result.errors], result.warnings

    meetings, errors, notes = loaded(1)
    assert sorted(name for name, _ in errors) == ["broken.pdf", "empty.md"]
    assert loaded(3) == (meetings, errors, notes)


def test_workers_are_gone_once_the_reports_are_read_though_errors_are_kept(tmp_path):
    """The refusals kept in the result (their tracebacks hold the reading's frames) keep no worker alive
    and nothing out of the collector's reach."""
    corpus = tmp_path / "corpus"
    shutil.copytree(RAW, corpus)
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    result = pipeline.load([corpus], Memo(None), jobs=3)
    assert result.errors and result.meetings
    assert multiprocessing.active_children() == [] and gc.get_freeze_count() == 0


_made_meanwhile: list[str] = []  # what the steps of `meanwhile` made, in the process that took them


def _seen_made_meanwhile(_item: int) -> int:
    """In a worker, slowly: what it inherited of `_made_meanwhile` when it was forked."""
    time.sleep(0.05)
    return len(_made_meanwhile)


def _steps(count: int):
    for _ in range(count):
        _made_meanwhile.append(multiprocessing.current_process().name)
        yield


def test_steps_are_taken_here_while_the_workers_work_and_not_without_workers():
    try:
        steps = _steps(3)
        seen = list(ordered_map(_seen_made_meanwhile, list(range(6)), 2, steps))
        assert seen == [0] * 6  # the workers were forked before any step: none waited for them
        assert _made_meanwhile and set(_made_meanwhile) == {"MainProcess"}  # taken here, while waiting
        list(steps)  # the caller takes what is left
        assert len(_made_meanwhile) == 3
        _made_meanwhile.clear()
        assert list(ordered_map(_square_or_warn, [1, 2], 1, _steps(3))) == [1, 4]
        assert _made_meanwhile == []  # no workers: no steps taken, they are the caller's
    finally:
        _made_meanwhile.clear()


def _worker_pid(_item: int) -> int:
    import os

    return os.getpid()


def _slow_pid_or_warn(item: int) -> int:
    import os

    time.sleep(0.02)
    if item in (3, 37):
        warnings.warn(f"item {item}", DataWarning, stacklevel=1)
    return os.getpid()


def test_sharing_the_jobs_leaves_one_worker_fewer_and_this_process_takes_back_the_last_runs():
    import os

    for jobs in (2, 3):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            made_by = list(ordered_map(_slow_pid_or_warn, list(range(40)), jobs, iter(()), share=True))
        assert len(set(made_by) - {os.getpid()}) == jobs - 1
        here = [index for index, pid in enumerate(made_by) if pid == os.getpid()]
        assert here and here == list(range(40 - len(here), 40))  # the last runs: both sides meet in the middle
        assert [str(w.message) for w in caught if w.category is DataWarning] == ["item 3", "item 37"]


def _slow_square_or_refuse(item: int) -> int:
    time.sleep(0.02)
    if item == 39:
        raise InputError(str(item), "cannot be read")
    return item * item


def test_an_error_in_a_run_taken_back_comes_at_its_turn():
    """The last run, made here while the worker makes the first ones, fails: every result before its run
    still comes first, in order, as from a worker."""
    made, results = [], ordered_map(_slow_square_or_refuse, list(range(40)), 2, iter(()), share=True)
    with pytest.raises(InputError) as raised:
        for result in results:
            made.append(result)
    assert raised.value.path == "39"
    assert made == [n * n for n in range(len(made))] and len(made) >= 30


def test_pages_written_by_the_process_that_made_them_are_the_report_files(tmp_path):
    from test_report_html import sample_comparison

    from compare.report import files

    comparison = sample_comparison()
    expected = files.report_files(comparison)
    came = dict(files.iter_report_files(comparison, jobs=2, into=tmp_path))
    assert sorted(came) == sorted(expected)
    written = {name for name, data in came.items() if data is None}
    assert any(name.endswith(".html") for name in written) and any(name.endswith(".docx") for name in written)
    assert {name: (tmp_path / name).read_bytes() for name in written} == {name: expected[name] for name in written}
    assert {name: data for name, data in came.items() if data is not None} == {
        name: data for name, data in expected.items() if name not in written
    }


def test_themes_worked_out_where_the_reports_are_read_are_those_of_the_comparison(tmp_path):
    """Given the taxonomy, `load` themes each raw report in the worker that read it; the comparison built
    from those themes is the one built from themes worked out afterwards, and a JSON input gets none."""
    corpus = tmp_path / "corpus"
    shutil.copytree(RAW, corpus)
    taxonomy = themes.load_taxonomy(None)
    plain = pipeline.load([corpus], Memo(None), jobs=2)
    first = next(iter(plain.meetings.values()))
    json_input = tmp_path / "one.json"
    json_input.write_text(json.dumps(meeting_to_dict(first)), "utf-8")
    read_themed = pipeline.load([corpus], Memo(None), jobs=2, taxonomy=taxonomy)
    assert set(read_themed.themes) == set(read_themed.meetings) and read_themed.themes
    for meeting_id, each in read_themed.themes.items():
        assert each == themes.unit_themes(read_themed.meetings[meeting_id], taxonomy)
    with_json = pipeline.load([json_input], Memo(None), jobs=2, taxonomy=taxonomy)
    assert with_json.meetings and not with_json.themes

    def report(loaded) -> dict[str, bytes]:
        meetings = list(loaded.meetings.values())
        comparison = pipeline.build_comparison(meetings, taxonomy, jobs=2, unit_themes=loaded.themes)
        return pipeline.report_pages(comparison)

    assert report(read_themed) == report(plain)
