"""Who spoke and what was cited, meeting by meeting (the rows of participation.csv and references.csv).

Both tables are full matrices written long: one row per meeting x State (or
x reference) across everything the corpus holds, so a State that spoke at one
meeting has a row, `false`, at every other, and an article cited once has a
row, count 0, wherever it was not cited. Rows come grouped by State (by
reference), each group's meetings in the order given (`Comparison.meetings`:
by body, then date), which is what the report's matrices read row by row.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from compare.model import Citation, Meeting, Participation

REFERENCE_KINDS = ("article", "resolution", "decision")


def state_name(name: str) -> str:
    """A State's name without stray spaces or the "the" a list puts before a capital: "the Russian
    Federation" and "Russian Federation" are one State ("the former Yugoslav ..." keeps its "the")."""
    return re.sub(r"^the\s+(?=[A-Z])", "", " ".join(name.split()))


def _name_key(name: str) -> tuple[str, str]:
    """Alphabetical order that ignores case and accents ("Côte d'Ivoire" before "Cuba")."""
    plain = unicodedata.normalize("NFKD", name)
    return "".join(c for c in plain if not unicodedata.combining(c)).casefold(), name


def participation(meetings: Sequence[Meeting]) -> tuple[Participation, ...]:
    """Every State any meeting lists x every meeting, grouped by State in name order."""
    spoke = {m.meeting_id: {state_name(s) for s in m.states} for m in meetings}
    states = sorted(set().union(*spoke.values()), key=_name_key)
    return tuple(
        Participation(
            meeting_id=meeting.meeting_id,
            state=state,
            made_statement=(state in spoke[meeting.meeting_id]) if spoke[meeting.meeting_id] else None,
        )
        for state in states
        for meeting in meetings
    )


def _reference_key(key: tuple[str, str]) -> tuple:
    kind, ref_id = key
    numbers = tuple(int(n) for n in re.findall(r"\d+", ref_id))
    return REFERENCE_KINDS.index(kind), numbers, ref_id


def _cited(meeting: Meeting, kinds: Iterable[str]) -> dict[tuple[str, str], list[str]]:
    """(kind, id) -> the ref of each unit citing it, once per citation."""
    cited: dict[tuple[str, str], list[str]] = {}
    for unit in meeting.units:
        for reference in unit.references:
            if reference.kind in kinds:
                cited.setdefault((reference.kind, reference.id), []).append(unit.ref)
    return cited


def citations(meetings: Sequence[Meeting], kinds: Sequence[str] = REFERENCE_KINDS) -> tuple[Citation, ...]:
    """Every article, resolution and decision any meeting cites x every meeting."""
    cited = {m.meeting_id: _cited(m, kinds) for m in meetings}
    keys = sorted({key for found in cited.values() for key in found}, key=_reference_key)
    return tuple(
        Citation(meeting_id=m.meeting_id, kind=kind, id=ref_id, refs=tuple(cited[m.meeting_id].get((kind, ref_id), ())))
        for kind, ref_id in keys
        for m in meetings
    )
