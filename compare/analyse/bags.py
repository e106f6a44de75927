"""The texts of a meeting as bags of terms, built once per meeting for every pair it is in.

A bag holds, per text, its distinct terms (CRC-32 ids of the 3- to 5-letter pieces of its words, or of
its words) as columns into the sorted vocabulary of the texts, with a weight each; `Tokens` holds each
procedural skeleton's words for the formula filter of `compare.analyse.candidates`. Two meetings' bags
are put on one vocabulary by `shared_vocabulary` when a pair is scored. `Words` numbers a meeting's words
(or skeleton words) once; `shared_codes` writes two meetings' texts as one character per word, the same
character for the same word on both sides, which rapidfuzz compares several times faster than tuples of
words, with the same scores.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, repeat

import numpy as np
from scipy.sparse import csr_matrix

NGRAM_SIZES = (3, 4, 5)
_SURROGATES, _SURROGATE_COUNT = 0xD800, 0x800
CODE_CAPACITY = 0x110000 - _SURROGATE_COUNT  # distinct words two texts' codes can tell apart


def word_gram_ids(words: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """The 3- to 5-letter pieces of each lower-cased word padded with a space each side (a word too short
    for a size gives its whole padded self), as CRC-32 ids of their UTF-8 bytes (`zlib.crc32`, stable across
    runs): (index of the word, id) of every piece, all words at once."""
    padded = [f" {word} " for word in words]
    joined = "".join(padded)
    points = np.frombuffer(joined.encode("utf-32-le"), np.uint32)
    widths = 1 + (points >= 0x80).astype(np.int64) + (points >= 0x800) + (points >= 0x10000)
    byte_at = np.concatenate([[0], np.cumsum(widths)])
    lengths = np.fromiter(map(len, padded), np.int64, len(padded))
    first = np.cumsum(lengths) - lengths
    owners, starts, ends = [], [], []
    for size in NGRAM_SIZES:
        count = np.maximum(1, lengths - size + 1)
        owner = np.repeat(np.arange(len(lengths)), count)
        at = first[owner] + np.arange(count.sum()) - np.repeat(np.cumsum(count) - count, count)
        owners.append(owner)
        starts.append(at)
        ends.append(np.minimum(at + size, first[owner] + lengths[owner]))
    begin, stop = byte_at[np.concatenate(starts)], byte_at[np.concatenate(ends)]
    return np.concatenate(owners), _crc32(np.frombuffer(joined.encode("utf-8"), np.uint8), begin, stop - begin)


@lru_cache(maxsize=1)
def _crc_table() -> np.ndarray:
    table = np.arange(256, dtype=np.uint32)
    for _ in range(8):
        table = np.where(table & 1, (table >> 1) ^ np.uint32(0xEDB88320), table >> 1)
    return table


def _crc32(data: np.ndarray, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """`zlib.crc32` of every byte range data[start : start + length] (the table-driven CRC, a byte a step)."""
    table, crc = _crc_table(), np.full(len(starts), 0xFFFFFFFF, np.uint32)
    for k in range(int(lengths.max(initial=0))):
        step = table[(crc ^ data[np.minimum(starts + k, len(data) - 1)]) & 0xFF] ^ (crc >> 8)
        crc = np.where(lengths > k, step, crc)
    return (crc ^ np.uint32(0xFFFFFFFF)).astype(np.int64)


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
    """Each skeleton as distinct tokens, a word and its occurrence number (`_token`): their sorted
    `vocabulary`, and per text its tokens (`ids` into it, in skeleton order) in `indptr` ranges."""

    vocabulary: np.ndarray
    ids: np.ndarray
    indptr: np.ndarray


def skeleton_tokens(skeletons: Words, counted: np.ndarray) -> Tokens:
    """The tokens of the skeletons `counted` (an empty one for the others, too short to count): each word
    with its occurrence number in its skeleton, numbered for all the skeletons at once."""
    order = sorted(range(len(skeletons.distinct)), key=skeletons.distinct.__getitem__)
    words = [skeletons.distinct[k] for k in order]
    rank = np.empty(len(order), np.int64)
    rank[order] = np.arange(len(order))
    lengths = np.where(counted, np.diff(skeletons.indptr), 0)
    word_ids = rank[skeletons.ids[np.repeat(counted, np.diff(skeletons.indptr))]]
    occurrence = _occurrence_numbers(np.repeat(np.arange(len(lengths)), lengths), word_ids, len(words))
    most = np.zeros(len(words), np.int64)  # the vocabulary: each word's occurrences 1..most, in order
    np.maximum.at(most, word_ids, occurrence)
    vocabulary = [_token(word, n) for word, top in zip(words, most.tolist(), strict=True) for n in range(1, top + 1)]
    ids = (np.cumsum(most) - most)[word_ids] + occurrence - 1
    return Tokens(np.array(vocabulary, str), ids, np.r_[0, np.cumsum(lengths)].astype(np.int64))


def _occurrence_numbers(text_of: np.ndarray, word_ids: np.ndarray, n_words: int) -> np.ndarray:
    """1 for a word's first occurrence in its text, 2 for the second, ..."""
    order = np.argsort(text_of * max(1, n_words) + word_ids, kind="stable")
    fresh = np.ones(len(order), bool)
    fresh[1:] = (text_of[order][1:] != text_of[order][:-1]) | (word_ids[order][1:] != word_ids[order][:-1])
    starts = np.flatnonzero(fresh)
    occurrence = np.empty(len(order), np.int64)
    occurrence[order] = np.arange(len(order)) - np.repeat(starts, np.diff(np.r_[starts, len(order)])) + 1
    return occurrence


def _token(word: str, occurrence: int) -> str:
    """A word and its occurrence number as one string that sorts as the pair (word, number): the word
    itself the first time ("the"), then the word, NUL and the number ("the\\x0000000002")."""
    return word if occurrence == 1 else f"{word}\x00{occurrence:08d}"


def _bag(counts: csr_matrix, vocabulary: np.ndarray, counted: bool) -> Bag:
    """The bag of a (terms x texts) count matrix: each text's distinct terms in column order (one linear
    transposition sorts them), with 1 + log(count) (or 1) as weight."""
    ordered = counts.T.tocsr()
    cols, indptr = ordered.indices.astype(np.int64), ordered.indptr.astype(np.int64)
    weights = 1 + np.log(ordered.data) if counted else np.ones(len(cols))
    return Bag(vocabulary, np.bincount(cols, minlength=len(vocabulary)), cols, indptr, weights)


@lru_cache(maxsize=200_000)
def _word_id(word: str) -> int:
    return zlib.crc32(word.lower().encode("utf-8"))


@dataclass(frozen=True, eq=False)
class Words:
    """Each text's words as ids into `distinct` (the texts' distinct words, in order of first appearance;
    `index` gives a word's id), in `indptr` ranges; and each text as one character per word id (`codes`,
    none when there are more distinct words than characters)."""

    distinct: tuple[str, ...]
    index: dict[str, int]
    ids: np.ndarray
    indptr: np.ndarray
    codes: tuple[str, ...]


def word_ids(word_lists: Sequence[tuple[str, ...]]) -> Words:
    distinct = dict.fromkeys(chain.from_iterable(word_lists))
    index = dict(zip(distinct, range(len(distinct)), strict=True))
    ids = np.fromiter(map(index.__getitem__, chain.from_iterable(word_lists)), np.int64)
    lengths = np.fromiter(map(len, word_lists), np.int64, len(word_lists))
    indptr = np.r_[0, np.cumsum(lengths)].astype(np.int64)
    codes = _texts_of(indptr, ids) if len(index) <= CODE_CAPACITY else ()
    return Words(tuple(distinct), index, ids, indptr, codes)


def renumbered(words: Sequence[str], ids: np.ndarray, indptr: np.ndarray) -> Words:
    """What `word_ids` makes of the texts whose words are `words[ids]`, in `indptr` ranges: the words
    numbered anew in order of first appearance (a set of texts taken from, or joined to, another's)."""
    unique, first = np.unique(ids, return_index=True)
    order = unique[np.argsort(first)]
    number = np.zeros(len(words), np.int64)
    number[order] = np.arange(len(order))
    distinct = tuple(words[k] for k in order.tolist())
    ids = number[ids]
    codes = _texts_of(indptr, ids) if len(distinct) <= CODE_CAPACITY else ()
    return Words(distinct, dict(zip(distinct, range(len(distinct)), strict=True)), ids, indptr, codes)


def joined_words(first: Words, second: Words) -> Words:
    """`word_ids` of the texts of `first`, then those of `second`."""
    shared = np.fromiter(map(first.index.get, second.distinct, repeat(-1)), np.int64, len(second.distinct))
    fresh = np.flatnonzero(shared < 0)
    shared[fresh] = len(first.distinct) + np.arange(len(fresh))
    words = first.distinct + tuple(second.distinct[k] for k in fresh.tolist())
    indptr = np.r_[first.indptr, first.indptr[-1] + second.indptr[1:]].astype(np.int64)
    return renumbered(words, np.concatenate([first.ids, shared[second.ids]]), indptr)


def shared_codes(old: Words, new: Words) -> tuple[Sequence, Sequence]:
    """Both sides' texts as strings of one character per word, a word the same character on both sides (the
    old side's own codes, the new side's words found in the old side's index or numbered after them), so
    that rapidfuzz compares them on its fast path with the scores of the word tuples; the word tuples
    themselves when the two sides hold more distinct words than there are characters."""
    shared = np.fromiter(map(old.index.get, new.distinct, repeat(-1)), np.int64, len(new.distinct))
    fresh = shared < 0
    shared[fresh] = len(old.distinct) + np.arange(int(fresh.sum()))
    if len(old.distinct) + int(fresh.sum()) > CODE_CAPACITY:
        return _tuples(old), _tuples(new)
    return old.codes, _texts_of(new.indptr, shared[new.ids])


def _texts_of(indptr: np.ndarray, ids: np.ndarray) -> tuple[str, ...]:
    """Each text's ids as characters (the surrogates, which no str may be decoded to, skipped)."""
    points = (ids + (ids >= _SURROGATES) * _SURROGATE_COUNT).astype(np.uint32)
    joined = points.tobytes().decode("utf-32-le")
    bounds = indptr.tolist()
    return tuple(joined[a:b] for a, b in zip(bounds[:-1], bounds[1:], strict=True))


def _tuples(words: Words) -> list[tuple[str, ...]]:
    bounds, distinct = words.indptr.tolist(), words.distinct
    ids = words.ids.tolist()
    return [tuple(distinct[k] for k in ids[a:b]) for a, b in zip(bounds[:-1], bounds[1:], strict=True)]


def bags(words: Words) -> tuple[Bag, Bag]:
    """The n-gram bag and the word bag of the texts: each word's pieces (or its word id) times the texts' word
    counts, as sparse products (terms x texts), over the distinct words of all the texts at once."""
    distinct, n_texts = words.distinct, len(words.indptr) - 1
    text_of = np.repeat(np.arange(n_texts), np.diff(words.indptr))
    held = _incidence(words.ids, text_of, (len(distinct), n_texts))  # words x texts
    owner, ids = word_gram_ids(distinct)
    gram_vocabulary, gram_columns = _unique_ids(ids)
    word_vocabulary, word_columns = np.unique(
        np.fromiter(map(_word_id, distinct), np.int64, len(distinct)), return_inverse=True
    )
    pieces = _incidence(gram_columns, owner, (len(gram_vocabulary), len(distinct)))
    spelled = _incidence(word_columns, np.arange(len(distinct)), (len(word_vocabulary), len(distinct)))
    return _bag(pieces @ held, gram_vocabulary, True), _bag(spelled @ held, word_vocabulary, False)


def _unique_ids(ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """`np.unique(ids, return_inverse=True)` of CRC-32 ids (0 <= id < 2**32), sorted by two 16-bit radix
    passes instead of a comparison sort."""
    order = np.argsort((ids & 0xFFFF).astype(np.uint16), kind="stable")
    order = order[np.argsort((ids[order] >> 16).astype(np.uint16), kind="stable")]
    ordered = ids[order]
    fresh = np.ones(len(ordered), bool)
    fresh[1:] = ordered[1:] != ordered[:-1]
    inverse = np.empty(len(ordered), np.int64)
    inverse[order] = np.cumsum(fresh) - 1
    return ordered[fresh], inverse


def _incidence(rows: np.ndarray, cols: np.ndarray, shape: tuple[int, int]) -> csr_matrix:
    return csr_matrix((np.ones(len(rows)), (rows, cols)), shape=shape)


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
