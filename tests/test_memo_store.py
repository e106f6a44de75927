"""The memo's database: whatever is in its place, whoever writes to it at once, a run only loses time."""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import signal
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hostile_util import can_mount, tmpfs
from test_warm_runs import Counted

from compare import memo_store
from compare.memo import Memo
from compare.model import Unit


def unit_of(ref: str) -> Unit:
    return Unit(ref=ref, paragraph=1, text=f"The text of paragraph {ref}, long enough to fill pages. " * 20)


def recomputed(folder: Path, refs: list[str]) -> int:
    """How many of `refs` a new memo on `folder` had to compute (each checked equal to a fresh one)."""
    stage, memo = Counted(unit_of), Memo(folder)
    assert [memo.call(stage, ref) for ref in refs] == [unit_of(ref) for ref in refs]
    return stage.calls


def filled(folder: Path, refs: list[str]) -> Path:
    memo = Memo(folder)
    for ref in refs:
        memo.call(unit_of, ref)
    memo_store._close_all()  # as at the end of a process: the next reader opens the file afresh
    return folder / memo_store.NAME


def rows(database: Path) -> int:
    with contextlib.closing(sqlite3.connect(database)) as connection:
        return connection.execute("SELECT count(*) FROM entry").fetchone()[0]


REFS = [str(n) for n in range(40)]


def garbage(database: Path) -> None:
    database.write_bytes(os.urandom(8192))


def another_programs(database: Path) -> None:
    database.unlink()
    with contextlib.closing(sqlite3.connect(database)) as connection, connection:
        connection.execute("CREATE TABLE entry (key, value)")
        connection.execute("INSERT INTO entry VALUES ('a', 'b')")


def damaged_pages(database: Path) -> None:
    data = bytearray(database.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 20000] = os.urandom(20000)
    database.write_bytes(bytes(data))


def truncated(database: Path) -> None:
    database.write_bytes(database.read_bytes()[: database.stat().st_size // 3])


@pytest.mark.parametrize("damage", [garbage, another_programs, damaged_pages, truncated])
def test_a_database_that_is_not_a_sound_memo_only_costs_time_and_is_replaced(tmp_path, damage):
    database = filled(tmp_path, REFS)
    damage(database)
    assert recomputed(tmp_path, REFS) >= 1
    memo_store._close_all()
    with contextlib.closing(sqlite3.connect(database)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert recomputed(tmp_path, ["new"]) == 1 and recomputed(tmp_path, ["new"]) == 0  # a usable memo again


def test_a_symlink_in_place_of_the_database_is_not_followed(tmp_path):
    folder, target = tmp_path / "memo", tmp_path / "elsewhere.sqlite"
    folder.mkdir()
    target.write_bytes(b"")
    (folder / memo_store.NAME).symlink_to(target)
    assert recomputed(folder, ["1"]) == 1 and recomputed(folder, ["1"]) == 1
    assert target.read_bytes() == b"" and (folder / memo_store.NAME).is_symlink()
    assert sorted(p.name for p in folder.iterdir()) == [memo_store.NAME]


def test_the_database_follows_the_umask(tmp_path):
    previous = os.umask(0o007)
    try:
        database = filled(tmp_path / "memo", ["1"])
    finally:
        os.umask(previous)
    assert oct(database.stat().st_mode & 0o777) == "0o660"
    assert oct(database.parent.stat().st_mode & 0o777) == "0o770"


@contextlib.contextmanager
def read_only(folder: Path):
    """`folder` made read-only: a read-only mount for root (whom permissions do not stop), else its mode."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True, capture_output=True)
    yield


@pytest.mark.skipif(os.geteuid() == 0 and bool(can_mount()), reason=can_mount() or "ok")
def test_a_read_only_folder_only_costs_time(tmp_path):
    with tmpfs(tmp_path / "ro", "size=16m") if os.geteuid() == 0 else contextlib.nullcontext(tmp_path) as mounted:
        kept, empty = mounted / "kept", mounted / "empty"
        filled(kept, REFS)
        empty.mkdir()
        with read_only(mounted):
            assert recomputed(kept, REFS + ["new"]) >= 1
            assert recomputed(empty, ["1"]) == 1
            assert list(empty.iterdir()) == []


def _write_many(memo: Memo | Path, name: str, start) -> None:
    start.wait()
    memo = memo if isinstance(memo, Memo) else Memo(memo)
    for n in range(150):
        memo.call(unit_of, f"{name}-{n}")


@pytest.mark.parametrize("opened_before_the_fork", [False, True], ids=["own-memos", "one-memo-used-before-the-fork"])
def test_two_processes_writing_at_once_keep_every_entry(tmp_path, opened_before_the_fork):
    context = multiprocessing.get_context("fork")
    start, memo = context.Event(), tmp_path
    if opened_before_the_fork:  # as the workers are: the parent's memo, its database already open
        memo = Memo(tmp_path)
        memo.call(unit_of, "parent")
    writers = [context.Process(target=_write_many, args=(memo, name, start)) for name in ("a", "b")]
    for writer in writers:
        writer.start()
    start.set()
    for writer in writers:
        writer.join(60)
    assert [writer.exitcode for writer in writers] == [0, 0]
    assert recomputed(tmp_path, [f"{name}-{n}" for name in ("a", "b") for n in range(150)]) == 0


def open_connections() -> int:
    """The sqlite3 connections of this process that are open."""
    found = 0
    for candidate in gc.get_objects():
        if isinstance(candidate, sqlite3.Connection):
            with contextlib.suppress(sqlite3.ProgrammingError):  # closed
                found += candidate.total_changes >= 0
    return found


def _report_open_connections(queue) -> None:
    queue.put(open_connections())


def test_no_open_connection_crosses_a_fork(tmp_path):
    memo = Memo(tmp_path)
    memo.call(unit_of, "1")
    assert open_connections() >= 1
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    child = context.Process(target=_report_open_connections, args=(queue,))
    child.start()
    assert queue.get(timeout=30) == 0
    child.join(30)
    assert recomputed(tmp_path, ["1"]) == 0 and memo.call(unit_of, "2") == unit_of("2")  # the parent goes on


def test_a_writer_killed_at_any_moment_leaves_a_sound_database(tmp_path):
    script = (
        "import sys\nsys.path.insert(0, sys.argv[2])\nfrom pathlib import Path\nfrom compare.memo import Memo\n"
        "from test_memo_store import unit_of\nmemo = Memo(Path(sys.argv[1]))\n"
        "for n in range(100000):\n    memo.call(unit_of, str(n))\n"
    )
    writer = subprocess.Popen([sys.executable, "-c", script, str(tmp_path), str(Path(__file__).parent)])
    database = tmp_path / memo_store.NAME
    while writer.poll() is None and (not database.exists() or rows(database) < 300):
        time.sleep(0.05)
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    with contextlib.closing(sqlite3.connect(database)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        kept = [key for (key,) in connection.execute("SELECT key FROM entry")]
    assert len(kept) >= 300
    assert recomputed(tmp_path, [str(n) for n in range(300)]) == 0


def test_threads_sharing_one_memo_keep_every_entry(tmp_path):
    memo, refs = Memo(tmp_path), [str(n) for n in range(200)]
    with ThreadPoolExecutor(8) as pool:
        assert list(pool.map(lambda ref: memo.call(unit_of, ref), refs)) == [unit_of(ref) for ref in refs]
    assert recomputed(tmp_path, refs) == 0


def test_a_database_locked_too_long_only_costs_time(tmp_path, monkeypatch):
    database = filled(tmp_path, ["kept"])
    monkeypatch.setattr(memo_store, "BUSY_TIMEOUT_S", 0.2)
    with contextlib.closing(sqlite3.connect(database, isolation_level=None)) as holder:
        holder.execute("BEGIN IMMEDIATE")
        holder.execute("DELETE FROM entry WHERE key = 'nothing'")  # holds the write lock
        assert recomputed(tmp_path, ["kept", "new", "newer", "kept"]) == 2  # still read after a write failed
        holder.execute("ROLLBACK")
    assert rows(database) == 1
