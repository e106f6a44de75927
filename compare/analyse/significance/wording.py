"""What is left when nothing that matters changed: an editorial touch or a larger rewording, and the
summary of what a new or dropped unit asks."""

from __future__ import annotations

from collections import Counter

from compare.analyse.diff import words
from compare.analyse.significance.reading import Reading
from compare.analyse.significance.rules import Signal
from compare.analyse.significance.vocabulary import ASKING, EDITORIAL_SHARE, EDITORIAL_WORDS, STOPWORDS
from compare.model import Significance, WordDiff


def wording_signal(old_text: str, new_text: str, diff: WordDiff | None) -> Signal:
    """What is left when nothing that matters changed: editorial or a larger rewording; `diff` is
    the aligner's word diff of the two texts (the change's), shown for a small edit."""
    old_words, new_words = Counter(words(old_text)), Counter(words(new_text))
    if old_words == new_words:
        return Signal(Significance.EDITORIAL, "only punctuation, capitalisation or word order changed")
    deleted = sum(n for w, n in (old_words - new_words).items() if w not in STOPWORDS)
    inserted = sum(n for w, n in (new_words - old_words).items() if w not in STOPWORDS)
    longest = max(sum(old_words.values()), sum(new_words.values()))
    allowed = max(2, min(EDITORIAL_WORDS, int(EDITORIAL_SHARE * longest)))
    edits = _edits(diff.ops if diff else ())
    if max(deleted, inserted) <= allowed:
        return Signal(Significance.EDITORIAL, f"small wording change: {edits}" if edits else "only small words changed")
    return Signal(
        Significance.MINOR,
        f"reworded ({_words(inserted)} added, {deleted} removed) without changing who is asked to do what, by when",
    )


def _words(count: int) -> str:
    return f"{count} word" if count == 1 else f"{count} words"


def _edits(ops: tuple[tuple[int, str], ...], limit: int = 3) -> str:
    """The first few replaced, added or removed runs of words, for a reason a person can check."""
    shown, index = [], 0
    while index < len(ops) and len(shown) < limit:
        op, text = ops[index]
        following = ops[index + 1] if index + 1 < len(ops) else (0, "")
        if op == -1 and following[0] == 1:
            shown.append(f"'{text.strip()}' → '{following[1].strip()}'")
            index += 1
        elif op == -1:
            shown.append(f"'{text.strip()}' removed")
        elif op == 1:
            shown.append(f"'{text.strip()}' added")
        index += 1
    return "; ".join(s for s in shown if "''" not in s)


def asks(reading: Reading) -> bool:
    return reading.top_rung >= ASKING or reading.top_modal >= 2


def summary(reading: Reading) -> str:
    """What a unit asks, of whom, by when, under which article: " ('requested'; UNODC; sixth meeting)"."""
    parts = []
    if reading.verbs:
        parts.append(f"'{max(reading.verbs, key=lambda verb: verb.rung).written}'")
    parts.extend(
        ", ".join(items) for items in (reading.actors, [w for _, w in reading.targets], reading.references) if items
    )
    return f" ({'; '.join(parts)})" if parts else ""
