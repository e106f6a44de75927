"""corpus.sqlite, for `datasette` or any SQLite client, and the metadata.json Datasette reads.

The tables of the CSV files (units for paragraphs.csv), keyed and linked: every meeting id and unit
id points at its row (PRAGMA foreign_key_check holds), plus lineages and decisions; units.text and
units.heading are indexed for full-text search (units_fts). Rows go in in table order and the file
is made by the same steps, so the same comparison gives the same bytes.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Generator, Iterable, Iterator
from itertools import islice
from operator import itemgetter
from pathlib import Path

from compare.model import Comparison
from compare.report.columns import table_docs
from compare.util.steps import LATER, outcome

SAMPLE_NOTICE = (
    "Rows whose meeting has sample = true come from illustrative samples written for this project, "
    "not official documents."
)
DECISION_COLUMNS = (
    "id",
    "kind",
    "old_meeting",
    "old_ref",
    "new_meeting",
    "new_ref",
    "meeting",
    "ref",
    "theme",
    "who",
    "why",
)
EXTRA_COLUMNS = {
    "units": {"id": "meeting_id:ref, the unit's key"},
    "changes": {"id": "Row number", "from_unit": "The older unit's id", "to_unit": "The newer unit's id"},
    "followups": {"id": "Row number", "request_unit": "The asking unit's id"},
    "unit_references": {"unit_id": "The citing unit's id"},
}
EXTRA_TABLES = {
    "lineages": {
        "title": "Lineages",
        "description": "Which lineage each unit belongs to: a lineage follows one item through the meetings.",
        "columns": {"unit_id": "The unit", "lineage": "Lineage id", "meeting_id": "The meeting", "ref": "The ref"},
    },
    "decisions": {
        "title": "Reviewer decisions",
        "description": "The decisions given (meetings/decisions.yaml); stale ones match no unit any more.",
        "columns": {"id": "Decision id", "kind": "link, unlink, editorial or theme", "stale": "true when stale"},
    },
}


def database_bytes(comparison: Comparison, tables: dict[str, tuple[list[dict], list[str]]]) -> bytes:
    """The SQLite file of `tables` ("<name>.csv" -> (rows, columns)) and `comparison`'s lineages and decisions."""
    return outcome(database_steps(comparison, tables))


def database_steps(comparison: Comparison, tables: dict[str, tuple[list[dict], list[str]]]) -> Generator:
    """`database_bytes` a step at a time (`compare.util.steps`): a step per table; the file is read back
    `LATER`, once workers are gone. Made in a scratch file (SQLite keeps a few MB of it in memory, where a
    database made in memory took 60 MB more at 200 meetings), not vacuumed: the same steps give the same
    bytes (VACUUM took a fifth of its time)."""
    sqlite_utils = load_sqlite_utils()
    with tempfile.TemporaryDirectory(prefix="wgcompare-sqlite-") as folder:
        path = Path(folder) / "corpus.sqlite"
        db = sqlite_utils.Database(path)
        db.execute("PRAGMA journal_mode = OFF")  # a scratch file, read back whole: no journal, no sync
        db.execute("PRAGMA synchronous = OFF")
        for name, rows, options in _table_specs(comparison, tables):
            _insert(db, name, rows, options)
            yield
        if not db["decisions"].exists():
            db["decisions"].create({c: str for c in DECISION_COLUMNS} | {"stale": int}, pk="id")
        db["units"].enable_fts(["heading", "text"], fts_version="FTS5", create_triggers=False)
        db.conn.commit()
        db.close()
        yield LATER
        return path.read_bytes()


def load_sqlite_utils():
    """sqlite-utils, loaded without pandas when pandas is not loaded yet: it imports pandas if it can (0.4 s
    of a cold run) only to give pandas' own types a column type, and the report gives it none."""
    if "sqlite_utils" not in sys.modules and "pandas" not in sys.modules:
        sys.modules["pandas"] = None  # `import pandas` raises ImportError while sqlite-utils loads
        try:
            import sqlite_utils
        finally:
            del sys.modules["pandas"]
    import sqlite_utils

    return sqlite_utils


def _insert(db, name: str, rows: Iterable[dict], options: dict) -> None:
    """The table (none without rows) made by sqlite-utils from the first batch it would take (so the columns'
    types are those it infers from that batch), the other rows added by one `executemany` in one
    transaction as they come: the rows of the largest tables, made here, are never all held at once."""
    from sqlite_utils.db import SQLITE_MAX_VARS

    rows = iter(rows)
    head = next(rows, None)
    if head is None:
        return
    first = max(1, min(100, SQLITE_MAX_VARS // len(head)))  # sqlite-utils' batch for this many columns
    db[name].insert_all([head, *islice(rows, first - 1)], **options)
    columns = list(head)
    names, marks = ", ".join(f'"{c}"' for c in columns), ", ".join("?" * len(columns))
    insert = f'INSERT INTO "{name}" ({names}) VALUES ({marks})'
    with db.conn:
        db.conn.executemany(insert, map(itemgetter(*columns), rows))  # every table has several columns


def _table_specs(comparison: Comparison, tables):
    """(table, rows, insert options) in the order the tables are created: referenced tables first."""
    rows = {name.removesuffix(".csv"): table for name, (table, _) in tables.items()}
    meeting_fk = ("meeting_id", "meetings", "meeting_id")
    units = ({"id": f"{r['meeting_id']}:{r['ref']}", **r} for r in rows["paragraphs"])
    yield "meetings", rows["meetings"], {"pk": "meeting_id"}
    yield "units", units, {"pk": "id", "foreign_keys": [meeting_fk]}
    yield "changes", _change_rows(rows["changes"]), {"pk": "id", "foreign_keys": _change_keys()}
    yield "lineages", _lineage_rows(comparison), {"pk": "unit_id", "foreign_keys": [meeting_fk, _unit("unit_id")]}
    yield (
        "followups",
        _followup_rows(rows["followups"]),
        {"pk": "id", "foreign_keys": [meeting_fk, _unit("request_unit")]},
    )
    yield "decisions", _decision_rows(comparison), {"pk": "id"}
    keyed = {"participation": ("meeting_id", "state"), "references": ("meeting_id", "kind", "id"),
             "themes": ("theme", "meeting_id"), "meeting_states": ("meeting_id", "position"),
             "meeting_dates": ("meeting_id", "position")}  # fmt: skip
    for name, pk in keyed.items():
        yield name, rows[name], {"pk": pk, "foreign_keys": [meeting_fk]}
    cited = ({"unit_id": f"{r['meeting_id']}:{r['ref']}", **r} for r in rows["unit_references"])
    yield "unit_references", cited, {"pk": ("unit_id", "position"), "foreign_keys": [meeting_fk, _unit("unit_id")]}


def _unit(column: str) -> tuple[str, str, str]:
    return (column, "units", "id")


def _change_keys() -> list[tuple[str, str, str]]:
    return [("old_meeting", "meetings", "meeting_id"), ("new_meeting", "meetings", "meeting_id"),
            _unit("from_unit"), _unit("to_unit")]  # fmt: skip


def _unit_id(meeting_id: str, ref: str) -> str | None:
    return f"{meeting_id}:{ref}" if meeting_id and ref else None


def _change_rows(rows: list[dict]) -> Iterator[dict]:
    return (
        {
            "id": i,
            **r,
            "from_unit": _unit_id(r["from_meeting"], r["from_ref"]),
            "to_unit": _unit_id(r["to_meeting"], r["to_ref"]),
        }
        for i, r in enumerate(rows, start=1)
    )


def _followup_rows(rows: list[dict]) -> Iterator[dict]:
    return ({"id": i, **r, "request_unit": _unit_id(r["meeting_id"], r["ref"])} for i, r in enumerate(rows, start=1))


def _lineage_rows(comparison: Comparison) -> Iterator[dict]:
    return (
        {"unit_id": f"{m.meeting_id}:{u.ref}", "lineage": comparison.lineage_of.get((m.meeting_id, u.ref), ""),
         "meeting_id": m.meeting_id, "ref": u.ref}
        for m in comparison.meetings
        for u in m.units
    )  # fmt: skip


def _decision_rows(comparison: Comparison) -> list[dict]:
    stale = {s.decision.id for s in comparison.stale_decisions}
    rows = {
        d.id: {"id": d.id, **{f: getattr(d, f) for f in DECISION_COLUMNS[1:]}, "stale": d.id in stale}
        for d in comparison.decisions
    }
    return [rows[key] for key in sorted(rows)]


def datasette_metadata() -> bytes:
    """metadata.json for `datasette corpus.sqlite --metadata metadata.json`: titles, column descriptions, the notice."""
    docs = {("units" if name == "paragraphs" else name): doc for name, doc in table_docs().items()}
    docs.update(EXTRA_TABLES)
    tables = {
        name: {
            "title": doc["title"],
            "description": doc["description"],
            "columns": {**EXTRA_COLUMNS.get(name, {}), **doc["columns"]},
        }
        for name, doc in docs.items()
    }
    metadata = {
        "title": "wgcompare: UN Working Group reports compared",
        "description": SAMPLE_NOTICE,
        "databases": {"corpus": {"tables": tables}},
    }
    return (json.dumps(metadata, ensure_ascii=False, indent=2, sort_keys=False) + "\n").encode("utf-8")
