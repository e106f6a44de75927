"""Reviewer decisions: the YAML file, and what each kind does to a run.

The meetings here are small illustrative samples built for these tests, not official documents.
"""

from __future__ import annotations

import dataclasses

import pytest

from compare.analyse.decisions import apply_change_decisions, apply_theme_decisions, links_for_pair, stale_decisions
from compare.ingest.decisions_file import add_decision, list_decisions, load_decisions, remove_decision
from compare.model import Change, Decision, Meeting, Significance, Status, Unit
from compare.util.errors import InputError

OLD, NEW, LATER = "wg-2012-04", "wg-2013-05", "wg-2014-06"

LINK = Decision(kind="link", old_meeting=OLD, old_ref="3(b)", new_meeting=NEW, new_ref="4(c)", who="AB", why="same ask")
UNLINK = dataclasses.replace(LINK, kind="unlink", why="different subjects")
EDITORIAL = Decision(
    kind="editorial", old_meeting=OLD, old_ref="12", new_meeting=NEW, new_ref="12", who="CD", why="style"
)
THEME = Decision(
    kind="theme", meeting=NEW, ref="12", theme="confiscation-asset-sharing", who="CD", why="about proceeds"
)


def unit(ref: str, text: str, theme: str = "regional-networks") -> Unit:
    paragraph, _, item = ref.partition("(")
    return Unit(ref=ref, paragraph=int(paragraph), item=item.rstrip(")"), text=text, theme=theme)


def meeting(meeting_id: str, start: str, refs: tuple[str, ...]) -> Meeting:
    units = tuple(unit(ref, f"Illustrative text of unit {ref} in {meeting_id}.") for ref in refs)
    return Meeting(meeting_id=meeting_id, body="Working Group", start_date=start, units=units)


MEETINGS = (
    meeting(OLD, "2012-10-15", ("3(a)", "3(b)", "12")),
    meeting(NEW, "2013-10-07", ("4(b)", "4(c)", "12")),
)


def row(from_ref: str, to_ref: str, status: str, significance: str = "", why: str = "") -> Change:
    return Change(
        unit="paragraph",
        theme="regional-networks",
        old_meeting=OLD,
        new_meeting=NEW,
        from_meeting=OLD if from_ref else "",
        from_ref=from_ref,
        to_meeting=NEW if to_ref else "",
        to_ref=to_ref,
        status=Status(status),
        similarity=0.8,
        significance=Significance(significance),
        why=why,
    )


# ---------------------------------------------------------------- the file


def test_a_missing_file_holds_no_decisions(tmp_path):
    assert load_decisions(tmp_path / "decisions.yaml") == ()


def test_decisions_round_trip_through_the_file(tmp_path):
    path = tmp_path / "meetings" / "decisions.yaml"
    for decision in (LINK, EDITORIAL, THEME):
        assert add_decision(path, decision).status == "added"
    assert set(load_decisions(path)) == {LINK, EDITORIAL, THEME}
    assert {d.kind for d in list_decisions(path, kind="theme")} == {"theme"}


def test_listing_is_ordered_by_meeting_then_ref(tmp_path):
    path = tmp_path / "decisions.yaml"
    for decision in (THEME, EDITORIAL, LINK):
        add_decision(path, decision)
    assert [d.kind for d in list_decisions(path)] == ["link", "editorial", "theme"]
    assert [d.kind for d in list_decisions(path, meeting=OLD)] == ["link", "editorial"]


def test_adding_the_same_decision_twice_does_not_duplicate_and_leaves_the_file_byte_identical(tmp_path):
    path = tmp_path / "decisions.yaml"
    add_decision(path, LINK)
    add_decision(path, EDITORIAL)
    first = path.read_bytes()
    assert add_decision(path, LINK).status == "unchanged"
    assert path.read_bytes() == first
    assert len(load_decisions(path)) == 2


def test_the_file_does_not_depend_on_the_order_decisions_were_added(tmp_path):
    one, two = tmp_path / "one.yaml", tmp_path / "two.yaml"
    for decision in (LINK, EDITORIAL, THEME):
        add_decision(one, decision)
    for decision in (THEME, LINK, EDITORIAL):
        add_decision(two, decision)
    assert one.read_bytes() == two.read_bytes()
    text = one.read_text(encoding="utf-8")
    assert "old_ref: 3(b)" in text and "new_ref: '12'" in text, "refs stay strings a YAML reader reads back as text"
    assert not list(tmp_path.glob(".*.tmp")), "no temporary file left behind"


def test_saying_the_opposite_replaces_the_earlier_decision(tmp_path):
    path = tmp_path / "decisions.yaml"
    add_decision(path, LINK)
    result = add_decision(path, UNLINK)
    assert result.status == "replaced" and result.replaced == (LINK,)
    assert load_decisions(path) == (UNLINK,)
    assert UNLINK.id == LINK.id, "the id names the two units, not what was said of them"


def test_a_new_link_replaces_an_older_link_of_the_same_unit(tmp_path):
    path = tmp_path / "decisions.yaml"
    add_decision(path, LINK)
    moved = dataclasses.replace(LINK, new_ref="4(b)")
    add_decision(path, moved)
    assert load_decisions(path) == (moved,)


def test_remove_decision_by_id(tmp_path):
    path = tmp_path / "decisions.yaml"
    add_decision(path, LINK)
    add_decision(path, THEME)
    assert remove_decision(path, LINK.id) == LINK
    assert load_decisions(path) == (THEME,)
    with pytest.raises(InputError, match="no decision with id"):
        remove_decision(path, LINK.id)


def test_an_incomplete_decision_is_refused_before_writing(tmp_path):
    path = tmp_path / "decisions.yaml"
    with pytest.raises(InputError, match="link decision needs new_ref"):
        add_decision(path, dataclasses.replace(LINK, new_ref=""))
    with pytest.raises(InputError, match="unknown kind"):
        add_decision(path, dataclasses.replace(LINK, kind="merge"))
    assert not path.exists()


def test_an_editorial_decision_may_name_one_side_only(tmp_path):
    path = tmp_path / "decisions.yaml"
    new_only = Decision(kind="editorial", new_meeting=NEW, new_ref="12", why="boilerplate")
    add_decision(path, new_only)
    assert load_decisions(path) == (new_only,)


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("decisions:\n  - kind: link\n    old_ref: [3\n", 3, "not valid YAML"),
        ("decisions:\n  - kind: link\n    old_meeting: a\n", 2, "link decision needs old_ref"),
        (
            "decisions:\n  - kind: theme\n    meeting: a\n    ref: '1'\n    theme: x\n    colour: red\n",
            6,
            "unknown key",
        ),
        ("decisions:\n  - kind: merge\n", 2, "unknown kind 'merge'"),
        ("decisions:\n  - just a string\n", 2, "must be a mapping"),
        ("decisions:\n  - kind: theme\n    meeting: a\n    ref:\n      - 1\n    theme: x\n", 5, "plain text"),
        (
            "decisions:\n  - {kind: link, old_meeting: a, old_ref: '1', new_meeting: b, new_ref: '2'}\n"
            "  - {kind: unlink, old_meeting: a, old_ref: '1', new_meeting: b, new_ref: '2'}\n",
            3,
            "contradicts the decision on line 2",
        ),
        ("thoughts: none\n", 1, "unknown key 'thoughts'"),
        (
            "decisions:\n  - {kind: link, old_meeting: a, old_ref: '1', new_meeting: b, new_ref: '2'}\n"
            "  - {kind: theme, meeting: a, ref: '1', theme: x}\n"
            "  - {kind: link, old_meeting: a, old_ref: '3', new_meeting: b, new_ref: '2'}\n",
            4,
            "contradicts the decision on line 2",
        ),
        ("decisions:\n  - &one {kind: theme, meeting: a, ref: '1', theme: x}\n  - *one\n", 2, "aliases"),
        ("decisions:\n  - kind: theme\n    meeting: &m a\n    ref: '1'\n    theme: *m\n", 3, "anchors"),
    ],
)
def test_a_malformed_file_is_an_input_error_naming_file_and_line(tmp_path, text, line, reason):
    path = tmp_path / "decisions.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as error:
        load_decisions(path)
    assert error.value.path == str(path)
    assert error.value.reason.startswith(f"line {line}:")
    assert reason in error.value.reason


def test_a_billion_laughs_file_is_refused_before_it_grows(tmp_path):
    """Nine lines of aliases would stand for a billion list items: refused at the first anchor."""
    lines = ["laughs: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"more{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 10)}]" for i in range(1, 9)]
    path = tmp_path / "decisions.yaml"
    path.write_text("\n".join([*lines, "decisions: *l8", ""]), encoding="utf-8")
    with pytest.raises(InputError) as error:
        load_decisions(path)
    assert error.value.reason == "line 1: anchors and aliases (& and *) are not allowed"


def test_a_hand_written_file_is_read_with_refs_as_text(tmp_path):
    path = tmp_path / "decisions.yaml"
    path.write_text(
        "decisions:\n  - kind: theme\n    meeting: wg-2013-05\n    ref: 12\n    theme: extradition\n    why: yes\n"
    )
    (decision,) = load_decisions(path)
    assert (decision.ref, decision.why, decision.who) == ("12", "yes", "")


def test_describe_names_the_units_and_the_reviewer():
    assert LINK.describe() == f"{LINK.id} link: {OLD} 3(b) = {NEW} 4(c) (AB: same ask)"


# ---------------------------------------------------------------- applying


def test_links_for_pair_gives_the_aligner_only_that_pairs_refs():
    other = Decision(kind="link", old_meeting=NEW, old_ref="4(c)", new_meeting=LATER, new_ref="5(a)")
    unlink = Decision(kind="unlink", old_meeting=OLD, old_ref="3(a)", new_meeting=NEW, new_ref="4(b)")
    decisions = (LINK, other, unlink, EDITORIAL, THEME)
    assert links_for_pair(decisions, OLD, NEW) == ((("3(b)", "4(c)"),), (("3(a)", "4(b)"),))
    assert links_for_pair(decisions, NEW, LATER) == ((("4(c)", "5(a)"),), ())
    assert links_for_pair(decisions, OLD, LATER) == ((), ())


def test_a_theme_decision_rethemes_the_unit_and_says_so():
    themed = apply_theme_decisions(MEETINGS[1], (THEME, LINK))
    changed = {u.ref: u for u in themed.units}["12"]
    assert changed.theme == "confiscation-asset-sharing"
    assert changed.theme_reason.startswith(THEME.id) and "(was regional-networks)" in changed.theme_reason
    assert [u for u in themed.units if u.ref != "12"] == [u for u in MEETINGS[1].units if u.ref != "12"]
    assert apply_theme_decisions(themed, (THEME,)) == themed
    assert apply_theme_decisions(MEETINGS[0], (THEME,)) == MEETINGS[0], "another meeting is left alone"


def test_an_editorial_decision_overrides_significance_and_keeps_the_computed_reason():
    rows = (
        row("12", "12", "modified", "major", "actor changed: Member States → States parties"),
        row("3(a)", "4(b)", "modified", "major", "modal strengthened"),
    )
    overridden, untouched = apply_change_decisions(rows, (EDITORIAL,))
    assert overridden.significance is Significance.EDITORIAL
    assert overridden.why.startswith(f"reviewer decision {EDITORIAL.id}: style")
    assert "computed: major: actor changed" in overridden.why
    assert overridden.decision == f"{EDITORIAL.id} editorial: style (CD)"
    assert untouched == rows[1]


def test_link_and_theme_decisions_are_recorded_on_the_rows_they_touch():
    rows = (row("3(b)", "4(c)", "modified", "minor", "reworded"), row("12", "12", "unchanged"))
    linked, rethemed = apply_change_decisions(rows, (LINK, THEME))
    assert linked.decision.startswith(f"{LINK.id} link") and linked.significance == "minor"
    assert rethemed.decision.startswith(f"{THEME.id} theme") and rethemed.significance == ""


# ---------------------------------------------------------------- stale decisions


def test_decisions_that_match_the_corpus_are_not_stale():
    rows = (row("3(b)", "4(c)", "modified"), row("12", "12", "modified"))
    assert stale_decisions((LINK, EDITORIAL, THEME), MEETINGS, changes=rows, theme_ids={THEME.theme}) == ()


def test_a_decision_is_reported_stale_after_a_ref_changes():
    renumbered = dataclasses.replace(
        MEETINGS[1],
        units=tuple(dataclasses.replace(u, ref="4(d)") if u.ref == "4(c)" else u for u in MEETINGS[1].units),
    )
    (stale,) = stale_decisions((LINK, THEME), (MEETINGS[0], renumbered))
    assert stale.decision == LINK
    assert stale.reason == f"{NEW} has no unit 4(c)"
    assert str(stale) == f"{LINK.describe()}: {NEW} has no unit 4(c)"


def test_a_decision_on_a_meeting_no_longer_in_the_corpus_is_stale():
    (stale,) = stale_decisions((THEME,), MEETINGS[:1])
    assert stale.reason == f"meeting {NEW} is not in the corpus"


def test_a_link_across_meetings_that_are_not_consecutive_is_stale():
    middle = meeting("wg-2013-01", "2013-01-20", ("4(c)",))
    (stale,) = stale_decisions((LINK,), (*MEETINGS, middle))
    assert "not consecutive" in stale.reason


def test_decisions_with_no_effect_on_the_rows_are_stale():
    rows = (row("3(b)", "", "dropped"), row("", "4(c)", "new"), row("12", "12", "unchanged"))
    unlinked = Decision(kind="unlink", old_meeting=OLD, old_ref="3(a)", new_meeting=NEW, new_ref="4(b)")
    still_paired = rows + (row("3(a)", "4(b)", "modified"),)
    reasons = {
        s.decision.kind: s.reason for s in stale_decisions((LINK, EDITORIAL, unlinked), MEETINGS, changes=still_paired)
    }
    assert reasons == {
        "link": "the two units were not paired (the aligner could not honour the link)",
        "editorial": "no modified, new or dropped row joins these units any more",
        "unlink": "the two units are still paired",
    }


def test_a_theme_outside_the_taxonomy_is_stale():
    (stale,) = stale_decisions((THEME,), MEETINGS, theme_ids={"extradition"})
    assert "not in the taxonomy" in stale.reason


# ---------------------------------------------------------------- with the aligner


def test_links_and_unlinks_change_the_alignment():
    align = pytest.importorskip("compare.analyse.align")
    text = "Member States were encouraged to designate central authorities for extradition under the Convention."
    other = "The Secretariat was requested to organise a regional workshop on videoconferencing for practitioners."
    old = Meeting(meeting_id=OLD, body="Working Group", units=(unit("3", text), unit("4", other)))
    new = Meeting(meeting_id=NEW, body="Working Group", units=(unit("5", text), unit("6", "Nothing like either.")))

    def pairs(changes):
        return {(c.from_ref, c.to_ref, Status(c.status).value) for c in changes}

    plain = pairs(align.align_pair(old, new))
    assert ("3", "5", "unchanged") in plain and ("4", "6", "modified") not in plain
    unlinked = pairs(align.align_pair(old, new, unlinks=(("3", "5"),)))
    assert ("3", "", "dropped") in unlinked and ("", "5", "new") in unlinked
    linked = pairs(align.align_pair(old, new, links=(("4", "6"),)))
    assert ("4", "6", "modified") in linked
