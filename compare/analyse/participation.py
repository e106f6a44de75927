"""Who spoke and what was cited, meeting by meeting: participation.csv and references.csv.

Both tables are full matrices written long: one row per meeting x State (or
x reference) across everything the corpus holds, so a State that spoke at one
meeting has a row, `false`, at every other, and an article cited once has a
row, count 0, wherever it was not cited. Rows come grouped by State (by
reference), each group's meetings in the order given (`Comparison.meetings`:
by body, then date), which is what the report's matrices read row by row.

participation.csv columns (PARTICIPATION_COLUMNS):
  meeting_id, body, session, year -- the meeting;
  state -- the State's name as the report writes it, "the" before a capital dropped;
  made_statement -- "true"/"false"; empty when the meeting's report lists no
  States at all (nothing is known, so nothing is claimed).

references.csv columns (REFERENCE_COLUMNS):
  meeting_id, body, session, year -- the meeting;
  kind -- "article", "resolution" or "decision";
  id -- "18.18" (article 18, paragraph 18), "16", "5/7";
  label -- "article 18, paragraph 18", "resolution 5/7";
  article -- the article number for articles ("18"), else empty;
  count -- how many times the meeting's units cite it (0 when none does);
  refs -- the refs of those units, space-separated, in report order.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from compare.model import Meeting

PARTICIPATION_COLUMNS = ("meeting_id", "body", "session", "year", "state", "made_statement")
REFERENCE_COLUMNS = (
    "meeting_id", "body", "session", "year", "kind", "id", "label", "article", "count", "refs",
)  # fmt: skip
REFERENCE_KINDS = ("article", "resolution", "decision")


def state_name(name: str) -> str:
    """A State's name without stray spaces or the "the" a list puts before a capital: "the Russian
    Federation" and "Russian Federation" are one State ("the former Yugoslav ..." keeps its "the")."""
    return re.sub(r"^the\s+(?=[A-Z])", "", " ".join(name.split()))


def _name_key(name: str) -> tuple[str, str]:
    """Alphabetical order that ignores case and accents ("Côte d'Ivoire" before "Cuba")."""
    plain = unicodedata.normalize("NFKD", name)
    return "".join(c for c in plain if not unicodedata.combining(c)).casefold(), name


def _meeting_cells(meeting: Meeting) -> dict:
    return {"meeting_id": meeting.meeting_id, "body": meeting.body, "session": meeting.session, "year": meeting.year}


def participation_rows(meetings: Sequence[Meeting]) -> list[dict]:
    """Rows of participation.csv: every State any meeting lists x every meeting."""
    spoke = {m.meeting_id: {state_name(s) for s in m.states} for m in meetings}
    states = sorted(set().union(*spoke.values()), key=_name_key)
    rows = []
    for state in states:
        for meeting in meetings:
            listed = spoke[meeting.meeting_id]
            made = ("true" if state in listed else "false") if listed else ""
            rows.append({**_meeting_cells(meeting), "state": state, "made_statement": made})
    return rows


def reference_label(kind: str, ref_id: str) -> str:
    """ "article 18, paragraph 18" for ("article", "18.18"), "resolution 5/7" for ("resolution", "5/7")."""
    if kind == "article" and "." in ref_id:
        article, paragraph = ref_id.split(".", 1)
        return f"article {article}, paragraph {paragraph}"
    return f"{kind} {ref_id}"


def _reference_key(key: tuple[str, str]) -> tuple:
    kind, ref_id = key
    numbers = tuple(int(n) for n in re.findall(r"\d+", ref_id))
    return REFERENCE_KINDS.index(kind), numbers, ref_id


def _citations(meeting: Meeting, kinds: Iterable[str]) -> dict[tuple[str, str], list[str]]:
    """(kind, id) -> the ref of each unit citing it, once per citation."""
    cited: dict[tuple[str, str], list[str]] = {}
    for unit in meeting.units:
        for reference in unit.references:
            if reference.kind in kinds:
                cited.setdefault((reference.kind, reference.id), []).append(unit.ref)
    return cited


def reference_rows(meetings: Sequence[Meeting], kinds: Sequence[str] = REFERENCE_KINDS) -> list[dict]:
    """Rows of references.csv: every article, resolution and decision any meeting cites x every meeting."""
    cited = {m.meeting_id: _citations(m, kinds) for m in meetings}
    keys = sorted({key for found in cited.values() for key in found}, key=_reference_key)
    rows = []
    for kind, ref_id in keys:
        for meeting in meetings:
            refs = cited[meeting.meeting_id].get((kind, ref_id), [])
            rows.append(
                {
                    **_meeting_cells(meeting),
                    "kind": kind,
                    "id": ref_id,
                    "label": reference_label(kind, ref_id),
                    "article": ref_id.split(".", 1)[0] if kind == "article" else "",
                    "count": len(refs),
                    "refs": " ".join(dict.fromkeys(refs)),
                }
            )
    return rows


def participation_context(comparison) -> list[dict]:
    """The rows the `participation_matrix` macro takes: `extras["participation"]` when the
    pipeline put them there, else computed from the comparison's meetings."""
    rows = comparison.extras.get("participation")
    return list(rows) if rows is not None else participation_rows(comparison.meetings)


def references_context(comparison) -> list[dict]:
    """The rows the `references_matrix` macro takes (see `participation_context`)."""
    rows = comparison.extras.get("references")
    return list(rows) if rows is not None else reference_rows(comparison.meetings)
