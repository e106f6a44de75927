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

from collections import defaultdict

import numpy as np
from scipy.sparse import csr_matrix

from compare.analyse.bags import Tokens, merged_vocabulary, shared_vocabulary
from compare.analyse.similarity import FORMULA_AGREEMENT, TextVectors

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
    place = np.empty(len(idf), np.int64)  # each word's place by falling IDF, ties by column (as a stable sort)
    place[np.argsort(-idf, kind="stable")] = np.arange(len(idf))
    order = np.argsort(rows * max(1, len(idf)) + place[cols], kind="stable")
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
    two multisets that close share a token among the first few of each, rarest first, ties by token)."""
    old_map, new_map, rank = _token_ranks(old.tokens, new.tokens)
    old_texts, old_ids, old_lengths = _prefixes(old.tokens, old_map, rank)
    new_texts, new_ids, new_lengths = _prefixes(new.tokens, new_map, rank)
    order = np.argsort(new_ids, kind="stable")
    new_texts, new_ids = new_texts[order], new_ids[order]
    first = np.searchsorted(new_ids, old_ids, side="left")
    counts = np.searchsorted(new_ids, old_ids, side="right") - first
    rows = np.repeat(old_texts, counts)
    cols = new_texts[np.repeat(first - np.cumsum(counts) + counts, counts) + np.arange(counts.sum())]
    a, b = old_lengths[rows], new_lengths[cols]
    allowed = 2 * np.minimum(a, b) >= FORMULA_AGREEMENT * (a + b) - 1e-9
    keys = np.unique(rows[allowed] * max(1, len(new_lengths)) + cols[allowed])
    return keys // max(1, len(new_lengths)), keys % max(1, len(new_lengths))


def _token_ranks(old: Tokens, new: Tokens) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Both sides' token ids in one sorted vocabulary, and each token's rank there by (texts holding it
    on both sides, the token)."""
    old_map, new_map, size = merged_vocabulary(old.vocabulary, new.vocabulary)
    df = np.bincount(old_map[old.ids], minlength=size) + np.bincount(new_map[new.ids], minlength=size)
    rank = np.empty(size, np.int64)
    rank[np.lexsort((np.arange(size), df))] = np.arange(size)
    return old_map, new_map, rank


def _prefixes(tokens: Tokens, column_of: np.ndarray, rank: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(text, token) of the first tokens of each text by rank, as many as a text agreeing to
    FORMULA_AGREEMENT cannot all miss; and every text's number of tokens."""
    lengths = np.diff(tokens.indptr)
    texts = np.repeat(np.arange(len(lengths)), lengths)
    ids = column_of[tokens.ids]
    order = np.argsort(texts * max(1, len(rank)) + rank[ids], kind="stable")
    texts, ids = texts[order], ids[order]
    least_shared = np.ceil(FORMULA_AGREEMENT * lengths / (2 - FORMULA_AGREEMENT) - 1e-9)
    keep = np.arange(len(texts)) - tokens.indptr[texts] < (lengths - least_shared + 1)[texts]
    return texts[keep], ids[keep], lengths


def _arrays(pairs) -> tuple[np.ndarray, np.ndarray]:
    if not pairs:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    rows, cols = zip(*pairs, strict=True)
    return np.array(rows, np.int64), np.array(cols, np.int64)
