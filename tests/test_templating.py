"""The compiled templates the package carries (`make templates`): the templates' own, and used only then."""

from __future__ import annotations

import jinja2
import pytest
from test_report_html import sample_comparison

from compare.report import files, templating


@pytest.fixture
def fresh_environment():
    templating.environment.cache_clear()
    yield
    templating.environment.cache_clear()


def test_the_compiled_templates_are_compiled_from_the_templates_as_they_are(tmp_path):
    templating.write_compiled(tmp_path)
    written = {path.name: path.read_bytes() for path in tmp_path.glob("*.py")}
    carried = {path.name: path.read_bytes() for path in templating.COMPILED.glob("*.py")}
    assert sorted(written) == sorted(carried), "templates added or removed: run `make templates`"
    stale = [name for name in written if written[name] != carried[name]]
    assert stale == [], f"templates edited since they were compiled: run `make templates` ({stale})"
    assert len(written) == len(templating.template_names()) + 1


def test_a_run_loads_the_compiled_templates(fresh_environment):
    assert isinstance(templating.environment().loader, jinja2.ModuleLoader)


def test_templates_compiled_from_other_sources_are_not_used_and_the_pages_are_the_same(
    fresh_environment, monkeypatch
):
    compiled_pages = files.page_files(sample_comparison())
    templating.environment.cache_clear()
    monkeypatch.setattr(templating, "_compiled_digest", lambda: "a template edited since")
    assert isinstance(templating.environment().loader, jinja2.FileSystemLoader)
    assert files.page_files(sample_comparison()) == compiled_pages


def test_writing_the_compiled_templates_again_leaves_no_module_of_a_removed_template(tmp_path):
    (tmp_path / "tmpl_0000.py").write_text("# a template since removed\n")
    templating.write_compiled(tmp_path)
    assert not (tmp_path / "tmpl_0000.py").exists()
