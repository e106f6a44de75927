"""The HTML report, read the way a reviewer's browser reads it: pages parsed and queried by selector.

The comparison here is built by hand (its texts are illustrative samples
written for these tests, not official documents) so that every status,
a word diff, a hostile paragraph and a sample meeting are all present.
"""

from __future__ import annotations

import dataclasses
import posixpath
import re
from importlib import resources
from itertools import pairwise
from pathlib import Path
from urllib.parse import urlsplit

import jinja2
import pytest
from bs4 import BeautifulSoup

from compare.model import Change, Comparison, Meeting, Status, Theme, Unit, WordDiff
from compare.report import html, overview
from compare.report.html import pair_path, render_pages, safe_name, theme_path

OLD, NEW, OTHER = "wgic-2012-4", "wgic-2013-5", "wgta-2013-7"
COOPERATION = "Working Group on International Cooperation"
ASSISTANCE = "Working Group of Government Experts on Technical Assistance"
CORPUS = Path(__file__).resolve().parents[1] / "meetings"
SCRIPT_TEXT = "<script>alert(1)</script>"
IMG_TEXT = "<img src=x onerror=alert(1)>"


def word_diff(*ops: tuple[int, str]) -> WordDiff:
    return WordDiff(
        ops=tuple(ops),
        inserted=sum(len(text.split()) for op, text in ops if op > 0),
        deleted=sum(len(text.split()) for op, text in ops if op < 0),
    )


def side(diff: WordDiff, keep: int) -> str:
    return "".join(text for op, text in diff.ops if op in (0, keep))


def unit(ref: str, theme: str, text: str, recommendation: bool = False) -> Unit:
    paragraph = int(re.match(r"\d+", ref).group())
    item = ref[len(str(paragraph)) :].strip("()")
    return Unit(ref=ref, paragraph=paragraph, item=item, text=text, theme=theme, is_recommendation=recommendation)


DELAYS = word_diff(
    (0, "Several speakers described "),
    (1, "long "),
    (0, "delays in extradition proceedings caused by differing "),
    (-1, "evidentiary "),
    (0, "standards"),
    (1, " of proof"),
    (0, "."),
)
HOSTILE = word_diff(
    (0, "A delegation quoted "),
    (-1, SCRIPT_TEXT),
    (1, IMG_TEXT),
    (0, " as an example of input that must never run."),
)

THEMES = (
    Theme(id="extradition", label="Extradition", articles=("16",), description="Surrender of fugitives."),
    Theme(id="mla", label="Mutual legal assistance", articles=("18",)),
    Theme(id="cultural-property", label="Cultural property"),
    Theme(id="networks", label="Networks of central authorities"),
)


def meetings() -> tuple[Meeting, ...]:
    shared = "The Working Group discussed mutual legal assistance and extradition."
    old_units = (
        unit("1", "mla", shared),
        unit("2", "extradition", side(DELAYS, -1)),
        unit("3(a)", "extradition", "States parties should designate one contact point for extradition.", True),
        unit("3(b)", "mla", "States parties should consider hearing witnesses abroad by videoconference.", True),
        unit("4", "mla", side(HOSTILE, -1)),
    )
    new_units = (
        unit("1", "mla", shared),
        unit("2", "extradition", side(DELAYS, 1)),
        unit("3(a)", "extradition", "States parties should designate one contact point for extradition.", True),
        unit(
            "3(c)",
            "cultural-property",
            "States parties should share what they know of trafficked cultural objects.",
            True,
        ),
        unit("4", "mla", side(HOSTILE, 1)),
        unit("5", "mla", "Speakers asked for model forms for requests."),
    )
    other_units = (
        unit("1", "cultural-property", "The Group heard about inventories of cultural objects."),
        unit("2", "mla", "Technical assistance should include training on drafting requests.", True),
    )
    return (
        Meeting(
            meeting_id=OLD,
            body=COOPERATION,
            session=4,
            year=2012,
            start_date="2012-10-15",
            end_date="2012-10-18",
            venue="Vienna",
            symbol="CTOC/COP/WG.3/2012/4",
            source="old.txt",
            units=old_units,
        ),
        Meeting(
            meeting_id=NEW,
            body=COOPERATION,
            session=5,
            year=2013,
            start_date="2013-10-07",
            end_date="2013-10-09",
            venue="Vienna",
            source="new.md",
            units=new_units,
        ),
        Meeting(
            meeting_id=OTHER,
            body=ASSISTANCE,
            session=7,
            year=2013,
            start_date="2013-10-09",
            end_date="2013-10-11",
            venue="Vienna",
            source="sample.md",
            sample=True,
            units=other_units,
        ),
    )


def change(status: Status, theme: str, old_ref: str, new_ref: str, unit_kind: str = "paragraph", **more) -> Change:
    similarity = {Status.UNCHANGED: 1.0, Status.MODIFIED: 0.8}.get(status, 0.0)
    return Change(
        unit=unit_kind,
        theme=theme,
        old_meeting=OLD,
        new_meeting=NEW,
        from_meeting=OLD if old_ref else "",
        from_ref=old_ref,
        to_meeting=NEW if new_ref else "",
        to_ref=new_ref,
        status=status,
        similarity=similarity,
        **more,
    )


def sample_comparison() -> Comparison:
    """Two meetings of one body with every status, and a lone sample meeting of another body."""
    changes = (
        change(Status.UNCHANGED, "mla", "1", "1"),
        change(Status.MODIFIED, "extradition", "2", "2", diff=DELAYS, inserted=DELAYS.inserted, deleted=DELAYS.deleted),
        change(Status.UNCHANGED, "extradition", "3(a)", "3(a)", "recommendation"),
        change(Status.DROPPED, "mla", "3(b)", "", "recommendation"),
        change(Status.NEW, "cultural-property", "", "3(c)", "recommendation"),
        change(Status.MODIFIED, "mla", "4", "4", diff=HOSTILE, inserted=HOSTILE.inserted, deleted=HOSTILE.deleted),
        change(Status.NEW, "mla", "", "5"),
    )
    lineage_of = {(OLD, ref): f"L{ref}" for ref in ("1", "2", "3(a)", "3(b)", "4")}
    lineage_of |= {(NEW, ref): f"L{ref}" for ref in ("1", "2", "3(a)", "3(c)", "4", "5")}
    lineage_of |= {(OTHER, "1"): "T1", (OTHER, "2"): "T2"}
    return Comparison(
        meetings=meetings(),
        timelines=((OLD, NEW), (OTHER,)),
        changes=changes,
        lineage_of=lineage_of,
        themes=THEMES,
    )


def corpus_comparison() -> Comparison:
    """The real corpus in meetings/ (its normalised JSON, else its raw reports) through the real pipeline."""
    pipeline = pytest.importorskip(
        "compare.pipeline", reason="compare.pipeline or one of its stages is missing", exc_type=ImportError
    )
    from compare.analyse.taxonomy import load_taxonomy

    inputs = sorted(CORPUS.glob("*.json")) or sorted(p for p in (CORPUS / "raw").iterdir() if p.is_file())
    loaded = pipeline.load(inputs)
    assert loaded.errors == []
    return pipeline.build_comparison(list(loaded.meetings.values()), load_taxonomy())


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    return sample_comparison()


@pytest.fixture(scope="module")
def pages(comparison) -> dict[str, str]:
    return render_pages(comparison)


@pytest.fixture(scope="module", params=["sample", "corpus"])
def case(request) -> tuple[Comparison, dict[str, str]]:
    """The hand-built comparison, then the real corpus: the checks that hold for any comparison."""
    comparison = sample_comparison() if request.param == "sample" else corpus_comparison()
    return comparison, render_pages(comparison)


def parse(text: str) -> BeautifulSoup:
    return BeautifulSoup(text, "lxml")


def pair_rows(pages, old: str = OLD, new: str = NEW) -> list:
    return parse(pages[pair_path(old, new)]).select("article.change")


def row_of(rows, old_ref: str = "", new_ref: str = ""):
    """The pair page row of the change from `old_ref` to `new_ref`."""
    found = [r for r in rows if (r["data-old-ref"], r["data-new-ref"]) == (old_ref, new_ref)]
    assert len(found) == 1, f"{len(found)} rows for {old_ref!r} -> {new_ref!r}"
    return found[0]


def changes_of(comparison: Comparison, old: str, new: str) -> list[Change]:
    """The changes of one pair; a `new` row may name only its new meeting, a `dropped` one only its old."""
    return [c for c in comparison.changes if c.to_meeting == new or (c.from_meeting == old and not c.to_meeting)]


# ---- the set of pages and their links ----------------------------------------


def test_a_page_for_the_index_each_theme_each_pair_and_the_recommendations(case):
    comparison, pages = case
    expected = {"index.html", "recommendations.html"} | {pair_path(a, b) for a, b in comparison.pairs}
    expected |= {theme_path(t.id) for t in comparison.themes}
    used = {u.theme for m in comparison.meetings for u in m.units} | {c.theme for c in comparison.changes}
    expected |= {theme_path(t) for t in used}
    assert set(pages) == expected


def test_every_link_between_pages_reaches_an_existing_page_and_anchor(case):
    _, pages = case
    soups = {path: parse(text) for path, text in pages.items()}
    for path, soup in soups.items():
        for link in soup.select("a[href]"):
            target = urlsplit(link["href"])
            assert not target.scheme, f"{path}: {link['href']}"
            target_path = (
                posixpath.normpath(posixpath.join(posixpath.dirname(path), target.path)) if target.path else path
            )
            if target_path.endswith(".docx"):  # the pair's Word redline, written beside the pages
                assert target_path in {pair_path(a, b, ".docx") for a, b in case[0].pairs}, link["href"]
                continue
            assert target_path in soups, f"{path} links to missing {link['href']}"
            if target.fragment:
                assert soups[target_path].find(id=target.fragment), f"{path}: no #{target.fragment} in {target_path}"


def test_no_page_repeats_an_element_id(case):
    _, pages = case
    for path, text in pages.items():
        ids = [element["id"] for element in parse(text).select("[id]")]
        assert len(ids) == len(set(ids)), f"{path}: {sorted(i for i in set(ids) if ids.count(i) > 1)}"


def test_index_links_to_every_theme_page_and_pair_page(case):
    comparison, pages = case
    hrefs = {a["href"] for a in parse(pages["index.html"]).select("#pages a[href]")}
    used = {u.theme for m in comparison.meetings for u in m.units}
    linked = {h for h in hrefs if h.startswith("themes/")}
    assert {theme_path(t.id) for t in comparison.themes if t.id in used} == linked
    assert {pair_path(a, b) for a, b in comparison.pairs} <= hrefs
    assert "recommendations.html" in hrefs


# ---- the index ----------------------------------------------------------------


def test_matrix_has_one_linked_cell_per_theme_and_meeting_with_its_count(case):
    comparison, pages = case
    rows = parse(pages["index.html"]).select("table.theme-matrix tbody tr")
    used = {u.theme for m in comparison.meetings for u in m.units}
    assert [r["data-theme"] for r in rows] == [t.id for t in comparison.themes if t.id in used]  # empty themes left out
    for row in rows:
        cells = row.select("td.heat")
        assert len(cells) == len(comparison.meetings)
        for cell, meeting in zip(cells, comparison.meetings, strict=True):
            links = cell.select("a")
            assert [a["href"] for a in links] == [theme_path(row["data-theme"])]
            said = sum(u.theme == row["data-theme"] for u in meeting.units)
            assert links[0].get_text(strip=True) == str(said)


def test_matrix_shading_grows_with_the_count(pages):
    cells = parse(pages["index.html"]).select("table.theme-matrix td.heat")
    level_of = {}
    for cell in cells:
        level = int(next(c for c in cell["class"] if c.startswith("heat-")).removeprefix("heat-"))
        level_of.setdefault(int(cell.get_text(strip=True)), set()).add(level)
    assert level_of[0] == {0}
    assert level_of[max(level_of)] == {overview.HEAT_LEVELS}
    counts = sorted(level_of)
    assert all(max(level_of[a]) <= min(level_of[b]) for a, b in pairwise(counts))


def test_meetings_table_badges_only_the_sample_meetings(case):
    comparison, pages = case
    rows = parse(pages["index.html"]).select("table.meetings tbody tr")
    assert len(rows) == len(comparison.meetings)
    for row, meeting in zip(rows, comparison.meetings, strict=True):
        badges = [b.get_text(strip=True) for b in row.select(".badge-sample")]
        assert badges == (["Illustrative sample"] if meeting.sample else [])


def test_sample_note_on_exactly_the_pages_that_show_a_sample_meeting(pages):
    def note(path):
        return parse(pages[path]).select_one(".sample-note")

    for path in ("index.html", "recommendations.html", theme_path("cultural-property"), theme_path("mla")):
        assert "illustrative sample" in note(path).get_text(), path
        assert "not official documents" in note(path).get_text()
    for path in (theme_path("extradition"), pair_path(OLD, NEW)):
        assert note(path) is None, path


def test_index_summarises_the_latest_pair_of_each_body(comparison, pages):
    latest = parse(pages["index.html"]).select("#latest article.latest")
    assert len(latest) == 1
    counts = {
        row.select_one(".status").get_text(strip=True): int(row.select("td")[0].get_text())
        for row in latest[0].select("table.counts tbody tr")
    }
    assert counts == {s.value: sum(c.status is s for c in comparison.changes) for s in Status}
    new_recs = latest[0].select_one("ul.rec-new").get_text(" ", strip=True)
    dropped = latest[0].select_one("ul.rec-dropped").get_text(" ", strip=True)
    assert "3(c)" in new_recs and "trafficked cultural objects" in new_recs
    assert "3(b)" in dropped and "videoconference" in dropped
    assert "5" not in new_recs.split()  # a new plain paragraph is not a new recommendation
    assert ASSISTANCE in parse(pages["index.html"]).select_one("#latest p.single").get_text()


# ---- pair pages -----------------------------------------------------------------


def test_pair_page_has_a_row_per_change_with_the_data_its_filters_use(case):
    comparison, pages = case
    assert comparison.pairs
    for old, new in comparison.pairs:
        rows, changes = pair_rows(pages, old, new), changes_of(comparison, old, new)
        assert len(rows) == len(changes)
        for change in changes:
            row = row_of(rows, change.from_ref, change.to_ref)
            assert (row["data-status"], row["data-theme"]) == (change.status.value, change.theme)
            if change.unit == "recommendation":
                assert row["data-recommendation"] == "true"
        assert not any(r.has_attr("hidden") for r in rows)  # with JavaScript off everything shows


def test_pair_page_filters_offer_every_status_and_each_theme_present(pages):
    soup = parse(pages[pair_path(OLD, NEW)])
    form = soup.select_one("form#filters")
    assert form.has_attr("hidden")  # shown by the script only, so no dead controls without JavaScript
    statuses = [o["value"] for o in form.select("select[name=status] option") if o["value"]]
    assert statuses == [s.value for s in Status]
    themes = [o["value"] for o in form.select("select[name=theme] option") if o["value"]]
    assert themes == [t for t in ("extradition", "mla", "cultural-property")]
    for control in form.select("select, input"):
        assert form.select_one(f'label[for="{control["id"]}"]'), control["id"]


def test_pair_rows_are_grouped_by_theme_in_taxonomy_order(pages):
    groups = parse(pages[pair_path(OLD, NEW)]).select("section.theme-group")
    assert [g["data-theme-group"] for g in groups] == ["extradition", "mla", "cultural-property"]
    for group in groups:
        assert {r["data-theme"] for r in group.select("article.change")} == {group["data-theme-group"]}


def test_each_modified_unit_shows_insertions_and_deletions(case):
    comparison, pages = case
    modified = [c for c in comparison.changes if c.status is Status.MODIFIED]
    assert modified
    for old, new in comparison.pairs:
        rows = pair_rows(pages, old, new)
        for change in (c for c in changes_of(comparison, old, new) if c.status is Status.MODIFIED):
            row = row_of(rows, change.from_ref, change.to_ref)
            inline = row.select_one(".diff-inline")
            assert [i.get_text() for i in inline.select("ins")] == [t for op, t in change.diff.ops if op > 0]
            assert [d.get_text() for d in inline.select("del")] == [t for op, t in change.diff.ops if op < 0]
            assert inline.select("ins, del"), f"{old}->{new} {change.to_ref}: a modification with no marked edit"
            old_side = row.select_one(".view-side .old .diff-old")
            new_side = row.select_one(".view-side .new .diff-new")
            assert old_side.get_text() == side(change.diff, -1) and not old_side.select("ins")
            assert new_side.get_text() == side(change.diff, 1) and not new_side.select("del")


def test_unmodified_rows_show_each_side_text_without_diff_marks(comparison, pages):
    rows = pair_rows(pages)
    new_row = row_of(rows, new_ref="3(c)")
    assert "trafficked cultural objects" in new_row.select_one(".side.new").get_text()
    assert new_row.select_one(".side.old") is None  # a new unit has no old side
    dropped_row = row_of(rows, old_ref="3(b)")
    assert "videoconference" in dropped_row.select_one(".side.old").get_text()
    unchanged_row = row_of(rows, "1", "1")
    assert unchanged_row.select_one("details.unchanged-unit:not([open]) .text")  # folded away
    assert not any(r.select("ins, del") for r in rows if r["data-status"] != "modified")


def test_significance_orders_rows_within_a_theme_and_shows_its_reason(comparison):
    ranked = {"5": ("major", "A new request to the Conference."), "4": ("editorial", "Wording only.")}
    changes = tuple(
        dataclasses.replace(c, significance=ranked[c.to_ref][0], why=ranked[c.to_ref][1]) if c.to_ref in ranked else c
        for c in comparison.changes
    )
    page = render_pages(dataclasses.replace(comparison, changes=changes))[pair_path(OLD, NEW)]
    group = parse(page).select_one('section[data-theme-group="mla"]')
    rows = group.select("article.change")
    assert [r["data-new-ref"] or r["data-old-ref"] for r in rows] == ["5", "4", "1", "3(b)"]
    assert [r["data-significance"] for r in rows] == ["major", "editorial", "", ""]
    assert rows[0].select_one(".significance-major").get_text(strip=True) == "major"
    assert "A new request to the Conference." in rows[0].select_one(".why").get_text()
    assert rows[1].select_one(".significance-editorial")
    assert not rows[2].select("[class*=significance-]")
    key = parse(page).select("#key-changes li")
    assert len(key) == 1 and "A new request to the Conference." in key[0].get_text()
    assert key[0].select_one("a")["href"] == f"#{rows[0]['id']}"


def test_key_changes_list_every_major_change_across_themes_with_a_link(case):
    comparison, pages = case
    for old, new in comparison.pairs:
        soup = parse(pages[pair_path(old, new)])
        majors = {r["id"] for r in soup.select("article.change[data-significance=major]")}
        links = [a["href"].removeprefix("#") for a in soup.select("#key-changes li > a")]
        assert sorted(links) == sorted(majors)
        text = pages[pair_path(old, new)]
        assert text.index('id="key-changes"') < text.index('id="changes"')  # the key changes come first


def test_every_change_has_a_permalink_to_itself(case):
    comparison, pages = case
    for old, new in comparison.pairs:
        for row in pair_rows(pages, old, new):
            assert row.select_one("a.permalink")["href"] == f"#{row['id']}"


# ---- theme pages and the recommendations tracker ---------------------------------


def grid_rows(page: str) -> dict[str, list[str]]:
    """First ref of each lineage row -> the status word in each meeting column ("" when absent)."""
    rows = {}
    for row in parse(page).select("table.grid tbody tr.lineage"):
        ref = row.select_one("th .ref").get_text(strip=True).removeprefix("¶ ")
        rows[ref] = [
            (c.select_one(".status").get_text(strip=True) if c.select_one(".status") else "")
            for c in row.select("td.cell")
        ]
    return rows


def test_theme_page_follows_each_lineage_across_the_meetings(pages):
    assert grid_rows(pages[theme_path("extradition")]) == {
        "2": ["present", "modified"],
        "3(a)": ["present", "unchanged"],
    }
    assert grid_rows(pages[theme_path("mla")]) == {
        "1": ["present", "unchanged"],
        "3(b)": ["present", "dropped"],
        "4": ["present", "modified"],
        "5": ["", "new"],
        "2": ["present"],  # the sample meeting's recommendation, in its own body's table
    }
    assert grid_rows(pages[theme_path("networks")]) == {}
    assert "No paragraph" in parse(pages[theme_path("networks")]).select_one("main").get_text()


def test_theme_page_gives_full_text_and_the_diff_of_each_modification(pages):
    soup = parse(pages[theme_path("extradition")])
    row = next(r for r in soup.select("tr.lineage") if r.select_one("th .ref").get_text(strip=True) == "¶ 2")
    assert row.select_one("th details.full-text .text").get_text() == side(DELAYS, 1)
    diff = row.select_one("td.cell-modified details.cell-diff .diff-inline")
    assert [i.get_text() for i in diff.select("ins")] == ["long ", " of proof"]
    assert [d.get_text() for d in diff.select("del")] == ["evidentiary "]


def test_recommendations_tracker_shows_every_recommendation_of_every_meeting(case):
    comparison, pages = case
    bodies = parse(pages["recommendations.html"]).select("section.grid-body")
    timelines = [t for t in comparison.timelines if any(comparison.meeting(m).recommendations for m in t)]
    assert [b.select_one("h2").get_text(strip=True) for b in bodies] == [
        comparison.meeting(t[0]).body for t in timelines
    ]
    for body, timeline in zip(bodies, timelines, strict=True):
        shown = {
            (m, cell_ref.get_text(strip=True))
            for row in body.select("tr.lineage")
            for m, cell in zip(timeline, row.select("td.cell"), strict=True)
            for cell_ref in cell.select(".ref")
        }
        wanted = {(m, f"¶ {u.ref}") for m in timeline for u in comparison.meeting(m).recommendations}
        assert wanted <= shown


def test_recommendations_tracker_gives_status_at_each_step_and_theme(pages):
    bodies = parse(pages["recommendations.html"]).select("section.grid-body")
    assert [b.select_one("h2").get_text(strip=True) for b in bodies] == [COOPERATION, ASSISTANCE]
    assert grid_rows(pages["recommendations.html"]) == {
        "3(a)": ["present", "unchanged"],
        "3(b)": ["present", "dropped"],
        "3(c)": ["", "new"],
        "2": ["present"],
    }
    theme_links = [a["href"] for a in bodies[0].select("tr.lineage td a[href]")]
    assert theme_links == [theme_path("extradition"), theme_path("mla"), theme_path("cultural-property")]


def test_grid_rows_are_the_lineages_the_analysis_found(comparison):
    """The report chains nothing itself: a unit the analysis put in another lineage gets a row of its own."""
    lineage_of = {**comparison.lineage_of, (NEW, "3(a)"): "L-new-3(a)"}
    page = render_pages(dataclasses.replace(comparison, lineage_of=lineage_of))["recommendations.html"]
    rows = parse(page).select("tr.lineage")
    assert {row["data-lineage"] for row in rows} == {"L3(a)", "L-new-3(a)", "L3(b)", "L3(c)", "T2"}
    assert grid_rows(page)["3(b)"] == ["present", "dropped"]


# ---- safety ------------------------------------------------------------------------


def test_only_the_report_script_is_on_any_page(case):
    _, pages = case
    script = resources.files("compare.report").joinpath("static/report.js").read_text(encoding="utf-8")
    for path, text in pages.items():
        soup = parse(text)
        scripts = soup.select("script")
        assert len(scripts) == 1 and not scripts[0].has_attr("src") and scripts[0].string == script, path
        assert not soup.select("img, iframe, object, embed"), path
        handlers = [(el.name, a) for el in soup.find_all(True) for a in el.attrs if a.lower().startswith("on")]
        assert handlers == [], path


def test_hostile_report_text_is_shown_as_text_never_run(pages):
    page = pages[pair_path(OLD, NEW)]
    visible = parse(page).select_one("main").get_text()
    assert SCRIPT_TEXT in visible and IMG_TEXT in visible
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_markup_in_labels_and_metadata_is_escaped(comparison):
    themes = (dataclasses.replace(THEMES[0], label='<b onclick="x()">Extradition</b>'), *THEMES[1:])
    hostile_meetings = tuple(dataclasses.replace(m, venue="<i>Vienna</i>") for m in comparison.meetings)
    pages = render_pages(dataclasses.replace(comparison, themes=themes, meetings=hostile_meetings))
    soup = parse(pages["index.html"])
    assert not soup.select("main b, main i")
    assert '<b onclick="x()">Extradition</b>' in soup.select_one("table.theme-matrix").get_text()
    assert "<i>Vienna</i>" in soup.select_one("table.meetings").get_text()


def test_pages_request_nothing_from_any_network(case):
    _, pages = case
    remote = re.compile(r"^\s*([a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)
    for path, text in pages.items():
        soup = parse(text)
        for element in soup.find_all(True):
            for attribute in ("src", "href", "action", "srcset", "poster", "data"):
                value = element.get(attribute)
                assert value is None or not remote.match(value), f"{path}: {element.name} {attribute}={value}"
        assert not soup.select('link[rel~="stylesheet"], script[src], link[rel~="preload"]'), path
        css = soup.select_one("style").string
        assert "url(" not in css and "@import" not in css, path
        policy = soup.select_one('meta[http-equiv="Content-Security-Policy"]')["content"]
        assert "default-src 'none'" in policy


def test_unsafe_ids_still_give_safe_file_names_that_the_links_use(comparison):
    odd = "a/../b c"
    themes = (*THEMES, Theme(id=odd, label="Odd"))
    meetings_ = tuple(
        dataclasses.replace(m, units=(*m.units, unit("9", odd, "Odd theme."))) if m.meeting_id == OLD else m
        for m in comparison.meetings
    )
    pages = render_pages(dataclasses.replace(comparison, themes=themes, meetings=meetings_))
    page_name = theme_path(odd)
    assert re.fullmatch(r"themes/[A-Za-z0-9_-][A-Za-z0-9._-]*\.html", page_name)
    assert posixpath.normpath(page_name) == page_name
    assert page_name in pages and page_name != theme_path("a_.._b_c")
    assert parse(pages["index.html"]).select(f'table.theme-matrix a[href="{page_name}"]')
    assert safe_name("wgic-2012-4") == "wgic-2012-4"


def test_rendering_twice_gives_identical_pages(case):
    comparison, pages = case
    again = render_pages(dataclasses.replace(comparison, changes=tuple(comparison.changes)))
    assert list(again) == list(pages)
    assert again == pages
    assert render_pages(sample_comparison()) == render_pages(sample_comparison())


# ---- accessibility and the hook for other sections ---------------------------------


def relative_luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_every_colour_pair_meets_wcag_aa_contrast():
    css = resources.files("compare.report").joinpath("static/report.css").read_text(encoding="utf-8")
    root = css[css.index(":root {") : css.index("}", css.index(":root {"))]
    colours = dict(re.findall(r"--([a-z0-9-]+):\s*(#[0-9a-fA-F]{6})", root))
    foregrounds = {name.removesuffix("-fg") for name in colours if name.endswith("-fg")}
    assert {"page", "ins", "del", "heat-4", "sample", "link"} <= foregrounds
    for name in sorted(foregrounds):
        background = colours.get(f"{name}-bg", colours["page-bg"])
        assert contrast(colours[f"{name}-fg"], background) >= 4.5, name
        assert f"var(--{name}-fg)" in css.replace(root, ""), f"--{name}-fg is declared but not used"


def test_diffs_do_not_rely_on_colour_alone():
    css = resources.files("compare.report").joinpath("static/report.css").read_text(encoding="utf-8")
    screen, printed = css.split("@media print", 1)
    for rules in (screen, printed):
        assert re.search(r"\bins\s*\{[^}]*text-decoration:\s*underline", rules)
        assert re.search(r"\bdel\s*\{[^}]*text-decoration:\s*line-through", rules)
    assert re.search(r"\.filters[^{]*\{[^}]*display:\s*none", printed)


def test_other_sections_plug_in_through_partials_reading_named_tables(comparison, monkeypatch):
    from compare.model import Decision
    from compare.report import pages as pages_module

    env = pages_module.environment.__wrapped__()
    partial = (
        '{% if decisions %}<section class="followups" data-page="{{ page }}">{{ decisions|join }}</section>{% endif %}'
    )
    env.loader = jinja2.ChoiceLoader([jinja2.DictLoader({"followups.html.j2": partial}), env.loader])
    monkeypatch.setattr(pages_module, "environment", lambda: env)
    decision = Decision(kind="theme", meeting=OLD, ref="1", theme="mla", why="<b>checked by hand</b>")
    pages = render_pages(dataclasses.replace(comparison, decisions=(decision,)))
    for path, text in pages.items():
        section = parse(text).select_one("main section.followups")
        assert "<b>checked by hand</b>" in section.get_text(), path
        assert section.select_one("b") is None, path
    assert parse(pages["index.html"]).select_one("section.followups")["data-page"] == "index"
    assert parse(pages[pair_path(OLD, NEW)]).select_one("section.followups")["data-page"] == "pair"


def test_templates_come_from_the_package_not_the_working_directory(tmp_path, monkeypatch, comparison):
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "index.html.j2").write_text("hijacked", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert "hijacked" not in render_pages(comparison)["index.html"]
    assert Path(html.__file__).parent.joinpath("templates", "base.html.j2").is_file()


def test_index_draws_each_pair_as_a_stacked_bar_with_its_counts_in_words(case):
    comparison, pages = case
    soup = parse(pages["index.html"])
    figures = soup.select("#charts figure")
    assert len(figures) == len(comparison.pairs)
    for figure, pair in zip(figures, comparison.pairs, strict=True):
        counted = {}
        for rect in figure.select("svg rect"):
            status, count = rect.select_one("title").get_text().split(": ")
            counted[status] = int(count)
        rows = [c for c in comparison.changes if c.pair == pair]
        assert counted == {s.value: n for s in Status if (n := sum(c.status is s for c in rows))}
        caption = figure.select_one("figcaption").get_text()
        assert all(f"{status} {n}" in caption for status, n in counted.items())  # readable without colour


READING = """United Nations CTOC/COP/WG.9/2021/2

# Working Group on Reading Notes

Vienna, 3 and 4 May 2021

### Report on the meeting of the Working Group on Reading Notes held in Vienna on 3 and 4 May 2021

I. Introduction

1. The Working Group on Reading Notes held its second meeting in Vienna on 3 and 4 May 2021.

2. The meeting was opened by the Chair.

3. The Working Group adopted its agenda.

3. The Working Group agreed on time limits for statements.

5. The Working Group adopted the present report.
"""


def test_the_index_has_reading_notes_naming_the_file_and_the_place(tmp_path):
    """The structure audit's warnings reach the reader of the report, escaped, under the meeting they concern."""
    from click.testing import CliRunner

    from compare.cli import cli

    source = tmp_path / "notes<i>.md"
    source.write_text(READING, "utf-8")
    (tmp_path / "clean.md").write_text(
        READING.replace("second", "third")
        .replace("2021", "2022")
        .replace("3. The Working Group agreed", "4. It agreed"),
        "utf-8",
    )
    result = CliRunner().invoke(cli, ["compare", str(source), str(tmp_path / "clean.md"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    soup = BeautifulSoup((tmp_path / "o" / "index.html").read_text("utf-8"), "html.parser")
    section = soup.select_one("section#reading-notes")
    assert section is not None and section.h2.get_text() == "Reading notes"
    [heading] = section.select("h3")  # the clean report has no notes
    assert "Working Group on Reading Notes" in heading.get_text() and "2021" in heading.get_text()
    notes = [li.get_text() for li in section.select("ul.reading-notes li")]
    assert any("notes<i>.md" in n and "3-bis" in n and "repeated" in n for n in notes)
    assert any("notes<i>.md" in n and "number 4 missing" in n for n in notes)
    assert not section.select("i") and soup.select_one('a[href="#reading-notes"]') is not None
    assert soup.select_one(heading.a["href"]) is not None  # links to the meeting's row
