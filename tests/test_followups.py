"""Follow-through: requests a report makes of a later meeting, and whether that meeting took them up.

The seed is the real report of the fourth meeting. The later meetings built
here are illustrative samples written for these tests, not official documents;
meetings/raw/wgic-2013-sample.md is the project's illustrative fifth meeting.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from compare.analyse.followups import find_requests, resolve_requests, search_window
from compare.analyse.timelines import timelines_of
from compare.ingest.normalise import normalise_file
from compare.model import Comparison, FollowUp, FollowUpStatus, Meeting, Section, Table, Theme, Unit
from compare.report.html import pair_path, render_pages, theme_path
from compare.report.rows import FOLLOWUP_COLUMNS, followup_rows
from compare.util.ordinals import ordinal_value

RAW = Path(__file__).resolve().parent.parent / "meetings" / "raw"
SEED = RAW / "000_1a05589bd2cdbc0e.txt"
SAMPLE_FIFTH = RAW / "wgic-2013-sample.md"
BODY = "Working Group on International Cooperation"
CONTRACT_COLUMNS = (
    "meeting_id", "ref", "request", "subject", "target_session", "status",
    "evidence_meeting", "evidence_ref", "evidence_section",
)  # fmt: skip


@pytest.fixture(scope="module")
def seed() -> Meeting:
    return normalise_file(SEED)


def follow_up(meetings) -> tuple[FollowUp, ...]:
    """Each meeting's requests resolved against the later meetings of its body, through the stage's
    public calls in the order the pipeline makes them."""
    by_id = {m.meeting_id: m for m in meetings}
    found: list[FollowUp] = []
    for ids in timelines_of(meetings):
        for position, meeting_id in enumerate(ids):
            source, later = by_id[meeting_id], tuple(by_id[i] for i in ids[position + 1 :])
            requests = find_requests(source)
            window = search_window(source, requests, later)
            found.extend(resolve_requests(source, requests, window, tuple(find_requests(m) for m in window)))
    return tuple(found)


def words(text: str) -> set[str]:
    return set(re.findall(r"[a-z-]+", text.lower()))


def by_ref(items, ref: str):
    found = [i for i in items if (i.request.ref if hasattr(i, "request") else i.ref) == ref]
    assert len(found) == 1, f"one request at {ref}, found {found}"
    return found[0]


def unit(ref: str, text: str, section: str = "", heading: str = "", theme: str = "") -> Unit:
    paragraph = int(re.match(r"\d+", ref).group())
    item = ref[len(str(paragraph)) :].strip("()")
    return Unit(ref=ref, paragraph=paragraph, item=item, section=section, heading=heading, text=text, theme=theme)


def meeting(meeting_id: str, session: int, units=(), sections=(), annex=(), body: str = BODY) -> Meeting:
    return Meeting(
        meeting_id=meeting_id,
        body=body,
        session=session,
        year=2008 + session,
        start_date=f"{2008 + session}-10-01",
        sample=True,
        units=tuple(units),
        sections=tuple(sections),
        annex=tuple(annex),
    )


def police_fifth_meeting() -> Meeting:
    """A fifth meeting (illustrative sample) with a sub-chapter on police-to-police cooperation
    and nothing on coordination among national agencies."""
    title = "Police-to-police cooperation"
    return meeting(
        "wgic-sample-5",
        5,
        sections=[
            Section(id="III", numeral="III", title="Summary of deliberations"),
            Section(id="III.A", numeral="III", letter="A", title=title),
            Section(id="III.B", numeral="III", letter="B", title="Extradition"),
        ],
        units=[
            unit("1", "The Working Group held its fifth meeting in Vienna.", "I", "Introduction"),
            unit(
                "5",
                "Speakers described the channels through which police officers exchanged information "
                "with their counterparts abroad, including liaison officers posted in foreign capitals.",
                "III.A",
                title,
            ),
            unit("6", "Several speakers stressed the value of direct contact between investigators.", "III.A", title),
            unit("7", "Speakers discussed grounds for refusing extradition.", "III.B", "Extradition"),
        ],
    )


# --- finding requests -----------------------------------------------------------------------


def test_seed_requests_point_at_the_fifth_meeting_with_their_subjects(seed):
    requests = find_requests(seed)
    assert [r.ref for r in requests] == ["3(b)", "3(c)", "21"]

    police = by_ref(requests, "3(b)")
    assert police.target_ordinal == 5 and police.kind == "agenda-item"
    assert {"police-to-police", "prosecutorial", "judicial"} <= words(police.subject)

    national = by_ref(requests, "3(c)")
    assert national.target_ordinal == 5 and national.kind == "agenda-item"
    assert "this issue" not in national.subject  # resolved to what the item is about
    assert {"coordination", "law", "enforcement", "national"} <= words(national.subject)
    assert "value" not in words(national.subject)

    networks = by_ref(requests, "21")
    assert networks.relative == "next" and networks.target_ordinal == 0 and networks.kind == "discussion"
    assert {"informal", "police", "networks"} <= words(networks.subject)


@pytest.mark.parametrize("converted", ["seed_docx", "seed_pdf", "seed_html", "seed_wrapped_text"])
def test_the_same_requests_in_every_format(request, seed, converted):
    """The seed written as DOCX, PDF, HTML and a wrapped text export (tests/formats.py)."""
    found = find_requests(normalise_file(request.getfixturevalue(converted)))
    expected = find_requests(seed)
    assert [(r.ref, r.kind, r.target, r.target_ordinal) for r in found] == [
        (r.ref, r.kind, r.target, r.target_ordinal) for r in expected
    ]
    for got, want in zip(found, expected, strict=True):
        assert words(want.subject) - words(got.subject) <= {"enforcement"}  # a page-break hyphen the normaliser keeps


def test_meetings_of_other_bodies_and_past_meetings_are_not_requests(seed):
    refs = {r.ref for r in find_requests(seed)}
    assert "9" not in refs  # "the fifth session of the Conference of the States Parties"
    assert "39" not in refs  # "The fourth meeting of the Working Group was held"


@pytest.mark.parametrize(
    ("text", "kind", "target", "subject_words"),
    [
        (
            "The Working Group requested the Secretariat to prepare, for its sixth meeting, a background paper "
            "on the use of special investigative techniques.",
            "background-paper",
            6,
            {"special", "investigative", "techniques"},
        ),
        (
            "It was recommended that the topic of electronic evidence be included in the agenda of the next "
            "meeting of the Working Group.",
            "agenda-item",
            0,
            {"electronic", "evidence"},
        ),
        (
            "Speakers suggested that future meetings of the Working Group focus on asset recovery.",
            "discussion",
            0,
            {"asset", "recovery"},
        ),
        (
            "The Working Group requested the Secretariat to report to it at its twelfth meeting on the "
            "implementation of the recommendations on joint investigations.",
            "report",
            12,
            {"joint", "investigations"},
        ),
        (
            "The Working Group decided to discuss the transfer of sentenced persons at its 6th meeting.",
            "discussion",
            6,
            {"transfer", "sentenced", "persons"},
        ),
    ],
)
def test_other_ways_of_asking(text, kind, target, subject_words):
    found = find_requests(meeting("wgic-4", 4, [unit("10", text, "III.A", "Mutual legal assistance")]))
    assert len(found) == 1
    assert found[0].kind == kind and found[0].target_ordinal == target
    assert subject_words <= words(found[0].subject)
    assert "meeting" not in words(found[0].subject)


@pytest.mark.parametrize(
    "text",
    [
        "The Conference, at its seventh session, should consider the adoption of a review mechanism.",
        "It was recommended that the Conference hold the fifth meeting of the Working Group of Government "
        "Experts on Technical Assistance back to back with this one.",
        "The fifth meeting of the Working Group will be held in Vienna.",
        "At its third meeting, the Working Group recommended that the Secretariat prepare a study on extradition.",
        "Speakers recalled the discussion held at the next meeting of the regional network.",
    ],
)
def test_what_is_not_a_request_of_this_body(text):
    assert find_requests(meeting("wgic-4", 4, [unit("10", text)])) == ()


def test_ordinal_words():
    assert [ordinal_value(w) for w in ("fifth", "Twelfth", "twenty-first", "6th", "meeting")] == [5, 12, 21, 6, 0]


# --- resolving them ---------------------------------------------------------------------------


def test_with_only_the_seed_every_request_is_pending(seed):
    found = follow_up([seed])
    assert [f.status for f in found] == [FollowUpStatus.PENDING] * 3
    assert [f.target_session for f in found] == [5, 5, 5]
    assert all(not f.evidence_meeting for f in found)


def test_a_fifth_meeting_on_police_cooperation_takes_up_3b_and_not_3c(seed):
    fifth = police_fifth_meeting()
    found = follow_up([seed, fifth])

    police = by_ref(found, "3(b)")
    assert police.status is FollowUpStatus.TAKEN_UP
    assert (police.evidence_meeting, police.evidence_section, police.evidence_ref) == (fifth.meeting_id, "III.A", "5")
    assert police.evidence_kind == "section" and "Police-to-police" in police.evidence_text

    national = by_ref(found, "3(c)")
    assert national.status is FollowUpStatus.NOT_TAKEN_UP
    assert national.target_meeting == fifth.meeting_id and not national.evidence_ref

    networks = by_ref(found, "21")  # informal networks: nowhere in this fifth meeting
    assert networks.status is FollowUpStatus.NOT_TAKEN_UP


def test_statuses_follow_the_sample_fifth_meeting(seed):
    fifth = normalise_file(SAMPLE_FIFTH)
    assert fifth.session == 5 and fifth.body == seed.body
    found = follow_up([seed, fifth])
    statuses = {f.request.ref: f.status for f in found if f.request.meeting_id == seed.meeting_id}
    assert statuses == {
        "3(b)": FollowUpStatus.TAKEN_UP,
        "3(c)": FollowUpStatus.NOT_TAKEN_UP,
        "21": FollowUpStatus.TAKEN_UP,
    }
    police, networks = by_ref(found, "3(b)"), by_ref(found, "21")
    police_section = next(s for s in fifth.sections if s.id == police.evidence_section and not s.run_in)
    assert "police" in police_section.title.lower()
    networks_unit = next(u for u in fifth.units if u.ref == networks.evidence_ref)
    assert "informal police networks" in (networks_unit.heading + networks_unit.text).lower()


def test_an_annex_document_or_a_paragraph_is_evidence_too(seed):
    paper = Table(
        title="List of documents",
        columns=("Document symbol", "Agenda item", "Title or description"),
        rows=(("WG/5/2", "2", "Background paper prepared by the Secretariat on informal police networks"),),
    )
    with_paper = meeting("wgic-5-paper", 5, [unit("1", "The Working Group met.")], annex=[paper])
    networks = by_ref(follow_up([seed, with_paper]), "21")
    assert networks.status is FollowUpStatus.TAKEN_UP
    assert (networks.evidence_kind, networks.evidence_ref) == ("annex", "WG/5/2")

    text = "Speakers reviewed national coordination among investigative and law enforcement agencies."
    with_paragraph = meeting("wgic-5-text", 5, [unit("12", text, "III.C", "Other matters")])
    national = by_ref(follow_up([seed, with_paragraph]), "3(c)")
    assert national.status is FollowUpStatus.TAKEN_UP
    assert (national.evidence_kind, national.evidence_ref, national.evidence_section) == ("paragraph", "12", "III.C")


def test_a_passing_mention_is_not_evidence(seed):
    passing = (
        "Speakers listed the areas in which their central authorities worked: extradition, mutual legal "
        "assistance, the transfer of criminal proceedings, asset recovery, joint investigative teams, witness "
        "protection, cybercrime, trafficking in cultural property and police cooperation."
    )
    fifth = meeting("wgic-5", 5, [unit("8", passing, "III.B", "Overview of national practice")])
    assert by_ref(follow_up([seed, fifth]), "3(b)").status is FollowUpStatus.NOT_TAKEN_UP


def test_a_request_repeated_for_a_later_meeting_is_not_taken_up(seed):
    repeated = (
        "The value of effective coordination among investigative and law enforcement agencies at the national "
        "level was considered again, and it was recommended that the Conference include an item on this issue "
        "in the agenda of the sixth meeting of the Working Group."
    )
    fifth = meeting("wgic-5", 5, [unit("3", repeated, "II", "Conclusions and recommendations")])
    national = by_ref(follow_up([seed, fifth]), "3(c)")
    assert national.status is FollowUpStatus.NOT_TAKEN_UP


def test_next_meeting_is_pending_when_the_next_session_is_missing(seed):
    sixth = meeting("wgic-6", 6, [unit("1", "Speakers discussed informal police networks at length.")])
    found = follow_up([seed, sixth])
    assert {f.request.ref: f.status for f in found} == {
        "3(b)": FollowUpStatus.PENDING,
        "3(c)": FollowUpStatus.PENDING,
        "21": FollowUpStatus.PENDING,
    }


def test_another_bodys_meeting_is_never_the_target(seed):
    other = meeting("wgta-5", 5, police_fifth_meeting().units, police_fifth_meeting().sections, body="Other Group")
    found = follow_up([seed, other])
    assert all(f.status is FollowUpStatus.PENDING for f in found)


def test_the_search_window_resolves_as_every_later_meeting_would(seed):
    """`search_window` keeps only the meetings the requests can point at: the same follow-ups as
    searching every later meeting of the body."""
    networks = "Speakers discussed informal police networks at length."
    later = [
        police_fifth_meeting(),
        *(meeting(f"wgic-{n}", n, [unit("1", networks if n == 8 else "The Working Group met.")]) for n in (6, 7, 8)),
    ]
    requests = find_requests(seed)
    window = search_window(seed, requests, later)
    assert [m.session for m in window] == [5, 6, 7]
    everything = resolve_requests(seed, requests, later, [find_requests(m) for m in later])
    assert resolve_requests(seed, requests, window, [find_requests(m) for m in window]) == everything


# --- rows and pages -------------------------------------------------------------------------------


def test_rows_have_the_contract_columns_first_and_are_deterministic(seed):
    fifth = police_fifth_meeting()
    rows = followup_rows(follow_up([seed, fifth]))
    assert FOLLOWUP_COLUMNS[: len(CONTRACT_COLUMNS)] == CONTRACT_COLUMNS
    assert all(tuple(row) == FOLLOWUP_COLUMNS for row in rows)
    assert rows == followup_rows(follow_up([fifth, seed]))
    police = next(r for r in rows if r["ref"] == "3(b)")
    assert police["status"] == "taken-up" and police["target_session"] == 5
    assert "agenda of the fifth meeting" in police["request"]


def themed(meeting_: Meeting, theme: str) -> Meeting:
    units = tuple(Unit(**{**u.__dict__, "theme": theme}) for u in meeting_.units)
    return Meeting(**{**meeting_.__dict__, "units": units})


def test_follow_through_sections_on_the_index_theme_and_pair_pages(seed):
    old, new = themed(seed, "cooperation"), themed(police_fifth_meeting(), "cooperation")
    comparison = Comparison(
        meetings=(old, new),
        timelines=((old.meeting_id, new.meeting_id),),
        changes=(),
        lineage_of={},
        themes=(Theme(id="cooperation", label="Cooperation"), Theme(id="extradition", label="Extradition")),
        followups=follow_up([old, new]),
    )
    pages = render_pages(comparison)

    index = BeautifulSoup(pages["index.html"], "lxml").select_one("section#followups")
    rows = index.select("tbody tr")
    assert len(rows) == 3
    police = next(r for r in rows if "3(b)" in r.th.get_text())
    assert police.select_one(".status").get_text(strip=True) == "taken-up"
    assert police.select_one("a")["href"] == pair_path(old.meeting_id, new.meeting_id)
    assert "Police-to-police" in police.get_text()

    theme_page = BeautifulSoup(pages[theme_path("cooperation")], "lxml").select_one("section#followups")
    assert len(theme_page.select("tbody tr")) == 3
    other_theme = BeautifulSoup(pages[theme_path("extradition")], "lxml").select_one("section#followups")
    assert not other_theme.select("tbody tr") and "No report asked" in other_theme.get_text()

    pair = BeautifulSoup(pages[pair_path(old.meeting_id, new.meeting_id)], "lxml").select_one("section#followups")
    assert {tr.th.select_one(".ref").get_text() for tr in pair.select("tbody tr")} == {"3(b)", "3(c)", "21"}
