"""Hostile and broken inputs: only the documented input error, bounded work, safe names."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compare.ingest.normalise import normalise_file
from compare.model import meeting_to_dict
from compare.pipeline import load
from compare.util.errors import InputError, ReportTooLarge

SEED = Path(__file__).resolve().parents[1] / "meetings" / "raw" / "000_1a05589bd2cdbc0e.txt"
SAFE = re.compile(r"^[A-Za-z0-9_-][A-Za-z0-9._-]*$")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".md", ".txt", ".docx", ".pdf", ".html"]))
def test_arbitrary_bytes_raise_only_the_input_error(tmp_path, data, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    try:
        meeting = normalise_file(path)
    except InputError as error:
        assert error.path == str(path) and error.reason
        return
    assert meeting.units and SAFE.match(meeting.meeting_id)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(SEED.read_text("utf-8").splitlines()), max_size=120))
def test_shuffled_seed_lines_raise_only_the_input_error(tmp_path, lines):
    path = tmp_path / "shuffled.md"
    path.write_text("\n".join(lines), "utf-8")
    try:
        meeting = normalise_file(path)
    except InputError:
        return
    assert len({u.ref for u in meeting.units}) == len(meeting.units)


def test_a_5_mb_report_is_refused_quickly_with_the_limit(tmp_path):
    paragraphs = re.findall(r"^\d+\. (.+)$", SEED.read_text("utf-8"), re.M)
    body = "\n\n".join(f"{i + 1}. {paragraphs[i % len(paragraphs)]}" for i in range(9000))
    path = tmp_path / "huge.md"
    path.write_text("# Working Group on Things\n\n" + body, "utf-8")
    assert path.stat().st_size > 3_000_000
    started = time.perf_counter()
    with pytest.raises(ReportTooLarge) as caught:
        normalise_file(path)
    assert "limit" in caught.value.reason and time.perf_counter() - started < 60


def test_a_very_long_paragraph_is_read_whole(tmp_path):
    text = SEED.read_text("utf-8")
    long_words = " ".join(["cooperation"] * 60_000)
    path = tmp_path / "long.md"
    path.write_text(text.replace("11. Loopholes", f"11. {long_words} Loopholes"), "utf-8")
    meeting = normalise_file(path)
    assert len(next(u for u in meeting.units if u.ref == "11").text) > 600_000


def test_meeting_ids_are_safe_whatever_the_report_says(tmp_path):
    text = (
        SEED.read_text("utf-8")
        .replace("## Working Group on International Cooperation", "## Working Group on ../../etc/passwd <script>")
        .replace("on the meeting of the Working Group on International Cooperation", "on the meeting of the ../../x")
    )
    path = tmp_path / "odd.md"
    path.write_text(text, "utf-8")
    meeting = normalise_file(path)
    assert SAFE.match(meeting.meeting_id) and ".." not in meeting.meeting_id


def test_a_json_with_an_unsafe_meeting_id_is_refused(tmp_path):
    data = meeting_to_dict(normalise_file(SEED))
    data["meeting_id"] = "../../outside"
    path = tmp_path / "evil.json"
    path.write_text(json.dumps(data), "utf-8")
    loaded = load([path])
    assert not loaded.meetings and "safe" in loaded.errors[0].reason
