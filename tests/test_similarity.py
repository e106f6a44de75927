"""compare.analyse.similarity: what counts as the same text, and how alike two units read."""

from __future__ import annotations

import re

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from compare.analyse.similarity import (
    _MARKUP,
    _QUOTES,
    FORMULA_AGREEMENT,
    canonical,
    formula_agreement,
    ngram_cosine,
    similarity_matrix,
    skeleton,
    text_similarity,
    word_order,
)

# Illustrative sample texts written for these tests, not official documents.
REQUEST = "The Working Group requested UNODC to collect information on contact points."
REWORDED = "The Working Group requests UNODC to continue collecting information on national contact points."
SAME_TOPIC = "Some speakers described national contact points and the information they hold."
STATES_2012 = "Statements were made by representatives of Chile, Egypt, France, Japan, Norway and Turkey."
STATES_LATER = "Statements were made by representatives of Turkey, Japan, France, Egypt, Chile and Kenya."


def test_canonical_text_ignores_layout_quotes_marks_and_list_endings():
    assert canonical("The  “cultural   property” item;[^2] and") == canonical('The "cultural property" item.')
    assert canonical("**Bold** text , here") == canonical("Bold text, here")
    assert canonical("a – b") == canonical("a - b")
    assert canonical("States were invited") != canonical("States were urged")
    assert canonical("States were invited") != canonical("states were invited")


def test_identical_canonical_texts_score_exactly_one_and_nothing_else_does():
    scores = similarity_matrix(["Item one;", "Item one"], ["Item one.", "Item one!"])
    assert scores[0, 0] == 1.0 and scores[1, 0] == 1.0
    assert scores[0, 1] < 1.0  # "!" is a change of text, not of list layout


def test_a_rewording_reads_closer_than_another_paragraph_on_the_topic():
    scores = similarity_matrix([REQUEST], [REWORDED, SAME_TOPIC])
    assert scores[0, 0] > 0.6 > scores[0, 1]


def test_character_ngrams_forgive_inflection_and_order():
    inflected = ngram_cosine(["requested strengthening"], ["requests strengthened", "urged payment"])
    assert inflected[0, 0] > 0.4 > inflected[0, 1]
    reordered = similarity_matrix([STATES_2012], [STATES_LATER])[0, 0]
    assert word_order([STATES_2012], [STATES_LATER])[0, 0] < reordered


def test_scores_are_bounded_and_shaped_for_empty_inputs():
    scores = similarity_matrix([REQUEST, SAME_TOPIC, ""], [REWORDED, "", STATES_2012])
    assert scores.shape == (3, 3) and np.all((scores >= 0) & (scores <= 1))
    assert similarity_matrix([], [REQUEST]).shape == (0, 1)
    assert similarity_matrix([REQUEST], []).shape == (1, 0)


def test_one_pair_scores_as_in_a_matrix_of_two():
    assert text_similarity(REQUEST, REWORDED) == similarity_matrix([REQUEST], [REWORDED])[0, 0]


STATEMENTS = "Statements were made by representatives of the following States: {}."
LIST_2012 = "Chile, Bosnia and Herzegovina, Iran (Islamic Republic of), Norway and the United States of America"
LIST_LATER = "Sweden, Côte d’Ivoire, the former Yugoslav Republic of Macedonia, Viet Nam, Ghana and Peru"


def test_a_skeleton_keeps_the_formula_and_collapses_names_numbers_and_lists():
    assert skeleton(STATEMENTS.format(LIST_2012)) == skeleton(STATEMENTS.format(LIST_LATER))
    assert skeleton(STATEMENTS.format(LIST_2012)) == (
        "statements", "were", "made", "by", "representatives", "of", "the", "following", "#",
    )  # fmt: skip
    # "the" between a date and a name is glue: both collapse into one "#"
    adopted = skeleton("On 8 October 2013, the Working Group adopted the report.")
    assert adopted == ("on", "#", "adopted", "the", "report")


def test_one_formula_around_new_names_scores_as_the_same_paragraph():
    old, new = STATEMENTS.format(LIST_2012), STATEMENTS.format(LIST_LATER)
    plain = (word_order([old], [new]) + ngram_cosine([old], [new])) / 2
    assert formula_agreement([old], [new])[0, 0] >= FORMULA_AGREEMENT
    assert similarity_matrix([old], [new])[0, 0] > plain[0, 0] + 0.1


def test_different_formulas_and_short_skeletons_get_no_lift():
    attended = "The meeting was attended by representatives of the following States: Chile and Peru."
    assert formula_agreement([STATEMENTS.format(LIST_2012)], [attended])[0, 0] < FORMULA_AGREEMENT
    assert formula_agreement(["Chile spoke."], ["Peru spoke."])[0, 0] == 0.0
    assert formula_agreement([REQUEST], [REWORDED])[0, 0] < FORMULA_AGREEMENT


PIECES = [" ", "  ", "\n", "\u00a0", "\u2028", ",", ";", ":", ".", ")", "]", "(", "and", "or", "x", "States", "**"]
PIECES += ["[^1]", "<b>", "\u00ad", "\u201c", "\u2014", "a", "nd"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=16).map("".join))
def test_canonical_text_is_the_plain_regex_pipeline(text):
    """The fast canonical form (split and join, replace, the list ending sought at the end) is the spec's."""
    expected = re.sub(r"\s+([,;:.!?)\]])", r"\1", re.sub(r"\s+", " ", _MARKUP.sub("", text.translate(_QUOTES))))
    expected = re.sub(r"(?:[;,.:]\s*(?:and|or)?|\s+(?:and|or))\s*$", "", expected.strip()).strip()
    assert canonical(text) == expected
