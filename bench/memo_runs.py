"""The command cold (an empty memo) and warm (the same memo again), and the memo's size on disk.

    .venv/bin/python bench/memo_runs.py bench/out/corpus-50 [--jobs 1] [--repeat 3] [--code DIR]

Each repeat runs `python -m compare compare CORPUS --out X --jobs J` twice on a new memo folder
($WGCOMPARE_CACHE): the first run is cold, the second warm. `--code DIR` runs the package found in
DIR (a checkout of another version, for before/after figures taken in the same minute).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def timed_run(corpus: Path, out: Path, memo: Path, jobs: int, code: Path | None) -> tuple[float, float]:
    """Wall and CPU seconds (the command and its workers: what other users of the machine do not inflate)."""
    env = {**os.environ, "WGCOMPARE_CACHE": str(memo)}
    if code is not None:
        env["PYTHONPATH"] = str(code)
    command = [sys.executable, "-m", "compare", "compare", str(corpus), "--out", str(out), "--jobs", str(jobs)]
    started, cpu = time.perf_counter(), _children_cpu()
    subprocess.run(command, check=True, capture_output=True, env=env, cwd=code)
    return time.perf_counter() - started, _children_cpu() - cpu


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def summary(times: list[tuple[float, float]]) -> str:
    walls, cpus = [wall for wall, _ in times], [cpu for _, cpu in times]
    wall, cpu = f"{min(walls):.2f}/{statistics.median(walls):.2f}", f"{min(cpus):.2f}/{statistics.median(cpus):.2f}"
    return f"wall {wall} s, CPU {cpu} s"


def size_on_disk(folder: Path) -> tuple[int, int]:
    """Bytes in allocated blocks, and the number of files, of everything under `folder`."""
    files = [p for p in folder.rglob("*") if p.is_file()]
    return sum(p.stat().st_blocks * 512 for p in files), len(files)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--code", type=Path, default=None)
    args = parser.parse_args()
    cold, warm = [], []
    with tempfile.TemporaryDirectory() as scratch:
        for run in range(args.repeat):
            memo = Path(scratch) / f"memo-{run}"
            cold.append(timed_run(args.corpus.resolve(), Path(scratch) / "out", memo, args.jobs, args.code))
            warm.append(timed_run(args.corpus.resolve(), Path(scratch) / "out", memo, args.jobs, args.code))
        size, files = size_on_disk(memo)
    print(
        f"{args.corpus.name} jobs={args.jobs} (min/median) cold {summary(cold)}; warm {summary(warm)}; "
        f"memo {size / 1e6:.1f} MB in {files} files"
    )


if __name__ == "__main__":
    main()
