"""Align the units of two consecutive meetings, and chain the pairs into lineages.

`align_pair` scores every (old unit, new unit) pair by text similarity
(`compare.analyse.similarity`), lets only pairs at or above `MODIFIED_THRESHOLD` be
matched, and picks the matching with one global assignment
(`compare.analyse.matching`, the assignment `scipy.optimize.linear_sum_assignment`
gives), not greedily: each candidate pair
weighs its margin over the threshold plus small bonuses for where it sits
(near the place its neighbours' matches predict, the same theme, the same
run-in heading, the same ref; far more for identical text, which is
`unchanged` whatever the ref). The bonuses only choose among candidates
that the text already allows; they never make a pair a match.

Statuses: identical canonical text is `unchanged` (whatever the ref), any
other matched pair `modified`, an unmatched new unit `new`, an unmatched
old unit `dropped`. Recommendations pair only with recommendations, other
units (lead-ins included) only with other units, unless a reviewer `link`
says otherwise.

Calibration of `MODIFIED_THRESHOLD` (tests/test_align.py re-measures the
single edits and the false pairs). The seed's 61 units were scored
against variants of themselves made by programme and against illustrative
later versions written by hand, with the IDF taken over both meetings as
in use:

- one edit: a clause reworded (min 0.49, median 0.88), operative verbs
  swapped (min 0.88), a phrase inserted (min 0.70), a clause deleted (min
  0.57), dates, ordinals and names changed (min 0.75);
- two or three of those edits at once: 5th percentile 0.56, min 0.36;
- hand-written later versions: reworded recommendations 0.56-0.86;
  procedural paragraphs with new dates, names, agenda items or list of
  States 0.49-0.97 (a panellist paragraph whose long list of names and
  roles became a short list of names scores 0.22 and is missed); in the
  illustrative 2013/2014 meetings, a formula repeated around an entirely
  new list of States or panellists 0.63-0.70 (see `compare.analyse.similarity`);
- false pairs, a unit against another unit of its pool (recommendation
  or paragraph) and that unit's variants: 99th percentile 0.34, 99.9th
  0.42, max 0.46 (two panellist paragraphs of one template, 0.50-0.57,
  left out: which of the two pairs with which is left to the position
  bonus);
- new units on the seed's own topics against their closest seed unit of
  the same kind: median 0.26, max 0.40.

0.45 lies in the gap between the false pairs and the rewordings, on the
false side of its middle: most of a real report's deliberations are new,
so with some 1,500 candidate pairs of paragraphs a threshold at the false
pairs' 99.9th percentile would already let one or two through. End to end
on 30 seeds evolved at random (15% of units dropped, 20% kept, the rest
edited once or more, 8 new units), status F1 at 0.35/0.40/0.45/0.50/0.55
was 0.98/1.00/1.00/1.00/0.97 for recommendations and
0.99/0.98/0.97/0.95/0.94 for paragraphs.

`RETURN_THRESHOLD` is stricter: a return is looked for among every unit
dropped earlier in the timeline, with no position to help, and a unit that
comes back is usually re-adopted nearly as it was. `ANCHOR_THRESHOLD` is
far above every false pair measured, so anchors are safe to steer by.

Row order of `align_pair`: the new meeting's units in their order, each
dropped old unit right after the row of the nearest old unit before it
that was matched (dropped units before any match come first).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from compare.analyse import candidates, matching, request_match
from compare.analyse.diff import word_count, word_diff
from compare.analyse.lineages import RETURN_THRESHOLD, chain_lineages, return_pairs  # noqa: F401  (their home)
from compare.analyse.matching import Pairs
from compare.analyse.similarity import canonical, meeting_vectors, pair_scores
from compare.model import Change, Meeting, Status, Unit, UnitKind

MODIFIED_THRESHOLD = 0.45  # text similarity from which two units can be the same unit
ANCHOR_THRESHOLD = 0.8  # mutually best pairs from here on fix the positions others are expected at

POSITION_BONUS = 0.1  # at the expected position, falling to 0 over half the gap between anchors (3 units at least)
THEME_BONUS = 0.03
HEADING_BONUS = 0.03
REF_BONUS = 0.02
IDENTICAL_BONUS = 1.0  # an unchanged text outweighs any two rewordings that would cross it
_FORCED = 1000.0

Link = tuple[str, str]


def unit_kind(unit: Unit) -> UnitKind:
    return UnitKind.RECOMMENDATION if unit.is_recommendation else UnitKind.PARAGRAPH


def align_pair(
    old: Meeting, new: Meeting, links: Iterable[Link] = (), unlinks: Iterable[Link] = ()
) -> tuple[Change, ...]:
    """One `Change` per unit of either meeting (a matched pair is one row for both units).

    `links` are (old_ref, new_ref) pairs a reviewer says are the same unit:
    they are matched whatever their text (a link naming a unit already
    linked, or a ref not in the meeting, is ignored). `unlinks` are pairs
    that must not be matched. Only the candidate pairs of
    `compare.analyse.candidates` are scored.
    """
    return _align(old, new, tuple(links), tuple(unlinks), pruned=True)


def align_pair_unpruned(
    old: Meeting, new: Meeting, links: Iterable[Link] = (), unlinks: Iterable[Link] = ()
) -> tuple[Change, ...]:
    """`align_pair` scoring every pair and solving one assignment over the whole matrix: the reference."""
    return _align(old, new, tuple(links), tuple(unlinks), pruned=False)


def _align(old: Meeting, new: Meeting, links: tuple, unlinks: tuple, pruned: bool) -> tuple[Change, ...]:
    old_vectors = meeting_vectors(tuple(u.text for u in old.units))
    new_vectors = meeting_vectors(tuple(u.text for u in new.units))
    rows, cols = (candidates.candidate_pairs if pruned else candidates.all_pairs)(old_vectors, new_vectors)
    forced = _forced_pairs(links, _refs(old.units), _refs(new.units))
    if forced:
        keys = np.unique(np.r_[rows * len(new.units) + cols, [i * len(new.units) + j for i, j in forced]])
        rows, cols = keys // len(new.units), keys % len(new.units)
    scores = Pairs(rows, cols, pair_scores(old_vectors, new_vectors, rows, cols))
    # issue 16: look-alike recommendations (same frame, another request) are refused, then splits,
    # merges and the reason of each decision are named (compare.analyse.request_match)
    verdict = request_match.judge(old.units, new.units, scores, MODIFIED_THRESHOLD)
    matches = match_units(old.units, new.units, verdict.scores, links=links, unlinks=unlinks, whole=not pruned)
    similarity = _matched_scores(scores, matches, len(new.units))
    return request_match.explain(old.units, new.units, _rows(old, new, matches, similarity), verdict)


def _matched_scores(scores: Pairs, matches: dict[int, int], width: int) -> dict[tuple[int, int], float]:
    """The text score of each matched pair (every match is among the scored pairs), looked up at once."""
    keys = scores.rows * width + scores.cols
    order = np.argsort(keys, kind="stable")
    wanted = np.array([i * width + j for i, j in matches.items()], np.int64)
    found = order[np.searchsorted(keys[order], wanted)]
    return dict(zip(matches.items(), scores.values[found].tolist(), strict=True))


def _refs(units: Sequence[Unit]) -> dict[str, int]:
    return {u.ref: i for i, u in enumerate(units)}


def match_units(
    old_units: Sequence[Unit],
    new_units: Sequence[Unit],
    scores: Pairs,
    *,
    links: Iterable[Link] = (),
    unlinks: Iterable[Link] = (),
    whole: bool = False,
) -> dict[int, int]:
    """old index -> new index of the matched units, from the scored pairs (a pair not scored is no match)."""
    weights = _candidate_weights(old_units, new_units, scores)
    old_index, new_index = _refs(old_units), _refs(new_units)
    banned = {(old_index[o], new_index[n]) for o, n in unlinks if o in old_index and n in new_index}
    forced = _forced_pairs(links, old_index, new_index)
    forced_rows, forced_cols = {i for i, _ in forced}, {j for _, j in forced}
    keep = [
        (i, j) not in banned and i not in forced_rows and j not in forced_cols
        for i, j in zip(weights.rows.tolist(), weights.cols.tolist(), strict=True)
    ]
    weights = weights.where(np.array(keep, dtype=bool))
    if forced:
        extra = np.array(forced, dtype=np.int64)
        weights = Pairs(
            np.r_[weights.rows, extra[:, 0]],
            np.r_[weights.cols, extra[:, 1]],
            np.r_[weights.values, [_FORCED] * len(forced)],
        )
    if whole:
        return matching.assign_whole(weights, (len(old_units), len(new_units)))
    return matching.assign(weights)


def _forced_pairs(links: Iterable[Link], old_index: dict[str, int], new_index: dict[str, int]) -> list[tuple[int, int]]:
    forced, used_old, used_new = [], set(), set()
    for old_ref, new_ref in links:
        i, j = old_index.get(old_ref), new_index.get(new_ref)
        if i is None or j is None or i in used_old or j in used_new:
            continue
        forced.append((i, j))
        used_old.add(i)
        used_new.add(j)
    return forced


def _candidate_weights(old_units: Sequence[Unit], new_units: Sequence[Unit], scores: Pairs) -> Pairs:
    """Margin over the threshold plus placement bonuses for the admissible pairs (the others dropped)."""
    old_kinds = np.array([u.is_recommendation for u in old_units] + [False], dtype=bool)
    new_kinds = np.array([u.is_recommendation for u in new_units] + [False], dtype=bool)
    admissible = scores.where(
        (scores.values >= MODIFIED_THRESHOLD) & (old_kinds[scores.rows] == new_kinds[scores.cols])
    )
    run = matching.anchors(admissible, ANCHOR_THRESHOLD)
    shape = (len(old_units), len(new_units))
    bonus = matching.position_bonus(admissible, shape, run, POSITION_BONUS) + _label_bonus(
        old_units, new_units, admissible
    )
    bonus = bonus + IDENTICAL_BONUS * (admissible.values == 1.0)
    return Pairs(admissible.rows, admissible.cols, admissible.values - MODIFIED_THRESHOLD + bonus + 1e-6)


def _label_bonus(old_units: Sequence[Unit], new_units: Sequence[Unit], pairs: Pairs) -> np.ndarray:
    def same(label) -> np.ndarray:
        return matching.same_label([label(u) for u in old_units], [label(u) for u in new_units], pairs)

    return (
        THEME_BONUS * same(lambda u: u.theme)
        + HEADING_BONUS * same(lambda u: canonical(u.heading).lower())
        + REF_BONUS * same(lambda u: u.ref)
    )


def _rows(
    old: Meeting, new: Meeting, matches: dict[int, int], similarity: dict[tuple[int, int], float]
) -> tuple[Change, ...]:
    matched_new = {j: i for i, j in matches.items()}
    dropped_first, dropped_after = _dropped_places(len(old.units), matches)
    rows = [_dropped(old, new, old.units[i]) for i in dropped_first]
    for j, unit in enumerate(new.units):
        if j in matched_new:
            i = matched_new[j]
            rows.append(_matched(old, new, old.units[i], unit, similarity[i, j]))
        else:
            rows.append(_new(old, new, unit))
        rows.extend(_dropped(old, new, old.units[i]) for i in dropped_after.get(j, ()))
    return tuple(rows)


def _dropped_places(n_old: int, matches: dict[int, int]) -> tuple[list[int], dict[int, list[int]]]:
    """Dropped old indices placed before every row, or after the row of new index j."""
    first: list[int] = []
    after: dict[int, list[int]] = {}
    anchor = None
    for i in range(n_old):
        if i in matches:
            anchor = matches[i]
        elif anchor is None:
            first.append(i)
        else:
            after.setdefault(anchor, []).append(i)
    return first, after


def _matched(old: Meeting, new: Meeting, old_unit: Unit, new_unit: Unit, similarity: float) -> Change:
    unchanged = canonical(old_unit.text) == canonical(new_unit.text)
    diff = None if unchanged else word_diff(old_unit.text, new_unit.text)
    return Change(
        unit=unit_kind(new_unit),
        theme=new_unit.theme,
        old_meeting=old.meeting_id,
        new_meeting=new.meeting_id,
        from_meeting=old.meeting_id,
        from_ref=old_unit.ref,
        to_meeting=new.meeting_id,
        to_ref=new_unit.ref,
        status=Status.UNCHANGED if unchanged else Status.MODIFIED,
        similarity=1.0 if unchanged else min(round(similarity, 3), 0.999),
        inserted=diff.inserted if diff else 0,
        deleted=diff.deleted if diff else 0,
        moved=old_unit.ref != new_unit.ref or old_unit.theme != new_unit.theme,
        from_theme=old_unit.theme,
        diff=diff,
    )


def _new(old: Meeting, new: Meeting, unit: Unit) -> Change:
    return _one_side(old, new, unit, Status.NEW, to_meeting=new.meeting_id, to_ref=unit.ref)


def _dropped(old: Meeting, new: Meeting, unit: Unit) -> Change:
    return _one_side(old, new, unit, Status.DROPPED, from_meeting=old.meeting_id, from_ref=unit.ref)


def _one_side(old: Meeting, new: Meeting, unit: Unit, status: Status, **side: str) -> Change:
    """A row for a unit present in one meeting only: its words all inserted (new) or all deleted (dropped)."""
    words = word_count(unit.text)
    dropped = status is Status.DROPPED
    return Change(
        unit=unit_kind(unit),
        theme=unit.theme,
        old_meeting=old.meeting_id,
        new_meeting=new.meeting_id,
        from_meeting=side.get("from_meeting", ""),
        from_ref=side.get("from_ref", ""),
        to_meeting=side.get("to_meeting", ""),
        to_ref=side.get("to_ref", ""),
        status=status,
        similarity=0.0,
        inserted=0 if dropped else words,
        deleted=words if dropped else 0,
        from_theme=unit.theme if dropped else "",
    )
