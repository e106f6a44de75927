"""The report over `meetings/` is byte-for-byte the golden copy kept in tests/golden/.

A change that alters any CSV shows up here; when the change is meant, regenerate the copy
(`make golden`) and say in the commit which columns or rows changed and why.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from compare import pipeline
from compare.analyse import taxonomy

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"


@pytest.fixture(scope="module")
def files() -> dict[str, bytes]:
    loaded = pipeline.load([ROOT / "meetings"])
    comparison = pipeline.build_comparison(list(loaded.meetings.values()), taxonomy.load_taxonomy(None))
    return pipeline.report_files(comparison)


@pytest.mark.parametrize("name", sorted(p.name for p in GOLDEN.glob("*.csv")))
def test_csv_is_byte_identical_to_the_golden_copy(files, name):
    assert files[name] == (GOLDEN / name).read_bytes()


def test_the_golden_copy_holds_every_csv_the_report_writes(files):
    assert sorted(n for n in files if n.endswith(".csv")) == sorted(p.name for p in GOLDEN.glob("*.csv"))
