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

    workbook = Workbook()
    workbook.remove(workbook.active)
    workbook.properties.created = workbook.properties.modified = FIXED_TIME
    workbook.properties.creator = "wgcompare"
    for name, (rows, columns) in tables.items():
        _fill_sheet(workbook.create_sheet(_sheet_name(name)), rows, columns)
    return _fixed_zip(_saved(workbook))


def _sheet_name(file_name: str) -> str:
    return file_name.removesuffix(".csv")[:31]


def _fill_sheet(sheet, rows: list[dict], columns: list[str]) -> None:
    from openpyxl.styles import Alignment, Font

    sheet.append(columns)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index, row in enumerate(rows, start=2):
        sheet.append([_value(row.get(c, ""), c, f"{sheet.title} row {index} column {c}") for c in columns])
    widths = [_width(c, rows) for c in columns]
    wrap = Alignment(wrap_text=True, vertical="top")
    for letter_index, (column, width) in enumerate(zip(columns, widths, strict=True), start=1):
        _format_column(sheet, letter_index, column, width, wrap)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions


def _format_column(sheet, index: int, column: str, width: int, wrap) -> None:
    from openpyxl.utils import get_column_letter

    letter = get_column_letter(index)
    sheet.column_dimensions[letter].width = width
    if column in DATE_COLUMNS:
        for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
            cell.number_format = "yyyy-mm-dd"
    elif width >= MAX_WIDTH:
        for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
            cell.alignment = wrap


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
