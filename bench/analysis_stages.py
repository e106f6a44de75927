"""The analysis stages around alignment, each timed alone (CPU seconds): themes, lineages, follow-ups, significance.

    .venv/bin/python bench/analysis_stages.py bench/out/corpus-200 [--repeats 3]

The meetings are read, and the pairs aligned (their moves marked), once and not timed; then each repeat
runs, in a fresh interpreter as in a cold `compare --jobs 1` without a memo, the themes of every meeting,
the grades, the lineages folded pair by pair and the follow-ups. Prints the median and the minimum of each,
and the seconds per meeting (compare a corpus of 10 with one of 200: the cost of a meeting should not grow
with the corpus). Run a copy from another checkout to time its code in the same minute.
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
STAGES = ("themes", "lineages", "followups", "significance")


def measure(corpus_dir: Path) -> dict[str, float]:
    """One cold run of each stage (its first call in this process, as in a cold `compare`)."""
    sys.path.insert(0, str(ROOT))
    from compare import pipeline
    from compare.analyse import align, followups, moves, significance, themes, timelines

    meetings = list(pipeline.load([corpus_dir]).meetings.values())
    taxonomy = pipeline.load_taxonomy(None)
    seconds = {}
    start = time.process_time()
    themed = [themes.assign_themes(m, taxonomy) for m in meetings]
    seconds["themes"] = time.process_time() - start
    order, by_id = timelines.timelines_of(themed), {m.meeting_id: m for m in themed}
    meetings_of = [(by_id[old_id], by_id[new_id]) for old_id, new_id in timelines.pairs(order)]
    rows_of = [moves.mark_moves(align.align_pair(old, new), old, new) for old, new in meetings_of]
    procedural = tuple(t.id for t in taxonomy if t.procedural)
    grades: list = []
    steps = {
        "significance": lambda: grades.extend(
            significance.grade_rows(rows, pair, procedural) for rows, pair in zip(rows_of, meetings_of, strict=True)
        ),
        "lineages": lambda: pipeline._chained(order, by_id, zip(rows_of, grades, strict=True), pipeline.NO_MEMO),
        "followups": lambda: [
            followups.resolve_requests(*each) for each in pipeline._followup_inputs(order, by_id, pipeline.NO_MEMO)
        ],
    }
    for name, step in steps.items():
        start = time.process_time()
        step()
        seconds[name] = time.process_time() - start
    seconds["meetings"] = len(meetings)
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--once", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.once:
        print(json.dumps(measure(args.corpus)))
        return 0
    runs = [
        json.loads(subprocess.run([sys.executable, __file__, str(args.corpus), "--once"], check=True,
                                  capture_output=True, text=True).stdout)
        for _ in range(args.repeats)
    ]  # fmt: skip
    meetings = runs[0]["meetings"]
    for name in STAGES:
        values = [run[name] for run in runs]
        median = statistics.median(values)
        each = 1000 * median / meetings
        print(f"{name:13s} median {median:.3f} s  min {min(values):.3f} s  ({each:.2f} ms a meeting)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
