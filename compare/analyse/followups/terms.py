"""Subject matching: content-word stems, their weights in a meeting (smooth IDF) and weighted scores."""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import chain

from compare.analyse.followups.stemmer import stem

STOPWORDS = frozenset(
    """a an the and or of on in to for at by with from as into onto about among between within through
    its their his her this that these those such it them they there here which who whom whose what when
    be is are was were been being has have had do does did should would shall could can may might must will
    not no nor also more most other others any all each some several various many much further very
    depth including include included regarding concerning relating related
    working group meeting meetings session sessions conference parties convention secretariat
    agenda item items report reports paper papers background note prepared document documents
    discussion discussions issue issues matter matters topic topics question questions
    speakers states speaker state member level purpose possible relevant effective importance value role
    united nations""".split()
)
WORD = re.compile(r"[a-z]{3,}")

HEAD_END = re.compile(
    r"\s(?:among|between|for|in|on|at|with|and|or|to|by|from|against|through|within|into|under|concerning|regarding"
    r"|including|involving|where|which|that)\s",
    re.I,
)
# "use of X", "role of X": the head of the subject is X.
HEAD_FRAME = re.compile(
    r"^(?:the\s+)?(?:(?:use|application|implementation|role|importance|value|need|ways?|means|possibility|promotion"
    r"|strengthening|development|experiences?|question|issue|topic|(?:practical\s+)?examples|information|data|progress"
    r"|status|overview|summary)\s+(?:of|on)\s+(?:the\s+)?)+",
    re.I,
)


@functools.lru_cache(maxsize=32768)
def terms(text: str) -> frozenset[str]:
    """Content-word stems of `text` (hyphenated words split); kept for the run, as a unit's text is
    read again in every meeting it stays unchanged and in each search window it falls in."""
    return frozenset(stem(w) for w in WORD.findall(text.lower()) if w not in STOPWORDS)


@dataclass(frozen=True)
class Subject:
    """A subject's terms with their weights in one meeting, and its head terms
    ("police-to-police cooperation" of "police-to-police cooperation and cooperation between ...")."""

    weights: dict[str, float]
    head: frozenset[str]

    @property
    def total(self) -> float:
        return math.fsum(self.weights.values())

    def covered_by(self, shared: frozenset[str]) -> bool:
        """Whether `shared` holds the head (two thirds of it when it has over three terms) and
        two terms (every term when the subject has fewer)."""
        needed = len(self.head) if len(self.head) <= 3 else math.ceil(len(self.head) * 2 / 3)
        return bool(shared) and len(shared & self.head) >= needed and len(shared) >= min(2, len(self.weights))


def subject_terms(subject: str, weight: Mapping[str, float]) -> Subject:
    words = terms(subject)
    head_text = HEAD_END.split(f" {HEAD_FRAME.sub('', subject)} ", maxsplit=1)[0]
    head = terms(head_text) or words
    return Subject({t: weight[t] for t in sorted(words)}, head)


def match_score(subject: Subject, found: frozenset[str], weight: Mapping[str, float]) -> float:
    """Weighted F1 of a text's terms `found` against the subject; 0 unless they cover it."""
    shared = found & subject.weights.keys()
    if not subject.covered_by(shared):
        return 0.0
    matched = math.fsum(subject.weights[t] for t in shared)
    precision = matched / math.fsum(weight[t] for t in found)
    recall = matched / subject.total
    return 2 * precision * recall / (precision + recall)


def recall_score(subject: Subject, found: frozenset[str]) -> float:
    """Share of the subject's weight that a text's terms `found` carry; 0 unless they cover it."""
    shared = found & subject.weights.keys()
    if not subject.covered_by(shared):
        return 0.0
    return math.fsum(subject.weights[t] for t in shared) / subject.total


class TermWeights(dict):
    """Smooth inverse document frequency, 1 + ln((1 + N) / (1 + df)), by term: rarer words
    weigh more, and a word the meeting never uses weighs most."""

    def __init__(self, term_sets: Iterable[frozenset[str]]):
        term_sets = list(term_sets)
        total = len(term_sets)
        counts = Counter(chain.from_iterable(term_sets))  # terms in the order first seen, as a dict keeps them
        super().__init__({term: 1.0 + math.log((1 + total) / (1 + n)) for term, n in counts.items()})
        self.unseen = 1.0 + math.log(1 + total)

    def __missing__(self, term: str) -> float:
        return self.unseen
