"""wgcompare.xlsx: every table as a sheet, ready to filter, byte-identical from run to run.

Each sheet has its header row frozen, filters on, column widths set from its texts, long texts
wrapped, ISO dates stored as dates, and the CSV files' formula guard. Excel cannot hold a cell
over 32,767 characters: such a text is cut with a marker, and a DataWarning says where.
"""

from __future__ import annotations

import datetime
import io
import warnings
import zipfile

from compare.report.csv import guard_cell
from compare.util.errors import DataWarning
from compare.util.xmltext import xml_text

EXCEL_CELL_LIMIT = 32_767
CUT_MARKER = " [... cut: Excel holds at most 32,767 characters; the CSV file has the whole text]"
DATE_COLUMNS = frozenset({"date", "start_date", "end_date", "distribution_date"})
FIXED_TIME = datetime.datetime(2000, 1, 1)
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
MAX_WIDTH = 60


def workbook_bytes(tables: dict[str, tuple[list[dict], list[str]]]) -> bytes:
    """The workbook of `tables` ("<name>.csv" -> (rows, columns)), one sheet per table in that order."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)  # streamed rows: several times faster than cell by cell
    workbook.properties.created = workbook.properties.modified = FIXED_TIME
    workbook.properties.creator = "wgcompare"
    for name, (rows, columns) in tables.items():
        _fill_sheet(workbook, workbook.create_sheet(_sheet_name(name)), rows, columns)
    return _fixed_zip(_saved(workbook))


def _sheet_name(file_name: str) -> str:
    return file_name.removesuffix(".csv")[:31]


def _fill_sheet(workbook, sheet, rows: list[dict], columns: list[str]) -> None:
    """Widths, frozen header and filters first (a streamed sheet takes them only before its rows)."""
    from openpyxl.utils import get_column_letter

    widths = [_width(c, rows) for c in columns]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"
    make = _cell_maker(sheet)
    sheet.append([make(column, "header") for column in columns])
    kinds = [
        "date" if c in DATE_COLUMNS else "wrap" if w >= MAX_WIDTH else "" for c, w in zip(columns, widths, strict=True)
    ]
    for index, row in enumerate(rows, start=2):
        sheet.append(
            [
                make(_value(row.get(c, ""), c, f"{sheet.title} row {index} column {c}"), kind)
                for c, kind in zip(columns, kinds, strict=True)
            ]
        )


def _cell_maker(sheet):
    """A function (value, kind) -> a cell for the streamed sheet, styled by kind (header, date, wrap)."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font

    styles = {"header": ("font", Font(bold=True)), "wrap": ("alignment", Alignment(wrap_text=True, vertical="top"))}

    def make(value, kind: str):
        if kind == "" or (kind == "date" and not isinstance(value, datetime.date)):
            return value
        cell = WriteOnlyCell(sheet, value=value)
        if kind == "date":
            cell.number_format = "yyyy-mm-dd"
        else:
            setattr(cell, *styles[kind])
        return cell

    return make


def _width(column: str, rows: list[dict]) -> int:
    longest = max((len(str(row.get(column, ""))) for row in rows[:500]), default=0)
    return min(max(len(column), longest) + 2, MAX_WIDTH)


def _value(value, column: str, where: str):
    """A cell's value: a date for an ISO date column, numbers as numbers, text guarded and bounded."""
    if value is None:
        return ""
    if isinstance(value, bool | int | float):
        return value
    text = str(value)
    if column in DATE_COLUMNS and text:
        try:
            return datetime.date.fromisoformat(text)
        except ValueError:
            pass
    text = guard_cell(xml_text(text, f"wgcompare.xlsx: {where}"))
    if len(text) > EXCEL_CELL_LIMIT:
        warnings.warn(DataWarning(f"wgcompare.xlsx: {where}: {len(text):,} characters cut to 32,767"), stacklevel=2)
        text = text[: EXCEL_CELL_LIMIT - len(CUT_MARKER)] + CUT_MARKER
    return text


def _saved(workbook) -> bytes:
    """The workbook's bytes, written without `save_workbook` (which stamps the current time)."""
    from openpyxl.writer.excel import ExcelWriter

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    return buffer.getvalue()


def _fixed_zip(data: bytes) -> bytes:
    """The same archive, its entries in the same order with one fixed timestamp."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()
