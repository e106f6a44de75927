"""Per-meeting and per-pair results kept between runs, so a new report does not redo the others.

`compare.corpus` already keeps each normalised meeting by the hash of its
file. The stages after it are also functions of one meeting (themes) or of
one consecutive pair (alignment with its word diffs, significance), so a
`Store` keeps their results as JSON files named by the SHA-256 of everything
they were computed from:

- the source of every module of the package (any code change, an upgrade
  or a local edit, is a new key: nothing stale is ever served);
- the inputs themselves, by `repr` (frozen dataclasses of strings, numbers
  and tuples, so the same data always gives the same text).

A store of None, or `Store(None)`, keeps nothing and computes everything,
which is what `--no-cache` wants. A cache that cannot be read or written
only costs time.

Wiring (in `pipeline.build_comparison`, with a `store` argument the command
fills from `corpus.default_cache_dir()`): call `assign_themes`, `align_pair`
and `apply_significance` of this module with the store, in place of the
functions of the same names in `compare.themes`, `compare.align` and
`compare.significance`.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import os
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from . import align, significance, themes
from .model import Change, Meeting, Status, Theme, WordDiff, meeting_from_dict

PACKAGE = Path(__file__).resolve().parent


@functools.lru_cache(maxsize=1)
def code_digest() -> str:
    """SHA-256 of every Python source of the package, in path order."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*.py")):
        digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


_SCALARS = (str, int, float, bool, type(None))
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def plain(value: object) -> object:
    """A dataclass as JSON-ready dicts and lists (what `dataclasses.asdict` gives, without its deep copies)."""
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is tuple or kind is list:
        return [plain(item) for item in value]
    names = _FIELD_NAMES.get(kind)
    if names is None:
        if not dataclasses.is_dataclass(value):
            return value
        names = _FIELD_NAMES[kind] = tuple(f.name for f in dataclasses.fields(value))
    return {name: plain(getattr(value, name)) for name in names}


def meeting_to_json(meeting: Meeting) -> dict:
    """What `meeting_to_dict` gives (`warnings` left out), faster."""
    data = plain(meeting)
    data.pop("warnings")
    return data


def change_from_dict(data: dict) -> Change:
    diff = data.get("diff")
    fields = dict(data, status=Status(data["status"]))
    if diff is not None:
        fields["diff"] = WordDiff(**dict(diff, ops=tuple((op, text) for op, text in diff["ops"])))
    return Change(**fields)


@dataclasses.dataclass(frozen=True)
class Store:
    """JSON values in `folder`/<kind>/<key>.json; `folder` None keeps nothing."""

    folder: Path | None
    _digests: dict = dataclasses.field(default_factory=dict, compare=False, repr=False)

    def key(self, kind: str, *inputs: object) -> str:
        """SHA-256 of the package's code, `kind` and the inputs' `repr` (each meeting's taken once per Store)."""
        parts = [code_digest(), kind, *(self._digest(value) for value in inputs)]
        return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()

    def _digest(self, value: object) -> str:
        if not isinstance(value, Meeting):
            return hashlib.sha256(repr(value).encode("utf-8", "surrogatepass")).hexdigest()
        known = self._digests.get(id(value))
        if known is None or known[0] is not value:
            digest = hashlib.sha256(repr(dataclasses.replace(value, warnings=())).encode("utf-8", "surrogatepass"))
            known = self._digests[id(value)] = (value, digest.hexdigest())
        return known[1]

    def get_or_compute(
        self,
        kind: str,
        inputs: tuple,
        compute: Callable[[], object],
        encode: Callable[[object], object],
        decode: Callable[[object], object],
    ):
        """The value stored for (kind, inputs), else `compute()`, stored through `encode`."""
        path = self.folder / kind / f"{self.key(kind, *inputs)}.json"
        try:
            return decode(json.loads(path.read_text("utf-8")))
        except (OSError, ValueError, TypeError, KeyError):
            pass
        value = compute()
        self._write(path, encode(value))
        return value

    @staticmethod
    def _write(path: Path, data: object) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            temporary.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
            os.replace(temporary, path)
        except OSError:
            pass


def _kept(
    store: Store | None,
    kind: str,
    inputs: tuple,
    compute: Callable[[], object],
    encode: Callable[[object], object],
    decode: Callable[[object], object],
):
    if store is None or store.folder is None:
        return compute()
    return store.get_or_compute(kind, inputs, compute, encode, decode)


def assign_themes(store: Store | None, meeting: Meeting, taxonomy: Iterable[Theme]) -> Meeting:
    """`themes.assign_themes`, kept per (meeting, taxonomy)."""
    taxonomy = tuple(taxonomy)
    return _kept(
        store,
        "themes",
        (meeting, taxonomy),
        lambda: themes.assign_themes(meeting, taxonomy),
        meeting_to_json,
        lambda data: dataclasses.replace(meeting_from_dict(data), warnings=meeting.warnings),
    )


def align_pair(
    store: Store | None, old: Meeting, new: Meeting, *, links: Iterable = (), unlinks: Iterable = ()
) -> tuple[Change, ...]:
    """`align.align_pair` (matching and word diffs), kept per (old, new, links, unlinks)."""
    links, unlinks = tuple(links), tuple(unlinks)
    return _kept(
        store,
        "align",
        (old, new, links, unlinks),
        lambda: tuple(align.align_pair(old, new, links=links, unlinks=unlinks)),
        plain,
        lambda rows: tuple(change_from_dict(row) for row in rows),
    )


def apply_significance(
    store: Store | None, changes: Iterable[Change], meetings: Mapping[str, Meeting]
) -> tuple[Change, ...]:
    """`significance.apply_significance`, kept per group of rows with the same two meeting ids.

    Each change is classified from itself and the meetings it names alone,
    so classifying the rows group by group gives the same rows; they come
    back in the order given.
    """
    if store is None or store.folder is None:
        return significance.apply_significance(changes, meetings)
    changes = tuple(changes)
    groups: dict[tuple[str, str], list[int]] = {}
    for index, change in enumerate(changes):
        groups.setdefault((change.from_meeting, change.to_meeting), []).append(index)
    result: list[Change] = list(changes)
    for ids, indices in groups.items():
        rows = tuple(changes[i] for i in indices)
        involved = tuple(meetings[mid] for mid in ids if mid in meetings)
        classified = store.get_or_compute(
            "significance",
            (rows, *involved),
            lambda rows=rows, involved=involved: significance.apply_significance(rows, involved),
            plain,
            lambda rows: tuple(change_from_dict(row) for row in rows),
        )
        for index, change in zip(indices, classified, strict=True):
            result[index] = change
    return tuple(result)
