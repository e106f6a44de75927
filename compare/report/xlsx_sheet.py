"""One sheet of wgcompare.xlsx as SpreadsheetML: its rows of cells, strings inline, styles by index.

Cell styles (the `s` attribute, defined in `templates/xlsx_parts.xml.j2`): 1 the bold header,
2 a date shown yyyy-mm-dd, 3 a long text wrapped at the top. An empty value writes no cell.
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

EPOCH = datetime.date(1899, 12, 30)  # day 0 of Excel's dates (the 1900 system, past its leap-year bug)
HEADER, DATE, WRAP = 1, 2, 3
BATCH = 500


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
    title: str, columns: list[str], widths: list[int], kinds: list[str], rows: Iterable[list], count: int
) -> Sheet:
    """The sheet of `rows` (values per column) under a bold header of `columns`."""
    from compare.report.templating import environment

    letters = column_letters(len(columns))
    column = letters[-1] if letters else "A"
    last = f"{column}{count + 1}"
    part = environment().get_template("xlsx_parts.xml.j2").module.sheet(f"A1:{last}", widths, "")
    head, _, tail = str(part).partition("<sheetData>")
    head += "<sheetData>" + _row(1, letters, [HEADER] * len(columns), columns)
    styles = [DATE if kind == "date" else WRAP if kind == "wrap" else 0 for kind in kinds]
    return Sheet(title, f"$A$1:${column}${count + 1}", _pieces(head, letters, styles, rows, tail))


def _pieces(head: str, letters: list[str], styles: list[int], rows: Iterable[list], tail: str) -> Iterator[bytes]:
    """The part in pieces of `BATCH` rows: a sheet of 200 meetings is never one string in memory."""
    batch = [head]
    for number, values in enumerate(rows, start=2):
        batch.append(_row(number, letters, styles, values))
        if len(batch) >= BATCH:
            yield "".join(batch).encode("utf-8", "replace")
            batch = []
    batch.append(tail)
    yield "".join(batch).encode("utf-8", "replace")


def _row(number: int, letters: list[str], styles: list[int], values: list) -> str:
    cells = "".join(
        _cell(f"{letter}{number}", style, value) for letter, style, value in zip(letters, styles, values, strict=True)
    )
    return f'<row r="{number}">{cells}</row>'


def _cell(ref: str, style: int, value) -> str:
    if type(value) is str:
        if not value:
            return ""
        if "&" in value or "<" in value or ">" in value:
            value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        s = f' s="{style}"' if style and style != DATE else ""
        return f'<c r="{ref}"{s} t="inlineStr"><is><t xml:space="preserve">{value}</t></is></c>'
    if value is None:
        return ""
    s = f' s="{style}"' if style and (style != DATE or isinstance(value, datetime.date)) else ""
    if isinstance(value, bool):
        return f'<c r="{ref}"{s} t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int) or (isinstance(value, float) and math.isfinite(value)):
        return f'<c r="{ref}"{s}><v>{value!r}</v></c>'
    if isinstance(value, datetime.date):
        return f'<c r="{ref}"{s}><v>{(value - EPOCH).days}</v></c>'
    text = str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<c r="{ref}"{s} t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'
