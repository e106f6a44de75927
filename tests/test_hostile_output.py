"""The output swap: --out is the whole old report or the whole new one at every instant; user files are never taken."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hostile_util import MEETINGS, can_mount, env, tmpfs, tree, wgcompare

from compare.util.atomic import MANIFEST, write_folder_atomic
from compare.util.errors import InputError

WRITER = """
import sys
from pathlib import Path
from compare.util.atomic import write_folder_atomic
tag = sys.argv[1].encode()
files = {f"pairs/p{i:03}.html": tag * 2000 for i in range(150)}
files.update({"index.html": tag, "meetings.csv": tag})
write_folder_atomic(Path(sys.argv[2]), files)
"""


def faults(stderr: str) -> list[str]:
    """The lines that are not warnings (the demo corpus warns that its reports state no symbol)."""
    return [line for line in stderr.splitlines() if not line.startswith("warning: ")]


def _writer(out: Path, tag: str, pause: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", WRITER, tag, str(out)], env=env(WGCOMPARE_TEST_SWAP_PAUSE=pause))


def _whole(out: Path) -> str:
    """Which report `out` holds, whole: its tag; fails on a missing, mixed or partial folder."""
    files = tree(out)
    tags = {data[:1] for name, data in files.items() if name != MANIFEST}
    assert len(tags) == 1, f"mixed report: {sorted(tags)}"
    assert len(files) == 153 and files[MANIFEST].decode().count("\n") == 152
    return tags.pop().decode()


def test_sigkill_at_20_moments_leaves_the_old_or_the_new_report_whole(tmp_path):
    out = tmp_path / "out"
    assert _writer(out, "A", "0").wait() == 0
    started = time.perf_counter()
    assert _writer(out, "B", "0.15").wait() == 0
    duration = time.perf_counter() - started
    moments = random.Random(18).sample(range(1000), 20)
    seen = set()
    for n, moment in enumerate(moments):
        child = _writer(out, "CD"[n % 2], "0.15")
        time.sleep(duration * moment / 1000)
        child.send_signal(signal.SIGKILL)
        child.wait()
        seen.add(_whole(out))
    assert _writer(out, "E", "0").wait() == 0, "a later run goes through after the kills"
    assert _whole(out) == "E"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.lock", "out"], "stale staging folders removed"
    assert len(seen) >= 2, f"the kills should land both before and after the swap: {seen}"


def test_two_overlapping_runs_are_serialised(tmp_path):
    out = tmp_path / "out"
    first, second = _writer(out, "F", "0.5"), _writer(out, "G", "0.5")
    assert (first.wait(), second.wait()) == (0, 0)
    assert _whole(out) in "FG"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.lock", "out"]


def test_a_report_folder_holding_a_user_file_is_never_replaced(tmp_path):
    out = tmp_path / "out"
    write_folder_atomic(out, {"index.html": b"1", "meetings.csv": b"1"})
    (out / "notes.docx").write_bytes(b"precious")
    (out / "drafts").mkdir()
    (out / "drafts" / "a.txt").write_bytes(b"mine")
    with pytest.raises(InputError) as caught:
        write_folder_atomic(out, {"index.html": b"2", "meetings.csv": b"2"})
    assert "did not write" in caught.value.reason
    assert (out / "notes.docx").read_bytes() == b"precious" and (out / "drafts" / "a.txt").read_bytes() == b"mine"


def test_a_folder_that_looks_like_a_report_but_has_no_manifest_is_refused(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    for name in ("index.html", "meetings.csv", "thesis.docx"):
        (out / name).write_text("mine")
    result = wgcompare("compare", MEETINGS, "--out", out)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert len(faults(result.stderr)) == 1 and faults(result.stderr)[0].startswith(f"error: {out}: ")
    assert (out / "thesis.docx").read_text() == "mine"


def test_a_run_replaces_its_own_previous_report_and_keeps_dotfiles(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / ".gitkeep").write_text("")
    write_folder_atomic(out, {"index.html": b"1", "meetings.csv": b"1", "themes/a.html": b"a"})
    write_folder_atomic(out, {"index.html": b"2", "meetings.csv": b"2"})
    assert sorted(tree(out)) == [".gitkeep", MANIFEST, "index.html", "meetings.csv"]


def test_outputs_follow_the_umask(tmp_path):
    out = tmp_path / "out"
    result = wgcompare("compare", MEETINGS, "--out", out)
    assert result.returncode == 0, result.stderr
    modes = {oct(p.stat().st_mode & 0o777) for p in [out, *out.rglob("*")]}
    assert modes == {"0o755", "0o644"}


@pytest.mark.parametrize("where", [".", "a-file/sub"])
def test_impossible_out_folders_are_one_line(tmp_path, where):
    (tmp_path / "a-file").write_text("x")
    result = wgcompare("compare", MEETINGS, "--out", where, cwd=tmp_path)
    assert result.returncode in (2, 3) and result.stdout == ""
    assert len(faults(result.stderr)) == 1 and faults(result.stderr)[0].startswith("error: "), result.stderr
    assert "Error" not in result.stderr and "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")) == ["a-file"]


@pytest.mark.skipif(bool(can_mount()), reason=can_mount() or "ok")
def test_a_full_disk_is_one_line_and_leaves_nothing(tmp_path):
    with tmpfs(tmp_path / "tiny", "size=128k") as tiny:
        result = wgcompare("compare", MEETINGS, "--out", tiny / "out")
        assert result.returncode == 3, result.stderr
        assert faults(result.stderr) == [f"error: {tiny / 'out'}: cannot write: no space left on device"]
        assert [p.name for p in tiny.iterdir()] == [".out.lock"]


@pytest.mark.skipif(bool(can_mount()), reason=can_mount() or "ok")
def test_a_read_only_parent_is_one_line(tmp_path):
    with tmpfs(tmp_path / "ro", "size=1m,ro") as read_only:
        result = wgcompare("compare", MEETINGS, "--out", read_only / "out")
        assert result.returncode == 3
        assert faults(result.stderr) == [f"error: {read_only / 'out'}: cannot write: read-only file system"]


def test_a_file_name_with_a_newline_cannot_forge_a_line(tmp_path):
    odd = tmp_path / "x\nerror: forged.md"
    odd.write_text("nothing numbered here")
    result = wgcompare("compare", odd, "--out", tmp_path / "out")
    assert result.returncode == 2
    assert len(faults(result.stderr)) == 1 and "\\n" in result.stderr


@pytest.mark.parametrize("mine", [".git/", "drafts/", "themes/notes/", "themes/mine.txt"])
def test_a_user_folder_or_file_anywhere_in_a_report_is_never_replaced(tmp_path, mine):
    out = tmp_path / "out"
    write_folder_atomic(out, {"index.html": b"1", "meetings.csv": b"1", "themes/a.html": b"a"})
    target = out / mine
    if mine.endswith("/"):
        target.mkdir(parents=True)
    else:
        target.write_text("mine")
    with pytest.raises(InputError):
        write_folder_atomic(out, {"index.html": b"2", "meetings.csv": b"2"})
    assert target.exists() and (out / "index.html").read_bytes() == b"1"
