"""Reading one side of a change: what a unit's text says that can make a change to it matter."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from compare.analyse.significance.recital import is_recital
from compare.analyse.significance.vocabulary import (
    ACTOR_PATTERNS,
    ASKING,
    DEADLINE,
    MODAL,
    MODAL_STRENGTH,
    NEGATION,
    NEXT_TARGET,
    NOT_A_NEGATION,
    NOUN_AFTER,
    NOUN_BEFORE,
    NUMBER,
    ORDINAL_TARGET,
    VERB_FORMS,
    folded,
)
from compare.ingest import extract
from compare.model import Reference, Unit
from compare.util.labels import reference_label
from compare.util.ordinals import ordinal_value

DIGIT = re.compile(r"\d")  # what every NUMBER holds


@dataclass(frozen=True)
class Verb:
    lemma: str
    rung: int
    written: str  # the words as they stand in the text
    recital: bool = False  # recited from an earlier text ("had encouraged"), not asked now


@dataclass(frozen=True)
class Reading:
    """What one side of a change says that can make a change matter."""

    verbs: tuple[Verb, ...]
    modals: tuple[str, ...]
    negations: int
    actors: tuple[str, ...]
    targets: tuple[tuple[str, str], ...]  # (relative key, as written)
    references: tuple[str, ...]
    numbers: tuple[str, ...]

    @property
    def top_rung(self) -> int:
        return max((verb.rung for verb in self.verbs), default=0)

    @property
    def asks_now(self) -> bool:
        """Asks someone to act in this text, not only recites an earlier ask."""
        return any(verb.rung >= ASKING and not verb.recital for verb in self.verbs)

    @property
    def top_modal(self) -> int:
        return max((MODAL_STRENGTH[m] for m in self.modals), default=0)


def _blank_spans(text: str, patterns: Iterable[re.Pattern]) -> str:
    """`text` with every match of `patterns` turned into spaces, so offsets stay the same."""
    for pattern in patterns:
        text = _blank_matches(text, list(pattern.finditer(text)))
    return text


def _blank_matches(text: str, matches: list[re.Match]) -> str:
    """`text` with the spans of `matches` (in order, not overlapping) turned into spaces.

    Blanking the matches a search has already found saves scanning the text again.
    """
    if not matches:
        return text
    pieces, last = [], 0
    for match in matches:
        pieces += [text[last : match.start()], " " * (match.end() - match.start())]
        last = match.end()
    pieces.append(text[last:])
    return "".join(pieces)


def _is_noun_use(text: str, start: int, end: int) -> bool:
    before = [word.lower() for word in re.findall(r"[A-Za-z]+", text[max(0, start - 40) : start])]
    if before and before[-1] in NOUN_BEFORE:
        return True
    if before[-2:] in (["requesting", "and"], ["requesting", "or"]):  # "requesting and requested States"
        return True
    return bool(NOUN_AFTER.match(text, end))


def operative_verbs(text: str) -> tuple[Verb, ...]:
    """Every operative verb of the ladder in `text`, in order of appearance."""
    found, blanked, lowered = [], text, folded(text)
    for rung, lemma, stem, pattern in VERB_FORMS:
        if stem not in lowered:  # no form of this verb: nothing to find or blank
            continue
        matches = list(pattern.finditer(blanked))
        for match in matches:
            if not _is_noun_use(text, match.start(), match.end()):
                written = re.sub(r"\s+", " ", match.group())
                found.append((match.start(), Verb(lemma, rung, written, is_recital(text, match.start()))))
        blanked = _blank_matches(blanked, matches)
    return tuple(verb for _, verb in sorted(found, key=lambda f: f[0]))


def actors(text: str) -> tuple[str, ...]:
    """The canonical actors named in `text`, in order of first mention, each once."""
    found, blanked = [], text
    for name, pattern, words in ACTOR_PATTERNS:
        if not any(word in text for word in words):  # no name of this actor: nothing to find or blank
            continue
        matches = list(pattern.finditer(blanked))
        found.extend((m.start(), name) for m in matches)
        blanked = _blank_matches(blanked, matches)
    return tuple(dict.fromkeys(name for _, name in sorted(found)))


def targets(text: str, session: int = 0) -> tuple[tuple[str, str], ...]:
    """Other meetings and deadlines `text` points at: (comparison key, as written), in order.

    A meeting named by ordinal is keyed relative to this meeting's `session`
    when that is known, so "fifth meeting" in the fourth and "sixth meeting"
    in the fifth both read "the next meeting"; the meeting's own ordinal
    ("held its fourth meeting") and earlier meetings are left out. Sessions of the Conference and
    other parent bodies are numbered apart and keyed as written.
    """
    found = []
    for start, number, written, parent in _ordinal_targets(text):
        if parent or not session:
            found.append((start, written, written))
        elif number > session:  # an earlier meeting ("at its fourth meeting") asks nothing of the future
            found.append((start, _relative(number - session), written))
    found.extend(_fixed_targets(text))
    return tuple(dict.fromkeys((key, written) for _, key, written in sorted(found)))


@functools.lru_cache(maxsize=8192)
def _ordinal_targets(text: str) -> tuple[tuple[int, int, str, bool], ...]:
    """The meetings `text` names by ordinal: (offset, number, as written, of a parent body), kept for the
    run (read again in each meeting the text stays in, keyed there by that meeting's session)."""
    found = []
    for match in ORDINAL_TARGET.finditer(text):
        number, kind, parent = ordinal_value(match.group(1)), match.group(2).lower(), match.group(3)
        written = f"{match.group(1).lower()} {kind}" + (" " + " ".join(parent.split()) if parent else "")
        found.append((match.start(), number, written, bool(parent)))
    return tuple(found)


@functools.lru_cache(maxsize=8192)
def _fixed_targets(text: str) -> tuple[tuple[int, str, str], ...]:
    """The next meeting and the deadlines `text` names, whatever its meeting: (offset, key, as written)."""
    found = [
        (match.start(), _relative(1), " ".join(match.group().lower().split())) for match in NEXT_TARGET.finditer(text)
    ]
    for match in DEADLINE.finditer(text):
        written = " ".join(match.group().lower().split())
        found.append((match.start(), f"{match.group(1).lower()} {match.group(2)}", written))
    return tuple(found)


def _relative(offset: int) -> str:
    if offset > 0:
        return "the next meeting" if offset == 1 else f"{offset} meetings ahead"
    return f"{-offset} meeting(s) earlier"


def references(cited: Iterable[Reference]) -> tuple[str, ...]:
    """The Convention articles, resolutions and decisions among a unit's references (the normaliser's),
    as "article 18, paragraph 13"."""
    kept = (r for r in cited if r.kind in ("article", "resolution", "decision"))
    return tuple(dict.fromkeys(reference_label(r.kind, r.id) for r in kept))


def read(unit: Unit, session: int = 0) -> Reading:
    """Everything in `unit` that can make a change to it matter; `session` is its meeting's ordinal (0 unknown)."""
    said = _said(unit.text)
    found, cited = targets(unit.text, session), references(unit.references)
    return Reading(said.verbs, said.modals, said.negations, said.actors, found, cited, said.numbers)


@functools.lru_cache(maxsize=8192)
def _said(text: str) -> Reading:
    """What `text` says whatever the meeting (no targets, no references), kept for the run: a text is
    read as the new side of one pair, as the old side of the next, and again wherever it stays unchanged."""
    return Reading(
        verbs=operative_verbs(text),
        modals=tuple(m.group(1) for m in MODAL.finditer(text)),
        negations=_negations(text),
        actors=actors(text),
        targets=(),
        references=(),
        numbers=_numbers(text),
    )


def _negations(text: str) -> int:
    """The negations of `text`, "not only" and "no later than" aside (blanking only takes matches away, so a
    text with no negation at all is not blanked)."""
    return len(NEGATION.findall(_blank_spans(text, [NOT_A_NEGATION]))) if NEGATION.search(text) else 0


def _numbers(text: str) -> tuple[str, ...]:
    """The numbers of `text` that are not part of a citation, a symbol, an ordinal target or a deadline (a text
    without a digit has none, so it is not blanked)."""
    if not DIGIT.search(text):
        return ()
    cited = [extract.ARTICLE, extract.RESOLUTION, extract.SYMBOL, ORDINAL_TARGET, DEADLINE]
    return tuple(NUMBER.findall(_blank_spans(text, cited)))
