"""The rules: two readings of a unit compared, each difference a signal with its level and a reason in plain words."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from compare.analyse.significance.reading import Reading
from compare.analyse.significance.vocabulary import ASKING, MODAL_STRENGTH, RUNG_NAMES
from compare.model import Significance


@dataclass(frozen=True)
class Signal:
    """One difference between the two readings: how much it matters, and why in plain words."""

    level: Significance
    reason: str


def _quoted(items: Iterable[str]) -> str:
    return ", ".join(f"'{item}'" for item in items)


def _change_phrase(what: str, removed: Iterable[str], added: Iterable[str], *, quote: bool = False) -> str:
    """ "what changed: A -> B", "what added: B" or "what removed: A" in plain words."""
    show = _quoted if quote else ", ".join
    removed, added = list(removed), list(added)
    if removed and added:
        return f"{what} changed: {show(removed)} → {show(added)}"
    if added:
        return f"{what} added: {show(added)}"
    return f"{what} removed: {show(removed)}"


def verb_signal(old: Reading, new: Reading) -> Signal | None:
    if [verb.lemma for verb in old.verbs] == [verb.lemma for verb in new.verbs]:
        return None  # the same verbs in the same order: nothing removed, nothing added
    old_lemmas = Counter(verb.lemma for verb in old.verbs)
    new_lemmas = Counter(verb.lemma for verb in new.verbs)
    removed, added = old_lemmas - new_lemmas, new_lemmas - old_lemmas
    if not removed and not added:
        return None
    rung = {verb.lemma: verb.rung for verb in old.verbs + new.verbs}
    written = {verb.lemma: verb.written for verb in reversed(old.verbs + new.verbs)}  # the first time written
    old_words = [written[lemma] for lemma in removed]
    new_words = [written[lemma] for lemma in added]
    top_removed = max((rung[lemma] for lemma in removed), default=0)
    top_added = max((rung[lemma] for lemma in added), default=0)
    level = Significance.MAJOR if max(top_removed, top_added) >= ASKING else Significance.MINOR
    if removed and added:
        if top_added == top_removed:
            return Signal(
                Significance.MINOR,
                f"operative verb changed at the same strength: {_quoted(old_words)} → {_quoted(new_words)}",
            )
        direction = "strengthened" if top_added > top_removed else "weakened"
        return Signal(level, f"operative verb {direction}: {_quoted(old_words)} → {_quoted(new_words)}")
    if added:
        return Signal(level, f"{RUNG_NAMES[top_added]} added: {_quoted(new_words)}")
    return Signal(level, f"{RUNG_NAMES[top_removed]} removed: {_quoted(old_words)}")


def modal_signal(old: Reading, new: Reading) -> Signal | None:
    if old.modals == new.modals:
        return None
    removed = list((Counter(old.modals) - Counter(new.modals)).elements())
    added = list((Counter(new.modals) - Counter(old.modals)).elements())
    if not removed and not added:
        return None
    if removed and added:
        top_removed = max(MODAL_STRENGTH[m] for m in removed)
        top_added = max(MODAL_STRENGTH[m] for m in added)
        if top_removed == top_added:
            return None  # "may" -> "could": wording
        direction = "strengthened" if top_added > top_removed else "weakened"
        return Signal(
            Significance.MAJOR,
            f"modal {direction}: {_quoted(dict.fromkeys(removed))} → {_quoted(dict.fromkeys(added))}",
        )
    return Signal(Significance.MINOR, _change_phrase("modal", dict.fromkeys(removed), dict.fromkeys(added), quote=True))


def negation_signal(old: Reading, new: Reading) -> Signal | None:
    if old.negations == new.negations:
        return None
    return Signal(Significance.MAJOR, "negation added" if new.negations > old.negations else "negation removed")


def _set_change(old: Iterable[str], new: Iterable[str]) -> tuple[list[str], list[str]]:
    old, new = list(old), list(new)
    return [x for x in old if x not in new], [x for x in new if x not in old]


def actor_signal(old: Reading, new: Reading, asking: bool) -> Signal | None:
    removed, added = _set_change(old.actors, new.actors)
    if not removed and not added:
        return None
    if asking:  # who is asked to act: one label, one grade, wherever it is shown
        return Signal(Significance.MAJOR, _change_phrase("actor in a request", removed, added))
    return Signal(Significance.MINOR, _change_phrase("actor mentioned", removed, added))


def target_signal(old: Reading, new: Reading) -> Signal | None:
    old_written, new_written = _set_change((w for _, w in old.targets), (w for _, w in new.targets))
    if not old_written and not new_written:
        return None
    old_keys, new_keys = dict(old.targets), dict(new.targets)
    removed, added = _set_change(old_keys, new_keys)
    if removed or added:
        return Signal(
            Significance.MAJOR,
            _change_phrase("target meeting or deadline", [old_keys[k] for k in removed], [new_keys[k] for k in added]),
        )
    return Signal(
        Significance.MINOR,
        f"target meeting renumbered with the calendar: {', '.join(old_written)} → {', '.join(new_written)}",
    )


def reference_signal(old: Reading, new: Reading) -> Signal | None:
    removed, added = _set_change(old.references, new.references)
    if not removed and not added:
        return None
    return Signal(Significance.MAJOR, _change_phrase("reference", removed, added))


def number_signal(old: Reading, new: Reading) -> Signal | None:
    if old.numbers == new.numbers:
        return None
    removed = list((Counter(old.numbers) - Counter(new.numbers)).elements())
    added = list((Counter(new.numbers) - Counter(old.numbers)).elements())
    if not removed and not added:
        return None
    return Signal(Significance.MINOR, _change_phrase("dates or figures", removed, added))


def signals(old: Reading, new: Reading, asking: bool) -> list[Signal]:
    """Every difference that matters between the two readings, in the order of the rules above;
    `asking` says the unit asks someone to act (an actor changed then weighs more)."""
    found = (
        verb_signal(old, new),
        modal_signal(old, new),
        negation_signal(old, new),
        actor_signal(old, new, asking),
        target_signal(old, new),
        reference_signal(old, new),
        number_signal(old, new),
    )
    return [s for s in found if s is not None]
