"""Reviewer decisions applied to a run: links and unlinks for the aligner, themes set, editorial
overrides of significance, and the decisions that no longer match the corpus.

The decisions come from the reviewer's YAML file (`compare.ingest.decisions_file`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence

from compare.analyse import timelines
from compare.ingest.decision_rules import ref_key, sort_key
from compare.model import Change, Decision, Meeting, Significance, StaleDecision, Status


def links_for_pair(
    decisions: Iterable[Decision], old_id: str, new_id: str
) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """(links, unlinks) for aligning meeting `old_id` with `new_id`: (old_ref, new_ref) pairs in ref order."""
    chosen = [
        d for d in decisions if d.kind in ("link", "unlink") and (d.old_meeting, d.new_meeting) == (old_id, new_id)
    ]

    def pairs(kind: str) -> tuple[tuple[str, str], ...]:
        found = {(d.old_ref, d.new_ref) for d in chosen if d.kind == kind}
        return tuple(sorted(found, key=lambda p: (ref_key(p[0]), ref_key(p[1]))))

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
    """The row's (meeting, ref) on each side of its pair; ("", "") on the side the unit is absent from."""
    old_meeting, new_meeting = change.pair
    old = (old_meeting, change.from_ref) if change.from_ref else ("", "")
    new = (new_meeting, change.to_ref) if change.to_ref else ("", "")
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
    shown = change.significance not in (Significance.NONE, Significance.EDITORIAL)
    computed = f" (computed: {change.significance}: {change.why})" if shown else ""
    reason = decision.why or "the reviewer judged it editorial"
    return dataclasses.replace(
        change, significance=Significance.EDITORIAL, why=f"reviewer decision {decision.id}: {reason}{computed}"
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
    of one body (`pairs`, by default those of `timelines.timelines_of(meetings)`); a theme
    decision names a theme not in `theme_ids` (when given). With `changes`,
    also a decision that had no effect: a link the aligner did not make, an
    unlink of units still paired, an editorial override with no changed row.
    """
    meetings = list(meetings)
    refs = {m.meeting_id: {u.ref for u in m.units} for m in meetings}
    pairs = set(timelines.pairs(timelines.timelines_of(meetings)) if pairs is None else pairs)
    theme_ids = None if theme_ids is None else set(theme_ids)
    found = ((d, _stale_reason(d, refs, pairs, theme_ids, changes)) for d in sorted(decisions, key=sort_key))
    return tuple(StaleDecision(decision, reason) for decision, reason in found if reason)


def _stale_reason(decision: Decision, refs, pairs, theme_ids, changes) -> str:
    """Why `decision` no longer matches the corpus (see `stale_decisions`), or ""."""
    missing = _missing_units(decision, refs)
    if missing:
        return missing
    if decision.kind == "theme":
        known = theme_ids is None or decision.theme in theme_ids
        return "" if known else f"theme {decision.theme!r} is not in the taxonomy"
    two_sided = decision.old_meeting and decision.new_meeting
    if two_sided and (decision.old_meeting, decision.new_meeting) not in pairs:
        return f"{decision.old_meeting} and {decision.new_meeting} are not consecutive meetings of one body"
    return _not_applied(decision, changes) if changes is not None else ""
