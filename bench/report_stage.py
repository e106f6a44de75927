"""The report stage piece by piece, cold: each output of `compare/report/files.py` timed in a fresh process.

    python bench/report_stage.py [--corpus bench/out/corpus-50] [--repeats 3]

Run it from another checkout's bench/ (a copy of this file) to time that checkout's code in the same minute.
The comparison is built once through a memo kept under bench/out/report-stage-cache (so a repeat
only re-reads it); each repeat is a fresh interpreter in which every piece runs once, as in a cold
`compare` (imports and template compilation included). Prints the median and the minimum of each.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
PIECES = ("tables", "csv", "html", "xlsx", "sqlite", "akn", "redline")


def measure(corpus_dir: Path, cache_dir: Path) -> dict[str, float]:
    """One cold run of every piece, in the order `report_files` makes them."""
    sys.path.insert(0, str(ROOT))
    import compare.cli  # noqa: F401  (what the command has loaded before the report)
    from compare import pipeline
    from compare.analyse import themes
    from compare.memo import Memo
    from compare.util.collector import frozen

    memo = Memo(cache_dir)
    loaded = pipeline.load([corpus_dir], memo)
    comparison = pipeline.build_comparison(list(loaded.meetings.values()), themes.load_taxonomy(None), memo=memo)
    laps: dict[str, float] = {}

    def lap(name, work):
        start, cpu = time.perf_counter(), time.process_time()
        result = work()
        laps[name], laps[f"{name}_cpu"] = time.perf_counter() - start, time.process_time() - cpu
        return result

    with frozen():  # as `iter_report_files` makes them
        _pieces(comparison, lap)
    laps["report"] = sum(laps[name] for name in PIECES)
    laps["report_cpu"] = sum(laps[f"{name}_cpu"] for name in PIECES)
    return laps


def _pieces(comparison, lap) -> None:
    from compare.model import changes_by_pair
    from compare.report import akn, csv, html, redline, sqlite, xlsx

    tables = lap("tables", lambda: csv.comparison_tables(comparison))
    lap("csv", lambda: [csv.csv_bytes(rows, columns) for rows, columns in tables.values()])
    lap("html", lambda: [page.encode("utf-8") for page in html.render_pages(comparison).values()])
    lap("xlsx", lambda: xlsx.workbook_bytes(tables))
    lap("sqlite", lambda: sqlite.database_bytes(comparison, tables))
    lap("akn", lambda: [akn.meeting_akn(m) for m in comparison.meetings])
    by_pair, taxonomy = changes_by_pair(comparison.changes), tuple(comparison.themes)

    def redlines():
        for old, new in comparison.pairs:
            rows = tuple(by_pair.get((old, new), ()))
            redline.pair_redline(comparison.meeting(old), comparison.meeting(new), rows, taxonomy)

    lap("redline", redlines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=OUT / "corpus-50")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    cache = OUT / "report-stage-cache"
    if args.child:
        print(json.dumps(measure(args.corpus, cache)))
        return 0
    command = [sys.executable, __file__, "--child", "--corpus", str(args.corpus)]
    subprocess.run(command, check=True, capture_output=True)  # fills the memo
    runs = [json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)]
    runs += [json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
             for _ in range(args.repeats - 1)]  # fmt: skip
    print(f"{'piece':<10}{'median s':>10}{'min s':>10}{'CPU median':>12}")
    for name in (*PIECES, "report"):
        values, cpu = [run[name] for run in runs], [run[f"{name}_cpu"] for run in runs]
        print(f"{name:<10}{statistics.median(values):>10.3f}{min(values):>10.3f}{statistics.median(cpu):>12.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
