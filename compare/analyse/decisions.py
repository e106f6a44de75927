"""Reviewer decisions: the reviewer's word, kept in YAML beside the corpus and re-applied on every run.

Four kinds, each with free-text `who` and `why`:

- `link`: the old unit and the new unit are the same item (the aligner must pair them);
- `unlink`: they are not the same item (the aligner must not pair them);
- `editorial`: the change between them is editorial, whatever its computed significance;
  either side may be empty, for a unit that is new or dropped;
- `theme`: this unit's theme is the one named.

Units are named by meeting id and ref on each side (`old_meeting`, `old_ref`,
`new_meeting`, `new_ref`; `meeting`, `ref` for a theme). The file
(`meetings/decisions.yaml` by default) looks like this::

    decisions:
    - id: d-3f9a2c1b
      kind: link
      old_meeting: wg-international-cooperation-2012-04
      old_ref: 3(b)
      new_meeting: wg-international-cooperation-2013-05
      new_ref: 3(c)
      who: A. Reviewer
      why: same request, moved to another letter

A decision's `id` is derived from what it is about (kind family and units),
never from who/why, so saying the same thing again replaces it instead of
adding a copy; an `id` written in the file is informative and not read
back. A link replaces an unlink of the same two units and the other way
round, and a new link replaces an older one that used either unit of the
same pair of meetings. The file is written atomically, in a stable order,
so it diffs well and a second identical run leaves it byte for byte the same.
"""

from __future__ import annotations

import dataclasses
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from compare.model import Change, Decision, Meeting, StaleDecision, Status
from compare.util.errors import InputError

DEFAULT_PATH = Path("meetings") / "decisions.yaml"
FILE_NAME = "decisions.yaml"
KINDS = ("link", "unlink", "editorial", "theme")
PAIR_KINDS = ("link", "unlink", "editorial")
PAIR_FIELDS = ("old_meeting", "old_ref", "new_meeting", "new_ref")
THEME_FIELDS = ("meeting", "ref", "theme")
TEXT_FIELDS = ("who", "why")
KNOWN_KEYS = ("id", "kind", *PAIR_FIELDS, *THEME_FIELDS, *TEXT_FIELDS)
HEADER = (
    "# Reviewer decisions for wgcompare, re-applied on every run.\n"
    "# Add and list them with `wgcompare decide`; ids are derived from the units named.\n"
)


class DecisionError(InputError):
    """A malformed decisions file or decision; the reason names the line when there is one."""


@dataclass(frozen=True)
class Added:
    """What `add_decision` did: `status` is "added", "replaced" or "unchanged"."""

    decision: Decision
    status: str
    replaced: tuple[Decision, ...] = ()


# ---------------------------------------------------------------- checking


def problems(decision: Decision) -> list[str]:
    """What is wrong with a decision on its own (empty when it is well formed)."""
    if decision.kind not in KINDS:
        return [f"unknown kind {decision.kind!r} (expected one of {', '.join(KINDS)})"]
    if decision.kind == "theme":
        missing = [name for name in THEME_FIELDS if not getattr(decision, name)]
        stray = [name for name in PAIR_FIELDS if getattr(decision, name)]
    else:
        stray = [name for name in THEME_FIELDS if getattr(decision, name)]
        sides = [(decision.old_meeting, decision.old_ref), (decision.new_meeting, decision.new_ref)]
        half = [
            f"{side}_{'ref' if meeting else 'meeting'}"
            for side, (meeting, ref) in zip(("old", "new"), sides, strict=True)
            if bool(meeting) != bool(ref)
        ]
        needed = PAIR_FIELDS if decision.kind != "editorial" else ()
        missing = [name for name in needed if not getattr(decision, name)] + half
        if decision.kind == "editorial" and not any(all(side) for side in sides):
            missing.append("old_meeting/old_ref or new_meeting/new_ref")
    found = [f"{decision.kind} decision needs {', '.join(dict.fromkeys(missing))}"] if missing else []
    if stray:
        found.append(f"{decision.kind} decision does not take {', '.join(stray)}")
    return found


def _conflicts(first: Decision, second: Decision) -> bool:
    """True when the two cannot both hold: same key, or two links sharing a unit of one pair of meetings."""
    if first.key == second.key:
        return True
    if first.kind != "link" or second.kind != "link":
        return False
    same_meetings = (first.old_meeting, first.new_meeting) == (second.old_meeting, second.new_meeting)
    return same_meetings and (first.old_ref == second.old_ref or first.new_ref == second.new_ref)


# ---------------------------------------------------------------- reading


def _scalar(path: Path, node: yaml.Node, what: str) -> str:
    if not isinstance(node, yaml.ScalarNode):
        raise DecisionError(path, f"line {node.start_mark.line + 1}: {what} must be plain text")
    return "" if node.tag == "tag:yaml.org,2002:null" else str(node.value).strip()


def _decision_from_node(path: Path, node: yaml.Node) -> Decision:
    line = node.start_mark.line + 1
    if not isinstance(node, yaml.MappingNode):
        raise DecisionError(path, f"line {line}: a decision must be a mapping of keys to values")
    fields: dict[str, str] = {}
    for key_node, value_node in node.value:
        key = _scalar(path, key_node, "a key")
        if key not in KNOWN_KEYS:
            raise DecisionError(
                path, f"line {key_node.start_mark.line + 1}: unknown key {key!r} (expected {', '.join(KNOWN_KEYS)})"
            )
        if key in fields:
            raise DecisionError(path, f"line {key_node.start_mark.line + 1}: key {key!r} given twice")
        fields[key] = _scalar(path, value_node, f"the value of {key!r}")
    fields.pop("id", None)
    if "kind" not in fields:
        raise DecisionError(path, f"line {line}: a decision needs a kind ({', '.join(KINDS)})")
    decision = Decision(**fields, line=line)
    found = problems(decision)
    if found:
        raise DecisionError(path, f"line {line}: {'; '.join(found)}")
    return decision


def _decision_nodes(path: Path, root: yaml.Node | None) -> list[yaml.Node]:
    if root is None:
        return []
    if isinstance(root, yaml.SequenceNode):
        return list(root.value)
    if not isinstance(root, yaml.MappingNode):
        raise DecisionError(path, f"line {root.start_mark.line + 1}: expected a 'decisions:' list")
    items: list[yaml.Node] = []
    for key_node, value_node in root.value:
        key = _scalar(path, key_node, "a key")
        if key != "decisions":
            raise DecisionError(
                path, f"line {key_node.start_mark.line + 1}: unknown key {key!r} (expected 'decisions')"
            )
        if isinstance(value_node, yaml.ScalarNode) and value_node.tag == "tag:yaml.org,2002:null":
            continue
        if not isinstance(value_node, yaml.SequenceNode):
            raise DecisionError(path, f"line {value_node.start_mark.line + 1}: 'decisions' must be a list")
        items.extend(value_node.value)
    return items


def _check_consistent(path: Path, decisions: Sequence[Decision]) -> None:
    for index, later in enumerate(decisions):
        for earlier in decisions[:index]:
            if _conflicts(earlier, later):
                raise DecisionError(
                    path, f"line {later.line}: contradicts the decision on line {earlier.line} ({earlier.id})"
                )


def load_decisions(path: Path | str) -> tuple[Decision, ...]:
    """The decisions in `path`, in file order; a missing file holds none.

    Raises DecisionError (an InputError) naming the file and the line for
    anything malformed, and for two decisions that contradict each other.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ()
    except (OSError, UnicodeDecodeError) as exc:
        raise DecisionError(path, f"cannot read: {getattr(exc, 'strerror', None) or exc}") from None
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if mark and exc.context_mark and mark.line >= len(text.splitlines()):  # at the end: say where it began
            mark = exc.context_mark
        where = f"line {mark.line + 1}: " if mark else ""
        raise DecisionError(path, f"{where}not valid YAML: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise DecisionError(path, f"not valid YAML: {exc}") from None
    decisions = tuple(_decision_from_node(path, node) for node in _decision_nodes(path, root))
    _check_consistent(path, decisions)
    return decisions


# ---------------------------------------------------------------- writing


def _ref_key(ref: str) -> tuple[int, str, str]:
    """Natural order of refs: "2" < "3" < "3(a)" < "3(b)" < "10"."""
    match = re.fullmatch(r"(\d+)(?:\s*\(?([a-z]+)\)?)?", ref.strip())
    if match:
        return int(match.group(1)), match.group(2) or "", ""
    return 1 << 30, "", ref


def sort_key(decision: Decision) -> tuple:
    """File and listing order: by meeting, then ref, then kind."""
    if decision.kind == "theme":
        meetings, refs = (decision.meeting, ""), (decision.ref, "")
    else:
        meetings = (decision.old_meeting or decision.new_meeting, decision.new_meeting)
        refs = (decision.old_ref or decision.new_ref, decision.new_ref)
    return (*meetings, _ref_key(refs[0]), _ref_key(refs[1]), KINDS.index(decision.kind), decision.id)


def _as_dict(decision: Decision) -> dict[str, str]:
    names = THEME_FIELDS if decision.kind == "theme" else PAIR_FIELDS
    data = {"id": decision.id, "kind": decision.kind}
    data.update({name: getattr(decision, name) for name in names if getattr(decision, name)})
    data.update({name: getattr(decision, name) for name in TEXT_FIELDS})
    return data


def dump_decisions(decisions: Iterable[Decision]) -> str:
    """The YAML text of a decisions file: header, then the decisions in `sort_key` order."""
    ordered = [_as_dict(d) for d in sorted(decisions, key=sort_key)]
    body = yaml.safe_dump(
        {"decisions": ordered}, sort_keys=False, allow_unicode=True, default_flow_style=False, width=1 << 16, indent=2
    )
    return HEADER + body


def write_decisions(path: Path | str, decisions: Iterable[Decision]) -> None:
    """Write the file atomically: a temporary file beside it, then os.replace."""
    path = Path(path)
    text = dump_decisions(decisions)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as temp:
            temp.write(text)
            temp.flush()
            os.fsync(temp.fileno())
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def add_decision(path: Path | str, decision: Decision) -> Added:
    """Add `decision` to the file at `path` (created when missing), replacing any it contradicts.

    Saying exactly the same thing again changes nothing and leaves the file as it was.
    """
    path = Path(path)
    decision = dataclasses.replace(
        decision, **{name: getattr(decision, name).strip() for name in (*PAIR_FIELDS, *THEME_FIELDS, *TEXT_FIELDS)}
    )
    found = problems(decision)
    if found:
        raise DecisionError(path, "; ".join(found))
    existing = load_decisions(path)
    if any(d == decision for d in existing):
        return Added(decision, "unchanged")
    replaced = tuple(d for d in existing if _conflicts(d, decision))
    kept = [d for d in existing if not _conflicts(d, decision)]
    write_decisions(path, [*kept, decision])
    return Added(decision, "replaced" if replaced else "added", replaced)


def remove_decision(path: Path | str, decision_id: str) -> Decision:
    """Remove the decision with id `decision_id` from the file and return it."""
    path = Path(path)
    existing = load_decisions(path)
    matching = [d for d in existing if d.id == decision_id]
    if not matching:
        raise DecisionError(path, f"no decision with id {decision_id!r}")
    write_decisions(path, [d for d in existing if d.id != decision_id])
    return matching[0]


def list_decisions(path: Path | str, *, kind: str = "", meeting: str = "") -> tuple[Decision, ...]:
    """The decisions in the file in `sort_key` order, optionally only one kind or those naming one meeting."""
    chosen = [
        d
        for d in load_decisions(path)
        if (not kind or d.kind == kind) and (not meeting or meeting in (d.old_meeting, d.new_meeting, d.meeting))
    ]
    return tuple(sorted(chosen, key=sort_key))


def describe(decision: Decision) -> str:
    """One line for a listing (see `Decision.describe`)."""
    return decision.describe()


def decisions_path_for(inputs: Sequence[Path | str]) -> Path:
    """Where a run's decisions live by default: `decisions.yaml` in the first folder given, else DEFAULT_PATH."""
    folders = [Path(i) for i in inputs if Path(i).is_dir()]
    return folders[0] / FILE_NAME if folders else DEFAULT_PATH


# ---------------------------------------------------------------- applying


def links_for_pair(
    decisions: Iterable[Decision], old_id: str, new_id: str
) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """(links, unlinks) for aligning meeting `old_id` with `new_id`: (old_ref, new_ref) pairs in ref order."""
    chosen = [
        d for d in decisions if d.kind in ("link", "unlink") and (d.old_meeting, d.new_meeting) == (old_id, new_id)
    ]

    def pairs(kind: str) -> tuple[tuple[str, str], ...]:
        found = {(d.old_ref, d.new_ref) for d in chosen if d.kind == kind}
        return tuple(sorted(found, key=lambda p: (_ref_key(p[0]), _ref_key(p[1]))))

    return pairs("link"), pairs("unlink")


def _label(decision: Decision) -> str:
    """What a changes row or a page shows for an applied decision."""
    said = f": {decision.why}" if decision.why else ""
    by = f" ({decision.who})" if decision.who else ""
    return f"{decision.id} {decision.kind}{said}{by}"


def apply_theme_decisions(meeting: Meeting, decisions: Iterable[Decision]) -> Meeting:
    """`meeting` with each unit a theme decision names set to that theme, the reason saying so."""
    themes = {d.ref: d for d in decisions if d.kind == "theme" and d.meeting == meeting.meeting_id}
    if not themes:
        return meeting
    units = []
    for unit in meeting.units:
        decision = themes.get(unit.ref)
        if decision is None or (unit.theme == decision.theme and unit.theme_reason.startswith(decision.id)):
            units.append(unit)
            continue
        was = f" (was {unit.theme})" if unit.theme and unit.theme != decision.theme else ""
        units.append(
            dataclasses.replace(
                unit,
                theme=decision.theme,
                secondary_themes=tuple(t for t in unit.secondary_themes if t != decision.theme),
                theme_reason=f"{_label(decision)}{was}",
            )
        )
    return dataclasses.replace(meeting, units=tuple(units))


def _row_sides(change: Change) -> tuple[tuple[str, str], tuple[str, str]]:
    old = (change.from_meeting, change.from_ref) if change.from_ref else ("", "")
    new = (change.to_meeting, change.to_ref) if change.to_ref else ("", "")
    return old, new


def _touches(decision: Decision, change: Change) -> bool:
    """True when `decision` speaks about this row of changes.csv."""
    old, new = _row_sides(change)
    if decision.kind == "theme":
        return (decision.meeting, decision.ref) in (old, new)
    if decision.kind == "editorial":
        return (decision.old if decision.old_meeting else ("", "")) == old and (
            decision.new if decision.new_meeting else ("", "")
        ) == new
    return old == decision.old or new == decision.new


def _overridden(change: Change, decision: Decision) -> Change:
    if change.status == Status.UNCHANGED:
        return change
    computed = (
        f" (computed: {change.significance}: {change.why})" if change.significance not in ("", "editorial") else ""
    )
    reason = decision.why or "the reviewer judged it editorial"
    return dataclasses.replace(
        change, significance="editorial", why=f"reviewer decision {decision.id}: {reason}{computed}"
    )


def apply_change_decisions(changes: Iterable[Change], decisions: Iterable[Decision]) -> tuple[Change, ...]:
    """Rows with the decisions that speak about them recorded in `decision`; editorial ones override significance."""
    decisions = sorted(decisions, key=sort_key)
    updated = []
    for change in changes:
        applying = [d for d in decisions if _touches(d, change)]
        for decision in applying:
            if decision.kind == "editorial":
                change = _overridden(change, decision)
        if applying:
            change = dataclasses.replace(change, decision="; ".join(_label(d) for d in applying))
        updated.append(change)
    return tuple(updated)


def consecutive_pairs(meetings: Iterable[Meeting]) -> tuple[tuple[str, str], ...]:
    """Each body's consecutive meetings, ordered by (start date, session, meeting id)."""
    by_body: dict[str, list[Meeting]] = {}
    for meeting in meetings:
        by_body.setdefault(meeting.body, []).append(meeting)
    pairs = []
    for body in sorted(by_body):
        ordered = sorted(by_body[body], key=lambda m: (m.start_date, m.session, m.meeting_id))
        pairs.extend((a.meeting_id, b.meeting_id) for a, b in zip(ordered, ordered[1:], strict=False))
    return tuple(pairs)


def _missing_units(decision: Decision, refs: dict[str, set[str]]) -> str:
    """Why the units a decision names are not in the corpus, or "" when they all are."""
    if decision.kind == "theme":
        named = [(decision.meeting, decision.ref)]
    else:
        named = [side for side in (decision.old, decision.new) if side[0]]
    for meeting_id, ref in named:
        if meeting_id not in refs:
            return f"meeting {meeting_id} is not in the corpus"
        if ref not in refs[meeting_id]:
            return f"{meeting_id} has no unit {ref}"
    return ""


def _not_applied(decision: Decision, changes: Sequence[Change]) -> str:
    """Why a decision whose units exist had no effect on the rows, or "" when it did."""
    old_new = [_row_sides(c) for c in changes]
    if decision.kind == "link" and (decision.old, decision.new) not in old_new:
        return "the two units were not paired (the aligner could not honour the link)"
    if decision.kind == "unlink" and (decision.old, decision.new) in old_new:
        return "the two units are still paired"
    if decision.kind == "editorial" and not any(
        _touches(decision, c) and c.status != Status.UNCHANGED for c in changes
    ):
        return "no modified, new or dropped row joins these units any more"
    return ""


def stale_decisions(
    decisions: Iterable[Decision],
    meetings: Iterable[Meeting],
    *,
    changes: Sequence[Change] | None = None,
    pairs: Iterable[tuple[str, str]] | None = None,
    theme_ids: Iterable[str] | None = None,
) -> tuple[StaleDecision, ...]:
    """Decisions that no longer match the corpus, with the reason, in `sort_key` order.

    Stale: a meeting or unit it names is gone; a link, unlink or two-sided
    editorial decision names two meetings that are not consecutive meetings
    of one body (`pairs`, by default `consecutive_pairs(meetings)`); a theme
    decision names a theme not in `theme_ids` (when given). With `changes`,
    also a decision that had no effect: a link the aligner did not make, an
    unlink of units still paired, an editorial override with no changed row.
    """
    meetings = list(meetings)
    refs = {m.meeting_id: {u.ref for u in m.units} for m in meetings}
    pairs = set(consecutive_pairs(meetings) if pairs is None else pairs)
    theme_ids = None if theme_ids is None else set(theme_ids)
    stale = []
    for decision in sorted(decisions, key=sort_key):
        reason = _missing_units(decision, refs)
        two_sided = decision.kind != "theme" and decision.old_meeting and decision.new_meeting
        if not reason and two_sided and (decision.old_meeting, decision.new_meeting) not in pairs:
            reason = f"{decision.old_meeting} and {decision.new_meeting} are not consecutive meetings of one body"
        if not reason and decision.kind == "theme" and theme_ids is not None and decision.theme not in theme_ids:
            reason = f"theme {decision.theme!r} is not in the taxonomy"
        if not reason and changes is not None and decision.kind != "theme":
            reason = _not_applied(decision, changes)
        if reason:
            stale.append(StaleDecision(decision, reason))
    return tuple(stale)
