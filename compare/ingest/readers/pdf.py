"""PDF reader (`.pdf`), from the text layer with pdfplumber.

A PDF knows where each word is and in which font, nothing more; this
reader rebuilds what the page shows:

- Words are grouped into lines by vertical overlap, so a raised footnote
  mark stays on its line. A small raised number after a word becomes the
  mark `[^N]`; at the start of a line it begins a footnote body, `[^N] `.
- Lines are grouped into blocks: a new block starts at a wider vertical gap
  than the document's usual line pitch, at a change of font size or of
  boldness, or after a line that ends a sentence (or a bold line: a
  heading) well short of the right edge, where the next line's first word
  would have fitted: a deliberate break.
  Hard-wrapped lines stay in the block, joined by "\\n", hyphens included:
  the normaliser unwraps them.
- Blocks in a font clearly larger than the body text are `HEADING`s, the
  largest size being level 1. Bold comes from the font name.
- Tables: ruled ones are found by pdfplumber's line detection; unruled ones
  (UN annexes rule only the header) by cells separated by wide gaps whose
  columns line up over several lines. Wrapped cell text is joined.
- Every page after the first starts with a `PAGE_BREAK` block; page headers,
  footers, job numbers and barcodes stay as text for the normaliser to drop.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from compare.ingest.readers.pdf_lines import HEADING_RATIO, SENTENCE_END, Line, lines_of
from compare.ingest.readers.pdf_tables import gap_tables
from compare.model import Block, BlockKind
from compare.util.errors import UnreadableReport


def read(path: Path) -> list[Block]:
    path = Path(path)
    with path.open("rb") as handle:
        head = handle.read(1024)
    if b"%PDF-" not in head:
        raise UnreadableReport(path, "not a PDF file (no %PDF header)")
    lines, pages, failed = lines_of(path)
    if pages == 0 or failed == pages:
        raise UnreadableReport(path, "damaged PDF (truncated or corrupt): no page could be read")
    if not any(line.words or line.table for line in lines):
        raise UnreadableReport(path, "no text layer (scanned image?)")
    return _blocks(lines, pages)


def _blocks(lines: list[Line], pages: int) -> list[Block]:
    text_lines = [line for line in lines if line.words]
    body_size = _body_size(text_lines)
    pitch = _usual_pitch(text_lines)
    tables = gap_tables(lines)
    groups = _group_blocks(lines, tables, pitch)
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
class _Group:
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


def _heading_levels(groups: list[_Group], body_size: float) -> dict[float, int]:
    sizes = sorted(
        {
            round(g.lines[0].size * 2) / 2
            for g in groups
            if not g.rows and g.lines[0].words and g.lines[0].size > body_size * HEADING_RATIO
        },
        reverse=True,
    )
    return {size: level for level, size in enumerate(sizes, 1)}


def _group_blocks(lines: list[Line], tables: dict[int, tuple[int, tuple]], pitch: float) -> list[_Group]:
    groups: list[_Group] = []
    right_edges = _right_edges(lines)
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.table:
            groups.append(_Group([line], rows=line.table))
        elif index in tables:
            end, rows = tables[index]
            groups.append(_Group(lines[index:end], rows=rows))
            index = end
            continue
        elif groups and not groups[-1].rows and _continues(groups[-1].lines[-1], line, pitch, right_edges):
            groups[-1].lines.append(line)
        else:
            groups.append(_Group([line]))
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
    if (line.bottom - previous.bottom) / line.size > pitch + 0.3:
        return False
    if SENTENCE_END.search(previous.text) or previous.bold:  # bold text that stops short is a heading's end
        first_word = line.main[0]
        room = right_edges.get(line.page, previous.x1) - previous.x1
        if room > (first_word.x1 - first_word.x0) + 0.5 * line.size:
            return False
    return True
