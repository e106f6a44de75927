"""Akoma Ntoso 3.0 (OASIS LegalDocML) for one meeting: a `debateReport`.

FRBR metadata names the body as author, the meeting's first day as its date and the document symbol
as an alias; chapters and sub-chapters become `chapter`/`section`, run-in headings `crossHeading`,
numbered paragraphs and lettered items `paragraph`/`subparagraph` with the AKN eIds `para_14` and
`para_3__subpara_b`; recommendations carry `class="recommendation"` and refer to the
recommendation concept; footnotes are `authorialNote`s where their mark stands; the annex list is
a `table`. What the reader needs to rebuild the meeting exactly (source, every date, venue ...)
is kept in `proprietary` metadata under the wgcompare namespace. Characters XML 1.0 cannot hold
are dropped with a DataWarning.
"""

from __future__ import annotations

from compare.model import Meeting, Section, Unit
from compare.util.xmltext import xml_text

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
WGC_NS = "https://wgcompare.invalid/akn/1"  # our proprietary metadata; never fetched
FALLBACK_DATE = "0001-01-01"
PROPRIETARY = ("source", "source_sha256", "symbol", "parent_body", "body", "title", "venue",
               "distribution_date", "original_language")  # fmt: skip


class _Writer:
    """Builds the tree of one meeting; `where` names it in warnings."""

    def __init__(self, meeting: Meeting):
        from lxml import etree

        self.etree = etree
        self.meeting = meeting
        self.where = f"akn/{meeting.meeting_id}.xml"
        self.notes = {}
        self.cross_headings = 0
        for note in meeting.footnotes:
            self.notes.setdefault(note.mark, note.text)

    def el(self, parent, tag: str, text: str = "", **attributes):
        element = self.etree.SubElement(parent, f"{{{AKN_NS}}}{tag}", {k.rstrip("_"): v for k, v in attributes.items()})
        if text:
            element.text = xml_text(text, self.where)
        return element

    def document(self) -> bytes:
        root = self.etree.Element(f"{{{AKN_NS}}}akomaNtoso", nsmap={None: AKN_NS, "wgc": WGC_NS})
        report = self.el(root, "debateReport", name="report")
        self.meta(self.el(report, "meta"))
        self.preface(self.el(report, "preface"))
        self.body(self.el(report, "mainBody"))
        return self.etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)

    # -- metadata ---------------------------------------------------------------------------------

    def meta(self, meta) -> None:
        m = self.meeting
        date = m.start_date or m.distribution_date or (f"{m.year:04d}-01-01" if m.year else FALLBACK_DATE)
        work = f"/akn/un/debateReport/{m.meeting_id}"
        identification = self.el(meta, "identification", source="#wgcompare")
        self.frbr(identification, "FRBRWork", work, date, "#body", alias=True)
        self.frbr(identification, "FRBRExpression", f"{work}/eng@", date, "#body")
        self.frbr(identification, "FRBRManifestation", f"{work}/eng@.akn", date, "#wgcompare")
        references = self.el(meta, "references", source="#wgcompare")
        self.el(
            references,
            "TLCOrganization",
            eId="body",
            href=f"/ontology/organization/un/{_slug(m.body)}",
            showAs=m.body or "-",
        )
        self.el(
            references, "TLCOrganization", eId="wgcompare", href="/ontology/organization/wgcompare", showAs="wgcompare"
        )
        self.el(
            references,
            "TLCConcept",
            eId="recommendation",
            href="/ontology/concept/recommendation",
            showAs="Recommendation",
        )
        self.proprietary(self.el(meta, "proprietary", source="#wgcompare"))

    def frbr(self, identification, tag: str, uri: str, date: str, author: str, alias: bool = False) -> None:
        level = self.el(identification, tag)
        self.el(level, "FRBRthis", value=f"{uri}/!main")
        self.el(level, "FRBRuri", value=uri)
        if alias and self.meeting.symbol:
            self.el(level, "FRBRalias", value=xml_text(self.meeting.symbol, self.where), name="symbol")
        self.el(level, "FRBRdate", date=date, name="meeting" if tag == "FRBRWork" else "report")
        self.el(level, "FRBRauthor", href=author)
        if tag == "FRBRWork":
            self.el(level, "FRBRcountry", value="un")
            self.el(level, "FRBRnumber", value=str(self.meeting.session))
        if tag == "FRBRExpression":
            self.el(level, "FRBRlanguage", language="eng")

    def proprietary(self, proprietary) -> None:
        m = self.meeting
        attributes = {name: xml_text(str(getattr(m, name)), self.where) for name in PROPRIETARY}
        attributes.update(dates=" ".join(m.dates), sample="true" if m.sample else "false")
        self.etree.SubElement(proprietary, f"{{{WGC_NS}}}meeting", attributes)

    def preface(self, preface) -> None:
        m = self.meeting
        if m.symbol:
            self.el(self.el(preface, "p"), "docNumber", m.symbol)
        self.el(self.el(preface, "p"), "docAuthority", m.body or m.meeting_id)
        if m.start_date:
            self.el(self.el(preface, "p"), "docDate", m.start_date, date=m.start_date)
        if m.title:
            self.el(self.el(preface, "p"), "docTitle", m.title)

    # -- body -------------------------------------------------------------------------------------

    def body(self, main) -> None:
        headings: dict[str, list[Section]] = {}
        for section in self.meeting.sections:
            headings.setdefault(section.first_ref, []).append(section)
        containers = {"chapter": main, "section": None}
        paragraph = None
        for unit in self.meeting.units:
            for section in headings.get(unit.ref, ()):
                self.heading(section, containers)
            parent = containers["section"] if containers["section"] is not None else containers["chapter"]
            if unit.item and paragraph is not None and paragraph.get("eId") == f"para_{unit.paragraph}":
                self.subparagraph(paragraph, unit)
            else:
                paragraph = self.paragraph(parent, unit)
        if not len(main):
            self.el(main, "p", self.meeting.title or self.meeting.meeting_id)
        self.annex(main)

    def heading(self, section: Section, containers) -> None:
        if section.run_in:
            parent = containers["section"] if containers["section"] is not None else containers["chapter"]
            if parent.tag == f"{{{AKN_NS}}}mainBody":
                parent = self.el(parent, "hcontainer", name="runIn", eId=f"hcontainer_{_safe(section.id)}")
                containers["chapter"] = parent
            self.cross_headings += 1
            self.el(parent, "crossHeading", section.title, eId=f"crossHeading_{self.cross_headings}")
        elif section.letter:
            parent = containers["chapter"]
            containers["section"] = self.el(parent, "section", eId=f"sec_{_safe(section.id)}")
            self.el(containers["section"], "num", f"{section.letter}.")
            self.el(containers["section"], "heading", section.title)
        else:
            chapter = self.el(self.etree_root(containers["chapter"]), "chapter", eId=f"chp_{_safe(section.id)}")
            self.el(chapter, "num", f"{section.numeral}.")
            self.el(chapter, "heading", section.title)
            containers.update(chapter=chapter, section=None)

    def etree_root(self, element):
        """The mainBody an element sits in."""
        while element.tag != f"{{{AKN_NS}}}mainBody":
            element = element.getparent()
        return element

    def paragraph(self, parent, unit: Unit):
        paragraph = self.el(parent, "paragraph", eId=f"para_{unit.paragraph}", **_recommendation(unit))
        self.el(paragraph, "num", f"{unit.paragraph}.")
        if unit.item:  # an item whose paragraph has no lead-in unit
            paragraph.set("class", "no-lead-in")
            self.subparagraph(paragraph, unit)
        else:
            self.text(self.el(paragraph, "content"), unit, f"para_{unit.paragraph}")
        return paragraph

    def subparagraph(self, paragraph, unit: Unit) -> None:
        content = paragraph.find(f"{{{AKN_NS}}}content")
        if content is not None:  # the lead-in becomes the intro of the items
            content.tag = f"{{{AKN_NS}}}intro"
        eid = f"para_{unit.paragraph}__subpara_{unit.item}"
        item = self.el(paragraph, "subparagraph", eId=eid, **_recommendation(unit))
        self.el(item, "num", f"({unit.item})")
        self.text(self.el(item, "content"), unit, eid)

    def text(self, content, unit: Unit, eid: str) -> None:
        p = self.el(content, "p", unit.text)
        for mark in unit.footnotes:
            note = self.el(
                p, "authorialNote", marker=mark, placement="bottom", eId=f"{eid}__authorialNote_{_safe(mark)}"
            )
            self.el(note, "p", self.notes.get(mark, ""))

    def annex(self, main) -> None:
        for number, table in enumerate(self.meeting.annex, start=1):
            container = self.el(main, "hcontainer", name="annex", eId=f"hcontainer_annex_{number}")
            self.el(container, "heading", table.title or "Annex")
            grid = self.el(self.el(container, "content"), "table", eId=f"hcontainer_annex_{number}__table_1")
            header = self.el(grid, "tr")
            for column in table.columns:
                self.el(self.el(header, "th"), "p", column)
            for row in table.rows:
                cells = self.el(grid, "tr")
                for cell in row:
                    self.el(self.el(cells, "td"), "p", cell)


def _recommendation(unit: Unit) -> dict:
    return {"class_": "recommendation", "refersTo": "#recommendation"} if unit.is_recommendation else {}


def _safe(text: str) -> str:
    return "".join(c if c.isalnum() else "_" for c in text) or "x"


def _slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split()) or "unknown"


def meeting_akn(meeting: Meeting) -> bytes:
    """The Akoma Ntoso XML of `meeting` (UTF-8)."""
    return _Writer(meeting).document()


def corpus_akn(meetings) -> dict[str, bytes]:
    """akn/<meeting_id>.xml for every meeting."""
    return {f"akn/{m.meeting_id}.xml": meeting_akn(m) for m in meetings}
