"""Where a meeting may show it took a request up: its headings, annex documents and paragraphs, scored."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from compare.analyse.followups.requests import SENTENCE_BREAK, find_requests
from compare.analyse.followups.terms import Subject, TermWeights, match_score, recall_score, subject_terms, terms
from compare.model import Meeting, Request
from compare.util.kept import Kept

MATCH_THRESHOLD = 0.35  # weighted F1 of a heading, document title or sentence against the subject
RECALL_THRESHOLD = 0.7  # share of the subject's weight a whole paragraph must carry
EVIDENCE_ORDER = ("section", "run-in heading", "annex", "paragraph")


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
    asking = frozenset(r.ref for r in (find_requests(meeting) if requests is None else requests))
    return _index(meeting, asking)


_kept = Kept(16)  # (meeting, asking, index) by the meeting's identity


def _index(meeting: Meeting, asking: frozenset[str]) -> MeetingIndex:
    """Kept for the run: a meeting is searched from each of the earlier meetings whose window it is in
    (found again by identity: hashing a whole meeting costs more than a look-up saves)."""
    kept = _kept.get(id(meeting))
    if kept and kept[0] is meeting and kept[1] == asking:
        return kept[2]
    candidates = [*_heading_candidates(meeting), *_annex_candidates(meeting)]
    candidates.extend(
        _candidate("paragraph", u.ref, u.section, u.text, paragraph=True) for u in meeting.units if u.ref not in asking
    )
    index = MeetingIndex(meeting.meeting_id, tuple(candidates), TermWeights(c.terms for c in candidates))
    _kept.put(id(meeting), (meeting, asking, index))
    return index


def _candidate(kind: str, ref: str, section: str, text: str, paragraph: bool = False) -> Candidate:
    if not paragraph:
        return Candidate(kind, ref, section, text, terms(text))
    sentences = _sentence_terms(text)
    return Candidate(kind, ref, section, text, frozenset().union(*sentences), sentences)


@functools.lru_cache(maxsize=8192)
def _sentence_terms(text: str) -> tuple[frozenset[str], ...]:
    return tuple(terms(s) for s in SENTENCE_BREAK.split(text))


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
    shared = (c for c in index.candidates if not c.terms.isdisjoint(subject.weights))  # the rest score 0
    scored = ((c, _score(c, subject, index.weight)) for c in shared)
    passing = [(c, s) for c, s in scored if s >= MATCH_THRESHOLD]
    if not passing:
        return None
    return min(passing, key=lambda cs: (EVIDENCE_ORDER.index(cs[0].kind), -cs[1]))
