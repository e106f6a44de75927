"""Blocks -> Meeting: where UN report conventions live.

The work happens in three passes:

1. `compare.ingest.segments`: blocks are cut into lines, page furniture is
   set aside (and kept), hard wraps and hyphenation are healed, and the text
   is cut wherever a label may start, inside a line too.
2. `compare.ingest.structure`: a state machine walks the segments and
   recognises chapters, sub-chapters, numbered sub-headings, run-in
   headings, numbered paragraphs, items, the annex and footnotes, taking a
   label only when it continues its sequence.
3. metadata, extraction and the structure audit (`compare.ingest.metadata`,
   `compare.ingest.extract`, `compare.ingest.audit`).
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

from compare.ingest import audit, extract, metadata
from compare.ingest.furniture import Vocabulary
from compare.ingest.readers import file_digest, read_blocks
from compare.ingest.segments import clean as _clean
from compare.ingest.segments import read_segments
from compare.ingest.structure import Structurer
from compare.model import Block, Meeting, Unit
from compare.util.errors import NotAReport, ReportTooLarge

MAX_UNITS = 2000  # keeps alignment (all pairs of two meetings) within seconds and memory
FOOTNOTE_MARK = re.compile(r"\[\^(\w{1,4})\]")
# A heading of recommendations: "Recommendations", "Conclusions and recommendations", "Recommendations of
# the Working Group"; not a topic that mentions them ("Implementation of the recommendations of ...").
RECOMMENDATION_HEADING = re.compile(
    r"^\s*(?:\d{1,2}\.\s+)?(?:(?:summary|list) of (?:the )?)?(?:(?:main|key|general|agreed) )?"
    r"(?:(?:conclusions?|outcomes?|findings)\s+and\s+)?recommendations?\b",
    re.I,
)
# A paragraph that only introduces the recommendations that follow it as paragraphs of their own.
RECOMMENDATION_INTRO = re.compile(r"\bfollowing (?:conclusions and )?recommendations\b", re.I)
RECOMMENDATION_LEAD_IN = re.compile(r"recommend", re.I)


def _mark_lead_ins_and_recommendations(raw_units: list[dict]) -> list[dict]:
    """A paragraph followed by its items is a lead-in; recommendation flags per the contract."""
    lead_in_refs = {u["ref"].split("(")[0] for u in raw_units if u["item"]}
    by_ref = {u["ref"]: u for u in raw_units}
    headings: dict[tuple[str, str, str], bool] = {}  # the units under one heading share them: each read once
    for unit in raw_units:
        unit["is_lead_in"] = not unit["item"] and unit["ref"] in lead_in_refs
        titles = (unit["chapter_title"], unit["sub_title"], unit["heading"])
        if titles not in headings:
            headings[titles] = any(RECOMMENDATION_HEADING.search(title or "") for title in titles)
        under_heading = headings[titles]
        introduces = len(unit["text"]) < 400 and bool(RECOMMENDATION_INTRO.search(unit["text"]))
        if unit["item"]:
            lead_in = by_ref.get(unit["ref"].split("(")[0], {}).get("text", "")
            unit["is_recommendation"] = under_heading or bool(
                RECOMMENDATION_LEAD_IN.search(lead_in) and lead_in.rstrip().endswith(":")
            )
        else:
            unit["is_recommendation"] = under_heading and not unit["is_lead_in"] and not introduces
    return raw_units


def _finish_unit(raw: dict) -> Unit:
    text = _clean(raw["text"])
    marks = tuple(FOOTNOTE_MARK.findall(text)) if "[^" in text else ()
    text = (_clean(FOOTNOTE_MARK.sub("", text)) if marks else text).replace(" .", ".").replace(" ,", ",")
    return Unit(
        ref=raw["ref"],
        paragraph=raw["paragraph"],
        item=raw["item"],
        section=raw["section"],
        heading=raw["heading"],
        text=text,
        is_recommendation=raw["is_recommendation"],
        is_lead_in=raw["is_lead_in"],
        footnotes=marks,
        references=extract.references(text),
    )


def normalise_blocks(blocks: list[Block], *, source: str, source_sha256: str = "") -> Meeting:
    """Turn a reader's blocks into a Meeting; raise NotAReport when no numbered paragraph is found."""
    vocabulary = Vocabulary(blocks)
    reading = read_segments(blocks, vocabulary)
    segs = reading.segments
    structurer = Structurer(vocabulary=vocabulary)
    for index, segment in enumerate(segs):
        structurer.feed(segment, segs[index + 1] if index + 1 < len(segs) else None)
    if not structurer.units:
        raise NotAReport(source, "no numbered paragraphs found (is this a meeting report?)")
    if len(structurer.units) > MAX_UNITS:
        raise ReportTooLarge(
            source, f"{len(structurer.units)} paragraphs and items; the limit is {MAX_UNITS} (a report has 50 to 300)"
        )
    units = tuple(_finish_unit(u) for u in _mark_lead_ins_and_recommendations(structurer.finished_units()))
    footnotes = tuple(
        replace(f, unit_ref=next((u.ref for u in units if f.mark in u.footnotes), "")) for f in structurer.footnotes
    )
    preamble = [s.text for s in structurer.preamble]
    front = metadata.front_matter(preamble)
    meta = metadata.extract_metadata([t for t in preamble if "wgcompare-normalised:" not in t], units)
    name = front.get("source", source)
    meeting = Meeting(
        **meta,
        source=name,
        source_sha256=front.get("source_sha256", source_sha256),
        sample=reading.sample,
        sections=structurer.finished_sections(),
        units=units,
        annex=structurer.annex_table(),
        footnotes=footnotes,
        states=extract.states(units),
        panellists=extract.panellists(units),
        warnings=audit.metadata_warnings(name, meta)
        + audit.structure_warnings(name, units, preamble if not front else [], structurer.events),
        furniture=tuple(reading.furniture),
        front_matter=tuple(json.loads(front.get("front_matter", "[]"))) if front else tuple(preamble),
    )
    return replace(meeting, meeting_id=metadata.meeting_id(meeting))


def normalise_report(path: Path, sha256: str) -> Meeting:
    """Read and normalise one report file whose bytes have the SHA-256 `sha256`."""
    blocks = read_blocks(path)
    try:
        meeting = normalise_blocks(blocks, source=path.name, source_sha256=sha256)
        read = tuple(f"{path.name}: {warning}" for warning in blocks.warnings)
        return replace(meeting, warnings=read + meeting.warnings) if read else meeting
    except (NotAReport, ReportTooLarge) as error:
        raise type(error)(path, error.reason) from None


def normalise_file(path: Path) -> Meeting:
    """`normalise_report` for a file not read yet."""
    return normalise_report(Path(path), file_digest(path))
