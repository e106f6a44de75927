"""The labels UN reports number their parts with: paragraphs, items, chapters, sub-chapters."""

from __future__ import annotations

import re

PARAGRAPH = re.compile(r"^(\d{1,4})\.\s+(\S.*)$", re.S)
# Items of every degree (UN Editorial Manual): "(a)", "(i)"; the French and Spanish "a)"; "a." and "i." below them.
ITEM = re.compile(r"^(?:\(([a-z]{1,4})\)|([a-z]{1,4})\))\s+(\S.*)$", re.S)
CHAPTER = re.compile(r"^(?:chapter\s+|chapitre\s+|cap[ií]tulo\s+)?([IVXL]{1,6})\.\s+(\S.{0,300})$", re.S | re.I)
SUBCHAPTER = re.compile(r"^([A-Z])\.\s+(\S.{0,400})$", re.S)
TERMINAL = (".", ":", ";", "?", "!", ".”", '."', ")", "”")
ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}


def roman_value(numeral: str) -> int:
    total, previous = 0, 0
    for char in reversed(numeral.lower()):
        value = ROMAN.get(char, 0)
        total = total - value if value < previous else total + value
        previous = max(previous, value)
    return total


def letter_after(letter: str) -> str:
    return chr(ord(letter) + 1) if letter else "a"


def roman_after(numeral: str) -> str:
    """ "iv" -> "v": the next lower-case roman numeral."""
    value = roman_value(numeral) + 1
    digits = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    text = ""
    for amount, symbol in digits:
        while value >= amount:
            text, value = text + symbol, value - amount
    return text


def next_item(last: str) -> tuple[str, ...]:
    """Labels that may follow item `last`: a list opens with "(a)" or "(i)"; "(i)" after "(h)" is a letter."""
    if not last:
        return ("a", "i")
    options = [letter_after(last)] if len(last) == 1 else []
    if set(last) <= set("ivx"):
        options.append(roman_after(last))
    return tuple(options)


def item_parts(text: str) -> tuple[str, str] | None:
    """ "(b) text" or "b) text" -> ("b", "text")."""
    match = ITEM.match(text)
    if not match:
        return None
    return match.group(1) or match.group(2), match.group(3)
