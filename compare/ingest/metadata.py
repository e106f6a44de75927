"""Meeting metadata read from a report's own words; what is missing stays empty."""

from __future__ import annotations

import re

from compare.ingest.dates import parse_date, parse_date_run
from compare.ingest.furniture import SYMBOL_ANYWHERE, SYMBOL_LINE
from compare.ingest.patterns import Lazy, folded
from compare.model import Meeting, Unit
from compare.util.ordinals import ORDINAL_PATTERN, ordinal_value

_MEETING_FR_ES = r"(?:réunion|session|reunión|período de sesiones)\b"
# Any word, two words or "X et Y" where an ordinal stands: every ordinal word and more (a screen).
_ANY_ORDINAL = r"(?:[^\W\d_][\w-]*(?: (?:et )?[^\W\d_][\w-]*)?|\d{1,2}(?:st|nd|rd|th))"


def _ordinal(template: str, needs: tuple[str, ...]) -> Lazy:
    """A case-insensitive pattern with the ordinal words at "{ordinal}" (slow to compile: compiled only for a
    text that holds one of `needs` and where the pattern with any word there matches)."""
    screen = template.replace("{ordinal}", _ANY_ORDINAL)
    return Lazy(template.replace("{ordinal}", ORDINAL_PATTERN), re.I, needs, screen)


SESSION_PATTERNS = (
    _ordinal(r"\bheld its ({ordinal}) (?:meeting|session)\b", ("held its ",)),
    _ordinal(r"\breport (?:on|of) the ({ordinal}) (?:meeting|session)\b", ("report on the ", "report of the ")),
    _ordinal(r"\bon (?:its|the work of its) ({ordinal}) (?:meeting|session)\b", ("on its ", "on the work of its ")),
    _ordinal(r"\b(?:at|during) its ({ordinal}) (?:meeting|session)\b[^.]{0,80}\bheld\b", ("at its ", "during its ")),
    # "a tenu sa sixième réunion"
    _ordinal(rf"\b(?:a tenu sa|celebró su) ({{ordinal}}) {_MEETING_FR_ES}", ("a tenu sa ", "celebr")),
)
# Read in the title and masthead only: in the text, such a sentence may tell of an earlier meeting.
MASTHEAD_SESSION = (
    _ordinal(r"\b(?:the|its) ({ordinal}) (?:meeting|session) of the\b[^.]{0,120}\bwas held\b", ("was held",)),
    _ordinal(r"^(?:resumed )?({ordinal}) (?:meeting|session)\b", ("meeting", "session")),
    _ordinal(r"\b(?:of|on) the ({ordinal}) (?:meeting|session)\b", ("meeting", "session")),
    _ordinal(rf"\b(?:sa|su|la|de la|sur la|sobre la) ({{ordinal}}) {_MEETING_FR_ES}", ("uni", "ses")),
)
# Any body, by the kind of body it is: "Expert Group on ...", "Implementation Review Group", "Commission on ...".
ANY_BODY = Lazy(
    r"\b((?:(?:Open-ended|Intergovernmental|Implementation|Review|Expert|Standing|Special|Ad Hoc|Joint"
    r"|(?!(?:The|General|Distr|Report|Limited|Original|Nations)\b)[A-Z][a-z]+)\s+){0,4}"
    r"(?:Working Group|Expert Group|Group of (?:Government )?Experts|Review Group|Commission|Committee"
    r"|Groupe de travail|Grupo de [Tt]rabajo|Groupe d['’]experts|Grupo de [Ee]xpertos)"
    r"(?:\s+(?!on (?:its|the work)\b)(?:on|of|for|against|to|sur|sobre|de|del|des|chargé de)"
    r"\s+(?:the\s+|la\s+|el\s+|l['’])?"
    r"[A-Za-zÀ-ÿ][^,.;:()]{2,120}?)?)"
    r"(?=\s+(?:on its|held|at its|in its|was|met|sur sa|en su|a tenu|celebró)\b|[,.;:()]|\s+\d|$)",
    0,
    ("group", "commission", "committee", "grupo"),
)
PLACE_WORDS = re.compile(r"^(?:.*\b(?:at|in)\s+)?(?:the\s+)?(.+)$", re.I)
PARENT = re.compile(r"^(Conference of the (?:States )?Parties to the .+?)\s*$", re.I)
BODY_IN_TITLE = (
    # "Report on the meeting of the Working Group on International Cooperation held in Vienna ..."
    _ordinal(
        r"\breport (?:on|of) the (?:(?:{ordinal}) )?(?:meeting|session) of the (.+?)(?: held\b| on its\b|,|$)",
        ("report on the ", "report of the "),
    ),
    # "Report of the Open-ended Intergovernmental Working Group on Asset Recovery on its meeting held ..."
    _ordinal(
        r"\breport of the (.+?) on (?:its|the work of its) (?:(?:{ordinal}) )?(?:meeting|session)", ("report of the ",)
    ),
)
BODY_LINE = re.compile(
    r"^((?:Open-ended\s+)?(?:Intergovernmental\s+)?(?:Working Group|Expert Group|Implementation Review Group|"
    r"Open-ended intergovernmental (?:working group|expert meeting)|Meeting of)\b.{3,200}?)\s*$",
    re.I,
)
VENUE_DATE_LINE = re.compile(r"^([A-ZÀ-Ý][A-Za-zÀ-ÿ .'-]{1,40}?),\s+(?:from\s+)?\d{1,2}\b")
HELD_IN = Lazy(r"\bheld (?:in|at) ([A-Z][A-Za-z .'-]{1,60}?)(?: on| from|,|\.|\s+\d)", re.I, ("held ",))
DISTRIBUTION = re.compile(r"\bDistr\.?:?\s*(?:General|Limited|Restricted)?", re.I)
ORIGINAL = Lazy(r"\bOriginal:\s*([A-Z][a-z]+(?:\s*(?:and|,)\s*[A-Z][a-z]+)*)", 0, ("original:",))
SYMBOL_IN_LINE = re.compile(r"\b([A-Z]{1,8}/[A-Za-z0-9./-]{3,60}[A-Za-z0-9])\s*$")
FRONT_KEY = re.compile(r"^(wgcompare-normalised|source|source_sha256|front_matter):\s*(.*)$")


def front_matter(preamble: list[str]) -> dict[str, str]:
    """Keys of the block a normalised .md starts with, so a round trip keeps the original source."""
    for text in preamble:
        lines = text.split("\n") if "\n" in text else re.split(r"\s+(?=source(?:_sha256)?:|front_matter:)", text)
        pairs = dict(m.groups() for m in (FRONT_KEY.match(line.strip()) for line in lines) if m)
        if "wgcompare-normalised" in pairs:
            return {k: v.strip() for k, v in pairs.items() if k != "wgcompare-normalised"}
    return {}


def _first(patterns: tuple[Lazy, ...], texts: list[str]) -> re.Match | None:
    """The first match of the first pattern that matches any of `texts`."""
    lowered = [folded(text) for text in texts]
    everything = "\n".join(lowered)  # no literal holds a line break: one look rules a pattern out for all texts
    for pattern in patterns:
        if not pattern.may_hold(everything):
            continue
        for text, low in zip(texts, lowered, strict=True):
            match = pattern.search(text, low)
            if match:
                return match
    return None


def _symbol(preamble: list[str]) -> str:
    for text in preamble[:8]:
        if FRONT_KEY.match(text):
            continue
        if SYMBOL_LINE.match(text):
            return text.strip()
        match = SYMBOL_IN_LINE.search(text)
        if match and (text.lower().startswith("united nations") or len(text) <= len(match.group(1)) + 20):
            return match.group(1)
    anywhere = next((found for found in map(SYMBOL_ANYWHERE.search, preamble[:8]) if found), None)
    return anywhere.group(0) if anywhere else ""


def _body(preamble: list[str], units: tuple[Unit, ...]) -> str:
    match = _first(BODY_IN_TITLE, preamble)
    if match:
        return match.group(1).strip(" .")
    for text in preamble:
        line = BODY_LINE.match(text)
        if line and not text.lower().startswith("report"):
            return line.group(1).strip(" .")
    found = _first((ANY_BODY,), [*preamble, *(u.text for u in units[:3])])
    return found.group(1).strip(" .") if found else ""


def _session(preamble: list[str], unit_texts: list[str]) -> int:
    match = _first(SESSION_PATTERNS, preamble + unit_texts) or _first(MASTHEAD_SESSION, preamble)
    return ordinal_value(match.group(1)) if match else 0


def _place(venue: str) -> str:
    """ "the United Nations Office at Vienna" -> "Vienna"."""
    return PLACE_WORDS.match(venue).group(1).strip() if venue else ""


def _distribution(preamble: list[str]) -> str:
    for index, text in enumerate(preamble):
        if DISTRIBUTION.search(text):
            for candidate in (text, *preamble[index + 1 : index + 2]):
                found = parse_date(candidate)
                if found:
                    return found
    return ""


def _venue_and_dates(preamble: list[str], units: tuple[Unit, ...]) -> tuple[str, tuple[str, ...]]:
    for text in preamble:
        line = VENUE_DATE_LINE.match(text)
        if line and not DISTRIBUTION.search(text) and parse_date_run(text):
            return line.group(1).strip(), parse_date_run(text)
    texts = [*preamble, *(u.text for u in units[:3])]
    for text in texts:
        held = HELD_IN.search(text)
        if held and parse_date_run(text[held.start() :]):
            return _place(held.group(1).strip()), parse_date_run(text[held.start() :])
    held = _first((HELD_IN,), texts)
    dates = next((found for found in map(parse_date_run, texts) if found), ())
    return (_place(held.group(1).strip()) if held else ""), dates


def extract_metadata(preamble: list[str], units: tuple[Unit, ...]) -> dict:
    """Fields of Meeting read from the preamble (before chapter I) and the first units."""
    unit_texts = [u.text for u in units if u.paragraph <= 3] + [u.text for u in units if u.paragraph > 3]
    venue, dates = _venue_and_dates(preamble, units)
    distribution = _distribution(preamble)
    parent = next((m.group(1) for m in (PARENT.match(t) for t in preamble) if m), "")
    original = _first((ORIGINAL,), preamble)
    title = next((t for t in preamble if t.lower().startswith("report")), "")
    year = int(dates[0][:4]) if dates else (int(distribution[:4]) if distribution else 0)
    return {
        "meeting_id": "",
        "body": _body(preamble, units),
        "parent_body": parent,
        "session": _session(preamble, unit_texts),
        "year": year,
        "start_date": dates[0] if dates else "",
        "end_date": dates[-1] if dates else "",
        "dates": dates,
        "venue": venue,
        "distribution_date": distribution,
        "original_language": original.group(1) if original else "",
        "symbol": _symbol(preamble),
        "title": title,
    }


_ID_STOPWORDS = {"on", "of", "the", "to", "for", "and", "in", "against"}


def body_slug(body: str) -> str:
    """ "Working Group on International Cooperation" -> "wg-international-cooperation"."""
    text = re.sub(r"\bworking group\b", "wg", body.lower())
    text = re.sub(r"\bopen-ended\b|\bintergovernmental\b", "", text)
    words = [w for w in re.findall(r"[a-z0-9]+", text) if w not in _ID_STOPWORDS]
    return "-".join(words)[:60].strip("-") or "unknown-body"


def meeting_id(meeting: Meeting) -> str:
    """A file-safe id from parsed fields: body, year, ordinal; with no body, the source's name keeps it unique."""
    year = str(meeting.year) if meeting.year else "undated"
    session = f"{meeting.session:02d}" if meeting.session else "00"
    if not meeting.body:
        source = body_slug(re.sub(r"\.[A-Za-z0-9]{1,5}$", "", meeting.source))
        return f"unknown-body-{source[:40].strip('-')}-{year}-{session}".replace("-unknown-body-", "-")
    return f"{body_slug(meeting.body)}-{year}-{session}"
