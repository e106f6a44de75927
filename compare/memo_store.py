"""The memo's entries in one SQLite database per memo folder: `memo.sqlite`, one row per entry.

A row is (key, header, payload): the bytes `compare.memo` checks and decodes; this module only keeps
them. Writing an entry is one short transaction in WAL mode (`synchronous=NORMAL`): readers never wait
for writers, writers wait for each other (a busy timeout), and a killed run loses at most the entries
it had not written yet, never the database.

Processes and threads: each process opens its own connection on first use, and no connection ever
crosses a fork: every open one is closed just before any fork (`os.register_at_fork`), and one opened
by another process id is never used. Threads of one process (the service) share its connection under
a lock.

What only costs time: a folder or file that cannot be created, opened or written, a database locked
longer than the busy timeout, a read-only one. The first write that fails stops the writing in this
process (what is kept is still read), the first read that fails stops the memo in this process (a
second run tries again). A file that is not this memo's database
(garbage, damaged pages, another program's tables) is replaced by a new empty one, at most once per
process, and a symlink in its place is never followed: that memo is not used.

Growth: nothing is removed. Entries of older code versions (another key) stay until the file is
removed (`rm memo.sqlite*` in the memo folder); a row written again replaces the one under its key.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
import weakref
from pathlib import Path

from compare.util.atomic import write_file_atomic

NAME = "memo.sqlite"
APPLICATION_ID = 0x77676D32  # "wgm2": this memo's database, not another program's
BUSY_TIMEOUT_S = 2.0
_DAMAGED = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
_SCHEMA = "CREATE TABLE entry (key TEXT PRIMARY KEY, header BLOB NOT NULL, payload BLOB NOT NULL)"


class Store:
    """The rows of one memo folder; every failure reads as a missing row or a row not written."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / NAME
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        self._pid = os.getpid()
        self._inherited: sqlite3.Connection | None = None
        self._usable = True  # False: nothing more is read or written in this process
        self._writable = True  # False: nothing more is written (what is kept is still read)
        self._replaced = False
        _stores.add(self)

    def read(self, key: str) -> tuple[object, object] | None:
        """(header, payload) kept under `key`, or None."""
        with self._lock:
            rows = self._run("SELECT header, payload FROM entry WHERE key = ?", (key,))
        return rows[0] if rows else None

    def write(self, key: str, header: bytes, payload: bytes) -> None:
        with self._lock:
            if self._writable:
                statement = "INSERT OR REPLACE INTO entry (key, header, payload) VALUES (?, ?, ?)"
                self._run(statement, (key, header, payload), writing=True)

    def close(self) -> None:
        with self._lock:
            self._close()

    def __del__(self) -> None:  # a connection is in a reference cycle (its statement cache): closed here, not by gc
        self._close()

    def _run(self, statement: str, values: tuple, writing: bool = False) -> list:
        connection = self._connected()
        if connection is None:
            return []
        try:
            return connection.execute(statement, values).fetchall()
        except sqlite3.Error as error:
            self._failed(error, writing)
            return []

    def _connected(self) -> sqlite3.Connection | None:
        """This process's connection, opened on first use; None once the memo stopped in this process."""
        if self._pid != os.getpid():  # a forked child: never use, nor close, what the parent opened
            self._pid, self._inherited, self._connection = os.getpid(), self._connection, None
        if self._connection is None and self._usable:
            try:
                self._connection = self._opened()
            except (OSError, sqlite3.Error) as error:
                self._failed(error)
        return self._connection

    def _opened(self) -> sqlite3.Connection:
        _create_regular_file(self.path)
        connection = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
        try:
            _prepare(connection)
        except BaseException:
            connection.close()
            raise
        return connection

    def _failed(self, error: Exception, writing: bool = False) -> None:
        """Stop writing (a write failed) or stop using the memo in this process; a damaged database is
        first replaced, once."""
        code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
        damaged = isinstance(error, NotOurs) or code in _DAMAGED
        if writing and not damaged:
            self._writable = False  # read-only, full, locked too long: what is kept may still be read
            return
        self._close()
        if damaged and not self._replaced:
            self._replaced = True
            try:
                _replace_with_empty(self.path)
                return  # the next call opens the new database
            except OSError:
                pass
        self._usable = False

    def _close(self) -> None:
        if self._connection is not None and self._pid == os.getpid():
            self._connection.close()
        self._connection = None

    def _forked(self) -> None:
        """In a new child: a lock of its own (the parent's may have been held by another thread)."""
        self._lock = threading.Lock()


class NotOurs(sqlite3.DatabaseError):
    """A database with tables of another program or another layout."""


def _create_regular_file(path: Path) -> None:
    """Make the folder and the file with this user's umask; refuse a symlink, a fifo or a device there."""
    path.parent.mkdir(parents=True, exist_ok=True)
    flags = os.O_RDONLY | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
    handle = os.open(path, flags, 0o666)
    try:
        if not stat.S_ISREG(os.fstat(handle).st_mode):
            raise OSError(f"{path} is not a regular file")
    finally:
        os.close(handle)


def _prepare(connection: sqlite3.Connection) -> None:
    """WAL, and the table: made in an empty database, checked in one that has tables."""
    connection.execute("PRAGMA synchronous=OFF")  # a new database turned to WAL without waiting for the disk
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables:
        with connection:
            connection.execute("BEGIN IMMEDIATE")
            if connection.execute("SELECT count(*) FROM sqlite_master").fetchone() == (0,):
                connection.execute(_SCHEMA)
                connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    elif tables != {"entry"} or connection.execute("PRAGMA application_id").fetchone() != (APPLICATION_ID,):
        raise NotOurs("not a wgcompare memo")


def _replace_with_empty(path: Path) -> None:
    """An empty file (a new database) in place of `path`, its write-ahead log and index removed first."""
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    write_file_atomic(path, b"")


_stores: weakref.WeakSet[Store] = weakref.WeakSet()


def _close_all() -> None:
    for store in list(_stores):
        store.close()


def _renew_locks() -> None:
    for store in list(_stores):
        store._forked()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(before=_close_all, after_in_child=_renew_locks)
