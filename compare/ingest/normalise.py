"""Blocks -> Meeting: where UN report conventions live.

The work happens in three passes:

1. `segments`: blocks are cut into lines, page furniture is dropped, hard
   wraps and hyphenation are healed, and the lines are regrouped into
   segments, each starting at a paragraph number, an item letter or a
   block boundary the format declared.
2. `Structurer`: a small state machine walks the segments and recognises
   chapters (I., II.), sub-chapters (A., B.), run-in headings, numbered
   paragraphs, lettered items, the annex table and footnotes. Numbers and
   letters are only taken when they continue the sequence, so "questions
   (a) and (b) above" wrapped onto a new line is never an item.
3. metadata and extraction (`compare.ingest.metadata`, `compare.ingest.extract`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from compare.ingest import extract, metadata
from compare.ingest.furniture import (
    SAMPLE_LINE,
    SYMBOL_LINE,
    dehyphenate,
    is_furniture,
    running_lines,
    superscripts_to_marks,
    vocabulary_of,
)
from compare.ingest.readers import file_digest, read_blocks
from compare.model import Block, BlockKind, Footnote, Meeting, Section, Table, Unit
from compare.util.errors import NotAReport, ReportTooLarge

PARAGRAPH = re.compile(r"^(\d{1,4})\.\s+(\S.*)$", re.S)
MAX_UNITS = 2000  # keeps alignment (all pairs of two meetings) within seconds and memory
ITEM = re.compile(r"^\(([a-z]{1,4})\)\s+(\S.*)$", re.S)
CHAPTER = re.compile(r"^(?:chapter\s+)?([IVXL]{1,6})\.\s+(\S.{0,300})$", re.S | re.I)
SUBCHAPTER = re.compile(r"^([A-Z])\.\s+(\S.{0,400})$", re.S)
ANNEX = re.compile(r"^annex(?:es)?(?:\s+[IVX0-9]+)?\s*$", re.I)
FOOTNOTE_BODY = re.compile(r"^\[\^(\w{1,4})\]\s*(.*)$", re.S)
FOOTNOTE_MARK = re.compile(r"\[\^(\w{1,4})\]")
TERMINAL = (".", ":", ";", "?", "!", ".”", '."', ")", "”")
# A heading of recommendations: "Recommendations", "Conclusions and recommendations", "Recommendations of
# the Working Group"; not a topic that mentions them ("Implementation of the recommendations of ...").
RECOMMENDATION_HEADING = re.compile(
    r"^\s*(?:(?:summary|list) of (?:the )?)?(?:(?:main|key|general|agreed) )?"
    r"(?:(?:conclusions?|outcomes?|findings)\s+and\s+)?recommendations?\b",
    re.I,
)
# A paragraph that only introduces the recommendations that follow it as paragraphs of their own.
RECOMMENDATION_INTRO = re.compile(r"\bfollowing (?:conclusions and )?recommendations\b", re.I)
RECOMMENDATION_LEAD_IN = re.compile(r"recommend", re.I)
ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}


def roman_value(numeral: str) -> int:
    total, previous = 0, 0
    for char in reversed(numeral.lower()):
        value = ROMAN.get(char, 0)
        total = total - value if value < previous else total + value
        previous = max(previous, value)
    return total


def letter_after(letter: str) -> str:
    return chr(ord(letter) + 1) if letter else "a"


def roman_after(numeral: str) -> str:
    """ "iv" -> "v": the next lower-case roman numeral."""
    value = roman_value(numeral) + 1
    digits = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    text = ""
    for amount, symbol in digits:
        while value >= amount:
            text, value = text + symbol, value - amount
    return text


def next_item(last: str) -> tuple[str, ...]:
    """Labels that may follow item `last`: a list opens with "(a)" or "(i)"; "(i)" after "(h)" is a letter."""
    if not last:
        return ("a", "i")
    options = [letter_after(last)] if len(last) == 1 else []
    if set(last) <= set("ivx"):
        options.append(roman_after(last))
    return tuple(options)


@dataclass
class Segment:
    text: str
    kind: BlockKind = BlockKind.TEXT
    bold: bool = False
    cells: tuple[str, ...] = ()


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def segments(blocks: list[Block], vocabulary: Counter) -> tuple[list[Segment], bool]:
    """Blocks -> segments with furniture dropped and wraps healed; also whether the sample line was seen."""
    running = running_lines(blocks)
    symbols_seen: set[str] = set()  # a symbol alone on a line is the masthead once, then a running header
    out: list[Segment] = []
    sample = False
    for block in blocks:
        if block.kind is BlockKind.PAGE_BREAK:
            continue
        if block.kind is BlockKind.TABLE_ROW:
            out.append(Segment(text=_clean(block.text), kind=block.kind, cells=tuple(_clean(c) for c in block.cells)))
            continue
        lines = []
        for line in superscripts_to_marks(block.text).split("\n"):
            if SAMPLE_LINE.match(line):
                sample = True
            elif SYMBOL_LINE.match(line) and block.kind is not BlockKind.HEADING:
                if line.strip() not in symbols_seen:
                    symbols_seen.add(line.strip())
                    lines.append(line.strip())
            elif not (is_furniture(line) or line.strip() in running):
                lines.append(line.strip())
        if not any(lines):
            continue
        text = dehyphenate("\n".join(line for line in lines if line), vocabulary)
        if block.kind is BlockKind.HEADING:
            out.append(Segment(text=_clean(text), kind=block.kind, bold=block.bold))
        else:
            pieces = _split_at_markers(text.split("\n"))
            out.extend(Segment(text=piece, bold=block.bold and len(pieces) == 1) for piece in pieces)
    return out, sample


MARKER_START = re.compile(r"^(?:\d{1,4}\.\s|\([a-z]{1,2}\)\s|\[\^\w{1,4}\]\s)")


def _split_at_markers(lines: list[str]) -> list[str]:
    """Unwrap hard-wrapped lines, starting a new piece at a marker after a finished sentence."""
    pieces: list[str] = []
    for line in lines:
        starts_new = bool(MARKER_START.match(line)) and (not pieces or pieces[-1].rstrip().endswith(TERMINAL))
        if pieces and not starts_new:
            pieces[-1] = f"{pieces[-1]} {line}"
        else:
            pieces.append(line)
    return [_clean(p) for p in pieces if p.strip()]


@dataclass
class Structurer:
    """Walks segments in order and builds the report's structure."""

    preamble: list[Segment] = field(default_factory=list)
    units: list[dict] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    section_starts: list[int] = field(default_factory=list)  # len(units) when each section opened
    footnotes: list[Footnote] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    chapter: int = 0
    numeral: str = ""
    letter: str = ""
    heading: str = ""
    chapter_title: str = ""
    sub_title: str = ""
    last_paragraph: int = 0
    in_annex: bool = False
    annex_title: list[str] = field(default_factory=list)
    annex_rows: list[tuple[str, ...]] = field(default_factory=list)
    vocabulary: Counter = field(default_factory=Counter)

    @property
    def started(self) -> bool:
        return bool(self.units) or self.chapter > 0

    @property
    def section_id(self) -> str:
        return f"{self.numeral}.{self.letter}" if self.letter else self.numeral

    def feed(self, segment: Segment, next_segment: Segment | None) -> None:
        text = segment.text
        body = FOOTNOTE_BODY.match(text)
        if body and self.started:
            self.footnotes.append(Footnote(mark=body.group(1), text=_clean(body.group(2))))
            return
        if segment.kind is BlockKind.TABLE_ROW and not self.started:  # a masthead laid out as a table
            self.preamble.extend(Segment(text=cell) for cell in segment.cells if cell)
            return
        if segment.kind is BlockKind.TABLE_ROW or self.in_annex:
            self._annex(segment)
            return
        if self._heading(segment, next_segment):
            return
        if self._paragraph(text) or self._item(text):
            return
        if not self.started:
            self.preamble.append(segment)
            return
        self._continuation(segment)

    def _heading(self, segment: Segment, next_segment: Segment | None) -> bool:
        text = segment.text
        if ANNEX.match(text) and (segment.kind is BlockKind.HEADING or segment.bold or self.started):
            self.in_annex = True
            return True
        chapter = CHAPTER.match(text)
        if chapter and self._looks_like_heading(segment) and 0 < roman_value(chapter.group(1)) - self.chapter <= 3:
            self.chapter = roman_value(chapter.group(1))
            self.numeral, self.letter = chapter.group(1).upper(), ""
            self.chapter_title, self.sub_title = _clean(chapter.group(2)), ""
            self.heading = self.chapter_title
            self._open(Section(id=self.numeral, numeral=self.numeral, title=self.chapter_title))
            return True
        sub = SUBCHAPTER.match(text)
        if (
            sub
            and self.chapter
            and self._looks_like_heading(segment)
            and 0 < ord(sub.group(1)) - ord(self.letter or "@") <= 3
        ):
            self.letter = sub.group(1)
            self.sub_title = _clean(sub.group(2))
            self.heading = self.sub_title
            self._open(Section(id=self.section_id, numeral=self.numeral, letter=self.letter, title=self.sub_title))
            return True
        if self.started and self._is_run_in(segment, next_segment):
            self.heading = text
            self._open(Section(id=self.section_id, numeral=self.numeral, letter=self.letter, title=text, run_in=True))
            return True
        return False

    def _open(self, section: Section) -> None:
        self.sections.append(section)
        self.section_starts.append(len(self.units))

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
        if len(text) > 250 or PARAGRAPH.match(text) or ITEM.match(text) or text.endswith((";", ",")):
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

    def _paragraph(self, text: str) -> bool:
        match = PARAGRAPH.match(text)
        if not match:
            return False
        number = int(match.group(1))
        if not (0 < number - self.last_paragraph <= 3) or (not self.started and number > 3):
            return False
        self.last_paragraph = number
        self._add_unit(ref=str(number), paragraph=number, item="", text=match.group(2))
        return True

    def _item(self, text: str) -> bool:
        match = ITEM.match(text)
        if not match or not self.units:
            return False
        letter = match.group(1)
        if letter not in next_item(self.units[-1]["item"]):
            return False
        self._add_unit(
            ref=f"{self.last_paragraph}({letter})", paragraph=self.last_paragraph, item=letter, text=match.group(2)
        )
        return True

    def _add_unit(self, *, ref: str, paragraph: int, item: str, text: str) -> None:
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
        """Text with no marker: the rest of a unit cut by a page break, or a closing sentence."""
        if not self.units or SYMBOL_LINE.match(segment.text):  # a page header left between two pages
            return
        parts = self.units[-1]["parts"]
        if parts[-1].endswith("-") and segment.text[:1].islower():  # a word hyphenated across a page break
            parts[-1] = dehyphenate(f"{parts[-1]}\n{segment.text}", self.vocabulary)
        else:
            parts.append(segment.text)

    def _annex(self, segment: Segment) -> None:
        if segment.kind is BlockKind.TABLE_ROW:
            self.annex_rows.append(segment.cells)
        elif not self.annex_rows and not ANNEX.match(segment.text):
            self.annex_title.append(segment.text)
        else:
            row = extract.annex_row_from_text(segment.text)
            if row:
                self.annex_rows.append(row)
            elif self.annex_rows:
                last = list(self.annex_rows[-1])
                last[-1] = _clean(f"{last[-1]} {segment.text}")
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
        return (Table(title=_clean(" ".join(self.annex_title)), columns=tuple(columns), rows=tuple(rows)),)


def _mark_lead_ins_and_recommendations(raw_units: list[dict]) -> list[dict]:
    """A paragraph followed by its items is a lead-in; recommendation flags per the contract."""
    lead_in_refs = {u["ref"].split("(")[0] for u in raw_units if u["item"]}
    by_ref = {u["ref"]: u for u in raw_units}
    for unit in raw_units:
        unit["is_lead_in"] = not unit["item"] and unit["ref"] in lead_in_refs
        under_heading = any(
            RECOMMENDATION_HEADING.search(unit[key] or "") for key in ("chapter_title", "sub_title", "heading")
        )
        introduces = len(unit["text"]) < 400 and bool(RECOMMENDATION_INTRO.search(unit["text"]))
        if unit["item"]:
            lead_in = by_ref.get(str(unit["paragraph"]), {}).get("text", "")
            unit["is_recommendation"] = under_heading or bool(
                RECOMMENDATION_LEAD_IN.search(lead_in) and lead_in.rstrip().endswith(":")
            )
        else:
            unit["is_recommendation"] = under_heading and not unit["is_lead_in"] and not introduces
    return raw_units


def _finish_unit(raw: dict) -> Unit:
    text = _clean(raw["text"])
    marks = tuple(FOOTNOTE_MARK.findall(text))
    text = _clean(FOOTNOTE_MARK.sub("", text)).replace(" .", ".").replace(" ,", ",")
    return Unit(
        ref=raw["ref"],
        paragraph=raw["paragraph"],
        item=raw["item"],
        section=raw["section"],
        heading=raw["heading"],
        text=text,
        is_recommendation=raw["is_recommendation"],
        is_lead_in=raw["is_lead_in"],
        footnotes=marks,
        references=extract.references(text),
    )


def normalise_blocks(blocks: list[Block], *, source: str, source_sha256: str = "") -> Meeting:
    """Turn a reader's blocks into a Meeting; raise NotAReport when no numbered paragraph is found."""
    vocabulary = vocabulary_of(blocks)
    segs, sample = segments(blocks, vocabulary)
    structurer = Structurer(vocabulary=vocabulary)
    for index, segment in enumerate(segs):
        structurer.feed(segment, segs[index + 1] if index + 1 < len(segs) else None)
    if not structurer.units:
        raise NotAReport(source, "no numbered paragraphs found (is this a meeting report?)")
    if len(structurer.units) > MAX_UNITS:
        raise ReportTooLarge(
            source, f"{len(structurer.units)} paragraphs and items; the limit is {MAX_UNITS} (a report has 50 to 300)"
        )
    units = tuple(_finish_unit(u) for u in _mark_lead_ins_and_recommendations(structurer.finished_units()))
    footnotes = tuple(
        replace(f, unit_ref=next((u.ref for u in units if f.mark in u.footnotes), "")) for f in structurer.footnotes
    )
    meta = metadata.extract_metadata([s.text for s in structurer.preamble], units)
    front = metadata.front_matter([s.text for s in structurer.preamble])
    meeting = Meeting(
        **meta,
        source=front.get("source", source),
        source_sha256=front.get("source_sha256", source_sha256),
        sample=sample,
        sections=structurer.finished_sections(),
        units=units,
        annex=structurer.annex_table(),
        footnotes=footnotes,
        states=extract.states(units),
        panellists=extract.panellists(units),
    )
    return replace(meeting, meeting_id=metadata.meeting_id(meeting))


def normalise_report(path: Path, sha256: str) -> Meeting:
    """Read and normalise one report file whose bytes have the SHA-256 `sha256`."""
    blocks = read_blocks(path)
    try:
        meeting = normalise_blocks(blocks, source=path.name, source_sha256=sha256)
        return replace(meeting, warnings=blocks.warnings) if blocks.warnings else meeting
    except (NotAReport, ReportTooLarge) as error:
        raise type(error)(path, error.reason) from None


def normalise_file(path: Path) -> Meeting:
    """`normalise_report` for a file not read yet."""
    return normalise_report(Path(path), file_digest(path))
