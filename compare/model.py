"""The plain data model every stage shares.

Readers produce `Block`s; the normaliser turns them into a `Meeting`;
themes, alignment and reports only read and `dataclasses.replace` these.
Everything is frozen and keyword-only, and converts to and from JSON with
`meeting_to_dict` / `meeting_from_dict`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from enum import StrEnum


class BlockKind(StrEnum):
    """What a reader knows a block to be."""

    TEXT = "text"
    HEADING = "heading"
    TABLE_ROW = "table_row"
    PAGE_BREAK = "page_break"


@dataclass(frozen=True, kw_only=True)
class Block:
    """A piece of text in reading order, with what its format says of style.

    `text` may hold several hard-wrapped lines; the normaliser unwraps them.
    `level` is the heading level the format declares (0 when none), `bold`
    whether the whole block is bold, `cells` the cells of a table row.
    """

    text: str
    kind: BlockKind = BlockKind.TEXT
    level: int = 0
    bold: bool = False
    cells: tuple[str, ...] = ()
    page: int = 0


@dataclass(frozen=True, kw_only=True)
class Reference:
    """Something a unit cites: a Convention article, a resolution, a symbol."""

    kind: str  # "article" | "resolution" | "decision" | "symbol"
    id: str  # "18.18" for article 18, paragraph 18; "5/7"; "CTOC/COP/WG.3/2012/1"
    text: str  # the words as they stand in the report


@dataclass(frozen=True, kw_only=True)
class Unit:
    """The smallest numbered piece of a report: a paragraph or a lettered item."""

    ref: str  # "14" or "3(b)"
    paragraph: int
    item: str = ""
    section: str = ""  # "III.D"
    heading: str = ""  # the nearest heading (a run-in heading when there is one)
    text: str = ""
    is_recommendation: bool = False
    is_lead_in: bool = False
    footnotes: tuple[str, ...] = ()  # footnote marks in the text
    references: tuple[Reference, ...] = ()
    theme: str = ""
    secondary_themes: tuple[str, ...] = ()
    theme_reason: str = ""


@dataclass(frozen=True, kw_only=True)
class Section:
    """A chapter ("III") or sub-chapter ("III.D"), or a run-in heading inside one."""

    id: str
    numeral: str = ""
    letter: str = ""
    title: str = ""
    run_in: bool = False
    first_ref: str = ""  # the ref of the first unit after the heading ("" when none follows)


@dataclass(frozen=True, kw_only=True)
class Table:
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True, kw_only=True)
class Footnote:
    mark: str
    text: str
    unit_ref: str = ""  # the unit whose text carries the mark


@dataclass(frozen=True, kw_only=True)
class Panellist:
    name: str
    affiliation: str = ""
    unit_ref: str = ""


@dataclass(frozen=True, kw_only=True)
class Meeting:
    meeting_id: str
    body: str
    parent_body: str = ""
    session: int = 0
    year: int = 0
    start_date: str = ""  # ISO dates
    end_date: str = ""
    dates: tuple[str, ...] = ()
    venue: str = ""
    distribution_date: str = ""
    original_language: str = ""
    symbol: str = ""
    title: str = ""
    source: str = ""  # the input file's name
    source_sha256: str = ""
    sample: bool = False  # an illustrative sample, not an official document
    sections: tuple[Section, ...] = ()
    units: tuple[Unit, ...] = ()
    annex: tuple[Table, ...] = ()
    footnotes: tuple[Footnote, ...] = ()
    states: tuple[str, ...] = ()  # States that made statements
    panellists: tuple[Panellist, ...] = ()
    warnings: tuple[str, ...] = field(default=(), compare=False)

    @property
    def recommendations(self) -> tuple[Unit, ...]:
        return tuple(u for u in self.units if u.is_recommendation)


_NESTED = {
    "sections": Section,
    "units": Unit,
    "annex": Table,
    "footnotes": Footnote,
    "panellists": Panellist,
}


def meeting_to_dict(meeting: Meeting) -> dict:
    """A JSON-ready dict; key order follows the dataclass fields."""
    data = dataclasses.asdict(meeting)
    data.pop("warnings")
    return data


def _tuples(value):
    if isinstance(value, list):
        return tuple(_tuples(v) for v in value)
    return value


def _unit_from_dict(data: dict) -> Unit:
    refs = tuple(Reference(**r) for r in data.get("references", ()))
    rest = {k: _tuples(v) for k, v in data.items() if k != "references"}
    return Unit(references=refs, **rest)


def meeting_from_dict(data: dict) -> Meeting:
    """Inverse of `meeting_to_dict`; unknown keys raise TypeError."""
    fields = {}
    for key, value in data.items():
        if key == "units":
            fields[key] = tuple(_unit_from_dict(u) for u in value)
        elif key in _NESTED:
            fields[key] = tuple(_NESTED[key](**{k: _tuples(v) for k, v in item.items()}) for item in value)
        else:
            fields[key] = _tuples(value)
    return Meeting(**fields)


class Status(StrEnum):
    """What happened to a unit between two consecutive meetings."""

    UNCHANGED = "unchanged"
    MODIFIED = "modified"
    NEW = "new"
    DROPPED = "dropped"


@dataclass(frozen=True, kw_only=True)
class WordDiff:
    """A word-level diff: ops are (-1 deleted | 0 kept | 1 inserted, text)."""

    ops: tuple[tuple[int, str], ...]
    inserted: int
    deleted: int
    degraded: bool = False  # True when the diff timed out and is coarser than word level


@dataclass(frozen=True, kw_only=True)
class Change:
    """One row of changes.csv: a unit's fate between two consecutive meetings."""

    unit: str  # "recommendation" | "paragraph"
    theme: str
    from_meeting: str
    from_ref: str
    to_meeting: str
    to_ref: str
    status: Status
    similarity: float
    inserted: int = 0
    deleted: int = 0
    moved: bool = False  # matched, but the ref or the theme changed
    from_theme: str = ""
    diff: WordDiff | None = None
    lineage: str = ""
    significance: str = ""  # "major" | "minor" | "editorial" (empty for unchanged)
    why: str = ""
    decision: str = ""  # the reviewer decision applied to this row, if any
    returned_from: str = ""  # on a new row whose unit continues a lineage dropped earlier: the meeting last seen at


@dataclass(frozen=True, kw_only=True)
class Theme:
    id: str
    label: str
    description: str = ""
    articles: tuple[str, ...] = ()  # "16", "18.18" (article 18, paragraph 18)
    keywords: tuple[str, ...] = ()
    heading_keywords: tuple[str, ...] = ()  # words that count only in headings ("introduction")
    procedural: bool = False  # about the meeting itself; its headings yield to a unit's clear topic


@dataclass(frozen=True, kw_only=True)
class Comparison:
    """Everything the reports need, computed once by `compare.pipeline`.

    `meetings` are ordered by (body, start_date, meeting_id) and their units
    carry themes; `timelines` hold each body's meeting ids in date order;
    `changes` are the rows of changes.csv, pair by pair; `lineage_of` maps
    (meeting_id, ref) to the lineage id that follows a unit across meetings.
    """

    meetings: tuple[Meeting, ...]
    timelines: tuple[tuple[str, ...], ...]
    changes: tuple[Change, ...]
    lineage_of: dict[tuple[str, str], str]
    themes: tuple[Theme, ...]
    extras: dict = field(default_factory=dict)  # follow-ups, decisions applied, stale decisions ...

    def meeting(self, meeting_id: str) -> Meeting:
        return next(m for m in self.meetings if m.meeting_id == meeting_id)

    @property
    def pairs(self) -> tuple[tuple[str, str], ...]:
        return tuple(p for ids in self.timelines for p in zip(ids, ids[1:], strict=False))
