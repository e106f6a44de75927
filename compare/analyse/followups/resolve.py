"""Resolving requests: each looked for in the later meeting(s) it points at."""

from __future__ import annotations

from collections.abc import Sequence

from compare.analyse.followups.evidence import find_evidence, index_meeting
from compare.model import FollowUp, FollowUpStatus, Meeting, Request

FUTURE_HORIZON = 3  # "future meetings": how many of the next meetings are searched


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
