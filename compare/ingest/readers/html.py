"""HTML reader (`.html`, `.htm`), for web pages and Word or converter exports.

- Bytes are decoded per the byte-order mark, else the declared charset
  (`<meta charset>`, `http-equiv` or an XML declaration; Latin-1 and ASCII
  read as Windows-1252, as browsers do), else UTF-8 with a Windows-1252
  fallback. Scripts, styles, templates and hidden elements are dropped and
  never run.
- `h1`-`h6` give `HEADING` blocks; paragraphs, list items, cells and other
  block elements give one block each; `<br>` is a line break inside a block.
  A block is bold when all its text sits in `<b>`, `<strong>` or a
  `font-weight: bold` span.
- Table rows give `TABLE_ROW` blocks (nested tables are flattened into
  their cell). `<hr>` is a `PAGE_BREAK` without a new page, as a Markdown
  rule is; a CSS page break (`page-break-before/after`, `break-before/after`)
  is a `PAGE_BREAK` that starts a new page.
- Footnote marks (`<sup>` digits, Word's `MsoFootnoteReference` spans and
  `#_ftn` links, `vertical-align: super`) become `[^N]`. The label of an
  ordered list item is not text in HTML, so it is rebuilt as the report
  would print it: "N." for decimal lists, "(a)" for lower-alpha, "A." for
  upper-alpha, "(i)" / "I." for roman; items of a footnotes list
  (`class="footnotes"`, `role="doc-endnotes"`) start with `[^N] ` instead,
  and their back-links are dropped.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path

from compare.ingest.readers import Blocks
from compare.ingest.readers.labels import to_letters, to_roman
from compare.ingest.readers.textcodec import decode_text
from compare.model import Block, BlockKind

DROPPED = {
    "script",
    "style",
    "noscript",
    "template",
    "head",
    "title",
    "meta",
    "link",
    "object",
    "embed",
    "iframe",
    "svg",
    "math",
    "button",
    "select",
    "option",
    "input",
    "textarea",
    "canvas",
    "map",
}
BLOCK_TAGS = {
    "p",
    "div",
    "li",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "section",
    "article",
    "header",
    "footer",
    "aside",
    "nav",
    "main",
    "address",
    "figure",
    "figcaption",
    "caption",
    "center",
    "form",
    "fieldset",
    "legend",
    "details",
    "summary",
    "ul",
    "ol",
    "dl",
    "body",
    "html",
}
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
BOLD_TAGS = {"b", "strong"}
CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)
XML_ENCODING = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.\-]+)""", re.I)
PAGE_BREAK_BEFORE = re.compile(r"(?:page-)?break-before\s*:\s*(?:always|page|left|right)", re.I)
PAGE_BREAK_AFTER = re.compile(r"(?:page-)?break-after\s*:\s*(?:always|page|left|right)", re.I)
HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)", re.I)
SUPER_STYLE = re.compile(r"vertical-align\s*:\s*super", re.I)
MARK_TEXT = re.compile(r"^\s*[\[(]?\s*(\d{1,3})\s*[\])]?\s*$")
FOOTNOTE_REF_CLASS = re.compile(r"footnote-?ref|FootnoteReference|noteref", re.I)
FOOTNOTE_LIST = re.compile(r"footnotes|endnotes", re.I)
BACKLINK = re.compile(r"footnote-back|backlink|doc-backlink", re.I)
WHITESPACE = re.compile(r"[ \t\r\n\f\u00a0]+")
WHATWG_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "iso8859-1": "cp1252",
    "l1": "cp1252",
}


def read(path: Path) -> list[Block]:
    from bs4 import BeautifulSoup, FeatureNotFound, ParserRejectedMarkup

    raw = Path(path).read_bytes()
    text = decode_html(raw)
    try:
        soup = BeautifulSoup(text, "lxml")
    except (FeatureNotFound, ParserRejectedMarkup):  # no lxml, or lxml refuses: the standard parser is forgiving
        soup = BeautifulSoup(text, "html.parser")
    walker = _Walker()
    walker.walk(soup.body or soup)
    walker.flush()
    return Blocks(walker.blocks, _undecodable(raw, text))


def _undecodable(raw: bytes, text: str) -> tuple[str, ...]:
    """A warning naming the line of the first byte the encoding could not decode (shown as U+FFFD)."""
    if "\ufffd" not in text or "\ufffd".encode() in raw:
        return ()
    line = text.count("\n", 0, text.index("\ufffd")) + 1
    return (f"line {line}: {text.count(chr(0xFFFD))} undecodable byte sequence(s), shown as U+FFFD",)


def decode_html(raw: bytes) -> str:
    """Bytes -> text: BOM first, then the declared charset, then UTF-8 / Windows-1252."""
    if raw.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode_text(raw)
    declared = CHARSET.search(raw[:4096]) or XML_ENCODING.search(raw[:200])
    if declared:
        name = declared.group(1).decode("ascii").lower()
        name = WHATWG_ALIASES.get(name, name)
        try:
            codecs.lookup(name)
        except LookupError:
            return decode_text(raw)
        if not name.startswith("utf-16"):  # a page that says UTF-16 yet has no BOM is lying about its bytes
            return raw.decode(name, errors="replace")
    return decode_text(raw)


@dataclass
class _Piece:
    text: str
    bold: bool | None  # None: does not count for "whole block bold" (marks, labels, breaks)


@dataclass
class _Walker:
    blocks: list[Block] = field(default_factory=list)
    pieces: list[_Piece] = field(default_factory=list)
    page: int = 1
    in_pre: bool = False
    label: str = ""  # a list item's label, waiting for the item's first block

    def walk(self, node, bold: bool = False) -> None:
        for child in list(node.children):
            self._node(child, bold)

    def _node(self, node, bold: bool) -> None:
        from bs4 import NavigableString, Tag
        from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

        if isinstance(node, (Comment, Declaration, Doctype, ProcessingInstruction)):
            return
        if isinstance(node, NavigableString):
            text = str(node) if self.in_pre else WHITESPACE.sub(" ", str(node))
            if text:
                self.pieces.append(_Piece(text, bold if text.strip() else None))
            return
        if not isinstance(node, Tag) or _dropped(node):
            return
        self._tag(node, bold)

    def _tag(self, tag, bold: bool) -> None:
        name = tag.name.lower()
        style = tag.get("style", "") or ""
        bold = bold or name in BOLD_TAGS or bool(BOLD_STYLE.search(style))
        if PAGE_BREAK_BEFORE.search(style):
            self.page_break(new_page=True)
        if name == "br":
            self.pieces.append(_Piece("\n", None))
        elif name == "hr":
            self.page_break(new_page=False)
        elif _is_mark(tag):
            self.pieces.append(_Piece(f"[^{MARK_TEXT.match(tag.get_text()).group(1)}]", None))
        elif name in HEADINGS:
            self.flush()
            self.walk(tag, bold)
            self.flush(level=HEADINGS[name])
        elif name == "table":
            self.flush()
            self.table(tag)
        elif name == "li":
            self.flush()
            self.label = _list_label(tag)
            self.walk(tag, bold)
            self.flush()
            self.label = ""
        elif name in BLOCK_TAGS or name in ("td", "th", "tr", "tbody", "thead", "tfoot"):
            self.flush()
            previous, self.in_pre = self.in_pre, self.in_pre or name == "pre"
            self.walk(tag, bold)
            self.in_pre = previous
            self.flush()
        else:
            self.walk(tag, bold)
        if PAGE_BREAK_AFTER.search(style):
            self.page_break(new_page=True)

    def page_break(self, *, new_page: bool) -> None:
        self.flush()
        if new_page:
            self.page += 1
        self.blocks.append(Block(text="", kind=BlockKind.PAGE_BREAK, page=self.page))

    def flush(self, level: int = 0) -> None:
        text = _joined(self.pieces)
        if text and self.label:
            text, self.label = f"{self.label} {text}", ""
        if text:
            counted = [p.bold for p in self.pieces if p.bold is not None]
            bold = bool(counted) and all(counted)
            kind = BlockKind.HEADING if level else BlockKind.TEXT
            self.blocks.append(Block(text=text, kind=kind, level=level, bold=bold, page=self.page))
        self.pieces = []

    def table(self, table) -> None:
        for row in _rows(table):
            cells = tuple(_cell_text(cell) for cell in row.find_all(["td", "th"], recursive=False))
            if any(cells):
                self.blocks.append(
                    Block(text=" ".join(c for c in cells if c), kind=BlockKind.TABLE_ROW, cells=cells, page=self.page)
                )
        caption = table.find("caption", recursive=False)
        if caption is not None:
            self.walk(caption)
            self.flush()


def _dropped(tag) -> bool:
    if tag.name.lower() in DROPPED or tag.has_attr("hidden"):
        return True
    if HIDDEN.search(tag.get("style", "") or ""):
        return True
    return tag.name == "a" and bool(BACKLINK.search(" ".join(tag.get("class", [])) + " " + (tag.get("role") or "")))


def _is_mark(tag) -> bool:
    """A footnote reference: superscript digits, or Word's styled `[1]` link to `#_ftn1`."""
    classes = " ".join(tag.get("class", []))
    looks_like_mark = (
        tag.name == "sup"
        or bool(SUPER_STYLE.search(tag.get("style", "") or ""))
        or bool(FOOTNOTE_REF_CLASS.search(classes))
        or (tag.name == "a" and (tag.get("href") or "").startswith(("#_ftn", "#_edn", "#fn")))
    )
    return looks_like_mark and bool(MARK_TEXT.match(tag.get_text()))


def _rows(table):
    """The table's own rows (not those of tables nested in its cells)."""
    for row in table.find_all("tr"):
        if row.find_parent("table") is table:
            yield row


def _cell_text(cell) -> str:
    walker = _Walker()
    walker.walk(cell)
    walker.flush()
    return WHITESPACE.sub(" ", " ".join(b.text for b in walker.blocks if b.text)).strip()


def _joined(pieces: list[_Piece]) -> str:
    lines = "".join(p.text for p in pieces).split("\n")
    return "\n".join(line for line in (WHITESPACE.sub(" ", line).strip() for line in lines) if line)


def _list_label(item) -> str:
    parent = item.find_parent(["ol", "ul"])
    if parent is None or parent.name != "ol":
        return ""
    if _footnote_list(parent):
        return f"[^{_ordinal(item, parent)}]"
    kind = (parent.get("type") or "").strip()
    style = (parent.get("style") or "").lower()
    number = _ordinal(item, parent)
    if kind == "a" or "lower-alpha" in style or "lower-latin" in style:
        return f"({to_letters(number)})"
    if kind == "A" or "upper-alpha" in style or "upper-latin" in style:
        return f"{to_letters(number).upper()}."
    if kind == "i" or "lower-roman" in style:
        return f"({to_roman(number).lower()})"
    if kind == "I" or "upper-roman" in style:
        return f"{to_roman(number)}."
    return f"{number}."


def _ordinal(item, parent) -> int:
    """The number a browser shows for `item`: `start`, and any `value` before it, respected."""
    number = _int(parent.get("start"), 1) - 1
    for sibling in parent.find_all("li", recursive=False):
        number = _int(sibling.get("value"), number + 1)
        if sibling is item:
            return number
    return number + 1


def _int(value, default: int) -> int:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return default


def _footnote_list(ordered) -> bool:
    for element in [ordered, *ordered.parents]:
        marker = (
            " ".join(element.get("class", []) if hasattr(element, "get") else [])
            + " "
            + (element.get("role", "") if hasattr(element, "get") else "")
        )
        if FOOTNOTE_LIST.search(marker):
            return True
    return False
