"""PDF reader (`.pdf`), from the text layer with pdfplumber.

A PDF knows where each word is and in which font, nothing more; this
reader rebuilds what the page shows:

- Words are grouped into lines by vertical overlap, so a raised footnote
  mark stays on its line. A small raised number after a word becomes the
  mark `[^N]`; at the start of a line it begins a footnote body, `[^N] `.
- Lines are grouped into blocks: a new block starts at a wider vertical gap
  than the document's usual line pitch, at a change of font size or of
  boldness, or after a line that ends a sentence (or a bold line: a
  heading) well short of the right edge, where the next line's first word
  would have fitted: a deliberate break.
  Hard-wrapped lines stay in the block, joined by "\\n", hyphens included:
  the normaliser unwraps them.
- Blocks in a font clearly larger than the body text are `HEADING`s, the
  largest size being level 1. Bold comes from the font name.
- Tables: ruled ones are found by pdfplumber's line detection; unruled ones
  (UN annexes rule only the header) by cells separated by wide gaps whose
  columns line up over several lines. Wrapped cell text is joined.
- Every page after the first starts with a `PAGE_BREAK` block; page headers,
  footers, job numbers and barcodes stay as text for the normaliser to drop.

The work is split by job: `pdf_lines` (words -> lines, marks, ruled tables),
`pdf_columns` (a masthead set in two columns, footnotes running on at the
foot of the next page), `pdf_tables` (unruled tables), `pdf_blocks` (lines
-> blocks); this module opens the file and reports what cannot be read.
"""

from __future__ import annotations

import logging
from pathlib import Path

from compare.ingest.readers.pdf_blocks import blocks
from compare.ingest.readers.pdf_lines import Line, page_lines
from compare.model import Block
from compare.util.errors import ReportTooLarge, UnreadableReport

MAX_PAGES = 150  # a Working Group report has 10-40 pages; reading costs up to 0.7 s a page


def read(path: Path) -> list[Block]:
    path = Path(path)
    with path.open("rb") as handle:
        head = handle.read(1024)
    if b"%PDF-" not in head:
        raise UnreadableReport(path, "not a PDF file (no %PDF header)")
    lines, pages, failed = _lines_of(path)
    if pages == 0 or failed == pages:
        raise UnreadableReport(path, "damaged PDF (truncated or corrupt): no page could be read")
    if not any(line.words or line.table for line in lines):
        raise UnreadableReport(path, "no text layer (scanned image?)")
    return blocks(lines, pages)


def _lines_of(path: Path) -> tuple[list[Line], int, int]:
    """All lines of all readable pages, in reading order; also the page count and failed pages."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    lines: list[Line] = []
    failed = 0
    try:
        with pdfplumber.open(path) as pdf:
            pages = len(pdf.pages)
            if pages > MAX_PAGES:
                raise ReportTooLarge(path, f"PDF has {pages} pages; the limit is {MAX_PAGES}")
            for number, page in enumerate(pdf.pages, 1):
                try:
                    lines.extend(page_lines(page, number))
                except Exception:  # a page whose content stream is cut: keep the pages that read
                    failed += 1
                finally:
                    page.close()
    except PdfminerException as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise UnreadableReport(path, "encrypted PDF (password protected)") from None
        raise UnreadableReport(path, f"damaged PDF (truncated or corrupt: {_describe(cause)})") from None
    return lines, pages, failed


def _describe(cause: object) -> str:
    """What pdfminer said of the file, without a Python exception name."""
    text = str(cause).strip().splitlines()[0][:120] if str(cause).strip() else ""
    return text or "unreadable structure"
