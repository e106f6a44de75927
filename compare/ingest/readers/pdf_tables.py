"""Unruled tables in a PDF: cells separated by wide gaps whose columns line up over several lines."""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

from compare.ingest.readers.pdf_lines import Line, Word

LABEL_CELL = re.compile(r"^\(?[0-9A-Za-z]{1,5}[.)]$")
COLUMN_TOLERANCE = 3.0  # points


@dataclass
class Segment:
    """Words of a line between two wide gaps: a table cell candidate."""

    words: list[Word] = field(default_factory=list)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @property
    def text(self) -> str:
        return Line(self.words, 0).text


def line_segments(line: Line) -> list[Segment]:
    """The line cut at gaps much wider than its usual space between words."""
    words = line.main
    gaps = [b.x0 - a.x1 for a, b in zip(words, words[1:], strict=False)]
    if not gaps:
        return [Segment(line.words)]
    space = min(statistics.median(gaps), 0.5 * line.size)
    wide = max(0.8 * line.size, 2.5 * max(space, 0.1))
    cut = [Segment([])]
    previous: Word | None = None
    for word in line.words:
        if previous is not None and not word.mark and word.x0 - previous.x1 > wide:
            cut.append(Segment([]))
        cut[-1].words.append(word)
        previous = word
    return cut


def gap_tables(lines: list[Line]) -> dict[int, tuple[int, tuple]]:
    """Unruled tables: start line index -> (end index, rows)."""
    found: dict[int, tuple[int, tuple]] = {}
    index = 0
    while index < len(lines):
        region = _table_region(lines, index)
        if region:
            end, rows = region
            found[index] = (end, rows)
            index = end
        else:
            index += 1
    return found


def _table_region(lines: list[Line], start: int):
    if not lines[start].words:
        return None
    first = line_segments(lines[start])
    if len(first) < 2:
        return None
    columns = [s.x0 for s in first]
    placed = [(lines[start], _place(first, columns))]
    end = start + 1
    while end < len(lines):
        line = lines[end]
        if not line.words or line.page != lines[start].page or line.top - lines[end - 1].bottom > 3 * line.size:
            break
        segments = line_segments(line)
        cells = _place(segments, columns)
        if cells is None and len(segments) >= 2:
            columns = _widen(columns, segments)
            cells = _place(segments, columns) if columns else None
        if cells is None:
            break
        placed.append((line, cells))
        end += 1
    multi = sum(1 for _line, cells in placed if sum(1 for c in cells if c) >= 2)
    first_column = [c[0] for _line, c in placed if c[0]]
    if multi < 2 or all(LABEL_CELL.match(text) for text in first_column):
        return None
    return end, _rows(placed, len(columns))


def _place(segments: list[Segment], columns: list[float]):
    """Cell texts by column, or None when a segment does not sit in a column."""
    cells = [""] * len(columns)
    for segment in segments:
        column = next((i for i, x in enumerate(columns) if abs(segment.x0 - x) <= COLUMN_TOLERANCE), None)
        if column is None or cells[column]:
            return None
        if column + 1 < len(columns) and segment.x1 > columns[column + 1] - COLUMN_TOLERANCE:
            return None
        cells[column] = segment.text
    return cells


def _widen(columns: list[float], segments: list[Segment]) -> list[float] | None:
    """Columns plus those a line adds, when at least two of its segments sit in known columns."""
    known = [s for s in segments if any(abs(s.x0 - x) <= COLUMN_TOLERANCE for x in columns)]
    if len(known) < 2:
        return None
    return sorted(set(columns) | {s.x0 for s in segments if s not in known})


def _rows(placed: list[tuple[Line, list[str]]], width: int) -> tuple[tuple[str, ...], ...]:
    """Lines -> rows: a line set tight under the row above continues it unless it opens a new first cell."""
    rows: list[list[list[str]]] = []
    previous: Line | None = None
    for line, cells in placed:
        cells = cells + [""] * (width - len(cells))
        tight = previous is not None and (line.bottom - previous.bottom) <= 1.35 * line.size
        wrapped_first = bool(rows) and rows[-1][0] and rows[-1][0][-1].endswith(("-", "/"))
        if rows and tight and (not cells[0] or wrapped_first):
            for column, text in enumerate(cells):
                if text:
                    rows[-1][column].append(text)
        else:
            rows.append([[text] if text else [] for text in cells])
        previous = line
    return tuple(tuple(" ".join(parts) for parts in row) for row in rows)
