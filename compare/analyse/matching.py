"""The aligner's weights and assignment over a sparse list of scored pairs.

`compare.analyse.align` describes the rule (margin over the threshold plus
placement bonuses, anchors, one global assignment); this module computes it
on the candidate pairs alone, with the same floating-point operations as on
a full matrix, and solves the assignment per connected component of the
candidate graph, which has the same optimum as one assignment over the
whole matrix. The components are small (two or three units a side in the
corpora), so the assignment is solved in Python by the algorithm scipy's
`linear_sum_assignment` runs, giving its very matching (ties included)
without loading `scipy.optimize`, a quarter of a second of every cold run;
only a component too large for Python (one text repeated many times in both
meetings) is left to scipy's compiled solver.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

PYTHON_ASSIGNMENT_LIMIT = 160**3  # rows x columns x the smaller side: some 30 ms in Python at worst (measured)


@dataclass(frozen=True)
class Pairs:
    """Scored (old, new) pairs: index arrays and their scores or weights."""

    rows: np.ndarray
    cols: np.ndarray
    values: np.ndarray

    def where(self, mask: np.ndarray) -> Pairs:
        return Pairs(self.rows[mask], self.cols[mask], self.values[mask])


def same_label(old_labels: Sequence[str], new_labels: Sequence[str], pairs: Pairs) -> np.ndarray:
    """Whether each pair's old and new label are equal and the old one is not empty."""
    old = np.array([*old_labels, ""], dtype=object)[pairs.rows]
    new = np.array([*new_labels, ""], dtype=object)[pairs.cols]
    return (old == new) & (old != "")


def anchors(admissible: Pairs, threshold: float) -> list[tuple[int, int]]:
    """Mutually best pairs of high similarity that keep their order (a longest increasing run)."""
    if len(admissible.rows) == 0:
        return []
    best_new = _best(admissible.rows, admissible.cols, admissible.values)
    best_old = _best(admissible.cols, admissible.rows, admissible.values)
    pairs = [(i, j) for i, (j, score) in sorted(best_new.items()) if score >= threshold and best_old[j][0] == i]
    return increasing_run(pairs)


def _best(group: np.ndarray, other: np.ndarray, score: np.ndarray) -> dict[int, tuple[int, float]]:
    """group -> (other, score) of its highest score, the smallest `other` among equals (as argmax)."""
    order = np.lexsort((other, -score, group))
    first = np.r_[True, group[order][1:] != group[order][:-1]]
    chosen = order[first]
    return {int(g): (int(o), float(s)) for g, o, s in zip(group[chosen], other[chosen], score[chosen], strict=True)}


def increasing_run(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest subsequence of (old, new) pairs, sorted by old, whose distinct new indices increase.

    The same run as the quadratic rule: the first pair ending a longest run, and for each pair the
    earliest predecessor one step shorter (patience sorting, n log n)."""
    tails: list[int] = []  # per run length, the smallest new index ending such a run so far
    levels: list[tuple[list[int], list[int]]] = []  # per run length: -new (ascending), positions
    before = [-1] * len(pairs)
    best_end, best_length = -1, 0
    for position, (_, new) in enumerate(pairs):
        length = bisect.bisect_left(tails, new)
        if length:
            negated, positions = levels[length - 1]
            before[position] = positions[bisect.bisect_right(negated, -new)]
        if length == len(tails):
            tails.append(new)
            levels.append(([], []))
        tails[length] = new
        levels[length][0].append(-new)
        levels[length][1].append(position)
        if length + 1 > best_length:
            best_end, best_length = position, length + 1
    run, end = [], best_end
    while end >= 0:
        run.append(pairs[end])
        end = before[end]
    return run[::-1]


def position_bonus(pairs: Pairs, shape: tuple[int, int], run: list[tuple[int, int]], bonus: float) -> np.ndarray:
    """`bonus` where a new unit sits where the anchors around the old one put it (as on a full matrix)."""
    n_old, n_new = shape
    marks = [(-1, -1), *run, (n_old, n_new)]
    old_marks = np.array([o for o, _ in marks])
    new_marks = np.array([n for _, n in marks])
    k = np.searchsorted(old_marks, pairs.rows, side="right") - 1
    on_anchor = old_marks[k] == pairs.rows
    o1, n1, o2, n2 = old_marks[k], new_marks[k], old_marks[k + 1], new_marks[k + 1]
    expected = n1 + (pairs.rows - o1) * (n2 - n1) / (o2 - o1)
    window = np.maximum(3.0, (n2 - n1) / 2)
    between = bonus * np.clip(1 - np.abs(pairs.cols - expected) / window, 0.0, 1.0)
    return np.where(on_anchor, np.where(pairs.cols == n1, bonus, 0.0), between)


def assign(weights: Pairs) -> dict[int, int]:
    """old -> new of a maximum-weight matching of the positive pairs: one assignment per connected
    component of the pairs' graph (singletons directly)."""
    w = weights.where(weights.values > 0)
    if len(w.rows) == 0:
        return {}
    old_ids, rows = np.unique(w.rows, return_inverse=True)
    new_ids, cols = np.unique(w.cols, return_inverse=True)
    matches: dict[int, int] = {}
    for edges in _components(rows, cols, len(old_ids)):
        if len(edges) == 1:
            matches[int(old_ids[rows[edges[0]]])] = int(new_ids[cols[edges[0]]])
            continue
        sub_rows, r = np.unique(rows[edges], return_inverse=True)
        sub_cols, c = np.unique(cols[edges], return_inverse=True)
        matrix = np.zeros((len(sub_rows), len(sub_cols)))
        matrix[r, c] = w.values[edges]
        for i, j in _assignment(matrix):
            if matrix[i, j] > 0:
                matches[int(old_ids[sub_rows[i]])] = int(new_ids[sub_cols[j]])
    return matches


def _assignment(matrix: np.ndarray) -> list[tuple[int, int]]:
    """`max_weight_assignment` of a component; one too large for Python (the same text repeated many times
    in both meetings) by scipy's compiled solver, whose matching it is."""
    if matrix.size * min(matrix.shape) > PYTHON_ASSIGNMENT_LIMIT:
        from scipy.optimize import linear_sum_assignment

        rows, cols = linear_sum_assignment(matrix, maximize=True)
        return list(zip(rows.tolist(), cols.tolist(), strict=True))
    return max_weight_assignment(matrix.tolist())


def _components(rows: np.ndarray, cols: np.ndarray, n_old: int) -> list[np.ndarray]:
    """The edges (indices) of each connected component of the bipartite graph, components in the order of
    their smallest old node, edges in their order (as `scipy.sparse.csgraph.connected_components` labels)."""
    parent = list(range(n_old + int(cols.max(initial=-1)) + 1))

    def root(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for i, j in zip(rows.tolist(), (cols + n_old).tolist(), strict=True):
        a, b = root(i), root(j)
        if a != b:
            parent[max(a, b)] = min(a, b)
    edge_root = np.array([root(i) for i in rows.tolist()], np.int64)
    order = np.argsort(edge_root, kind="stable")
    return np.split(order, np.flatnonzero(np.diff(edge_root[order])) + 1)


def max_weight_assignment(weights: list[list[float]]) -> list[tuple[int, int]]:
    """(row, column) pairs of a maximum-weight full assignment of the smaller side: the same assignment,
    ties included, as `scipy.optimize.linear_sum_assignment(weights, maximize=True)`, by the same
    shortest augmenting path algorithm (Crouse 2016) with the same float operations in the same order."""
    if not weights or not weights[0]:
        return []
    tall = len(weights[0]) < len(weights)
    cost = [[-w for w in line] for line in (zip(*weights, strict=True) if tall else weights)]
    col4row = _shortest_augmenting_paths(cost)
    return sorted((j, i) for i, j in enumerate(col4row)) if tall else list(enumerate(col4row))


def _shortest_augmenting_paths(cost: list[list[float]]) -> list[int]:
    """The column of each row of a minimum-cost assignment of every row (rows <= columns)."""
    n_rows, n_cols = len(cost), len(cost[0])
    u, v = [0.0] * n_rows, [0.0] * n_cols
    col4row, row4col, path = [-1] * n_rows, [-1] * n_cols, [-1] * n_cols
    for current in range(n_rows):
        sink, low, shortest, seen_rows, seen_cols = _augmenting_path(cost, u, v, path, row4col, current)
        u[current] += low
        for i in seen_rows:
            if i != current:
                u[i] += low - shortest[col4row[i]]
        for j in seen_cols:
            v[j] -= low - shortest[j]
        j = sink
        while True:
            i = path[j]
            row4col[j] = i
            col4row[i], j = j, col4row[i]
            if i == current:
                break
    return col4row


def _augmenting_path(cost, u, v, path, row4col, i):
    """The cheapest path from row `i` to a free column: its sink, its cost, the reduced costs and the rows
    and columns it scanned."""
    n_cols = len(v)
    remaining = list(range(n_cols - 1, -1, -1))
    shortest = [math.inf] * n_cols
    seen_rows, seen_cols = [], []
    low = 0.0
    while True:
        seen_rows.append(i)
        row, u_i, found, lowest = cost[i], u[i], -1, math.inf
        for at, j in enumerate(remaining):
            reduced = low + row[j] - u_i - v[j]
            if reduced < shortest[j]:
                path[j], shortest[j] = i, reduced
            if shortest[j] < lowest or (shortest[j] == lowest and row4col[j] == -1):
                lowest, found = shortest[j], at
        low = lowest
        j = remaining[found]
        seen_cols.append(j)
        remaining[found] = remaining[-1]
        remaining.pop()
        if row4col[j] == -1:
            return j, low, shortest, seen_rows, seen_cols
        i = row4col[j]


def assign_whole(weights: Pairs, shape: tuple[int, int]) -> dict[int, int]:
    """The same matching from one assignment over the full matrix (the reference `assign` must equal)."""
    from scipy.optimize import linear_sum_assignment

    matrix = np.zeros(shape)
    matrix[weights.rows, weights.cols] = weights.values
    if matrix.size == 0:
        return {}
    rows, cols = linear_sum_assignment(matrix, maximize=True)
    return {int(i): int(j) for i, j in zip(rows, cols, strict=True) if matrix[i, j] > 0}
