"""What units say that users look up: references, States, panellists, annex rows."""

from __future__ import annotations

import re

from compare.ingest.patterns import folded
from compare.ingest.segments import clean as _clean
from compare.model import Panellist, Reference, Unit

SYMBOL = re.compile(r"\b(?:[A-Z]{1,8}/)(?:[A-Za-z0-9.]+/){1,6}[A-Za-z0-9.]*[A-Za-z0-9]\b")
ARTICLE = re.compile(
    r"\barticles?\s+(\d{1,3})((?:\s*,\s*paragraphs?\s+\d{1,2}(?:\s*\([a-z]\))?)?)"
    r"((?:\s*(?:,|and)\s*\d{1,3}(?![/\d]))*)"
    r"(?P<of>[^.;]{0,12}?\bof the (?:United Nations )?Convention against Corruption)?",
    re.I,
)
RESOLUTION = re.compile(r"\b(resolutions?|decisions?)\s+(\d{1,3}/\d{1,3})((?:\s*(?:,|and)\s*\d{1,3}/\d{1,3})*)", re.I)
AGENDA = re.compile(r"^(\d{1,2}(?:\s*\([a-z]\))?(?:\s*(?:,|and|-|–)\s*\d{1,2}(?:\s*\([a-z]\))?)*)\s+(?=\S)")

STATES_LEAD = re.compile(
    r"\b(?:statements? (?:were|was) made by|were represented)[^:]{0,80}?"
    r"\bfollowing (?:States|Member States|States parties)[^:]{0,40}:\s*(.+)$",
    re.I | re.S,
)
PANEL_LEAD = re.compile(r"\bfollowing (?:panellists|panelists|speakers)\s*:\s*(.+)$", re.I | re.S)
# Names of States that contain "and": never split them at that word.
STATES_WITH_AND = (
    "Antigua and Barbuda",
    "Bosnia and Herzegovina",
    "Saint Kitts and Nevis",
    "Saint Vincent and the Grenadines",
    "Sao Tome and Principe",
    "Trinidad and Tobago",
    "United Kingdom of Great Britain and Northern Ireland",
    "Serbia and Montenegro",
    "Heard Island and McDonald Islands",
    "Turks and Caicos Islands",
)
PERSON = re.compile(r"^[A-ZÀ-Þ][\w'’.-]+(?:\s+(?:de|del|da|di|van|von|la|le|bin|al|[A-ZÀ-Þ][\w'’.-]+)){1,5}$")


def references(text: str) -> tuple[Reference, ...]:
    """Convention articles, Conference resolutions and decisions, and document symbols cited in `text`."""
    lowered = folded(text)  # ARTICLE and RESOLUTION ignore case: a match holds its word in `lowered`
    found = _articles(text) if "article" in lowered else []
    if "/" in text:  # resolutions, decisions and symbols all hold a slash
        named = "resolution" in lowered or "decision" in lowered
        found += (_resolutions(text) if named else []) + _symbols(text)
    return tuple({(r.kind, r.id): r for r in found}.values())


def _articles(text: str) -> list[Reference]:
    found = []
    for match in ARTICLE.finditer(text):
        prefix = "uncac:" if match.group("of") else ""
        paragraph = re.search(r"\d+", match.group(2) or "")
        first = match.group(1) + (f".{paragraph.group()}" if paragraph else "")
        ids = [first] + re.findall(r"\d{1,3}", match.group(3) or "")
        found.extend(Reference(kind="article", id=prefix + article, text=_clean(match.group(0))) for article in ids)
    return found


def _resolutions(text: str) -> list[Reference]:
    found = []
    for match in RESOLUTION.finditer(text):
        kind = "resolution" if match.group(1).lower().startswith("resolution") else "decision"
        numbers = [match.group(2), *re.findall(r"\d{1,3}/\d{1,3}", match.group(3) or "")]
        found.extend(Reference(kind=kind, id=number, text=_clean(match.group(0))) for number in numbers)
    return found


def _symbols(text: str) -> list[Reference]:
    return [Reference(kind="symbol", id=m.group(0).rstrip("."), text=m.group(0)) for m in SYMBOL.finditer(text)]


def split_list(text: str) -> list[str]:
    """Split "A, B (C, D), E and F" at top-level commas and the last "and"."""
    protected = text
    for name in STATES_WITH_AND:
        protected = protected.replace(name, name.replace(" and ", " \x00 "))
    parts, depth, current = [], 0, ""
    for char in protected:
        depth += char == "("
        depth -= char == ")"
        if char in ",;" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    items = []
    for part in parts:
        part = part.strip()
        if part.startswith("and "):
            part = part[4:]
        items.extend(re.split(r"\s+and\s+(?![^(]*\))", part))
    return [_clean(i.replace("\x00", "and")) for i in items if i.strip()]


def states(units: tuple[Unit, ...]) -> tuple[str, ...]:
    """The States that made statements, in the order the report lists them."""
    names: list[str] = []
    for unit in units:
        match = STATES_LEAD.search(unit.text) if ":" in unit.text else None  # the list follows a colon
        if match:
            for name in split_list(match.group(1).rstrip(". ")):
                name = re.sub(r"^the\s+(?=[A-Z])", "", name).strip(" .")
                if name and name not in names:
                    names.append(name)
    return tuple(names)


def panellists(units: tuple[Unit, ...]) -> tuple[Panellist, ...]:
    """Panellists named after "the following panellists:", with their country or organisation."""
    found: list[Panellist] = []
    for unit in units:
        match = PANEL_LEAD.search(unit.text) if ":" in unit.text else None  # the list follows a colon
        if not match:
            continue
        listing = match.group(1).rstrip(". ")
        entries = listing.split(";") if ";" in listing else split_list(listing)
        for entry in entries:
            person = _panellist(entry, unit.ref)
            if person:
                found.append(person)
    return tuple(found)


def _panellist(entry: str, ref: str) -> Panellist | None:
    entry = re.sub(r"^\s*and\s+", "", entry).strip()
    named = re.match(r"^([^,(]+?)\s*\(([^)]+)\)", entry)
    if named and PERSON.match(named.group(1).strip()):
        return Panellist(name=named.group(1).strip(), affiliation=named.group(2).strip(), unit_ref=ref)
    name = entry.split(",")[0].strip()
    if not PERSON.match(name):
        return None
    rest = entry[len(name) :]
    affiliation = ""
    of = re.search(r"\ba representative of (?:the )?(.+?)(?:\s*\(([A-Z]{2,10})\))?(?:,|$)", rest)
    short = re.search(r"\ban? ([A-Z][A-Za-z]{1,10}) representative\b", rest)
    if of:
        affiliation = of.group(2) or of.group(1).strip()
    elif short:
        affiliation = short.group(1)
    return Panellist(name=name, affiliation=affiliation, unit_ref=ref)


def annex_row_from_text(text: str) -> tuple[str, str, str] | None:
    """Split a text line of the annex list of documents into (symbol, agenda item, title)."""
    symbols = []
    rest = text.strip()
    while True:
        match = re.match(r"^(" + SYMBOL.pattern + r")\s*-?\s*", rest)
        if not match:
            break
        symbols.append(match.group(1))
        rest = rest[match.end() :]
    if not symbols:
        return None
    agenda = AGENDA.match(rest)
    item = ""
    if agenda:
        item, rest = _clean(agenda.group(1)), rest[agenda.end() :]
    return "- ".join(symbols), item, _clean(rest)
