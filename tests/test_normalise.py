"""The normaliser on the seed and on constructed reports: structure, metadata, healing, extraction."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compare.ingest.markdown_out import meeting_markdown
from compare.ingest.normalise import normalise_blocks, normalise_file
from compare.ingest.readers.markdown import parse
from compare.model import meeting_to_dict
from compare.util.errors import InputError, NotAReport

SEED = Path(__file__).resolve().parents[1] / "meetings" / "raw" / "000_1a05589bd2cdbc0e.txt"


@pytest.fixture(scope="module")
def seed():
    return normalise_file(SEED)


def unit(meeting, ref):
    return next(u for u in meeting.units if u.ref == ref)


def test_metadata(seed):
    assert seed.body == "Working Group on International Cooperation"
    assert seed.parent_body.startswith(
        "Conference of the Parties to the United Nations Convention against Transnational"
    )
    assert seed.session == 4
    assert (seed.start_date, seed.end_date) == ("2012-10-15", "2012-10-18")
    assert seed.dates == ("2012-10-15", "2012-10-16", "2012-10-18")
    assert seed.venue == "Vienna"
    assert seed.distribution_date == "2012-11-14"
    assert seed.original_language == "English"
    assert seed.symbol == "", "the seed never states its own symbol: it must not be invented"
    assert re.fullmatch(r"[A-Za-z0-9._-]+", seed.meeting_id) and "2012" in seed.meeting_id


def test_every_paragraph_and_item_is_a_unit(seed):
    paragraphs = sorted({u.paragraph for u in seed.units})
    assert paragraphs == list(range(1, 44))
    assert [u.ref for u in seed.units if u.paragraph == 3] == ["3", "3(a)", "3(b)", "3(c)", "3(d)", "3(e)", "3(f)"]
    assert [u.ref for u in seed.units if u.paragraph == 8] == ["8", "8(a)", "8(b)", "8(c)", "8(d)"]
    assert unit(seed, "3").is_lead_in and unit(seed, "3").text.endswith("Working Group:")
    assert len({u.ref for u in seed.units}) == len(seed.units)


def test_chapters_and_sub_chapters_whatever_the_heading_level(seed):
    assert [s.id for s in seed.sections if not s.run_in] == [
        "I",
        "II",
        "III",
        "III.A",
        "III.B",
        "III.C",
        "III.D",
        "IV",
        "V",
        "V.A",
        "V.B",
    ]
    assert unit(seed, "10").section == "III.B"  # "## **B. ..." is a sub-chapter despite its level-2 heading
    assert unit(seed, "22").section == "III.D"  # D is a bold paragraph, not a Markdown heading
    assert unit(seed, "22").heading == "Extradition (article 16)"
    assert unit(seed, "28").heading == "Special investigative techniques (article 20)"
    assert unit(seed, "34").heading.startswith("Transfer of criminal proceedings")


@pytest.mark.parametrize(
    "ref, joined",
    [
        ("7", "in some countries, the central authority"),
        ("13", "initiatives in confiscating, managing"),
        ("19", "was also stressed. Some speakers"),
        ("26", "to prevent the funding of organized crime"),
        ("37(f)", "cultural property, taking into consideration"),
    ],
)
def test_page_breaks_are_healed(seed, ref, joined):
    assert joined in unit(seed, ref).text


def test_recommendations(seed):
    refs = [u.ref for u in seed.recommendations]
    assert refs == [f"3({c})" for c in "abcdef"] + [f"37({c})" for c in "abcdef"] + ["38(a)", "38(b)"]
    assert not unit(seed, "8(a)").is_recommendation  # items of "The following questions were raised:"


def test_states_panellists_footnotes_annex(seed):
    assert len(seed.states) == 31
    assert "Iran (Islamic Republic of)" in seed.states and "Russian Federation" in seed.states
    assert seed.states[0] == "Romania" and seed.states[-1] == "Israel"
    people = {p.name: p.affiliation for p in seed.panellists}
    assert people["Wilson Merino Sánchez"] == "Ecuador" and people["Antonio Segovia Arancibia"] == "Chile"
    assert people["Ignacio de Lucas"] == "UNODC" and "Rosa Ana Morán Martínez" in people
    assert [(f.mark, f.unit_ref) for f in seed.footnotes] == [("1", "39")]
    assert "[^" not in unit(seed, "39").text
    table = seed.annex[0]
    assert table.columns == ("Document symbol", "Agenda item", "Title or description")
    assert len(table.rows) == 7
    assert table.rows[0] == ("CTOC/COP/WG.3/2012/1", "1 (b)", "Provisional agenda and annotations")
    assert table.rows[-1][1] == ""


def test_references(seed):
    ids = lambda ref, kind: {r.id for r in unit(seed, ref).references if r.kind == kind}  # noqa: E731
    assert ids("1", "decision") == {"3/2"}
    assert ids("2", "resolution") == {"5/7"}
    assert ids("37(a)", "article") == {"18.13"}
    assert ids("12", "article") == {"14"}


def test_round_trip_is_byte_identical(seed, tmp_path):
    text = meeting_markdown(seed)
    path = tmp_path / "again.md"
    path.write_text(text, "utf-8")
    again = normalise_file(path)
    assert json.dumps(meeting_to_dict(again), ensure_ascii=False) == json.dumps(
        meeting_to_dict(seed), ensure_ascii=False
    )
    assert meeting_markdown(again) == text


def test_wrapped_numbers_are_not_paragraphs():
    text = (
        "# Working Group on Things\n\n1. First paragraph about the topic.\n\n"
        "2. Regarding questions\n(a) and (b) above, it was recalled that meetings were held in\n"
        "2012. It was agreed.\n\n3. Third one.\n"
    )
    meeting = normalise_blocks(parse(text), source="x.md")
    assert [u.ref for u in meeting.units] == ["1", "2", "3"]
    assert "questions (a) and (b) above" in meeting.units[1].text


def test_hard_wrapped_hyphenated_plain_text():
    text = (
        "Working Group on Things\n\n1. The Working Group discussed con-\nfiscation and police-to-\npolice "
        "cooperation, including police-to-police channels.\n2. Second paragraph.\n\nV.12-57344\n\n3. Third.\n"
    )
    meeting = normalise_blocks(parse(text), source="x.txt")
    assert [u.ref for u in meeting.units] == ["1", "2", "3"]
    assert "discussed confiscation and police-to-police cooperation" in meeting.units[0].text
    assert all("V.12" not in u.text for u in meeting.units)


def test_no_numbered_paragraphs_is_an_input_error():
    with pytest.raises(NotAReport):
        normalise_blocks(parse("# A title\n\nJust some prose with no numbers.\n"), source="x.md")


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=600))
def test_arbitrary_text_raises_only_the_input_error(text):
    try:
        meeting = normalise_blocks(parse(text), source="fuzz.md")
    except InputError:
        return
    assert meeting.units


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "1. A paragraph.",
                "2. Another: ",
                "(a) item one;",
                "(b) item two.",
                "II. Recommendations",
                "**Bold heading**",
                "3. Text that is cut",
                "in the middle.",
                "V.12-57344",
                "## Annex",
                "A. Sub",
                "[^1] note",
                "Statements were made by representatives of the following States: Chile, Peru and Trinidad and Tobago.",
            ]
        ),
        min_size=1,
        max_size=25,
    )
)
def test_normalise_is_idempotent_on_its_own_output(lines):
    """Reading the normalised .md back is a fixed point from the first round trip on.

    The first round trip may differ on scrambled inputs: a label the reader refused (a repeated
    "A." or a "1." after "2.") is kept as text, and read from the middle of a paragraph it can be a
    label again. Every real report and every style of tests/styles/ round-trips exactly from the
    start (test_round_trip_is_byte_identical and tests/test_styles.py).
    """
    try:
        first = normalise_blocks(parse("\n\n".join(lines)), source="fuzz.md")
    except InputError:
        return
    second = normalise_blocks(parse(meeting_markdown(first)), source="other.md")
    third = normalise_blocks(parse(meeting_markdown(second)), source="other.md")
    assert _text_fields(third) == _text_fields(second)


def _text_fields(meeting) -> dict:
    """What the normalised .md carries: all but the audit's warnings and the furniture (kept in the JSON)."""
    data = meeting_to_dict(meeting)
    return {k: v for k, v in data.items() if k not in ("warnings", "furniture")}


def test_house_styles_tabs_after_numbers_roman_items_and_title_forms():
    text = (
        "Conference of the States Parties to the United Nations Convention against Corruption\n\n"
        "Report of the Open-ended Intergovernmental Working Group on Asset Recovery on its meeting "
        "held in Vienna from 30 September to 2 October 2013\n\n"
        "I.\tRecommendations\n\n"
        "1.\tThe Working Group adopted the following recommendations:\n\n"
        "(i)\tStates parties should designate focal points;\n\n"
        "(ii)\tThe Secretariat should continue its work;\n\n"
        "(iii)\tThe next meeting should consider asset disposal.\n\n"
        "II.\tOrganization of the meeting\n\n"
        "2.\tThe Working Group held its seventh meeting in Vienna from 30 September to 2 October 2013.\n"
    )
    meeting = normalise_blocks(parse(text), source="x.txt")
    assert [u.ref for u in meeting.units] == ["1", "1(i)", "1(ii)", "1(iii)", "2"]
    assert [u.ref for u in meeting.recommendations] == ["1(i)", "1(ii)", "1(iii)"]
    assert [s.id for s in meeting.sections] == ["I", "II"]
    assert meeting.body == "Open-ended Intergovernmental Working Group on Asset Recovery"
    assert meeting.session == 7 and meeting.dates[0] == "2013-09-30" and meeting.dates[-1] == "2013-10-02"
    assert meeting.parent_body.endswith("Convention against Corruption")


def test_symbol_page_headers_are_furniture_and_the_masthead_symbol_is_kept():
    text = (
        "CTOC/COP/WG.3/2013/4\n\nDistr.: General\n5 November 2013\n\n"
        "## Working Group on International Cooperation\n\nVienna, 7 and 8 October 2013\n\n"
        "I. Introduction\n\n1. The Working Group held its fifth meeting in Vienna on 7 and 8 October 2013 and"
        "\n\nCTOC/COP/WG.3/2013/4\n\n2 CTOC/COP/WG.3/2013/4\n\nV.13-87654\n\n"
        "discussed matters.\n\n2. It adopted its report.\n\nCTOC/COP/WG.3/2013/4 3\n\n3. Closing.\n"
    )
    meeting = normalise_blocks(parse(text), source="x.md")
    assert meeting.symbol == "CTOC/COP/WG.3/2013/4"
    assert [u.text for u in meeting.units] == [
        "The Working Group held its fifth meeting in Vienna on 7 and 8 October 2013 and discussed matters.",
        "It adopted its report.",
        "Closing.",
    ]


def test_recommendation_headings_and_introductions():
    text = (
        "## Working Group on Things\n\nI. Recommendations\n\n"
        "1. The Working Group adopted the following recommendations.\n\n"
        "2. States parties should designate central authorities.\n\n"
        "3. The Secretariat should update the directory.\n\n"
        "II. Implementation of the recommendations of the previous meeting\n\n"
        "4. Speakers described the steps taken since the previous meeting.\n"
    )
    meeting = normalise_blocks(parse(text), source="x.md")
    assert [u.ref for u in meeting.recommendations] == ["2", "3"]
