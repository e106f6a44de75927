"""The reviewer decisions file: YAML beside the corpus, read, checked, listed and rewritten.

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
same pair of meetings. YAML anchors and aliases are refused (a few lines of
aliases can stand for gigabytes). The file is written atomically, in a
stable order, so it diffs well and a second identical run leaves it byte for
byte the same. Applying decisions to a run is `compare.analyse.decisions`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from compare.ingest.decision_rules import (
    KINDS,
    PAIR_FIELDS,
    TEXT_FIELDS,
    THEME_FIELDS,
    conflicts,
    first_contradiction,
    problems,
    sort_key,
)
from compare.model import Decision
from compare.util.atomic import write_file_atomic
from compare.util.errors import InputError

DEFAULT_PATH = Path("meetings") / "decisions.yaml"
KNOWN_KEYS = ("id", "kind", *PAIR_FIELDS, *THEME_FIELDS, *TEXT_FIELDS)
NULL_TAG = "tag:yaml.org,2002:null"
# libyaml's loader when PyYAML was built with it (ten times faster), with the same marks.
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
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


def _check_consistent(path: Path, decisions: Sequence[Decision]) -> None:
    found = first_contradiction(decisions)
    if found:
        later, earlier = found
        raise DecisionError(path, f"line {later.line}: contradicts the decision on line {earlier.line} ({earlier.id})")


# ---------------------------------------------------------------- reading


def _scalar(path: Path, node: yaml.Node, what: str) -> str:
    if not isinstance(node, yaml.ScalarNode):
        raise DecisionError(path, f"line {node.start_mark.line + 1}: {what} must be plain text")
    return "" if node.tag == NULL_TAG else str(node.value).strip()


def _decision_from_node(path: Path, node: yaml.Node) -> Decision:
    line = node.start_mark.line + 1
    if not isinstance(node, yaml.MappingNode):
        raise DecisionError(path, f"line {line}: a decision must be a mapping of keys to values")
    fields: dict[str, str] = {}
    for key_node, value_node in node.value:
        key = _scalar(path, key_node, "a key")
        where = f"line {key_node.start_mark.line + 1}"
        if key not in KNOWN_KEYS:
            raise DecisionError(path, f"{where}: unknown key {key!r} (expected {', '.join(KNOWN_KEYS)})")
        if key in fields:
            raise DecisionError(path, f"{where}: key {key!r} given twice")
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
        if isinstance(value_node, yaml.ScalarNode) and value_node.tag == NULL_TAG:
            continue
        if not isinstance(value_node, yaml.SequenceNode):
            raise DecisionError(path, f"line {value_node.start_mark.line + 1}: 'decisions' must be a list")
        items.extend(value_node.value)
    return items


def _refuse_aliases(path: Path, text: str) -> None:
    """Anchors and aliases refused before anything is built: a few lines of them can stand for gigabytes."""
    for event in yaml.parse(text, Loader=LOADER):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            line = event.start_mark.line + 1
            raise DecisionError(path, f"line {line}: anchors and aliases (& and *) are not allowed")


def _compose(path: Path, text: str) -> yaml.Node | None:
    """The YAML node tree of `text`; a one-line DecisionError naming the line when it cannot be read."""
    try:
        _refuse_aliases(path, text)
        return yaml.compose(text, Loader=LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if mark and exc.context_mark and mark.line >= len(text.splitlines()):  # at the end: say where it began
            mark = exc.context_mark
        where = f"line {mark.line + 1}: " if mark else ""
        raise DecisionError(path, f"{where}not valid YAML: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise DecisionError(path, f"not valid YAML: {exc}") from None


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
    decisions = tuple(_decision_from_node(path, node) for node in _decision_nodes(path, _compose(path, text)))
    _check_consistent(path, decisions)
    return decisions


# ---------------------------------------------------------------- writing


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
    """Write the file atomically (`compare.util.atomic`)."""
    write_file_atomic(Path(path), dump_decisions(decisions).encode("utf-8"))


# ---------------------------------------------------------------- the store


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
    replaced = tuple(d for d in existing if conflicts(d, decision))
    kept = [d for d in existing if not conflicts(d, decision)]
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
