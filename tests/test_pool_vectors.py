"""compare.analyse.pool_vectors: the dormant pool's vectors made from the last pool's are build_vectors' own."""

from __future__ import annotations

import random

import numpy as np
from test_align import EDITS, SEED

from compare.analyse import pool_vectors
from compare.analyse.similarity import build_vectors
from compare.ingest.normalise import normalise_file


def assert_same_vectors(made, built) -> None:
    assert made.canonical == built.canonical
    for mine, theirs in ((made.words, built.words), (made.skeletons, built.skeletons)):
        assert (mine.distinct, mine.index, mine.codes) == (theirs.distinct, theirs.index, theirs.codes)
        assert mine.ids.tobytes() == theirs.ids.tobytes() and mine.indptr.tobytes() == theirs.indptr.tobytes()
    pieces = [(made.grams, built.grams, ("vocabulary", "df", "cols", "indptr", "weights"))]
    pieces += [(made.terms, built.terms, ("vocabulary", "df", "cols", "indptr", "weights"))]
    pieces += [(made.tokens, built.tokens, ("vocabulary", "ids", "indptr"))]
    for mine, theirs, fields in pieces:
        for name in fields:
            a, b = getattr(mine, name), getattr(theirs, name)
            assert a.dtype == b.dtype and a.shape == b.shape, name
            assert np.array_equal(a, b) and a.tobytes() == b.tobytes(), name


def test_a_pool_changing_pair_by_pair_gets_the_vectors_built_from_scratch(monkeypatch):
    """Units come back (leave the pool) and are dropped (join it at its end), as in a long timeline; every
    pool's vectors and the new units' equal build_vectors' bit for bit, and only the units joining the pool
    and the new units are vectorised anew."""
    rng, other = random.Random(7), random.Random(8)
    texts = [u.text for u in normalise_file(SEED).units]
    sizes: list[int] = []
    monkeypatch.setattr(pool_vectors, "build_vectors", lambda t: sizes.append(len(t)) or build_vectors(t))
    pool_vectors._kept.clear()
    pool: tuple[str, ...] = ()
    for _ in range(40):
        back = set(rng.sample(range(len(pool)), min(len(pool), rng.randint(0, 3))))
        joining = [rng.choice(EDITS)(rng.choice(texts), rng) for _ in range(rng.randint(0, 4))]
        pool = tuple(t for i, t in enumerate(pool) if i not in back) + tuple(joining)
        new = tuple(other.choice(EDITS)(other.choice(texts), other) for _ in range(other.randint(1, 3)))
        made_pool, made_new = pool_vectors.pool_vectors(pool, new)
        assert_same_vectors(made_pool, build_vectors(pool))
        assert_same_vectors(made_new, build_vectors(new))
    assert len(pool) > 30 and max(sizes[5:]) <= 7
