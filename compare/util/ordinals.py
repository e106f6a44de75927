"""Ordinal words as reports write them: "fourth meeting", "twenty-first session", "6th meeting".

French ("première", "cinquième", "vingt et unième") and Spanish ("primera",
"quinta", "decimotercera", "vigésimo primer") ordinals too, in every gender.
"""

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

_FR_UNITS = "premier deuxième troisième quatrième cinquième sixième septième huitième neuvième".split()
_FR_TEENS = "dixième onzième douzième treizième quatorzième quinzième seizième dix-septième dix-huitième dix-neuvième"
_FR_TENS = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50}
_ES_UNITS = "primer segund tercer cuart quint sext séptim octav noven".split()  # + "o"/"a" ("primer" alone too)
_ES_TENS = {"décim": 10, "vigésim": 20, "trigésim": 30, "cuadragésim": 40, "quincuagésim": 50}


def _french() -> dict[str, int]:
    words = {w: n for n, w in enumerate(_FR_UNITS, 1)} | {w: n for n, w in enumerate(_FR_TEENS.split(), 10)}
    words |= {"première": 1, "second": 2, "seconde": 2}
    for tens, value in _FR_TENS.items():
        words[f"{tens}ième"] = value
        words[f"{tens} et unième"] = value + 1
        words |= {f"{tens}-{unit}": value + n for n, unit in enumerate(_FR_UNITS[1:], 2)}
    return words


def _spanish() -> dict[str, int]:
    words = {"primer": 1, "tercer": 3}
    for n, stem in enumerate(_ES_UNITS, 1):  # "primer" is the stem and the short masculine form
        words |= {stem + "o": n, stem + "a": n}
        words |= {f"decimo{stem}{end}": 10 + n for end in "oa"} | {f"décimo {stem}{end}": 10 + n for end in "oa"}
        for tens, value in list(_ES_TENS.items())[1:]:
            words |= {f"{tens}o {stem}o": value + n, f"{tens}a {stem}a": value + n}
            if stem in ("primer", "tercer"):
                words[f"{tens}o {stem}"] = value + n
    for tens, value in _ES_TENS.items():
        words |= {f"{tens}o": value, f"{tens}a": value}
    return words | {"undécimo": 11, "undécima": 11, "duodécimo": 12, "duodécima": 12}


ORDINALS |= _french() | _spanish()

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
