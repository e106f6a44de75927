"""Ordinal words as reports write them: "fourth meeting", "twenty-first session", "6th meeting"."""

from __future__ import annotations

_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
_TEENS = "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}

ORDINALS: dict[str, int] = (
    {word: n for n, word in enumerate(_UNITS, 1)}
    | {word: n for n, word in enumerate(_TEENS, 10)}
    | {f"{tens[:-1]}ieth": value for tens, value in _TENS.items()}
    | {f"{tens}-{unit}": value + n for tens, value in _TENS.items() for n, unit in enumerate(_UNITS, 1)}
)

# A regular expression (no groups) for any ordinal: longest words first so "twenty-first" beats "first".
ORDINAL_PATTERN = "(?:" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + r"|\d{1,2}(?:st|nd|rd|th))"


def ordinal_value(word: str) -> int:
    """The number of an ordinal word: "fifth" is 5, "twenty-first" 21, "5th" 5; anything else 0."""
    word = word.lower().replace("–", "-")
    if word[:-2].isdigit() and word[-2:] in ("st", "nd", "rd", "th"):
        return int(word[:-2])
    return ORDINALS.get(word, 0)


def ordinal(number: int) -> str:
    """4 -> "4th", 21 -> "21st": the short ordinal of a number."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"
