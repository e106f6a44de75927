"""The indexes over a Comparison that every page reads: meetings, units and lineages by id, changes by pair."""

from __future__ import annotations

from dataclasses import dataclass

from compare.model import Change, Comparison, Meeting, Theme, Unit, changes_by_pair


@dataclass(frozen=True)
class Lookups:
    comparison: Comparison
    meetings: dict[str, Meeting]
    units: dict[tuple[str, str], Unit]
    positions: dict[tuple[str, str], int]
    themes: tuple[Theme, ...]
    theme_labels: dict[str, str]
    pair_changes: dict[tuple[str, str], list[Change]]

    def lineage(self, meeting_id: str, ref: str, change: Change | None = None) -> str:
        """The analysis's lineage of a unit: `lineage_of`, else the change's, else the unit itself."""
        found = self.comparison.lineage_of.get((meeting_id, ref))
        return found or (change.lineage if change is not None else "") or f"{meeting_id}#{ref}"

    def unit(self, meeting_id: str, ref: str) -> Unit | None:
        return self.units.get((meeting_id, ref)) if ref else None


def lookups(comparison: Comparison) -> Lookups:
    themes = all_themes(comparison)
    return Lookups(
        comparison=comparison,
        meetings={m.meeting_id: m for m in comparison.meetings},
        units={(m.meeting_id, u.ref): u for m in comparison.meetings for u in m.units},
        positions={(m.meeting_id, u.ref): i for m in comparison.meetings for i, u in enumerate(m.units)},
        themes=themes,
        theme_labels={t.id: t.label for t in themes},
        pair_changes=changes_by_pair(comparison.changes),
    )


def all_themes(comparison: Comparison) -> tuple[Theme, ...]:
    """The taxonomy's themes in its order, then (sorted) any theme id only units or changes use."""
    known = {t.id for t in comparison.themes}
    used = {u.theme for m in comparison.meetings for u in m.units}
    used |= {c.theme for c in comparison.changes}
    extra = tuple(Theme(id=tid, label=tid or "No theme") for tid in sorted(used - known))
    return tuple(comparison.themes) + extra


def is_recommendation(change: Change, old: Unit | None, new: Unit | None) -> bool:
    return change.unit == "recommendation" or any(u is not None and u.is_recommendation for u in (old, new))
