"""Theme assignment on constructed meetings and on the seed, and the themes.csv counts.

The sample sentences below are illustrative samples written for these tests,
not text of official documents.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compare.analyse.taxonomy import load_taxonomy
from compare.analyse.themes import assign_themes
from compare.ingest.normalise import normalise_file
from compare.model import Meeting, Reference, Section, Theme, Unit
from compare.report.rows import theme_rows

SEED = Path(__file__).resolve().parents[1] / "meetings" / "raw" / "000_1a05589bd2cdbc0e.txt"
UNTOC = "Conference of the Parties to the United Nations Convention against Transnational Organized Crime"
UNCAC = "Conference of the States Parties to the United Nations Convention against Corruption"
TAXONOMY = load_taxonomy()


def make_unit(
    ref: str,
    text: str,
    *,
    section: str = "II",
    heading: str = "Conclusions and recommendations",
    articles: tuple[str, ...] = (),
    **extra,
) -> Unit:
    number, _, item = ref.partition("(")
    references = tuple(Reference(kind="article", id=a, text=f"article {a}") for a in articles)
    return Unit(
        ref=ref,
        paragraph=int(number),
        item=item.rstrip(")"),
        section=section,
        heading=heading,
        text=text,
        references=references,
        **extra,
    )


def make_meeting(
    *units: Unit,
    sections: tuple[Section, ...] = (),
    parent_body: str = UNTOC,
    body: str = "Working Group on International Cooperation",
    meeting_id: str = "wg-2099-01",
) -> Meeting:
    return Meeting(meeting_id=meeting_id, body=body, parent_body=parent_body, sections=sections, units=units)


def themed(*units: Unit, **meeting_fields) -> dict[str, Unit]:
    meeting = assign_themes(make_meeting(*units, **meeting_fields), TAXONOMY)
    return {u.ref: u for u in meeting.units}


def test_a_run_in_heading_decides_even_when_the_unit_mentions_other_themes():
    units = themed(
        make_unit(
            "22",
            "Speakers noted that extradition requests were often preceded by mutual legal assistance requests "
            "and that mutual legal assistance channels could be used to gather evidence.",
            section="III.D",
            heading="Extradition (article 16)",
        )
    )
    assert units["22"].theme == "extradition"
    assert units["22"].theme_reason == "heading 'Extradition (article 16)'"
    assert units["22"].secondary_themes == ("mutual-legal-assistance",)


def test_a_paragraph_cite_in_a_heading_beats_the_whole_article():
    units = themed(
        make_unit(
            "24",
            "Some speakers outlined their experience in hearing witnesses from abroad.",
            section="III.D",
            heading="Videoconferencing (article 18, paragraph 18)",
        )
    )
    assert units["24"].theme == "videoconferencing"


def test_a_recommendation_with_no_topical_heading_is_decided_by_its_own_words():
    units = themed(
        make_unit(
            "3(a)",
            "Regional networks of prosecutors and central authorities are important for facilitating "
            "international cooperation in criminal matters;",
            is_recommendation=True,
        )
    )
    assert units["3(a)"].theme == "regional-networks"
    assert units["3(a)"].secondary_themes == ("central-authorities",)
    assert units["3(a)"].theme_reason == "keywords: regional networks x1"


def test_keyword_counts_are_reported():
    units = themed(
        make_unit(
            "5",
            "States should simplify extradition procedures, allow extradition of nationals and track "
            "extradition requests.",
        )
    )
    assert units["5"].theme == "extradition"
    assert units["5"].theme_reason == "keywords: extradition x3"


def test_a_cited_paragraph_goes_to_its_own_theme_not_the_whole_article():
    units = themed(
        make_unit(
            "6",
            "States parties should make fuller use of article 18, paragraph 18, of the Convention.",
            articles=("18.18",),
        )
    )
    assert units["6"].theme == "videoconferencing"
    assert units["6"].theme_reason == "cites article 18, paragraph 18"
    assert "mutual-legal-assistance" not in units["6"].secondary_themes


def test_articles_belong_to_the_meeting_s_own_convention():
    text = "Speakers discussed the application of article 44 in their jurisdictions."
    corruption = themed(
        make_unit("7", text, articles=("44",)),
        parent_body=UNCAC,
        body="open-ended intergovernmental expert meeting to enhance international cooperation",
    )
    crime = themed(make_unit("7", text, articles=("44",), heading=""), parent_body=UNTOC)
    assert corruption["7"].theme == "extradition"
    assert "Convention against Corruption" in corruption["7"].theme_reason
    assert not crime["7"].theme_reason.startswith("cites"), "the Organized Crime Convention has no article 44 theme"


def test_an_article_of_another_instrument_is_not_a_convention_cite():
    unit = make_unit(
        "8", "The use of article 16 of the Council of Europe Convention on Cybercrime was discussed.", articles=("16",)
    )
    units = themed(unit)
    assert units["8"].theme == "electronic-evidence"
    assert "extradition" not in units["8"].secondary_themes


def test_names_of_bodies_are_not_topics():
    units = themed(
        make_unit(
            "9",
            "The Working Group of Government Experts on Technical Assistance met jointly with the Working Group "
            "to discuss police cooperation.",
        )
    )
    assert units["9"].theme == "law-enforcement-cooperation"
    assert "technical-assistance" not in units["9"].secondary_themes


def test_an_item_with_no_signal_takes_its_lead_in_theme():
    units = themed(
        make_unit("4", "On confiscation, the Working Group recommended that States parties:", is_lead_in=True),
        make_unit("4(a)", "Share good practices;", is_recommendation=True),
        make_unit(
            "4(b)",
            "Consider the model bilateral agreement on the sharing of confiscated proceeds;",
            is_recommendation=True,
        ),
    )
    assert units["4(a)"].theme == "confiscation-asset-sharing"
    assert units["4(a)"].theme_reason.startswith("neighbours (paragraphs 4 and 4(b))")


def test_a_lead_in_with_no_signal_follows_its_first_item_even_under_another_heading():
    units = themed(
        make_unit(
            "1",
            "The Working Group adopted the following recommendations:",
            heading="Recommendations",
            section="I",
            is_lead_in=True,
        ),
        make_unit("1(a)", "States should preserve stored data;", heading="Electronic evidence", section="I"),
    )
    assert units["1(a)"].theme == "electronic-evidence"
    assert units["1"].theme == "electronic-evidence"
    assert units["1"].theme_reason == "neighbours (paragraph 1(a))"


def test_a_heading_naming_several_themes_only_tips_the_balance():
    heading = "Experience in using article 16, article 18 and article 21, with reference to videoconferencing"
    units = themed(
        make_unit(
            "30", "The transfer of criminal proceedings raised questions of evidence.", section="III.D", heading=heading
        ),
        make_unit("31", "Speakers also noted delays.", section="III.D", heading=heading),
    )
    assert units["30"].theme == "transfer-of-proceedings"
    assert units["31"].theme == "transfer-of-proceedings", "no own signal: its neighbour within the heading's themes"


def test_procedural_chapters_are_organisation():
    sections = (
        Section(id="V", numeral="V", title="Organization of the meeting"),
        Section(id="V.A", numeral="V", letter="A", title="Opening of the meeting"),
    )
    units = themed(
        make_unit(
            "39",
            "The Chair made an opening statement on the importance of extradition.",
            section="V.A",
            heading="Opening of the meeting",
        ),
        make_unit("40", "The Working Group adopted the report.", section="V", heading="Organization of the meeting"),
        sections=sections,
    )
    assert units["39"].theme == "organisation"
    assert units["39"].theme_reason == "procedural heading 'Opening of the meeting'"
    opening = themed(
        make_unit(
            "2",
            "The meeting was opened by the Chair, who spoke of asset recovery, the return of assets and the "
            "recovery of stolen assets.",
            section="V.A",
            heading="Opening of the meeting",
        ),
        sections=sections,
    )
    assert opening["2"].theme == "organisation", "a unit in procedural words stays procedural"
    assert units["40"].theme == "organisation"


def test_a_procedural_heading_yields_to_a_unit_that_clearly_names_one_topic():
    units = themed(
        make_unit(
            "1",
            "The Working Group held its meeting; it discussed extradition, mutual legal assistance and confiscation.",
            section="I",
            heading="Introduction",
        ),
        make_unit(
            "2",
            "The Conference requested a study of trafficking in cultural property, of the cultural "
            "heritage at risk and of the return of cultural objects.",
            section="I",
            heading="Introduction",
        ),
    )
    assert units["1"].theme == "organisation"
    assert units["2"].theme == "cultural-property"
    assert "outweighs procedural heading 'Introduction'" in units["2"].theme_reason


def test_the_sub_chapter_speaks_when_the_run_in_heading_names_no_theme():
    sections = (Section(id="III.B", numeral="III", letter="B", title="International cooperation for confiscation"),)
    units = themed(
        make_unit("12", "Speakers exchanged views.", section="III.B", heading="General discussion"), sections=sections
    )
    assert units["12"].theme == "confiscation-asset-sharing"


def test_a_procedural_run_in_heading_gives_way_to_a_topical_sub_chapter():
    sections = (Section(id="III.B", numeral="III", letter="B", title="Electronic evidence"),)
    units = themed(
        make_unit("12", "The Secretariat introduced the item.", section="III.B", heading="Introduction"),
        sections=sections,
    )
    assert units["12"].theme == "electronic-evidence"
    assert units["12"].theme_reason == "heading 'Electronic evidence'"


def test_ties_go_to_the_first_mention_then_to_taxonomy_order():
    units = themed(make_unit("3", "Central authorities and regional networks should cooperate."))
    assert units["3"].theme == "central-authorities"
    twins = (
        Theme(id="first", label="First", keywords=("seizure",)),
        Theme(id="second", label="Second", keywords=("seizure",)),
    )
    meeting = assign_themes(make_meeting(make_unit("1", "A seizure was reported.")), twins)
    assert meeting.units[0].theme == "first"


def test_every_unit_gets_a_theme_of_the_taxonomy_even_with_no_signal_at_all():
    taxonomy = (Theme(id="alpha", label="Alpha", keywords=("alpha",)), Theme(id="beta", label="Beta"))
    meeting = make_meeting(
        make_unit("1", "Nothing to see.", section="I"),
        make_unit("2", "The alpha topic."),
        make_unit("3", "Nothing either.", section="III"),
    )
    units = assign_themes(meeting, taxonomy).units
    assert [u.theme for u in units] == ["alpha", "alpha", "alpha"]
    assert units[0].theme_reason == "no signal; as paragraph 2"
    bare = assign_themes(make_meeting(make_unit("1", "Nothing to see.")), taxonomy).units[0]
    assert (bare.theme, bare.theme_reason) == ("alpha", "no signal")
    assert all(u.theme_reason for u in units)


def test_assignment_returns_a_new_meeting_and_is_deterministic():
    meeting = make_meeting(make_unit("1", "Extradition of nationals."))
    first = assign_themes(meeting, TAXONOMY)
    assert meeting.units[0].theme == ""
    assert first == assign_themes(meeting, TAXONOMY)
    assert first.units[0].theme == "extradition"


def test_theme_rows_cover_every_theme_and_meeting_in_order():
    taxonomy = TAXONOMY[:3]
    one = assign_themes(
        make_meeting(
            make_unit("1", "Extradition of nationals was discussed.", is_recommendation=True),
            make_unit("2", "Extradition delays."),
        ),
        taxonomy,
    )
    two = replace(one, meeting_id="wg-2100-02", units=())
    rows = theme_rows([one, two], taxonomy)
    assert [(r["theme"], r["meeting_id"]) for r in rows] == [
        (t.id, m) for t in taxonomy for m in ("wg-2099-01", "wg-2100-02")
    ]
    assert rows[0] == {
        "theme": "extradition",
        "label": "Extradition",
        "meeting_id": "wg-2099-01",
        "paragraphs": 2,
        "recommendations": 1,
        "words": 7,
    }
    assert all(r["paragraphs"] == r["recommendations"] == r["words"] == 0 for r in rows[1:])


@pytest.fixture(scope="module")
def seed():
    return assign_themes(normalise_file(SEED), TAXONOMY)


def test_seed_units_all_get_a_theme_and_a_reason(seed):
    ids = {t.id for t in TAXONOMY}
    assert seed.units
    for unit in seed.units:
        assert unit.theme in ids, unit.ref
        assert unit.theme_reason, unit.ref
        assert unit.theme not in unit.secondary_themes


@pytest.mark.parametrize(
    ("heading", "theme"),
    [
        ("Extradition (article 16)", "extradition"),
        ("Videoconferencing (article 18, paragraph 18)", "videoconferencing"),
        ("Bank information (article 18, paragraph 8)", "bank-information"),
        ("Special investigative techniques (article 20)", "special-investigative-techniques"),
        ("Transfer of criminal proceedings (article 21)", "transfer-of-proceedings"),
        ("Disposal, sharing and use of confiscated proceeds of crime", "confiscation-asset-sharing"),
        ("Outcome of the joint discussion on cultural property", "cultural-property"),
        ("Opening and duration of the meeting", "organisation"),
        ("Documentation", "organisation"),
    ],
)
def test_seed_units_under_a_topical_heading_take_its_theme(seed, heading, theme):
    under = [u for u in seed.units if u.heading == heading]
    assert under, heading
    assert {u.theme for u in under} == {theme}


def test_seed_synergies_and_networks_sections(seed):
    synergies = [u for u in seed.units if u.heading.startswith("Possible synergies")]
    networks = [u for u in seed.units if u.heading.startswith("Fighting networks")]
    assert synergies and {u.theme for u in synergies} == {"uncac-synergies"}
    assert networks and {u.theme for u in networks} == {"regional-networks"}


def test_seed_recommendations_without_topical_heading_follow_their_words(seed):
    recommendations = [u for u in seed.units if u.is_recommendation and u.heading == "Conclusions and recommendations"]
    by_words = {
        r"regional networks": "regional-networks",
        r"police-to-police": "law-enforcement-cooperation",
        r"synergies": "uncac-synergies",
    }
    for pattern, theme in by_words.items():
        matching = [u for u in recommendations if re.search(pattern, u.text)]
        assert matching, pattern
        assert all(u.theme == theme for u in matching), [(u.ref, u.theme) for u in matching]


@settings(max_examples=60, deadline=None)
@given(
    texts=st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200), min_size=1, max_size=5),
    heading=st.sampled_from(["", "Introduction", "Extradition (article 16)", "Conclusions and recommendations"]),
)
def test_any_text_gets_a_theme_of_the_taxonomy(texts, heading):
    units = [make_unit(str(n), text, heading=heading) for n, text in enumerate(texts, 1)]
    meeting = assign_themes(make_meeting(*units), TAXONOMY)
    ids = {t.id for t in TAXONOMY}
    assert all(u.theme in ids and u.theme_reason for u in meeting.units)
