"""What a request is about: the subject a sentence names, else the topic its unit opens with."""

from __future__ import annotations

import re

from compare.model import Unit

_STOP_PREFIX = r"(?:in|on|into|to|for|at|during|before)"
# What stands before a target phrase and belongs to it: "in the agenda of its", "for the".
TARGET_LEFT = re.compile(
    rf"(?:,\s*)?(?:(?:{_STOP_PREFIX}\s+)?(?:the\s+(?:provisional\s+)?agenda\s+(?:of|for)\s+)?(?:its|the|their|a|any)\s+)$",
    re.I,
)
SUBJECT_PATTERNS = tuple(
    re.compile(pattern, re.I)
    for pattern in (
        r"\bitems?\s+(?:on|entitled|concerning|regarding|relating\s+to|related\s+to|about)\s+(?P<s>.+)",
        r"\b(?:papers?|notes?|reports?|presentations?|briefings?)\s+(?:on|concerning|regarding|about)\s+(?P<s>.+)",
        r"\b(?:stud(?:y|ies)|analys[ie]s|overview|compilation|survey|summary|mapping)"
        r"\s+(?:of|on|concerning|regarding|about)\s+(?P<s>.+)",
        r"\breport(?:s|ing)?\s+(?:back\s+)?(?:to\s+(?:it|them|the\s+\w+(?:\s+\w+)?)\s+)?on\s+(?P<s>.+)",
        r"\b(?:discussions?|deliberations?|debates?|consideration|examination|exchanges?\s+of\s+views|dialogue)"
        r"\s+(?:on|of|about|regarding|concerning)\s+(?P<s>.+)",
        r"\b(?:topics?|issues?|questions?|subjects?|themes?|matters?)\s+of\s+(?P<s>.+)",
        r"\bto\s+(?:discuss|consider|examine|address|continue\s+(?:its\s+)?(?:discussions?|consideration)\s+(?:on|of))"
        r"\s+(?P<s>.+)",
        r"\bfocus(?:ing)?\s+on\s+(?P<s>.+)",
        r"\bthat\s+(?P<s>.+?)\s+(?:should\s+|would\s+|shall\s+)?be\s+(?:included|discussed|considered|addressed)\b",
    )
)
SUBJECT_END = re.compile(
    r"\s*(?:[;:]|\.(?:\s|$)|,\s+(?:and|while|which|as|so|with|in\s+order|noting|bearing|taking|including|recalling"
    r"|given|since|because|where|when|drawing|based|on\s+the\s+basis)\b"
    r"|\s+to\s+(?:the|this|that)\s+(?:Working\s+Group|Conference|Commission|Group|Meeting)\b"
    r"|\s+(?:in|on)\s+the\s+(?:provisional\s+)?agenda\b|\s+(?:for|with)\s+the\s+purpose\s+of\b"
    r"|\s+with\s+a\s+view\s+to\b|\s+in\s+order\s+to\b|\s+so\s+as\s+to\b"
    r"|\s+(?:should\s+|would\s+|shall\s+|could\s+|must\s+|will\s+)?be\s+(?:included|discussed|considered|addressed|examined|taken\s+up|placed|devoted)\b)",
    re.I,
)
ANAPHOR = re.compile(
    r"^(?:(?:this|that|these|those|such|the|its|their)(?:\s+(?:same|above|said|above-mentioned))?"
    r"\s+(?:issues?|matters?|topics?|questions?|subjects?|areas?|themes?|recommendations?|proposals?|work)"
    r"|it|them|(?:the\s+)?progress(?:\s+made)?|(?:the\s+)?(?:implementation|results?|outcomes?)(?:\s+thereof)?)$",
    re.I,
)
# "The importance of informal police networks was noted": the unit's own topic phrase.
_BE = r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been|could|would|should|remained|constituted)"
TOPICS = (
    re.compile(rf"^(?:the|an?)\s+(?P<np>.+?)\s+{_BE}\b", re.I),
    # "Some speakers noted that the protection of witnesses ... was a precondition"
    re.compile(
        r"^[\w\s,-]{0,60}?\b(?:noted|stated|observed|stressed|emphasized|emphasised|said|recalled|highlighted|"
        rf"considered|indicated|underlined|agreed)\s+that\s+(?:the\s+)?(?P<np>.+?)\s+{_BE}\b",
        re.I,
    ),
    # "requested the Secretariat to continue developing practical tools ..."
    re.compile(
        r"\b(?:requested|invited|encouraged|urged|asked|called\s+upon)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
        r"\s+to\s+(?:continue\s+(?:to\s+)?)?\w+\s+(?:the\s+)?(?P<np>.+)"
    ),
)
TOPIC_FRAME = re.compile(
    r"^(?:(?:value|importance|significance|need|role|usefulness|relevance|benefits?|issue|question|topic)\s+of\s+(?:the\s+)?)+",
    re.I,
)
NOT_A_TOPIC = re.compile(r"\bthat\b|[;:]|\b(?:noted|agreed|recommended|requested|decided|stated|said)\b", re.I)


def explicit_subject(sentence: str, match: re.Match) -> str:
    """What the sentence says the request is about, with the target phrase taken out; "" when
    it names no subject ("return to the matter") or only points back ("this issue" stays)."""
    left = TARGET_LEFT.search(sentence[: match.start()])
    start = left.start() if left else match.start()
    rest = f"{sentence[:start]} {sentence[match.end() :]}"
    for pattern in SUBJECT_PATTERNS:
        found = pattern.search(rest)
        if found:
            return _trim(found.group("s"))
    return ""


def _trim(text: str) -> str:
    end = SUBJECT_END.search(text)
    text = text[: end.start()] if end else text
    text = re.sub(r"\s*,\s*,", ",", " ".join(text.split()))
    text = re.sub(r"^(?:(?:a|an|the|more|in-depth|detailed|further)\s+)+", "", text, flags=re.I)
    return text.strip(" ,;:.")


def unit_topic(unit: Unit) -> str:
    """What a unit is about: the noun phrase it opens with ("The value of X was considered" -> X;
    "Speakers noted that X was ..." -> X; "requested the Secretariat to develop X" -> X), else its heading."""
    text = unit.text.strip()
    for pattern in TOPICS:
        found = pattern.search(text)
        if found and len(found.group("np").split()) <= 30 and not NOT_A_TOPIC.search(found.group("np")):
            return _trim(TOPIC_FRAME.sub("", found.group("np")))
    return unit.heading
