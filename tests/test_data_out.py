"""Data out (issue 15): pivot-ready CSVs, the workbook, the SQLite database, Akoma Ntoso files.

Everything is built from the reports in meetings/raw/ through the pipeline, as `compare` does.
"""

from __future__ import annotations

import dataclasses
import datetime
import io
import json
import sqlite3
import warnings
from pathlib import Path

import pandas as pd
import pytest

from compare import pipeline
from compare.analyse.taxonomy import load_taxonomy
from compare.report import files as report
from compare.report.columns import table_docs
from compare.util.errors import DataWarning

ROOT = Path(__file__).resolve().parent.parent
RAW = sorted((ROOT / "meetings" / "raw").iterdir())


def build(meetings=None):
    meetings = meetings or list(pipeline.load(RAW).meetings.values())
    return pipeline.build_comparison(meetings, load_taxonomy(None))


@pytest.fixture(scope="module")
def comparison():
    return build()


@pytest.fixture(scope="module")
def outputs(comparison):
    return report.report_files(comparison)


def frame(outputs, name: str) -> pd.DataFrame:
    return pd.read_csv(io.BytesIO(outputs[name]), encoding="utf-8-sig", keep_default_na=False, dtype=str)


# --- CSV ---------------------------------------------------------------------------------------


def test_changes_pivot_by_pair_and_status_has_no_blank_keys(outputs, comparison):
    changes = frame(outputs, "changes.csv")
    for key in ("pair", "old_meeting", "new_meeting", "body", "from_year", "to_year"):
        assert (changes[key] != "").all(), key
    pivot = changes.pivot_table(index="pair", columns="status", values="unit", aggfunc="count", fill_value=0)
    assert sorted(pivot.index) == sorted(f"{a}--{b}" for a, b in comparison.pairs)
    assert int(pivot.to_numpy().sum()) == len(changes)
    units = {m.meeting_id: len(m.units) for m in comparison.meetings}
    for (old, new), row in zip(
        comparison.pairs, pivot.loc[[f"{a}--{b}" for a, b in comparison.pairs]].itertuples(), strict=True
    ):
        counts = row._asdict()
        # every unit of either meeting once: the old side is unchanged+modified+dropped, the new side +new
        assert counts["dropped"] + counts["modified"] + counts["unchanged"] == units[old]
        assert counts["new"] + counts["modified"] + counts["unchanged"] == units[new]


def test_change_rows_carry_both_texts_and_the_contract_columns_stay_first(outputs):
    changes = frame(outputs, "changes.csv")
    contract = "unit theme from_meeting from_ref to_meeting to_ref status similarity inserted deleted"
    assert list(changes.columns[:10]) == contract.split()
    units = frame(outputs, "paragraphs.csv").set_index(["meeting_id", "ref"])["text"]
    for row in changes.itertuples():
        if row.from_meeting:
            assert row.from_text == units[(row.from_meeting, row.from_ref)]
        if row.to_meeting:
            assert row.to_text == units[(row.to_meeting, row.to_ref)]
        if row.status == "new":
            assert row.from_text == "" and row.from_meeting == ""  # the contract: from_* empty on new rows
    assert set(changes["outcome"]) <= {"", "fulfilled", "repeated-request", "taken-up", "not-taken-up", "pending"}
    assert (changes["outcome"] != "").any()


def test_no_cell_holds_a_list_meeting_states_and_dates_are_long_tables(outputs, comparison):
    meetings = frame(outputs, "meetings.csv")
    assert "states" not in meetings.columns and "dates" not in meetings.columns
    states = frame(outputs, "meeting_states.csv")
    dates = frame(outputs, "meeting_dates.csv")
    for m in comparison.meetings:
        assert list(states[states.meeting_id == m.meeting_id]["state"]) == list(m.states)
        days = list(dates[dates.meeting_id == m.meeting_id]["date"])
        assert days == list(m.dates) and all(datetime.date.fromisoformat(d) for d in days)
    assert len(states) > 30  # the seed lists 31 States


def test_every_table_and_column_is_documented_in_the_readme_and_metadata(outputs):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Data out", 1)[1].split("\n## ", 1)[0]
    docs = table_docs()
    metadata = json.loads(outputs["metadata.json"])["databases"]["corpus"]["tables"]
    for name in (n for n in outputs if n.endswith(".csv")):
        table = name.removesuffix(".csv")
        columns = list(frame(outputs, name).columns)
        assert list(docs[table]["columns"]) == columns, table
        assert f"`{name}`" in section
        for column in columns:
            assert f"`{column}`" in section, (name, column)
            assert column in metadata["units" if table == "paragraphs" else table]["columns"]


# --- Workbook ----------------------------------------------------------------------------------


def test_workbook_sheets_are_ready_to_filter(outputs):
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(outputs["wgcompare.xlsx"]))
    csvs = [n.removesuffix(".csv") for n in outputs if n.endswith(".csv")]
    assert book.sheetnames == csvs
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == sheet.dimensions
        assert sheet.column_dimensions["A"].width > 8
    meetings = book["meetings"]
    header = [c.value for c in meetings[1]]
    start = meetings.cell(row=2, column=header.index("start_date") + 1)
    assert isinstance(start.value, datetime.datetime) and start.number_format == "yyyy-mm-dd"
    paragraphs = book["paragraphs"]
    text_column = [c.value for c in paragraphs[1]].index("text") + 1
    assert paragraphs.cell(row=2, column=text_column).alignment.wrap_text


def test_workbook_guards_formulas_and_cuts_overlong_cells_with_a_warning(comparison):
    from openpyxl import load_workbook

    first = comparison.meetings[0]
    units = list(first.units)
    units[0] = dataclasses.replace(units[0], text='=HYPERLINK("http://example.invalid","x")')
    units[1] = dataclasses.replace(units[1], text="word " * 8000)
    meetings = (dataclasses.replace(first, units=tuple(units)), *comparison.meetings[1:])
    hostile = dataclasses.replace(comparison, meetings=meetings)
    with pytest.warns(DataWarning, match="cut to 32,767"):
        data = report.xlsx.workbook_bytes(report.csv.comparison_tables(hostile))
    sheet = load_workbook(io.BytesIO(data))["paragraphs"]
    column = [c.value for c in sheet[1]].index("text") + 1
    assert sheet.cell(row=2, column=column).data_type == "s"
    assert sheet.cell(row=2, column=column).value.startswith("'=HYPERLINK")
    cut = sheet.cell(row=3, column=column).value
    assert len(cut) == 32_767 and cut.endswith("the CSV file has the whole text]")


def test_a_sheet_writes_each_value_as_the_general_conversion_does():
    """Plain texts and whole numbers take a short way into the sheet: the same cells as every other value's
    way (guard, escape, control characters, dates, numbers, a cut text), warnings included."""
    from compare.report import xlsx, xlsx_sheet

    values = ["", "plain text", "=1+1", " +1", "a & b", "<b>", "1st", "x\x01y", "é", 7, 2.5, True, None, "x" * 40_000]
    columns = ["text", "date"]
    rows = [{"text": value, "date": "2012-04-01" if index % 2 else value} for index, value in enumerate(values)]
    with warnings.catch_warnings(record=True) as made_warned:
        warnings.simplefilter("always")
        made = b"".join(xlsx.sheet("t.csv", rows, columns).xml).decode("utf-8")
    letters, styles = ["A", "B"], [xlsx_sheet.WRAP, xlsx_sheet.DATE]
    with warnings.catch_warnings(record=True) as general_warned:
        warnings.simplefilter("always")
        general = [
            xlsx_sheet._row(n, letters, styles, [xlsx._value(row[c], c, n, title="t") for c in columns])
            for n, row in enumerate(rows, start=2)
        ]
    assert "".join(general) in made
    assert [str(w.message) for w in made_warned] == [str(w.message) for w in general_warned]
    assert len(made_warned) == 2  # the control character, the long text


def test_the_workbook_made_while_workers_make_the_pages_still_warns_of_a_cut_cell(comparison):
    first = comparison.meetings[0]
    long_unit = dataclasses.replace(first.units[1], text="word " * 8000)
    units = (first.units[0], long_unit, *first.units[2:])
    meetings = (dataclasses.replace(first, units=units), *comparison.meetings[1:])
    hostile = dataclasses.replace(comparison, meetings=meetings)
    with warnings.catch_warnings(record=True) as alone:
        warnings.simplefilter("always")
        workbook = report.xlsx.workbook_bytes(report.csv.comparison_tables(hostile))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        files = dict(report.iter_report_files(hostile, jobs=2))
    cut = [str(w.message) for w in caught if "cut to 32,767" in str(w.message)]
    assert f"wgcompare.xlsx: paragraphs row 3 column text: {len(long_unit.text):,} characters cut to 32,767" in cut
    assert cut == [str(w.message) for w in alone]  # the same warnings, in the same order
    assert files["wgcompare.xlsx"] == workbook


def test_workbook_and_database_are_byte_identical_across_runs(outputs):
    again = report.report_files(build())
    assert again["wgcompare.xlsx"] == outputs["wgcompare.xlsx"]
    assert again["corpus.sqlite"] == outputs["corpus.sqlite"]


# --- SQLite ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def database(outputs, tmp_path_factory):
    path = tmp_path_factory.mktemp("db") / "corpus.sqlite"
    path.write_bytes(outputs["corpus.sqlite"])
    connection = sqlite3.connect(path)
    yield connection
    connection.close()


def test_full_text_search_finds_the_units_on_videoconferencing(database, comparison):
    found = database.execute(
        "select meeting_id, ref from units where rowid in "
        "(select rowid from units_fts where units_fts match 'videoconferencing') order by meeting_id, ref"
    ).fetchall()
    expected = sorted(
        (m.meeting_id, u.ref)
        for m in comparison.meetings
        for u in m.units
        if "videoconferencing" in (u.text + u.heading).lower()  # both are indexed
    )
    assert found == expected and len(found) >= 3
    assert {mid for mid, _ in found} >= {"wg-international-cooperation-2012-04"}  # the real report


def test_database_tables_are_keyed_and_linked(database, comparison):
    tables = {r[0] for r in database.execute("select name from sqlite_master where type = 'table'")}
    assert tables >= {"meetings", "units", "changes", "lineages", "followups", "participation", "references",
                      "decisions"}  # fmt: skip
    assert database.execute("PRAGMA foreign_key_check").fetchall() == []
    linked = {r[2] for r in database.execute("PRAGMA foreign_key_list(changes)")}
    assert linked == {"meetings", "units"}
    rows = database.execute("select count(*) from changes where from_unit is null and status != 'new'").fetchone()
    assert rows == (0,)
    joined = database.execute(
        "select count(*) from changes c join units u on u.id = c.to_unit where u.text = c.to_text"
    ).fetchone()[0]
    assert joined == sum(1 for c in comparison.changes if c.to_ref)


# --- Akoma Ntoso -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def schema():
    from lxml import etree

    return etree.XMLSchema(etree.parse(str(ROOT / "tests" / "data" / "akn30" / "akomantoso30.xsd")))


def test_every_akn_file_is_valid_and_reads_back_to_the_same_units(outputs, comparison, schema, tmp_path):
    from lxml import etree

    from compare.ingest.normalise import normalise_report

    names = sorted(n for n in outputs if n.startswith("akn/"))
    assert names == sorted(f"akn/{m.meeting_id}.xml" for m in comparison.meetings)
    for m in comparison.meetings:
        data = outputs[f"akn/{m.meeting_id}.xml"]
        assert schema.validate(etree.fromstring(data)), schema.error_log
        path = tmp_path / f"{m.meeting_id}.xml"
        path.write_bytes(data)
        back = normalise_report(path, "sha")
        assert back.meeting_id == m.meeting_id
        plain = [dataclasses.replace(u, theme="", secondary_themes=(), theme_reason="") for u in m.units]
        assert list(back.units) == plain
        assert (back.sections, back.footnotes, back.annex, back.dates) == (m.sections, m.footnotes, m.annex, m.dates)


def test_akn_marks_structure_the_akn_way(outputs):
    from lxml import etree

    ns = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
    root = etree.fromstring(outputs["akn/wg-international-cooperation-2014-06.xml"])
    item = root.find(".//a:subparagraph[@eId='para_3__subpara_f']", ns)
    assert item.get("class") == "recommendation"
    assert "videoconferencing" in "".join(item.itertext())
    assert root.find(".//a:FRBRWork/a:FRBRdate", ns).get("date") == "2014-10-21"
    assert (
        root.find(".//a:TLCOrganization[@eId='body']", ns).get("showAs") == "Working Group on International Cooperation"
    )
    seed = etree.fromstring(outputs["akn/wg-international-cooperation-2012-04.xml"])
    assert seed.findall(".//a:authorialNote", ns) and seed.findall(".//a:chapter/a:num", ns)
    assert seed.find(".//a:hcontainer[@name='annex']//a:table", ns) is not None


def test_control_characters_are_dropped_with_a_warning_and_the_file_stays_valid(comparison, schema):
    from lxml import etree

    from compare.report.akn import meeting_akn

    first = comparison.meetings[0]
    bell = dataclasses.replace(first.units[0], text="Bell\x07 and form\x0cfeed")
    with pytest.warns(DataWarning, match="control character"):
        data = meeting_akn(dataclasses.replace(first, units=(bell, *first.units[1:])))
    assert schema.validate(etree.fromstring(data))
    assert b"Bell and formfeed" in data


def test_cli_normalise_akn_writes_xml_that_compare_reads(tmp_path):
    from click.testing import CliRunner

    from compare.cli import cli

    runner = CliRunner()
    result = runner.invoke(cli, ["normalise", str(ROOT / "meetings" / "raw" / "wgic-2014-sample.md"), "--out",
                                 str(tmp_path / "n"), "--akn"])  # fmt: skip
    assert result.exit_code == 0, result.output
    xml = tmp_path / "n" / "wg-international-cooperation-2014-06.xml"
    again = runner.invoke(cli, ["normalise", str(xml), "--out", str(tmp_path / "again")])
    assert again.exit_code == 0, again.output
    first = json.loads((tmp_path / "n" / xml.with_suffix(".json").name).read_text())
    second = json.loads((tmp_path / "again" / xml.with_suffix(".json").name).read_text())
    assert first["units"] == second["units"]


def test_a_broken_xml_file_is_one_error_line(tmp_path):
    from click.testing import CliRunner

    from compare.cli import cli

    bad = tmp_path / "bad.xml"
    bad.write_text("<akomaNtoso><debateReport>", encoding="utf-8")
    other = tmp_path / "other.xml"
    other.write_text("<html/>", encoding="utf-8")
    with warnings.catch_warnings():
        result = CliRunner().invoke(cli, ["normalise", str(bad), str(other), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines() if hasattr(result, "stderr") else result.output.strip().splitlines()
    assert lines[0] == f"error: {bad}: not well-formed XML (line 1)" and "Traceback" not in result.output
    assert any(line.startswith(f"error: {other}: not an Akoma Ntoso") for line in lines)
    assert not (tmp_path / "o").exists()


def test_akn_with_unexpected_numbering_is_refused_in_one_line(outputs, tmp_path):
    from click.testing import CliRunner

    from compare.cli import cli

    odd = tmp_path / "odd.xml"
    data = outputs["akn/wg-international-cooperation-2014-06.xml"].replace(b"<num>3.</num>", b"<num>three</num>")
    odd.write_bytes(data)
    result = CliRunner().invoke(cli, ["normalise", str(odd), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert (
        result.output.strip()
        == f"error: {odd}: paragraphs are not numbered as Akoma Ntoso paragraphs (14.) and items ((b))"
    )
