"""The hard-evolution set (tests/hard_pairs/*.yaml): precision, recall and F1 per status, and refused look-alikes.

Each YAML file is one pair of meetings of one body, its recommendations
written by hand (rewordings, look-alikes, splits, merges, moves), with the
row the aligner must give for each. Run: `python bench/hard_pairs.py`.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from compare.analyse import align  # noqa: E402
from compare.model import Meeting, Unit  # noqa: E402

CASES = ROOT / "tests" / "hard_pairs"
STATUSES = ("unchanged", "modified", "new", "dropped")


def meeting(meeting_id: str, body: str, units: list[dict]) -> Meeting:
    return Meeting(
        meeting_id=meeting_id,
        body=body,
        units=tuple(
            Unit(
                ref=u["ref"],
                paragraph=int(u["ref"].partition("(")[0]),
                section=u.get("section", "II"),
                heading=u.get("heading", "Conclusions and recommendations"),
                text=u["text"],
                is_recommendation=True,
            )
            for u in units
        ),
    )


def run_case(path: Path):
    """(expected rows, found rows, the changes) of one file; a row is (old ref, new ref, status, split/merge ref)."""
    case = yaml.safe_load(path.read_text(encoding="utf-8"))
    old, new = meeting("old", case["body"], case["old"]), meeting("new", case["body"], case["new"])
    changes = align.align_pair(old, new)
    expected = [
        (
            e.get("old", ""),
            e.get("new", ""),
            e["status"],
            e.get("split_from", "") or e.get("merged_into", ""),
            e["kind"],
        )
        for e in case["expect"]
    ]
    found = {(c.from_ref, c.to_ref, c.status.value, c.split_from or c.merged_into) for c in changes}
    return expected, found, changes


def scores() -> tuple[dict[str, tuple[float, float, float, int]], float, list, list]:
    """Per status (precision, recall, F1, support), micro F1 over statuses, look-alikes paired, refusals."""
    hits, truth_n, found_n = Counter(), Counter(), Counter()
    paired_lookalikes, refusals = [], []
    for path in sorted(CASES.glob("*.yaml")):
        expected, found, changes = run_case(path)
        truth = {e[:3] for e in expected}
        status_found = {f[:3] for f in found}
        for status in STATUSES:
            truth_n[status] += sum(1 for t in truth if t[2] == status)
            found_n[status] += sum(1 for f in status_found if f[2] == status)
            hits[status] += len({t for t in truth if t[2] == status} & status_found)
        olds = {e[0] for e in expected if e[4] == "look-alike" and e[0]}
        news = {e[1] for e in expected if e[4] == "look-alike" and e[1]}
        paired_lookalikes += [(path.stem, f) for f in status_found if f[0] in olds and f[1] in news]
        refusals += [(path.stem, c) for c in changes if c.match_reason.startswith("not paired")]
    table = {}
    for status in STATUSES:
        p = hits[status] / found_n[status] if found_n[status] else 1.0
        r = hits[status] / truth_n[status] if truth_n[status] else 1.0
        table[status] = (p, r, 2 * p * r / (p + r) if p + r else 0.0, truth_n[status])
    total_hits, total_truth, total_found = sum(hits.values()), sum(truth_n.values()), sum(found_n.values())
    micro = 2 * total_hits / (total_truth + total_found) if total_truth + total_found else 1.0
    return table, micro, paired_lookalikes, refusals


def main() -> None:
    table, micro, paired, refusals = scores()
    print(f"{'status':<10} {'precision':>9} {'recall':>7} {'F1':>6} {'rows':>5}")
    for status, (p, r, f, n) in table.items():
        print(f"{status:<10} {p:>9.3f} {r:>7.3f} {f:>6.3f} {n:>5}")
    print(f"recommendation status F1 (micro): {micro:.3f}; look-alikes paired as modified: {len(paired)}")
    for name, change in refusals:
        side = change.from_ref or change.to_ref
        print(f"  {name} {change.status.value} {side}: {change.match_reason}")


if __name__ == "__main__":
    main()
