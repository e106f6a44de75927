"""Time the data-out files (CSV, workbook, database, Akoma Ntoso) on a generated corpus.

    .venv/bin/python bench/data_out.py [N]     # N meetings (default 50), generated from the seed
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus as generator  # bench/corpus.py  # noqa: E402

from compare import pipeline  # noqa: E402
from compare.analyse.taxonomy import load_taxonomy  # noqa: E402
from compare.report import akn, csv, sqlite, xlsx  # noqa: E402


def main(n: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        generated = generator.generate(n, Path(folder))
        paths = sorted(Path(folder).glob("*.md")) or [g.path for g in generated]
        comparison = pipeline.build_comparison(list(pipeline.load(paths).meetings.values()), load_taxonomy(None))
    tables = csv.comparison_tables(comparison)
    units = sum(len(m.units) for m in comparison.meetings)
    print(f"{len(comparison.meetings)} meetings, {units} units, {len(comparison.changes)} change rows")
    for label, build in (
        ("csv", lambda: csv.comparison_csvs(comparison)),
        ("xlsx", lambda: xlsx.workbook_bytes(tables)),
        ("sqlite", lambda: sqlite.database_bytes(comparison, tables)),
        ("akn", lambda: akn.corpus_akn(comparison.meetings)),
    ):
        start = time.perf_counter()
        out = build()
        size = len(out) if isinstance(out, bytes) else sum(len(v) for v in out.values())
        print(f"{label:7s} {time.perf_counter() - start:6.2f} s {size / 1e6:7.1f} MB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50)
