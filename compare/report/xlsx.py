"""wgcompare.xlsx: every table as a sheet, ready to filter, byte-identical from run to run.

Each sheet has its header row frozen, filters on, column widths set from its texts, long texts
wrapped, ISO dates stored as dates, and the CSV files' formula guard. Excel cannot hold a cell
over 32,767 characters: such a text is cut with a marker, and a DataWarning says where.

The package is written directly (the fixed parts from `templates/xlsx_parts.xml.j2`, the rows by
`compare.report.xlsx_sheet`, strings inline in their cells): openpyxl, cell object by cell object,
took seconds for a 50-meeting corpus. Each sheet's XML depends only on its own table.
"""

from __future__ import annotations

import datetime
import functools
import warnings
from collections.abc import Generator, Iterator

from compare.report.csv import guard_cell
from compare.report.package import FIXED_TIME, package_steps
from compare.report.xlsx_sheet import EXCEL_CELL_LIMIT, Sheet, sheet_xml
from compare.util.errors import DataWarning
from compare.util.steps import outcome
from compare.util.xmltext import XML_FORBIDDEN, xml_text

CUT_MARKER = " [... cut: Excel holds at most 32,767 characters; the CSV file has the whole text]"
DATE_COLUMNS = frozenset({"date", "start_date", "end_date", "distribution_date"})
MAX_WIDTH = 60


def workbook_bytes(tables: dict[str, tuple[list[dict], list[str]]]) -> bytes:
    """The workbook of `tables` ("<name>.csv" -> (rows, columns)), one sheet per table in that order."""
    return outcome(workbook_steps(tables))


def workbook_steps(tables: dict[str, tuple[list[dict], list[str]]]) -> Generator[None, None, bytes]:
    """`workbook_bytes` a step at a time (`compare.util.steps`): a step per piece of a sheet, nothing
    made before the first."""
    sheets = [sheet(name, rows, columns) for name, (rows, columns) in tables.items()]
    return (yield from package_steps(package_parts(sheets)))


def sheet(file_name: str, rows: list[dict], columns: list[str]) -> Sheet:
    """One table as a sheet: the header in bold, then each row's values (see `_value`)."""
    title = file_name.removesuffix(".csv")[:31]
    widths = [_width(c, rows) for c in columns]
    kinds = [
        "date" if c in DATE_COLUMNS else "wrap" if w >= MAX_WIDTH else "" for c, w in zip(columns, widths, strict=True)
    ]
    return sheet_xml(title, columns, widths, kinds, rows, functools.partial(_value, title=title))


def package_parts(sheets: list[Sheet]) -> dict[str, bytes | Iterator[bytes]]:
    """The parts of the .xlsx archive of `sheets`, in a fixed order (`package_steps` gives each one fixed
    timestamp)."""
    from compare.report.templating import environment

    xml = environment().get_template("xlsx_parts.xml.j2").module
    files = {
        "[Content_Types].xml": xml.content_types(len(sheets)),
        "_rels/.rels": xml.root_rels(),
        "docProps/app.xml": xml.app(),
        "docProps/core.xml": xml.core("wgcompare", FIXED_TIME),
        "xl/workbook.xml": xml.workbook(sheets),
        "xl/_rels/workbook.xml.rels": xml.workbook_rels(len(sheets)),
        "xl/styles.xml": xml.styles(),
    }
    parts = {name: str(text).encode("utf-8") for name, text in files.items()}
    parts.update((f"xl/worksheets/sheet{number}.xml", part.xml) for number, part in enumerate(sheets, start=1))
    return parts


def _width(column: str, rows: list[dict]) -> int:
    longest = max((len(str(row.get(column, ""))) for row in rows[:500]), default=0)
    return min(max(len(column), longest) + 2, MAX_WIDTH)


def _value(value, column: str, index: int, title: str):
    """A cell's value: a date for an ISO date column, numbers as numbers, text guarded and bounded (a
    text that needs none of it is written as it is: `compare.report.xlsx_sheet`)."""
    if value.__class__ is not str:
        if value is None:
            return ""
        if isinstance(value, bool | int | float):
            return value
        value = str(value)
    if not value:
        return value
    if column in DATE_COLUMNS:
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
    if XML_FORBIDDEN.search(value):
        value = xml_text(value, f"wgcompare.xlsx: {title} row {index} column {column}")
    value = guard_cell(value)
    if len(value) > EXCEL_CELL_LIMIT:
        where = f"wgcompare.xlsx: {title} row {index} column {column}"
        warnings.warn(
            DataWarning(f"{where}: {len(value):,} characters cut to 32,767"),
            stacklevel=2,
        )
        value = value[: EXCEL_CELL_LIMIT - len(CUT_MARKER)] + CUT_MARKER
    return value
