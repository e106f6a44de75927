"""The description of every table and column (data/columns.yaml), for the README, Datasette and tests."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def table_docs() -> dict[str, dict]:
    """table name (no suffix) -> {"title", "description", "columns": {column: description}}."""
    import yaml

    text = resources.files("compare.report").joinpath("data/columns.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)
