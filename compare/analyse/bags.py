"""The texts of a meeting as bags of terms, built once per meeting for every pair it is in.

A bag holds, per text, its distinct terms (CRC-32 ids of the 3- to 5-letter pieces of its words, or of
its words) as columns into the sorted vocabulary of the texts, with a weight each; `Tokens` holds each
procedural skeleton's words for the formula filter of `compare.analyse.candidates`. Two meetings' bags
are put on one vocabulary by `shared_vocabulary` when a pair is scored.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

NGRAM_SIZES = (3, 4, 5)


@lru_cache(maxsize=200_000)
def word_grams(word: str) -> np.ndarray:
    """CRC-32 ids of the 3- to 5-letter pieces of one lower-cased word, padded with a space each side."""
    padded = f" {word} "
    grams = [padded[i : i + size] for size in NGRAM_SIZES for i in range(max(1, len(padded) - size + 1))]
    return np.fromiter((zlib.crc32(g.encode("utf-8")) for g in grams), dtype=np.int64, count=len(grams))


@dataclass(frozen=True, eq=False)
class Bag:
    """Distinct terms of each of several texts: the texts' vocabulary (sorted ids), how many texts hold
    each term, and per text its entries (`cols` into `vocabulary`, `weights`) in `indptr` ranges."""

    vocabulary: np.ndarray
    df: np.ndarray
    cols: np.ndarray
    indptr: np.ndarray
    weights: np.ndarray


@dataclass(frozen=True, eq=False)
class Tokens:
    """Each skeleton as distinct tokens, a word and its occurrence number (`_occurrences`): their sorted
    `vocabulary`, and per text its tokens (`ids` into it, in skeleton order) in `indptr` ranges."""

    vocabulary: np.ndarray
    ids: np.ndarray
    indptr: np.ndarray


def skeleton_tokens(skeletons: Sequence[tuple[str, ...]]) -> Tokens:
    """The tokens of the skeletons (an empty one for those too short to count)."""
    per_text = [_occurrences(words) for words in skeletons]
    vocabulary = sorted({token for tokens in per_text for token in tokens})
    index = {token: k for k, token in enumerate(vocabulary)}
    ids = np.fromiter((index[token] for tokens in per_text for token in tokens), np.int64)
    indptr = np.concatenate([[0], np.cumsum([len(tokens) for tokens in per_text], dtype=np.int64)])
    return Tokens(np.array(vocabulary, str), ids, indptr.astype(np.int64))


@lru_cache(maxsize=50_000)
def _occurrences(words: tuple[str, ...]) -> tuple[str, ...]:
    """Each word with its occurrence number so far, as one string that sorts as the pair (word, number):
    the word itself the first time ("the"), then the word, NUL and the number ("the\\x0000000002")."""
    seen: dict[str, int] = {}
    tokens = []
    for word in words:
        if word in seen:
            seen[word] += 1
            tokens.append(f"{word}\x00{seen[word]:08d}")
        else:
            seen[word] = 1
            tokens.append(word)
    return tuple(tokens)


def _bag_of(texts: np.ndarray, columns: np.ndarray, vocabulary: np.ndarray, counted: bool, n_texts: int) -> Bag:
    """The bag of (text, column in the sorted `vocabulary` of term ids) occurrences: each text's distinct
    terms, sorted, with 1 + log(count) (or 1) as weight; the same bag as building each text's sorted
    distinct ids one by one."""
    width = max(1, len(vocabulary))
    keys = texts * width + columns
    if n_texts * width < 2**31:
        keys = keys.astype(np.int32)  # sorts faster
    keys, counts = np.unique(keys, return_counts=True)
    cols = (keys % width).astype(np.int64)
    indptr = np.concatenate([[0], np.cumsum(np.bincount(keys // width, minlength=n_texts))]).astype(np.int64)
    weights = 1 + np.log(counts.astype(np.float64)) if counted else np.ones(len(cols))
    return Bag(vocabulary, np.bincount(cols, minlength=len(vocabulary)), cols, indptr, weights)


@lru_cache(maxsize=200_000)
def _word_id(word: str) -> int:
    return zlib.crc32(word.lower().encode("utf-8"))


def bags(word_lists: Sequence[tuple[str, ...]]) -> tuple[Bag, Bag]:
    """The n-gram bag and the word bag of the texts, in one vectorised pass over their words."""
    distinct = {w: None for words in word_lists for w in words}
    index = {w: k for k, w in enumerate(distinct)}
    grams = [word_grams(w) for w in distinct]
    lengths = np.array([len(g) for g in grams], np.int64)
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(np.int64) if grams else lengths
    every = np.concatenate(grams) if grams else np.zeros(0, np.int64)
    occurrences = np.fromiter((index[w] for words in word_lists for w in words), np.int64)
    text_of = np.repeat(np.arange(len(word_lists), dtype=np.int64), [len(words) for words in word_lists])
    spans = lengths[occurrences]
    offsets = np.arange(spans.sum()) - np.repeat(np.cumsum(spans) - spans, spans)
    gram_vocabulary, gram_columns = np.unique(every, return_inverse=True)
    gram_columns = gram_columns[np.repeat(starts[occurrences], spans) + offsets]
    word_ids = np.fromiter((_word_id(w) for w in distinct), np.int64, count=len(distinct))
    word_vocabulary, word_columns = np.unique(word_ids, return_inverse=True)
    n_texts = len(word_lists)
    grams_bag = _bag_of(np.repeat(text_of, spans), gram_columns, gram_vocabulary, True, n_texts)
    return grams_bag, _bag_of(text_of, word_columns[occurrences], word_vocabulary, False, n_texts)


def shared_vocabulary(old: Bag, new: Bag) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Both bags' terms as one sorted vocabulary: each side's index into it, and each term's df over both."""
    old_map, new_map, size = merged_vocabulary(old.vocabulary, new.vocabulary)
    df = np.bincount(old_map, old.df, size) + np.bincount(new_map, new.df, size)
    return old_map, new_map, df


def merged_vocabulary(old: np.ndarray, new: np.ndarray) -> tuple[np.ndarray, np.ndarray, int]:
    """Two sorted vocabularies of distinct terms as one: each side's index into it, and its size
    (`np.unique` of both, by a stable sort that merges the two runs)."""
    both = np.concatenate([old, new])
    order = np.argsort(both, kind="stable")
    ordered = both[order]
    fresh = np.ones(len(both), dtype=bool)
    fresh[1:] = ordered[1:] != ordered[:-1]
    inverse = np.empty(len(both), np.int64)
    inverse[order] = np.cumsum(fresh) - 1
    return inverse[: len(old)], inverse[len(old) :], int(fresh.sum())
