"""Unit -> theme: one primary theme per unit, the others it touches, and why.

Signals, strongest first:

1. The heading the unit sits under: its run-in heading ("Videoconferencing
   (article 18, paragraph 18)"), else its sub-chapter, else its chapter; the
   most specific heading that names any theme speaks. A heading that names
   one theme clearly decides, whatever else the unit mentions. A heading that
   names several ("... article 16, article 18, ... and article 21") only
   tips the balance between the themes it names. Procedural headings
   ("Introduction", "Opening of the meeting") decide too, unless the unit's
   own words clearly name one topic and no procedure.
2. The unit's own citations of Convention articles and its keywords
   (`compare.analyse.evidence`): under a heading with no topic ("Conclusions and
   recommendations") the unit's own words decide.
3. Its neighbours, when the unit itself says nothing a theme recognises: the
   themes that the lead-in of its list and the adjacent units under the same
   heading got from steps 1 and 2 (a lead-in also looks at its first item).
4. Failing all that: the topic the body's own name announces ("... on
   Technical Assistance"), else the nearest unit's theme.

Ties go to the theme mentioned first in the unit, then to taxonomy order.
`theme_reason` says in a few words which signal decided.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from compare.analyse.evidence import Context, Evidence, Index, compile_taxonomy, gather, meeting_context
from compare.analyse.taxonomy import describe_taxonomy, load_taxonomy, parse_taxonomy
from compare.ingest.extract import references as cited_in
from compare.model import Meeting, Section, Theme, Unit, updated

__all__ = ["assign_themes", "describe_taxonomy", "load_taxonomy", "parse_taxonomy", "unit_themes", "with_themes"]

STRONG = 1.0  # a theme needs this much evidence to count (one keyword; a share of an article cite does not)
DOMINANT = 3.0  # own evidence for one topic that outweighs a procedural heading
HEADING_NUDGE = 0.5  # what a heading naming several themes adds to each of them


@dataclass(frozen=True)
class HeadingSignal:
    """The most specific heading over a unit that names any theme."""

    text: str
    evidence: Evidence
    decisive: str  # the theme it clearly names, or "" when it names several
    chapter: str = ""  # the chapter numeral when the signal is a chapter title


@dataclass(frozen=True)
class Verdict:
    theme: str
    reason: str


UnitTheme = tuple[str, tuple[str, ...], str]  # a unit's theme, its secondary themes, and why


def assign_themes(meeting: Meeting, taxonomy: Sequence[Theme]) -> Meeting:
    """A copy of `meeting` whose every unit has a theme, secondary themes and a reason."""
    return with_themes(meeting, unit_themes(meeting, taxonomy))


def with_themes(meeting: Meeting, themes: Sequence[UnitTheme]) -> Meeting:
    """A copy of `meeting` with the themes of `unit_themes` set on its units."""
    units = (
        updated(unit, theme=sys.intern(theme), secondary_themes=tuple(map(sys.intern, secondary)), theme_reason=reason)
        for unit, (theme, secondary, reason) in zip(meeting.units, themes, strict=True)
    )  # theme ids interned: a worker's come back as copies, one per unit
    return replace(meeting, units=tuple(units))


def unit_themes(meeting: Meeting, taxonomy: Sequence[Theme]) -> tuple[UnitTheme, ...]:
    """Each unit's theme, secondary themes and reason, in the order of `meeting.units` (what a worker
    sends back: not the whole meeting)."""
    if not taxonomy:
        raise ValueError("an empty taxonomy cannot theme a meeting")
    index = compile_taxonomy(tuple(taxonomy))
    context = meeting_context(meeting)
    units = meeting.units
    own = [gather(u.text, u.references, index, context) for u in units]
    titles = _section_titles(meeting.sections)
    signal_of: dict[tuple[str, str], HeadingSignal | None] = {}
    for unit in units:
        place = (unit.section, unit.heading)
        if place not in signal_of:
            signal_of[place] = heading_signal(unit, titles, index, context)
    signals = [signal_of[(u.section, u.heading)] for u in units]
    alone = [_decide_alone(evidence, signal, index) for evidence, signal in zip(own, signals, strict=True)]
    verdicts = [v or _from_neighbours(i, units, alone, signals[i], index) for i, v in enumerate(alone)]
    body_prior = _body_prior(meeting, index)
    verdicts = [v or _fallback(i, verdicts, units, body_prior, index) for i, v in enumerate(verdicts)]
    return tuple((v.theme, _secondary(evidence, v.theme), v.reason) for evidence, v in zip(own, verdicts, strict=True))


def _section_titles(sections: Iterable[Section]) -> dict[str, str]:
    titles: dict[str, str] = {}
    for section in sections:
        if not section.run_in:
            titles.setdefault(section.id, section.title)
    return titles


def heading_signal(unit: Unit, titles: dict[str, str], index: Index, context: Context) -> HeadingSignal | None:
    """Walk from the unit's own heading up to its chapter; the first that names a theme speaks.

    A procedural heading inside a topical one ("Introduction" under "B. Electronic evidence") gives way to it.
    """
    chapter = unit.section.split(".")[0]
    levels = [(unit.heading, ""), (titles.get(unit.section, ""), ""), (titles.get(chapter, ""), chapter)]
    found: HeadingSignal | None = None
    seen: set[str] = set()
    for text, numeral in levels:
        if not text or text in seen:
            continue
        seen.add(text)
        evidence = gather(text, cited_in(text), index, context, heading=True)
        strong = [t for t in evidence.ranked(index.order) if evidence.score(t) >= STRONG]
        if not strong:
            continue
        signal = HeadingSignal(text=text, evidence=evidence, decisive=_clear_winner(evidence, strong), chapter=numeral)
        if found is None:
            found = signal
        elif signal.decisive and signal.decisive not in index.procedural:
            return signal
        if not (found.decisive and found.decisive in index.procedural):
            return found
    return found


def _clear_winner(evidence: Evidence, strong: list[str]) -> str:
    """The theme a heading is about, or "" when it names several on a par."""
    if len(strong) == 1:
        return strong[0]
    if len(strong) == 2 and evidence.score(strong[0]) >= 2 * evidence.score(strong[1]):
        return strong[0]
    return ""


def _decide_alone(evidence: Evidence, signal: HeadingSignal | None, index: Index) -> Verdict | None:
    """What the unit's heading and its own words decide; None when they say nothing."""
    if signal and signal.decisive:
        return _under_heading(evidence, signal, index)
    if _best(evidence) >= STRONG:
        theme = _nudged(evidence, signal).ranked(index.order)[0]
        return Verdict(theme, own_reason(evidence, theme))
    return None


def _from_neighbours(position: int, units, alone: list[Verdict | None], signal, index: Index) -> Verdict | None:
    """For a unit that says nothing itself: the themes its neighbours got, within what its heading names."""
    candidates = _candidates(signal, index)
    neighbours = [
        i for i in _neighbours(position, units) if alone[i] and (not candidates or alone[i].theme in candidates)
    ]
    votes = Evidence()
    for rank, other in enumerate(neighbours):
        votes.add(alone[other].theme, 1.0, rank)
    if votes.scores:
        theme = votes.ranked(index.order)[0]
        used = [units[i].ref for i in neighbours if alone[i].theme == theme]
        return Verdict(theme, f"neighbours (paragraph{'s' if len(used) > 1 else ''} {_join(used)})")
    if candidates:
        return Verdict(candidates[0], f"heading '{_short(signal.text)}'")
    return None


def _candidates(signal: HeadingSignal | None, index: Index) -> list[str]:
    if signal is None:
        return []
    return [t for t in signal.evidence.ranked(index.order) if signal.evidence.score(t) >= STRONG]


def _neighbours(position: int, units) -> list[int]:
    """The lead-in of the unit's list, then the units before and after it under the same heading.

    A lead-in's first item counts whatever its heading: a list's run-in headings often start after the lead-in.
    """
    unit = units[position]
    picked: list[int] = []
    if unit.item:
        lead_in = next((i for i in range(position - 1, -1, -1) if units[i].ref == str(unit.paragraph)), None)
        if lead_in is not None:
            picked.append(lead_in)
    for other in (position - 1, position + 1):
        if other in picked or not 0 <= other < len(units):
            continue
        first_item = unit.is_lead_in and other == position + 1
        if first_item or _same_place(units[other], unit):
            picked.append(other)
    return picked


def _under_heading(evidence: Evidence, signal: HeadingSignal, index: Index) -> Verdict:
    theme = signal.decisive
    if theme not in index.procedural:
        return Verdict(theme, f"heading '{_short(signal.text)}'")
    topic = _dominant_topic(evidence, index)
    where = f"{'chapter ' + signal.chapter if signal.chapter else 'heading'} '{_short(signal.text)}'"
    if topic:
        return Verdict(topic, f"{own_reason(evidence, topic)} (outweighs procedural {where})")
    return Verdict(theme, f"procedural {where}")


def _dominant_topic(evidence: Evidence, index: Index) -> str:
    """The one topic a unit clearly speaks of, strongly enough to override a procedural heading.

    A unit that uses procedural words itself ("opened the meeting", "statements were made") stays procedural.
    """
    if any(evidence.score(t) > 0 for t in index.procedural):
        return ""
    topics = [t for t in evidence.ranked(index.order) if t not in index.procedural]
    if not topics or evidence.score(topics[0]) < DOMINANT:
        return ""
    runner_up = evidence.score(topics[1]) if len(topics) > 1 else 0.0
    return topics[0] if evidence.score(topics[0]) >= 2 * runner_up else ""


def _nudged(evidence: Evidence, signal: HeadingSignal | None) -> Evidence:
    if signal is None:
        return evidence
    candidates = Evidence()
    for theme_id in signal.evidence.scores:
        if signal.evidence.score(theme_id) >= STRONG:
            candidates.add(theme_id, HEADING_NUDGE, 0)
    return evidence.merged(candidates)


def _best(evidence: Evidence) -> float:
    return max(evidence.scores.values(), default=0.0)


def _same_place(a: Unit, b: Unit) -> bool:
    return a.section == b.section and a.heading == b.heading


def _fallback(position: int, verdicts: list[Verdict | None], units, body_prior: str, index: Index) -> Verdict:
    """For a unit nothing speaks for: the topic the body's name announces, else the nearest unit's theme."""
    if body_prior:
        return Verdict(body_prior, "no signal in the unit; the body's name")
    before = [i for i in range(position - 1, -1, -1) if verdicts[i]]
    after = [i for i in range(position + 1, len(verdicts)) if verdicts[i]]
    for nearest in before[:1] or after[:1]:
        return Verdict(verdicts[nearest].theme, f"no signal; as paragraph {units[nearest].ref}")
    return Verdict(index.themes[0].id, "no signal")


def _body_prior(meeting: Meeting, index: Index) -> str:
    """The topic a body's own name announces ("... on Technical Assistance"), if any."""
    unblanked = Context(home="untoc", blank=())
    evidence = gather(meeting.body, (), index, unblanked)
    ranked = [t for t in evidence.ranked(index.order) if t not in index.procedural]
    return ranked[0] if ranked else ""


def _secondary(evidence: Evidence, primary: str) -> tuple[str, ...]:
    others = [(-s, t) for t, s in evidence.scores.items() if s >= STRONG and t != primary]
    return tuple(t for _, t in sorted(others))


def own_reason(evidence: Evidence, theme: str) -> str:
    """What a unit itself says for `theme`, as "cites article 16; keywords: extradition x3"."""
    parts = []
    articles = list(dict.fromkeys(evidence.articles.get(theme, ())))
    if articles:
        parts.append("cites " + ", ".join(articles))
    words = evidence.words.get(theme)
    if words:
        common = sorted(words.items(), key=lambda item: (-item[1], item[0]))[:3]
        parts.append("keywords: " + ", ".join(f"{word} x{count}" for word, count in common))
    return "; ".join(parts) or "own words"


def _join(refs: list[str]) -> str:
    return refs[0] if len(refs) == 1 else ", ".join(refs[:-1]) + " and " + refs[-1]


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
