"""DOCX reader (`.docx`), walking the WordprocessingML of the document part.

What a reader of the printed page sees and the XML hides is put back:

- Heading styles (`Heading N`, or any style or paragraph with an outline
  level) give `HEADING` blocks at that level; `Title` is level 1.
- Word's automatic numbering (`w:numPr`) is not text, so its label is
  rebuilt from the numbering part: the level's `lvlText` ("%1." or "(%1)")
  with its counter formatted as the level says (decimal, lowerLetter,
  upperRoman ...). Bullets are dropped. When a level has no `lvlText`,
  decimal becomes "N." and anything else "(x)".
- Superscript digits become footnote marks `[^N]`; real Word footnotes
  (the footnotes part) are numbered in the order they are referenced and
  their text is appended at the end as blocks `[^N] text`. Endnotes follow,
  marked with lower-case roman numerals as Word does by default.
- An explicit page break (`w:br w:type="page"`, `pageBreakBefore`, a
  section that starts a new page) cuts the paragraph and gives a
  `PAGE_BREAK` block. Word's cached soft page boundaries
  (`lastRenderedPageBreak`) are ignored: they depend on the last rendering.
- Header and footer text is kept (the normaliser drops page furniture by
  pattern); it is emitted once, before the body, as the first page shows it.
- Deleted revisions, field codes and the fallback copy of text boxes are
  skipped; text boxes are read as their own blocks after their paragraph.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from compare.ingest.readers import Blocks
from compare.ingest.readers.docx_styles import Numbering, Styles, outline, superscript_of
from compare.ingest.readers.docx_xml import MC_NS, R_NS, local, on, val, w
from compare.ingest.readers.labels import to_roman
from compare.ingest.readers.zipcheck import check_archive
from compare.model import Block, BlockKind
from compare.util.errors import UnreadableReport

RT_FOOTNOTES = f"{R_NS}/footnotes"
RT_ENDNOTES = f"{R_NS}/endnotes"
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

SKIPPED = {"del", "moveFrom", "instrText", "delText", "delInstrText", "pPr", "rPr", "fldData"}
MARK_TEXT = re.compile(r"^\s*\d{1,3}(?:\s*,\s*\d{1,3})*\s*$")
SPACES = re.compile(r"[ \t\u00a0]+")
PAGE = object()  # a page break inside a paragraph's content
NOTE_REFERENCES = {"footnoteReference": "foot", "endnoteReference": "end"}


def read(path: Path) -> list[Block]:
    path = Path(path)
    if not zipfile.is_zipfile(path):
        if path.read_bytes()[:8] == OLE_SIGNATURE:
            raise UnreadableReport(path, "not a DOCX file (an encrypted or legacy Word .doc file)")
        raise UnreadableReport(path, "not a DOCX file (not a zip archive)")
    check_archive(path)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError):
        raise UnreadableReport(path, "not a DOCX file (no Word document in the zip archive)") from None
    body = document.element.body
    walker = _Walker(styles=Styles(document), numbering=Numbering(document), sections=list(body.iter(w("sectPr"))))
    notes = {kind: _note_bodies(document, reltype) for kind, reltype in (("foot", RT_FOOTNOTES), ("end", RT_ENDNOTES))}
    blocks = _header_footer_blocks(document, body, walker) + walker.container(body)
    return Blocks(blocks + walker.note_blocks(notes), walker.entity_warnings())


@dataclass
class _Piece:
    text: str
    bold: bool | None  # None: does not count for "whole paragraph bold" (labels, marks)


@dataclass
class _Walker:
    styles: Styles
    numbering: Numbering
    page: int = 1
    note_marks: dict[tuple[str, str], str] = field(default_factory=dict)  # (kind, id) -> mark, in reference order
    sections: list = field(default_factory=list)  # every w:sectPr in document order; the last is the body's
    entities: list = field(default_factory=list)  # names of the entity references left out

    def container(self, element) -> list[Block]:
        """Blocks of a body, cell, header or note: paragraphs and tables in order."""
        blocks: list[Block] = []
        for child in element:
            name = local(child)
            if name == "p":
                blocks.extend(self.paragraph(child))
            elif name == "tbl":
                blocks.extend(self.table(child))
            elif name == "sdt" and child.find(w("sdtContent")) is not None:
                blocks.extend(self.container(child.find(w("sdtContent"))))
            elif name == "customXml":
                blocks.extend(self.container(child))
        return blocks

    def paragraph(self, p) -> list[Block]:
        ppr = p.find(w("pPr"))
        style_id = val(ppr.find(w("pStyle"))) if ppr is not None else ""
        style_id = style_id or self.styles.default_paragraph
        level = self.styles.heading_level(style_id)
        own_outline = outline(ppr)
        if own_outline is not None:
            level = own_outline + 1 if own_outline < 9 else 0
        blocks: list[Block] = []
        own_break = on(ppr.find(w("pageBreakBefore"))) if ppr is not None else None
        if _first_known(own_break, self.styles.first(style_id, "page_break_before")):
            blocks.append(self._page_break())
        pieces: list = []
        label = self._label(ppr, style_id)
        if label:
            pieces.append(_Piece(label + " ", None))
        boxes: list = []
        self._inline(p, style_id, pieces, boxes)
        blocks.extend(self._blocks_from_pieces(pieces, level))
        for box in boxes:
            blocks.extend(self.container(box))
        section_end = ppr.find(w("sectPr")) if ppr is not None else None
        if section_end is not None and self._next_section_starts_page(section_end):
            blocks.append(self._page_break())
        return blocks

    def _next_section_starts_page(self, sect_pr) -> bool:
        """A section break: the *next* section's `w:type` says whether it starts a new page (the default)."""
        following = self.sections[self.sections.index(sect_pr) + 1 :] if sect_pr in self.sections else []
        return not following or val(following[0].find(w("type")), "nextPage") != "continuous"

    def _page_break(self) -> Block:
        self.page += 1
        return Block(text="", kind=BlockKind.PAGE_BREAK, page=self.page)

    def _label(self, ppr, style_id: str) -> str:
        num = ppr.find(w("numPr")) if ppr is not None else None
        num_id = val(num.find(w("numId"))) if num is not None else ""
        ilvl = val(num.find(w("ilvl"))) if num is not None else ""
        num_id = num_id or self.styles.first(style_id, "num_id") or ""
        ilvl = ilvl or self.styles.first(style_id, "ilvl") or "0"
        if not num_id or num_id == "0":
            return ""
        return self.numbering.label(num_id, int(ilvl) if ilvl.isdigit() else 0)

    def _inline(self, element, style_id: str, pieces: list, boxes: list) -> None:
        """Collect the run content under `element` (runs, hyperlinks, insertions, fields ...)."""
        for child in element:
            name = local(child)
            if name == "r":
                self._run(child, style_id, pieces, boxes)
            elif name in SKIPPED or name == "Fallback" or child.tag == f"{{{MC_NS}}}Fallback":
                continue
            elif name == "txbxContent":
                boxes.append(child)
            else:
                self._inline(child, style_id, pieces, boxes)

    def _t_text(self, element) -> str:
        """A `w:t`'s text; an entity reference (never resolved) is left out, with a warning, the text after it kept."""
        text = element.text or ""
        for inner in element:
            if not isinstance(inner.tag, str):
                self.entities.append(getattr(inner, "name", None) or "?")
            text += inner.tail or ""
        return text

    def entity_warnings(self) -> tuple[str, ...]:
        names = sorted(set(self.entities))
        if not names:
            return ()
        return (f"{len(self.entities)} XML entity reference(s) not resolved and left out: {', '.join(names[:5])}",)

    def _run(self, run, style_id: str, pieces: list, boxes: list) -> None:
        rpr = run.find(w("rPr"))
        if rpr is not None and on(rpr.find(w("vanish"))):
            return  # hidden text is not printed
        char_style = val(rpr.find(w("rStyle"))) if rpr is not None else ""
        bold = _first_known(
            on(rpr.find(w("b"))) if rpr is not None else None,
            self.styles.first(char_style, "bold"),
            self.styles.first(style_id, "bold"),
        )
        superscript = _first_known(
            superscript_of(rpr),
            self.styles.first(char_style, "superscript"),
            self.styles.first(style_id, "superscript"),
        )
        for child in run:
            name = local(child)
            if name == "t":
                piece_type = _Sup if superscript else _Piece
                pieces.append(piece_type(self._t_text(child), bool(bold)))
            elif name in ("tab", "ptab"):
                pieces.append(_Piece(" ", None))
            elif name == "br":
                pieces.append(PAGE if child.get(w("type")) == "page" else _Piece("\n", None))
            elif name == "cr":
                pieces.append(_Piece("\n", None))
            elif name == "noBreakHyphen":
                pieces.append(_Piece("-", bool(bold)))
            elif name in NOTE_REFERENCES:
                pieces.append(_Piece(self._note_mark(NOTE_REFERENCES[name], child.get(w("id"), "")), None))
            elif name in ("drawing", "pict", "AlternateContent", "object"):
                self._inline(child, style_id, [], boxes)

    def _note_mark(self, kind: str, note_id: str) -> str:
        key = (kind, note_id)
        if key not in self.note_marks:
            count = sum(1 for k, _ in self.note_marks if k == kind) + 1
            self.note_marks[key] = str(count) if kind == "foot" else to_roman(count).lower()
        return f"[^{self.note_marks[key]}]"

    def _blocks_from_pieces(self, pieces: list, level: int) -> list[Block]:
        """One block per stretch of the paragraph between explicit page breaks."""
        blocks: list[Block] = []
        current: list[_Piece] = []
        for piece in [*pieces, None]:
            if piece is PAGE or piece is None:
                block = self._block(current, level)
                if block is not None:
                    blocks.append(block)
                if piece is PAGE:
                    blocks.append(self._page_break())
                current = []
            else:
                current.append(piece)
        return blocks

    def _block(self, pieces: list[_Piece], level: int) -> Block | None:
        text = _clean_text("".join(_marked(pieces)))
        if not text:
            return None
        counted = [p.bold for p in pieces if p.bold is not None and not isinstance(p, _Sup) and p.text.strip()]
        bold = bool(counted) and all(counted)
        kind = BlockKind.HEADING if level else BlockKind.TEXT
        return Block(text=text, kind=kind, level=level, bold=bold, page=self.page)

    def table(self, tbl) -> list[Block]:
        blocks = []
        for tr in tbl.iter(w("tr")):
            if _nearest_table(tr) is not tbl:
                continue
            cells = tuple(self._cell_text(tc) for tc in tr.findall(w("tc")))
            if any(cells):
                text = " ".join(c for c in cells if c)
                blocks.append(Block(text=text, kind=BlockKind.TABLE_ROW, cells=cells, page=self.page))
        return blocks

    def _cell_text(self, tc) -> str:
        tcpr = tc.find(w("tcPr"))
        merge = tcpr.find(w("vMerge")) if tcpr is not None else None
        if merge is not None and val(merge, "continue") == "continue":
            return ""
        page = self.page
        texts = [b.text for b in self.container(tc) if b.text]
        self.page = page  # a page break inside a cell does not cut the table
        return SPACES.sub(" ", " ".join(texts).replace("\n", " ")).strip()

    def note_blocks(self, notes: dict[str, dict[str, object]]) -> list[Block]:
        blocks = []
        for (kind, note_id), mark in list(self.note_marks.items()):
            body = notes.get(kind, {}).get(note_id)
            if body is None:
                continue
            text = " ".join(b.text for b in self.container(body) if b.text).strip()
            blocks.append(Block(text=f"[^{mark}] {text}".rstrip(), page=self.page))
        return blocks


class _Sup(_Piece):
    """Superscript text: a footnote mark when it is made of digits."""


def _marked(pieces: list[_Piece]) -> list[str]:
    """Texts of pieces, with runs of superscript digits turned into `[^N]` marks."""
    out: list[str] = []
    index = 0
    while index < len(pieces):
        piece = pieces[index]
        if isinstance(piece, _Sup):
            run = [piece.text]
            while index + 1 < len(pieces) and isinstance(pieces[index + 1], _Sup):
                index += 1
                run.append(pieces[index].text)
            joined = "".join(run)
            if MARK_TEXT.match(joined):
                marks = "".join(f"[^{n.strip()}]" for n in joined.split(","))
                starts_block = not "".join(out).strip()
                out.append(marks + (" " if starts_block else ""))
            else:
                out.append(joined)
        else:
            out.append(piece.text)
        index += 1
    return out


def _clean_text(text: str) -> str:
    lines = [SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line).strip()


def _first_known(*values):
    return next((v for v in values if v is not None), None)


def _nearest_table(element):
    parent = element.getparent()
    while parent is not None and local(parent) != "tbl":
        parent = parent.getparent()
    return parent


def _note_bodies(document, reltype: str) -> dict[str, object]:
    """Footnote (or endnote) id -> its XML element, separators left out."""
    from lxml import etree

    for rel in document.part.rels.values():
        if rel.reltype == reltype and not rel.is_external:
            root = etree.fromstring(rel.target_part.blob)
            return {
                note.get(w("id"), ""): note
                for note in root
                if local(note) in ("footnote", "endnote") and note.get(w("type"), "normal") == "normal"
            }
    return {}


def _header_footer_blocks(document, body, walker: _Walker) -> list[Block]:
    """Text of every distinct header and footer, first-page ones first."""
    order = {"first": 0, "default": 1, "even": 2}
    references = []
    for sect_pr in body.iter(w("sectPr")):
        for ref in sect_pr:
            if local(ref) in ("headerReference", "footerReference"):
                references.append((order.get(ref.get(w("type"), "default"), 1), local(ref), ref.get(f"{{{R_NS}}}id")))
    blocks, seen = [], set()
    for _rank, _kind, rel_id in sorted(references, key=lambda r: (r[0], r[1] != "headerReference")):
        part = document.part.related_parts.get(rel_id)
        if part is None or rel_id in seen:
            continue
        seen.add(rel_id)
        for block in walker.container(part.element):
            if block.kind is not BlockKind.PAGE_BREAK and block.text not in {b.text for b in blocks}:
                blocks.append(block)
    walker.page = 1
    return blocks
