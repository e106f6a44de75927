"""PDF lines -> blocks: paragraphs by line pitch and deliberate breaks, headings by font size, tables."""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass

from compare.ingest.readers.pdf_columns import reading_order
from compare.ingest.readers.pdf_lines import Line
from compare.ingest.readers.pdf_tables import gap_tables
from compare.model import Block, BlockKind

SENTENCE_END = re.compile(r"[.:;!?][”\"’')\]]*(?:\[\^\w+\])*$")
HEADING_RATIO = 1.15  # a font this much larger than the body text is a heading


def blocks(lines: list[Line], pages: int) -> list[Block]:
    body_size = _body_size([line for line in lines if line.words])
    lines = reading_order(lines, body_size)
    text_lines = [line for line in lines if line.words]
    pitch = _usual_pitch(text_lines)
    tables = gap_tables(lines)
    groups = _groupblocks(lines, tables, pitch)
    heading_levels = _heading_levels(groups, body_size)
    blocks: list[Block] = []
    page = 1
    for group in groups:
        while group.page > page:
            page += 1
            blocks.append(Block(text="", kind=BlockKind.PAGE_BREAK, page=page))
        blocks.extend(group.blocks(heading_levels))
    while page < pages:
        page += 1
        blocks.append(Block(text="", kind=BlockKind.PAGE_BREAK, page=page))
    return blocks


def _body_size(lines: list[Line]) -> float:
    sizes: Counter = Counter()
    for line in lines:
        for word in line.main:
            sizes[round(word.size * 2) / 2] += len(word.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _usual_pitch(lines: list[Line]) -> float:
    """The usual baseline-to-baseline distance inside a paragraph, as a multiple of the font size."""
    ratios = [
        (line.bottom - previous.bottom) / line.size
        for previous, line in zip(lines, lines[1:], strict=False)
        if line.page == previous.page
        and abs(line.size - previous.size) < 0.5
        and line.size > 0
        and 0.8 < (line.bottom - previous.bottom) / line.size < 3.0
    ]
    return statistics.median(ratios) if ratios else 1.2


@dataclass
class Group:
    """Lines that form one block (or the rows of one table)."""

    lines: list[Line]
    rows: tuple[tuple[str, ...], ...] = ()

    @property
    def page(self) -> int:
        return self.lines[0].page

    def blocks(self, heading_levels: dict[float, int]) -> list[Block]:
        if self.rows:
            return [
                Block(text=" ".join(c for c in row if c), kind=BlockKind.TABLE_ROW, cells=row, page=self.page)
                for row in self.rows
                if any(row)
            ]
        text = "\n".join(line.text for line in self.lines).strip()
        if not text:
            return []
        level = heading_levels.get(round(self.lines[0].size * 2) / 2, 0)
        kind = BlockKind.HEADING if level else BlockKind.TEXT
        bold = all(line.bold for line in self.lines)
        return [Block(text=text, kind=kind, level=level, bold=bold, page=self.page)]


def _heading_levels(groups: list[Group], body_size: float) -> dict[float, int]:
    sizes = sorted(
        {
            round(g.lines[0].size * 2) / 2
            for g in groups
            if not g.rows and g.lines[0].words and g.lines[0].size > body_size * HEADING_RATIO
        },
        reverse=True,
    )
    return {size: level for level, size in enumerate(sizes, 1)}


def _groupblocks(lines: list[Line], tables: dict[int, tuple[int, tuple]], pitch: float) -> list[Group]:
    groups: list[Group] = []
    right_edges = _right_edges(lines)
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.table:
            groups.append(Group([line], rows=line.table))
        elif index in tables:
            end, rows = tables[index]
            groups.append(Group(lines[index:end], rows=rows))
            index = end
            continue
        elif groups and not groups[-1].rows and _continues(groups[-1].lines[-1], line, pitch, right_edges):
            groups[-1].lines.append(line)
        else:
            groups.append(Group([line]))
        index += 1
    return groups


def _right_edges(lines: list[Line]) -> dict[int, float]:
    edges: dict[int, float] = {}
    for line in lines:
        if line.words:
            edges[line.page] = max(edges.get(line.page, 0.0), line.x1)
    return edges


def _continues(previous: Line, line: Line, pitch: float, right_edges: dict[int, float]) -> bool:
    """Whether `line` goes on the block that `previous` ends."""
    if line.page != previous.page or previous.table or not previous.words:
        return False
    if abs(line.size - previous.size) > 0.1 * max(line.size, previous.size) or line.bold != previous.bold:
        return False
    if line.bottom <= previous.bottom:  # back up the page: the next column
        return False
    if (line.bottom - previous.bottom) / line.size > pitch + 0.3:
        return False
    if SENTENCE_END.search(previous.text) or previous.bold:  # bold text that stops short is a heading's end
        first_word = line.main[0]
        room = right_edges.get(line.page, previous.x1) - previous.x1
        if room > (first_word.x1 - first_word.x0) + 0.5 * line.size:
            return False
    return True
