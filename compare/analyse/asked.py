"""What a recommendation asks: its request terms and the object of its operative clause.

A recommendation is a frame ("The Working Group recommended that States
parties consider ...", "States parties were encouraged to ...") around a
request ("establishing a network of prosecutors"). `asked` keeps the words
that can carry a request, reduced to Snowball stems (so "establishment",
"established" and "establishing" are one term) and to one term per group of
synonyms, and drops function words and the operative formulas every body
repeats. `object_phrase` is the noun phrase the request is about, as
written, to explain a decision ("a questionnaire" vs "a study of the costs").
How much each term counts is decided by the caller, from how rare it is
among the body's own recommendations (`compare.analyse.request_match`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

WORD = re.compile(r"[A-Za-z][A-Za-z]*(?:-[A-Za-z]+)*|\d+")
_CLAUSE_END = re.compile(
    r"[,;:.()]|\b(?:in order|with a view|so that|so as|in accordance|pursuant|as provided|subject to)\b"
)

_INSERT = re.compile(r",\s*(?:subject to|where appropriate|as appropriate|inter alia)[^,;]*,")

FUNCTION_WORDS = frozenset(
    "a an the of to in on for by with at from into within and or nor but as that which who whom whose this these "
    "those it its their they them there thereon such any all each other also be been being is are was were has have "
    "had will would could should shall may might can not no more most than so if when where whether including "
    "through about under between among upon without only very up".split()
)
# the body's operative formulas and actors: the frame, not the request
FRAME_WORDS = frozenset(
    "working group conference parties party states state member recommended recommend recommends recommendation "
    "encouraged encourage encourages invited invite invites urged urge urges requested request requests called call "
    "calls upon consider considering considered continue continuing continued ensure make made making further "
    "secretariat unodc donor donors".split()
)
# stems of words that ask the same thing, mapped to one representative stem
SYNONYMS = {
    "creat": "establish",
    "creation": "establish",
    "organiz": "organ",
    "conclus": "conclud",
    "set": "establish",
    "nomin": "design",
    "appoint": "design",
    "hold": "organ",
    "conven": "organ",
    "revis": "updat",
    "shorten": "reduc",
    "rais": "increas",
    "public": "publish",
    "contact": "focal",
    "util": "use",
    "carri": "conduct",
    "undertak": "conduct",
    "handbook": "guid",
    "manual": "guid",
    "provid": "share",
    "communic": "share",
    "inform": "share",
}
DETERMINERS = frozenset({"a", "an", "the", "their", "its", "any", "all", "such"})
_OBJECT_STOP = frozenset(
    {"in", "for", "on", "to", "with", "by", "from", "at", "into", "within", "that", "which", "and"}
)
MAX_OBJECT_WORDS = 6


@dataclass(frozen=True)
class Asked:
    """The request of one unit: its terms (stems), the terms of its operative clause (the object and the action
    asked), the object as written, and a surface word per stem."""

    terms: frozenset[str]
    object_terms: frozenset[str]
    object_phrase: str
    head: str  # the stem of the object's first content word ("" when no object was found)
    surface: tuple[tuple[str, str], ...]  # (stem, the first word of the text that gave it)


@lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """The Snowball stem of a lower-cased word, then its synonym group's representative."""
    base = _stemmer().stemWord(word.lower())
    return SYNONYMS.get(base, base)


@lru_cache(maxsize=100_000)
def _is_content(word: str) -> bool:
    lower = word.lower()
    return lower not in FUNCTION_WORDS and lower not in FRAME_WORDS and len(lower) > 1


@lru_cache(maxsize=50_000)
def asked(text: str) -> Asked:
    """The request terms of `text`, and the object of its operative clause."""
    surface: dict[str, str] = {}
    for word in filter(_is_content, WORD.findall(text)):
        surface.setdefault(stem(word), word)
    clause = _operative_clause(text)
    phrase, _ = object_phrase(clause)
    object_terms = frozenset(map(stem, filter(_is_content, clause)))
    head = next((stem(w) for w in WORD.findall(phrase) if _is_content(w)), "")
    return Asked(frozenset(surface), object_terms, phrase, head, tuple(sorted(surface.items())))


def object_phrase(words: list[str]) -> tuple[str, str]:
    """(the noun phrase the request is about, the action verb before it or "") of an operative clause's words."""
    start = _first_content(words, 0)
    action = ""
    if start < len(words) and words[start][0].islower() and not (start and words[start - 1].lower() in DETERMINERS):
        action, start = words[start], _first_content(words, start + 1)
    if start and words[start - 1].lower() in DETERMINERS:
        start -= 1
    return " ".join(_noun_phrase(words[start:])), action


def _first_content(words: list[str], start: int) -> int:
    return next((k for k in range(start, len(words)) if _is_content(words[k])), len(words))


def _operative_clause(text: str) -> list[str]:
    """The words of the operative clause: after the operative verb, up to the first clause boundary."""
    return WORD.findall(_CLAUSE_END.split(_INSERT.sub(" ", _operative_tail(text)), maxsplit=1)[0])


def _operative_tail(text: str) -> str:
    """The text after its first operative verb (the whole text when there is none)."""
    match = re.search(r"\b(?:recommended|encouraged|invited|urged|requested|called upon|recommends|encourages)\b", text)
    return text[match.end() :] if match else text


def _noun_phrase(words: list[str]) -> list[str]:
    phrase: list[str] = []
    for word in words[: MAX_OBJECT_WORDS + 2]:
        lower = word.lower()
        has_noun = any(_is_content(w) for w in phrase)
        if has_noun and (lower in _OBJECT_STOP or lower.endswith("ed") or lower.endswith("ing") and lower != "meeting"):
            break
        phrase.append(word)
        if len(phrase) >= MAX_OBJECT_WORDS:
            break
    while phrase and not _is_content(phrase[-1]):
        phrase.pop()
    return phrase
