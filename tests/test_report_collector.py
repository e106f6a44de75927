"""A report keeps the comparison out of the cyclic collector's passes only while it is made: afterwards every
object is the collector's again (a long-running service would otherwise never reclaim them)."""

from __future__ import annotations

import gc

from test_report_html import sample_comparison

from compare.report import files
from compare.util.collector import frozen


def test_the_collector_gets_every_object_back_after_a_report():
    comparison = sample_comparison()
    assert gc.get_freeze_count() == 0
    written = files.report_files(comparison)
    assert "index.html" in written and "corpus.sqlite" in written
    assert gc.get_freeze_count() == 0
    assert files.page_files(comparison) and gc.get_freeze_count() == 0
    assert files.further_files(comparison) and gc.get_freeze_count() == 0


def test_an_abandoned_report_gives_them_back_too():
    comparison = sample_comparison()
    made = files.iter_report_files(comparison)
    next(made)
    assert gc.get_freeze_count() > 0  # frozen while the report is being made
    made.close()
    assert gc.get_freeze_count() == 0


def test_a_freeze_the_caller_made_is_left_as_it_is():
    comparison = sample_comparison()
    gc.freeze()
    try:
        files.report_files(comparison)
        assert gc.get_freeze_count() > 0  # not handed back by the report: the caller does that
    finally:
        gc.unfreeze()


def test_the_workers_pool_inside_a_report_leaves_the_report_frozen():
    comparison = sample_comparison()
    counts = [gc.get_freeze_count() for _ in files.iter_report_files(comparison, jobs=2)]
    assert all(counts)  # the workbook and the database, made after the workers, too
    assert gc.get_freeze_count() == 0


def test_only_the_outermost_freeze_hands_the_objects_back():
    with frozen():
        with frozen():
            pass
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0
