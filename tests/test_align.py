"""compare.analyse.align: known evolutions of a report come out as the right rows and lineages.

Texts written here are illustrative samples made for these tests, not official documents.
"""

from __future__ import annotations

import dataclasses
import random
import re
from collections import Counter
from itertools import pairwise
from pathlib import Path

import numpy as np
import pytest

from compare.analyse import align
from compare.analyse.similarity import canonical, similarity_matrix
from compare.ingest.normalise import normalise_file
from compare.model import Meeting, Status, Unit

SEED = Path(__file__).resolve().parent.parent / "meetings" / "raw" / "000_1a05589bd2cdbc0e.txt"
OLD, NEW, LATER = "wg-2012", "wg-2013", "wg-2014"


@pytest.fixture(scope="module")
def seed() -> Meeting:
    return dataclasses.replace(normalise_file(SEED), meeting_id=OLD)


def unit(ref: str, text: str, *, rec: bool = False, theme: str = "") -> Unit:
    paragraph, _, item = ref.partition("(")
    return Unit(ref=ref, paragraph=int(paragraph), item=item.rstrip(")"), text=text, is_recommendation=rec, theme=theme)


def meeting(meeting_id: str, *units: Unit) -> Meeting:
    return Meeting(meeting_id=meeting_id, body="Working Group", units=tuple(units))


def rows(changes) -> set[tuple[str, str, str]]:
    return {(c.from_ref, c.to_ref, Status(c.status).value) for c in changes}


def by_ref(m: Meeting) -> dict[str, Unit]:
    return {u.ref: u for u in m.units}


def assert_each_unit_once(old: Meeting, new: Meeting, changes) -> None:
    assert Counter(c.from_ref for c in changes if c.from_ref) == Counter(u.ref for u in old.units)
    assert Counter(c.to_ref for c in changes if c.to_ref) == Counter(u.ref for u in new.units)
    for c in changes:
        assert (c.status == Status.NEW) == (not c.from_ref) and (c.status == Status.DROPPED) == (not c.to_ref)


# ---------------------------------------------------------------- one pair


def test_a_meeting_aligned_with_itself_is_all_unchanged(seed):
    changes = align.align_pair(seed, dataclasses.replace(seed, meeting_id=NEW))
    assert len(changes) == len(seed.units)
    assert all(c.status == Status.UNCHANGED and c.from_ref == c.to_ref and not c.moved for c in changes)
    assert all(c.similarity == 1.0 and c.inserted == c.deleted == 0 for c in changes)
    assert [c.to_ref for c in changes] == [u.ref for u in seed.units]


REWORDED_3B = (
    "The importance of police-to-police cooperation was reiterated and it was strongly recommended that the "
    "Conference keep on the agenda of the sixth meeting of the Working Group on International Cooperation an "
    "item on police-to-police cooperation and cooperation between police and prosecutorial or judicial officials;"
)
NEW_RECOMMENDATION = (
    "States parties should make full use of the Organized Crime Convention as a legal basis for extradition, "
    "in particular in the absence of a bilateral treaty."
)


def next_year_recommendations(seed: Meeting) -> Meeting:
    """3(b) reworded, 3(e) dropped, 3(f) relettered (e), a new 3(f): an illustrative next report."""
    old = by_ref(seed)
    relettered = dataclasses.replace(old["3(f)"], ref="3(e)", item="e")
    units = [u for u in seed.units if u.ref not in ("3(b)", "3(e)", "3(f)")]
    at = units.index(old["3(d)"]) + 1
    units[at:at] = [relettered, unit("3(f)", NEW_RECOMMENDATION, rec=True)]
    units.insert(units.index(old["3(c)"]), dataclasses.replace(old["3(b)"], text=REWORDED_3B))
    return dataclasses.replace(seed, meeting_id=NEW, units=tuple(units))


def test_known_evolution_of_the_recommendations(seed):
    new = next_year_recommendations(seed)
    changes = align.align_pair(seed, new)
    assert_each_unit_once(seed, new, changes)
    found = rows(changes)
    assert ("3(b)", "3(b)", "modified") in found
    assert ("3(e)", "", "dropped") in found
    assert ("3(f)", "3(e)", "unchanged") in found
    assert ("", "3(f)", "new") in found
    assert ("3(a)", "3(a)", "unchanged") in found
    relettered = next(c for c in changes if c.from_ref == "3(f)")
    assert relettered.moved and relettered.similarity == 1.0
    reworded = next(c for c in changes if c.from_ref == "3(b)")
    assert reworded.unit == "recommendation" and not reworded.moved
    assert reworded.diff is not None and (reworded.inserted, reworded.deleted) == (
        reworded.diff.inserted,
        reworded.diff.deleted,
    )
    assert (1, "reiterated") in reworded.diff.ops and 0.45 <= reworded.similarity < 1
    assert next(c for c in changes if c.to_ref == "3(f)").inserted == len(re.findall(r"\w+", NEW_RECOMMENDATION))
    dropped_text = by_ref(seed)["3(e)"].text
    assert next(c for c in changes if c.from_ref == "3(e)").deleted == len(re.findall(r"\w+", dropped_text))


def test_rows_follow_the_new_report_with_dropped_units_after_their_predecessor(seed):
    changes = align.align_pair(seed, next_year_recommendations(seed))
    order = [(c.from_ref, c.to_ref) for c in changes]
    assert order[:10] == [
        ("1", "1"), ("2", "2"), ("3", "3"), ("3(a)", "3(a)"), ("3(b)", "3(b)"), ("3(c)", "3(c)"),
        ("3(d)", "3(d)"), ("3(e)", ""), ("3(f)", "3(e)"), ("", "3(f)"),
    ]  # fmt: skip
    assert order[10:] == [(u.ref, u.ref) for u in seed.units[9:]]


def test_reused_procedural_paragraphs_are_modified_and_new_deliberations_are_new(seed):
    old = by_ref(seed)
    opening = (
        "The fifth meeting of the Working Group was held on 7 and 8 October 2013. On those days, a total of four "
        "separate meetings were held. The Chair of the Working Group made an opening statement. Introductory "
        "statements were made by representatives of the Secretariat on items 2 and 3 of the agenda."
    )
    states = (  # not one State of the seed's list
        "Statements were made by representatives of the following States: Algeria, Brazil, India, Kenya, Mexico, "
        "Peru, Spain, Sweden, Thailand, Viet Nam, South Africa, Portugal, Ghana, Qatar, Jamaica, Georgia, Belarus, "
        "Honduras, Malaysia, Paraguay and the United Kingdom of Great Britain and Northern Ireland."
    )
    panel = (
        "With the Chair presiding, the discussion on agenda item 2 was led by the following panellists: Mikael "
        "Lindqvist (Sweden), Nurul Aini Rahman (Malaysia) and Sofía Gutiérrez Laínez (Honduras)."
    )
    deliberation = (
        "Some speakers described their experiences in using the Organized Crime Convention as a legal basis for "
        "extradition in the absence of a bilateral treaty, and noted that the requested States had accepted such "
        "requests."
    )
    new = meeting(
        NEW,
        unit("9", panel),
        unit("30", deliberation),
        unit("41", opening),
        unit("42", states),
        dataclasses.replace(old["41"], ref="43", paragraph=43),
    )
    old_part = meeting(OLD, old["10"], old["22"], old["23"], old["39"], old["40"], old["41"])
    found = rows(align.align_pair(old_part, new))
    assert found == {
        ("10", "9", "modified"),
        ("22", "", "dropped"),
        ("23", "", "dropped"),
        ("", "30", "new"),
        ("39", "41", "modified"),
        ("40", "42", "modified"),
        ("41", "43", "unchanged"),
    }


def test_recommendations_pair_only_with_recommendations():
    text = "UNODC was requested to update the directory of competent national authorities."
    old = meeting(OLD, unit("3", text, rec=True))
    new = meeting(NEW, unit("3", text))
    changes = align.align_pair(old, new)
    assert rows(changes) == {("3", "", "dropped"), ("", "3", "new")}
    assert [(c.unit, c.status) for c in changes] == [("recommendation", Status.DROPPED), ("paragraph", Status.NEW)]


A_BLOCKS = {
    "P": "regional networks of prosecutors facilitate",
    "Q": "mutual legal assistance requests promptly",
    "R": "the Secretariat should compile guides",
    "S": "on videoconferencing hearings with witnesses",
    "T": "and controlled deliveries across borders",
    "U": "central authorities exchange information informally",
    "V": "States parties were invited to report",
}


def blocks(spec: str) -> str:
    return " ".join(A_BLOCKS[c] for c in spec) + "."


def test_one_global_assignment_beats_pairing_the_best_pair_first():
    old_a, old_b, new_a, new_b = blocks("PRTU"), blocks("PQUST"), blocks("RUP"), blocks("RPQTU")
    scores = similarity_matrix([old_a, old_b], [new_a, new_b])
    threshold = align.MODIFIED_THRESHOLD
    # greedy would take old A - new B (the single best pair) and leave old B with nothing above the threshold
    assert scores[0, 1] == scores.max() and scores[1, 0] < threshold <= min(scores[0, 0], scores[1, 1])
    old = meeting(OLD, unit("1", old_a), unit("2", old_b))
    new = meeting(NEW, unit("1", new_b), unit("2", new_a))  # position and ref also favour the greedy pair
    assert rows(align.align_pair(old, new)) == {("1", "2", "modified"), ("2", "1", "modified")}


def panel(item: int, first: str, second: str) -> str:
    return (
        f"With the Chair presiding, the discussion on agenda item {item} was led by the following panellists: "
        f"{first} and {second}."
    )


def test_an_identical_text_stays_paired_even_when_two_rewordings_would_cross_it():
    kept, other, reworded = blocks("PSVRQU"), blocks("PUSRQ"), blocks("QVRU")
    scores = similarity_matrix([kept, other], [kept, reworded])
    threshold = align.MODIFIED_THRESHOLD
    assert (scores[0, 1] - threshold) + (scores[1, 0] - threshold) > (1 - threshold) + max(0, scores[1, 1] - threshold)
    old = meeting(OLD, unit("1", kept), unit("2", other))
    new = meeting(NEW, unit("1", kept), unit("2", reworded))
    assert ("1", "1", "unchanged") in rows(align.align_pair(old, new))


def test_among_equally_good_candidates_the_order_of_the_report_decides():
    steady = [
        unit(str(n), f"Paragraph {word} stays as it was in both reports.")
        for n, word in zip((2, 3, 4), "abc", strict=True)
    ]
    old = meeting(OLD, unit("1", panel(3, "Ana Lopez (Peru)", "Ivan Petrov (Bulgaria)")), *steady,
                  unit("5", panel(4, "Mei Tanaka (Japan)", "Kofi Mensah (Ghana)")))  # fmt: skip
    new = meeting(NEW, unit("11", panel(2, "Sara Okafor (Nigeria)", "Jon Berg (Norway)")), *steady,
                  unit("15", panel(3, "Li Wei (China)", "Omar Haddad (Morocco)")))  # fmt: skip
    scores = similarity_matrix([old.units[0].text, old.units[4].text], [new.units[0].text, new.units[4].text])
    assert scores[0, 1] > max(scores[0, 0], scores[1, 1])  # the text alone would cross the pairs
    found = rows(align.align_pair(old, new))
    assert {("1", "11", "modified"), ("5", "15", "modified")} <= found


def test_links_force_a_pair_and_unlinks_forbid_one():
    kept = "Member States were encouraged to designate central authorities for extradition."
    other = "The Secretariat was requested to organize a regional workshop on videoconferencing."
    old = meeting(OLD, unit("3", kept), unit("4", other))
    new = meeting(NEW, unit("5", kept), unit("6", "Nothing like either."))
    assert rows(align.align_pair(old, new)) == {("3", "5", "unchanged"), ("4", "", "dropped"), ("", "6", "new")}
    assert ("4", "6", "modified") in rows(align.align_pair(old, new, links=(("4", "6"),)))
    unlinked = rows(align.align_pair(old, new, unlinks=(("3", "5"),)))
    assert {("3", "", "dropped"), ("", "5", "new")} <= unlinked
    ignored = rows(align.align_pair(old, new, links=(("9", "6"), ("3", "7"))))
    assert ignored == rows(align.align_pair(old, new))


def test_a_change_of_theme_is_a_move_and_keeps_the_old_theme():
    text = "States were invited to make use of videoconferencing for hearing witnesses."
    old = meeting(OLD, unit("5", text, theme="mutual-legal-assistance"))
    new = meeting(NEW, unit("5", text, theme="videoconferencing"))
    (change,) = align.align_pair(old, new)
    assert change.status == Status.UNCHANGED and change.moved
    assert (change.theme, change.from_theme) == ("videoconferencing", "mutual-legal-assistance")


def test_new_and_dropped_rows_count_their_words_and_an_empty_meeting_aligns():
    old = meeting(OLD, unit("1", "Four words stand here."))
    (dropped,) = align.align_pair(old, meeting(NEW))
    assert (dropped.status, dropped.deleted, dropped.inserted, dropped.similarity) == (Status.DROPPED, 4, 0, 0.0)
    (new,) = align.align_pair(meeting(NEW), old)
    assert (new.status, new.inserted, new.deleted) == (Status.NEW, 4, 0)
    assert align.align_pair(meeting(OLD), meeting(NEW)) == ()


def test_alignment_is_deterministic(seed):
    new = next_year_recommendations(seed)
    assert align.align_pair(seed, new) == align.align_pair(seed, new)


# ---------------------------------------------------------------- calibration on the seed

PHRASES = (
    "as appropriate and in accordance with their domestic legal systems",
    "including through the exchange of good practices",
    "in close cooperation with relevant regional organizations",
    "subject to the availability of extrabudgetary resources",
)
VERBS = {
    "requested": "urged", "invited": "encouraged", "recommended": "agreed", "noted": "stressed",
    "emphasized": "underlined", "consider": "examine", "discussed": "considered", "stated": "indicated",
    "important": "essential", "highlighted": "underscored", "provide": "furnish", "promote": "foster",
}  # fmt: skip


def reword_clause(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    if len(words) < 9:
        return text
    size = rng.randint(3, min(8, len(words) // 3))
    at = rng.randrange(0, len(words) - size)
    return " ".join(words[:at] + rng.choice(PHRASES).split() + words[at + size :])


def swap_verbs(text: str, rng: random.Random) -> str:
    return " ".join(VERBS.get(w, w) for w in text.split(" "))


def insert_phrase(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    at = rng.randrange(1, max(2, len(words)))
    return " ".join(words[:at] + [rng.choice(PHRASES) + ","] + words[at:])


def delete_clause(text: str, rng: random.Random) -> str:
    clauses = text.split(", ")
    if len(clauses) > 2:
        del clauses[rng.randrange(1, len(clauses))]
        return ", ".join(clauses)
    words = text.split(" ")
    size = len(words) // 5
    if size < 2:
        return text
    at = rng.randrange(0, len(words) - size)
    return " ".join(words[:at] + words[at + size :])


def new_dates_and_names(text: str, rng: random.Random) -> str:
    text = re.sub(r"\b(?:19|20)\d\d\b", lambda m: str(int(m.group()) + 1), text)
    text = re.sub(r"\b\d{1,2}\b", lambda m: str(rng.randint(1, 28)), text)
    text = re.sub(r"\b(?:third|fourth|fifth)\b", "sixth", text)
    return re.sub(r"\b[A-Z][a-zé]+ [A-Z][a-zé]+ \([A-Z][a-z]+\)", "Ana Lopez (Peru)", text)


EDITS = (reword_clause, swap_verbs, insert_phrase, delete_clause, new_dates_and_names)


def test_single_edits_stay_above_the_threshold_and_other_units_stay_below(seed):
    """The measurement behind MODIFIED_THRESHOLD, re-run on the seed."""
    rng = random.Random(2012)
    texts = [u.text for u in seed.units]
    kinds = np.array([u.is_recommendation for u in seed.units])
    same_pool = (kinds[:, None] == kinds[None, :]) & ~np.eye(len(texts), dtype=bool)
    true_scores, false_scores = [], []
    for edit in EDITS:
        edited = [edit(t, rng) for t in texts]
        scores = similarity_matrix(texts, edited)
        true_scores += [scores[i, i] for i in range(len(texts)) if canonical(texts[i]) != canonical(edited[i])]
        false_scores += list(scores[same_pool])
    assert len(true_scores) > 200
    assert min(true_scores) >= align.MODIFIED_THRESHOLD
    assert np.mean(np.array(false_scores) >= align.MODIFIED_THRESHOLD) < 0.002


def evolve(seed: Meeting, rng: random.Random) -> tuple[Meeting, set[tuple[bool, str, str, str]]]:
    """A later report made from the seed (units dropped, edited, kept, new ones added) and its true rows."""
    extra = {True: [NEW_RECOMMENDATION], False: [REUSED_TOPIC_PARAGRAPH, "The Working Group adopted its agenda."]}
    units, truth = [], set()
    for old in seed.units:
        if rng.random() < 0.05 and extra[old.is_recommendation]:
            text = extra[old.is_recommendation].pop()
            units.append(dataclasses.replace(old, ref=f"n{len(units)}", text=text))
            truth.add((old.is_recommendation, "new", "", f"n{len(units) - 1}"))
        fate = rng.random()
        if fate < 0.15:
            truth.add((old.is_recommendation, "dropped", old.ref, ""))
            continue
        text = old.text if fate < 0.35 else rng.choice(EDITS)(old.text, rng)
        status = "unchanged" if canonical(text) == canonical(old.text) else "modified"
        units.append(dataclasses.replace(old, ref=f"n{len(units)}", text=text))
        truth.add((old.is_recommendation, status, old.ref, f"n{len(units) - 1}"))
    return dataclasses.replace(seed, meeting_id=NEW, units=tuple(units)), truth


REUSED_TOPIC_PARAGRAPH = (
    "Several speakers highlighted the role of regional networks of prosecutors in accelerating the exchange of "
    "information before formal requests for mutual legal assistance were submitted."
)


def f1(truth: set, found: set) -> float:
    hits = len(truth & found)
    return 2 * hits / (len(truth) + len(found))


@pytest.mark.parametrize("trial", range(6))
def test_an_evolved_seed_gets_its_statuses_right(seed, trial):
    new, truth = evolve(seed, random.Random(trial))
    kind = {u.ref: u.is_recommendation for u in seed.units} | {u.ref: u.is_recommendation for u in new.units}
    changes = align.align_pair(seed, new)
    found = {(kind[c.to_ref or c.from_ref], Status(c.status).value, c.from_ref, c.to_ref) for c in changes}
    for is_recommendation, floor in ((True, 0.95), (False, 0.9)):
        pool_truth = {r for r in truth if r[0] == is_recommendation}
        assert f1(pool_truth, {r for r in found if r[0] == is_recommendation}) >= floor


# ---------------------------------------------------------------- lineages

RETURNING = "The Working Group recommended that States parties review their legislation on videoconferencing."
RETURNED = "The Working Group recommended that States parties review their national legislation on videoconferencing."
STEADY = "Regional networks of prosecutors and central authorities are important for international cooperation."


def three_meetings():
    first = meeting(OLD, unit("1", STEADY, rec=True), unit("2", RETURNING, rec=True))
    second = meeting(NEW, unit("4", STEADY + " Indeed.", rec=True), unit("5", "Completely unrelated text.", rec=True))
    third = meeting(LATER, unit("7", STEADY + " Indeed.", rec=True), unit("8", RETURNED, rec=True))
    return {m.meeting_id: m for m in (first, second, third)}


def chained(meetings):
    timeline = (OLD, NEW, LATER)
    changes = tuple(c for a, b in pairwise(timeline) for c in align.align_pair(meetings[a], meetings[b]))
    return align.chain_lineages((timeline,), tuple(meetings.values()), changes)


def test_a_lineage_follows_a_unit_through_every_pair():
    changes, lineage_of = chained(three_meetings())
    assert lineage_of[(OLD, "1")] == lineage_of[(NEW, "4")] == lineage_of[(LATER, "7")] == f"{OLD}:1"
    steady = [c for c in changes if c.lineage == f"{OLD}:1"]
    assert [(c.from_ref, c.to_ref) for c in steady] == [("1", "4"), ("4", "7")]


def test_a_unit_that_comes_back_a_meeting_later_rejoins_its_lineage():
    changes, lineage_of = chained(three_meetings())
    assert lineage_of[(LATER, "8")] == lineage_of[(OLD, "2")] == f"{OLD}:2"
    back = next(c for c in changes if c.to_meeting == LATER and c.to_ref == "8")
    assert back.status == Status.NEW and back.returned_from == OLD and back.lineage == f"{OLD}:2"
    gone = next(c for c in changes if c.from_meeting == NEW and c.from_ref == "5")
    assert gone.status == Status.DROPPED and gone.lineage == f"{NEW}:5" and gone.returned_from == ""


def test_an_unrelated_new_unit_starts_its_own_lineage():
    meetings = three_meetings()
    meetings[LATER] = meeting(LATER, unit("7", STEADY, rec=True), unit("8", "Something else entirely.", rec=True))
    changes, lineage_of = chained(meetings)
    assert lineage_of[(LATER, "8")] == f"{LATER}:8"
    assert all(c.returned_from == "" for c in changes)


def test_every_unit_of_every_meeting_has_a_lineage_and_every_row_one(seed):
    new = next_year_recommendations(seed)
    later = dataclasses.replace(seed, meeting_id=LATER)
    meetings = {OLD: seed, NEW: new, LATER: later}
    timeline = (OLD, NEW, LATER)
    changes = align.align_pair(seed, new) + align.align_pair(new, later)
    chained_changes, lineage_of = align.chain_lineages((timeline,), tuple(meetings.values()), changes)
    assert set(lineage_of) == {(m.meeting_id, u.ref) for m in meetings.values() for u in m.units}
    assert all(c.lineage for c in chained_changes)
    assert [dataclasses.replace(c, lineage="", returned_from="") for c in chained_changes] == list(changes)
    # 3(e) left at the 2013 meeting and is back, word for word, in 2014
    assert lineage_of[(LATER, "3(e)")] == f"{OLD}:3(e)"
    assert lineage_of[(LATER, "3(f)")] == lineage_of[(NEW, "3(e)")] == f"{OLD}:3(f)"


def test_lineages_keep_bodies_apart():
    meetings = three_meetings()
    first = meeting("other-2013", unit("1", "Completely unrelated text.", rec=True))
    second = meeting("other-2014", unit("1", RETURNED, rec=True))
    meetings.update({first.meeting_id: first, second.meeting_id: second})
    timeline = (OLD, NEW, LATER)
    changes = tuple(c for a, b in pairwise(timeline) for c in align.align_pair(meetings[a], meetings[b]))
    changes += align.align_pair(first, second)
    _, lineage_of = align.chain_lineages((timeline, ("other-2013", "other-2014")), tuple(meetings.values()), changes)
    assert lineage_of[("other-2014", "1")] == "other-2014:1"
    assert lineage_of[(LATER, "8")] == f"{OLD}:2"
