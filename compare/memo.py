"""One memo for every stage: results kept between runs as data, keyed by the code and the inputs.

`Memo.call(stage, *inputs)` returns `stage(*inputs)`, kept in a folder as
JSON data under the SHA-256 of the package's source code, the stage's name and
the inputs: one row of the folder's SQLite database (`compare.memo_store` says
how processes, threads, locks and damage are handled). Any change to the
code, an upgrade or a local edit, is a new key, so nothing stale is ever
served. No stage knows the memo exists: only `compare.pipeline` calls it.

What is read back is only data (`compare.serial`: the model's own classes,
fields type-checked), and each entry carries the SHA-256 of its own payload
and its key: a corrupt, truncated, tampered or foreign entry is recomputed,
never trusted. A folder owned by another user is not used at all, and a memo
that cannot be read or written only costs time. Folders of earlier versions
(an `xx/<key>.json` file per entry) are ignored.

Digests: an input's digest is the SHA-256 of its `repr` (frozen dataclasses of
strings, numbers and tuples: the same data always gives the same text). A
value the memo returned is digested by the key it was kept under, far cheaper
than its repr, and so is each item of a returned tuple, at any depth (by the
key and its place); a tuple of such values by their digests.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import types
import typing
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import orjson

from compare.memo_store import Store
from compare.serial import SchemaError, from_plain, to_plain
from compare.util.workers import ordered_map

PACKAGE = Path(__file__).resolve().parent
FORMAT = "wgcompare-memo-2"


@functools.lru_cache(maxsize=1)
def code_digest() -> str:
    """SHA-256 of every Python source and data file of the package, in path order."""
    digest = hashlib.sha256()
    for path in sorted(p for p in PACKAGE.rglob("*") if p.suffix in (".py", ".yaml") and p.is_file()):
        digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


@functools.cache
def _returns(stage: Callable) -> object:
    """What `stage` declares it returns (None when it does not say)."""
    try:
        return typing.get_type_hints(stage).get("return")
    except (NameError, TypeError):
        return None


def _name(stage: Callable) -> str:
    return f"{stage.__module__}.{stage.__qualname__}"


def conforms(value: object, hint: object) -> bool:
    """Whether `value` has the shape `hint` declares: classes, tuples (fixed or `...`), dicts, unions."""
    if hint is None or hint is typing.Any:
        return True
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):
        return any(conforms(value, arg) for arg in args)
    if origin is tuple:
        return isinstance(value, tuple) and _tuple_conforms(value, args)
    if origin is dict:
        return isinstance(value, dict) and all(conforms(k, args[0]) and conforms(v, args[1]) for k, v in value.items())
    if origin is not None:
        return isinstance(value, origin)
    return isinstance(value, (int, float)) if hint is float else isinstance(value, hint)


def _tuple_conforms(value: tuple, args: tuple) -> bool:
    if len(args) == 2 and args[1] is Ellipsis:
        return all(conforms(item, args[0]) for item in value)
    return len(value) == len(args) and all(conforms(item, arg) for item, arg in zip(value, args, strict=True))


def default_folder() -> Path | None:
    """$WGCOMPARE_CACHE ("off" for none), else `wgcompare` in the user's cache folder."""
    configured = os.environ.get("WGCOMPARE_CACHE")
    if configured == "off":
        return None
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "wgcompare"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def usable_folder(folder: Path | None) -> Path | None:
    """`folder` when this user may keep a memo there: absent (to be made) or a folder of this user's."""
    if folder is None:
        return None
    try:
        info = folder.stat()
    except FileNotFoundError:
        return folder
    except OSError:
        return None
    owned = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    return folder if owned and folder.is_dir() and not folder.is_symlink() else None


def _shared(item: object) -> bool:
    """Values Python may share between unrelated places (scalars, the empty tuple): digested by repr."""
    return isinstance(item, str | int | float | bool | None) or (type(item) is tuple and not item)


class Memo:
    """Stage results in `folder`; a folder of None keeps nothing and computes everything."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = usable_folder(folder)
        self._store = Store(self.folder) if self.folder else None
        self._digests: dict[int, tuple[object, str]] = {}

    def call(self, stage: Callable, *inputs: object):
        """`stage(*inputs)`, from the memo when it holds it."""
        with contextlib.closing(self.call_each(stage, [inputs])) as each:
            return next(each)

    def call_each(
        self, stage: Callable, inputs: Sequence[tuple], jobs: int = 1, catch: tuple = (), meanwhile=None
    ) -> Iterator:
        """`stage(*each)` for each tuple of `inputs`, in order: those the memo lacks made by up to `jobs`
        worker processes (`compare.util.workers`, which takes steps of `meanwhile` while they work), each
        kept as `call` keeps it. An exception of a class in `catch` comes as the item's value (and is not kept),
        so the other items go on."""
        return self.call_many([(stage, each) for each in inputs], jobs, catch, meanwhile)

    def call_many(
        self, calls: Sequence[tuple[Callable, tuple]], jobs: int = 1, catch: tuple = (), meanwhile=None
    ) -> Iterator:
        """`stage(*each)` for each (stage, each) of `calls`, in order, as `call_each` makes them: stages of
        several kinds shared by one set of workers."""
        keys = [self.key(_name(stage), *each) for stage, each in calls] if self.folder else [None] * len(calls)
        kept = [self._trusted(key, stage) for key, (stage, _) in zip(keys, calls, strict=True)]
        missing = [(key, *call) for key, call, value in zip(keys, calls, kept, strict=True) if value is None]
        made = ordered_map(functools.partial(self._make, catch), missing, jobs, meanwhile)
        with contextlib.closing(made):  # its workers stop with us
            for key, value in zip(keys, kept, strict=True):
                value = next(made) if value is None else value
                if key is not None and not isinstance(value, BaseException):
                    self._remember(value, key)
                yield value

    def _trusted(self, key: str | None, stage: Callable):
        """The value kept under `key` when it has the shape `stage` returns, else None."""
        value = None if key is None else self._read(key)
        return value if value is not None and conforms(value, _returns(stage)) else None

    def _make(self, catch: tuple, keyed: tuple[str | None, Callable, tuple]):
        key, stage, each = keyed
        try:
            value = stage(*each)
        except catch as error:
            return error
        if key is not None:
            self._write(key, value)
        return value

    def key(self, name: str, *inputs: object) -> str:
        parts = (code_digest(), name, *(self.digest(value) for value in inputs))
        return _sha256("\0".join(parts).encode())

    def digest(self, value: object) -> str:
        known = self._digests.get(id(value))
        if known is not None and known[0] is value:
            return known[1]
        if type(value) is tuple and value and all(id(item) in self._digests for item in value):
            return _sha256(("rows\0" + "\0".join(self.digest(item) for item in value)).encode())
        digest = _sha256(repr(value).encode("utf-8", "surrogatepass"))
        if type(value) is tuple:  # the taxonomy, a window of meetings: digested once per run, not once per call
            self._digests[id(value)] = (value, digest)
        elif not isinstance(value, str | int | float):
            self._remember(value, digest)
        return digest

    def _remember(self, value: object, digest: str) -> None:
        self._digests[id(value)] = (value, digest)
        if type(value) is tuple:
            for index, item in enumerate(value):
                if id(item) not in self._digests and not _shared(item):
                    self._remember(item, _sha256(f"{digest}\0{index}".encode()))

    def _read(self, key: str):
        """The value kept under `key`, or None when there is none to trust."""
        row = self._store.read(key)
        if row is None:
            return None
        header, payload = row
        try:
            meta = orjson.loads(header)
            if meta != {"format": FORMAT, "key": key, "sha256": _sha256(payload)}:
                return None
            return from_plain(orjson.loads(payload))
        except (ValueError, SchemaError, TypeError, RecursionError):
            return None

    def _write(self, key: str, value: object) -> None:
        try:
            payload = orjson.dumps(to_plain(value))
        except (SchemaError, orjson.JSONEncodeError):  # not model data, or text JSON cannot hold (lone surrogates)
            return
        header = orjson.dumps({"format": FORMAT, "key": key, "sha256": _sha256(payload)})
        self._store.write(key, header, payload)  # a memo that cannot be written only costs time
