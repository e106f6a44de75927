"""Pruned alignment (issue 17): scoring only the candidate pairs gives exactly the rows of scoring every pair.

Corpora here are generated: bench/corpus.py's chain of illustrative meetings grown from the seed report, and
later versions of the seed made by tests/test_align.py's edits. None is an official document.
"""

from __future__ import annotations

import dataclasses
import itertools
import random
import sys
from itertools import pairwise
from pathlib import Path

import numpy as np
import pytest
from scipy.optimize import linear_sum_assignment
from test_align import EDITS, SEED, evolve

from compare import pipeline
from compare.analyse import align, candidates, similarity, themes
from compare.analyse.matching import increasing_run
from compare.analyse.similarity import (
    FORMULA_AGREEMENT,
    build_vectors,
    canonical,
    formula_agreement,
    pair_scores,
    similarity_matrix,
)
from compare.ingest.normalise import normalise_file
from compare.model import Meeting

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import corpus as bench_corpus  # noqa: E402  (bench/corpus.py, in this repository)


@pytest.fixture(scope="module")
def seed() -> Meeting:
    return dataclasses.replace(normalise_file(SEED), meeting_id="wg-2012")


@pytest.fixture(scope="module")
def chain(tmp_path_factory) -> list[Meeting]:
    """Twelve generated meetings of one body, normalised and themed as `compare` does."""
    folder = tmp_path_factory.mktemp("chain")
    bench_corpus.generate(12, folder)
    loaded = pipeline.load([folder])
    assert not loaded.errors
    taxonomy = tuple(themes.load_taxonomy(None))
    meetings = sorted(loaded.meetings.values(), key=lambda m: m.start_date)
    return [themes.assign_themes(m, taxonomy) for m in meetings]


def test_every_row_of_a_generated_chain_equals_the_unpruned_alignment(chain):
    statuses = set()
    for old, new in pairwise(chain):
        pruned = align.align_pair(old, new)
        assert pruned == align.align_pair_unpruned(old, new)
        statuses |= {c.status for c in pruned}
    assert {s.value for s in statuses} == {"unchanged", "modified", "new", "dropped"}


def big_meeting(seed: Meeting, copies: int, rng: random.Random, meeting_id: str) -> Meeting:
    """`copies` edited copies of the seed's units one after another, renumbered: a report of hundreds of units."""
    units = [
        dataclasses.replace(u, ref=str(n), paragraph=n, item="", text=rng.choice(EDITS)(u.text, rng))
        for n, u in enumerate((u for _ in range(copies) for u in seed.units), start=1)
    ]
    return dataclasses.replace(seed, meeting_id=meeting_id, units=tuple(units))


def test_a_large_pair_is_pruned_and_still_aligned_exactly_as_unpruned(seed):
    rng = random.Random(17)
    old = big_meeting(seed, 6, rng, "wg-old")
    new, _ = evolve(old, rng)
    rows, _ = candidates.candidate_pairs(
        build_vectors([u.text for u in old.units]), build_vectors([u.text for u in new.units])
    )
    assert len(rows) < 0.15 * len(old.units) * len(new.units)
    pruned = align.align_pair(old, new, links=(("3", "7"),), unlinks=(("10", "9"),))
    assert pruned == align.align_pair_unpruned(old, new, links=(("3", "7"),), unlinks=(("10", "9"),))
    assert sum(c.status.value == "modified" for c in pruned) > 100


def test_scores_of_chosen_pairs_are_the_matrix_scores_bit_for_bit(seed):
    new, _ = evolve(seed, random.Random(3))
    old_texts, new_texts = [u.text for u in seed.units], [u.text for u in new.units]
    rows, cols = np.indices((len(old_texts), len(new_texts)))
    scores = pair_scores(build_vectors(old_texts), build_vectors(new_texts), rows.ravel(), cols.ravel())
    assert np.array_equal(scores, similarity_matrix(old_texts, new_texts).ravel())


@pytest.mark.parametrize("product_per_gather", [0.0, 1e12], ids=["rows-gathered", "whole-product"])
def test_scores_are_the_matrix_scores_whichever_way_the_cosines_are_summed(seed, monkeypatch, product_per_gather):
    monkeypatch.setattr(similarity, "PRODUCT_PER_GATHER", product_per_gather)
    rng = random.Random(8)
    old = big_meeting(seed, 2, rng, "wg-old")
    new, _ = evolve(old, rng)
    old_texts, new_texts = [u.text for u in old.units], [u.text for u in new.units]
    pairs = sorted(rng.sample([(i, j) for i in range(len(old_texts)) for j in range(len(new_texts))], 3000))
    rows, cols = (np.array(side) for side in zip(*pairs, strict=True))
    scores = pair_scores(build_vectors(old_texts), build_vectors(new_texts), rows, cols)
    assert np.array_equal(scores, similarity_matrix(old_texts, new_texts)[rows, cols])


FORMULA = (
    "recalled that the conference had asked for reports on progress made since its last session with views and "
    "further written comments"
).split()


def formula_variant(unique: str, at: tuple[int, int]) -> str:
    """The formula with two of its twenty words replaced by words no other text holds."""
    words = list(FORMULA)
    words[at[0]], words[at[1]] = unique + "a", unique + "b"
    return "Members " + " ".join(words) + "."


def test_every_pair_whose_skeletons_agree_as_one_formula_is_a_candidate():
    """Thirty texts of one formula, each with two words of its own: a text agrees to exactly FORMULA_AGREEMENT
    with the other side's text that replaced the same two places, through words every text holds (not rare,
    so the rare-word index alone does not pair them all)."""
    names = ["".join(letters) for letters in itertools.product("vwxyz", "klmnp")]
    places = [(k % 19, k % 19 + 1) for k in range(15)]
    old_texts = [formula_variant("q" + names[k], places[k]) for k in range(15)]
    new_texts = [formula_variant("j" + names[k], places[k]) for k in range(15)]
    agree = formula_agreement(old_texts, new_texts) >= FORMULA_AGREEMENT
    old, new = build_vectors(old_texts), build_vectors(new_texts)
    chosen = set(zip(*(a.tolist() for a in candidates.candidate_pairs(old, new)), strict=True))
    formula_pairs = set(zip(*(a.tolist() for a in np.nonzero(agree)), strict=True))
    assert {(k, k) for k in range(15)} <= formula_pairs <= chosen
    assert not formula_pairs <= set(zip(*(a.tolist() for a in candidates._rare_word_pairs(old, new)), strict=True))


def dense_return_pairs(dropped, new_units):
    """Returns as found before pruning: every pair scored, one assignment over the whole matrix."""
    similarity = similarity_matrix([u.text for u in dropped], [u.text for u in new_units])
    kinds = np.array([[d.is_recommendation == u.is_recommendation for u in new_units] for d in dropped])
    weight = np.where((similarity >= align.RETURN_THRESHOLD) & kinds, similarity, 0.0)
    rows, cols = linear_sum_assignment(weight, maximize=True)
    return [(int(i), int(j)) for i, j in zip(rows, cols, strict=True) if weight[i, j] > 0]


def test_returns_found_through_the_index_are_those_of_the_whole_pool(seed):
    rng = random.Random(5)
    pool = list(big_meeting(seed, 4, rng, "wg-pool").units)
    back, _ = evolve(dataclasses.replace(seed, units=tuple(rng.sample(pool, 40))), rng)
    found = align.return_pairs(pool, back.units)
    assert found == dense_return_pairs(pool, back.units)
    assert len(found) > 20
    assert all(canonical(pool[i].text) and back.units[j].text for i, j in found)


def quadratic_run(pairs):
    length, before = [1] * len(pairs), [-1] * len(pairs)
    for b in range(len(pairs)):
        for a in range(b):
            if pairs[a][1] < pairs[b][1] and length[a] + 1 > length[b]:
                length[b], before[b] = length[a] + 1, a
    end = max(range(len(pairs)), key=lambda k: length[k], default=-1)
    run = []
    while end >= 0:
        run.append(pairs[end])
        end = before[end]
    return run[::-1]


def test_the_anchor_run_is_the_one_the_quadratic_rule_picks():
    rng = random.Random(11)
    for _ in range(500):
        pairs = list(enumerate(rng.sample(range(60), rng.randint(0, 25))))
        assert increasing_run(pairs) == quadratic_run(pairs)
