"""Which (old, new) pairs of units are worth scoring: a few per unit, found through an index.

Scoring every pair of two meetings grows as the product of their sizes.
Instead, each side's lower-cased words are put in an inverted index, and a
pair is a candidate when it is one of the TOP_K best of its old unit or of
its new unit by the IDF weight of the rare words both hold (a word held by
at most RARE_DF units of the two lists, and every unit's FALLBACK rarest
words whatever their count), normalised like a cosine. Identical canonical
texts are always candidates, and so is every pair whose skeletons could agree
to FORMULA_AGREEMENT (an exact prefix filter over the skeletons' words),
since the formula lift can admit a pair whose words differ.

A pair the aligner would match shares its content words, so it is among
the few best of its units: tests/test_align.py checks that every status and
score on generated corpora equals the computation that scores every pair.
The cost is linear in the units: each index entry meets at most RARE_DF others.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from itertools import chain

import numpy as np
from scipy.sparse import csr_matrix

from compare.analyse.similarity import FORMULA_AGREEMENT, FORMULA_MIN_WORDS, TextVectors, shared_vocabulary

TOP_K = 8  # candidates kept for each unit, on each side
RARE_DF = 24  # a word held by more units than this only links units through FALLBACK
FALLBACK = 4  # each unit's rarest words are indexed whatever their count


def candidate_pairs(old: TextVectors, new: TextVectors) -> tuple[np.ndarray, np.ndarray]:
    """(old indices, new indices) of the pairs to score, sorted and distinct."""
    found = [_rare_word_pairs(old, new), _identical_pairs(old, new), _formula_pairs(old, new)]
    keys = np.unique(np.concatenate([i * len(new.canonical) + j for i, j in found]).astype(np.int64))
    return keys // max(1, len(new.canonical)), keys % max(1, len(new.canonical))


def all_pairs(old: TextVectors, new: TextVectors) -> tuple[np.ndarray, np.ndarray]:
    """Every pair: the unpruned computation candidate_pairs must agree with."""
    rows, cols = np.indices((len(old.canonical), len(new.canonical)))
    return rows.ravel(), cols.ravel()


def _rare_word_pairs(old: TextVectors, new: TextVectors) -> tuple[np.ndarray, np.ndarray]:
    old_map, new_map, df = shared_vocabulary(old.terms, new.terms)
    idf = np.log((1 + len(old.canonical) + len(new.canonical)) / df)
    overlap = (_index(old.terms, old_map, df, idf) @ _index(new.terms, new_map, df, idf).T).tocoo()
    keep = _top(overlap.row, overlap.col, overlap.data) | _top(overlap.col, overlap.row, overlap.data)
    return overlap.row[keep], overlap.col[keep]


def _index(bag, column_of: np.ndarray, df: np.ndarray, idf: np.ndarray) -> csr_matrix:
    """Each text's rare words, weighted by IDF over the norm of all its words' IDFs."""
    cols = column_of[bag.cols]
    rows = np.repeat(np.arange(len(bag.indptr) - 1), np.diff(bag.indptr))
    order = np.lexsort((-idf[cols], rows))
    rank = np.empty(len(cols), np.int64)
    rank[order] = np.arange(len(cols)) - bag.indptr[rows[order]]
    norms = np.sqrt(np.bincount(rows, idf[cols] ** 2, len(bag.indptr) - 1))
    keep = (df[cols] <= RARE_DF) | (rank < FALLBACK)
    values = idf[cols] / np.maximum(norms[rows], 1e-12)
    shape = (len(bag.indptr) - 1, len(df))
    return csr_matrix((values[keep], (rows[keep], cols[keep])), shape=shape)


def _top(group: np.ndarray, other: np.ndarray, score: np.ndarray) -> np.ndarray:
    """Mask of the TOP_K highest scores within each group (ties: the smaller `other` first)."""
    order = np.lexsort((other, -score, group))
    starts = np.searchsorted(group[order], group[order], side="left")
    keep = np.zeros(len(group), bool)
    keep[order] = np.arange(len(order)) - starts < TOP_K
    return keep


def _identical_pairs(old: TextVectors, new: TextVectors) -> tuple[np.ndarray, np.ndarray]:
    where = defaultdict(list)
    for j, text in enumerate(new.canonical):
        where[text].append(j)
    pairs = [(i, j) for i, text in enumerate(old.canonical) for j in where.get(text, ())]
    return _arrays(pairs)


def _formula_pairs(old: TextVectors, new: TextVectors) -> tuple[np.ndarray, np.ndarray]:
    """Pairs whose skeletons hold enough words in common to agree to FORMULA_AGREEMENT (prefix filter:
    two multisets that close share a word among the rarest few of each)."""
    old_sets, new_sets = _token_sets(old.skeletons), _token_sets(new.skeletons)
    df = Counter(chain.from_iterable((*old_sets, *new_sets)))
    index = defaultdict(list)
    for j, tokens in enumerate(new_sets):
        for token in _prefix(tokens, df):
            index[token].append(j)
    pairs = set()
    for i, tokens in enumerate(old_sets):
        for token in _prefix(tokens, df):
            pairs.update((i, j) for j in index.get(token, ()) if _lengths_allow(len(tokens), len(new_sets[j])))
    return _arrays(sorted(pairs))


def _token_sets(skeletons) -> list[tuple]:
    """Each long enough skeleton as a set of (word, occurrence) tokens; () for the short ones."""
    out = []
    for words in skeletons:
        if len(words) < FORMULA_MIN_WORDS:
            out.append(())
            continue
        seen: dict[str, int] = {}
        tokens = []
        for word in words:
            seen[word] = count = seen.get(word, 0) + 1
            tokens.append((word, count))
        out.append(tuple(tokens))
    return out


def _prefix(tokens: tuple, df: Counter) -> list:
    if not tokens:
        return []
    least_shared = math.ceil(FORMULA_AGREEMENT * len(tokens) / (2 - FORMULA_AGREEMENT) - 1e-9)
    return sorted(tokens, key=lambda t: (df[t], t))[: len(tokens) - least_shared + 1]


def _lengths_allow(a: int, b: int) -> bool:
    return 2 * min(a, b) >= FORMULA_AGREEMENT * (a + b) - 1e-9


def _arrays(pairs) -> tuple[np.ndarray, np.ndarray]:
    if not pairs:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    rows, cols = zip(*pairs, strict=True)
    return np.array(rows, np.int64), np.array(cols, np.int64)
