"""Markdown and plain-text reader (`.md`, `.txt`).

Plain text is read as Markdown without markup: blank lines separate blocks,
form feeds are page breaks, tab-separated lines are table rows. Hard-wrapped
lines stay inside their block; the normaliser unwraps them.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from compare.ingest.readers.textcodec import decode_text
from compare.model import Block, BlockKind

HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
PIPE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
SUP = re.compile(r"<sup>\s*([^<]{1,4}?)\s*</sup>", re.I)
BREAK_TAG = re.compile(r"<br\s*/?>", re.I)
# Formatting tags that Markdown exports carry; any other tag is report text, kept (and escaped on output).
TAG = re.compile(r"</?(?:i|b|u|em|strong|span|sub|small|font|a|p|div|mark|s)(?:\s[^<>]{0,200})?/?>", re.I)
STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")


def read(path: Path) -> list[Block]:
    return parse(decode_text(Path(path).read_bytes()))


def strip_inline(text: str) -> str:
    """Plain text of a Markdown/HTML-ish line: footnote marks become `[^n]`.

    Each pass runs only when the text holds the character it needs (most lines hold none).
    """
    if "<" in text:
        text = SUP.sub(lambda m: f"[^{m.group(1)}]", text)
        text = BREAK_TAG.sub("\n", text)
        text = TAG.sub("", text)
    if "*" in text or "__" in text:
        text = STRONG.sub(r"\2", text)
        text = EMPHASIS.sub(r"\1", text)
        text = text.replace("**", "")
    if "\\" in text:
        text = ESCAPE.sub(r"\1", text)
    return html.unescape(text)


def _whole_bold(lines: list[str]) -> bool:
    joined = " ".join(line.strip() for line in lines)
    return (joined.startswith("**") and joined.endswith("**")) or (joined.startswith("__") and joined.endswith("__"))


MARKER_TAB = re.compile(r"^(\s*(?:\d{1,3}\.|\([a-z]{1,4}\)|[IVXL]{1,6}\.|[A-Z]\.))\t+")


def _table_cells(line: str) -> tuple[str, ...] | None:
    """Cells of a tab-separated or pipe table row; None for text.

    Word exports put a tab after paragraph numbers ("12.<TAB>Text"): that tab
    is layout, not a column, and is read as a space.
    """
    line = MARKER_TAB.sub(r"\1 ", line)
    if "\t" in line.strip("\n"):
        return tuple(strip_inline(c).strip() for c in line.rstrip("\n").split("\t"))
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
        if not line.strip():
            flush()
            continue
        heading = HEADING.match(line)
        if heading:
            flush()
            body = heading.group(2)
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
        if PIPE_SEPARATOR.match(line) and "|" in line:
            continue
        cells = _table_cells(raw_line)
        line = MARKER_TAB.sub(r"\1 ", line)
        if cells is not None:
            flush()
            blocks.append(Block(text=" ".join(c for c in cells if c), kind=BlockKind.TABLE_ROW, cells=cells, page=page))
            continue
        pending.append(line)
    flush()
    return blocks
