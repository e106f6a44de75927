"""One sheet of wgcompare.xlsx as SpreadsheetML: its rows of cells, strings inline, styles by index.

Cell styles (the `s` attribute, defined in `templates/xlsx_parts.xml.j2`): 1 the bold header,
2 a date shown yyyy-mm-dd, 3 a long text wrapped at the top. An empty value writes no cell.
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from compare.util.xmltext import XML_FORBIDDEN

EPOCH = datetime.date(1899, 12, 30)  # day 0 of Excel's dates (the 1900 system, past its leap-year bug)
HEADER, DATE, WRAP = 1, 2, 3
BATCH = 500
EXCEL_CELL_LIMIT = 32_767  # Excel's longest text in a cell


@dataclass(frozen=True, eq=False)
class Sheet:
    title: str
    absolute: str  # the filtered range as $A$1:$X$9, for the workbook's _FilterDatabase name
    xml: Iterator[bytes]  # the part's bytes in pieces, made as they are written (once)


def column_letters(count: int) -> list[str]:
    """A, B, ... Z, AA, AB ... for the first `count` columns."""
    letters = []
    for number in range(1, count + 1):
        name = ""
        while number:
            number, rest = divmod(number - 1, 26)
            name = chr(65 + rest) + name
        letters.append(name)
    return letters


def sheet_xml(
    title: str, columns: list[str], widths: list[int], kinds: list[str], rows: Sequence[dict], value: Callable
) -> Sheet:
    """The sheet of `rows` (dicts, read by `columns`) under a bold header of `columns`; each value as
    `value(value, column, row number)` gives it, but a plain text or a whole number (`_data_row`) as it is."""
    from compare.report.templating import environment

    letters = column_letters(len(columns))
    column = letters[-1] if letters else "A"
    last = f"{column}{len(rows) + 1}"
    part = environment().get_template("xlsx_parts.xml.j2").module.sheet(f"A1:{last}", widths, "")
    head, _, tail = str(part).partition("<sheetData>")
    head += "<sheetData>" + _row(1, letters, [HEADER] * len(columns), columns)
    cells = [_column(name, letter, kind) for name, letter, kind in zip(columns, letters, kinds, strict=True)]
    return Sheet(title, f"$A$1:${column}${len(rows) + 1}", _pieces(head, cells, rows, value, tail))


@dataclass(frozen=True)
class _Column:
    name: str
    letter: str
    style: int
    attribute: str  # the `s` attribute of a text or number cell of this column


def _column(name: str, letter: str, kind: str) -> _Column:
    style = DATE if kind == "date" else WRAP if kind == "wrap" else 0
    return _Column(name, letter, style, _style_attribute(style, dated=False))


def _style_attribute(style: int, dated: bool) -> str:
    """The `s` attribute of a cell: a date column's style only on a date."""
    return f' s="{style}"' if style and (style != DATE or dated) else ""


def _plain(text: str) -> bool:
    """Whether `text` is a cell's text as it is: an ASCII letter or digit first (no formula), nothing to
    escape or drop, not longer than Excel holds. Most texts of a report are."""
    return text[:1].isascii() and text[:1].isalnum() and len(text) <= EXCEL_CELL_LIMIT and not _SPECIAL.search(text)


_SPECIAL = re.compile("[&<>]|" + XML_FORBIDDEN.pattern)  # to escape, or to drop


def _pieces(head: str, cells: list[_Column], rows: Sequence[dict], value: Callable, tail: str) -> Iterator[bytes]:
    """The part in pieces of `BATCH` rows: a sheet of 200 meetings is never one string in memory."""
    batch = [head]
    for number, row in enumerate(rows, start=2):
        batch.append(_data_row(number, cells, row, value))
        if len(batch) >= BATCH:
            yield "".join(batch).encode("utf-8", "replace")
            batch = []
    batch.append(tail)
    yield "".join(batch).encode("utf-8", "replace")


def _data_row(number: int, cells: list[_Column], row: dict, value: Callable) -> str:
    """One row's XML: an empty text writes no cell; outside a date column, a plain text and a whole number
    are written as they are; any other value as `value` gives it."""
    xml = [f'<row r="{number}">']
    for cell in cells:
        raw = row.get(cell.name, "")
        kind = raw.__class__
        if kind is str and not raw:
            continue
        if cell.style != DATE and kind is str and _plain(raw):
            xml.append(_text_cell(f"{cell.letter}{number}", cell.attribute, raw))
        elif cell.style != DATE and kind is int:
            xml.append(_number_cell(f"{cell.letter}{number}", cell.attribute, raw))
        else:
            xml.append(_cell(f"{cell.letter}{number}", cell.style, value(raw, cell.name, number)))
    xml.append("</row>")
    return "".join(xml)


def _row(number: int, letters: list[str], styles: list[int], values: list) -> str:
    cells = "".join(
        _cell(f"{letter}{number}", style, value) for letter, style, value in zip(letters, styles, values, strict=True)
    )
    return f'<row r="{number}">{cells}</row>'


def _cell(ref: str, style: int, value) -> str:
    if type(value) is str:
        return _text_cell(ref, _style_attribute(style, dated=False), _escaped(value)) if value else ""
    if value is None:
        return ""
    s = _style_attribute(style, dated=isinstance(value, datetime.date))
    if isinstance(value, bool):
        return f'<c r="{ref}"{s} t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int) or (isinstance(value, float) and math.isfinite(value)):
        return _number_cell(ref, s, value)
    if isinstance(value, datetime.date):
        return _number_cell(ref, s, (value - EPOCH).days)
    return _text_cell(ref, s, _escaped(str(value)))


def _text_cell(ref: str, s: str, text: str) -> str:
    return f'<c r="{ref}"{s} t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


def _number_cell(ref: str, s: str, number: int | float) -> str:
    return f'<c r="{ref}"{s}><v>{number!r}</v></c>'


def _escaped(text: str) -> str:
    if "&" in text or "<" in text or ">" in text:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text
