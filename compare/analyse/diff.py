"""Word-level diffs of two texts with diff-match-patch.

diff-match-patch diffs characters. To make it diff words, every distinct
token (a word, a run of whitespace, a punctuation mark) is mapped to one
private-use character, the two encoded strings are diffed and cleaned up
there, and the result is mapped back. Cleaning up on the encoded strings,
not on the decoded text, is what guarantees whole words: the semantic
clean-up's overlap step works on characters and would otherwise split
"cat" into "c" + "at".

Exactness: diff-match-patch gives up silently when its deadline passes and
returns a coarse diff. Up to `EXACT_TOKEN_LIMIT` tokens (far more than any
numbered paragraph) the diff runs without a deadline; beyond that it runs
with `DEADLINE_SECONDS` and `WordDiff.degraded` says when the deadline was
reached. Texts with more distinct tokens than there are private-use
characters are diffed by characters, also flagged `degraded`.

Engines: a diff without a deadline runs in fast-diff-match-patch, the C++
port of the same algorithm (diff, then the same semantic clean-up: the same
ops, checked against the Python library in tests/test_diff.py, some five
times faster); a diff with a deadline runs in the Python library, which
can tell whether the deadline was reached.
"""

from __future__ import annotations

import re
import time
from functools import lru_cache

from diff_match_patch import diff_match_patch
from fast_diff_match_patch import diff as compiled_diff
from rapidfuzz.distance import Indel

from compare.model import WordDiff

# a word keeps its inner hyphens, apostrophes, slashes and dots
# ("police-to-police", "CTOC/COP/WG.3/2012/1", "5/7") and digit groups ("1,000")
_WORD_PATTERN = r"\w+(?:(?:[-'’/.]|(?<=\d),(?=\d))\w+)*"
TOKEN = re.compile(_WORD_PATTERN + r"|\s+|[^\w\s]")
WORD = re.compile(r"\w")
# the word tokens of TOKEN alone, found in one pass (the other tokens hold no word character,
# so a scan for words alone meets each word at the place TOKEN does)
WORD_TOKEN = re.compile(_WORD_PATTERN)

EXACT_TOKEN_LIMIT = 3000  # both texts together: about 750 words a side, under 1 s at worst (measured)
DEADLINE_SECONDS = 2.0

# the Basic Multilingual Plane's private-use area, then planes 15 and 16
_PRIVATE_USE = ((0xE000, 0xF8FF), (0xF0000, 0xFFFFD), (0x100000, 0x10FFFD))
SYMBOL_CAPACITY = sum(high - low + 1 for low, high in _PRIVATE_USE)


def tokens(text: str) -> list[str]:
    """Words, whitespace runs and single punctuation marks, in order; they join back to `text`."""
    return TOKEN.findall(text)


def words(text: str) -> list[str]:
    """The words of `text`, lower-cased: what similarity and word counts are about."""
    return [t.lower() for t in WORD_TOKEN.findall(text)]


def word_count(text: str) -> int:
    return len(WORD_TOKEN.findall(text))


def similarity(old: str, new: str) -> float:
    """Share of words the two texts have in common, in order: 2 * LCS / (|old| + |new|).

    0 for two texts with no word in common, 1 for the same words in the same
    order (case, spacing and punctuation aside).
    """
    old_words, new_words = words(old), words(new)
    if not old_words and not new_words:
        return 1.0
    return Indel.normalized_similarity(old_words, new_words)


@lru_cache(maxsize=1)
def _symbols() -> str:
    """Every private-use character, in order: the k-th distinct token of a pair is the k-th of them."""
    return "".join("".join(map(chr, range(low, high + 1))) for low, high in _PRIVATE_USE)


def _encode(distinct: dict[str, None], old_tokens: list[str], new_tokens: list[str]) -> tuple[str, str, dict[str, str]]:
    """Both token lists as strings of one symbol per token (the `distinct` tokens numbered in order of
    first appearance), and the symbol -> token map."""
    symbol_of = dict(zip(distinct, _symbols(), strict=False))
    encoded_old = "".join(map(symbol_of.__getitem__, old_tokens))
    encoded_new = "".join(map(symbol_of.__getitem__, new_tokens))
    return encoded_old, encoded_new, dict(zip(symbol_of.values(), distinct, strict=True))


class _WatchedDiff(diff_match_patch):
    """diff-match-patch that remembers whether its deadline passed during a bisection."""

    def __init__(self, timeout: float):
        super().__init__()
        self.Diff_Timeout = timeout
        self.deadline_hit = False

    def diff_bisect(self, text1, text2, deadline):
        diffs = super().diff_bisect(text1, text2, deadline)
        if time.time() > deadline:
            self.deadline_hit = True
        return diffs


_OP = {"-": -1, "=": 0, "+": 1}


def _run(old: str, new: str, timeout: float) -> tuple[list[tuple[int, str]], bool]:
    """The cleaned-up diff of two strings, and whether its deadline (0: none) was reached."""
    if timeout == 0:
        ops = compiled_diff(old, new, timelimit=0, checklines=False, cleanup="Semantic", counts_only=False)
        return [(_OP[op], text) for op, text in ops], False
    engine = _WatchedDiff(timeout)
    diffs = engine.diff_main(old, new, False)
    engine.diff_cleanupSemantic(diffs)
    return diffs, engine.deadline_hit


def _merge(ops: list[tuple[int, str]]) -> tuple[tuple[int, str], ...]:
    merged: list[tuple[int, str]] = []
    for op, text in ops:
        if not text:
            continue
        if merged and merged[-1][0] == op:
            merged[-1] = (op, merged[-1][1] + text)
        else:
            merged.append((op, text))
    return tuple(merged)


def _word_diff(ops: tuple[tuple[int, str], ...], degraded: bool) -> WordDiff:
    inserted = sum(word_count(text) for op, text in ops if op == 1)
    deleted = sum(word_count(text) for op, text in ops if op == -1)
    return WordDiff(ops=ops, inserted=inserted, deleted=deleted, degraded=degraded)


def word_diff(old: str, new: str) -> WordDiff:
    """The word-level diff turning `old` into `new`, edits on whole words only.

    `inserted`/`deleted` count the words in inserted/deleted runs.
    """
    old_tokens, new_tokens = tokens(old), tokens(new)
    timeout = 0.0 if len(old_tokens) + len(new_tokens) <= EXACT_TOKEN_LIMIT else DEADLINE_SECONDS
    distinct = dict.fromkeys(old_tokens + new_tokens)
    if len(distinct) > SYMBOL_CAPACITY:
        diffs, _ = _run(old, new, timeout)
        return _word_diff(_merge(diffs), degraded=True)
    encoded_old, encoded_new, token_of = _encode(distinct, old_tokens, new_tokens)
    diffs, deadline_hit = _run(encoded_old, encoded_new, timeout)
    decoded = [(op, "".join(map(token_of.__getitem__, symbols))) for op, symbols in diffs]
    return _word_diff(_merge(decoded), degraded=deadline_hit)


def kept_share(diff: WordDiff) -> float:
    """2 * kept words / (old words + new words), read off a diff."""
    kept = sum(word_count(text) for op, text in diff.ops if op == 0)
    total = 2 * kept + diff.inserted + diff.deleted
    return 1.0 if total == 0 else 2 * kept / total


def sides(diff: WordDiff) -> tuple[tuple[tuple[int, str], ...], tuple[tuple[int, str], ...]]:
    """The ops of the old side (kept and deleted) and of the new side (kept and inserted),
    for side-by-side rendering."""
    old_side = tuple((op, text) for op, text in diff.ops if op != 1)
    new_side = tuple((op, text) for op, text in diff.ops if op != -1)
    return old_side, new_side


def old_text(diff: WordDiff) -> str:
    return "".join(text for op, text in diff.ops if op != 1)


def new_text(diff: WordDiff) -> str:
    return "".join(text for op, text in diff.ops if op != -1)
