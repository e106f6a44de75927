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

import logging
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from compare.model import Block, BlockKind
from compare.util.errors import ReportTooLarge, UnreadableReport

LIGATURES = str.maketrans(
    {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\u00ad": "-"}
)
BOLD_FONT = re.compile(r"bold|black|heavy|demi|semibold|,bd\b|-bd\b", re.I)
MARK_DIGITS = re.compile(r"^\d{1,3}$")
SENTENCE_END = re.compile(r"[.:;!?][”\"’')\]]*(?:\[\^\w+\])*$")
LABEL_CELL = re.compile(r"^\(?[0-9A-Za-z]{1,5}[.)]$")
MAX_PAGES = 150  # a Working Group report has 10-40 pages; reading costs up to 0.3 s a page
HEADING_RATIO = 1.15  # a font this much larger than the body text is a heading
COLUMN_TOLERANCE = 3.0  # points


@dataclass
class _Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    mark: bool = False


@dataclass
class _Line:
    words: list[_Word]
    page: int
    top: float = 0.0
    bottom: float = 0.0
    size: float = 0.0
    table: tuple[tuple[str, ...], ...] = ()  # rows, when this "line" stands for a ruled table

    @property
    def main(self) -> list[_Word]:
        return [w for w in self.words if not w.mark] or self.words

    @property
    def x0(self) -> float:
        return min(w.x0 for w in self.words)

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def bold(self) -> bool:
        return all(w.bold for w in self.main)

    @property
    def text(self) -> str:
        out = ""
        previous: _Word | None = None
        for word in self.words:
            if word.mark:
                out += f"[^{word.text}]" + (" " if previous is None else "")
            elif previous is None or out.endswith(" "):
                out += word.text
            else:
                out += ("" if _glued(previous, word) else " ") + word.text
            previous = word
        return out.strip()


def _glued(previous: _Word, word: _Word) -> bool:
    """Words split only by a change of font (no space between), or punctuation right after a mark."""
    gap = word.x0 - previous.x1
    if previous.mark:
        return word.text[:1] in ".,;:)]”’" and gap < 0.3 * word.size
    return gap < 0.1 * max(word.size, 1.0)


@dataclass
class _Segment:
    """Words of a line between two wide gaps: a table cell candidate."""

    words: list[_Word] = field(default_factory=list)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @property
    def text(self) -> str:
        return _Line(self.words, 0).text


def read(path: Path) -> list[Block]:
    path = Path(path)
    with path.open("rb") as handle:
        head = handle.read(1024)
    if b"%PDF-" not in head:
        raise UnreadableReport(path, "not a PDF file (no %PDF header)")
    lines, pages, failed = _lines_of(path)
    if pages == 0 or failed == pages:
        raise UnreadableReport(path, "damaged PDF (truncated or corrupt): no page could be read")
    if not any(line.words or line.table for line in lines):
        raise UnreadableReport(path, "no text layer (scanned image?)")
    return _blocks(lines, pages)


def _lines_of(path: Path) -> tuple[list[_Line], int, int]:
    """All lines of all readable pages, in reading order; also the page count and failed pages."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    lines: list[_Line] = []
    failed = 0
    try:
        with pdfplumber.open(path) as pdf:
            pages = len(pdf.pages)
            if pages > MAX_PAGES:
                raise ReportTooLarge(path, f"PDF has {pages} pages; the limit is {MAX_PAGES}")
            for number, page in enumerate(pdf.pages, 1):
                try:
                    lines.extend(_page_lines(page, number))
                except Exception:  # a page whose content stream is cut: keep the pages that read
                    failed += 1
                finally:
                    page.close()
    except PdfminerException as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise UnreadableReport(path, "encrypted PDF (password protected)") from None
        raise UnreadableReport(path, f"damaged PDF (truncated or corrupt: {_describe(cause)})") from None
    return lines, pages, failed


def _describe(cause: object) -> str:
    """What pdfminer said of the file, without a Python exception name."""
    text = str(cause).strip().splitlines()[0][:120] if str(cause).strip() else ""
    return text or "unreadable structure"


def _page_lines(page, number: int) -> list[_Line]:
    tables = _ruled_tables(page)
    words = [
        _word(w)
        for w in page.extract_words(extra_attrs=["fontname", "size"], keep_blank_chars=False)
        if w.get("upright", True) and not any(_inside(w, bbox) for bbox, _rows in tables)
    ]
    lines = [_Line([], number, top=bbox[1], table=rows) for bbox, rows in tables]
    lines += [_finish_line(group, number) for group in _group_lines(words)]
    return sorted(lines, key=lambda line: line.top)


def _word(raw: dict) -> _Word:
    return _Word(
        text=raw["text"].translate(LIGATURES),
        x0=raw["x0"],
        x1=raw["x1"],
        top=raw["top"],
        bottom=raw["bottom"],
        size=round(float(raw.get("size", 0.0)), 1),
        bold=bool(BOLD_FONT.search(raw.get("fontname", ""))),
    )


def _ruled_tables(page) -> list[tuple[tuple[float, ...], tuple[tuple[str, ...], ...]]]:
    """Tables drawn with ruling lines on all sides (at least two rows and two columns)."""
    if not (page.lines or page.rects):
        return []
    found = []
    for table in page.find_tables():
        rows = tuple(tuple(re.sub(r"\s+", " ", cell or "").strip() for cell in row) for row in table.extract())
        if len(rows) >= 2 and max(len(r) for r in rows) >= 2 and any(any(r) for r in rows):
            found.append((table.bbox, rows))
    return found


def _inside(word: dict, bbox: tuple[float, ...]) -> bool:
    x0, top, x1, bottom = bbox
    middle_x, middle_y = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
    return x0 <= middle_x <= x1 and top <= middle_y <= bottom


def _group_lines(words: list[_Word]) -> list[list[_Word]]:
    """Words sharing most of their height with a line's largest word belong to that line."""
    groups: list[list[_Word]] = []
    anchors: list[_Word] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        for index in range(len(groups) - 1, -1, -1):
            anchor = anchors[index]
            overlap = min(word.bottom, anchor.bottom) - max(word.top, anchor.top)
            if overlap >= 0.5 * min(word.bottom - word.top, anchor.bottom - anchor.top):
                groups[index].append(word)
                if word.size > anchor.size:
                    anchors[index] = word
                break
            if anchor.bottom < word.top:
                groups.append([word])
                anchors.append(word)
                break
        else:
            groups.append([word])
            anchors.append(word)
    return groups


def _finish_line(words: list[_Word], page: int) -> _Line:
    words = sorted(words, key=lambda w: w.x0)
    size = max(w.size for w in words)
    base = max(w.bottom for w in words if w.size == size)
    for word in words:
        word.mark = bool(MARK_DIGITS.match(word.text)) and word.size <= 0.8 * size and word.bottom < base - 0.15 * size
    main = [w for w in words if not w.mark] or words
    return _Line(words, page, top=min(w.top for w in main), bottom=max(w.bottom for w in main), size=size)


def _blocks(lines: list[_Line], pages: int) -> list[Block]:
    text_lines = [line for line in lines if line.words]
    body_size = _body_size(text_lines)
    pitch = _usual_pitch(text_lines)
    tables = _gap_tables(lines)
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


def _body_size(lines: list[_Line]) -> float:
    sizes: Counter = Counter()
    for line in lines:
        for word in line.main:
            sizes[round(word.size * 2) / 2] += len(word.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _usual_pitch(lines: list[_Line]) -> float:
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

    lines: list[_Line]
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


def _group_blocks(lines: list[_Line], tables: dict[int, tuple[int, tuple]], pitch: float) -> list[_Group]:
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


def _right_edges(lines: list[_Line]) -> dict[int, float]:
    edges: dict[int, float] = {}
    for line in lines:
        if line.words:
            edges[line.page] = max(edges.get(line.page, 0.0), line.x1)
    return edges


def _continues(previous: _Line, line: _Line, pitch: float, right_edges: dict[int, float]) -> bool:
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


def _segments(line: _Line) -> list[_Segment]:
    """The line cut at gaps much wider than its usual space between words."""
    words = line.main
    gaps = [b.x0 - a.x1 for a, b in zip(words, words[1:], strict=False)]
    if not gaps:
        return [_Segment(line.words)]
    space = min(statistics.median(gaps), 0.5 * line.size)
    wide = max(0.8 * line.size, 2.5 * max(space, 0.1))
    segments = [_Segment([])]
    previous: _Word | None = None
    for word in line.words:
        if previous is not None and not word.mark and word.x0 - previous.x1 > wide:
            segments.append(_Segment([]))
        segments[-1].words.append(word)
        previous = word
    return segments


def _gap_tables(lines: list[_Line]) -> dict[int, tuple[int, tuple]]:
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


def _table_region(lines: list[_Line], start: int):
    if not lines[start].words:
        return None
    first = _segments(lines[start])
    if len(first) < 2:
        return None
    columns = [s.x0 for s in first]
    placed = [(lines[start], _place(first, columns))]
    end = start + 1
    while end < len(lines):
        line = lines[end]
        if not line.words or line.page != lines[start].page or line.top - lines[end - 1].bottom > 3 * line.size:
            break
        segments = _segments(line)
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


def _place(segments: list[_Segment], columns: list[float]):
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


def _widen(columns: list[float], segments: list[_Segment]) -> list[float] | None:
    """Columns plus those a line adds, when at least two of its segments sit in known columns."""
    known = [s for s in segments if any(abs(s.x0 - x) <= COLUMN_TOLERANCE for x in columns)]
    if len(known) < 2:
        return None
    return sorted(set(columns) | {s.x0 for s in segments if s not in known})


def _rows(placed: list[tuple[_Line, list[str]]], width: int) -> tuple[tuple[str, ...], ...]:
    """Lines -> rows: a line set tight under the row above continues it unless it opens a new first cell."""
    rows: list[list[list[str]]] = []
    previous: _Line | None = None
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
