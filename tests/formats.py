"""Build one report in every input format, with the damage real conversions do.

Each writer takes the blocks of a report read by `compare.ingest.readers.markdown`
(the seed, in the tests) and writes the same report as DOCX, PDF, HTML or a
hard-wrapped plain-text export. None of them writes Markdown markup. The
damage is the kind found in real files: headings styled unevenly, paragraphs
cut by page breaks, page headers and footers with page numbers, the job
number and a barcode line, words hyphenated at line ends, Word's automatic
numbering in place of typed item letters, footnote marks as superscripts.

The writers never add the document symbol to running headers: the seed does
not state its own symbol, and a header must not give the normaliser
metadata the Markdown seed does not have.

The `hostile_*` helpers write files that claim a format they do not have.
"""

from __future__ import annotations

import html
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

from compare.ingest.readers.markdown import parse
from compare.ingest.readers.textcodec import decode_text
from compare.model import Block, BlockKind

SEED = Path(__file__).resolve().parents[1] / "meetings" / "raw" / "000_1a05589bd2cdbc0e.txt"
JOB_NUMBER = "V.12-57344"
BARCODE = "*1257344*"
RUNNING_TITLE = "Report of the Working Group on International Cooperation"  # differs from every line of the seed

MARK = re.compile(r"\[\^(\w{1,4})\]")
FOOTNOTE = re.compile(r"^\[\^(\w{1,4})\]\s*(.*)$", re.S)
LABEL = re.compile(r"^(\d{1,3}\.|\([a-z]{1,2}\))\s+")
ITEM = re.compile(r"^\([a-z]{1,2}\)\s")
CHAPTER = re.compile(r"^[IVX]+\.\s")
TERMINAL = (".", ":", ";", "?", "!", "”", ")")


def seed_blocks() -> list[Block]:
    return parse(decode_text(SEED.read_bytes()))


@dataclass(frozen=True)
class Para:
    """A paragraph of the report as a writer lays it out.

    `pieces` holds more than one text when the source cut the paragraph at a
    page break; writers cut it again at that point, their own way.
    """

    kind: str  # "heading" | "text" | "rule" | "row" | "footnote"
    pieces: tuple[str, ...] = ()
    level: int = 0
    bold: bool = False
    cells: tuple[str, ...] = ()
    mark: str = ""

    @property
    def text(self) -> str:
        return " ".join(self.pieces)


def paragraphs(blocks: list[Block]) -> list[Para]:
    """The report's paragraphs, with paragraphs the source cut at a page joined again."""
    out: list[Para] = []
    for block in blocks:
        if block.kind is BlockKind.PAGE_BREAK:
            out.append(Para("rule"))
        elif block.kind is BlockKind.TABLE_ROW:
            out.append(Para("row", cells=block.cells))
        elif block.kind is BlockKind.HEADING:
            out.append(Para("heading", (block.text,), level=block.level, bold=block.bold))
        elif FOOTNOTE.match(block.text):
            mark, text = FOOTNOTE.match(block.text).groups()
            out.append(Para("footnote", (text,), mark=mark))
        elif _continues(out, block):
            out[-1] = Para("text", (*out[-1].pieces, block.text), bold=out[-1].bold)
        else:
            out.append(Para("text", (block.text,), bold=block.bold))
    return out


def _continues(out: list[Para], block: Block) -> bool:
    if not out or out[-1].kind != "text":
        return False
    return not out[-1].pieces[-1].endswith(TERMINAL) and block.text[:1].islower()


def footnote_texts(paras: list[Para]) -> dict[str, str]:
    return {p.mark: p.text for p in paras if p.kind == "footnote"}


def split_marks(text: str) -> list[tuple[str, bool]]:
    """`text` as (text, is_mark) runs: "agenda.[^1] The" -> [("agenda.", False), ("1", True), (" The", False)]."""
    runs, position = [], 0
    for match in MARK.finditer(text):
        if match.start() > position:
            runs.append((text[position : match.start()], False))
        runs.append((match.group(1), True))
        position = match.end()
    if position < len(text):
        runs.append((text[position:], False))
    return runs


# --- DOCX -----------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
AUTO_LIST = 1  # the second list of lettered items uses Word's automatic numbering, as pasted lists do
AUTO_NUM_ID = "90"


def write_docx(blocks: list[Block], path: Path) -> Path:
    """The report as Word writes it: uneven heading styles, a real table, a real footnote.

    Chapter headings alternate between heading styles and bold Normal text;
    paragraph numbers are typed with a tab; the items of one list use Word's
    automatic numbering ("(%1)", lowerLetter) instead of typed letters; the
    paragraphs the source cut at a page carry a `w:br w:type="page"` there;
    the footer holds the job number.
    """
    import docx

    document = docx.Document()
    _add_letter_numbering(document)
    paras = paragraphs(blocks)
    notes = footnote_texts(paras)
    heading_count, list_index, in_list, table = 0, -1, False, None
    for para in paras:
        is_item = para.kind == "text" and bool(ITEM.match(para.text))
        if is_item and not in_list:
            list_index += 1
        in_list = is_item
        if para.kind != "row":
            table = None
        if para.kind == "heading":
            _docx_heading(document, para, heading_count)
            heading_count += 1
        elif para.kind == "text":
            _docx_text(document, para, auto_numbered=is_item and list_index == AUTO_LIST)
        elif para.kind == "row":
            table = _docx_row(document, table, para.cells)
    _add_footnotes(document, notes)
    document.sections[0].footer.paragraphs[0].text = JOB_NUMBER
    document.save(str(path))
    return path


def _docx_heading(document, para: Para, index: int) -> None:
    if index % 3 == 2:
        paragraph = document.add_paragraph()
        _docx_runs(paragraph, para.text, bold=True)
    else:
        paragraph = document.add_paragraph(style=f"Heading {min(para.level, 3)}")
        _docx_runs(paragraph, para.text, bold=para.bold)


def _docx_text(document, para: Para, *, auto_numbered: bool) -> None:
    from docx.enum.text import WD_BREAK

    paragraph = document.add_paragraph()
    for index, piece in enumerate(para.pieces):
        if index:
            paragraph.add_run().add_break(WD_BREAK.PAGE)
        if index == 0 and auto_numbered:
            piece = LABEL.sub("", piece, count=1)
            _set_numbering(paragraph, AUTO_NUM_ID)
        elif index == 0:
            piece = LABEL.sub(lambda m: m.group(1) + "\t", piece, count=1)
        _docx_runs(paragraph, piece, bold=para.bold)


def _docx_runs(paragraph, text: str, *, bold: bool) -> None:
    from docx.enum.text import WD_BREAK

    for line_index, line in enumerate(text.split("\n")):
        if line_index:
            paragraph.add_run().add_break(WD_BREAK.LINE)
        for chunk, is_mark in split_marks(line):
            if is_mark:
                _footnote_reference(paragraph, chunk)
            else:
                run = paragraph.add_run(chunk)
                run.bold = bold or None


def _docx_row(document, table, cells: tuple[str, ...]):
    if table is None:
        table = document.add_table(rows=0, cols=len(cells))
        row = table.add_row()
        for cell, text in zip(row.cells, cells, strict=True):
            cell.paragraphs[0].add_run(text).italic = True
        return table
    row = table.add_row()
    for cell, text in zip(row.cells, cells, strict=True):
        cell.paragraphs[0].add_run(text)
    return table


def wml(fragment: str):
    """One WordprocessingML element from its XML text (the `w:` prefix is declared)."""
    from lxml import etree

    return etree.fromstring(f'<root xmlns:w="{W_NS}">{fragment}</root>')[0]


def _add_letter_numbering(document) -> None:
    numbering = document.part.numbering_part.element
    abstract = wml(
        '<w:abstractNum w:abstractNumId="90"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%1)"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr></w:lvl></w:abstractNum>'
    )
    first_num = numbering.find(f"{{{W_NS}}}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(wml(f'<w:num w:numId="{AUTO_NUM_ID}"><w:abstractNumId w:val="90"/></w:num>'))


def _set_numbering(paragraph, num_id: str) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(wml(f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))


def _footnote_reference(paragraph, mark: str) -> None:
    paragraph._p.append(
        wml(
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{int(mark) if mark.isdigit() else 1}"/></w:r>'
        )
    )


def _add_footnotes(document, notes: dict[str, str]) -> None:
    """A real footnotes part, as Word writes it (separators first, then the notes)."""
    from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    bodies = "".join(
        f'<w:footnote w:id="{mark}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {html.escape(text)}</w:t></w:r></w:p></w:footnote>'
        for mark, text in notes.items()
    )
    blob = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{W_NS}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0">'
        "<w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
        f"{bodies}</w:footnotes>"
    ).encode()
    part = Part(PackURI("/word/footnotes.xml"), CONTENT_TYPE.WML_FOOTNOTES, blob, document.part.package)
    document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)


# --- plain text export ------------------------------------------------------

TEXT_WIDTH = 75
LINES_PER_PAGE = 54


def write_wrapped_text(blocks: list[Block], path: Path, running: str = RUNNING_TITLE) -> Path:
    """A plain-text export: hard wraps, hyphenation, form feeds, a header and footer on every page.

    No Markdown markup at all: headings are plain lines, table rows are
    tab-separated (as Word's "plain text" export writes them), footnote marks
    are superscript digits.
    """
    body: list[str] = []
    for para in paragraphs(blocks):
        lines = _text_lines(para)
        if lines:
            body.extend([*lines, ""])
    pages = [body[i : i + LINES_PER_PAGE] for i in range(0, len(body), LINES_PER_PAGE)]
    out = []
    for number, lines in enumerate(pages, 1):
        header = [running, ""] if running else []
        footer = ["", f"{JOB_NUMBER}{str(number).rjust(TEXT_WIDTH - len(JOB_NUMBER))}"]
        out.append("\n".join([*header, *lines, *footer]))
    path.write_text("\n\f".join(out) + "\n", encoding="utf-8")
    return path


SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _plain(text: str) -> str:
    return MARK.sub(lambda m: m.group(1).translate(SUPERSCRIPT_DIGITS), text)


def _text_lines(para: Para) -> list[str]:
    if para.kind == "rule":
        return []
    if para.kind == "row":
        return ["\t".join(para.cells)]
    if para.kind == "footnote":
        return hyphenated_wrap(f"{_plain('[^' + para.mark + ']')} {para.text}", TEXT_WIDTH)
    lines: list[str] = []
    for hard_line in _plain(para.text).split("\n"):
        lines.extend(hyphenated_wrap(hard_line, TEXT_WIDTH))
    return lines


def hyphenated_wrap(text: str, width: int) -> list[str]:
    """Greedy wrap; a long word that does not fit is hyphenated when that fills the line better."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if len(candidate) <= width:
            line = candidate
            continue
        head, tail = _hyphenate(word, width - len(line) - 1 if line else width)
        if head and line:
            lines.append(f"{line} {head}")
            line = tail
        else:
            if line:
                lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def _hyphenate(word: str, room: int) -> tuple[str, str]:
    """Split `word` as "con-" + "fiscation" to use `room` characters, or ("", word)."""
    if not word.isalpha() or len(word) < 8 or room < 5:
        return "", word
    cut = min(room - 1, len(word) - 3)
    if cut < 3:
        return "", word
    return f"{word[:cut]}-", word[cut:]


# --- HTML -----------------------------------------------------------------


def write_html(blocks: list[Block], path: Path) -> Path:
    """An HTML export in Windows-1252 (declared by a meta tag), as older Word "Save as Web Page" writes.

    Headings use uneven h-levels; one paragraph cut at a page keeps the CSS
    page break between its halves; items of one list are an `<ol type="a">`;
    footnote marks are `<sup>` links; the annex is a `<table>`; a script and a
    style sheet must not leak into the text.
    """
    paras = paragraphs(blocks)
    body: list[str] = []
    list_index, in_items, open_list = -1, False, False
    rows: list[tuple[str, ...]] = []
    for para in paras:
        is_item = para.kind == "text" and bool(ITEM.match(para.text))
        if is_item and not in_items:
            list_index += 1
        in_items = is_item
        if open_list and not is_item:
            body.append("</ol>")
        if rows and para.kind != "row":
            body.append(_html_table(rows))
            rows = []
        if is_item and list_index == AUTO_LIST:
            if not open_list:
                body.append('<ol type="a">')
            body.append(f"<li>{_html_inline(LABEL.sub('', para.text, count=1))}</li>")
        elif para.kind == "row":
            rows.append(para.cells)
        else:
            body.append(_html_para(para))
        open_list = is_item and list_index == AUTO_LIST
    if rows:
        body.append(_html_table(rows))
    page = (
        '<!DOCTYPE html>\n<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">\n'
        "<title>Report</title>\n<style>p.MsoNormal { margin: 0 } .hidden-note { color: red }</style>\n"
        "<script>document.write('script text must not appear');</script>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body></html>\n"
    )
    path.write_bytes(page.encode("cp1252"))
    return path


def _html_inline(text: str) -> str:
    parts = []
    for chunk, is_mark in split_marks(text):
        if is_mark:
            parts.append(f'<sup><a href="#fn{chunk}" id="ref{chunk}">{chunk}</a></sup>')
        else:
            parts.append(html.escape(chunk, quote=False).replace("\n", "<br>\n"))
    return "".join(parts)


def _html_para(para: Para) -> str:
    if para.kind == "rule":
        return "<hr>"
    if para.kind == "heading":
        inner = _html_inline(para.text)
        inner = f"<b>{inner}</b>" if para.bold else inner
        level = min(para.level + 1, 6) if CHAPTER.match(para.text) else para.level
        return f"<h{level}>{inner}</h{level}>"
    if para.kind == "footnote":
        return f'<p class="MsoFootnoteText" id="fn{para.mark}"><sup>{para.mark}</sup> {html.escape(para.text)}</p>'
    halves = [_html_inline(piece) for piece in para.pieces]
    if para.bold:
        halves = [f"<b>{half}</b>" for half in halves]
    if len(halves) > 1 and halves[0].startswith("7."):
        return "</p>\n<br clear=all style='page-break-before:always'>\n<p class=MsoNormal>".join(halves).join(
            ["<p class=MsoNormal>", "</p>"]
        )
    return f"<p class=MsoNormal>{' '.join(halves)}</p>"


def _html_table(rows: list[tuple[str, ...]]) -> str:
    head, *rest = rows
    lines = ["<table border=0>", "<tr>" + "".join(f"<th><i>{html.escape(c)}</i></th>" for c in head) + "</tr>"]
    lines += ["<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rest]
    return "\n".join([*lines, "</table>"])


# --- PDF ------------------------------------------------------------------

A4_WIDTH, A4_HEIGHT = 595.28, 841.89
LEFT, RIGHT, TOP, BOTTOM = 72.0, 72.0, 72.0, 72.0
COLUMN = A4_WIDTH - LEFT - RIGHT
INDENT = 28.0
BODY_SIZE, LEADING, PARA_SPACE = 10.0, 12.0, 6.0
NOTE_SIZE, NOTE_LEADING = 8.0, 10.0
TABLE_SIZE, TABLE_LEADING, CELL_PAD = 9.0, 11.0, 4.0
TABLE_COLUMNS = (0.3, 0.14, 0.56)
REGULAR, BOLD, ITALIC = "Times-Roman", "Times-Bold", "Times-Italic"


@dataclass(frozen=True)
class _Frag:
    text: str
    font: str
    size: float
    rise: float = 0.0


def _width(word: list[_Frag]) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return sum(stringWidth(f.text, f.font, f.size) for f in word)


def _words(text: str, font: str, size: float) -> list[list[_Frag]]:
    """Words of `text` as fragments; a footnote mark is a raised small fragment of its word."""
    words: list[list[_Frag]] = []
    current: list[_Frag] = []
    for chunk, is_mark in split_marks(text):
        if is_mark:
            current.append(_Frag(chunk, REGULAR, round(size * 0.6, 1), rise=round(size * 0.35, 1)))
            continue
        for part in re.split(r"(\s+)", chunk):
            if part.isspace() and current:
                words.append(current)
                current = []
            elif part and not part.isspace():
                current.append(_Frag(part, font, size))
    if current:
        words.append(current)
    return words


def _wrap_words(
    words: list[list[_Frag]], first_width: float, width: float, space: float, hyphenate: bool = True
) -> list[list[list[_Frag]]]:
    """Greedy line breaking; a long word at a line end is hyphenated when the gap would be wide."""
    lines: list[list[list[_Frag]]] = [[]]
    used = 0.0
    queue = list(words)
    while queue:
        word = queue.pop(0)
        room = (first_width if len(lines) == 1 else width) - used - (space if lines[-1] else 0.0)
        if _width(word) <= room or not lines[-1]:
            used += _width(word) + (space if lines[-1] else 0.0)
            lines[-1].append(word)
            continue
        line_width = first_width if len(lines) == 1 else width
        head, tail = _pdf_hyphenate(word, room, line_width) if hyphenate else (None, None)
        if head:
            lines[-1].append(head)
            queue.insert(0, tail)
        else:
            queue.insert(0, word)
        lines.append([])
        used = 0.0
    return [line for line in lines if line]


def _pdf_hyphenate(word: list[_Frag], room: float, line_width: float):
    if len(word) != 1 or room < 0.06 * line_width:
        return None, None
    frag = word[0]
    if not frag.text.isalpha() or len(frag.text) < 8:
        return None, None
    for cut in range(len(frag.text) - 3, 2, -1):
        head = [_Frag(frag.text[:cut] + "-", frag.font, frag.size)]
        if _width(head) <= room:
            return head, [_Frag(frag.text[cut:], frag.font, frag.size)]
    return None, None


class _PdfLayout:
    """Lays the report out on A4 pages: running header, footer, footnotes at the page foot."""

    def __init__(self, path: Path, notes: dict[str, str]):
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen.canvas import Canvas

        self.canvas = Canvas(str(path), pagesize=A4, invariant=1)
        self.notes = notes
        self.page = 1
        self.y = A4_HEIGHT - TOP
        self.page_notes: list[str] = []

    def notes_height(self, marks: list[str]) -> float:
        count = sum(len(self._note_lines(m)) for m in marks)
        return count * NOTE_LEADING + (8.0 if marks else 0.0)

    def _note_lines(self, mark: str):
        words = _words(self.notes.get(mark, ""), REGULAR, NOTE_SIZE)
        return _wrap_words(words, COLUMN - 10, COLUMN - 10, _width([_Frag(" ", REGULAR, NOTE_SIZE)]))

    def room_for(self, height: float, marks: list[str] = ()) -> bool:
        pending = self.page_notes + [m for m in marks if m not in self.page_notes]
        return self.y - height >= BOTTOM + self.notes_height(pending)

    def ensure(self, height: float, marks: list[str] = ()) -> None:
        if not self.room_for(height, marks):
            self.new_page()

    def new_page(self) -> None:
        self._finish_page()
        self.canvas.showPage()
        self.page += 1
        self.y = A4_HEIGHT - TOP
        self.canvas.setFont(REGULAR, 9)
        self.canvas.drawString(LEFT, A4_HEIGHT - 44, RUNNING_TITLE)
        self.canvas.line(LEFT, A4_HEIGHT - 48, A4_WIDTH - RIGHT, A4_HEIGHT - 48)

    def _finish_page(self) -> None:
        self._draw_notes()
        self.canvas.setFont(REGULAR, 9)
        if self.page == 1:
            self.canvas.drawString(LEFT, 44, f"{JOB_NUMBER} (E)")
            self.canvas.drawString(LEFT + 120, 44, "191112")
            self.canvas.drawString(LEFT + 170, 44, "201112")
            self.canvas.setFont("Courier", 12)
            self.canvas.drawString(LEFT, 28, BARCODE)
        elif self.page % 2 == 0:
            self.canvas.drawString(LEFT, 40, str(self.page))
            self.canvas.drawRightString(A4_WIDTH - RIGHT, 40, JOB_NUMBER)
        else:
            self.canvas.drawString(LEFT, 40, JOB_NUMBER)
            self.canvas.drawRightString(A4_WIDTH - RIGHT, 40, str(self.page))

    def _draw_notes(self) -> None:
        if not self.page_notes:
            return
        y = BOTTOM + self.notes_height(self.page_notes) - 4
        self.canvas.line(LEFT, y, LEFT + 100, y)
        y -= 4
        for mark in self.page_notes:
            for index, line in enumerate(self._note_lines(mark)):
                y -= NOTE_LEADING
                if index == 0:
                    self.draw_line([[_Frag(mark, REGULAR, 6.0, 3.0)]], LEFT, y, 0.0)
                self.draw_line(line, LEFT + 10, y, 0.0)
        self.page_notes = []

    def draw_line(self, line, x: float, y: float, word_space: float) -> None:
        """One line as runs of text; the font and rise change only where the text does."""
        text = self.canvas.beginText(x, y)
        text.setWordSpace(word_space)
        state, run = None, ""
        for index, word in enumerate(line):
            frags = ([_Frag(" ", line[0][0].font, line[0][0].size)] if index else []) + word
            for frag in frags:
                if (frag.font, frag.size, frag.rise) != state and frag.text != " ":
                    if run:
                        text.textOut(run)
                    state, run = (frag.font, frag.size, frag.rise), ""
                    text.setFont(frag.font, frag.size)
                    text.setRise(frag.rise)
                run += frag.text
        if run:
            text.textOut(run)
        self.canvas.drawText(text)

    def paragraph(
        self,
        text: str,
        *,
        font: str = REGULAR,
        size: float = BODY_SIZE,
        leading: float = LEADING,
        justify: bool = True,
        space_before: float = 0.0,
    ) -> None:
        label = LABEL.match(text) if font == REGULAR else None
        label_x = LEFT + (INDENT if label and label.group(1).startswith("(") else 0.0)
        first_x = label_x + INDENT if label else LEFT
        rest_x = label_x
        space = _width([_Frag(" ", font, size)])
        self.y -= space_before
        hard_lines = (text[label.end() :] if label else text).split("\n")
        for hard_index, hard_line in enumerate(hard_lines):
            first = hard_index == 0
            lines = _wrap_words(
                _words(hard_line, font, size),
                A4_WIDTH - RIGHT - (first_x if first else rest_x),
                A4_WIDTH - RIGHT - rest_x,
                space,
            )
            for index, line in enumerate(lines):
                marks = [f.text for word in line for f in word if f.rise]
                self.ensure(leading, marks)
                self.page_notes += [m for m in marks if m not in self.page_notes]
                self.y -= leading
                x = first_x if first and index == 0 else rest_x
                if first and index == 0 and label:
                    self.draw_line([[_Frag(label.group(1), font, size)]], label_x, self.y, 0.0)
                gaps = sum(len(w) > 0 for w in line) - 1
                natural = sum(_width(w) for w in line) + gaps * space
                justified = justify and gaps and index < len(lines) - 1
                stretch = (A4_WIDTH - RIGHT - x - natural) / gaps if justified else 0.0
                self.draw_line(line, x, self.y, stretch)
        self.y -= PARA_SPACE

    def rule(self) -> None:
        self.ensure(12)
        self.canvas.line(LEFT, self.y - 6, A4_WIDTH - RIGHT, self.y - 6)
        self.y -= 12

    def table(self, rows: list[tuple[str, ...]]) -> None:
        widths = [COLUMN * share for share in TABLE_COLUMNS]
        self.ensure(4)
        self.canvas.line(LEFT, self.y, A4_WIDTH - RIGHT, self.y)
        for index, row in enumerate(rows):
            font = ITALIC if index == 0 else REGULAR
            space = _width([_Frag(" ", font, TABLE_SIZE)])
            cells = [
                _wrap_words(_words(c, font, TABLE_SIZE), w - 2 * CELL_PAD, w - 2 * CELL_PAD, space, False)
                for c, w in zip(row, widths, strict=True)
            ]
            height = max(len(c) for c in cells) * TABLE_LEADING + 2 * CELL_PAD
            self.ensure(height)
            x = LEFT
            for lines, width in zip(cells, widths, strict=True):
                for number, line in enumerate(lines, 1):
                    self.draw_line(line, x + CELL_PAD, self.y - CELL_PAD - number * TABLE_LEADING + 2, 0.0)
                x += width
            self.y -= height
            if index == 0:
                self.canvas.line(LEFT, self.y, A4_WIDTH - RIGHT, self.y)
        self.canvas.line(LEFT, self.y, A4_WIDTH - RIGHT, self.y)
        self.y -= PARA_SPACE

    def save(self) -> None:
        self._finish_page()
        self.canvas.save()


HEADING_SIZES = {1: 14.0, 2: 16.0, 3: 14.0}


def write_pdf(blocks: list[Block], path: Path) -> Path:
    """The report as a typeset A4 PDF.

    Justified Times text with hanging paragraph numbers and words hyphenated
    at line ends; paragraphs cut wherever the page ends; the masthead in
    larger bold type, chapter headings 12 pt bold, sub-chapter and run-in
    headings bold at body size; a running title header from page 2, a footer
    with the page number and job number (and the barcode line on page 1);
    the footnote at the foot of the page that cites it; the annex as a table
    ruled only above, under the header row and below, as UN documents are.
    """
    paras = paragraphs(blocks)
    layout = _PdfLayout(path, footnote_texts(paras))
    rows: list[tuple[str, ...]] = []
    for para in paras:
        if rows and para.kind != "row":
            layout.table(rows)
            rows = []
        if para.kind == "row":
            rows.append(para.cells)
        elif para.kind == "rule":
            layout.rule()
        elif para.kind == "heading":
            _pdf_heading(layout, para)
        elif para.kind == "text":
            layout.paragraph(para.text, font=BOLD if para.bold else REGULAR, justify=not para.bold)
    if rows:
        layout.table(rows)
    layout.save()
    return path


def _pdf_heading(layout: _PdfLayout, para: Para) -> None:
    if CHAPTER.match(para.text) or para.text.lower() == "annex":
        size = 12.0
    elif re.match(r"^[A-Z]\.\s", para.text) or para.level > 3:
        size = BODY_SIZE
    else:
        size = HEADING_SIZES.get(para.level, BODY_SIZE)
    layout.ensure(size * 1.2 + 3 * LEADING)
    layout.paragraph(para.text, font=BOLD, size=size, leading=size * 1.2, justify=False, space_before=6.0)


# --- hostile files ----------------------------------------------------------


def hostile_random_pdf(path: Path) -> Path:
    """Bytes that are no PDF at all, named .pdf (fixed bytes, so runs are reproducible)."""
    import random

    path.write_bytes(random.Random(57344).randbytes(4096))
    return path


def hostile_truncated_pdf(source: Path, path: Path, keep: float = 0.3) -> Path:
    """The first `keep` part of a real PDF, as a broken download leaves it."""
    data = source.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    return path


def hostile_encrypted_pdf(source: Path, path: Path, password: str = "secret") -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(str(source)))
    writer.encrypt(user_password=password, owner_password=password + "-owner", algorithm="AES-128")
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def hostile_damaged_pdf(path: Path) -> Path:
    """A PDF header followed by garbage: claims to be a PDF, has no readable structure."""
    import random

    path.write_bytes(b"%PDF-1.4\n" + random.Random(12).randbytes(4096))
    return path


def hostile_no_text_pdf(path: Path) -> Path:
    """A page with drawings and no text layer, as a scan without OCR is."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    for row in range(40):
        canvas.rect(72, 760 - row * 16, 300 + (row * 37) % 150, 9, fill=1)
    canvas.showPage()
    canvas.save()
    return path


def hostile_fake_docx(path: Path) -> Path:
    path.write_text(
        textwrap.dedent("""\
        This is a plain-text file that was given a .docx name.
        1. It has a numbered paragraph, but it is not a zip archive.
        """),
        encoding="utf-8",
    )
    return path
