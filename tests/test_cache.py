"""The per-meeting and per-pair cache: a warm run gives exactly what computing afresh gives."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from compare import cache
from compare.analyse import align, significance, themes
from compare.ingest.normalise import normalise_file
from compare.model import meeting_to_dict

RAW = Path(__file__).resolve().parents[1] / "meetings" / "raw"
SEED = RAW / "000_1a05589bd2cdbc0e.txt"
NEXT = RAW / "wgic-2013-sample.md"


@pytest.fixture(scope="module")
def taxonomy():
    return tuple(themes.load_taxonomy(None))


@pytest.fixture(scope="module")
def pair(taxonomy):
    return tuple(themes.assign_themes(normalise_file(path), taxonomy) for path in (SEED, NEXT))


def stored_files(folder: Path, kind: str) -> list[Path]:
    return sorted((folder / kind).glob("*.json")) if (folder / kind).is_dir() else []


def test_themes_from_a_warm_store_are_the_themes_computed_afresh(tmp_path, taxonomy):
    meeting = normalise_file(SEED)
    expected = themes.assign_themes(meeting, taxonomy)
    store = cache.Store(tmp_path)
    assert cache.assign_themes(store, meeting, taxonomy) == expected
    assert len(stored_files(tmp_path, "themes")) == 1
    warm = cache.assign_themes(store, meeting, taxonomy)
    assert warm == expected and [u.theme for u in warm.units] == [u.theme for u in expected.units]


def test_an_alignment_from_a_warm_store_is_the_alignment_computed_afresh(tmp_path, pair):
    old, new = pair
    expected = tuple(align.align_pair(old, new))
    assert any(c.diff for c in expected), "the pair has modified units, so word diffs go through the store"
    store = cache.Store(tmp_path)
    assert cache.align_pair(store, old, new) == expected
    assert len(stored_files(tmp_path, "align")) == 1
    assert cache.align_pair(store, old, new) == expected


def test_a_changed_meeting_or_reviewer_link_is_computed_again_not_served_stale(tmp_path, pair):
    old, new = pair
    store = cache.Store(tmp_path)
    cache.align_pair(store, old, new)
    first = dataclasses.replace(new.units[0], text=new.units[0].text + " Reworded.")
    reworded = dataclasses.replace(new, units=(first, *new.units[1:]))
    assert cache.align_pair(store, old, reworded) == tuple(align.align_pair(old, reworded))
    links = ((old.units[-1].ref, new.units[0].ref),)
    assert cache.align_pair(store, old, new, links=links) == tuple(align.align_pair(old, new, links=links))
    assert len(stored_files(tmp_path, "align")) == 3


def test_significance_by_groups_from_a_warm_store_is_significance_of_the_whole(tmp_path, pair):
    old, new = pair
    by_id = {old.meeting_id: old, new.meeting_id: new}
    rows, _ = align.chain_lineages(((old.meeting_id, new.meeting_id),), by_id, tuple(align.align_pair(old, new)))
    expected = significance.apply_significance(rows, by_id)
    assert {c.significance for c in expected} >= {"major", "minor"} or any(c.why for c in expected)
    store = cache.Store(tmp_path)
    assert cache.apply_significance(store, rows, by_id) == expected
    assert cache.apply_significance(store, rows, by_id) == expected
    assert len(stored_files(tmp_path, "significance")) == 3, "matched, new and dropped rows are kept apart"


def test_without_a_folder_or_with_a_damaged_one_everything_is_still_computed(tmp_path, pair):
    old, new = pair
    expected = tuple(align.align_pair(old, new))
    assert cache.align_pair(cache.Store(None), old, new) == expected
    store = cache.Store(tmp_path)
    cache.align_pair(store, old, new)
    for path in stored_files(tmp_path, "align"):
        path.write_text("{not json", "utf-8")
    assert cache.align_pair(store, old, new) == expected
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    assert cache.align_pair(cache.Store(blocked), old, new) == expected


def test_meetings_are_stored_as_their_normalised_json(pair):
    old, _ = pair
    assert json.dumps(cache.meeting_to_json(old)) == json.dumps(meeting_to_dict(old))


def test_the_key_covers_the_package_code(monkeypatch, tmp_path):
    store = cache.Store(tmp_path)
    before = store.key("align", "same inputs")
    monkeypatch.setattr(cache, "code_digest", lambda: "another version of the code")
    assert store.key("align", "same inputs") != before
