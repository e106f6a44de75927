"""Time the alignment of every consecutive pair of a corpus, and of generated pairs of each size.

    .venv/bin/python bench/align_pairs.py bench/out/corpus-50 [--sizes 60 2000] [--dump rows.json]

The meetings are read and themed first (not timed); then every consecutive pair of each body is
aligned in a fresh process's first pass (the per-meeting vectors built as in a cold run), and the
seconds printed. `--dump` writes every row of every pair (and of the generated pairs) as JSON, so
two versions of the aligner can be compared row by row (`diff` the two dumps).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def themed_meetings(corpus_dir: Path):
    from compare import pipeline
    from compare.analyse import themes, timelines

    loaded = pipeline.load([corpus_dir])
    taxonomy = themes.load_taxonomy(None)
    themed = {m.meeting_id: themes.assign_themes(m, taxonomy) for m in loaded.meetings.values()}
    return [(themed[a], themed[b]) for a, b in timelines.pairs(timelines.timelines_of(list(themed.values())))]


def timed_pairs(pairs) -> tuple[float, float, list]:
    """Wall and CPU seconds to align the pairs, and their rows."""
    from compare.analyse import align

    start, cpu_start = time.perf_counter(), time.process_time()
    rows = [align.align_pair(old, new) for old, new in pairs]
    return time.perf_counter() - start, time.process_time() - cpu_start, rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--sizes", type=int, nargs="*", default=[])
    parser.add_argument("--dump", type=Path)
    args = parser.parse_args(argv)
    import big_pair
    from run import fitted_exponent

    from compare.analyse import align
    from compare.serial import to_plain

    pairs = themed_meetings(args.corpus)
    align.align_pair(*big_pair.pair(20, seed=1))  # imports and first calls before the clock
    seconds, cpu, rows = timed_pairs(pairs)
    print(f"{len(pairs)} pairs: {seconds:.3f} s, CPU {cpu:.3f} s ({1000 * cpu / max(1, len(pairs)):.1f} ms per pair)")
    wall, cpu_of = {}, {}
    for units in args.sizes:
        generated = big_pair.pair(units)
        wall[units], cpu_of[units], size_rows = timed_pairs([generated])
        print(f"{units} + {len(generated[1].units)} units: {wall[units]:.3f} s, CPU {cpu_of[units]:.3f} s")
        rows += size_rows
    if len(args.sizes) > 1:
        print(f"exponent of align time: {fitted_exponent(wall):.2f} (CPU {fitted_exponent(cpu_of):.2f})")
    if args.dump:
        args.dump.write_text(json.dumps(to_plain([list(r) for r in rows]), sort_keys=True, indent=0))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
