"""Participation and references over time: who made statements, what each meeting cited.

The seed is the real report of the fourth meeting; the other meetings here
are illustrative samples built for these tests, not official documents.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from compare.analyse.participation import citations, participation
from compare.ingest.normalise import normalise_file
from compare.model import Comparison, Meeting, Reference, Unit
from compare.report.html import render_pages
from compare.report.rows import PARTICIPATION_COLUMNS, REFERENCE_COLUMNS, participation_rows, reference_rows
from compare.util.labels import reference_label

SEED = Path(__file__).resolve().parent.parent / "meetings" / "raw" / "000_1a05589bd2cdbc0e.txt"


@pytest.fixture(scope="module")
def seed() -> Meeting:
    return normalise_file(SEED)


def cite(kind: str, ref_id: str) -> Reference:
    return Reference(kind=kind, id=ref_id, text=f"{kind} {ref_id}")


def meeting(meeting_id: str, session: int, states=(), units=()) -> Meeting:
    return Meeting(
        meeting_id=meeting_id,
        body="Working Group on International Cooperation",
        session=session,
        year=2008 + session,
        states=tuple(states),
        units=tuple(units),
        sample=True,
    )


def unit(ref: str, *references: Reference) -> Unit:
    return Unit(ref=ref, paragraph=int(ref.split("(")[0]), text="Illustrative sample text.", references=references)


def compared(meetings) -> Comparison:
    """The meetings as the pipeline hands them to the report: one timeline, participation and citations found."""
    meetings = tuple(meetings)
    return Comparison(
        meetings=meetings,
        timelines=(tuple(m.meeting_id for m in meetings),),
        changes=(),
        lineage_of={},
        themes=(),
        participation=participation(meetings),
        citations=citations(meetings),
    )


FOURTH = meeting("wg-4", 4, ["Chile", "the Russian Federation", "Côte d'Ivoire"])
FIFTH = meeting("wg-5", 5, ["Russian Federation", "Cuba", "Algeria", "the former Yugoslav Republic of Macedonia"])
SIXTH = meeting("wg-6", 6)  # its report lists no States


def test_every_state_of_any_meeting_has_a_row_at_every_meeting():
    rows = participation_rows(compared([FOURTH, FIFTH, SIXTH]))
    assert all(tuple(row) == PARTICIPATION_COLUMNS for row in rows)
    states = list(dict.fromkeys(row["state"] for row in rows))
    assert states == [
        "Algeria", "Chile", "Côte d'Ivoire", "Cuba", "Russian Federation", "the former Yugoslav Republic of Macedonia",
    ]  # fmt: skip
    assert len(rows) == len(states) * 3
    made = {(row["state"], row["meeting_id"]): row["made_statement"] for row in rows}
    assert made[("Russian Federation", "wg-4")] == made[("Russian Federation", "wg-5")] == "true"
    assert made[("Chile", "wg-4")] == "true" and made[("Chile", "wg-5")] == "false"
    assert made[("Chile", "wg-6")] == ""  # nothing is known of a meeting whose report lists no States
    assert [row["meeting_id"] for row in rows[:3]] == ["wg-4", "wg-5", "wg-6"]


def test_the_seeds_thirty_one_states(seed):
    rows = participation_rows(compared([seed]))
    assert len(rows) == 31 and all(row["made_statement"] == "true" for row in rows)
    states = {row["state"] for row in rows}
    assert {"Iran (Islamic Republic of)", "Russian Federation", "United States of America"} <= states
    assert rows == participation_rows(compared([seed]))


def test_references_counted_per_meeting_in_natural_order():
    fourth = meeting(
        "wg-4",
        4,
        units=[
            unit("2", cite("resolution", "5/7"), cite("article", "18.18")),
            unit("3(a)", cite("article", "18.18"), cite("symbol", "CTOC/COP/WG.3/2012/1")),
            unit("12", cite("article", "18.8"), cite("decision", "3/2"), cite("article", "18.18")),
        ],
    )
    fifth = meeting("wg-5", 5, units=[unit("4", cite("article", "18.13"), cite("resolution", "5/7"))])
    rows = reference_rows(compared([fourth, fifth]))
    assert all(tuple(row) == REFERENCE_COLUMNS for row in rows)
    keys = list(dict.fromkeys((row["kind"], row["id"]) for row in rows))
    assert keys == [("article", "18.8"), ("article", "18.13"), ("article", "18.18"), ("resolution", "5/7"),
                    ("decision", "3/2")]  # fmt: skip
    count = {(row["id"], row["meeting_id"]): (row["count"], row["refs"]) for row in rows}
    assert count[("18.18", "wg-4")] == (3, "2 3(a) 12")
    assert count[("18.18", "wg-5")] == (0, "")
    assert count[("5/7", "wg-5")] == (1, "4")
    article = next(row for row in rows if row["id"] == "18.13")
    assert (article["label"], article["article"]) == ("article 18, paragraph 13", "18")


def test_the_seeds_references(seed):
    rows = {(row["kind"], row["id"]): row for row in reference_rows(compared([seed]))}
    assert rows[("resolution", "5/7")]["refs"] == "2"
    assert rows[("decision", "3/2")]["count"] == 1
    assert rows[("article", "18.13")]["label"] == "article 18, paragraph 13"
    assert not any(kind == "symbol" for kind, _ in rows)


def test_reference_labels():
    assert reference_label("article", "16") == "article 16"
    assert reference_label("article", "31.5") == "article 31, paragraph 5"
    assert reference_label("decision", "3/2") == "decision 3/2"
    assert reference_label("article", "uncac:16.2") == "article 16, paragraph 2 of the Convention against Corruption"


def grid(table) -> dict[str, list[str]]:
    """A matrix table as {row heading: the texts of its cells}."""
    return {tr.th.get_text(strip=True): [td.get_text(strip=True) for td in tr.select("td")] for tr in table.tbody("tr")}


def test_matrices_on_the_index_page():
    fourth = meeting("wg-4", 4, ["Chile", "Cuba"], [unit("2", cite("article", "16"), cite("article", "16"))])
    fifth = meeting("wg-5", 5, ["Cuba"], [unit("3", cite("resolution", "5/7"))])
    page = BeautifulSoup(render_pages(compared([fourth, fifth]))["index.html"], "lxml")

    states = page.select_one("section#participation table")
    heads = [th.get_text(strip=True) for th in states.select("thead th.meeting-head")]
    assert len(heads) == 2 and "4" in heads[0] and "5" in heads[1]
    assert grid(states) == {"Chile": ["yes", "", "1"], "Cuba": ["yes", "yes", "2"]}  # then the State's total

    cited = page.select_one("section#references table")
    assert grid(cited) == {"article 16": ["2", ""], "resolution 5/7": ["", "1"]}
