"""The words that make a change matter: operative verbs and their ladder, modals, negations, actors,
target meetings and deadlines, figures, procedural headings."""

from __future__ import annotations

import re
from collections.abc import Iterable

from compare.util.ordinals import ORDINALS

ASKING = 3  # rungs from here up ask someone to act

# (rung, lemma, stem, word forms): the operative-verb ladder, weakest first; every form holds the stem
# (letters only), so a text without it (`folded`) has none of the forms
VERB_LADDER: tuple[tuple[int, str, str, str], ...] = (
    (1, "note", "not", r"(?:take|takes|took|taken|taking)\s+note"),
    (1, "note", "not", r"note|notes|noted|noting"),
    (1, "acknowledge", "acknowledg", r"acknowledg(?:e|es|ed|ing)"),
    (1, "welcome", "welcom", r"welcom(?:e|es|ed|ing)"),
    (1, "recall", "recall", r"recall|recalls|recalled|recalling"),
    (2, "recognize", "recogni", r"recogni[sz](?:e|es|ed|ing)"),
    (2, "stress", "stress", r"stress|stresses|stressed|stressing"),
    (2, "emphasize", "emphasi", r"emphasi[sz](?:e|es|ed|ing)"),
    (2, "underline", "underlin", r"underlin(?:e|es|ed|ing)"),
    (2, "highlight", "highlight", r"highlight|highlights|highlighted|highlighting"),
    (2, "reaffirm", "reaffirm", r"reaffirm|reaffirms|reaffirmed|reaffirming"),
    (3, "invite", "invit", r"invit(?:e|es|ed|ing)"),
    (3, "encourage", "encourag", r"encourag(?:e|es|ed|ing)"),
    (3, "recommend", "recommend", r"recommend|recommends|recommended|recommending"),
    (3, "propose", "propos", r"propos(?:e|es|ed|ing)"),
    (3, "suggest", "suggest", r"suggest|suggests|suggested|suggesting"),
    (4, "request", "request", r"request|requests|requested|requesting"),
    (4, "call upon", "call", r"(?:call|calls|called|calling)\s+(?:up)?on"),
    (5, "urge", "urg", r"urg(?:e|es|ed|ing)"),
    (5, "decide", "decid", r"decid(?:e|es|ed|ing)"),
)
RUNG_NAMES = {1: "noting", 2: "emphasis", 3: "invitation", 4: "request", 5: "urging or deciding"}

# lower case only, so the month "May" is not a modal
MODAL_STRENGTH = {"could": 1, "may": 1, "might": 1, "would": 1, "should": 2, "ought": 2, "shall": 3, "must": 3}
MODAL = re.compile(r"\b(could|may|might|would|should|ought|shall|must)\b")
NEGATION = re.compile(r"\b(?:not|no|never|cannot|neither|nor)\b|n't\b", re.I)
NOT_A_NEGATION = re.compile(r"\bnot\s+only\b|\bno\s+later\s+than\b|\bNo\.\s*\d", re.I)

# a verb form read as a noun or adjective: "a request", "upon request", "the requested State"
NOUN_BEFORE = (
    "a an the this these those such any each every its their his her our your upon of for on per no all "
    "both between extradition assistance cooperation formal informal outgoing incoming urgent pending "
    "several many few numerous multiple"
).split()
NOUN_AFTER = re.compile(r"\s+(?:for\b|by the\b|verbale\b|(?:and|or)\s+request(?:ed|ing)\b)", re.I)
# multi-word forms first, so "took note" is not read again as "note"
VERB_FORMS = tuple(
    (rung, lemma, stem, re.compile(rf"\b(?:{forms})\b", re.I))
    for rung, lemma, stem, forms in sorted(VERB_LADDER, key=lambda v: r"\s" not in v[3])
)
# what `re.I` matches beyond `str.lower`: "İ" and "ı" match "i", "ſ" matches "s" (every other letter folds as lower)
_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def folded(text: str) -> str:
    """`text` lower-cased as `re.I` compares letters: a stem missing from it is missing from the text in any case."""
    return text.translate(_FOLD).lower()


# a verb recited from an earlier text, not asked now: "had encouraged", "recalled that ... decided",
# "In its decision 3/2, the Conference decided" (compare.analyse.significance.recital)
RECALL = re.compile(r"\brecall(?:ed|ing)?\s+that\b", re.I)
RECITAL_OPENING = re.compile(r"\W*(?:In|By|Under)\s+(?:its|their)\s+(?:resolution|decision)", re.I)

# (canonical actor, pattern, words), most specific first; every match is blanked before the next pattern runs.
# Every match holds one of the words (without spaces, as written): a text without any names no such actor.
ACTORS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("the Conference", r"Conference of the (?:States )?Parties|\bConference\b(?!s)", ("Conference",)),
    ("the Conferences", r"\bConferences\b", ("Conferences",)),
    (
        "the Secretariat (UNODC)",
        r"\bSecretariat\b|\bUNODC\b|United Nations Office on Drugs and Crime|Executive Director",
        ("Secretariat", "UNODC", "Drugs", "Director"),
    ),
    (
        "the Commission",
        r"Commission on Crime Prevention and Criminal Justice|(?<=the )Commission\b|\bCCPCJ\b",
        ("Commission", "CCPCJ"),
    ),
    ("the General Assembly", r"General Assembly", ("Assembly",)),
    ("the Economic and Social Council", r"Economic and Social Council", ("Economic",)),
    ("Member States", r"\bMember States?\b", ("Member",)),
    ("States parties", r"\bStates? [Pp]art(?:y|ies)\b", ("State",)),
    ("the Working Groups", r"\bWorking Groups\b", ("Groups",)),
    ("the Working Group", r"\bWorking Group(?: of Government Experts)?\b", ("Working",)),
    ("the Chair", r"\bChair(?:person|man|woman)?s?\b", ("Chair",)),
    ("Governments", r"\bGovernments?\b", ("Government",)),
    (
        "civil society",
        r"[Nn]on-governmental organi[sz]ations?|\bNGOs?\b|civil society",
        ("on-governmental", "NGO", "society"),
    ),
    ("international organizations", r"(?:international|regional|intergovernmental) organi[sz]ations?", ("organi",)),
    ("States", r"(?<!United )\bStates\b", ("States",)),
)
ACTOR_PATTERNS = tuple((name, re.compile(pattern), words) for name, pattern, words in ACTORS)


def _trie(words: Iterable[str]) -> str:
    """A regular expression (no groups) for any of `words`, as a trie of their letters: the same
    matches as their alternation where at most one word can match at a place, without trying the
    hundreds of words one by one at every word boundary."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(trie)


def _branches(node: dict) -> str:
    branches = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body  # a word ends here: what follows is optional


def ordinal_target(ordinal: str) -> re.Pattern:
    """ "fifth meeting", "6th sessions of the Conference": an ordinal written as `ordinal` (a regular
    expression without groups), "meeting" or "session", and the parent body if one is named."""
    parent = r"(\s+of\s+the\s+(?:Conference|Commission|General Assembly)\b)?"
    return re.compile(rf"\b({ordinal})\s+(meeting|session)s?\b{parent}", re.I)


# util.ordinals.ORDINAL_PATTERN as a trie: the ordinal is followed by "meeting" or "session", so at most
# one ordinal word can match at a place and the longest-first alternation and the trie find the same
ORDINAL_TARGET = ordinal_target("(?:" + _trie(ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))")
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
