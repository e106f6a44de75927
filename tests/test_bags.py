"""compare.analyse.bags: the n-gram ids are the CRC-32 of each piece, whatever the script."""

from __future__ import annotations

import math
import zlib

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from compare.analyse import bags as bags_module
from compare.analyse.bags import (
    NGRAM_SIZES,
    _unique_ids,
    bags,
    shared_codes,
    skeleton_tokens,
    word_gram_ids,
    word_ids,
)
from compare.analyse.similarity import build_vectors, pair_scores


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
    grams, terms = bags(word_ids([("aa", "aa", "b"), (), ("b",)]))
    assert held(grams, 1) == {} and held(terms, 1) == {}
    assert held(terms, 0) == {zlib.crc32(b"aa"): 1.0, zlib.crc32(b"b"): 1.0}
    first = held(grams, 0)
    assert first[zlib.crc32(b" aa")] == 1 + math.log(2)  # "aa" twice
    assert first[zlib.crc32(b" b ")] == 1 + math.log(3)  # " b " is every piece of "b", at each of the 3 sizes
    assert held(grams, 2) == {zlib.crc32(b" b "): 1 + math.log(3)}
    assert grams.df[grams.cols[grams.indptr[2]]] == 2


def test_skeleton_tokens_number_each_words_occurrences_in_word_then_number_order():
    skeletons = word_ids([("the", "#", "of", "the", "#", "the"), (), ("of", "the"), ("short", "the")])
    tokens = skeleton_tokens(skeletons, np.array([True, True, True, False]))
    vocabulary = tokens.vocabulary.tolist()
    assert vocabulary == ["#", "#\x0000000002", "of", "the", "the\x0000000002", "the\x0000000003"]
    spelled = [vocabulary[k] for k in tokens.ids.tolist()]
    assert spelled == ["the", "#", "of", "the\x0000000002", "#\x0000000002", "the\x0000000003", "of", "the"]
    assert tokens.indptr.tolist() == [0, 6, 6, 8, 8]  # "short" uncounted: no tokens, not in the vocabulary


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=2**32 - 1), max_size=300))
def test_radix_unique_of_ids_is_numpys(ids):
    ids = np.array(ids, np.int64)
    vocabulary, inverse = _unique_ids(ids)
    expected_vocabulary, expected_inverse = np.unique(ids, return_inverse=True)
    assert vocabulary.tolist() == expected_vocabulary.tolist() and inverse.tolist() == expected_inverse.tolist()


def test_shared_codes_give_one_character_per_word_the_same_on_both_sides_past_the_surrogates():
    many = tuple(f"w{k}" for k in range(0xD800 + 50))
    old, new = word_ids([many[: 0xD800 + 20], ("a", "b")]), word_ids([("b", "zz", many[-1], "w3")])
    old_codes, new_codes = shared_codes(old, new)
    assert [len(c) for c in old_codes] == [0xD800 + 20, 2] and len(new_codes[0]) == 4
    assert len(set(old_codes[0] + old_codes[1] + new_codes[0])) == 0xD800 + 20 + 2 + 2
    assert new_codes[0][0] == old_codes[1][1] and new_codes[0][3] == old_codes[0][3]


def test_word_scores_from_codes_are_those_of_the_word_tuples(monkeypatch):
    texts = ["The Working Group recommended that States parties", "États parties: the Group recommended", ""]
    later = ["States parties recommended that the Working Group", "the the the", "Group"]
    old, new = build_vectors(texts), build_vectors(later)
    rows, cols = (a.ravel() for a in np.indices((3, 3)))
    assert isinstance(shared_codes(old.words, new.words)[0][0], str)
    coded = pair_scores(old, new, rows, cols)
    monkeypatch.setattr(bags_module, "CODE_CAPACITY", 0)
    assert isinstance(shared_codes(old.words, new.words)[0][0], tuple)
    assert np.array_equal(pair_scores(old, new, rows, cols), coded)
    assert 0.5 < coded[0] < 1.0
