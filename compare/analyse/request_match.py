"""Whether two recommendations ask the same thing: a score on what is asked, not on the frame.

Each recommendation's request terms (`compare.analyse.asked`) are weighted
by how rare they are among the recommendations of the two meetings being
aligned (smoothed inverse document frequency), the terms of the operative
clause's object counting OBJECT_WEIGHT times more: the formulas a body
repeats in most of its recommendations ("in order to facilitate
international cooperation in criminal matters") weigh little, the object
("a network of prosecutors", "a database of national laws") much.

`request_scores` gives, for every (old, new) pair, the weighted Dice
overlap of the terms (`agreement`), how much of each side the other covers
(`old_covered`, `new_covered`, for splits and merges) and the weighted
overlap of the objects alone (`object_agreement`).

The aligner (`compare.analyse.align`) uses them through `judge`: a pair of
recommendations whose text similarity is only in the ambiguous band
(below SURE_SIMILARITY) is refused when what they ask agrees less than
REFUSE_BELOW; a pair of recommendations whose text similarity is below the
aligner's threshold but that ask the same thing (agreement at least
RESCUE_FROM, text similarity at least RESCUE_SIMILARITY) becomes a candidate.
Calibration: tests/hard_pairs (see bench/hard_pairs.py for the table).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from compare.analyse.asked import Asked, asked
from compare.analyse.matching import Pairs
from compare.model import Change, Unit

OBJECT_WEIGHT = 2.0
SURE_SIMILARITY = 0.8  # text this alike is the same recommendation whatever the terms say
REFUSE_BELOW = 0.45  # request agreement under which an ambiguous pair is two different requests
OTHER_OBJECT_BELOW = 0.7  # ... and under which it is two requests when neither object's head is in the other
COVERED = 0.55  # share of a unit's request found in another for a split or merge


@dataclass(frozen=True)
class RequestScores:
    agreement: np.ndarray
    old_covered: np.ndarray  # [i, j]: share of old i's request weight found in new j
    new_covered: np.ndarray  # [i, j]: share of new j's request weight found in old i
    object_agreement: np.ndarray


@dataclass(frozen=True)
class Verdict:
    """The similarity the assignment uses, and why pairs were refused or let in ((old, new) index -> reason)."""

    scores: Pairs
    similarity: dict[tuple[int, int], float] = field(default_factory=dict)  # of the refused pairs, before refusal
    refused: dict[tuple[int, int], str] = field(default_factory=dict)
    requests: RequestScores | None = None


def request_scores(old_texts: Sequence[str], new_texts: Sequence[str]) -> RequestScores:
    """Weighted term overlaps of every (old, new) pair of texts, weights taken over both lists."""
    old_asked, new_asked = [asked(t) for t in old_texts], [asked(t) for t in new_texts]
    everything = old_asked + new_asked
    vocabulary = sorted(set().union(*(a.terms | a.object_terms for a in everything)))
    index = {t: k for k, t in enumerate(vocabulary)}
    present = np.zeros((len(everything), len(vocabulary)))
    objects = np.zeros_like(present)
    present[_cells(index, [a.terms | a.object_terms for a in everything])] = 1.0
    objects[_cells(index, [a.object_terms for a in everything])] = 1.0
    idf = np.log((1 + len(everything)) / (1 + present.sum(axis=0))) + 0.05
    return _overlaps(present, objects, idf, len(old_asked))


def _cells(index: dict[str, int], term_sets: list[frozenset[str]]) -> tuple[list[int], list[int]]:
    """(row, column) of every term of every row's set."""
    rows = [row for row, terms in enumerate(term_sets) for _ in terms]
    return rows, [index[t] for terms in term_sets for t in terms]


def _overlaps(present: np.ndarray, objects: np.ndarray, idf: np.ndarray, n_old: int) -> RequestScores:
    """Sums of min(weight) over shared terms, as matrix products (a term weighs idf, or OBJECT_WEIGHT * idf
    on the object side; on both objects it counts in full)."""
    total = (present * idf + (OBJECT_WEIGHT - 1) * objects * idf).sum(axis=1)
    old_p, new_p, old_o, new_o = present[:n_old], present[n_old:], objects[:n_old], objects[n_old:]
    shared_objects = old_o @ (new_o * idf).T
    shared = old_p @ (new_p * idf).T + (OBJECT_WEIGHT - 1) * shared_objects
    old_total, new_total = total[:n_old, None], total[None, n_old:]
    object_total = (objects * idf).sum(axis=1)
    smaller = np.minimum(object_total[:n_old, None], object_total[None, n_old:])
    return RequestScores(
        agreement=2 * shared / np.maximum(old_total + new_total, 1e-9),
        old_covered=shared / np.maximum(old_total, 1e-9),
        new_covered=shared / np.maximum(new_total, 1e-9),
        object_agreement=np.where(smaller > 0, shared_objects / np.maximum(smaller, 1e-9), 1.0),
    )


def shared_words(old: Asked, new: Asked, limit: int = 5) -> list[str]:
    """The words of `new` whose terms `old` shares, object terms first, as written in `new`."""
    surface = dict(new.surface)
    shared = old.terms & new.terms
    ordered = sorted(shared, key=lambda t: (t not in new.object_terms, surface.get(t, t).lower()))
    return [surface.get(t, t) for t in ordered[:limit]]


def judge(old_units: Sequence[Unit], new_units: Sequence[Unit], pairs: Pairs, floor: float) -> Verdict:
    """The scored `pairs` with the recommendation pairs that ask different things set to 0, and why.

    Only pairs of recommendations with a similarity from `floor` (the aligner's threshold) up to
    SURE_SIMILARITY are judged; every other score is kept as it is.
    """
    old_rec = [i for i, u in enumerate(old_units) if u.is_recommendation]
    new_rec = [j for j, u in enumerate(new_units) if u.is_recommendation]
    if not old_rec or not new_rec:
        return Verdict(pairs)
    requests = request_scores([old_units[i].text for i in old_rec], [new_units[j].text for j in new_rec])
    old_at, new_at = _positions(old_rec, len(old_units)), _positions(new_rec, len(new_units))
    values, refused, similarity = pairs.values.copy(), {}, {}
    judged = (old_at[pairs.rows] >= 0) & (new_at[pairs.cols] >= 0) & (values >= floor) & (values < SURE_SIMILARITY)
    for k in np.flatnonzero(judged).tolist():
        i, j = int(pairs.rows[k]), int(pairs.cols[k])
        agreement = requests.agreement[old_at[i], new_at[j]]
        reason = refusal(asked(old_units[i].text), asked(new_units[j].text), agreement)
        if reason:
            similarity[(i, j)], refused[(i, j)], values[k] = float(values[k]), reason, 0.0
    return Verdict(Pairs(pairs.rows, pairs.cols, values), similarity, refused, requests)


def _positions(indices: list[int], size: int) -> np.ndarray:
    """Each unit's place among the recommendations, -1 for the other units."""
    at = np.full(size, -1, np.int64)
    at[indices] = np.arange(len(indices))
    return at


def refusal(old: Asked, new: Asked, agreement: float) -> str:
    """Why two recommendations in the same frame are two requests, or "" when they may be one."""
    other_heads = old.head and new.head and old.head not in new.terms and new.head not in old.terms
    if agreement >= OTHER_OBJECT_BELOW or (agreement >= REFUSE_BELOW and not other_heads):
        return ""
    if old.object_phrase and new.object_phrase:
        return f"same frame, different object: '{old.object_phrase}' vs '{new.object_phrase}'"
    return f"same frame, different request (asked in common {agreement:.2f})"


def explain(old_units: Sequence[Unit], new_units: Sequence[Unit], rows: tuple[Change, ...], verdict: Verdict):
    """The rows with `match_reason` on each recommendation row, and `split_from` / `merged_into` named."""
    if verdict.requests is None:
        return rows
    context = _Context(old_units, new_units, rows, verdict)
    return tuple(_explained(row, context) for row in rows)


class _Context:
    """Indexes of one pair's units and rows, for explaining its rows."""

    def __init__(self, old_units, new_units, rows, verdict: Verdict) -> None:
        self.old = {u.ref: i for i, u in enumerate(old_units)}
        self.new = {u.ref: j for j, u in enumerate(new_units)}
        self.old_units, self.new_units, self.verdict = old_units, new_units, verdict
        self.old_rec = {i: a for a, i in enumerate(i for i, u in enumerate(old_units) if u.is_recommendation)}
        self.new_rec = {j: b for b, j in enumerate(j for j, u in enumerate(new_units) if u.is_recommendation)}
        matched = [(self.old[r.from_ref], self.new[r.to_ref]) for r in rows if r.from_ref and r.to_ref]
        self.split_sources = [(i, j) for i, j in matched if i in self.old_rec]  # matched old recommendations
        self.merge_targets = [(i, j) for i, j in matched if j in self.new_rec]  # matched new recommendations

    def score(self, matrix: np.ndarray, i: int, j: int) -> float:
        return float(matrix[self.old_rec[i], self.new_rec[j]])

    def asked_pair(self, i: int, j: int) -> tuple[Asked, Asked]:
        return asked(self.old_units[i].text), asked(self.new_units[j].text)


def _explained(row: Change, c: _Context) -> Change:
    if row.unit != "recommendation":
        return row
    i, j = c.old.get(row.from_ref), c.new.get(row.to_ref)
    if i is not None and j is not None:
        if row.status != "modified":
            return row
        return dataclasses.replace(row, match_reason=_carried(c, i, j))
    if j is not None:
        return _part(row, c, [(i2, j) for i2, j2 in c.split_sources if j2 != j], "split")
    if i is not None:
        return _part(row, c, [(i, j2) for i2, j2 in c.merge_targets if i2 != i], "merge")
    return row


def _carried(c: _Context, i: int, j: int) -> str:
    if i not in c.old_rec or j not in c.new_rec:
        return ""
    words = shared_words(*c.asked_pair(i, j))
    return "same request: " + ", ".join(f"'{w}'" for w in words) if words else ""


def _part(row: Change, c: _Context, candidates: list[tuple[int, int]], kind: str) -> Change:
    """A split (new row) or merge (dropped row) when a matched unit holds this unit's request; else why not paired."""
    requests = c.verdict.requests
    covered = requests.new_covered if kind == "split" else requests.old_covered
    fits = [(c.score(covered, i, j), i, j) for i, j in candidates]
    fits = [f for f in fits if f[0] >= COVERED]
    if fits:
        _, i, j = max(fits)
        words = ", ".join(f"'{w}'" for w in shared_words(*c.asked_pair(i, j)))
        if kind == "split":
            return dataclasses.replace(
                row, split_from=c.old_units[i].ref, match_reason=f"split from {c.old_units[i].ref}: {words}"
            )
        return dataclasses.replace(
            row, merged_into=c.new_units[j].ref, match_reason=f"merged into {c.new_units[j].ref}: {words}"
        )
    return dataclasses.replace(row, match_reason=_refused_reason(row, c, kind))


def _refused_reason(row: Change, c: _Context, kind: str) -> str:
    """Why the most similar refused candidate of this unpaired unit was refused."""
    if kind == "split":
        j = c.new[row.to_ref]
        refused = [(i2, j2) for i2, j2 in c.verdict.refused if j2 == j]
    else:
        i = c.old[row.from_ref]
        refused = [(i2, j2) for i2, j2 in c.verdict.refused if i2 == i]
    if not refused:
        return ""
    i, j = max(refused, key=lambda p: (c.verdict.similarity[p], -p[0], -p[1]))
    other = c.old_units[i].ref if kind == "split" else c.new_units[j].ref
    return f"not paired with {other}: {c.verdict.refused[(i, j)]}"
