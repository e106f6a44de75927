"""Finding requests: the sentences of a report that ask something of a later meeting of the same body."""

from __future__ import annotations

import re

from compare.analyse.followups.subjects import ANAPHOR, explicit_subject, unit_topic
from compare.model import Meeting, Request, Unit
from compare.util.ordinals import ordinal_value

_MEETING = r"(?:meeting|session)s?"
_CONNECTOR = r"(?:of|on|to|the|and|against|for|in)"
# A body's name as reports write it after "meeting of the": capitalised words and their connectors.
_NAME = rf"[A-Z][\w'’-]*(?:(?:\s+{_CONNECTOR})*\s+[A-Z][\w'’-]*)*"

# "<word> meeting(s)/session(s) [of the <Name>]"; the word says which meeting (see `_relative`).
TARGET = re.compile(rf"(?i:\b(?P<word>[a-z0-9]+(?:-[a-z]+)?)\s+{_MEETING}\b)(?:\s+of\s+the\s+(?P<owner>{_NAME}))?")
NEXT_WORDS = frozenset({"next", "following", "forthcoming", "upcoming"})
FUTURE_WORDS = frozenset({"future", "later", "subsequent"})
# The bodies that "its" may stand for, nearest before the target phrase.
BODY_NOUN = re.compile(r"\b(?:Conference|Commission|Working Group|Group|Assembly|Council|Committee|Board|Meeting)\b")
REQUEST_CUE = re.compile(
    r"\b(?:recommend|request|propos|suggest|decid|agreed|invit|asked|urg|encourag|called\s+upon|should|would"
    r"|shall|will|be\s+(?:included|discussed|considered|devoted|addressed|examined|taken\s+up)"
    r"|to\s+(?:include|discuss|consider|prepare|report|hold|devote|continue|examine|address|focus))\w*",
    re.I,
)
KINDS = (
    ("agenda-item", re.compile(r"\bagenda\b|\bitems?\s+(?:on|entitled|concerning|regarding|relating)\b", re.I)),
    (
        "background-paper",
        re.compile(
            r"\b(?:background|discussion|working|conference\s+room)\s+papers?\b|\bnote\s+by\b|\bstud(?:y|ies)\b"
            r"|\b(?:compilation|analysis|overview|survey|mapping)\s+(?:of|on)\b",
            re.I,
        ),
    ),
    ("report", re.compile(r"\breport(?:s|ing)?\b", re.I)),
    (
        "discussion",
        re.compile(
            r"\b(?:discuss|deliberat|consider|debat|examin|address|panel|focus|return\s+to|exchange\s+of\s+views)", re.I
        ),
    ),
)
# A sentence that only says when or where the meeting is held asks nothing of it.
HOLDING = re.compile(r"\b(?:be\s+|being\s+)?(?:held|convened|scheduled|take\s+place)\b", re.I)
SENTENCE_BREAK = re.compile(r"(?<=[.;!?])\s+(?=[A-Z“\"(])")


def find_requests(meeting: Meeting) -> tuple[Request, ...]:
    """Every forward-looking request in `meeting`, in unit order."""
    lead_ins = {u.paragraph: u for u in meeting.units if u.is_lead_in}
    requests: list[Request] = []
    for unit in meeting.units:
        if not _names_a_meeting(unit.text):  # then none of its sentences does (`_requests_in`)
            continue
        lead_in = lead_ins.get(unit.paragraph) if unit.item else None
        implied = unit.is_recommendation or bool(lead_in and REQUEST_CUE.search(lead_in.text))
        for sentence in SENTENCE_BREAK.split(unit.text):
            requests.extend(_requests_in(sentence, unit, meeting, implied))
    return tuple(requests)


def _names_a_meeting(text: str) -> bool:
    """Whether `text` says "meeting" or "session" in any case (a sentence lower-cased is its text's part
    lower-cased: no letter lower-cases to these letters differently in context)."""
    lowered = text.lower()
    return "meeting" in lowered or "session" in lowered


def _requests_in(sentence: str, unit: Unit, meeting: Meeting, implied: bool) -> list[Request]:
    if not _names_a_meeting(sentence):
        return []
    if not (implied or REQUEST_CUE.search(sentence)):
        return []
    found = []
    for match in TARGET.finditer(sentence):
        ordinal, relative = _relative(match.group("word"))
        if not relative or (ordinal and meeting.session and ordinal <= meeting.session):
            continue
        if not _is_own_body(match, sentence, meeting.body):
            continue
        explicit = explicit_subject(sentence, match)
        if not explicit and HOLDING.search(sentence):
            continue
        found.append(_request(sentence, match, unit, meeting, (ordinal, relative), explicit))
    return found[:1] if len({r.target for r in found}) == 1 else found


def _relative(word: str) -> tuple[int, str]:
    """(ordinal, "ordinal") for "fifth", (0, "next") for "next", (0, "future") for "future", else (0, "")."""
    word = word.lower()
    if word in NEXT_WORDS:
        return 0, "next"
    if word in FUTURE_WORDS:
        return 0, "future"
    ordinal = ordinal_value(word)
    return ordinal, "ordinal" if ordinal else ""


def _request(
    sentence: str, match: re.Match, unit: Unit, meeting: Meeting, target: tuple[int, str], explicit: str
) -> Request:
    ordinal, relative = target
    subject = explicit if explicit and not ANAPHOR.match(explicit) else (unit_topic(unit) or explicit)
    return Request(
        meeting_id=meeting.meeting_id,
        body=meeting.body,
        ref=unit.ref,
        kind=request_kind(sentence),
        subject=subject,
        target=" ".join(match.group(0).split()[:2]).lower(),
        target_ordinal=ordinal,
        relative=relative,
        text=sentence.strip(),
        theme=unit.theme,
        section=unit.section,
    )


def _is_own_body(match: re.Match, sentence: str, body: str) -> bool:
    """Whether the meeting named is one of `body`'s: "of the Conference ..." or "the Conference, at its" is not."""
    owner = match.group("owner")
    if not owner:
        before = sentence[: match.start()]
        if not re.search(r"\bits\s+$", before):
            return True
        nouns = BODY_NOUN.findall(before)
        owner = nouns[-1] if nouns else ""
    return not owner or not body or _name_words(owner) <= _name_words(body)


def _name_words(name: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", name.lower()) if w not in {"the", "of", "on", "to", "and", "for", "in"}}


def request_kind(sentence: str) -> str:
    """What is asked: the first kind whose words the sentence uses, else "other"."""
    return next((kind for kind, pattern in KINDS if pattern.search(sentence)), "other")
