"""What a DOCX paragraph's style and list numbering say: effective style properties following
`w:basedOn` chains, and Word's automatic list labels rebuilt in document order."""

from __future__ import annotations

import re
from dataclasses import dataclass

from compare.ingest.readers.docx_xml import on, val, w
from compare.ingest.readers.labels import format_number

HEADING_STYLE = re.compile(r"^heading\s*(\d)$", re.I)


@dataclass
class StyleInfo:
    name: str = ""
    based_on: str = ""
    bold: bool | None = None
    superscript: bool | None = None
    outline: int | None = None
    num_id: str = ""
    ilvl: str = ""
    page_break_before: bool | None = None


class Styles:
    """Effective style properties, following `w:basedOn` chains."""

    def __init__(self, document):
        self.by_id: dict[str, StyleInfo] = {}
        element = document.styles.element
        for style in element.findall(w("style")):
            self.by_id[style.get(w("styleId"), "")] = _style_info(style)
        self.default_paragraph = next(
            (
                style.get(w("styleId"), "")
                for style in element.findall(w("style"))
                if style.get(w("type")) == "paragraph" and style.get(w("default")) in ("1", "true")
            ),
            "",
        )

    def chain(self, style_id: str) -> list[StyleInfo]:
        chain, seen = [], set()
        while style_id and style_id in self.by_id and style_id not in seen:
            seen.add(style_id)
            chain.append(self.by_id[style_id])
            style_id = self.by_id[style_id].based_on
        return chain

    def first(self, style_id: str, attribute: str):
        values = (getattr(style, attribute) for style in self.chain(style_id))
        return next((value for value in values if value not in (None, "")), None)

    def heading_level(self, style_id: str) -> int:
        for style in self.chain(style_id):
            match = HEADING_STYLE.match(style.name)
            if match:
                return max(1, int(match.group(1)))
            if style.name.lower() == "title":
                return 1
            if style.outline is not None and style.outline < 9:
                return style.outline + 1
        return 0


def _style_info(style) -> StyleInfo:
    ppr, rpr = style.find(w("pPr")), style.find(w("rPr"))
    num = ppr.find(w("numPr")) if ppr is not None else None
    return StyleInfo(
        name=val(style.find(w("name"))),
        based_on=val(style.find(w("basedOn"))),
        bold=on(rpr.find(w("b"))) if rpr is not None else None,
        superscript=superscript_of(rpr),
        outline=outline(ppr),
        num_id=val(num.find(w("numId"))) if num is not None else "",
        ilvl=val(num.find(w("ilvl"))) if num is not None else "",
        page_break_before=on(ppr.find(w("pageBreakBefore"))) if ppr is not None else None,
    )


def superscript_of(rpr) -> bool | None:
    align = rpr.find(w("vertAlign")) if rpr is not None else None
    return None if align is None else val(align) == "superscript"


def outline(ppr) -> int | None:
    level = ppr.find(w("outlineLvl")) if ppr is not None else None
    value = val(level)
    return int(value) if value.isdigit() else None


class Numbering:
    """Counters for Word's automatic list numbering, rebuilt in document order."""

    def __init__(self, document):
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # abstractNumId -> ilvl -> (fmt, lvlText, start)
        self.abstract_of: dict[str, str] = {}
        self.overrides: dict[str, dict[int, int]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.started: set[str] = set()
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return
        for abstract in root.findall(w("abstractNum")):
            self.levels[abstract.get(w("abstractNumId"), "")] = {
                int(lvl.get(w("ilvl"), "0")): (
                    val(lvl.find(w("numFmt")), "decimal"),
                    lvl.find(w("lvlText")).get(w("val"), "") if lvl.find(w("lvlText")) is not None else None,
                    int(val(lvl.find(w("start")), "1") or 1),
                )
                for lvl in abstract.findall(w("lvl"))
            }
        for num in root.findall(w("num")):
            num_id = num.get(w("numId"), "")
            self.abstract_of[num_id] = val(num.find(w("abstractNumId")))
            self.overrides[num_id] = {
                int(override.get(w("ilvl"), "0")): int(val(override.find(w("startOverride")), "1") or 1)
                for override in num.findall(w("lvlOverride"))
                if override.find(w("startOverride")) is not None
            }

    def label(self, num_id: str, ilvl: int) -> str:
        """The next label of list `num_id` at level `ilvl` ("" for bullets or unknown lists)."""
        abstract = self.abstract_of.get(num_id)
        levels = self.levels.get(abstract or "", {})
        if ilvl not in levels:
            return ""
        counters = self.counters.setdefault(abstract, {})
        if num_id not in self.started:
            self.started.add(num_id)
            for level, start in self.overrides.get(num_id, {}).items():
                counters[level] = start - 1
        fmt, text, start = levels[ilvl]
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [level for level in counters if level > ilvl]:
            del counters[deeper]
        if fmt in ("bullet", "none"):
            return ""
        if text is None:
            text = f"%{ilvl + 1}." if fmt == "decimal" else f"(%{ilvl + 1})"
        return re.sub(r"%([1-9])", lambda m: self._formatted(levels, counters, int(m.group(1)) - 1), text)

    @staticmethod
    def _formatted(levels, counters, level: int) -> str:
        fmt, _text, start = levels.get(level, ("decimal", "", 1))
        return format_number(counters.get(level, start), fmt)
