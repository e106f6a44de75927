"""A meeting report in canonical form: blocks read, then units, sections, annex, footnotes, metadata."""

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
    """A table of the report (the annex list of documents): its title, column names and rows."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True, kw_only=True)
class Footnote:
    """A footnote: its mark, its text and the unit whose text carries the mark."""

    mark: str
    text: str
    unit_ref: str = ""  # the unit whose text carries the mark


@dataclass(frozen=True, kw_only=True)
class Panellist:
    """A panellist the report names, with their country or organisation."""

    name: str
    affiliation: str = ""
    unit_ref: str = ""


@dataclass(frozen=True, kw_only=True)
class Meeting:
    """One meeting's report in canonical form: metadata read from its words, its structure and units."""

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
    warnings: tuple[str, ...] = field(default=(), compare=False)  # what the structure audit found odd
    furniture: tuple[str, ...] = ()  # page furniture set aside (job numbers, running headers ...), kept to check
    front_matter: tuple[str, ...] = ()  # the masthead and title lines before the text, as read (metadata's source)

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
    return dataclasses.asdict(meeting)


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
