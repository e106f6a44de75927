"""The aligner's own assignment solver (issue 17): the matchings of scipy's `linear_sum_assignment`, ties
included, without loading `scipy.optimize` (a quarter of a second of every cold run)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from scipy.optimize import linear_sum_assignment

from compare.analyse.align import align_pair
from compare.analyse.matching import Pairs, assign, max_weight_assignment
from compare.model import Meeting, Unit

ROOT = Path(__file__).resolve().parent.parent


def random_weights(rng: np.random.Generator, kind: int) -> np.ndarray:
    """Small matrices of either orientation, most with ties: few distinct values, zeros, repeated scores."""
    shape = tuple(rng.integers(1, 9, 2)) if kind < 4 else tuple(rng.integers(1, 30, 2))
    if kind % 4 == 0:
        return rng.integers(0, 3, shape).astype(float)
    if kind % 4 == 1:
        return rng.choice([0.0, 1e-6, 0.1, 0.2, 0.55 + 1e-6, 1.0 + 1e-6], shape)
    if kind % 4 == 2:
        return np.round(rng.random(shape), 1) * 0.3 + 0.1
    return np.where(rng.random(shape) < 0.5, 0.0, rng.random(shape))


@pytest.mark.parametrize("kind", range(8))
def test_the_assignment_is_scipys_on_random_matrices_with_ties(kind):
    rng = np.random.default_rng(kind)
    for _ in range(1500 if kind < 4 else 150):
        weights = random_weights(rng, kind)
        rows, cols = linear_sum_assignment(weights, maximize=True)
        assert max_weight_assignment(weights.tolist()) == list(zip(rows.tolist(), cols.tolist(), strict=True))


def test_a_constant_matrix_is_assigned_in_order_as_scipy_does():
    assert max_weight_assignment([[1.0] * 3] * 3) == [(0, 0), (1, 1), (2, 2)]
    assert max_weight_assignment([[1.0] * 2] * 4) == [(0, 0), (1, 1)]
    assert max_weight_assignment([]) == []


def test_the_sparse_assignment_equals_one_assignment_over_the_whole_matrix():
    rng = np.random.default_rng(3)
    for _ in range(300):
        dense = np.where(rng.random((25, 20)) < 0.08, rng.choice([0.3, 0.5, 0.5 + 1e-6, 1.2], (25, 20)), 0.0)
        rows, cols = np.nonzero(dense)
        found = assign(Pairs(rows, cols, dense[rows, cols]))
        best = linear_sum_assignment(dense, maximize=True)
        assert sum(dense[i, j] for i, j in found.items()) == pytest.approx(dense[best].sum())
        assert all(dense[i, j] > 0 for i, j in found.items())


def test_aligning_a_pair_does_not_load_scipy_optimize():
    code = (
        f"import sys; sys.path[:0] = [{str(ROOT / 'bench')!r}, {str(ROOT)!r}]\n"
        "import big_pair\nfrom compare.analyse import align\n"
        "rows = align.align_pair(*big_pair.pair(80))\n"
        "assert any(r.status == 'modified' for r in rows)\n"
        "print(sorted(m for m in sys.modules if m.startswith('scipy.optimize')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_a_large_component_gets_scipys_matching_too():
    rng = np.random.default_rng(9)
    dense = np.where(rng.random((180, 170)) < 0.9, np.round(rng.random((180, 170)), 2) + 0.01, 0.0)
    rows, cols = np.nonzero(dense)
    best_rows, best_cols = linear_sum_assignment(dense, maximize=True)
    expected = {int(i): int(j) for i, j in zip(best_rows, best_cols, strict=True) if dense[i, j] > 0}
    assert assign(Pairs(rows + 5, cols + 2, dense[rows, cols])) == {i + 5: j + 2 for i, j in expected.items()}


def test_a_text_repeated_in_both_meetings_is_unchanged_in_place():
    def meeting(meeting_id: str, count: int) -> Meeting:
        units = [Unit(ref=str(n), paragraph=n, item="", text="Not applicable.") for n in range(1, count + 1)]
        return Meeting(meeting_id=meeting_id, body="Repeating Working Group", units=tuple(units))

    rows = align_pair(meeting("wg-1", 220), meeting("wg-2", 200))
    assert [r.status for r in rows].count("unchanged") == 200
    assert all(r.from_ref == r.to_ref for r in rows if r.status == "unchanged")
    assert [r.from_ref for r in rows if r.status == "dropped"] == [str(n) for n in range(201, 221)]
