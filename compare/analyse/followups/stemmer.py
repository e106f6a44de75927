"""The follow-up matcher's stemmer: a crude suffix stripper, enough to meet "coordination" with "coordinated"."""

from __future__ import annotations

import functools

_SUFFIXES = (
    "izations", "ization", "ational", "ations", "ation", "ators", "ator", "ating", "ated", "ates", "ate",
    "ings", "ing", "ions", "ion", "ial", "ally", "al", "ary", "ive", "ed", "ly", "er", "e", "y",
)  # fmt: skip
MIN_STEM = 4


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude suffix stripper: enough to meet "coordination" with "coordinated"."""
    word = word[:-3] + "y" if word.endswith("ies") and len(word) > 4 else word
    word = word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > MIN_STEM else word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            return word[: -len(suffix)]
    return word
