"""How much a change matters, and why: `major`, `minor` or `editorial`.

A reviewer wants first the changes that shift what States are asked to do.
Each modified unit is read for the few things that carry that weight, on
both sides, and the two readings are compared:

- the operative verb and its strength, on the ladder `VERB_LADDER`
  (notes < stresses < invites < requests < urges/decides);
- the modal verb (could/may < should < shall/must) and negation;
- the actors named (the Conference, the Secretariat/UNODC, States parties,
  Member States, the Working Group, Governments ...);
- target meetings and deadlines ("for its sixth meeting", "by 2015");
- the Convention articles, resolutions and decisions cited.

The rules, in plain words:

- `major`: a change of operative strength that involves asking someone to
  act (a verb on rung 3 or higher: invites, requests, urges ...), a modal of
  a different strength, a negation added or removed, a target meeting or
  deadline added, removed or changed, a reference changed, or a change of
  actor in a unit that asks something (a recommendation, or text with an
  asking verb or an obliging modal).
- `minor`: a change among the noting verbs (notes -> stresses), the same
  strength with another verb (invites -> encourages), an actor changed in a
  narrative paragraph, a figure changed, a target meeting renumbered with
  the calendar ("fifth meeting" -> "sixth meeting" when both are the next
  one), or a rewording larger than a few words.
- `editorial`: none of the above, and only punctuation, capitalisation,
  word order or at most a few words changed (a synonym, a tiny edit).

New and dropped units: a recommendation is `major`; a paragraph that asks
someone to act or names a target meeting or deadline is `major`; a
procedural paragraph (a theme the taxonomy flags `procedural`, or under a heading such as
"Organization of the meeting") is `editorial`; any other paragraph `minor`.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from compare.analyse.diff import word_diff, words
from compare.ingest import extract
from compare.model import Change, Meeting, Status, Unit
from compare.util.labels import reference_label
from compare.util.ordinals import ORDINAL_PATTERN, ordinal_value

MAJOR, MINOR, EDITORIAL = "major", "minor", "editorial"
SIGNIFICANCE_RANK = {MAJOR: 0, MINOR: 1, EDITORIAL: 2}

ASKING = 3  # rungs from here up ask someone to act

# (rung, lemma, word forms): the operative-verb ladder, weakest first
VERB_LADDER: tuple[tuple[int, str, str], ...] = (
    (1, "note", r"(?:take|takes|took|taken|taking)\s+note"),
    (1, "note", r"note|notes|noted|noting"),
    (1, "acknowledge", r"acknowledg(?:e|es|ed|ing)"),
    (1, "welcome", r"welcom(?:e|es|ed|ing)"),
    (1, "recall", r"recall|recalls|recalled|recalling"),
    (2, "recognize", r"recogni[sz](?:e|es|ed|ing)"),
    (2, "stress", r"stress|stresses|stressed|stressing"),
    (2, "emphasize", r"emphasi[sz](?:e|es|ed|ing)"),
    (2, "underline", r"underlin(?:e|es|ed|ing)"),
    (2, "highlight", r"highlight|highlights|highlighted|highlighting"),
    (2, "reaffirm", r"reaffirm|reaffirms|reaffirmed|reaffirming"),
    (3, "invite", r"invit(?:e|es|ed|ing)"),
    (3, "encourage", r"encourag(?:e|es|ed|ing)"),
    (3, "recommend", r"recommend|recommends|recommended|recommending"),
    (3, "propose", r"propos(?:e|es|ed|ing)"),
    (3, "suggest", r"suggest|suggests|suggested|suggesting"),
    (4, "request", r"request|requests|requested|requesting"),
    (4, "call upon", r"(?:call|calls|called|calling)\s+(?:up)?on"),
    (5, "urge", r"urg(?:e|es|ed|ing)"),
    (5, "decide", r"decid(?:e|es|ed|ing)"),
)
RUNG_NAMES = {1: "noting", 2: "emphasis", 3: "invitation", 4: "request", 5: "urging or deciding"}

# lower case only, so the month "May" is not a modal
MODAL_STRENGTH = {"could": 1, "may": 1, "might": 1, "would": 1, "should": 2, "ought": 2, "shall": 3, "must": 3}
MODAL = re.compile(r"\b(could|may|might|would|should|ought|shall|must)\b")
NEGATION = re.compile(r"\b(?:not|no|never|cannot|neither|nor)\b|n't\b", re.I)
NOT_A_NEGATION = re.compile(r"\bnot\s+only\b|\bno\s+later\s+than\b|\bNo\.\s*\d", re.I)

# a verb form read as a noun or adjective: "a request", "upon request", "the requested State"
_NOUN_BEFORE = (
    "a an the this these those such any each every its their his her our your upon of for on per no all "
    "both between extradition assistance cooperation formal informal outgoing incoming urgent pending "
    "several many few numerous multiple"
).split()
_NOUN_AFTER = re.compile(r"\s+(?:for\b|by the\b|verbale\b|(?:and|or)\s+request(?:ed|ing)\b)", re.I)
# multi-word forms first, so "took note" is not read again as "note"
_VERB_FORMS = tuple(
    (rung, lemma, re.compile(rf"\b(?:{forms})\b", re.I))
    for rung, lemma, forms in sorted(VERB_LADDER, key=lambda v: r"\s" not in v[2])
)
# a verb recited from an earlier text, not asked now: "had encouraged", "In its decision 3/2, the Conference decided"
_RECALL = re.compile(r"\brecall(?:ed|ing)?\s+that\b", re.I)
_RECITAL_OPENING = re.compile(r"\W*(?:In|By|Under)\s+(?:its|their)\s+(?:resolution|decision)", re.I)

# (canonical actor, pattern), most specific first; every match is blanked before the next pattern runs
ACTORS: tuple[tuple[str, str], ...] = (
    ("the Conference", r"Conference of the (?:States )?Parties|\bConference\b(?!s)"),
    ("the Conferences", r"\bConferences\b"),
    (
        "the Secretariat (UNODC)",
        r"\bSecretariat\b|\bUNODC\b|United Nations Office on Drugs and Crime|Executive Director",
    ),
    ("the Commission", r"Commission on Crime Prevention and Criminal Justice|(?<=the )Commission\b|\bCCPCJ\b"),
    ("the General Assembly", r"General Assembly"),
    ("the Economic and Social Council", r"Economic and Social Council"),
    ("Member States", r"\bMember States?\b"),
    ("States parties", r"\bStates? [Pp]art(?:y|ies)\b"),
    ("the Working Groups", r"\bWorking Groups\b"),
    ("the Working Group", r"\bWorking Group(?: of Government Experts)?\b"),
    ("the Chair", r"\bChair(?:person|man|woman)?s?\b"),
    ("Governments", r"\bGovernments?\b"),
    ("civil society", r"[Nn]on-governmental organi[sz]ations?|\bNGOs?\b|civil society"),
    ("international organizations", r"(?:international|regional|intergovernmental) organi[sz]ations?"),
    ("States", r"(?<!United )\bStates\b"),
)
_ACTOR_PATTERNS = tuple((name, re.compile(pattern)) for name, pattern in ACTORS)

_ORDINAL = ORDINAL_PATTERN
ORDINAL_TARGET = re.compile(
    rf"\b({_ORDINAL})\s+(meeting|session)s?\b(\s+of\s+the\s+(?:Conference|Commission|General Assembly)\b)?", re.I
)
NEXT_TARGET = re.compile(r"\b(?:next|following|forthcoming|subsequent|upcoming|future)\s+(meeting|session)s?\b", re.I)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
DEADLINE = re.compile(
    rf"\b(by|before|until|no later than|not later than)\s+(?:the\s+end\s+of\s+)?"
    rf"(?:(?:\d{{1,2}}\s+)?(?:{_MONTHS})\s+)?(\d{{4}})\b",
    re.I,
)
NUMBER = re.compile(r"\b\d+(?:[.,]\d+)*\b")

PROCEDURAL_HEADING = re.compile(
    r"organi[sz]ation of (?:the )?(?:meeting|session|work)|opening|attendance|adoption of the (?:report|agenda)"
    r"|election of officers|documentation|closing",
    re.I,
)
STOPWORDS = frozenset(
    "a an the of and or to in on for by with as at that which who whose its their it this these those be is are "
    "was were been being has have had also from such into upon within".split()
)
# editorial: at most this many content words added or removed on either side, and no more than
# this share of the longer text's words (but two words, a synonym and its article, always pass)
EDITORIAL_WORDS = 3
EDITORIAL_SHARE = 0.2


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


@dataclass(frozen=True)
class Signal:
    level: str
    reason: str


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
    if before and before[-1] in _NOUN_BEFORE:
        return True
    if before[-2:] in (["requesting", "and"], ["requesting", "or"]):  # "requesting and requested States"
        return True
    return bool(_NOUN_AFTER.match(text, end))


def _is_recital(text: str, start: int) -> bool:
    """`_RECITAL` searched in the sentence before `start`, in time independent of the sentence's length."""
    ends = _sentence_ends(text)  # as max(text.rfind(". ", 0, start), text.rfind("; ", 0, start), -1) + 1
    before = bisect.bisect_right(ends, start - 2) - 1
    sentence_start = ends[before] + 1 if before >= 0 else 0
    opening = _RECITAL_OPENING.match(text, sentence_start)
    if opening and opening.end() <= start or _had_before(text, sentence_start, start):
        return True
    spans = _recall_spans(text)
    first = bisect.bisect_left(spans, (sentence_start, 0))
    return first < len(spans) and spans[first][1] <= start


@functools.lru_cache(maxsize=16)
def _sentence_ends(text: str) -> list[int]:
    """Where each ". " or "; " starts."""
    return [i for i in range(len(text) - 1) if text[i] in ".;" and text[i + 1] == " "]


@functools.lru_cache(maxsize=16)
def _recall_spans(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in _RECALL.finditer(text)]


def _had_before(text: str, floor: int, end: int) -> bool:
    """`had`, then an optional word, then whitespace, just before `end` (`\\bhad\\s+(?:\\w+\\s+)?$`)."""
    gap = _run_back(text, floor, end, str.isspace)
    if gap == end:
        return False
    word = _run_back(text, floor, gap, _is_word)
    if text[word:gap].lower() == "had":
        return True
    before = _run_back(text, floor, word, str.isspace)
    had = _run_back(text, floor, before, _is_word)
    return word < gap and before < word and text[had:before].lower() == "had"


def _run_back(text: str, floor: int, end: int, kind) -> int:
    while end > floor and kind(text[end - 1]):
        end -= 1
    return end


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def operative_verbs(text: str) -> tuple[Verb, ...]:
    """Every operative verb of the ladder in `text`, in order of appearance."""
    found, blanked = [], text
    for rung, lemma, pattern in _VERB_FORMS:
        matches = list(pattern.finditer(blanked))
        for match in matches:
            if not _is_noun_use(text, match.start(), match.end()):
                written = re.sub(r"\s+", " ", match.group())
                found.append((match.start(), Verb(lemma, rung, written, _is_recital(text, match.start()))))
        blanked = _blank_matches(blanked, matches)
    return tuple(verb for _, verb in sorted(found, key=lambda f: f[0]))


def actors(text: str) -> tuple[str, ...]:
    """The canonical actors named in `text`, in order of first mention, each once."""
    found, blanked = [], text
    for name, pattern in _ACTOR_PATTERNS:
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
    for match in ORDINAL_TARGET.finditer(text):
        number, kind, parent = ordinal_value(match.group(1)), match.group(2).lower(), match.group(3)
        written = f"{match.group(1).lower()} {kind}" + (" " + " ".join(parent.split()) if parent else "")
        if parent or not session:
            found.append((match.start(), written, written))
        elif number > session:  # an earlier meeting ("at its fourth meeting") asks nothing of the future
            found.append((match.start(), _relative(number - session), written))
    for match in NEXT_TARGET.finditer(text):
        found.append((match.start(), _relative(1), " ".join(match.group().lower().split())))
    for match in DEADLINE.finditer(text):
        written = " ".join(match.group().lower().split())
        found.append((match.start(), f"{match.group(1).lower()} {match.group(2)}", written))
    return tuple(dict.fromkeys((key, written) for _, key, written in sorted(found)))


def _relative(offset: int) -> str:
    if offset > 0:
        return "the next meeting" if offset == 1 else f"{offset} meetings ahead"
    return f"{-offset} meeting(s) earlier"


def references(text: str) -> tuple[str, ...]:
    """Convention articles, resolutions and decisions cited, as "article 18, paragraph 13"."""
    cited = (r for r in extract.references(text) if r.kind in ("article", "resolution", "decision"))
    return tuple(dict.fromkeys(reference_label(r.kind, r.id) for r in cited))


@functools.lru_cache(maxsize=8192)
def read(text: str, session: int = 0) -> Reading:
    """Everything in `text` that can make a change to it matter.

    Kept for the run: a unit's text is read once as the new side of one pair
    and again as the old side of the next.
    """
    negation_text = _blank_spans(text, [NOT_A_NEGATION])
    number_text = _blank_spans(text, [extract.ARTICLE, extract.RESOLUTION, extract.SYMBOL, ORDINAL_TARGET, DEADLINE])
    return Reading(
        verbs=operative_verbs(text),
        modals=tuple(m.group(1) for m in MODAL.finditer(text)),
        negations=len(NEGATION.findall(negation_text)),
        actors=actors(text),
        targets=targets(text, session),
        references=references(text),
        numbers=tuple(NUMBER.findall(number_text)),
    )


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


def _verb_signal(old: Reading, new: Reading) -> Signal | None:
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
    level = MAJOR if max(top_removed, top_added) >= ASKING else MINOR
    if removed and added:
        if top_added == top_removed:
            return Signal(
                MINOR, f"operative verb changed at the same strength: {_quoted(old_words)} → {_quoted(new_words)}"
            )
        direction = "strengthened" if top_added > top_removed else "weakened"
        return Signal(level, f"operative verb {direction}: {_quoted(old_words)} → {_quoted(new_words)}")
    if added:
        return Signal(level, f"{RUNG_NAMES[top_added]} added: {_quoted(new_words)}")
    return Signal(level, f"{RUNG_NAMES[top_removed]} removed: {_quoted(old_words)}")


def _modal_signal(old: Reading, new: Reading) -> Signal | None:
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
        return Signal(MAJOR, f"modal {direction}: {_quoted(dict.fromkeys(removed))} → {_quoted(dict.fromkeys(added))}")
    return Signal(MINOR, _change_phrase("modal", dict.fromkeys(removed), dict.fromkeys(added), quote=True))


def _negation_signal(old: Reading, new: Reading) -> Signal | None:
    if old.negations == new.negations:
        return None
    return Signal(MAJOR, "negation added" if new.negations > old.negations else "negation removed")


def _set_change(old: Iterable[str], new: Iterable[str]) -> tuple[list[str], list[str]]:
    old, new = list(old), list(new)
    return [x for x in old if x not in new], [x for x in new if x not in old]


def _actor_signal(old: Reading, new: Reading, asking: bool) -> Signal | None:
    removed, added = _set_change(old.actors, new.actors)
    if not removed and not added:
        return None
    return Signal(MAJOR if asking else MINOR, _change_phrase("actor", removed, added))


def _target_signal(old: Reading, new: Reading) -> Signal | None:
    old_written, new_written = _set_change((w for _, w in old.targets), (w for _, w in new.targets))
    if not old_written and not new_written:
        return None
    old_keys, new_keys = dict(old.targets), dict(new.targets)
    removed, added = _set_change(old_keys, new_keys)
    if removed or added:
        return Signal(
            MAJOR,
            _change_phrase("target meeting or deadline", [old_keys[k] for k in removed], [new_keys[k] for k in added]),
        )
    return Signal(
        MINOR, f"target meeting renumbered with the calendar: {', '.join(old_written)} → {', '.join(new_written)}"
    )


def _reference_signal(old: Reading, new: Reading) -> Signal | None:
    removed, added = _set_change(old.references, new.references)
    if not removed and not added:
        return None
    return Signal(MAJOR, _change_phrase("reference", removed, added))


def _number_signal(old: Reading, new: Reading) -> Signal | None:
    removed = list((Counter(old.numbers) - Counter(new.numbers)).elements())
    added = list((Counter(new.numbers) - Counter(old.numbers)).elements())
    if not removed and not added:
        return None
    return Signal(MINOR, _change_phrase("dates or figures", removed, added))


def _wording_signal(old_text: str, new_text: str) -> Signal:
    """What is left when nothing that matters changed: editorial or a larger rewording."""
    old_words, new_words = Counter(words(old_text)), Counter(words(new_text))
    if old_words == new_words:
        return Signal(EDITORIAL, "only punctuation, capitalisation or word order changed")
    deleted = sum(n for w, n in (old_words - new_words).items() if w not in STOPWORDS)
    inserted = sum(n for w, n in (new_words - old_words).items() if w not in STOPWORDS)
    longest = max(sum(old_words.values()), sum(new_words.values()))
    allowed = max(2, min(EDITORIAL_WORDS, int(EDITORIAL_SHARE * longest)))
    edits = _edits(old_text, new_text)
    if max(deleted, inserted) <= allowed:
        return Signal(EDITORIAL, f"small wording change: {edits}" if edits else "only small words changed")
    return Signal(
        MINOR,
        f"reworded ({_words(inserted)} added, {deleted} removed) without changing who is asked to do what, by when",
    )


def _words(count: int) -> str:
    return f"{count} word" if count == 1 else f"{count} words"


def _edits(old_text: str, new_text: str, limit: int = 3) -> str:
    """The first few replaced, added or removed runs of words, for a reason a person can check."""
    ops = word_diff(old_text, new_text).ops
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


def _asks(reading: Reading) -> bool:
    return reading.top_rung >= ASKING or reading.top_modal >= 2


def _summary(reading: Reading) -> str:
    """What a unit asks, of whom, by when, under which article: " ('requested'; UNODC; sixth meeting)"."""
    parts = []
    if reading.verbs:
        parts.append(f"'{max(reading.verbs, key=lambda verb: verb.rung).written}'")
    parts.extend(
        ", ".join(items) for items in (reading.actors, [w for _, w in reading.targets], reading.references) if items
    )
    return f" ({'; '.join(parts)})" if parts else ""


# (recommendation, asking paragraph, procedural paragraph, other paragraph) reasons for new and dropped units
ONE_SIDE_REASONS = {
    Status.NEW: (
        "new recommendation",
        "new paragraph that asks for action or names a later meeting or deadline",
        "new procedural paragraph",
        "new paragraph",
    ),
    Status.DROPPED: (
        "recommendation dropped",
        "paragraph dropped that asked for action or named a later meeting or deadline",
        "procedural paragraph dropped",
        "paragraph dropped",
    ),
}


def _classify_one_side(change: Change, reading: Reading, procedural: bool) -> tuple[str, str]:
    recommendation, asking, procedure, other = ONE_SIDE_REASONS[Status(change.status)]
    if change.unit == "recommendation":
        return MAJOR, recommendation + _summary(reading)
    ahead = [key for key, _ in reading.targets if not key.endswith("earlier")]
    if (reading.asks_now and reading.actors) or ahead:
        return MAJOR, asking + _summary(reading)
    if procedural:
        return EDITORIAL, procedure
    return MINOR, other + _summary(reading)


def _classify_modified(change: Change, old: Reading, new: Reading, old_text: str, new_text: str) -> tuple[str, str]:
    asking = change.unit == "recommendation" or _asks(old) or _asks(new)
    found = [
        _verb_signal(old, new),
        _modal_signal(old, new),
        _negation_signal(old, new),
        _actor_signal(old, new, asking),
        _target_signal(old, new),
        _reference_signal(old, new),
        _number_signal(old, new),
    ]
    signals = [s for s in found if s is not None]
    if not signals:
        signals.append(_wording_signal(old_text, new_text))
    signals.sort(key=lambda s: SIGNIFICANCE_RANK[s.level])
    return signals[0].level, "; ".join(s.reason for s in signals)


def classify(
    change: Change,
    old_text: str,
    new_text: str,
    *,
    old_session: int = 0,
    new_session: int = 0,
    procedural: bool = False,
) -> tuple[str, str]:
    """(significance, why) for one row of changes.csv; ("", "") for an unchanged unit.

    `old_session`/`new_session` are the two meetings' ordinals (0 when
    unknown), used to tell a target meeting from the meeting's own number.
    `procedural` says the unit is about the running of the meeting.
    """
    status = Status(change.status)
    if status is Status.UNCHANGED:
        return "", ""
    if status is Status.NEW:
        return _classify_one_side(change, read(new_text, new_session), procedural)
    if status is Status.DROPPED:
        return _classify_one_side(change, read(old_text, old_session), procedural)
    return _classify_modified(change, read(old_text, old_session), read(new_text, new_session), old_text, new_text)


def rank_key(change: Change) -> tuple[int, int]:
    """Sort key: major first, then minor, editorial, unchanged; recommendations before paragraphs.

    `sorted` is stable, so rows that tie keep their document order.
    """
    return SIGNIFICANCE_RANK.get(
        change.significance, len(SIGNIFICANCE_RANK)
    ), 0 if change.unit == "recommendation" else 1


def _is_procedural(meeting: Meeting, unit: Unit, procedural_themes: frozenset[str]) -> bool:
    if unit.theme in procedural_themes:
        return True
    chapter = unit.section.split(".")[0]
    titles = [s.title for s in meeting.sections if not s.run_in and s.id in (chapter, unit.section)]
    return any(PROCEDURAL_HEADING.search(title) for title in [*titles, unit.heading])


def apply_significance(
    changes: Iterable[Change], meetings: Iterable[Meeting], procedural_themes: Iterable[str] = ()
) -> tuple[Change, ...]:
    """Every change with `significance` and `why` filled in from the two units' texts.

    `meetings` holds every meeting the changes name; `procedural_themes` are the ids of the
    taxonomy's procedural themes (the taxonomy's `procedural` flag).
    """
    procedural_themes = frozenset(procedural_themes)
    by_id = {m.meeting_id: m for m in meetings}
    units = {(m.meeting_id, u.ref): (m, u) for m in by_id.values() for u in m.units}
    classified = []
    for change in changes:
        old = units.get((change.from_meeting, change.from_ref))
        new = units.get((change.to_meeting, change.to_ref))
        procedural = change.theme in procedural_themes or any(_is_procedural(*side, procedural_themes) for side in (old, new) if side)
        significance, why = classify(
            change,
            old[1].text if old else "",
            new[1].text if new else "",
            old_session=old[0].session if old else 0,
            new_session=new[0].session if new else 0,
            procedural=procedural,
        )
        classified.append(dataclasses.replace(change, significance=significance, why=why))
    return tuple(classified)
