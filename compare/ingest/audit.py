"""The structure audit: what looks wrong in a report's numbering, as warnings naming the file and the place.

Never silence: a gap, a repeat or a reversal in the paragraph numbers, an
item out of sequence, text before paragraph 1 that reads like a paragraph,
a paragraph far longer than the others, and metadata that could not be read.
"""

from __future__ import annotations

import re
from statistics import median

from compare.ingest.numbering import PARAGRAPH
from compare.model import Unit

LONG_FACTOR = 6  # a paragraph this many times the median length, and over LONG_MINIMUM characters
LONG_MINIMUM = 3000
SENTENCE = re.compile(r"[a-z][^.]{40,}\.\s")


def structure_warnings(
    source: str, units: tuple[Unit, ...], preamble: list[str], events: list[tuple[str, str]]
) -> tuple[str, ...]:
    """Every oddity of the numbering, in reading order of kind."""
    found = [f"paragraph {place}: {what}" for place, what in events]
    found += _gaps(units)
    found += _preamble(preamble)
    found += _long(units)
    return tuple(f"{source}: {warning}" for warning in found)


def _gaps(units: tuple[Unit, ...]) -> list[str]:
    numbers = [u.paragraph for u in units if not u.item and "-" not in u.ref]
    found = []
    if numbers and numbers[0] != 1:
        found.append(f"paragraph {numbers[0]}: the first paragraph is not numbered 1")
    for before, after in zip(numbers, numbers[1:], strict=False):
        if after - before > 1:
            missing = f"{before + 1}" if after - before == 2 else f"{before + 1} to {after - 1}"
            found.append(f"paragraph {after}: follows {before} (number {missing} missing)")
    return found


def _preamble(preamble: list[str]) -> list[str]:
    found = []
    for text in preamble:
        numbered = PARAGRAPH.match(text)
        if numbered or (len(text) > 300 and SENTENCE.search(text)):
            found.append(f"before paragraph 1: text that reads like a paragraph ({_quote(text)})")
    return found


def _long(units: tuple[Unit, ...]) -> list[str]:
    if len(units) < 5:
        return []
    usual = median(len(u.text) for u in units)
    limit = max(LONG_MINIMUM, LONG_FACTOR * usual)
    return [
        f"paragraph {u.ref}: {len(u.text)} characters, far longer than the usual {int(usual)} (merged paragraphs?)"
        for u in units
        if len(u.text) > limit
    ]


def metadata_warnings(source: str, meta: dict) -> tuple[str, ...]:
    """Fields a report should state that could not be read."""
    missing = [name for name in ("body", "symbol", "start_date", "venue", "session") if not meta.get(name)]
    return tuple(f"{source}: front matter: {name.replace('_', ' ')} not found" for name in missing)


def _quote(text: str) -> str:
    return f"“{text[:60]}…”" if len(text) > 60 else f"“{text}”"
