"""Reading order the page's geometry does not give: a masthead in two columns, a footnote run on.

- **Masthead columns.** UN documents open with a block in two columns: the
  logo area and the body's name on the left, the symbol, distribution, date
  and original language on the right. Lines that share a height would read
  across both columns ("Vienna, 12-13 June 2019 20 June 2019"); on the first
  page, before the text starts (a line opening with a paragraph or chapter
  number, or a full line of running text), a line cut by one wide gap is read
  as two, the left column first.
- **Footnotes running on.** A footnote too long for its page goes on at the
  foot of the next page, in the small type of footnotes and with no mark
  before it. Those lines are moved to the end of the previous page's last
  footnote, so the note continues and the paragraph running on at the top of
  the page is not taken for its continuation.
"""

from __future__ import annotations

import re

from compare.ingest.readers.pdf_lines import Line
from compare.ingest.readers.pdf_tables import line_segments

TEXT_STARTS = re.compile(r"^(?:\d{1,3}\.|[IVXL]{1,6}\.)\s")
COLUMN_GAP = 3.0  # a gap this many times the font size splits two columns
NOTE_RATIO = 0.9  # footnote type is smaller than this share of the body's


def reading_order(lines: list[Line], body_size: float) -> list[Line]:
    return _notes_run_on(_masthead_columns(lines), body_size)


def _masthead_columns(lines: list[Line]) -> list[Line]:
    first_page = [line for line in lines if line.page == 1 and line.words]
    width = max((line.x1 for line in first_page), default=0.0) - min((line.x0 for line in first_page), default=0.0)
    out: list[Line] = []
    left: list[Line] = []
    right: list[Line] = []
    in_masthead = True
    for line in lines:
        in_masthead = in_masthead and line.page == 1 and not _text_starts(line, width)
        halves = _halves(line) if in_masthead else None
        if halves:
            left.append(halves[0])
            right.append(halves[1])
        elif in_masthead and right and line.words and line.x1 < right[-1].x0 - line.size:
            left.append(line)  # a column's line with nothing beside it: the left column wraps on
        elif in_masthead and right and line.words and abs(line.x0 - right[-1].x0) < line.size:
            right.append(line)
        else:
            out.extend(left + right)
            left, right = [], []
            out.append(line)
    return out + left + right


def _text_starts(line: Line, width: float) -> bool:
    if not line.words:
        return False
    return bool(TEXT_STARTS.match(line.text)) or (
        line.x1 - line.x0 > 0.8 * width and len(line_segments(line)) == 1 and len(line.words) > 8
    )


def _halves(line: Line) -> tuple[Line, Line] | None:
    """The line as its left and right columns, when one gap much wider than a space cuts it in two."""
    if not line.words or line.table:
        return None
    words = line.words
    gaps = [(b.x0 - a.x1, index) for index, (a, b) in enumerate(zip(words, words[1:], strict=False), 1)]
    wide = [index for gap, index in gaps if gap > COLUMN_GAP * line.size]
    if len(wide) != 1:
        return None
    return _part(line, words[: wide[0]]), _part(line, words[wide[0] :])


def _part(line: Line, words: list) -> Line:
    main = [w for w in words if not w.mark] or words
    return Line(
        words,
        line.page,
        top=min(w.top for w in main),
        bottom=max(w.bottom for w in main),
        size=max(w.size for w in words),
    )


def _notes_run_on(lines: list[Line], body_size: float) -> list[Line]:
    out: list[Line] = []
    for page in sorted({line.page for line in lines}):
        on_page = [line for line in lines if line.page == page]
        at = _last_note_index(out)
        carried = _run_on(on_page, body_size, out[at]) if at >= 0 else []
        if carried:
            out[at + 1 : at + 1] = _moved(carried, out[at])
        out.extend(line for line in on_page if not any(line is c for c in carried))
    return out


def _is_note(line: Line, body_size: float) -> bool:
    return bool(line.words) and not line.table and line.size < NOTE_RATIO * body_size


def _starts_note(line: Line) -> bool:
    return bool(line.words) and line.words[0].mark


def _last_note_index(lines: list[Line]) -> int:
    """The last line of the last page's footnotes, or -1 when that page has none."""
    if not lines:
        return -1
    page = lines[-1].page
    started = [i for i, line in enumerate(lines) if line.page == page and _starts_note(line)]
    if not started:
        return -1
    index = started[-1]
    while index + 1 < len(lines) and _same_note(lines[index], lines[index + 1]):
        index += 1
    return index


def _same_note(previous: Line, line: Line) -> bool:
    return abs(line.size - previous.size) < 0.5 and 0 < line.bottom - previous.bottom < 1.6 * line.size


def _run_on(on_page: list[Line], body_size: float, note_end: Line) -> list[Line]:
    """The footnote lines at the foot of a page before its first footnote mark, set where the note's text is."""
    text_x = note_end.main[0].x0
    body = [i for i, line in enumerate(on_page) if line.words and line.size >= NOTE_RATIO * body_size]
    start = body[-1] + 1 if body else 0
    run: list[Line] = []
    for line in on_page[start:]:
        if not _is_note(line, body_size) or _starts_note(line) or (run and not _same_note(run[-1], line)):
            break
        if abs(line.x0 - text_x) > 0.5 * line.size:
            break
        run.append(line)
    return run


def _moved(carried: list[Line], after: Line) -> list[Line]:
    """`carried` set on `after`'s page, just under it, keeping their own spacing."""
    shift = after.bottom + 1.2 * after.size - carried[0].bottom
    return [
        Line(line.words, after.page, top=line.top + shift, bottom=line.bottom + shift, size=line.size)
        for line in carried
    ]
