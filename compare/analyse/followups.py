"""Follow-through: what a report asks of a later meeting, and whether that meeting took it up.

A request is a sentence of a unit that names a later meeting of the same body
("the fifth meeting of the Working Group", "its next session", "future
meetings") and asks for something there: an agenda item, a background paper, a
discussion, a report. `find_requests` reads them from one Meeting;
`follow_up` looks for each in the meeting it points at and says `taken-up`
(with the evidence), `not-taken-up`, or `pending` when that meeting is not in
the corpus. Matching is by subject words: a heading, an annex document or a
sentence of the target must carry the subject's head words ("police-to-police
cooperation" of "police-to-police cooperation and cooperation between police
and ...") and enough of the rest, weighted by how rare each word is there.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from compare.model import FollowUp, FollowUpStatus, Meeting, Request, Unit
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
# A sentence that only says when or where the meeting is held asks nothing of it.
HOLDING = re.compile(r"\b(?:be\s+|being\s+)?(?:held|convened|scheduled|take\s+place)\b", re.I)
NOT_A_TOPIC = re.compile(r"\bthat\b|[;:]|\b(?:noted|agreed|recommended|requested|decided|stated|said)\b", re.I)
SENTENCE_BREAK = re.compile(r"(?<=[.;!?])\s+(?=[A-Z“\"(])")

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
_SUFFIXES = (
    "izations", "ization", "ational", "ations", "ation", "ators", "ator", "ating", "ated", "ates", "ate",
    "ings", "ing", "ions", "ion", "ial", "ally", "al", "ary", "ive", "ed", "ly", "er", "e", "y",
)  # fmt: skip
MIN_STEM = 4
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
MATCH_THRESHOLD = 0.35  # weighted F1 of a heading, document title or sentence against the subject
RECALL_THRESHOLD = 0.7  # share of the subject's weight a whole paragraph must carry
EVIDENCE_ORDER = ("section", "run-in heading", "annex", "paragraph")
FUTURE_HORIZON = 3  # "future meetings": how many of the next meetings are searched




# --- finding requests --------------------------------------------------------------------


def find_requests(meeting: Meeting) -> tuple[Request, ...]:
    """Every forward-looking request in `meeting`, in unit order."""
    lead_ins = {u.paragraph: u for u in meeting.units if u.is_lead_in}
    requests: list[Request] = []
    for unit in meeting.units:
        lead_in = lead_ins.get(unit.paragraph) if unit.item else None
        implied = unit.is_recommendation or bool(lead_in and REQUEST_CUE.search(lead_in.text))
        for sentence in SENTENCE_BREAK.split(unit.text):
            requests.extend(_requests_in(sentence, unit, meeting, implied))
    return tuple(requests)


def _requests_in(sentence: str, unit: Unit, meeting: Meeting, implied: bool) -> list[Request]:
    lowered = sentence.lower()
    if "meeting" not in lowered and "session" not in lowered:
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


# --- subject matching --------------------------------------------------------------------


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude suffix stripper: enough to meet "coordination" with "coordinated"."""
    word = word[:-3] + "y" if word.endswith("ies") and len(word) > 4 else word
    word = word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > MIN_STEM else word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            return word[: -len(suffix)]
    return word


def terms(text: str) -> frozenset[str]:
    """Content-word stems of `text` (hyphenated words split)."""
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


# --- where a meeting may show it took a request up ---------------------------------------


@dataclass(frozen=True)
class Candidate:
    """A place in a meeting that may be evidence: a heading, an annex document, a paragraph."""

    kind: str  # one of EVIDENCE_ORDER
    ref: str  # the first unit under a heading, the document symbol, the paragraph's ref
    section: str
    text: str
    terms: frozenset[str]
    sentences: tuple[frozenset[str], ...] = ()  # a paragraph's sentences, scored one by one


@dataclass(frozen=True)
class MeetingIndex:
    """A meeting's candidates and how much each word weighs there (rarer words weigh more)."""

    meeting_id: str
    candidates: tuple[Candidate, ...]
    weight: TermWeights


def index_meeting(meeting: Meeting, requests: Iterable[Request] | None = None) -> MeetingIndex:
    """The evidence candidates of `meeting`. A paragraph that itself asks something of a later
    meeting (`requests`, found when not given) is left out: a request repeated is no sign
    that it was taken up."""
    asking = {r.ref for r in (find_requests(meeting) if requests is None else requests)}
    candidates = [*_heading_candidates(meeting), *_annex_candidates(meeting)]
    candidates.extend(
        _candidate("paragraph", u.ref, u.section, u.text, paragraph=True) for u in meeting.units if u.ref not in asking
    )
    return MeetingIndex(meeting.meeting_id, tuple(candidates), TermWeights(c.terms for c in candidates))


def _candidate(kind: str, ref: str, section: str, text: str, paragraph: bool = False) -> Candidate:
    if not paragraph:
        return Candidate(kind, ref, section, text, terms(text))
    sentences = tuple(terms(s) for s in SENTENCE_BREAK.split(text))
    return Candidate(kind, ref, section, text, frozenset().union(*sentences), sentences)


def _heading_candidates(meeting: Meeting) -> list[Candidate]:
    found: list[Candidate] = []
    seen: set[str] = set()
    for section in meeting.sections:
        if not section.title or section.title in seen:
            continue
        seen.add(section.title)
        under = (
            u for u in meeting.units if (u.heading == section.title if section.run_in else u.section == section.id)
        )
        first = next(under, None)
        kind = "run-in heading" if section.run_in else "section"
        found.append(_candidate(kind, first.ref if first else "", section.id, section.title))
    for unit in meeting.units:
        if unit.heading and unit.heading not in seen:
            seen.add(unit.heading)
            found.append(_candidate("run-in heading", unit.ref, unit.section, unit.heading))
    return found


def _annex_candidates(meeting: Meeting) -> list[Candidate]:
    found = []
    for table in meeting.annex:
        title_at = _column(table.columns, ("title", "description"))
        symbol_at = _column(table.columns, ("symbol", "document"))
        for row in table.rows:
            title = row[title_at] if title_at is not None and title_at < len(row) else max(row, key=len, default="")
            symbol = row[symbol_at] if symbol_at is not None and symbol_at < len(row) else (row[0] if row else "")
            found.append(_candidate("annex", symbol, "annex", title))
    return found


def _column(columns: Sequence[str], names: Sequence[str]) -> int | None:
    return next((i for i, c in enumerate(columns) if any(n in c.lower() for n in names)), None)


class TermWeights(dict):
    """Smooth inverse document frequency, 1 + ln((1 + N) / (1 + df)), by term: rarer words
    weigh more, and a word the meeting never uses weighs most."""

    def __init__(self, term_sets: Iterable[frozenset[str]]):
        counts: dict[str, int] = {}
        total = 0
        for found in term_sets:
            total += 1
            for term in found:
                counts[term] = counts.get(term, 0) + 1
        super().__init__({term: 1.0 + math.log((1 + total) / (1 + n)) for term, n in counts.items()})
        self.unseen = 1.0 + math.log(1 + total)

    def __missing__(self, term: str) -> float:
        return self.unseen


def _score(candidate: Candidate, subject: Subject, weight: Mapping[str, float]) -> float:
    if not candidate.sentences:
        return match_score(subject, candidate.terms, weight)
    by_sentence = max(match_score(subject, s, weight) for s in candidate.sentences)
    recall = recall_score(subject, candidate.terms)
    return max(by_sentence, recall if recall >= RECALL_THRESHOLD else 0.0)


def find_evidence(subject_text: str, index: MeetingIndex) -> tuple[Candidate, float] | None:
    """The best place in a meeting that covers the subject: a heading first, then an annex
    document, then a paragraph; None when nothing reaches MATCH_THRESHOLD."""
    subject = subject_terms(subject_text, index.weight)
    if not subject.weights:
        return None
    scored = ((c, _score(c, subject, index.weight)) for c in index.candidates)
    passing = [(c, s) for c, s in scored if s >= MATCH_THRESHOLD]
    if not passing:
        return None
    return min(passing, key=lambda cs: (EVIDENCE_ORDER.index(cs[0].kind), -cs[1]))


# --- resolving requests against the corpus -----------------------------------------------


def search_window(source: Meeting, requests: Sequence[Request], later: Sequence[Meeting]) -> tuple[Meeting, ...]:
    """The later meetings `source`'s requests can point at, in date order: the next FUTURE_HORIZON
    and the first meeting of each ordinal named. `resolve_requests` over this window gives what it
    gives over all of `later`, and the window changes only when one of those meetings does."""
    named = {r.target_ordinal for r in requests if r.relative == "ordinal"}
    firsts = [next((m for m in later if m.session == n), None) for n in sorted(named)]
    chosen = {id(m) for m in (*later[:FUTURE_HORIZON], *firsts) if m is not None}
    return tuple(m for m in later if id(m) in chosen)


def resolve_requests(
    source: Meeting,
    requests: Sequence[Request],
    window: Sequence[Meeting],
    window_requests: Sequence[Sequence[Request]],
) -> tuple[FollowUp, ...]:
    """Each of `source`'s requests looked for in the meetings of `window` (see `search_window`);
    `window_requests` are each window meeting's own requests, which are not evidence."""
    indexes = {m.meeting_id: index_meeting(m, found) for m, found in zip(window, window_requests, strict=True)}
    return tuple(resolve(r, source, window, lambda m: indexes[m.meeting_id]) for r in requests)


def resolve(request: Request, source: Meeting, later: Sequence[Meeting], index_of=index_meeting) -> FollowUp:
    """Look for `request` in the meeting(s) it names among `later` (its body's later meetings in
    date order); `index_of` turns a meeting into its MeetingIndex (pass a cached one)."""
    targets, session = target_meetings(request, source, later)
    if not targets:
        return FollowUp(request=request, status=FollowUpStatus.PENDING, target_session=session)
    for target in targets:
        found = find_evidence(request.subject, index_of(target))
        if found:
            candidate, score = found
            return FollowUp(
                request=request,
                status=FollowUpStatus.TAKEN_UP,
                target_session=session,
                target_meeting=targets[0].meeting_id,
                evidence_meeting=target.meeting_id,
                evidence_ref=candidate.ref,
                evidence_section=candidate.section,
                evidence_kind=candidate.kind,
                evidence_text=candidate.text,
                score=round(score, 3),
            )
    return FollowUp(
        request=request,
        status=FollowUpStatus.NOT_TAKEN_UP,
        target_session=session,
        target_meeting=targets[0].meeting_id,
    )


def target_meetings(request: Request, source: Meeting, later: Sequence[Meeting]) -> tuple[list[Meeting], int]:
    """The meetings to search, and the session the request points at (0 when unknown).

    An ordinal names one session; "next meeting" is the next in the timeline
    unless the sessions show one is missing between; "future meetings" are the
    next FUTURE_HORIZON meetings.
    """
    if request.relative == "ordinal":
        return [m for m in later if m.session == request.target_ordinal][:1], request.target_ordinal
    session = source.session + 1 if source.session else (later[0].session if later else 0)
    if not later:
        return [], session
    if request.relative == "future":
        return list(later[:FUTURE_HORIZON]), session
    follows = not source.session or later[0].session in (0, source.session + 1)
    return ([later[0]] if follows else []), session
