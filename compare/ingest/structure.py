"""Segments -> structure: a state machine over labels and their sequences.

Chapters (I., II.), sub-chapters (A., B.), numbered sub-headings ("1.
Prevention"), run-in headings, numbered paragraphs, items of the first and
second degree ("(a)", "(i)" inside it; "a)" in French and Spanish), the annex
and footnotes. A label is taken only when it continues its sequence; a cut
the segmenter made inside a line (`Segment.inline`) is glued back when its
label does not fit, so "questions (a) and (b) above" or "paragraph 12. The"
never start a unit. What the structure looked odd at is kept in `events` for
the audit.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from compare.ingest import extract
from compare.ingest.furniture import SYMBOL_LINE, Vocabulary, dehyphenate
from compare.ingest.numbering import (
    CHAPTER,
    PARAGRAPH,
    SUBCHAPTER,
    TERMINAL,
    item_parts,
    next_item,
    roman_after,
    roman_value,
)
from compare.ingest.segments import Segment, clean
from compare.model import BlockKind, Footnote, Section, Table

ANNEX = re.compile(r"^annex(?:es)?(?:\s+[IVX0-9]+)?\s*$", re.I)
FOOTNOTE_BODY = re.compile(r"^\[\^(\w{1,4})\]\s*(.*)$", re.S)
# Words after which a number is a citation, never a label: "paragraph 12. The", "item 1. Opening".
CITING = re.compile(
    r"\b(?:paragraphs?|paras?|articles?|items?|chapters?|sections?|annex(?:es)?|resolutions?|decisions?|pages?"
    r"|rules?|no|nos|numbers?|and|or|to|of|de|del|et|y|la|le|el|sub-item)\.?$",
    re.I,
)
CONNECTOR_END = re.compile(
    r"\b(?:on|of|the|and|for|against|to|in|at|by|with|de|du|des|sur|sobre|del|la|el|y|et)$", re.I
)
SUFFIXES = ("bis", "ter", "quater", "quinquies")


@dataclass
class Structurer:
    """Walks segments in order and builds the report's structure."""

    preamble: list[Segment] = field(default_factory=list)
    units: list[dict] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    section_starts: list[int] = field(default_factory=list)  # len(units) when each section opened
    footnotes: list[Footnote] = field(default_factory=list)
    events: list[tuple[str, str]] = field(default_factory=list)  # (place, what looked wrong)
    chapter: int = 0
    numeral: str = ""
    letter: str = ""
    heading: str = ""
    chapter_title: str = ""
    sub_title: str = ""
    last_paragraph: int = 0
    last_ref: str = ""
    item1: str = ""  # the last item of the first degree under the current paragraph
    item2: str = ""  # the last item of the second degree under it
    subheading: int = 0  # the last numbered sub-heading of the current chapter
    quoted: int = 0  # the last number of a list quoted inside a paragraph ("the following agenda: 1. ...")
    sink: str = "preamble"  # where the last text went
    in_annex: bool = False
    annex_title: list[str] = field(default_factory=list)
    annex_rows: list[tuple[str, ...]] = field(default_factory=list)
    vocabulary: Counter | Vocabulary = field(default_factory=Counter)

    @property
    def started(self) -> bool:
        return bool(self.units) or self.chapter > 0

    @property
    def section_id(self) -> str:
        return f"{self.numeral}.{self.letter}" if self.letter else self.numeral

    def feed(self, segment: Segment, next_segment: Segment | None) -> None:
        body = FOOTNOTE_BODY.match(segment.text)
        if body and self.started:
            self.footnotes.append(Footnote(mark=body.group(1), text=clean(body.group(2))))
            self.sink = "footnote"
        elif segment.kind is BlockKind.TABLE_ROW and not self.started:  # a masthead laid out as a table
            self.preamble.extend(Segment(text=cell) for cell in segment.cells if cell)
        elif segment.kind is BlockKind.TABLE_ROW or self.in_annex:
            self._annex(segment)
        elif not self._labelled(segment, next_segment):
            self._text(segment)

    def _labelled(self, segment: Segment, next_segment: Segment | None) -> bool:
        """A heading, a paragraph or an item, when the segment's label fits."""
        return self._heading(segment, next_segment) or self._paragraph(segment, next_segment) or self._item(segment)

    def _text(self, segment: Segment) -> None:
        """Text that starts no unit: glued back to what came before it."""
        if segment.inline and self.sink == "heading" and self.sections:
            last = self.sections[-1]
            self.sections[-1] = replace(last, title=f"{last.title} {segment.text}")
            self.heading = self.sections[-1].title
        elif segment.inline and self.sink == "footnote":
            self.footnotes[-1] = replace(self.footnotes[-1], text=f"{self.footnotes[-1].text} {segment.text}")
        elif not self.started:
            if segment.inline and self.preamble:
                self.preamble[-1] = replace(self.preamble[-1], text=f"{self.preamble[-1].text} {segment.text}")
            elif _masthead_lines(segment.lines) and not _is_front_block(segment.text):  # read line by line
                self.preamble.extend(Segment(text=line) for line in _rejoined(segment.lines))
            else:
                self.preamble.append(segment)
        else:
            self._continuation(segment)

    def _heading(self, segment: Segment, next_segment: Segment | None) -> bool:
        text = segment.text
        if ANNEX.match(text) and (segment.kind is BlockKind.HEADING or segment.bold or self.started):
            self.in_annex = True
            return True
        if self._chapter(segment) or self._subchapter(segment):
            return True
        if self.started and not segment.inline and self._is_run_in(segment, next_segment):
            self._open(Section(id=self.section_id, numeral=self.numeral, letter=self.letter, title=text, run_in=True))
            return True
        return False

    def _chapter(self, segment: Segment) -> bool:
        chapter = CHAPTER.match(segment.text)
        if not chapter or not self._looks_like_heading(segment):
            return False
        step = roman_value(chapter.group(1)) - self.chapter
        if not (step == 1 if segment.inline else 0 < step <= 3):
            return False
        self.chapter = roman_value(chapter.group(1))
        self.numeral, self.letter, self.subheading = chapter.group(1).upper(), "", 0
        self.chapter_title, self.sub_title = clean(chapter.group(2)), ""
        self._open(Section(id=self.numeral, numeral=self.numeral, title=self.chapter_title))
        return True

    def _subchapter(self, segment: Segment) -> bool:
        sub = SUBCHAPTER.match(segment.text)
        if not sub or not self.chapter or not self._looks_like_heading(segment):
            return False
        step = ord(sub.group(1)) - ord(self.letter or "@")
        if segment.inline and not (step == 1 and (_finished(segment.before) or self.sink == "heading")):
            return False
        if not 0 < step <= 3:
            return False
        self.letter, self.subheading = sub.group(1), 0
        self.sub_title = clean(sub.group(2))
        self._open(Section(id=self.section_id, numeral=self.numeral, letter=self.letter, title=self.sub_title))
        return True

    def _open(self, section: Section) -> None:
        self.heading = section.title
        self.sections.append(section)
        self.section_starts.append(len(self.units))
        self.sink, self.quoted = "heading", 0

    def finished_sections(self) -> tuple[Section, ...]:
        refs = [u["ref"] for u in self.units]
        return tuple(
            replace(s, first_ref=refs[start] if start < len(refs) else "")
            for s, start in zip(self.sections, self.section_starts, strict=True)
        )

    @staticmethod
    def _looks_like_heading(segment: Segment) -> bool:
        return (
            segment.kind is BlockKind.HEADING
            or segment.bold
            or (len(segment.text) < 500 and not segment.text.endswith((".", ";", ",")))
        )

    def _is_run_in(self, segment: Segment, next_segment: Segment | None) -> bool:
        """A heading with no numeral: declared as one, or a short unpunctuated line before a paragraph."""
        text = segment.text
        if len(text) > 250 or PARAGRAPH.match(text) or item_parts(text) or text.endswith((";", ",")):
            return False
        if segment.kind is BlockKind.HEADING or segment.bold:
            return True
        previous_done = not self.units or self.units[-1]["parts"][-1].rstrip().endswith(TERMINAL)
        next_is_unit = next_segment is not None and bool(
            PARAGRAPH.match(next_segment.text)
            or CHAPTER.match(next_segment.text)
            or SUBCHAPTER.match(next_segment.text)
        )
        return previous_done and next_is_unit and not text.endswith(".") and text[:1].isupper()

    def _paragraph(self, segment: Segment, next_segment: Segment | None) -> bool:
        match = PARAGRAPH.match(segment.text)
        if not match or self._in_quoted_list(int(match.group(1)), match.group(2)):
            return False
        number, body = int(match.group(1)), match.group(2)
        if self._subheading(number, body, next_segment):
            return True
        if segment.inline:
            if number != self.last_paragraph + 1 or CITING.search(segment.before) or not _opens_sentence(body):
                return False
            self._run_in_tail()
        elif number == self.last_paragraph and self.units and _opens_sentence(body):
            # a short one only after a finished sentence: "see paragraph\n3. The ..." is a wrapped reference
            if len(body) > 60 or (_finished(body) and _finished(self.units[-1]["parts"][-1])):
                return self._repeated(number, body)
            return False
        elif not (0 < number - self.last_paragraph <= 3) or (not self.started and number > 3):
            if self.started and number < self.last_paragraph:
                self.events.append((self.last_ref, f"number {number} after {self.last_paragraph} kept as text"))
            return False
        self._new_paragraph(str(number), number, body)
        return True

    def _new_paragraph(self, ref: str, number: int, body: str) -> None:
        self.last_paragraph, self.last_ref, self.item1, self.item2 = number, ref, "", ""
        self._add_unit(ref=ref, paragraph=number, item="", text=body)

    def _repeated(self, number: int, body: str) -> bool:
        taken = {u["ref"] for u in self.units}
        suffix = next((s for s in SUFFIXES if f"{number}-{s}" not in taken), None)
        if suffix is None:
            return False
        self.events.append((f"{number}-{suffix}", f"number {number} repeated; kept as a paragraph of its own"))
        self._new_paragraph(f"{number}-{suffix}", number, body)
        return True

    def _in_quoted_list(self, number: int, body: str) -> bool:
        """A numbered list quoted inside a paragraph (an adopted agenda) stays in that paragraph."""
        if self.quoted and self.quoted < number <= self.quoted + 2:  # a number may sit at a line's end, unseen
            fits_paragraph = number == self.last_paragraph + 1 and len(body) > 200
            if not fits_paragraph:
                self.quoted = number
                return True
        self.quoted = 0
        if number == 1 and self.units and self.sink == "unit" and self.units[-1]["parts"][-1].rstrip().endswith(":"):
            self.quoted = 1
            return True
        return False

    def _subheading(self, number: int, body: str, next_segment: Segment | None) -> bool:
        """ "1. Prevention" before paragraph 5: a numbered sub-heading, told by its form and the sequence."""
        if not self.started or len(body) > 100 or len(body.split()) > 12 or body.endswith((*TERMINAL, ",")):
            return False
        following = PARAGRAPH.match(next_segment.text) if next_segment else None
        if not body[:1].isupper() or not following or int(following.group(1)) != self.last_paragraph + 1:
            return False
        same = number == int(following.group(1))
        if (number != self.subheading + 1 and not same) or (same and next_segment.inline):
            return False
        self.subheading = number
        title = f"{number}. {body}"
        self._open(Section(id=self.section_id, numeral=self.numeral, letter=self.letter, title=title, run_in=True))
        return True

    def _run_in_tail(self) -> None:
        """ "... held in Vienna. Opening of the meeting 2. The ...": the words after the last sentence are a heading."""
        if self.sink != "unit":
            return
        parts = self.units[-1]["parts"]
        head, dot, tail = parts[-1].rpartition(". ")
        if dot and tail and tail[:1].isupper() and len(tail) <= 120 and not tail.endswith(TERMINAL):
            parts[-1] = head + "."
            self._open(Section(id=self.section_id, numeral=self.numeral, letter=self.letter, title=tail, run_in=True))

    def _item(self, segment: Segment) -> bool:
        parts = item_parts(segment.text)
        if not parts or not self.units or self.quoted:
            return False
        label, body = parts
        if segment.inline and not re.search(r"(?:[:;.]|;\s*(?:and|or|et|y|ou|o))$", segment.before):
            return False
        if label in next_item(self.item1):
            self.item1, self.item2 = label, ""
            ref = f"{self.last_ref}({label})"
        elif self.item1 and label == (roman_after(self.item2) if self.item2 else "i"):
            self.item2 = label
            ref = f"{self.last_ref}({self.item1})({label})"
        else:
            if not segment.inline and segment.text.startswith("("):
                self.events.append((self.units[-1]["ref"], f"item ({label}) out of sequence kept as text"))
            return False
        self._add_unit(ref=ref, paragraph=self.last_paragraph, item=label, text=body)
        return True

    def _add_unit(self, *, ref: str, paragraph: int, item: str, text: str) -> None:
        self.sink = "unit"
        self.units.append(
            {
                "ref": ref,
                "paragraph": paragraph,
                "item": item,
                "parts": [text],  # joined once at the end: appending to a growing string is quadratic
                "section": self.section_id,
                "heading": self.heading,
                "chapter_title": self.chapter_title,
                "sub_title": self.sub_title,
            }
        )

    def _continuation(self, segment: Segment) -> None:
        """Text with no label: the rest of a unit cut by a page break, or a closing sentence."""
        if not self.units or SYMBOL_LINE.match(segment.text):  # a page header left between two pages
            return
        parts = self.units[-1]["parts"]
        if parts[-1].endswith("-") and segment.text[:1].islower():  # a word hyphenated across a page break
            parts[-1] = dehyphenate(f"{parts[-1]}\n{segment.text}", self.vocabulary)
        else:
            parts.append(segment.text)
        self.sink = "unit"

    def _annex(self, segment: Segment) -> None:
        if segment.kind is BlockKind.TABLE_ROW:
            self.annex_rows.append(segment.cells)
        elif segment.inline and (self.annex_rows or self.annex_title):
            self._annex_glue(segment.text)
        elif not self.annex_rows and not ANNEX.match(segment.text):
            self.annex_title.append(segment.text)
        else:
            row = extract.annex_row_from_text(segment.text)
            if row:
                self.annex_rows.append(row)
            elif self.annex_rows:
                self._annex_glue(segment.text)

    def _annex_glue(self, text: str) -> None:
        if not self.annex_rows:
            self.annex_title[-1] = f"{self.annex_title[-1]} {text}"
            return
        last = list(self.annex_rows[-1])
        last[-1] = clean(f"{last[-1]} {text}")
        self.annex_rows[-1] = tuple(last)

    def finished_units(self) -> list[dict]:
        """The units with their text pieces joined."""
        return [{**unit, "text": " ".join(unit["parts"])} for unit in self.units]

    def annex_table(self) -> tuple[Table, ...]:
        if not self.annex_rows:
            return ()
        rows = [r for r in self.annex_rows if any(r)]
        columns: tuple[str, ...] = ("Document symbol", "Agenda item", "Title or description")
        if rows and not extract.SYMBOL.search(rows[0][0] if rows[0] else ""):
            columns, rows = rows[0], rows[1:]
        width = len(columns)
        rows = [tuple(list(r[:width]) + [""] * (width - len(r))) for r in rows]
        return (Table(title=clean(" ".join(self.annex_title)), columns=tuple(columns), rows=tuple(rows)),)


def _masthead_lines(lines: tuple[str, ...]) -> bool:
    """Lines of a masthead, each a field of its own; not the hard-wrapped lines of one text."""
    if len(lines) < 2:
        return False
    width = max(len(line) for line in lines)
    return not all(len(line) >= 0.75 * width for line in lines[:-1]) or width < 40


def _rejoined(lines: tuple[str, ...]) -> list[str]:
    """Masthead lines with a title wrapped onto the next line joined again."""
    out: list[str] = []
    for line in lines:
        if out and (CONNECTOR_END.search(out[-1]) or line[:1].islower()):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _is_front_block(text: str) -> bool:
    """The first block of a normalised .md (`wgcompare-normalised: 1` and its keys), read as one."""
    return text.startswith("wgcompare-normalised:")


def _finished(text: str) -> bool:
    return text.rstrip().endswith(TERMINAL)


def _opens_sentence(body: str) -> bool:
    return body[:1].isupper() or body[:1] in "“\"‘'(["
