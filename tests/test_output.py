from pathlib import Path

import pytest

from compare.util.atomic import put, write_folder_atomic
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


def test_files_their_maker_wrote_into_the_staging_folder_are_kept_and_listed(tmp_path):
    def made(staging: Path):
        put(staging, "pairs/a--b.html", b"page")  # as a worker writes a page it made
        yield "pairs/a--b.html", None
        yield "index.html", b"index"

    out = tmp_path / "out"
    write_folder_atomic(out, made)
    assert (out / "pairs" / "a--b.html").read_bytes() == b"page" and (out / "index.html").read_bytes() == b"index"
    assert (out / ".wgcompare-manifest").read_text().splitlines() == ["index.html", "pairs/a--b.html"]


def test_a_failure_midway_stops_the_makers_before_the_staging_folder_is_removed(tmp_path):
    stopped = []

    def made(staging: Path):
        try:
            yield "index.html", b"new"
            yield "../escape.html", b"x"
            yield "meetings.csv", b"new"
        finally:
            stopped.append(staging.exists())  # its workers stop here, while the folder they write into is there

    out = tmp_path / "out"
    write_folder_atomic(out, {"index.html": b"old", "meetings.csv": b"old"})
    with pytest.raises(ValueError):
        write_folder_atomic(out, made)
    assert stopped == [True]
    assert (out / "index.html").read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.lock", "out"]
