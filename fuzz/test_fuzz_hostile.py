"""`make fuzz`: the hostile generators for minutes, outside `make test` (WGCOMPARE_FUZZ_EXAMPLES sets the count)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from hostile_util import MEMORY_LIMIT, TIME_LIMIT, measured  # noqa: E402

from compare.ingest.normalise import normalise_file  # noqa: E402
from compare.ingest.readers.markdown import parse, strip_inline  # noqa: E402
from compare.ingest.readers.textcodec import decode_text_checked  # noqa: E402
from compare.report.csv import guard_cell  # noqa: E402
from compare.util.errors import InputError, error_line  # noqa: E402

EXAMPLES = int(os.environ.get("WGCOMPARE_FUZZ_EXAMPLES", "2000"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
MARKERS = [
    "**",
    "__",
    "*",
    "_",
    "(",
    ")",
    "1.",
    "2)",
    " ",
    "\t",
    "<",
    ">",
    "<b>",
    "</b>",
    "<sup>",
    "#",
    "|",
    "---",
    "\n",
    "\n\n",
    "\f",
    "a",
    "é",
    "\u00a0",
    "\u200b",
    "=",
    "\\",
    "[^1]",
]


@FUZZ
@given(st.lists(st.tuples(st.sampled_from(MARKERS), st.integers(1, 3000)), max_size=12))
def test_runs_of_markers_parse_in_linear_time(pieces):
    text = "".join(marker * count for marker, count in pieces)
    started = time.perf_counter()
    parse(text)
    strip_inline(text.replace("\n", " "))
    assert time.perf_counter() - started < 2 + len(text) / 50_000


@FUZZ
@given(st.binary(max_size=5000))
def test_any_bytes_decode_with_at_most_one_warning(raw):
    text, warnings = decode_text_checked(raw)
    assert isinstance(text, str) and len(warnings) <= 1


@FUZZ
@given(st.text(max_size=30))
def test_error_lines_are_one_line(name):
    line = error_line(name, "reason")
    assert "\n" not in line and "\r" not in line and line.isprintable()


@FUZZ
@given(st.text(alphabet=st.sampled_from(" \n\t\u00a0\u200b\ufeff\u3000=+-@\uff1d\uff0b\uff0d\uff20abc1"), max_size=8))
def test_a_formula_behind_invisible_characters_is_always_guarded(text):
    visible = text.lstrip(" \n\t\u00a0\u200b\ufeff\u3000")
    guarded = guard_cell(text)
    if visible[:1] in ("=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20"):
        assert guarded.startswith("'")


@FUZZ
@given(data=st.binary(max_size=20_000), suffix=st.sampled_from([".md", ".txt", ".docx", ".pdf", ".html"]))
def test_arbitrary_bytes_raise_only_the_input_error(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("fuzz") / f"fuzz{suffix}"
    path.write_bytes(data)
    try:
        normalise_file(path)
    except InputError as error:
        assert "Error" not in error.reason and "\n" not in error.reason


@pytest.mark.parametrize("marker", ["**a ", " __a", "*", "_", "(", "1.", " ", "<", "a\n", "# a" + " " * 10])
def test_long_runs_at_ten_times_the_test_size(tmp_path, marker):
    path = tmp_path / "run.md"
    path.write_text("# Working Group on Things\n\n1. Text " + marker * 300_000 + "\n", "utf-8")
    code = f"""
from compare.ingest.normalise import normalise_file
from compare.util.errors import InputError
try:
    normalise_file({str(path)!r})
except InputError:
    pass
"""
    done, seconds, peak = measured(code, timeout=300)
    assert done.returncode == 0, done.stderr[-1000:]
    assert peak < MEMORY_LIMIT and seconds < 6 * TIME_LIMIT, (seconds, peak >> 20)
