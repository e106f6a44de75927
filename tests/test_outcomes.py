"""Outcomes joined to lineages, real moves and the grades of dropped units, end to end.

Each test writes two short meeting reports (Markdown, in the layout of the
project's samples; illustrative texts written for these tests, not official
documents), runs `wgcompare compare` on them and reads what a reviewer reads:
changes.csv and the pair page.
"""

from __future__ import annotations

import csv
import random

from bs4 import BeautifulSoup
from click.testing import CliRunner

from compare.analyse.moves import increasing_run
from compare.cli import cli

ORDINALS = {4: "fourth", 5: "fifth", 6: "sixth"}
INTRO = "I. Introduction"
RECOMMENDATIONS = "II. Conclusions and recommendations"
ADOPTED = "The following recommendations were adopted by the Working Group:"
ASK_WITNESSES = (
    "The Working Group recommended that the Conference include an item on the protection of witnesses "
    "in the agenda of the {} meeting of the Working Group;"
)
VIDEO = "States parties were encouraged to use videoconferencing for hearing witnesses and experts abroad."
PARAGRAPHS = (
    "Speakers described the channels through which police officers exchanged information with counterparts abroad.",
    "Several speakers stressed the value of direct contact between investigators in different jurisdictions.",
    "One speaker reported on a new law on the seizure of assets held by third parties in good faith.",
    "Many speakers noted the delays caused by translation of requests for mutual legal assistance.",
)


def report(session: int, chapters: list[tuple[str, list[str]]]) -> str:
    """A meeting report of the Working Group in Markdown; paragraphs numbered in order, items lettered."""
    year = 2008 + session
    lines = [
        "# Conference of the Parties to the United Nations Convention against Transnational Organized Crime",
        "Illustrative sample - not an official document",
        f"28 October {year}",
        "---",
        "## Working Group on International Cooperation",
        f"Vienna, 7 and 8 October {year}",
        f"### Report on the meeting of the Working Group on International Cooperation held in Vienna "
        f"on 7 and 8 October {year}",
    ]
    number = 0
    for title, texts in chapters:
        lines.append(f"#### {title}")
        for text in texts:
            if text.startswith("("):
                lines.append(text)
            else:
                number += 1
                lines.append(f"{number}. {text}")
    return "\n\n".join(lines) + "\n"


def intro(session: int) -> tuple[str, list[str]]:
    return INTRO, [f"The Working Group held its {ORDINALS[session]} meeting in Vienna in October {2008 + session}."]


def compare(tmp_path, old: str, new: str) -> tuple[list[dict], BeautifulSoup]:
    """`wgcompare compare` on the two reports: the rows of changes.csv and the pair page."""
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    (folder / "wg-old.md").write_text(old, encoding="utf-8")
    (folder / "wg-new.md").write_text(new, encoding="utf-8")
    result = CliRunner().invoke(cli, ["compare", str(folder), "--out", str(out), "--no-cache"])
    assert result.exit_code == 0, result.output
    with open(out / "changes.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    (page,) = (out / "pairs").glob("*.html")
    return rows, BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")


def row_of(rows: list[dict], **cells) -> dict:
    found = [r for r in rows if all(r[k] == v for k, v in cells.items())]
    assert len(found) == 1, (cells, [(r["from_ref"], r["to_ref"], r["status"]) for r in rows])
    return found[0]


def article(page: BeautifulSoup, row: dict):
    return page.find("article", attrs={"data-old-ref": row["from_ref"], "data-new-ref": row["to_ref"]})


def test_a_request_the_next_meeting_took_up_is_fulfilled_not_dropped(tmp_path):
    old = report(4, [intro(4), (RECOMMENDATIONS, [ADOPTED, "(a) " + ASK_WITNESSES.format("fifth"), "(b) " + VIDEO])])
    taken_up = "Speakers discussed the protection of witnesses who testify in proceedings abroad, and relocation."
    new = report(
        5, [intro(5), (RECOMMENDATIONS, [ADOPTED, "(a) " + VIDEO]), ("III. Protection of witnesses", [taken_up])]
    )
    rows, page = compare(tmp_path, old, new)

    dropped = row_of(rows, from_ref="2(a)", status="dropped")
    evidence = row_of(rows, to_ref="3", status="new")
    assert (dropped["outcome"], dropped["outcome_ref"]) == ("fulfilled", "3")
    assert dropped["outcome_meeting"] == evidence["to_meeting"]
    assert dropped["significance"] == "minor"  # done, not abandoned: not among the key changes
    assert dropped["why"].startswith("fulfilled: taken up at")

    shown = article(page, dropped).find(class_="outcome-fulfilled")
    assert shown.get_text(" ", strip=True).startswith("fulfilled: taken up at the 5th meeting (2013), ¶ 3")
    target = shown.a["href"].split("#")[1]
    assert page.find(id=target)["data-new-ref"] == "3"


def test_a_request_renewed_for_a_later_meeting_is_a_major_repeated_request_linked_to_the_earlier(tmp_path):
    old = report(4, [intro(4), (RECOMMENDATIONS, [ADOPTED, "(a) " + ASK_WITNESSES.format("fifth"), "(b) " + VIDEO])])
    new = report(5, [intro(5), (RECOMMENDATIONS, [ADOPTED, "(a) " + ASK_WITNESSES.format("sixth"), "(b) " + VIDEO])])
    rows, page = compare(tmp_path, old, new)

    renewed = row_of(rows, to_ref="2(a)")
    assert renewed["status"] == "modified"
    assert (renewed["outcome"], renewed["outcome_ref"], renewed["significance"]) == (
        "repeated-request",
        "2(a)",
        "major",
    )
    assert renewed["outcome_meeting"] == renewed["from_meeting"]
    assert row_of(rows, to_ref="2(b)")["outcome"] == ""  # asks nothing of a later meeting

    key_changes = page.find(id="key-changes").get_text(" ", strip=True)
    assert "repeated request" in key_changes
    shown = article(page, renewed).find(class_="outcome-repeated-request")
    assert "asked before at the 4th meeting (2012), ¶ 2(a)" in shown.get_text(" ", strip=True)
    assert page.find(id=shown.a["href"].split("#")[1])["data-old-ref"] == "2(a)"


def test_paragraphs_renumbered_by_an_insertion_are_not_moved(tmp_path):
    old = report(4, [intro(4), ("III. Summary of deliberations", list(PARAGRAPHS))])
    inserted = "The Chair opened the discussion with an overview of the questionnaire replies received in 2013."
    new = report(5, [intro(5), ("III. Summary of deliberations", [inserted, *PARAGRAPHS])])
    rows, page = compare(tmp_path, old, new)

    matched = [r for r in rows if r["status"] in ("unchanged", "modified") and r["from_ref"] != "1"]
    assert [(r["from_ref"], r["to_ref"]) for r in matched] == [("2", "3"), ("3", "4"), ("4", "5"), ("5", "6")]
    assert all(r["moved"] == "false" for r in matched)
    assert page.find(class_="badge-moved") is None


def test_a_paragraph_taken_to_another_chapter_or_out_of_order_is_moved(tmp_path):
    first, second, third, fourth = PARAGRAPHS
    old = report(4, [intro(4), ("III. Police cooperation", [first, second, third]), ("IV. Assets", [fourth])])
    # `third` goes to the chapter on assets; `second` now comes before `first`
    new = report(5, [intro(5), ("III. Police cooperation", [second, first]), ("IV. Assets", [third, fourth])])
    rows, _ = compare(tmp_path, old, new)

    moved = {r["to_ref"] for r in rows if r["moved"] == "true"}
    by_text = {r["to_text"]: r["to_ref"] for r in rows if r["to_ref"]}
    assert by_text[third] in moved  # another chapter
    assert len(moved & {by_text[first], by_text[second]}) == 1  # one of the two swapped is out of order
    assert by_text[fourth] not in moved and "1" not in moved


def test_a_dropped_recommendation_is_major_and_a_dropped_procedural_paragraph_editorial(tmp_path):
    procedural = "The meeting was opened by the Chair, who made an introductory statement on the documentation."
    old = report(
        4,
        [
            intro(4),
            ("II. Organization of the meeting", [procedural]),
            (RECOMMENDATIONS, [ADOPTED, "(a) " + VIDEO, "(b) Member States were invited to designate contact points."]),
        ],
    )
    new = report(5, [intro(5), (RECOMMENDATIONS, [ADOPTED, "(a) " + VIDEO])])
    rows, page = compare(tmp_path, old, new)

    recommendation = row_of(rows, from_ref="3(b)", status="dropped")
    paragraph = row_of(rows, from_text=procedural, status="dropped")
    assert (recommendation["significance"], recommendation["outcome"]) == ("major", "")
    assert paragraph["significance"] == "editorial"
    assert article(page, recommendation)["data-significance"] == "major"


def test_the_increasing_run_is_a_longest_one():
    rng = random.Random(14)
    for _ in range(200):
        values = rng.sample(range(50), rng.randint(0, 12))
        run = increasing_run(values)
        picked = [values[i] for i in run]
        assert run == sorted(run) and picked == sorted(set(picked))
        assert len(run) == _longest(values)


def _longest(values: list[int]) -> int:
    best = [1] * len(values)
    for j in range(len(values)):
        for i in range(j):
            if values[i] < values[j]:
                best[j] = max(best[j], best[i] + 1)
    return max(best, default=0)


def test_the_index_charts_each_themes_share_of_a_meetings_paragraphs_in_words_not_only_colour(tmp_path):
    old = report(4, [intro(4), ("III. Summary of deliberations", list(PARAGRAPHS))])
    new = report(
        5, [intro(5), ("III. Summary of deliberations", [*PARAGRAPHS, VIDEO, VIDEO.replace("experts", "victims")])]
    )
    compare(tmp_path, old, new)
    index = BeautifulSoup((tmp_path / "out" / "index.html").read_text(encoding="utf-8"), "html.parser")

    figures = index.find(id="shares").find_all("figure")
    totals: dict[str, int] = {}
    for figure in figures:
        labels = [t.get_text() for t in figure.svg.find_all("text")]
        assert labels[::2] and all(label.endswith(" %") for label in labels[::2])  # the share, written
        assert labels[1::2] == ["2012", "2013"]  # the year under each bar
        for year, label in zip(labels[1::2], labels[::2], strict=True):
            totals[year] = totals.get(year, 0) + int(label.removesuffix(" %"))
        assert any(label != "0 %" for label in labels[::2])  # a theme no meeting speaks of is not charted
    assert all(abs(total - 100) <= len(figures) for total in totals.values()), totals
    assert len(figures) < len(index.find(id="matrix").find_all("tr"))  # not every theme of the taxonomy
