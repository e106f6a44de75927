"""The observable contract (README, "Files written"), checked on the report of the demo corpus.

The project's own check: it needs nothing outside the repository.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path

import pytest

from compare import pipeline
from compare.analyse import taxonomy

ROOT = Path(__file__).resolve().parents[1]
REQUIRED = {
    "meetings.csv": "meeting_id body session year start_date end_date venue symbol source paragraphs recommendations",
    "paragraphs.csv": "meeting_id ref paragraph item section heading theme is_recommendation text",
    "changes.csv": "unit theme from_meeting from_ref to_meeting to_ref status similarity inserted deleted",
    "themes.csv": "theme label meeting_id paragraphs recommendations words",
}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture(scope="module")
def files() -> dict[str, bytes]:
    loaded = pipeline.load([ROOT / "meetings"])
    assert not loaded.errors
    comparison = pipeline.build_comparison(list(loaded.meetings.values()), taxonomy.load_taxonomy(None))
    return pipeline.report_files(comparison)


def table(files: dict[str, bytes], name: str) -> tuple[list[str], list[dict]]:
    raw = files[name]
    assert raw.startswith(b"\xef\xbb\xbf"), f"{name}: no byte-order mark"
    text = raw.decode("utf-8-sig")
    assert "\r\n" in text and "\n" not in text.replace("\r\n", ""), f"{name}: line ends are not CRLF only"
    rows = list(csv.reader(io.StringIO(text, newline="")))
    return rows[0], [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


@pytest.mark.parametrize("name", sorted(REQUIRED))
def test_required_columns_come_first_in_order(files, name):
    header, rows = table(files, name)
    assert header[: len(REQUIRED[name].split())] == REQUIRED[name].split()
    assert rows


def test_every_written_table_guards_formula_cells(files):
    for name in (n for n in files if n.endswith(".csv")):
        _, rows = table(files, name)
        for row in rows:
            for column, cell in row.items():
                numeric = cell.lstrip("-").replace(".", "", 1).isdigit()
                assert numeric or not cell.startswith(FORMULA_START), f"{name} {column}: {cell[:20]!r}"


def test_meetings_have_unique_ids_and_integer_sessions(files):
    _, meetings = table(files, "meetings.csv")
    ids = [m["meeting_id"] for m in meetings]
    assert len(ids) == len(set(ids)) == 5
    assert all(m["session"].isdigit() for m in meetings)


def test_units_are_unique_per_meeting_with_boolean_flags(files):
    _, units = table(files, "paragraphs.csv")
    counts = Counter((u["meeting_id"], u["ref"]) for u in units)
    assert max(counts.values()) == 1
    assert {u["is_recommendation"] for u in units} == {"true", "false"}


def test_every_unit_of_a_pair_appears_in_exactly_one_row_of_that_pair(files):
    _, meetings = table(files, "meetings.csv")
    _, units = table(files, "paragraphs.csv")
    _, changes = table(files, "changes.csv")
    by_body: dict[str, list[dict]] = {}
    for m in sorted(meetings, key=lambda m: (m["start_date"], m["meeting_id"])):
        by_body.setdefault(m["body"], []).append(m["meeting_id"])
    pairs = [(a, b) for ids in by_body.values() for a, b in zip(ids, ids[1:], strict=False)]
    assert len(pairs) == 3
    refs = {}
    for u in units:
        refs.setdefault(u["meeting_id"], []).append(u["ref"])
    for old, new in pairs:
        old_seen = Counter(c["from_ref"] for c in changes if c["from_meeting"] == old and c["to_meeting"] in (new, ""))
        new_seen = Counter(c["to_ref"] for c in changes if c["to_meeting"] == new and c["from_meeting"] in (old, ""))
        assert all(old_seen[ref] == 1 for ref in refs[old]), old
        assert all(new_seen[ref] == 1 for ref in refs[new]), new


def test_statuses_and_empty_sides(files):
    _, changes = table(files, "changes.csv")
    assert {c["status"] for c in changes} == {"unchanged", "modified", "new", "dropped"}
    for c in changes:
        if c["status"] == "new":
            assert not c["from_meeting"] and not c["from_ref"]
        if c["status"] == "dropped":
            assert not c["to_meeting"] and not c["to_ref"]
        assert 0.0 <= float(c["similarity"]) <= 1.0
