"""Significance of a change: constructed pairs of old and new text, one kind of change each.

All texts here are illustrative samples written for these tests, in the style
of Working Group reports; they are not official documents.
"""

from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compare.analyse.diff import word_diff
from compare.analyse.significance import actors, apply_significance, classify, operative_verbs, rank_key, targets
from compare.ingest.extract import references
from compare.model import Change, Meeting, Reference, Section, Significance, Status, Unit

RECOMMENDATION = (
    "The Working Groups invited Member States that had not yet done so to designate contact points "
    "to facilitate international cooperation for the purpose of preventing trafficking in cultural property"
)
PARAGRAPH = (
    "Some speakers outlined their experiences in using videoconferencing in the context of international "
    "cooperation based on national legislation and highlighted the effectiveness of its use in mutual legal assistance."
)


def change(status: str = "modified", unit: str = "recommendation", theme: str = "") -> Change:
    return Change(
        unit=unit,
        theme=theme,
        old_meeting="wg-2012-04",
        new_meeting="wg-2013-05",
        from_meeting="" if status == "new" else "wg-2012-04",
        from_ref="" if status == "new" else "3(a)",
        to_meeting="" if status == "dropped" else "wg-2013-05",
        to_ref="" if status == "dropped" else "3(a)",
        status=Status(status),
        similarity=0.9,
    )


def side(text: str) -> Unit | None:
    """A unit as the normaliser gives it (its references read from its text); None for no text."""
    return Unit(ref="3(a)", paragraph=3, item="a", text=text, references=references(text)) if text else None


def graded(row: Change, old: str, new: str, **options) -> tuple[Significance, str]:
    """`classify` of a row between two texts, with the word diff the aligner gives a modified row."""
    if row.status == Status.MODIFIED:
        row = dataclasses.replace(row, diff=word_diff(old, new))
    return classify(row, side(old), side(new), **options)


def modified(old: str, new: str, unit: str = "recommendation", **sessions) -> tuple[Significance, str]:
    return graded(change("modified", unit), old, new, **sessions)


# ---------------------------------------------------------------- major changes


@pytest.mark.parametrize(
    ("old_verb", "new_verb", "direction"),
    [
        ("invited", "requested", "strengthened"),
        ("invites", "urges", "strengthened"),
        ("encouraged", "called upon", "strengthened"),
        ("requested", "invited", "weakened"),
        ("noted that it would be useful for", "recommended", "strengthened"),
    ],
)
def test_a_shift_in_operative_verb_strength_is_major(old_verb, new_verb, direction):
    old = RECOMMENDATION.replace("invited", old_verb)
    new = RECOMMENDATION.replace("invited", new_verb)
    significance, why = modified(old, new)
    assert significance == "major"
    assert f"operative verb {direction}" in why
    assert f"'{new_verb}'" in why


def test_another_form_of_the_same_verb_is_not_a_shift():
    significance, why = modified(RECOMMENDATION, RECOMMENDATION.replace("invited", "invite"))
    assert significance == "editorial"
    assert "verb" not in why


def test_noun_and_adjective_uses_of_a_verb_are_not_operative():
    text = "The requesting State party sent extradition requests and a request for assistance upon request."
    assert operative_verbs(text) == ()
    assert [v.lemma for v in operative_verbs("The Conference requested States parties to report.")] == ["request"]
    assert operative_verbs("Consultations between requesting and requested countries were noted.")[0].lemma == "note"
    assert len(operative_verbs("Consultations between requesting and requested countries were noted.")) == 1


def test_a_body_named_after_government_experts_is_not_the_actor_governments():
    assert actors("The Working Group of Government Experts on Technical Assistance met.") == ("the Working Group",)


def test_a_change_of_actor_in_a_recommendation_is_major():
    significance, why = modified(RECOMMENDATION, RECOMMENDATION.replace("Member States", "States parties"))
    assert significance == "major"
    assert "actor in a request changed: Member States → States parties" in why


def test_the_secretariat_and_unodc_are_one_actor():
    old = "The Working Group requested the Secretariat to prepare a background paper."
    significance, why = modified(old, old.replace("the Secretariat", "UNODC"))
    assert significance == "editorial", why


def test_a_change_of_actor_in_a_narrative_paragraph_is_minor():
    old = "The Working Group discussed the practice of Member States regarding liaison magistrates and attachés."
    significance, why = modified(old, old.replace("Member States", "Governments"), unit="paragraph")
    assert significance == "minor"
    assert "actor mentioned changed: Member States → Governments" in why


def test_a_new_target_meeting_is_major():
    old = "The Working Group requested the Secretariat to prepare a background paper on asset sharing."
    new = old.replace("to prepare a", "to prepare, for its sixth meeting, a")
    significance, why = modified(old, new, old_session=4, new_session=5)
    assert significance == "major"
    assert "target meeting or deadline added: sixth meeting" in why


def test_a_new_deadline_is_major():
    old = "Member States were encouraged to designate central authorities for the purpose of the Convention."
    new = "Member States were encouraged to designate central authorities for the purpose of the Convention by 2015."
    significance, why = modified(old, new)
    assert significance == "major"
    assert "by 2015" in why


def test_a_different_target_meeting_is_major_but_the_next_one_renumbered_is_minor():
    old = "It was recommended that the Conference include in the agenda of the fifth meeting an item on networks."
    later = old.replace("fifth", "seventh")
    renumbered = old.replace("fifth", "sixth")
    assert modified(old, later, old_session=4, new_session=5)[0] == "major"
    significance, why = modified(old, renumbered, old_session=4, new_session=5)
    assert significance == "minor"
    assert "renumbered" in why


def test_the_meetings_own_ordinal_is_not_a_target():
    assert targets("The Working Group held its fourth meeting in Vienna.", session=4) == ()
    old = "The Working Group held its fourth meeting in Vienna on 15, 16 and 18 October 2012."
    new = "The Working Group held its fifth meeting in Vienna on 7 and 8 October 2013."
    significance, why = modified(old, new, unit="paragraph", old_session=4, new_session=5)
    assert significance == "minor"
    assert "target" not in why


@pytest.mark.parametrize(
    ("old_ref", "new_ref", "expected"),
    [
        ("article 18, paragraph 13", "article 18, paragraph 14", "article 18, paragraph 13 → article 18, paragraph 14"),
        ("article 16", "article 21", "article 16 → article 21"),
        ("resolution 5/7", "resolution 6/1", "resolution 5/7 → resolution 6/1"),
        ("decision 3/2", "decision 5/1", "decision 3/2 → decision 5/1"),
    ],
)
def test_a_change_of_article_or_resolution_is_major(old_ref, new_ref, expected):
    text = "Bearing in mind {}, the Working Group discussed the designation of central authorities in detail."
    significance, why = modified(text.format(old_ref), text.format(new_ref), unit="paragraph")
    assert significance == "major"
    assert f"reference changed: {expected}" in why


def test_could_to_should_is_major():
    old = "UNODC could, upon request, provide technical assistance for the application of the Convention."
    significance, why = modified(old, old.replace("could", "should"))
    assert significance == "major"
    assert "modal strengthened: 'could' → 'should'" in why


def test_a_negation_is_major():
    old = "A consensus was reached on the way forward on this matter."
    significance, why = modified(old, "No consensus was reached on the way forward on this matter.", unit="paragraph")
    assert significance == "major"
    assert "negation added" in why


# ---------------------------------------------------------------- minor and editorial changes


@pytest.mark.parametrize(
    ("new", "reason"),
    [
        (PARAGRAPH.replace("legislation and", "legislation, and").rstrip(".") + ";", "punctuation"),
        (PARAGRAPH.replace("Some speakers outlined", "some speakers outlined"), "punctuation"),
        (
            PARAGRAPH.replace("national legislation and highlighted", "national legislation and, highlighted"),
            "punctuation",
        ),
        (
            PARAGRAPH.replace(
                "in the context of international cooperation based on national legislation",
                "based on national legislation in the context of international cooperation",
            ),
            "word order",
        ),
        (PARAGRAPH.replace("outlined", "described"), "'outlined' → 'described'"),
        (PARAGRAPH.replace("effectiveness", "usefulness"), "'effectiveness' → 'usefulness'"),
    ],
)
def test_punctuation_word_order_and_a_synonym_are_editorial(new, reason):
    assert new != PARAGRAPH
    significance, why = modified(PARAGRAPH, new, unit="paragraph")
    assert significance == "editorial"
    assert reason in why


def test_a_larger_rewording_without_a_signal_is_minor():
    new = PARAGRAPH.replace(
        "based on national legislation", "whether based on national legislation, regional frameworks or treaties"
    )
    significance, why = modified(PARAGRAPH, new, unit="paragraph")
    assert significance == "minor"
    assert why.startswith("reworded")


def test_moving_among_the_noting_verbs_is_minor():
    old = "Some speakers noted the importance of informal police networks in the region."
    significance, why = modified(old, old.replace("noted", "stressed"), unit="paragraph")
    assert significance == "minor"
    assert "'noted' → 'stressed'" in why


def test_the_same_strength_with_another_verb_is_minor():
    significance, why = modified(RECOMMENDATION, RECOMMENDATION.replace("invited", "encouraged"))
    assert significance == "minor"
    assert "same strength" in why


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([",", ";", ":", "  ", "."]), min_size=1, max_size=4), st.randoms())
def test_any_punctuation_only_edit_is_editorial(marks, random):
    words = PARAGRAPH.split(" ")
    for mark in marks:
        at = random.randrange(len(words))
        words[at] = words[at] + mark
    significance, _ = modified(PARAGRAPH, " ".join(words), unit="paragraph")
    assert significance == "editorial"


# ---------------------------------------------------------------- new, dropped, unchanged


def test_a_new_or_dropped_recommendation_is_major():
    significance, why = graded(change("new"), "", RECOMMENDATION)
    assert significance == "major"
    assert why.startswith("new recommendation") and "Member States" in why
    assert graded(change("dropped"), RECOMMENDATION, "")[0] == "major"


def test_new_paragraphs_are_major_when_they_ask_minor_when_they_tell_editorial_when_procedural():
    asking = (
        "The importance of informal police networks was noted and it was proposed that the next meeting "
        "of the Working Group should allow for a more in-depth discussion of that issue."
    )
    assert graded(change("new", "paragraph"), "", asking)[0] == "major"
    assert graded(change("new", "paragraph"), "", PARAGRAPH) == ("minor", "new paragraph ('highlighted')")
    procedural = "Statements were made by representatives of the following States: Chile, Egypt and Norway."
    assert graded(change("dropped", "paragraph"), procedural, "", procedural=True)[0] == "editorial"
    assert graded(change("dropped", "paragraph"), procedural, "")[0] == "minor"


def test_a_recited_mandate_is_not_a_new_ask():
    recital = (
        "It was recalled that in its resolution 5/8 the Conference had encouraged States parties to dispose of "
        "confiscated proceeds of crime in accordance with the Convention."
    )
    assert graded(change("new", "paragraph"), "", recital)[0] == "minor"


def test_unchanged_rows_have_no_significance():
    assert graded(change("unchanged"), RECOMMENDATION, RECOMMENDATION) == (Significance.NONE, "")


def test_rank_key_puts_major_first_then_recommendations_and_keeps_document_order():
    rows = [
        Change(**{**change().__dict__, "to_ref": ref, "significance": Significance(sig), "unit": unit})
        for ref, sig, unit in [
            ("1", "editorial", "paragraph"),
            ("2", "", "paragraph"),
            ("3", "major", "paragraph"),
            ("4", "minor", "recommendation"),
            ("5", "major", "recommendation"),
            ("6", "major", "paragraph"),
        ]
    ]
    assert [r.to_ref for r in sorted(rows, key=rank_key)] == ["5", "3", "6", "4", "1", "2"]


# ---------------------------------------------------------------- applying to meetings


def meeting(meeting_id: str, session: int, units: tuple[Unit, ...]) -> Meeting:
    sections = (
        Section(id="II", numeral="II", title="Recommendations"),
        Section(id="V", title="Organization of the meeting"),
    )
    return Meeting(meeting_id=meeting_id, body="Working Group", session=session, sections=sections, units=units)


def test_apply_significance_reads_both_units_and_the_meeting_context():
    old = meeting(
        "wg-2012-04",
        4,
        (
            Unit(ref="3(a)", paragraph=3, item="a", section="II", text=RECOMMENDATION, is_recommendation=True),
            Unit(
                ref="40", paragraph=40, section="V", text="The representative of the European Union made a statement."
            ),
        ),
    )
    new = meeting(
        "wg-2013-05",
        5,
        (Unit(ref="3(a)", paragraph=3, item="a", section="II", text=RECOMMENDATION.replace("invited", "urged")),),
    )
    rows = (
        change("modified"),
        Change(**{**change("dropped", "paragraph").__dict__, "from_ref": "40"}),
    )
    applied = apply_significance(rows, (old, new))
    assert [(r.significance, r.why) for r in applied] == [
        (Significance.MAJOR, "operative verb strengthened: 'invited' → 'urged'"),
        (Significance.EDITORIAL, "procedural paragraph dropped"),
    ]
    assert apply_significance(rows, [new, old]) == applied


def test_the_procedural_themes_are_the_taxonomys_flagged_ones_not_a_fixed_name():
    text = "Member States exchanged views on the practicalities of the session and its timetable."
    old = meeting("wg-2012-04", 4, (Unit(ref="7", paragraph=7, section="II", text=text, theme="logistics"),))
    new = meeting("wg-2013-05", 5, ())
    row = Change(**{**change("dropped", "paragraph", theme="logistics").__dict__, "from_ref": "7"})
    flagged = apply_significance((row,), (old, new), procedural_themes=("logistics",))
    assert [(r.significance, r.why) for r in flagged] == [(Significance.EDITORIAL, "procedural paragraph dropped")]
    renamed = dataclasses.replace(row, theme="organisation")
    plain = apply_significance((renamed,), (old, new), procedural_themes=())
    assert plain[0].significance is Significance.MINOR, "a theme named like the built-in one is not procedural by name"


def test_the_references_compared_are_the_units_own():
    """The normaliser's references are read, not the text again: a unit whose references changed
    while its wording did not is a changed reference."""
    text = "The Working Group discussed the designation of central authorities under the Convention in detail."
    cited = (Reference(kind="article", id="46.13", text="article 46, paragraph 13"),)
    row = dataclasses.replace(change("modified", "paragraph"), diff=word_diff(text, text))
    old, new = Unit(ref="3", paragraph=3, text=text), Unit(ref="3", paragraph=3, text=text, references=cited)
    significance, why = classify(row, old, new)
    assert (significance, why) == (Significance.MAJOR, "reference added: article 46, paragraph 13")


def test_a_reference_to_an_earlier_meeting_is_not_a_new_target():
    from compare.analyse.significance import targets

    assert targets("As recalled at its fourth meeting, the Working Group met.", session=5) == ()
    assert targets("It asked for a paper for its sixth meeting.", session=5) != ()


def test_every_ordinal_before_meeting_or_session_is_a_target_as_the_plain_alternation_finds_it():
    """The ordinal target pattern is a trie of the ordinal words; it finds what the longest-first
    alternation of util.ordinals finds, for every ordinal word in any case."""
    from compare.analyse.significance.vocabulary import ORDINAL_TARGET, ordinal_target
    from compare.util.ordinals import ORDINAL_PATTERN, ORDINALS

    plain = ordinal_target(ORDINAL_PATTERN)
    assert plain.pattern != ORDINAL_TARGET.pattern
    for word in [*ORDINALS, "21st", "5th"]:
        text = f"At its {word} meeting of the Conference and its {word.upper()} Sessions, the {word.title()}  session."
        found = [(m.span(), m.groups()) for m in ORDINAL_TARGET.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in plain.finditer(text)]
        assert len(found) == 3, word


def test_the_same_text_read_in_two_meetings_keeps_each_meetings_targets():
    text = "The Working Group requested the Secretariat to report to it at its fifth meeting."
    row = change("new", unit="paragraph")
    assert "fifth meeting" in classify(row, None, side(text), new_session=4)[1]
    assert "fifth meeting" not in classify(row, None, side(text), new_session=5)[1]
    assert "fifth meeting" in classify(row, None, side(text), new_session=4)[1]


# what re.IGNORECASE takes for a letter besides its two cases
OTHER_CASES = {"i": "İı", "s": "ſ", "k": "\u212a"}


@settings(max_examples=300)
@given(st.data())
def test_every_form_of_a_verb_holds_its_stem_whatever_its_case(data):
    """A text is searched for a verb's forms only when it holds the verb's stem (`folded`), so every
    form, in any case re.IGNORECASE accepts, must hold it."""
    from compare.analyse.significance.vocabulary import VERB_FORMS, folded

    _, lemma, stem, pattern = data.draw(st.sampled_from(VERB_FORMS))
    form = data.draw(st.from_regex(pattern.pattern.replace(r"\b", ""), fullmatch=True))
    cased = "".join(data.draw(st.sampled_from([c.lower(), c.upper(), *OTHER_CASES.get(c.lower(), "")])) for c in form)
    assert pattern.fullmatch(cased)
    assert stem in folded(cased), (lemma, cased)


def test_folded_gives_the_letter_re_ignorecase_takes_a_character_for():
    import string
    import sys

    from compare.analyse.significance.vocabulary import folded

    letters = re.compile("[a-z]", re.I)
    taken = [chr(c) for c in range(sys.maxunicode + 1) if letters.fullmatch(chr(c))]
    assert set(OTHER_CASES["i"] + OTHER_CASES["s"] + OTHER_CASES["k"]) < set(taken)
    assert all(folded(c) in string.ascii_lowercase and re.fullmatch(folded(c), c, re.I) for c in taken)


@pytest.mark.parametrize(
    "name",
    [
        "Conference of the States Parties", "Conference of the Parties", "Conference", "Conferences", "Secretariat",
        "UNODC", "United Nations Office on Drugs and Crime", "Executive Director",
        "Commission on Crime Prevention and Criminal Justice", "the Commission", "CCPCJ", "General Assembly",
        "Economic and Social Council", "Member State", "Member States", "State party", "States Parties",
        "Working Groups", "Working Group of Government Experts", "Chairperson", "Chairs", "Government",
        "Governments", "Non-governmental organizations", "non-governmental organisation", "NGO", "NGOs",
        "civil society", "regional organisations", "intergovernmental organization", "States",
    ],
)  # fmt: skip
def test_every_name_of_an_actor_holds_one_of_the_words_it_is_looked_for_by(name):
    from compare.analyse.significance.vocabulary import ACTOR_PATTERNS

    text = f"In 2012, {name} asked."
    named = [(actor, words) for actor, pattern, words in ACTOR_PATTERNS if pattern.search(text)]
    assert named and all(any(word in text for word in words) for _, words in named)
    assert actors(text)
