"""Markdown and plain-text reader (`.md`, `.txt`).

Plain text is read as Markdown without markup: blank lines separate blocks,
form feeds are page breaks, tab-separated lines are table rows. Hard-wrapped
lines stay inside their block; the normaliser unwraps them.
"""

from __future__ import annotations

import bisect
import html
import re
from pathlib import Path

from compare.ingest.readers.textcodec import decode_text_checked
from compare.model import Block, BlockKind
from compare.util.errors import ReportTooLarge

# Every pattern here runs in time linear in the line: no two unbounded quantifiers that can trade characters.
HEADING = re.compile(r"^\s{0,3}(#{1,6})(?=\s)")
RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
SEPARATOR_CELL = re.compile(r":?-{3,}:?")
SUP = re.compile(r"<sup>\s*([^<]{1,4}?)\s*</sup>", re.I)
BREAK_TAG = re.compile(r"<br\s*/?>", re.I)
# Formatting tags that Markdown exports carry; any other tag is report text, kept (and escaped on output).
TAG = re.compile(r"</?(?:i|b|u|em|strong|span|sub|small|font|a|p|div|mark|s)(?:\s[^<>]{0,200})?/?>", re.I)
EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")


MAX_LINES = 100_000  # a report has 500 to 5,000 lines; beyond this, reading alone would take seconds


def read(path: Path) -> list[Block]:
    from compare.ingest.readers import Blocks

    text, warnings = decode_text_checked(Path(path).read_bytes())
    lines = text.count("\n") + text.count("\r") - text.count("\r\n") + 1
    if lines > MAX_LINES:
        raise ReportTooLarge(path, f"{lines} lines; the limit is {MAX_LINES:,} (a report has 500 to 5,000)")
    return Blocks(parse(text), warnings)


def strip_inline(text: str) -> str:
    """Plain text of a Markdown/HTML-ish line: footnote marks become `[^n]`.

    Each pass runs only when the text holds the character it needs (most lines hold none).
    """
    if "<" in text:
        text = SUP.sub(lambda m: f"[^{m.group(1)}]", text)
        text = BREAK_TAG.sub("\n", text)
        text = TAG.sub("", text)
    if "*" in text or "_" in text:
        text = _strip_strong(text)
        text = EMPHASIS.sub(r"\1", text)
        text = text.replace("**", "")
    if "\\" in text:
        text = ESCAPE.sub(r"\1", text)
    return html.unescape(text)


def _strip_strong(text: str) -> str:
    """`**bold**` and `__bold__` unwrapped on one line, as `(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1` would, in linear time.

    Each opener looks up (by bisection) the first closer of its kind after it
    instead of scanning ahead, so unclosed markers cost nothing more.
    """
    if "**" not in text and "__" not in text:
        return text
    every = {marker: _every(text, marker) for marker in ("**", "__")}
    closers = {marker: [j for j in at if not text[j - 1].isspace()] for marker, at in every.items()}
    line_ends = [*_every(text, "\n"), len(text)]
    pieces, done = [], 0
    for opener in sorted(every["**"] + every["__"]):
        if opener < done or opener + 2 >= len(text) or text[opener + 2].isspace():
            continue
        found = closers[text[opener : opener + 2]]
        k = bisect.bisect_left(found, opener + 3)
        if k < len(found) and found[k] <= line_ends[bisect.bisect_left(line_ends, opener + 2)]:
            pieces += [text[done:opener], text[opener + 2 : found[k]]]
            done = found[k] + 2
    return "".join(pieces) + text[done:]


def _every(text: str, marker: str) -> list[int]:
    """Every index where `marker` starts, overlapping ones included."""
    found, at = [], text.find(marker)
    while at >= 0:
        found.append(at)
        at = text.find(marker, at + 1)
    return found


def _is_separator(line: str) -> bool:
    """A pipe table's `| --- | :---: |` line."""
    if "|" not in line:
        return False
    cells = line.strip().removeprefix("|").removesuffix("|").split("|")
    return all(SEPARATOR_CELL.fullmatch(cell.strip()) for cell in cells)


def _whole_bold(lines: list[str]) -> bool:
    """Whether the lines, stripped and joined by spaces, start and end with `**` (or `__`): told by the first
    line and the last without joining them."""
    first, last = lines[0].strip(), lines[-1].strip()
    return (first.startswith("**") and last.endswith("**")) or (first.startswith("__") and last.endswith("__"))


MARKER_TAB = re.compile(r"^(\s*(?:\d{1,3}\.|\([a-z]{1,4}\)|[IVXL]{1,6}\.|[A-Z]\.))\t+")


def _table_cells(line: str) -> tuple[str, ...] | None:
    """Cells of a tab-separated or pipe table row; None for text.

    Word exports put a tab after paragraph numbers ("12.<TAB>Text"): that tab
    is layout, not a column, and is read as a space.
    """
    if "\t" not in line:  # the common case: neither a tab after a number nor a tab-separated row
        return _pipe_cells(line)
    line = MARKER_TAB.sub(r"\1 ", line)
    if "\t" in line.strip("\n"):
        return tuple(strip_inline(c).strip() for c in line.rstrip("\n").split("\t"))
    return _pipe_cells(line)


def _pipe_cells(line: str) -> tuple[str, ...] | None:
    stripped = line.strip()
    if stripped.startswith("|") and stripped.count("|") >= 2:
        return tuple(strip_inline(c).strip() for c in stripped.strip("|").split("|"))
    return None


def parse(text: str) -> list[Block]:
    blocks: list[Block] = []
    pending: list[str] = []
    page = 1

    def flush() -> None:
        if pending:
            bold = _whole_bold(pending)
            body = "\n".join(strip_inline(line).strip() for line in pending).strip()
            if body:
                blocks.append(Block(text=body, bold=bold, page=page))
            pending.clear()

    for raw_line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if "\f" in raw_line:
            flush()
            page += raw_line.count("\f")
            blocks.append(Block(text="", kind=BlockKind.PAGE_BREAK, page=page))
            raw_line = raw_line.replace("\f", "")
        line = raw_line.rstrip()
        if not line:  # blank
            flush()
            continue
        heading = HEADING.match(line)
        if heading:
            flush()
            body = line[heading.end() :].strip().rstrip("#").rstrip()
            title = strip_inline(body).strip()
            if title:
                blocks.append(
                    Block(
                        text=title,
                        kind=BlockKind.HEADING,
                        level=len(heading.group(1)),
                        bold=_whole_bold([body]),
                        page=page,
                    )
                )
            continue
        if RULE.match(line):
            flush()
            blocks.append(Block(text="", kind=BlockKind.PAGE_BREAK, page=page))
            continue
        if _is_separator(line):
            continue
        cells = _table_cells(raw_line)
        line = MARKER_TAB.sub(r"\1 ", line) if "\t" in line else line
        if cells is not None:
            flush()
            blocks.append(Block(text=" ".join(c for c in cells if c), kind=BlockKind.TABLE_ROW, cells=cells, page=page))
            continue
        pending.append(line)
    flush()
    return blocks
