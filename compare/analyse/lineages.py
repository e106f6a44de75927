"""Lineages: each unit followed through its body's meetings, pair by pair.

A unit starts a lineage "<meeting_id>:<ref>" where it first appears; a
matched row carries its lineage on. A unit `new` at a meeting whose text is
at least `RETURN_THRESHOLD` like a unit of the same kind dropped at an
earlier pair continues that unit's lineage (the rows stay new/dropped; the
new row's `returned_from` names the meeting the unit was last seen at).

The fold runs one pair at a time (`chain_pair`): what a pair needs of the
pairs before it is the lineages of its old meeting's units and the pool of
units dropped so far, not yet returned (`dormant`). So a timeline that grows
by one meeting re-chains only its last pair when each step is kept. A step
gives what it changes in the pool (`next_pool` applies it), not the whole
pool, so the steps kept grow with the corpus, not with its square.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from compare.analyse import candidates, matching
from compare.analyse.matching import Pairs
from compare.analyse.pool_vectors import pool_vectors
from compare.analyse.similarity import pair_scores
from compare.model import Change, Meeting, Status, Unit, changes_by_pair, updated

RETURN_THRESHOLD = 0.6  # text similarity from which a new unit continues a lineage dropped earlier

Lineages = dict[tuple[str, str], str]
Dormant = tuple[tuple[str, str, Unit], ...]  # (lineage, meeting last seen at, unit) of the dropped units
Marks = tuple[tuple[str, str], ...]  # each row's (lineage, returned_from), in the rows' order


def first_lineages(first: Meeting) -> Lineages:
    """The lineages the first meeting of a timeline starts."""
    return {(first.meeting_id, unit.ref): f"{first.meeting_id}:{unit.ref}" for unit in first.units}


def chain_pair(
    known: Lineages, dormant: Dormant, old: Meeting, new: Meeting, rows: tuple[Change, ...]
) -> tuple[Marks, Lineages, tuple[str, ...], Dormant]:
    """One pair's step: its rows' `lineage` and `returned_from` (`marked` sets them: a step keeps two
    strings a row, not the rows), the lineages found at this pair (the new meeting's units, and any old
    unit `known` lacked), and what the pair does to the dormant pool: the lineages that come back here
    (they leave it) and the units dropped here (they join it). `next_pool` applies the last two, so a
    step keeps only its own part of the pool.

    `known` holds the lineages of the old meeting's units, `dormant` the pool before this pair.
    """
    old_id, new_id = old.meeting_id, new.meeting_id
    lineage_of, returned_from = dict(known), {}
    for c in rows:
        if c.from_ref and c.to_ref:
            lineage_of[(new_id, c.to_ref)] = lineage_of.setdefault((old_id, c.from_ref), f"{old_id}:{c.from_ref}")
    new_units = [u for u in new.units if (new_id, u.ref) not in lineage_of]
    for i, j in return_pairs([d[2] for d in dormant], new_units) if dormant and new_units else ():
        lineage, last_seen, _ = dormant[i]
        lineage_of[(new_id, new_units[j].ref)] = lineage
        returned_from[(new_id, new_units[j].ref)] = last_seen
    revived = {lineage_of[(new_id, u.ref)] for u in new_units if (new_id, u.ref) in lineage_of}
    for unit in new_units:
        lineage_of.setdefault((new_id, unit.ref), f"{new_id}:{unit.ref}")
    old_units = {u.ref: u for u in old.units}
    dropped = []
    for c in rows:
        if c.status == Status.DROPPED and c.from_ref in old_units:
            lineage = lineage_of.setdefault((old_id, c.from_ref), f"{old_id}:{c.from_ref}")
            dropped.append((lineage, old_id, old_units[c.from_ref]))
    marks = tuple(_mark(c, lineage_of, returned_from) for c in rows)
    found = {key: lineage for key, lineage in lineage_of.items() if key not in known}
    return marks, found, tuple(sorted(revived)), tuple(dropped)


def marked(rows: tuple[Change, ...], marks: Marks) -> tuple[Change, ...]:
    """The rows with the `lineage` and `returned_from` of a step's marks."""
    return tuple(_with_lineage(c, *mark) for c, mark in zip(rows, marks, strict=True))


def next_pool(dormant: Dormant, revived: tuple[str, ...], dropped: Dormant) -> Dormant:
    """The dormant pool after a pair: without the lineages that came back there, with the units dropped there."""
    back = set(revived)
    return tuple(d for d in dormant if d[0] not in back) + dropped


def chain_lineages(
    timelines: tuple[tuple[str, ...], ...],
    meetings: Sequence[Meeting],
    changes: tuple[Change, ...],
) -> tuple[tuple[Change, ...], dict[tuple[str, str], str]]:
    """Every timeline folded pair by pair: the changes with `lineage` (and `returned_from`) set, and
    (meeting_id, ref) -> lineage for every unit of every meeting in `timelines`."""
    by_id = {m.meeting_id: m for m in meetings}
    by_pair = changes_by_pair(changes)
    chained: dict[tuple[str, str], tuple[Change, ...]] = {}
    lineage_of: Lineages = {}
    for ids in timelines:
        known: Lineages = first_lineages(by_id[ids[0]])
        lineage_of.update(known)
        dormant: Dormant = ()
        for old_id, new_id in zip(ids, ids[1:], strict=False):
            rows = tuple(by_pair.get((old_id, new_id), ()))
            marks, found, revived, dropped = chain_pair(known, dormant, by_id[old_id], by_id[new_id], rows)
            chained[(old_id, new_id)], dormant = marked(rows, marks), next_pool(dormant, revived, dropped)
            lineage_of.update(found)
            known = {key: lineage for key, lineage in found.items() if key[0] == new_id}
    out: list[Change] = []
    for pair, rows in changes_by_pair(changes).items():  # a pair of no timeline keeps its rows' lineages
        out.extend(chained[pair] if pair in chained else (_with_lineage(c, *_mark(c, lineage_of, {})) for c in rows))
    return tuple(out), lineage_of


def return_pairs(dropped: Sequence[Unit], new_units: Sequence[Unit]) -> list[tuple[int, int]]:
    """(index in `dropped`, index in `new_units`) of the units that come back: one global assignment
    over text similarity >= RETURN_THRESHOLD between units of the same kind.

    Only the candidate pairs of `compare.analyse.candidates` are scored, so the cost follows the units
    that could match, not the whole pool of dropped units; the pool's vectors are made from the last
    pool's (`compare.analyse.pool_vectors`). Reads each unit's `text` and `is_recommendation` alone.
    """
    if not dropped or not new_units:
        return []
    old_vectors, new_vectors = pool_vectors(tuple(u.text for u in dropped), tuple(u.text for u in new_units))
    rows, cols = candidates.candidate_pairs(old_vectors, new_vectors)
    scores = Pairs(rows, cols, pair_scores(old_vectors, new_vectors, rows, cols))
    old_kinds = np.array([d.is_recommendation for d in dropped])
    new_kinds = np.array([u.is_recommendation for u in new_units])
    weights = scores.where((scores.values >= RETURN_THRESHOLD) & (old_kinds[rows] == new_kinds[cols]))
    return sorted(matching.assign(weights).items())


def _mark(change: Change, lineage_of, returned_from) -> tuple[str, str]:
    side = (change.to_meeting, change.to_ref) if change.to_ref else (change.from_meeting, change.from_ref)
    return lineage_of.get(side, change.lineage), returned_from.get(side, "") if change.status == Status.NEW else ""


def _with_lineage(change: Change, lineage: str, returned: str) -> Change:
    if lineage == change.lineage and returned == change.returned_from:
        return change
    return updated(change, lineage=lineage, returned_from=returned)
