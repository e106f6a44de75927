"""Blocks -> segments: furniture set aside (and kept), wraps healed, text cut where a label may start.

A segment starts at a paragraph number, an item label, a chapter or
sub-chapter numeral, a footnote body or a block boundary the format declared.
Cuts are generous: a label in the middle of a line ("... in Vienna. 2. The
Working Group ...") is cut too, and marked `inline`; the structurer keeps a
cut only when the label continues its sequence, and glues the text back
otherwise, so no cut ever loses or reorders a word.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from compare.ingest.furniture import (
    SAMPLE_LINE,
    SYMBOL_LINE,
    Vocabulary,
    dehyphenate,
    is_furniture,
    running_lines,
    strip_inline_furniture,
    superscripts_to_marks,
)
from compare.ingest.numbering import TERMINAL
from compare.model import Block, BlockKind

LINE_LABEL = re.compile(r"^(?:\d{1,4}\.\s|\(?[a-z]{1,4}\)\s|[IVXL]{1,6}\.\s|[A-Z]\.\s|\[\^\w{1,4}\]\s)")
# A label inside a line: a paragraph number, a chapter or sub-chapter numeral, or an item, after a space.
_LABEL_AHEAD = r"(?=(?:\d{1,4}\.\s+[A-Z“\"‘'(ÀÉ]|[IVXL]{1,6}\.\s+[A-Z]|[A-Z]\.\s+[A-Z][a-z]|\(?[a-z]{1,4}\)\s+\S))"
# A run of spaces after a non-space (`(?<=\S)\s+`), written to start with a set of characters, which the search
# skips to (three times faster); the rest of the run taken once, never given back (linear in a long run).
INLINE_LABEL = re.compile(r"\s(?<=\S\s)\s*+" + _LABEL_AHEAD)


@dataclass
class Segment:
    text: str
    kind: BlockKind = BlockKind.TEXT
    bold: bool = False
    cells: tuple[str, ...] = ()
    inline: bool = False  # cut inside a line or after an unfinished one: kept only when its label fits
    before: str = ""  # the text just before the cut
    lines: tuple[str, ...] = ()  # the lines it was unwrapped from (a masthead is read line by line)


@dataclass
class Reading:
    """Segments, whether the sample line was seen, and what was set aside as furniture."""

    segments: list[Segment] = field(default_factory=list)
    sample: bool = False
    furniture: list[str] = field(default_factory=list)


def clean(text: str) -> str:
    """`text` with each run of whitespace one space, none at the ends (`str.split` and the pattern `\\s`
    know the same whitespace)."""
    return " ".join(text.split())


def read_segments(blocks: list[Block], vocabulary: Counter | Vocabulary) -> Reading:
    """Blocks -> segments with furniture set aside and wraps healed."""
    running = running_lines(blocks)
    # A symbol alone on a line (in large type in a PDF masthead) is the masthead once, then a running header.
    symbols_seen: set[str] = set()
    reading = Reading()
    for block in blocks:
        if block.kind is BlockKind.PAGE_BREAK:
            continue
        if block.kind is BlockKind.TABLE_ROW:
            cells = tuple(clean(c) for c in block.cells)
            reading.segments.append(Segment(text=clean(block.text), kind=block.kind, cells=cells))
            continue
        lines = _kept_lines(block, running, symbols_seen, reading)
        if not any(lines):
            continue
        text = dehyphenate("\n".join(line for line in lines if line), vocabulary)
        if block.kind is BlockKind.HEADING:
            reading.segments.append(Segment(text=clean(text), kind=block.kind, bold=block.bold))
        else:
            pieces = split_at_labels(text.split("\n"))
            single = len(pieces) == 1
            reading.segments.extend(
                Segment(text=t, bold=block.bold and single, inline=inline, before=before, lines=tuple(lines))
                for t, inline, before, lines in pieces
            )
    return reading


def _kept_lines(block: Block, running: set[str], symbols_seen: set[str], reading: Reading) -> list[str]:
    lines = []
    for line in superscripts_to_marks(block.text).split("\n"):
        stripped = line.strip()
        if SAMPLE_LINE.match(line):
            reading.sample = True
        elif SYMBOL_LINE.match(line):
            if stripped in symbols_seen:
                reading.furniture.append(stripped)
            else:
                symbols_seen.add(stripped)
                lines.append(stripped)
        elif is_furniture(line) or stripped in running:
            reading.furniture.append(stripped)
        else:
            kept, dropped = strip_inline_furniture(stripped, symbols_seen, masthead=not reading.segments)
            reading.furniture.extend(dropped)
            lines.append(kept)
    return lines


def split_at_labels(lines: list[str]) -> list[tuple[str, bool, str, tuple[str, ...]]]:
    """Unwrap hard-wrapped lines into pieces (text, inline, text before, lines), cutting before every label."""
    cut = [INLINE_LABEL.split(line) for line in lines]
    if len(cut) == 1 and len(cut[0]) == 1:  # one line, no label inside it (most blocks): one piece, or none
        text = clean(lines[0])
        return [(text, False, "", (text,))] if text else []
    pieces: list[list] = []
    for line_parts in cut:
        for index, part in enumerate(line_parts):
            if not part.strip():
                continue
            at_line_start = index == 0
            if at_line_start and pieces and not LINE_LABEL.match(part):
                pieces[-1][0] = f"{pieces[-1][0]} {part}"
                pieces[-1][3].append(part)
                continue
            before = pieces[-1][0][-80:] if pieces else ""
            inline = bool(pieces) and not (at_line_start and before.rstrip().endswith(TERMINAL))
            pieces.append([part, inline, before, [part]])
    return [_cleaned(text, inline, before, parts) for text, inline, before, parts in pieces if text.strip()]


def _cleaned(text: str, inline: bool, before: str, parts: list[str]) -> tuple[str, bool, str, tuple[str, ...]]:
    lines = tuple(clean(x) for x in parts if x.strip())
    # a piece of one line is that line (its one part is never blank): cleaned once
    return (lines[0] if len(parts) == 1 else clean(text)), inline, clean(before), lines
