"""Akoma Ntoso 3.0 reader (`.xml`): a `debateReport` as wgcompare writes it (compare/report/akn.py).

The XML is parsed without entities, DTDs or the network; the meeting it describes (metadata, the
headings where they stand, paragraphs and items, footnotes, the annex table) is written as the
normalised Markdown text (`compare.ingest.markdown_out`) and read by the Markdown reader, so an AKN
file gives the same units as the report it came from. A file that is not an Akoma Ntoso debate
report is refused.
"""

from __future__ import annotations

from pathlib import Path

from compare.ingest.markdown_out import meeting_markdown
from compare.ingest.readers import markdown
from compare.model import Block, Footnote, Meeting, Section, Table, Unit, updated
from compare.util.errors import UnreadableReport

AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
WGC = "{https://wgcompare.invalid/akn/1}"


def read(path: Path) -> list[Block]:
    return markdown.parse(meeting_markdown(parse_meeting(Path(path))))


def parse_meeting(path: Path) -> Meeting:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.parse(str(path), parser).getroot()
    except etree.XMLSyntaxError as error:
        raise UnreadableReport(path, f"not well-formed XML (line {error.lineno})") from None
    report = root.find(f"{AKN}debateReport")
    if root.tag != f"{AKN}akomaNtoso" or report is None or report.find(f"{AKN}mainBody") is None:
        raise UnreadableReport(path, "not an Akoma Ntoso 3.0 debate report")
    body = report.find(f"{AKN}mainBody")
    try:
        sections, units, notes = _walk(body)
    except (AttributeError, TypeError, ValueError):  # a num that is not "14." / "(b)", a missing p
        raise UnreadableReport(
            path, "paragraphs are not numbered as Akoma Ntoso paragraphs (14.) and items ((b))"
        ) from None
    return Meeting(
        meeting_id="",
        **_metadata(report),
        sections=tuple(sections),
        units=tuple(units),
        footnotes=tuple(notes),
        annex=tuple(_annex(body)),
    )


def _metadata(report) -> dict:
    found = report.find(f"{AKN}meta/{AKN}proprietary/{WGC}meeting")
    if found is None:  # another tool's file: what FRBR says
        author = report.find(f"{AKN}meta/{AKN}references/{AKN}TLCOrganization[@eId='body']")
        alias = report.find(f".//{AKN}FRBRWork/{AKN}FRBRalias[@name='symbol']")
        return {"body": author.get("showAs", "") if author is not None else "",
                "symbol": alias.get("value", "") if alias is not None else ""}  # fmt: skip
    fields = {k: found.get(k, "") for k in ("source", "source_sha256", "symbol", "parent_body", "body", "title",
                                            "venue", "distribution_date", "original_language")}  # fmt: skip
    return {**fields, "dates": tuple(found.get("dates", "").split()), "sample": found.get("sample") == "true"}


def _text(element) -> str:
    """The text of an element without its notes."""
    parts = [element.text or ""]
    for child in element:
        if child.tag != f"{AKN}authorialNote":
            parts.append(_text(child))
        parts.append(child.tail or "")
    return "".join(parts).strip()


def _walk(body) -> tuple[list[Section], list[Unit], list[Footnote]]:
    sections: list[Section] = []
    units: list[Unit] = []
    notes: list[Footnote] = []
    pending: list[Section] = []
    chapter = ""
    for element in body.iter(f"{AKN}chapter", f"{AKN}section", f"{AKN}crossHeading", f"{AKN}paragraph",
                             f"{AKN}subparagraph"):  # fmt: skip
        tag = element.tag.removeprefix(AKN)
        if tag in ("chapter", "section", "crossHeading"):
            section = _section(element, tag, chapter, pending[-1] if pending else sections[-1] if sections else None)
            chapter = section.numeral if tag == "chapter" else chapter
            pending.append(section)
            continue
        unit, unit_notes = _unit(element, tag)
        if unit is None:
            continue
        sections.extend(updated(s, first_ref=unit.ref) for s in pending)
        pending.clear()
        units.append(unit)
        notes.extend(unit_notes)
    sections.extend(pending)
    return sections, units, notes


def _section(element, tag: str, chapter: str, previous: Section | None) -> Section:
    title = _text(element) if tag == "crossHeading" else _text(element.find(f"{AKN}heading"))
    if tag == "crossHeading":
        return Section(id=previous.id if previous else "", numeral=previous.numeral if previous else "",
                       letter=previous.letter if previous else "", title=title, run_in=True)  # fmt: skip
    number = _text(element.find(f"{AKN}num")).rstrip(".")
    if tag == "chapter":
        return Section(id=number, numeral=number, title=title)
    return Section(id=f"{chapter}.{number}" if chapter else number, numeral=chapter, letter=number, title=title)


def _unit(element, tag: str) -> tuple[Unit | None, list[Footnote]]:
    number = _text(element.find(f"{AKN}num"))
    holder = element.find(f"{AKN}content")
    if holder is None:
        holder = element.find(f"{AKN}intro")
    if holder is None or element.get("class") == "no-lead-in":
        return None, []
    p = holder.find(f"{AKN}p")
    marks = [(n.get("marker", ""), _text(n)) for n in p.iter(f"{AKN}authorialNote")]
    if tag == "subparagraph":
        paragraph = int(element.getparent().find(f"{AKN}num").text.rstrip("."))
        item = number.strip("()")
        ref = f"{paragraph}({item})"
    else:
        paragraph, item = int(number.rstrip(".")), ""
        ref = str(paragraph)
    unit = Unit(ref=ref, paragraph=paragraph, item=item, text=_text(p), footnotes=tuple(m for m, _ in marks))
    return unit, [Footnote(mark=m, text=t, unit_ref=ref) for m, t in marks]


def _annex(body) -> list[Table]:
    tables = []
    for container in body.iterfind(f"{AKN}hcontainer[@name='annex']"):
        rows = [tuple(_text(cell) for cell in tr) for tr in container.iter(f"{AKN}tr")]
        title = _text(container.find(f"{AKN}heading"))
        tables.append(
            Table(title="" if title == "Annex" else title, columns=rows[0] if rows else (), rows=tuple(rows[1:]))
        )
    return tables
