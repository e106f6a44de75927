"""How long reading a reviewer decisions file takes as it grows (the consistency check is one pass).

    .venv/bin/python bench/decisions_load.py [N ...]     # default: 1000 4000 16000

Each file holds N well-formed, mutually consistent decisions (links, unlinks,
editorial and theme decisions over N/4 units of two meetings), written by the
project's own writer; the time is the best of three `load_decisions` calls, and
`check_s` the part of it spent in the consistency check.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from compare.ingest.decision_rules import first_contradiction
from compare.ingest.decisions_file import load_decisions, write_decisions
from compare.model import Decision


def decisions(n: int) -> list[Decision]:
    old, new = "wg-2012-04", "wg-2013-05"
    made = []
    for i in range(n):
        ref, kind = str(i // 4 + 1), ("link", "unlink", "editorial", "theme")[i % 4]
        if kind == "theme":
            made.append(Decision(kind=kind, meeting=new, ref=ref, theme="extradition"))
        elif kind == "unlink":
            made.append(Decision(kind=kind, old_meeting=old, old_ref=ref, new_meeting=new, new_ref=f"{ref}(x)"))
        else:
            made.append(Decision(kind=kind, old_meeting=old, old_ref=ref, new_meeting=new, new_ref=ref))
    return made


def best(call, *args, times: int = 3) -> float:
    found = []
    for _ in range(times):
        start = time.perf_counter()
        call(*args)
        found.append(time.perf_counter() - start)
    return min(found)


def main(sizes: list[int]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for n in sizes:
            path = Path(folder) / f"decisions-{n}.yaml"
            write_decisions(path, decisions(n))
            loaded = load_decisions(path)
            assert len(loaded) == n
            load_s, check_s = best(load_decisions, path), best(first_contradiction, loaded)
            print(f"N={n:6d}  load_s={load_s:.3f}  check_s={check_s:.4f}")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1000, 4000, 16000])
