"""A report keeps the comparison out of the cyclic collector's passes only while it is made: afterwards every
object is the collector's again (a long-running service would otherwise never reclaim them)."""

from __future__ import annotations

import gc

from test_report_html import sample_comparison

from compare.report import files


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
