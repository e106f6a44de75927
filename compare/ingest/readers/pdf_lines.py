"""PDF words -> lines: fonts, raised footnote marks, ruled tables; one page at a time."""

from __future__ import annotations

import re
from dataclasses import dataclass

LIGATURES = str.maketrans(
    {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\u00ad": "-"}
)
BOLD_FONT = re.compile(r"bold|black|heavy|demi|semibold|,bd\b|-bd\b", re.I)
MARK_DIGITS = re.compile(r"^\d{1,3}$")


@dataclass
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    mark: bool = False


@dataclass
class Line:
    words: list[Word]
    page: int
    top: float = 0.0
    bottom: float = 0.0
    size: float = 0.0
    table: tuple[tuple[str, ...], ...] = ()  # rows, when this "line" stands for a ruled table

    @property
    def main(self) -> list[Word]:
        return [w for w in self.words if not w.mark] or self.words

    @property
    def x0(self) -> float:
        return min(w.x0 for w in self.words)

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def bold(self) -> bool:
        return all(w.bold for w in self.main)

    @property
    def text(self) -> str:
        out = ""
        previous: Word | None = None
        for word in self.words:
            if word.mark:
                out += f"[^{word.text}]" + (" " if previous is None else "")
            elif previous is None or out.endswith(" "):
                out += word.text
            else:
                out += ("" if _glued(previous, word) else " ") + word.text
            previous = word
        return out.strip()


def _glued(previous: Word, word: Word) -> bool:
    """Words split only by a change of font (no space between), or punctuation right after a mark."""
    gap = word.x0 - previous.x1
    if previous.mark:
        return word.text[:1] in ".,;:)]”’" and gap < 0.3 * word.size
    return gap < 0.1 * max(word.size, 1.0)


def page_lines(page, number: int) -> list[Line]:
    tables = _ruled_tables(page)
    words = [
        _word(w)
        for w in page.extract_words(extra_attrs=["fontname", "size"], keep_blank_chars=False)
        if w.get("upright", True) and not any(_inside(w, bbox) for bbox, _rows in tables)
    ]
    lines = [Line([], number, top=bbox[1], table=rows) for bbox, rows in tables]
    lines += [_finish_line(group, number) for group in _group_lines(words)]
    return sorted(lines, key=lambda line: line.top)


def _word(raw: dict) -> Word:
    return Word(
        text=raw["text"].translate(LIGATURES),
        x0=raw["x0"],
        x1=raw["x1"],
        top=raw["top"],
        bottom=raw["bottom"],
        size=round(float(raw.get("size", 0.0)), 1),
        bold=bool(BOLD_FONT.search(raw.get("fontname", ""))),
    )


def _ruled_tables(page) -> list[tuple[tuple[float, ...], tuple[tuple[str, ...], ...]]]:
    """Tables drawn with ruling lines on all sides (at least two rows and two columns)."""
    if not (page.lines or page.rects):
        return []
    found = []
    for table in page.find_tables():
        rows = tuple(tuple(re.sub(r"\s+", " ", cell or "").strip() for cell in row) for row in table.extract())
        if len(rows) >= 2 and max(len(r) for r in rows) >= 2 and any(any(r) for r in rows):
            found.append((table.bbox, rows))
    return found


def _inside(word: dict, bbox: tuple[float, ...]) -> bool:
    x0, top, x1, bottom = bbox
    middle_x, middle_y = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
    return x0 <= middle_x <= x1 and top <= middle_y <= bottom


def _group_lines(words: list[Word]) -> list[list[Word]]:
    """Words sharing most of their height with a line's largest word belong to that line."""
    groups: list[list[Word]] = []
    anchors: list[Word] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        for index in range(len(groups) - 1, -1, -1):
            anchor = anchors[index]
            overlap = min(word.bottom, anchor.bottom) - max(word.top, anchor.top)
            if overlap >= 0.5 * min(word.bottom - word.top, anchor.bottom - anchor.top):
                groups[index].append(word)
                if word.size > anchor.size:
                    anchors[index] = word
                break
            if anchor.bottom < word.top:
                groups.append([word])
                anchors.append(word)
                break
        else:
            groups.append([word])
            anchors.append(word)
    return groups


def _finish_line(words: list[Word], page: int) -> Line:
    words = sorted(words, key=lambda w: w.x0)
    size = max(w.size for w in words)
    base = max(w.bottom for w in words if w.size == size)
    for word in words:
        word.mark = bool(MARK_DIGITS.match(word.text)) and word.size <= 0.8 * size and word.bottom < base - 0.15 * size
    main = [w for w in words if not w.mark] or words
    return Line(words, page, top=min(w.top for w in main), bottom=max(w.bottom for w in main), size=size)
