"""The vectors of the dormant pool of `compare.analyse.lineages`, kept from pair to pair.

From one pair to the next the pool loses the units that came back and gains, at its end, the units
dropped there; the rest stays in order. So the pool's vectors are made from the last pool's: its rows
kept (the terms no row holds any more taken out of the vocabulary) and the new units' rows joined on.
The arrays are those `build_vectors` gives the pool's texts, bit for bit, so the returns found and their
scores are the same; the cost of a pair follows the units that change, not the whole pool.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from compare.analyse.bags import Bag, Tokens, Words, joined_words, merged_vocabulary, renumbered
from compare.analyse.similarity import TextVectors, build_vectors
from compare.util.kept import Kept

_kept = Kept(4)  # the last pools' vectors (one per timeline being folded is enough)


def pool_vectors(pool: tuple[str, ...], new: tuple[str, ...]) -> tuple[TextVectors, TextVectors]:
    """`build_vectors(pool)` and `build_vectors(new)`, both taken from the vectors of all their texts, which
    are made from the last pair's (when `pool` is its pool less some texts plus new ones at its end)."""
    both = _vectors(pool + new)
    return _rows(both, np.arange(len(pool))), _rows(both, np.arange(len(pool), len(pool) + len(new)))


def _vectors(texts: tuple[str, ...]) -> TextVectors:
    made = _kept.get(texts)
    if made is None:
        found = ((vectors, _kept_rows(pool, texts)) for pool, vectors in _kept.newest_first())
        vectors, rows = next(((v, rows) for v, rows in found if 2 * len(rows) >= len(texts)), (None, []))
        made = _derived(vectors, rows, texts[len(rows) :]) if vectors else build_vectors(texts)
        _kept.put(texts, made)
    return made


def _kept_rows(pool: tuple[str, ...], texts: tuple[str, ...]) -> list[int]:
    """The rows of `pool` that give `texts` their first texts, in order (the rest of `texts` is new)."""
    rows: list[int] = []
    at = 0
    for text in texts:
        while at < len(pool) and pool[at] != text:
            at += 1
        if at == len(pool):
            break
        rows.append(at)
        at += 1
    return rows


def _derived(vectors: TextVectors, rows: list[int], added: Sequence[str]) -> TextVectors:
    """The vectors of the texts of `rows`, then of `added`, from `vectors` (of texts holding those rows)."""
    kept, new = _rows(vectors, np.array(rows, np.int64)), build_vectors(added)
    return TextVectors(
        canonical=kept.canonical + new.canonical,
        words=joined_words(kept.words, new.words),
        skeletons=joined_words(kept.skeletons, new.skeletons),
        grams=_joined_bags(kept.grams, new.grams),
        terms=_joined_bags(kept.terms, new.terms),
        tokens=_joined_tokens(kept.tokens, new.tokens),
    )


def _rows(vectors: TextVectors, rows: np.ndarray) -> TextVectors:
    """The vectors of the texts of `rows` alone (each bag on the vocabulary of the terms those texts hold)."""
    return TextVectors(
        canonical=tuple(vectors.canonical[i] for i in rows.tolist()),
        words=_word_rows(vectors.words, rows),
        skeletons=_word_rows(vectors.skeletons, rows),
        grams=_bag_rows(vectors.grams, rows),
        terms=_bag_rows(vectors.terms, rows),
        tokens=_token_rows(vectors.tokens, rows),
    )


def _word_rows(words: Words, rows: np.ndarray) -> Words:
    """The words of the texts of `rows` alone, numbered as `word_ids` numbers them."""
    positions, indptr = _entries(words.indptr, rows)
    return renumbered(words.distinct, words.ids[positions], indptr)


def _entries(indptr: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The positions of the entries of `rows` (in row order), and the new indptr."""
    lengths = np.diff(indptr)[rows]
    ends = np.cumsum(lengths)
    positions = np.repeat(indptr[rows] - ends + lengths, lengths) + np.arange(int(ends[-1]) if len(ends) else 0)
    return positions, np.r_[0, ends].astype(np.int64)


def _bag_rows(bag: Bag, rows: np.ndarray) -> Bag:
    """The bag of the texts of `rows` alone, on the vocabulary of the terms they hold."""
    positions, indptr = _entries(bag.indptr, rows)
    df = np.bincount(bag.cols[positions], minlength=len(bag.vocabulary))
    held = df > 0
    column = np.cumsum(held) - 1
    return Bag(bag.vocabulary[held], df[held], column[bag.cols[positions]], indptr, bag.weights[positions])


def _joined_bags(first: Bag, second: Bag) -> Bag:
    """The bag of the texts of `first`, then those of `second`, on their merged vocabulary."""
    first_map, second_map, size = merged_vocabulary(first.vocabulary, second.vocabulary)
    vocabulary = np.empty(size, np.int64)
    vocabulary[first_map], vocabulary[second_map] = first.vocabulary, second.vocabulary
    df = np.zeros(size, np.int64)
    df[first_map] += first.df
    df[second_map] += second.df
    cols = np.concatenate([first_map[first.cols], second_map[second.cols]])
    indptr = np.r_[first.indptr, first.indptr[-1] + second.indptr[1:]]
    return Bag(vocabulary, df, cols, indptr, np.concatenate([first.weights, second.weights]))


def _token_rows(tokens: Tokens, rows: np.ndarray) -> Tokens:
    """The tokens of the texts of `rows` alone, on the vocabulary they hold (as wide a string type as its
    longest token needs, as `skeleton_tokens` makes it)."""
    positions, indptr = _entries(tokens.indptr, rows)
    held = np.bincount(tokens.ids[positions], minlength=len(tokens.vocabulary)) > 0
    vocabulary = tokens.vocabulary[held]
    width = max(1, int(np.char.str_len(vocabulary).max(initial=0)))
    return Tokens(vocabulary.astype(f"<U{width}"), (np.cumsum(held) - 1)[tokens.ids[positions]], indptr)


def _joined_tokens(first: Tokens, second: Tokens) -> Tokens:
    """The tokens of both, on their merged vocabulary."""
    first_map, second_map, size = merged_vocabulary(first.vocabulary, second.vocabulary)
    vocabulary = np.empty(size, np.result_type(first.vocabulary, second.vocabulary))
    vocabulary[first_map], vocabulary[second_map] = first.vocabulary, second.vocabulary
    ids = np.concatenate([first_map[first.ids], second_map[second.ids]])
    return Tokens(vocabulary, ids, np.r_[first.indptr, first.indptr[-1] + second.indptr[1:]])
