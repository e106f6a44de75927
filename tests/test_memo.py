"""The memo: results kept as checked data, never trusted when they do not check out."""

from __future__ import annotations

import contextlib
import functools
import json
import math
import os
import sqlite3
from pathlib import Path

import pytest

from compare import memo as memo_module
from compare import memo_store, pipeline
from compare.analyse import align, taxonomy, themes
from compare.memo import Memo
from compare.model import Change, Status, Unit

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def meetings():
    loaded = pipeline.load([ROOT / "meetings"])
    return sorted(loaded.meetings.values(), key=lambda m: m.meeting_id)


class Counted:
    """A stage that counts its calls."""

    def __init__(self, stage):
        self.stage, self.calls = stage, 0
        functools.update_wrapper(self, stage)  # the stage's name and declared return type

    def __call__(self, *args):
        self.calls += 1
        return self.stage(*args)


def entries(folder: Path) -> list[tuple[str, bytes, bytes]]:
    """The rows of the memo's database in `folder` (none when there is no database)."""
    if not (folder / memo_store.NAME).exists():
        return []
    with contextlib.closing(sqlite3.connect(folder / memo_store.NAME)) as database:
        return database.execute("SELECT key, header, payload FROM entry ORDER BY key").fetchall()


def rewrite(folder: Path, key: str, header: object, payload: object) -> None:
    """Change the row of `key` as someone with write access to the memo could."""
    with contextlib.closing(sqlite3.connect(folder / memo_store.NAME)) as database, database:
        database.execute("UPDATE entry SET header = ?, payload = ? WHERE key = ?", (header, payload, key))


def test_a_kept_result_is_read_back_equal_without_computing(tmp_path, meetings):
    stage = Counted(themes.assign_themes)
    theme_set = taxonomy.load_taxonomy(None)
    first = Memo(tmp_path).call(stage, meetings[0], theme_set)
    again = Memo(tmp_path).call(stage, meetings[0], theme_set)
    assert again == first and stage.calls == 1
    assert first.units[0].theme


def test_rows_of_changes_round_trip_with_enums_and_diffs(tmp_path, meetings):
    old, new = meetings[2], meetings[3]
    stage = Counted(align.align_pair)
    first = Memo(tmp_path).call(stage, old, new, (), ())
    again = Memo(tmp_path).call(stage, old, new, (), ())
    assert stage.calls == 1 and again == first
    assert all(isinstance(row, Change) and isinstance(row.status, Status) for row in again)
    assert any(row.diff is not None for row in again)


def corrupt(folder: Path, change) -> None:
    for key, header, payload in entries(folder):
        rewrite(folder, key, *change(header, payload))


def flip_a_letter(header: bytes, payload: bytes) -> tuple[bytes, bytes]:
    at = payload.index(b'"theme":"') + len(b'"theme":"')
    return header, payload[:at] + b"p" + payload[at + 1 :]


def rehashed(payload: bytes, header: bytes, **change: str) -> tuple[bytes, bytes]:
    meta = json.loads(header)
    meta["sha256"] = memo_module._sha256(payload)
    return json.dumps({**meta, **change}).encode(), payload


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(flip_a_letter, id="one-letter-changed"),
        pytest.param(lambda h, p: (h, p[: len(p) // 2]), id="truncated"),
        pytest.param(lambda h, p: (h, os.urandom(64)), id="random-bytes"),
        pytest.param(lambda h, p: rehashed(b"not json at all", h), id="not-json"),
        pytest.param(lambda h, p: (h.replace(b'"sha256":"', b'"sha256":"0', 1), p), id="sha-mismatch"),
        pytest.param(lambda h, p: rehashed(p, h, key="0" * 64), id="key-mismatch"),
        pytest.param(lambda h, p: rehashed(p, h, format="wgcompare-memo-1"), id="old-format"),
        pytest.param(lambda h, p: (b"not json", p), id="header-not-json"),
        pytest.param(lambda h, p: (h, p.decode()), id="payload-as-text"),
        pytest.param(lambda h, p: (h, 7), id="payload-a-number"),
        pytest.param(lambda h, p: rehashed(b'{"$": "os.system", "command": "touch PWNED"}', h), id="foreign-class"),
        pytest.param(lambda h, p: rehashed(b'{"$d": [[[1], 2]]}', h), id="wrong-shape"),
        pytest.param(lambda h, p: rehashed(p.replace(b'"theme":"', b'"theme":7,"x":"', 1), h), id="wrong-type"),
    ],
)
def test_a_damaged_or_planted_entry_is_recomputed_never_trusted(tmp_path, meetings, damage, monkeypatch):
    monkeypatch.chdir(tmp_path)
    theme_set = taxonomy.load_taxonomy(None)
    folder = tmp_path / "memo"
    expected = Memo(folder).call(themes.assign_themes, meetings[0], theme_set)
    assert len(entries(folder)) == 1
    corrupt(folder, damage)
    stage = Counted(themes.assign_themes)
    assert Memo(folder).call(stage, meetings[0], theme_set) == expected
    assert stage.calls == 1
    assert not (tmp_path / "PWNED").exists()
    assert Memo(folder).call(stage, meetings[0], theme_set) == expected and stage.calls == 1  # kept again, whole


def test_the_report_is_byte_identical_with_a_poisoned_memo_and_without_one(tmp_path, meetings):
    theme_set = taxonomy.load_taxonomy(None)
    plain = pipeline.report_files(pipeline.build_comparison(meetings, theme_set))
    folder = tmp_path / "memo"
    pipeline.build_comparison(meetings, theme_set, memo=Memo(folder))
    for key, header, payload in entries(folder):
        damaged = flip_a_letter(header, payload) if b'"theme":"' in payload else (header, payload[:-1])
        rewrite(folder, key, *damaged)
    warm = pipeline.report_files(pipeline.build_comparison(meetings, theme_set, memo=Memo(folder)))
    assert warm == plain


def test_another_code_is_another_key(tmp_path, meetings, monkeypatch):
    theme_set = taxonomy.load_taxonomy(None)
    Memo(tmp_path).call(themes.assign_themes, meetings[0], theme_set)
    monkeypatch.setattr(memo_module, "code_digest", lambda: "an edited package")
    stage = Counted(themes.assign_themes)
    Memo(tmp_path).call(stage, meetings[0], theme_set)
    assert stage.calls == 1 and len(entries(tmp_path)) == 2


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to give a folder away")
def test_a_folder_owned_by_another_user_is_not_used(tmp_path, meetings):
    folder = tmp_path / "shared-memo"
    folder.mkdir()
    os.chown(folder, 12345, 12345)
    stage = Counted(themes.assign_themes)
    theme_set = taxonomy.load_taxonomy(None)
    Memo(folder).call(stage, meetings[0], theme_set)
    Memo(folder).call(stage, meetings[0], theme_set)
    assert stage.calls == 2 and list(folder.iterdir()) == []


def unit_with_a_lone_surrogate(ref: str) -> Unit:
    return Unit(ref=ref, paragraph=1, text="broken \ud800 text")


def change_without_a_similarity(ref: str) -> Change:
    return Change(
        unit="paragraph", theme="", old_meeting="a", new_meeting="b", from_meeting="a", from_ref=ref,
        to_meeting="b", to_ref=ref, status=Status.MODIFIED, similarity=math.nan,
    )  # fmt: skip


def test_what_json_text_cannot_hold_is_computed_again_never_read_back_wrong(tmp_path):
    surrogate = Counted(unit_with_a_lone_surrogate)
    for _ in range(2):
        assert Memo(tmp_path).call(surrogate, "1").text == "broken \ud800 text"
    assert surrogate.calls == 2 and entries(tmp_path) == []
    for _ in range(2):
        assert math.isnan(Memo(tmp_path).call(change_without_a_similarity, "1").similarity)
