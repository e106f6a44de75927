"""compare.analyse.diff: word-level diffs that read as whole words, with honest word counts."""

from __future__ import annotations

import re
from pathlib import Path

from diff_match_patch import diff_match_patch
from hypothesis import given, settings
from hypothesis import strategies as st

from compare.analyse import diff
from compare.analyse.diff import kept_share, new_text, old_text, sides, similarity, tokens, word_count, word_diff

SEED = Path(__file__).resolve().parent.parent / "meetings" / "raw" / "000_1a05589bd2cdbc0e.txt"
WORD_CHAR = re.compile(r"\w")


def split_words(text: str, ops: tuple[tuple[int, str], ...]) -> list[str]:
    """Words of `text` that an op boundary cuts in two (the ops must spell `text`)."""
    cuts, position = [], 0
    for _, piece in ops[:-1]:
        position += len(piece)
        if WORD_CHAR.match(text[position - 1]) and WORD_CHAR.match(text[position]):
            cuts.append(text[max(0, position - 10) : position + 10])
    return cuts


def assert_whole_words(old: str, new: str) -> None:
    result = word_diff(old, new)
    old_side, new_side = sides(result)
    assert old_text(result) == old and new_text(result) == new
    assert split_words(old, old_side) == [] and split_words(new, new_side) == []


def test_a_verb_swap_is_one_word_out_and_one_in():
    result = word_diff(
        "The Working Group requested UNODC to collect data.",
        "The Working Group urged UNODC to collect and analyse data.",
    )
    assert (result.deleted, result.inserted) == (1, 3)
    assert (-1, "requested") in result.ops and (1, "urged") in result.ops
    assert result.degraded is False


def test_edits_fall_on_whole_words_even_where_characters_overlap():
    # a character-level clean-up turns "cat" -> "at bat" into "c" deleted + "at" kept
    assert_whole_words("the cat sat on the mat", "the at bat sat on a mat")
    assert_whole_words("strengthening cooperation", "strengthened cooperations")
    assert_whole_words("police-to-police cooperation", "police cooperation")


def test_identical_texts_keep_everything():
    text = "Regional networks of prosecutors are important;"
    result = word_diff(text, text)
    assert result.ops == ((0, text),) and (result.inserted, result.deleted) == (0, 0)
    assert kept_share(result) == 1.0


def test_from_nothing_everything_is_inserted():
    result = word_diff("", "Member States were invited to designate contact points.")
    assert result.ops == ((1, "Member States were invited to designate contact points."),)
    assert (result.inserted, result.deleted) == (8, 0)


def test_symbols_and_numbers_count_as_one_word():
    assert word_count("See CTOC/COP/WG.3/2012/1, resolution 5/7 and police-to-police work.") == 7
    result = word_diff("document CTOC/COP/WG.3/2012/1", "document CTOC/COP/WG.3/2013/1")
    assert (result.deleted, result.inserted) == (1, 1)


def test_the_seed_report_diffs_exactly_at_word_level():
    seed = SEED.read_text("utf-8")
    edited = seed.replace("Some speakers", "Many speakers").replace("fourth meeting", "fifth meeting")
    result = word_diff(seed, edited)
    changed = seed.count("Some speakers") + seed.count("fourth meeting")
    assert len(tokens(seed)) > diff.EXACT_TOKEN_LIMIT
    assert result.degraded is False
    assert (result.deleted, result.inserted) == (changed, changed)
    assert new_text(result) == edited


def test_a_diff_cut_short_by_its_deadline_says_so(monkeypatch):
    monkeypatch.setattr(diff, "EXACT_TOKEN_LIMIT", 10)
    monkeypatch.setattr(diff, "DEADLINE_SECONDS", 1e-9)
    old = " ".join(f"alpha{i} beta{i % 7}" for i in range(400))
    new = " ".join(f"beta{i % 7} gamma{i}" for i in range(400))
    result = word_diff(old, new)
    assert result.degraded is True
    assert old_text(result) == old and new_text(result) == new


def test_more_distinct_tokens_than_symbols_falls_back_flagged(monkeypatch):
    monkeypatch.setattr(diff, "SYMBOL_CAPACITY", 5)
    result = word_diff("one two three four", "one two five six")
    assert result.degraded is True
    assert old_text(result) == "one two three four" and new_text(result) == "one two five six"


def test_without_a_limit_a_dissimilar_diff_is_exact():
    old = " ".join(f"alpha{i}" for i in range(300))
    new = " ".join(f"beta{i}" for i in range(300))
    result = word_diff(old, new)
    assert result.degraded is False and (result.deleted, result.inserted) == (300, 300)


def test_similarity_is_the_share_of_words_kept_in_order():
    assert similarity("States were invited.", "states were INVITED") == 1.0
    assert similarity("alpha beta", "gamma delta") == 0.0
    assert similarity("a b c d", "a b x d") == 0.75
    assert similarity("", "") == 1.0


def test_kept_share_reads_the_same_number_off_a_diff():
    result = word_diff("a b c d", "a b x d")
    assert kept_share(result) == similarity("a b c d", "a b x d")


VOCABULARY = ["the", "States", "cooperation", "police-to-police", "5/7", "request", "requested", "at", "cat", "bat"]
texts = st.lists(
    st.tuples(st.sampled_from(VOCABULARY), st.sampled_from([" ", ", ", "; ", "\n", " ("])), max_size=25
).map(lambda parts: "".join(word + sep for word, sep in parts))


@settings(max_examples=150, deadline=None)
@given(texts, texts)
def test_any_diff_spells_both_texts_and_never_cuts_a_word(old, new):
    assert_whole_words(old, new)
    result = word_diff(old, new)
    assert result.inserted <= word_count(new) and result.deleted <= word_count(old)
    kept = word_count(old) - result.deleted
    assert kept == word_count(new) - result.inserted


# a few symbols (as word diffs encode tokens) and the characters the semantic clean-up weighs
EDITED = st.text(alphabet="\ue000\ue001\ue002\U000f0000ab .\n", max_size=60)


@settings(max_examples=400, deadline=None)
@given(EDITED, EDITED)
def test_the_compiled_engine_gives_the_python_librarys_ops(old, new):
    reference = diff_match_patch()
    reference.Diff_Timeout = 0
    expected = reference.diff_main(old, new, False)
    reference.diff_cleanupSemantic(expected)
    ops, degraded = diff._run(old, new, 0.0)
    assert ops == [tuple(op) for op in expected] and degraded is False
