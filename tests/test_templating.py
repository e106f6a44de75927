"""The report's templates, compiled once and kept: the pages are the same whether compiled now or read back."""

from __future__ import annotations

import pytest
from test_report_html import sample_comparison

from compare.report import templating
from compare.report.html import render_pages


@pytest.fixture
def kept_in(monkeypatch):
    """Use compiled templates kept in the given folder (a fresh environment before and after)."""

    def use(folder):
        cache = None if folder is None else templating._CompiledTemplates(str(folder))
        monkeypatch.setattr(templating, "_bytecode_cache", lambda: cache)
        templating.environment.cache_clear()

    yield use
    templating.environment.cache_clear()


def test_pages_from_kept_templates_are_the_pages_compiled_now(kept_in, tmp_path):
    comparison = sample_comparison()
    kept_in(None)
    compiled_without = render_pages(comparison)
    kept_in(tmp_path)
    compiled_now = render_pages(comparison)
    assert list(tmp_path.glob("*.cache"))
    kept_in(tmp_path)
    assert render_pages(comparison) == compiled_now == compiled_without


def test_a_folder_that_cannot_keep_them_does_not_stop_the_report(kept_in, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    kept_in(blocker / "cache")
    assert render_pages(sample_comparison())["index.html"].startswith("<!DOCTYPE html>")
