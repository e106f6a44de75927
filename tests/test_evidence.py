"""Keyword and article evidence: stems, spelling variants, body names, and which Convention an article belongs to.

The sentences below are illustrative samples written for these tests, not text of official documents.
"""

from __future__ import annotations

from compare.analyse.evidence import compile_taxonomy, gather, meeting_context
from compare.analyse.taxonomy import load_taxonomy
from compare.ingest.extract import references
from compare.model import Meeting, Theme

UNTOC = "Conference of the Parties to the United Nations Convention against Transnational Organized Crime"
UNCAC = "Conference of the States Parties to the United Nations Convention against Corruption"
INDEX = compile_taxonomy(load_taxonomy())


def evidence_of(text: str, parent_body: str = UNTOC):
    context = meeting_context(Meeting(meeting_id="m", body="Working Group", parent_body=parent_body))
    return gather(text, references(text), INDEX, context)


def test_stems_match_every_ending_and_spelling_variants_match():
    evidence = evidence_of("Extradited persons; extradition; video-conferencing, videoconferences, video conference.")
    assert evidence.score("extradition") == 2
    assert evidence.score("videoconferencing") == 3
    variants = {"video-conferencing": 1, "videoconferences": 1, "video conference": 1}
    assert evidence.words["videoconferencing"] == variants


def test_keywords_match_only_at_the_start_of_a_word():
    assert evidence_of("The Cooperative seized nothing.").score("confiscation-asset-sharing") == 1
    assert evidence_of("A misseizure.").score("confiscation-asset-sharing") == 0


def test_the_longest_keyword_wins_where_two_start_together():
    evidence = evidence_of("Mutual legal assistance was discussed.")
    assert evidence.score("mutual-legal-assistance") == 1
    assert dict(evidence.words["mutual-legal-assistance"]) == {"mutual legal assistance": 1}


def test_names_of_bodies_and_of_the_own_convention_are_blanked():
    text = (
        "The Working Group of Government Experts on Technical Assistance and the Conference of the States "
        "Parties to the United Nations Convention against Corruption met."
    )
    assert evidence_of(text).score("technical-assistance") == 0
    assert evidence_of("Synergies with the Convention against Corruption.", UNCAC).score("uncac-synergies") == 1


def test_a_paragraph_cite_goes_to_its_theme_and_a_quarter_to_the_whole_article():
    evidence = evidence_of("Under article 18, paragraph 8, of the Convention, banks must respond.")
    assert evidence.score("bank-information") == 2 + 1  # the cite and "banks"
    assert evidence.score("mutual-legal-assistance") == 0.5
    assert evidence.articles["bank-information"] == ["article 18, paragraph 8"]


def test_an_unlisted_paragraph_counts_for_the_whole_article():
    evidence = evidence_of("States should apply article 18, paragraph 3.")
    assert evidence.score("mutual-legal-assistance") == 2


def test_which_convention_an_article_belongs_to():
    bare = "The use of article 46 was discussed."
    assert evidence_of(bare, UNCAC).score("mutual-legal-assistance") == 2
    assert evidence_of(bare, UNTOC).score("mutual-legal-assistance") == 0
    crime = "The use of article 16 of the Organized Crime Convention was discussed."
    assert evidence_of(crime, UNCAC).score("extradition") == 2
    other = "The use of article 18 of the Second Additional Protocol was discussed."
    assert evidence_of(other, UNTOC).score("mutual-legal-assistance") == 0


def test_a_keyword_shared_by_two_themes_counts_for_both():
    index = compile_taxonomy(
        (Theme(id="a", label="A", keywords=("seizure",)), Theme(id="b", label="B", keywords=("seizure", "freez")))
    )
    context = meeting_context(Meeting(meeting_id="m", body="B"))
    evidence = gather("A seizure and a freezing order.", (), index, context)
    assert evidence.scores == {"a": 1, "b": 2}
