"""Conversion damage: page furniture to drop, hard wraps and hyphenation to heal.

Works on lines, before any structure is found, so that a page header or a
job number never ends up inside (or splits) a unit's text.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from compare.model import Block, BlockKind

SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
SUPERSCRIPT_MARK = re.compile(r"([⁰¹²³⁴⁵⁶⁷⁸⁹]+)")

JOB_NUMBER = re.compile(
    r"^\s*(?:\d{1,3}\s+)?[A-Z]{1,2}\.\d{2}-\d{4,6}(?:\s*\([A-Z]\))?(?:\s+\d{6}){0,2}(?:\s+\d{1,3})?\s*$"
)
PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?[-–]?\s*\d{1,3}\s*[-–]?(?:\s*(?:/|of)\s*\d{1,3})?\s*$", re.I)
BARCODE = re.compile(r"^\s*\*\s*\d{6,}\s*\*\s*$|^[\s|▌█]+$")
RECYCLE = re.compile(r"^\s*please\s+recycle\s*$", re.I)
SAMPLE_LINE = re.compile(r"^\s*illustrative sample\b.*not an official document\.?\s*$", re.I)
SYMBOL_LINE = re.compile(r"^\s*(?:[A-Z]{1,8}(?:/[A-Za-z0-9.\-]+){2,})\s*$")
# A page header or footer that is the document symbol beside a page number: "2 CTOC/COP/WG.3/2012/4".
SYMBOL_WITH_PAGE = re.compile(
    r"^\s*(?:\d{1,3}\s+[A-Z]{1,8}(?:/[A-Za-z0-9.\-]+){2,}|[A-Z]{1,8}(?:/[A-Za-z0-9.\-]+){2,}\s+\d{1,3})\s*$"
)

# Furniture inside a line, as text copied from a PDF viewer or a website has it: the job number with its
# dates, the barcode, "Please recycle".
INLINE_FURNITURE = re.compile(
    r"(?<!\S)(?:[A-Z]{1,2}\.\d{2}-\d{4,6}(?:\s*\([A-Z]\))?(?:\s+\d{6}){0,2}(?:\s+\*?\s*\d{7,}\s*\*?(?!\S))?"
    r"|\*\d{6,}\*|please recycle)(?!\S)",
    re.I,
)
SYMBOL_ANYWHERE = re.compile(r"(?<!\S)[A-Z]{1,8}(?:/[A-Za-z0-9.\-]*[A-Za-z0-9]){2,}")

WORD = re.compile(r"\w+(?:-\w+)*")
HYPHEN_BREAK = re.compile(r"(\w+(?:-\w+)*)-\n(\w+)")


# One pattern for all five (each with its own flags): a line is furniture when any of them matches at its start.
FURNITURE_LINE = re.compile(
    "|".join(
        f"(?{'i' if pattern.flags & re.I else ''}:{pattern.pattern})"
        for pattern in (JOB_NUMBER, PAGE_NUMBER, BARCODE, RECYCLE, SYMBOL_WITH_PAGE)
    )
)


def is_furniture(line: str) -> bool:
    """A line that is page furniture wherever it stands: job number, page number, barcode."""
    return FURNITURE_LINE.match(line) is not None


def strip_inline_furniture(line: str, symbols_seen: set[str], masthead: bool) -> tuple[str, list[str]]:
    """`line` without the furniture inside it, and that furniture.

    The document's own symbol (the first symbol the report states) beside a page number is a running
    header wherever it stands; seen first in the masthead (before any text), it stays there.
    """
    dropped = [m.group(0) for m in INLINE_FURNITURE.finditer(line)] if _may_hold_furniture(line) else []
    kept = INLINE_FURNITURE.sub(" ", line) if dropped else line
    if masthead and not symbols_seen:
        first = SYMBOL_ANYWHERE.search(kept)
        if first and first.start() < 200:
            symbols_seen.add(first.group(0))
            return _tidy(kept), dropped
    for symbol in (symbol for symbol in symbols_seen if symbol in kept):
        headers = [m.group(0) for m in _running_header(symbol).finditer(kept)]
        kept = _running_header(symbol).sub(" ", kept) if headers else kept
        dropped.extend(headers)
    return (_tidy(kept) if dropped else line), dropped


DIGIT_HYPHEN_DIGIT = re.compile(r"\d-\d")


def _may_hold_furniture(line: str) -> bool:
    """Whether INLINE_FURNITURE can match in `line`: a job number holds a digit, a hyphen and a digit, a
    barcode asterisks, and "please recycle" (in any case) "recycle" once lower-cased (no other character folds
    to its letters)."""
    return "*" in line or ("-" in line and DIGIT_HYPHEN_DIGIT.search(line) is not None) or "recycle" in line.lower()


@functools.lru_cache(maxsize=64)
def _running_header(symbol: str) -> re.Pattern:
    """The document's symbol beside a page number: "2 CTOC/COP/WG.3/2012/4", "CTOC/COP/WG.3/2012/4 3"."""
    return re.compile(rf"(?<!\S)(?:\d{{1,3}}\s+{re.escape(symbol)}|{re.escape(symbol)}\s+\d{{1,3}})(?![\S/])")


def _tidy(text: str) -> str:
    return re.sub(r"[ \t]{2,}", " ", text).strip()


def running_lines(blocks: list[Block]) -> set[str]:
    """Short lines repeated on three or more pages: running headers and footers."""
    pages_of: dict[str, set[int]] = {}
    for block in blocks:
        if block.kind is BlockKind.TEXT or block.kind is BlockKind.HEADING:
            for line in block.text.split("\n"):
                key = line.strip()
                if 0 < len(key) <= 120:
                    pages_of.setdefault(key, set()).add(block.page)
    pages = {b.page for b in blocks}
    if len(pages) < 3:
        return set()
    return {
        line
        for line, seen in pages_of.items()
        if len(seen) >= 3 and not line[:1].isdigit() and not line.startswith("(")
    }


def dehyphenate(text: str, vocabulary: Counter | Vocabulary) -> str:
    """Join words hyphenated at line ends, keeping the hyphen of real compounds.

    "con-\\nfiscation" becomes "confiscation"; "police-to-\\npolice" stays
    hyphenated when the document elsewhere writes "police-to-police" (or when
    the joined word is never seen but the hyphenated one is).
    """

    def join(match: re.Match) -> str:
        left, right = match.group(1), match.group(2)
        if not right[:1].islower():
            return f"{left}-{right}"
        joined, hyphened = f"{left}{right}".lower(), f"{left}-{right}".lower()
        if vocabulary[hyphened] > vocabulary[joined]:
            return f"{left}-{right}"
        return f"{left}{right}"

    if "-\n" not in text:  # the common case, and far cheaper than trying the pattern at every word
        return text
    return HYPHEN_BREAK.sub(join, text)


class Vocabulary:
    """How often each word occurs in a report's blocks, counted at the first look: most reports have no
    word hyphenated at a line's end, and never look."""

    def __init__(self, blocks: list[Block]) -> None:
        self._blocks = blocks

    @functools.cached_property
    def counts(self) -> Counter:
        words: Counter = Counter()
        for block in self._blocks:
            words.update(map(str.lower, WORD.findall(block.text.replace("-\n", "\u2029"))))
        return words

    def __getitem__(self, word: str) -> int:
        return self.counts[word]


def superscripts_to_marks(text: str) -> str:
    """ "agenda.¹" -> "agenda.[^1]", the token readers use for footnote marks."""
    if text.isascii():  # no superscript digit: the common case, without a pass of the pattern
        return text
    return SUPERSCRIPT_MARK.sub(lambda m: f"[^{m.group(1).translate(SUPERSCRIPTS)}]", text)
