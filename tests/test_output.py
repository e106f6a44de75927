from pathlib import Path

import pytest

from compare.util.atomic import write_folder_atomic
from compare.util.errors import InputError


def test_replaces_a_previous_report_whole_and_keeps_dotfiles(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / ".gitkeep").write_text("")
    write_folder_atomic(out, {"index.html": b"1", "meetings.csv": b"1", "themes/a.html": b"a"})
    write_folder_atomic(out, {"index.html": b"2", "meetings.csv": b"2"})
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*"))
    assert written == [".gitkeep", ".wgcompare-manifest", "index.html", "meetings.csv"]
    assert (out / "index.html").read_bytes() == b"2"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.lock", "out"], "no temporary folder left behind"


def test_refuses_a_folder_that_is_not_a_report(tmp_path):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "thesis.docx").write_text("precious")
    with pytest.raises(InputError):
        write_folder_atomic(out, {"index.html": b"x", "meetings.csv": b"x"})
    assert (out / "thesis.docx").read_text() == "precious"


def test_a_failure_midway_leaves_the_previous_report(tmp_path):
    out = tmp_path / "out"
    write_folder_atomic(out, {"index.html": b"old", "meetings.csv": b"old"})
    with pytest.raises(ValueError):
        write_folder_atomic(out, {"index.html": b"new", "../escape.html": b"x", "meetings.csv": b"new"})
    assert (out / "index.html").read_bytes() == b"old"
    assert not (tmp_path / "escape.html").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.lock", "out"]


def test_paths_outside_are_refused(tmp_path):
    for bad in ("/etc/passwd", "../x", ".hidden", "a/../../b"):
        with pytest.raises(ValueError):
            write_folder_atomic(tmp_path / "o", {bad: b"x"})
    assert not Path(tmp_path / "o").exists()
