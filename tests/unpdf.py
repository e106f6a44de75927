"""PDFs laid out as the UN lays out its documents, made with reportlab for the style matrix.

What a real UN PDF has, and a plain typeset PDF does not:

- a masthead block in two columns: "United Nations" (the logo area, as text) on
  the left and the symbol in large bold type on the right, ruled under; then
  the body's name and the place and dates on the left, beside the
  distribution, date and original language on the right, ruled under again;
  the title in bold across the page;
- the symbol as a running header on every page after the first;
- the job number ("V.19-01234 (E)" with its dates) and the barcode
  ("*1901234*") in the first page's footer, the page number and job number in
  the later ones;
- footnotes at the page foot under a short rule, in small type; a long one runs
  on to the foot of the next page (no mark there), as a paragraph runs on to
  the next page's top.

The page is small, so the short samples run across pages as long reports do.
Only the sample's own words are set, plus "Distr.: General" where the sample
states no distribution.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from formats import (
    BOLD,
    CHAPTER,
    LABEL,
    REGULAR,
    Para,
    _Frag,
    _width,
    _words,
    _wrap_words,
    footnote_texts,
    paragraphs,
)

from compare.model import Block

WIDTH, HEIGHT = 420.0, 340.0
LEFT, RIGHT, TOP, BOTTOM = 48.0, 48.0, 52.0, 56.0
RIGHT_COLUMN = 250.0
INDENT = 24.0
BODY, LEADING, PARA_SPACE = 10.0, 12.0, 6.0
NOTE, NOTE_LEADING, NOTE_LINES = 8.0, 10.0, 2  # at most NOTE_LINES of footnotes on a page; the rest runs on
DISTRIBUTION = re.compile(r"\bDistr\.")
DATE_OR_ORIGINAL = re.compile(r"\s+(?=\d{1,2}\s+\w+\s+\d{4}|Original\b)")


@dataclass
class _Note:
    mark: str  # "" for the part of a note that runs on from the page before
    lines: list


@dataclass
class _Layout:
    path: Path
    symbol: str
    job: str
    notes: dict[str, str]
    page: int = 1
    y: float = HEIGHT - TOP
    pending: list[_Note] = field(default_factory=list)

    def __post_init__(self):
        from reportlab.pdfgen.canvas import Canvas

        self.canvas = Canvas(str(self.path), pagesize=(WIDTH, HEIGHT), invariant=1)

    # -- notes -----------------------------------------------------------
    def _note(self, mark: str) -> _Note:
        words = _words(self.notes.get(mark, ""), REGULAR, NOTE)
        width = WIDTH - LEFT - RIGHT - 12
        return _Note(mark, _wrap_words(words, width, width, _width([_Frag(" ", REGULAR, NOTE)])))

    def _notes_height(self, notes: list[_Note]) -> float:
        count = min(NOTE_LINES, sum(len(n.lines) for n in notes))
        return count * NOTE_LEADING + (10.0 if count else 0.0)

    def fits(self, height: float, marks: list[str]) -> bool:
        known = {n.mark for n in self.pending}
        notes = self.pending + [self._note(m) for m in marks if m not in known]
        return self.y - height >= BOTTOM + self._notes_height(notes)

    def _draw_notes(self) -> None:
        if not self.pending:
            return
        y = BOTTOM + self._notes_height(self.pending) - 4
        self.canvas.line(LEFT, y, LEFT + 72, y)
        room, carried = NOTE_LINES, []
        for note in self.pending:
            for index, line in enumerate(note.lines):
                if room == 0:
                    carried.append(_Note("", note.lines[index:]))
                    break
                y -= NOTE_LEADING
                room -= 1
                if index == 0 and note.mark:
                    self.draw([[_Frag(note.mark, REGULAR, 5.5, 3.0)]], LEFT, y)
                self.draw(line, LEFT + 12, y)
        self.pending = carried

    # -- pages -----------------------------------------------------------
    def new_page(self) -> None:
        self._finish_page()
        self._next_page()

    def _next_page(self) -> None:
        self.canvas.showPage()
        self.page += 1
        self.y = HEIGHT - TOP
        self.canvas.setFont(BOLD, 9)
        place = self.canvas.drawString if self.page % 2 == 0 else self.canvas.drawRightString
        place(LEFT if self.page % 2 == 0 else WIDTH - RIGHT, HEIGHT - 34, self.symbol)
        self.canvas.line(LEFT, HEIGHT - 38, WIDTH - RIGHT, HEIGHT - 38)

    def _finish_page(self) -> None:
        self._draw_notes()
        self.canvas.setFont(REGULAR, 8)
        digits = re.sub(r"\D", "", self.job)
        if self.page == 1:
            self.canvas.drawString(LEFT, 34, f"{self.job} (E)    150919    160919")
            self.canvas.setFont("Courier", 11)
            self.canvas.drawString(LEFT, 20, f"*{digits}*")
        else:
            self.canvas.drawString(LEFT, 30, f"{self.page}")
            self.canvas.drawRightString(WIDTH - RIGHT, 30, self.job)

    def save(self) -> None:
        self._finish_page()
        while self.pending:  # a note still running on goes on at the foot of a page of its own
            self._next_page()
            self._finish_page()
        self.canvas.save()

    # -- text ------------------------------------------------------------
    def draw(self, line, x: float, y: float, stretch: float = 0.0) -> None:
        text = self.canvas.beginText(x, y)
        text.setWordSpace(stretch)
        for index, word in enumerate(line):
            for frag in ([_Frag(" ", word[0].font, word[0].size)] if index else []) + word:
                text.setFont(frag.font, frag.size)
                text.setRise(frag.rise if frag.text != " " else 0.0)
                text.textOut(frag.text)
        self.canvas.drawText(text)

    def paragraph(self, text: str, *, font: str = REGULAR, size: float = BODY, justify: bool = True) -> None:
        label = LABEL.match(text) if font == REGULAR else None
        label_x = LEFT + (INDENT if label and label.group(1).startswith("(") else 0.0)
        first_x, rest_x = (label_x + INDENT, label_x) if label else (LEFT, LEFT)
        space = _width([_Frag(" ", font, size)])
        body = text[label.end() :] if label else text
        lines = _wrap_words(_words(body, font, size), WIDTH - RIGHT - first_x, WIDTH - RIGHT - rest_x, space)
        leading = max(LEADING, size * 1.2)
        for index, line in enumerate(lines):
            marks = [f.text for word in line for f in word if f.rise]
            if not self.fits(leading, marks):
                self.new_page()
            known = {n.mark for n in self.pending}
            self.pending += [self._note(m) for m in marks if m not in known]
            self.y -= leading
            x = first_x if index == 0 else rest_x
            if index == 0 and label:
                self.draw([[_Frag(label.group(1), font, size)]], label_x, self.y)
            gaps = len(line) - 1
            natural = sum(_width(w) for w in line) + gaps * space
            stretch = (WIDTH - RIGHT - x - natural) / gaps if justify and gaps and index < len(lines) - 1 else 0.0
            self.draw(line, x, self.y, stretch)
        self.y -= PARA_SPACE

    def rows(self, rows: list[tuple[str, ...]]) -> None:
        """An annex table, ruled only above, under the header and below; each cell on one line."""
        width = (WIDTH - LEFT - RIGHT) / max(len(r) for r in rows)
        self.canvas.line(LEFT, self.y, WIDTH - RIGHT, self.y)
        for number, row in enumerate(rows):
            if not self.fits(LEADING + 4, []):
                self.new_page()
            self.y -= LEADING + 2
            for column, cell in enumerate(row):
                words = _words(cell, REGULAR, 8.0)
                line = _wrap_words(words, 10_000, 10_000, 2.0, hyphenate=False)
                self.draw(line[0] if line else [], LEFT + column * width + 2, self.y)
            if number == 0:
                self.canvas.line(LEFT, self.y - 3, WIDTH - RIGHT, self.y - 3)
        self.canvas.line(LEFT, self.y - 3, WIDTH - RIGHT, self.y - 3)
        self.y -= PARA_SPACE + 3


LINE_START = re.compile(r"^(?:\d{1,3}\.|\([a-z]{1,4}\)|[IVX]{1,5}\.|[A-Z]\.)\s")


def _by_lines(paras: list[Para]) -> list[Para]:
    """A plain export's block of lines as the author's paragraphs: a new one at each label, headings apart."""
    out: list[Para] = []
    started = False  # before paragraph 1 or chapter I, each line is a line of the masthead
    for para in paras:
        if para.kind != "text" or "\n" not in para.text:
            out.append(para)
            continue
        for line in para.text.split("\n"):
            started = started or bool(re.match(r"^(?:1|I)\.\s", line))
            heading = bool(re.match(r"^(?:[IVX]{1,5}|[A-Z])\.\s\S", line)) and not line.rstrip().endswith(".")
            if heading:
                out.append(Para("heading", (line,), level=2))
            elif started and out and out[-1].kind == "text" and not LINE_START.match(line):
                out[-1] = Para("text", (*out[-1].pieces, line), bold=out[-1].bold)
            else:
                out.append(Para("text", (line,), bold=para.bold))
    return out


def _front_and_body(paras: list[Para]) -> tuple[list[Para], list[Para]]:
    """The masthead's paragraphs (before chapter I or paragraph 1) and the rest."""
    for index, para in enumerate(paras):
        starts = para.kind == "text" and re.match(r"^1\.\s", para.text)
        if starts or (para.kind in ("heading", "text") and CHAPTER.match(para.text)):
            return paras[:index], paras[index:]
    return [], paras


def _masthead(layout: _Layout, front: list[Para]) -> None:
    texts = [line for p in front if p.kind in ("text", "heading") for line in p.text.split("\n") if line.strip()]
    sample = [t for t in texts if t.lower().startswith("illustrative sample")]
    first = next((t for t in texts if layout.symbol and layout.symbol in t), "")
    distribution = next((t for t in texts if DISTRIBUTION.search(t)), "")
    rest = [t for t in texts if t not in (*sample, first, distribution)]
    left = [t for t in rest if len(t) <= 60 and not re.match(r"(?i)report|rapport|informe", t)]
    titles = [t for t in rest if t not in left]
    canvas = layout.canvas
    for text in sample:
        canvas.setFont(REGULAR, 7)
        canvas.drawString(LEFT, HEIGHT - 30, text)
    canvas.setFont(BOLD, 11)
    canvas.drawString(LEFT, HEIGHT - 56, (first.replace(layout.symbol, "").strip() or "United Nations"))
    canvas.setFont(BOLD, 14)
    canvas.drawRightString(WIDTH - RIGHT, HEIGHT - 56, layout.symbol)
    canvas.setLineWidth(1.5)
    canvas.line(LEFT, HEIGHT - 62, WIDTH - RIGHT, HEIGHT - 62)
    canvas.setLineWidth(0.5)
    right = DATE_OR_ORIGINAL.split(distribution) if distribution else ["Distr.: General"]
    left = [line for text in left for line in _column_lines(text, RIGHT_COLUMN - LEFT - 24)]
    y = HEIGHT - 62
    for index in range(max(len(left), len(right))):
        y -= 11
        canvas.setFont(REGULAR, 9)
        if index < len(left):
            canvas.drawString(LEFT, y, left[index])
        if index < len(right):
            canvas.drawString(RIGHT_COLUMN, y, right[index])
    canvas.line(LEFT, y - 6, WIDTH - RIGHT, y - 6)
    layout.y = y - 12
    for title in titles:
        layout.paragraph(title, font=BOLD, size=11, justify=False)


def _column_lines(text: str, width: float) -> list[str]:
    space = _width([_Frag(" ", REGULAR, 9.0)])
    lines = _wrap_words(_words(text, REGULAR, 9.0), width, width, space, hyphenate=False)
    return [" ".join("".join(f.text for f in word) for word in line) for line in lines]


def write_un_pdf(blocks: list[Block], path: Path, symbol: str | None, job: str = "V.19-01234") -> Path:
    """The report in blocks as a UN PDF (see the module's note); `symbol` as the sample states it, if it does."""
    paras = paragraphs(blocks)
    front, body = _front_and_body(_by_lines(paras))
    layout = _Layout(Path(path), symbol or "", job, footnote_texts(paras))
    _masthead(layout, front)
    table: list[tuple[str, ...]] = []
    for para in body:
        if table and para.kind != "row":
            layout.rows(table)
            table = []
        if para.kind == "row":
            table.append(para.cells)
        elif para.kind == "heading":
            layout.y -= 4
            layout.paragraph(para.text, font=BOLD, size=11 if CHAPTER.match(para.text) else BODY, justify=False)
        elif para.kind == "text":
            layout.paragraph(para.text, font=BOLD if para.bold else REGULAR, justify=not para.bold)
    if table:
        layout.rows(table)
    layout.save()
    return Path(path)
