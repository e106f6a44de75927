"""compare.analyse.bags: the n-gram ids are the CRC-32 of each piece, whatever the script."""

from __future__ import annotations

import math
import zlib

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from compare.analyse.bags import NGRAM_SIZES, _unique_ids, bags, skeleton_tokens, word_gram_ids


def pieces(word: str) -> list[int]:
    """The ids of one word's pieces, one by one with zlib: what the vectorised ids must equal."""
    padded = f" {word} "
    grams = [padded[i : i + size] for size in NGRAM_SIZES for i in range(max(1, len(padded) - size + 1))]
    return sorted(zlib.crc32(g.encode("utf-8")) for g in grams)


WORDS = st.lists(st.text(alphabet="ab'-é中\U0001d518\u00ad", min_size=1, max_size=12), max_size=8)


@settings(max_examples=200, deadline=None)
@given(WORDS)
def test_every_piece_of_every_word_is_its_crc32(words):
    owner, ids = word_gram_ids(words)
    for k, word in enumerate(words):
        assert sorted(ids[owner == k].tolist()) == pieces(word)


def held(bag, k: int) -> dict[int, float]:
    """Text k's terms (ids) and weights, checking they come in column order."""
    span = slice(bag.indptr[k], bag.indptr[k + 1])
    cols = bag.cols[span].tolist()
    assert cols == sorted(cols)
    return dict(zip(bag.vocabulary[cols].tolist(), bag.weights[span].tolist(), strict=True))


def test_a_bag_counts_the_pieces_of_each_text_and_weighs_them_by_log_count():
    grams, terms = bags([("aa", "aa", "b"), (), ("b",)])
    assert held(grams, 1) == {} and held(terms, 1) == {}
    assert held(terms, 0) == {zlib.crc32(b"aa"): 1.0, zlib.crc32(b"b"): 1.0}
    first = held(grams, 0)
    assert first[zlib.crc32(b" aa")] == 1 + math.log(2)  # "aa" twice
    assert first[zlib.crc32(b" b ")] == 1 + math.log(3)  # " b " is every piece of "b", at each of the 3 sizes
    assert held(grams, 2) == {zlib.crc32(b" b "): 1 + math.log(3)}
    assert grams.df[grams.cols[grams.indptr[2]]] == 2


def test_skeleton_tokens_number_each_words_occurrences_in_word_then_number_order():
    tokens = skeleton_tokens([("the", "#", "of", "the", "#", "the"), (), ("of", "the")])
    vocabulary = tokens.vocabulary.tolist()
    assert vocabulary == ["#", "#\x0000000002", "of", "the", "the\x0000000002", "the\x0000000003"]
    spelled = [vocabulary[k] for k in tokens.ids.tolist()]
    assert spelled == ["the", "#", "of", "the\x0000000002", "#\x0000000002", "the\x0000000003", "of", "the"]
    assert tokens.indptr.tolist() == [0, 6, 6, 8]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=2**32 - 1), max_size=300))
def test_radix_unique_of_ids_is_numpys(ids):
    ids = np.array(ids, np.int64)
    vocabulary, inverse = _unique_ids(ids)
    expected_vocabulary, expected_inverse = np.unique(ids, return_inverse=True)
    assert vocabulary.tolist() == expected_vocabulary.tolist() and inverse.tolist() == expected_inverse.tolist()
