"""List labels that formats keep out of the text (Word numbering, HTML `<ol>`), rebuilt as printed."""

from __future__ import annotations

ROMAN_NUMERALS = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


def to_roman(value: int) -> str:
    out = []
    for number, numeral in ROMAN_NUMERALS:
        count, value = divmod(value, number)
        out.append(numeral * count)
    return "".join(out)


def to_letters(value: int) -> str:
    """1 -> "a", 26 -> "z", 27 -> "aa" (Word's and the UN's way of going past z)."""
    return chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)


def format_number(value: int, fmt: str) -> str:
    """A list counter as Word shows it for the numbering format `fmt` (`w:numFmt`)."""
    if fmt == "lowerLetter":
        return to_letters(value)
    if fmt == "upperLetter":
        return to_letters(value).upper()
    if fmt == "lowerRoman":
        return to_roman(value).lower()
    if fmt == "upperRoman":
        return to_roman(value)
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)
