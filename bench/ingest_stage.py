"""Start-up and reading, cold: the command's imports and `pipeline.load` of a corpus (no memo), in fresh processes.

    python bench/ingest_stage.py [--corpus bench/out/corpus-50 ...] [--repeats 7] [--code DIR ...]

Each repeat is a fresh interpreter that imports `compare.cli.main` and `compare.pipeline`, then reads and
normalises every report of the corpus once in one process (as a cold `compare --jobs 1` does, patterns
compiled on first use included). `--code` names checkouts (folders holding `compare/`) to time in turns,
in the same minute: this one by default. Prints, per checkout, the import time, the load's CPU and wall
time (median and minimum) and the regular expressions compiled during each.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import json, sys, time
from re import _compiler
compiled = [0]
plain = _compiler.compile
def counting(pattern, flags=0):
    compiled[0] += 1
    return plain(pattern, flags)
_compiler.compile = counting
start = time.perf_counter()
import compare.cli.main, compare.pipeline
imports, at_import = time.perf_counter() - start, compiled[0]
from pathlib import Path
from compare import pipeline
wall, cpu = time.perf_counter(), time.process_time()
loaded = pipeline.load([Path(sys.argv[1])], pipeline.NO_MEMO)
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
assert not loaded.errors, loaded.errors
print(json.dumps({"import": imports, "load_cpu": cpu, "load_wall": wall, "meetings": len(loaded.meetings),
                  "compiled_import": at_import, "compiled_load": compiled[0] - at_import}))
"""


def run_once(code: Path, corpus: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(code))
    command = [sys.executable, "-c", CHILD, str(corpus.resolve())]
    done = subprocess.run(command, env=env, cwd=code, capture_output=True, text=True)  # `-c` puts the cwd first
    if done.returncode:
        raise SystemExit(done.stderr)
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, nargs="+", default=[ROOT / "bench" / "out" / "corpus-50"])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--code", type=Path, nargs="+", default=[ROOT])
    args = parser.parse_args()
    for corpus in args.corpus:
        runs: dict[Path, list[dict]] = {code: [] for code in args.code}
        for _ in range(args.repeats):
            for code in args.code:  # in turns: each checkout sees the same load of the machine
                runs[code].append(run_once(code, corpus))
        for code, results in runs.items():
            print(f"{corpus.name} ({results[0]['meetings']} meetings), {code}:")
            for key in ("import", "load_cpu", "load_wall"):
                values = [r[key] for r in results]
                print(f"  {key:9} median {statistics.median(values):6.3f} s   min {min(values):6.3f} s")
            first = results[0]
            print(f"  patterns compiled: {first['compiled_import']} at import, {first['compiled_load']} in load")


if __name__ == "__main__":
    main()
