"""Whether a verb is recited from an earlier text rather than asked now, in time that does not
grow with the sentence: "had encouraged", "recalled that ... decided", "In its decision 3/2, the
Conference decided".

The sentence holding a verb starts after the last ". " or "; " before it; within it, a verb is
recited when it follows "had" (and at most one word), a "recall(ed|ing) that", or when the
sentence opens "In/By/Under its resolution/decision". The sentence starts and "recall that"
spans are found once per text and looked up by bisection, so a 50,000-word sentence costs no
more per verb than a short one.
"""

from __future__ import annotations

import bisect
import functools

from compare.analyse.significance.vocabulary import RECALL, RECITAL_OPENING


def is_recital(text: str, start: int) -> bool:
    """Whether the verb at `start` of `text` is recited."""
    ends = _sentence_ends(text)
    before = bisect.bisect_right(ends, start - 2) - 1
    sentence_start = ends[before] + 1 if before >= 0 else 0
    opening = RECITAL_OPENING.match(text, sentence_start)
    if opening and opening.end() <= start or _had_before(text, sentence_start, start):
        return True
    spans = _recall_spans(text)
    first = bisect.bisect_left(spans, (sentence_start, 0))
    return first < len(spans) and spans[first][1] <= start


@functools.lru_cache(maxsize=16)
def _sentence_ends(text: str) -> list[int]:
    """Where each ". " or "; " starts."""
    return [i for i in range(len(text) - 1) if text[i] in ".;" and text[i + 1] == " "]


@functools.lru_cache(maxsize=16)
def _recall_spans(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in RECALL.finditer(text)]


def _had_before(text: str, floor: int, end: int) -> bool:
    """`had`, then an optional word, then whitespace, just before `end`."""
    gap = _run_back(text, floor, end, str.isspace)
    if gap == end:
        return False
    word = _run_back(text, floor, gap, _is_word)
    if text[word:gap].lower() == "had":
        return True
    before = _run_back(text, floor, word, str.isspace)
    had = _run_back(text, floor, before, _is_word)
    return word < gap and before < word and text[had:before].lower() == "had"


def _run_back(text: str, floor: int, end: int, kind) -> int:
    while end > floor and kind(text[end - 1]):
        end -= 1
    return end


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"
