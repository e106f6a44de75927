"""Per-meeting and per-pair results kept between runs, so a new report does not redo the others.

`compare.ingest.corpus` already keeps each normalised meeting by the hash of its
file. The stages after it are also functions of one meeting (themes, the
requests it makes of later meetings), of one consecutive pair (alignment with
its word diffs, significance), of the units dropped so far and those new at a
meeting (returns), or of a meeting and the meetings its requests point at
(follow-through); so are the pieces of the report made from them
(compare.report: the body of each pair page, the lines of paragraphs.csv and
changes.csv, the compiled templates). A `Store` keeps these results as JSON
files named by the SHA-256 of everything they were computed from:

- the source of every module of the package (any code change, an upgrade
  or a local edit, is a new key: nothing stale is ever served);
- the inputs themselves, by `repr` (frozen dataclasses of strings, numbers
  and tuples, so the same data always gives the same text). A value a stage
  got from the store, or computed, is digested by the key of what it was
  computed from (`Store.remember`): the same inputs, the same value, at a
  fraction of the cost of its repr.

A store of None, or `Store(None)`, keeps nothing and computes everything,
which is what `--no-cache` wants. A cache that cannot be read or written
only costs time.

Wiring: `pipeline.build_comparison` and `pipeline.report_files` take the
store (one object for both, so digests are taken once); the former calls
`assign_themes`, `align_pair`, `chain_lineages`, `apply_significance` and
`follow_up` of this module in place of the functions of the same names in
`compare.analyse.themes`, `compare.analyse.align`, `compare.analyse.significance` and
`compare.analyse.followups`.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

from compare.analyse import align, followups, significance, themes
from compare.model import Change, Meeting, Status, Theme, Unit, WordDiff, meeting_from_dict

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
        """SHA-256 of the package's code, `kind` and the inputs' `repr` (each meeting's taken once per
        Store, or given by `remember`)."""
        parts = [code_digest(), kind, *(self._digest(value) for value in inputs)]
        return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()

    def remember(self, value: object, digest: str) -> None:
        """Take `digest` for `value`'s from now on: the key of the inputs that determine it (a
        themed meeting is its meeting and the taxonomy), far cheaper than its `repr`."""
        self._digests[id(value)] = (value, digest)

    def remember_rows(self, rows: Sequence, key: str) -> None:
        """Digest each of `rows` as its place among them and `key`, the key of the inputs that determine them all."""
        for index, row in enumerate(rows):
            self.remember(row, _sha256(f"{key}\0{index}"))

    def remember_change(self, before: object, after: object, names: tuple[str, ...]) -> None:
        """Digest `after` as `before`'s digest and the fields `names`, when it is `before` with only those set."""
        known = self._digests.get(id(before))
        if known is None or known[0] is not before or type(after) is not type(before):
            return
        changed = {name: getattr(after, name) for name in names}
        if after.__dict__ == {**before.__dict__, **changed}:
            self.remember(after, _sha256(repr((known[1], *changed.values()))))

    def _digest(self, value: object) -> str:
        """SHA-256 of `value`'s repr; a meeting's and a row's kept for the Store's life, and a tuple of
        rows (Change...) digested as its rows' digests, so a row in several keys is repr'd once."""
        known = self._digests.get(id(value))
        if known is not None and known[0] is value:
            return known[1]
        if type(value) is tuple and value and all(type(item) is Change for item in value):
            return _sha256("rows\0" + "".join(self._digest(item) for item in value))
        if not isinstance(value, Meeting | Change):
            return _sha256(repr(value))
        digest = _sha256(repr(dataclasses.replace(value, warnings=()) if isinstance(value, Meeting) else value))
        self.remember(value, digest)
        return digest

    def get_or_compute(
        self,
        kind: str,
        inputs: tuple,
        compute: Callable[[], object],
        encode: Callable[[object], object],
        decode: Callable[[object], object],
    ):
        """The value stored for (kind, inputs), else `compute()`, stored through `encode`."""
        return self.kept(kind, self.key(kind, *inputs), compute, encode, decode)

    def kept(
        self,
        kind: str,
        key: str,
        compute: Callable[[], object],
        encode: Callable[[object], object],
        decode: Callable[[object], object],
    ):
        """`get_or_compute` for the inputs whose key is `key`."""
        path = self.folder / kind / f"{key}.json"
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


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


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


THEME_FIELDS = ("theme", "secondary_themes", "theme_reason")
SIGNIFICANCE_FIELDS = ("significance", "why")


def assign_themes(store: Store | None, meeting: Meeting, taxonomy: Iterable[Theme]) -> Meeting:
    """`themes.assign_themes`, kept per (meeting, taxonomy) as each unit's theme fields (see `_fields_of`)."""
    taxonomy = tuple(taxonomy)

    def encode(themed: Meeting) -> object:
        fields = _fields_of(meeting.units, themed.units, THEME_FIELDS)
        if fields is None or decode({"unit_fields": fields}) != themed:
            return meeting_to_json(themed)
        return {"unit_fields": fields}

    def decode(data: dict) -> Meeting:
        if "unit_fields" in data:
            return dataclasses.replace(meeting, units=_with_fields(meeting.units, data["unit_fields"], THEME_FIELDS))
        return dataclasses.replace(meeting_from_dict(data), warnings=meeting.warnings)

    compute = functools.partial(themes.assign_themes, meeting, taxonomy)
    themed = _kept(store, "themes", (meeting, taxonomy), compute, encode, decode)
    if store is not None and store.folder is not None:
        store.remember(themed, store.key("themes", meeting, taxonomy))
    return themed


def _fields_of(before: Sequence, after: Sequence, names: tuple[str, ...]) -> list | None:
    """The `names` fields of each row of `after`, as JSON gives them back, when `after` is `before`
    with only those fields set; else None (the caller then stores `after` whole).

    Storing the few fields a stage sets, not whole rows, is what makes reading a
    warm store cheap; the check makes it safe whatever the stage does.
    """
    if len(before) != len(after):
        return None
    fields = json.loads(json.dumps([[getattr(row, name) for name in names] for row in after], ensure_ascii=False))
    return fields if _with_fields(before, fields, names) == tuple(after) else None


def _with_fields(rows: Sequence, fields: list, names: tuple[str, ...]) -> tuple:
    return tuple(
        _replaced(row, {name: _tupled(value) for name, value in zip(names, values, strict=True)})
        for row, values in zip(rows, fields, strict=True)
    )


def _replaced(row: object, changes: dict) -> object:
    """`dataclasses.replace(row, **changes)` without running `__init__` again, several times faster
    (a warm run sets fields on thousands of rows). Only for the classes where the two are the
    same: dataclasses whose fields all sit in the instance's `__dict__` and that have no
    `__post_init__`, which the model's are; anything else goes through `dataclasses.replace`."""
    if not _plain_dataclass(type(row)):
        return dataclasses.replace(row, **changes)
    copy = object.__new__(type(row))
    copy.__dict__.update(row.__dict__, **changes)
    return copy


@functools.cache
def _plain_dataclass(kind: type) -> bool:
    return (
        dataclasses.is_dataclass(kind)
        and not hasattr(kind, "__post_init__")
        and not hasattr(kind, "__slots__")
        and all(f.init for f in dataclasses.fields(kind))
    )


def _tupled(value: object) -> object:
    """JSON's lists back as the tuples the model holds."""
    return tuple(_tupled(item) for item in value) if isinstance(value, list) else value


def align_pair(
    store: Store | None, old: Meeting, new: Meeting, *, links: Iterable = (), unlinks: Iterable = ()
) -> tuple[Change, ...]:
    """`align.align_pair` (matching and word diffs), kept per (old, new, links, unlinks); each row
    digested by that key and its place."""
    links, unlinks = tuple(links), tuple(unlinks)

    def compute() -> tuple[Change, ...]:
        return tuple(align.align_pair(old, new, links=links, unlinks=unlinks))

    if store is None or store.folder is None:
        return compute()
    key = store.key("align", old, new, links, unlinks)
    rows = store.kept("align", key, compute, plain, lambda rows: tuple(change_from_dict(row) for row in rows))
    store.remember_rows(rows, key)
    return rows


def apply_significance(
    store: Store | None, changes: Iterable[Change], meetings: Mapping[str, Meeting]
) -> tuple[Change, ...]:
    """`significance.apply_significance`, kept per group of rows with the same two meeting ids.

    Each change is classified from itself and the meetings it names alone,
    so classifying the rows group by group gives the same rows; they come
    back in the order given. A group is stored as each row's significance
    and why (see `_fields_of`).
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
        key = store.key("significance", rows, *involved)
        classified = store.kept(
            "significance",
            key,
            lambda rows=rows, involved=involved: significance.apply_significance(rows, involved),
            lambda classified, rows=rows: _rows_or_fields(rows, classified, SIGNIFICANCE_FIELDS),
            lambda data, rows=rows: _rows_from(rows, data, SIGNIFICANCE_FIELDS),
        )
        store.remember_rows(classified, key)
        for index, change in zip(indices, classified, strict=True):
            result[index] = change
    return tuple(result)


def _rows_or_fields(before: tuple[Change, ...], after: tuple[Change, ...], names: tuple[str, ...]) -> object:
    fields = _fields_of(before, after, names)
    return plain(after) if fields is None else {"fields": fields}


def _rows_from(before: tuple[Change, ...], data: object, names: tuple[str, ...]) -> tuple[Change, ...]:
    if isinstance(data, dict):
        return _with_fields(before, data["fields"], names)
    return tuple(change_from_dict(row) for row in data)


def chain_lineages(
    store: Store | None,
    timelines: tuple[tuple[str, ...], ...],
    meetings: dict[str, Meeting],
    changes: tuple[Change, ...],
) -> tuple[tuple[Change, ...], dict[tuple[str, str], str]]:
    """`align.chain_lineages`, the search for returning units kept per (units dropped, units new);
    each row it returns digested from the row it was given (see `Store.remember_change`)."""
    if store is None or store.folder is None:
        return align.chain_lineages(timelines, meetings, changes)
    chained, lineage_of = align.chain_lineages(
        timelines, meetings, changes, find_returns=functools.partial(_return_pairs, store)
    )
    for before, after in zip(changes, chained, strict=True):
        store.remember_change(before, after, ("lineage", "returned_from"))
    return chained, lineage_of


def _return_pairs(store: Store, dropped: Sequence[Unit], new_units: Sequence[Unit]) -> list[tuple[int, int]]:
    """`align.return_pairs`, keyed by what it reads of each unit: its text and kind."""
    return store.get_or_compute(
        "returns",
        tuple(tuple((u.text, u.is_recommendation) for u in units) for units in (dropped, new_units)),
        lambda: align.return_pairs(dropped, new_units),
        lambda pairs: [list(pair) for pair in pairs],
        lambda pairs: [(int(i), int(j)) for i, j in pairs],
    )


def follow_up(
    store: Store | None, timelines: tuple[tuple[str, ...], ...], meetings: Mapping[str, Meeting]
) -> tuple[followups.FollowUp, ...]:
    """`followups.follow_up`, each meeting's requests kept per meeting, and their resolution per
    (meeting, the meetings each request points at)."""
    if store is None or store.folder is None:
        return followups.follow_up(timelines, meetings)
    return followups.follow_up(
        timelines,
        meetings,
        requests_of=functools.partial(_requests, store),
        resolve_meeting=functools.partial(_resolved, store),
    )


def _requests(store: Store, meeting: Meeting) -> tuple[followups.Request, ...]:
    return store.get_or_compute(
        "requests",
        (meeting,),
        lambda: followups.find_requests(meeting),
        plain,
        lambda rows: tuple(followups.Request(**row) for row in rows),
    )


def _resolved(
    store: Store, source: Meeting, requests: Sequence[followups.Request], later: Sequence[Meeting], index_of
) -> tuple[followups.FollowUp, ...]:
    """`followups.resolve_requests`, keyed by the source meeting (its requests come from it) and,
    for each request, the target meetings and session `followups.target_meetings` gives."""
    plan = [followups.target_meetings(request, source, later) for request in requests]
    targets = {t.meeting_id: t for found, _ in plan for t in found}
    return store.get_or_compute(
        "followups",
        (
            source,
            tuple((tuple(t.meeting_id for t in found), session) for found, session in plan),
            *(targets[mid] for mid in sorted(targets)),
        ),
        lambda: followups.resolve_requests(source, requests, later, index_of),
        plain,
        lambda rows: tuple(_follow_up_from_dict(row) for row in rows),
    )


def _follow_up_from_dict(data: dict) -> followups.FollowUp:
    return followups.FollowUp(
        **dict(data, request=followups.Request(**data["request"]), status=followups.FollowUpStatus(data["status"]))
    )
