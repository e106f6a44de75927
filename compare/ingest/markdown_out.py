"""The normalised text of a meeting: one numbered paragraph per block.

The output is itself a valid input: normalising it again gives the same
Meeting (and so byte-identical JSON). The front-matter block keeps the
original source name and hash, which the text alone could not carry.
"""

from __future__ import annotations

import json

from compare.ingest.dates import format_date, format_date_run
from compare.model import Meeting, Unit

SAMPLE_NOTICE = "Illustrative sample - not an official document"


def _unit_line(unit: Unit) -> str:
    marks = "".join(f"[^{mark}]" for mark in unit.footnotes)
    label = f"({unit.item})" if unit.item else f"{unit.paragraph}."
    return f"{label} {unit.text}{marks}"


def _header(meeting: Meeting) -> list[str]:
    keys = f"wgcompare-normalised: 1\nsource: {meeting.source}\nsource_sha256: {meeting.source_sha256}"
    if meeting.front_matter:  # ASCII JSON, "/" escaped: no symbol, mark or furniture pattern can match in it
        keys += "\nfront_matter: " + json.dumps(list(meeting.front_matter)).replace("/", "\\/")
    lines = [keys]
    if meeting.symbol:
        lines.append(meeting.symbol)
    if meeting.parent_body:
        lines.append(f"# {meeting.parent_body}")
    if meeting.sample:
        lines.append(SAMPLE_NOTICE)
    if meeting.distribution_date:
        lines.append(f"Distr.: General\n{format_date(meeting.distribution_date)}")
    if meeting.original_language:
        lines.append(f"Original: {meeting.original_language}")
    if meeting.body:
        lines.append(f"## {meeting.body}")
    if meeting.venue and meeting.dates:
        lines.append(f"{meeting.venue}, {format_date_run(meeting.dates)}")
    if meeting.title:
        lines.append(f"### {meeting.title}")
    return lines


def _sections_in_order(meeting: Meeting) -> dict[str, list]:
    """Section headings keyed by the ref of the first unit that follows them ("" for none)."""
    placed: dict[str, list] = {}
    for section in meeting.sections:
        placed.setdefault(section.first_ref, []).append(section)
    return placed


def _section_line(section) -> str:
    if section.run_in:
        return f"**{section.title}**"
    if section.letter:
        return f"### {section.letter}. {section.title}"
    return f"## {section.numeral}. {section.title}"


def meeting_markdown(meeting: Meeting) -> str:
    blocks = _header(meeting)
    headings = _sections_in_order(meeting)
    for unit in meeting.units:
        blocks.extend(_section_line(s) for s in headings.get(unit.ref, []))
        blocks.append(_unit_line(unit))
    blocks.extend(_section_line(s) for s in headings.get("", []))
    if meeting.footnotes:
        blocks.append("---")
        blocks.extend(f"[^{f.mark}] {f.text}" for f in meeting.footnotes)
    for table in meeting.annex:
        blocks.append("## Annex")
        if table.title:
            blocks.append(f"**{table.title}**")
        rows = [table.columns, *table.rows]
        blocks.append("\n".join("\t".join(cell.replace("\t", " ") for cell in row) for row in rows))
    if meeting.sample:
        blocks.append(SAMPLE_NOTICE)
    return "\n\n".join(blocks) + "\n"
