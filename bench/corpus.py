"""A deterministic synthetic corpus: N meetings of one body grown from the seed report.

Meeting 1 is the seed report (meetings/raw/000_1a05589bd2cdbc0e.txt) with its
metadata rewritten; meeting k+1 is meeting k after seeded edits made on the
Markdown text itself: clauses reworded, added and dropped, paragraphs and
items dropped or drawn from a pool (the illustrative sample reports in
meetings/raw/*-sample.md and units dropped earlier), paragraphs moved to
another sub-chapter, items reordered, everything renumbered, and a few
paragraphs cut by a "page break" (a blank line before a lower-case word) that
the normaliser has to heal. Meeting k is the k-th meeting of the Working
Group held in year 1899 + k, so every file is a distinct meeting of the same
body and dates increase (1899 + k keeps every year inside the 1900-2099 range
the date parser reads, up to k = 200).

The chain is the same whatever N is: the corpus of N is the first N meetings,
so the incremental case (50 meetings, then the 51st) adds exactly one report.
Every file says it is an illustrative sample, not an official document.

Run alone: `python bench/corpus.py N OUT_DIR` writes the N files and checks
that each normalises to the expected number of units and metadata.
"""

from __future__ import annotations

import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED_REPORT = ROOT / "meetings" / "raw" / "000_1a05589bd2cdbc0e.txt"
SAMPLE_GLOB = "*-sample.md"
BODY = "Working Group on International Cooperation"
SAMPLE_NOTICE = "Illustrative sample - not an official document"
MAX_MEETINGS = 200
MAX_ITEMS = 12
LETTERS = "abcdefghijklmnopqrstuvwxyz"

PARAGRAPH_START = re.compile(r"^(\d{1,3})\.\s+(.*)$", re.S)
ITEM_START = re.compile(r"^\(([a-z]{1,2})\)\s+(.*)$", re.S)
CHAPTER_TITLE = re.compile(r"^[#*\s]*([IVX]+)\.\s+(.*?)[*\s]*$")
HEADING_BLOCK = re.compile(r"^(#{1,6}\s|\*\*)")
SEED_DATES = "15, 16 and 18 October 2012"
SEED_LAST_DAY = "18 October 2012"
SEED_DISTRIBUTION = "14 November 2012"
SEED_METADATA = re.compile(
    rf"{SEED_DATES}|{SEED_LAST_DAY}|{SEED_DISTRIBUTION}|\bfourth meeting\b|(?P<symbol>CTOC/COP/(?:WG\.\d/)?)2012\b"
)
# Pool texts that would carry another meeting's metadata (dates, ordinals) or its lists of names.
METADATA_WORDS = re.compile(
    r"\b(?:19|20)\d\d\b|held its|\bits [\w-]+ (?:meeting|session)\b|\bmeeting of the Working Group was held"
    r"|panellists|Statements were made|following States|documents before|<sup>",
    re.I,
)
MONTHS = "January February March April May June July August September October November December".split()

_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
_TEENS = "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split()
_TENS = {2: ("twentieth", "twenty"), 3: ("thirtieth", "thirty"), 4: ("fortieth", "forty")}

# Rewordings a secretariat makes from one report to the next (applied both ways).
SYNONYMS = (
    ("noted", "observed"),
    ("stressed", "emphasized"),
    ("underlined", "highlighted"),
    ("some speakers", "several speakers"),
    ("a number of speakers", "many speakers"),
    ("importance", "significance"),
    ("challenges", "difficulties"),
    ("examples", "instances"),
    ("shared experiences", "exchanged experiences"),
    ("improve", "enhance"),
    ("in order to", "so as to"),
    ("requested the Secretariat", "invited the Secretariat"),
    ("encouraged to", "urged to"),
    ("discussed", "considered"),
    ("regarding", "concerning"),
    ("useful", "valuable"),
    ("States parties", "parties to the Convention"),
)
# Clauses of our own words that an editor may append to a sentence.
CLAUSES = (
    ", in particular at the regional level",
    ", where appropriate",
    ", with the support of UNODC",
    ", subject to the availability of extrabudgetary resources",
    ", in accordance with domestic law",
    ", as a matter of priority",
    ", including through the exchange of good practices",
    ", taking into account the different legal traditions of States",
    ", on the basis of reciprocity",
)


def ordinal(k: int) -> str:
    """The meeting ordinal as the normaliser reads it: words up to forty-ninth, then "57th"."""
    if k < 10:
        return _UNITS[k - 1]
    if k < 20:
        return _TEENS[k - 10]
    if k < 50:
        tens, units = divmod(k, 10)
        whole, prefix = _TENS[tens]
        return whole if units == 0 else f"{prefix}-{_UNITS[units - 1]}"
    suffix = "th" if 10 <= k % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(k % 10, "th")
    return f"{k}{suffix}"


@dataclass
class Para:
    """A numbered paragraph and its lettered items.

    A `fixed` paragraph's own text carries metadata or introduces a list and
    is never edited (its items are).
    """

    text: str
    items: list[str] = field(default_factory=list)
    fixed: bool = False


@dataclass
class Section:
    """Heading lines as the seed writes them, then the paragraphs under them."""

    headings: list[str]
    chapter: str
    paras: list[Para] = field(default_factory=list)

    @property
    def editable(self) -> bool:
        return self.chapter == "III" and bool(self.paras)


@dataclass
class Draft:
    """One meeting's report before it is written: front matter, sections, and the tail (footnotes, annex)."""

    front: str
    sections: list[Section]
    tail: str

    def unit_count(self) -> int:
        return sum(1 + len(p.items) for s in self.sections for p in s.paras)

    def texts(self) -> set[str]:
        """Every unit's text without its closing list punctuation."""
        return {t.rstrip(".;") for s in self.sections for p in s.paras for t in (p.text, *p.items)}


def _blocks(text: str) -> list[str]:
    return [b.strip("\n") for b in re.split(r"\n\s*\n", text) if b.strip()]


def parse_seed(text: str) -> Draft:
    """The seed report as a Draft; paragraphs cut by page breaks are joined again."""
    start = text.index("#### I. Introduction")
    end = text.rindex("\n---\n")
    front, body, tail = text[:start], text[start:end], text[end:]
    sections: list[Section] = []
    chapter = ""
    for block in _blocks(body):
        paragraph, item = PARAGRAPH_START.match(block), ITEM_START.match(block)
        if HEADING_BLOCK.match(block) and not paragraph:
            found = CHAPTER_TITLE.match(block)
            chapter = found.group(1) if found else chapter
            if sections and not sections[-1].paras:
                sections[-1].headings.append(block)
            else:
                sections.append(Section(headings=[block], chapter=chapter))
        elif paragraph:
            sections[-1].paras.append(Para(text=paragraph.group(2), fixed=chapter in ("I", "V")))
        elif item:
            sections[-1].paras[-1].fixed = True
            sections[-1].paras[-1].items.append(item.group(2))
        else:
            _continue(sections[-1].paras[-1], block)
    return Draft(front=front, sections=sections, tail=tail)


def _continue(para: Para, block: str) -> None:
    if para.items:
        para.items[-1] = f"{para.items[-1]} {block.strip()}"
    else:
        para.text = f"{para.text} {block.strip()}"


@dataclass
class Pool:
    """Units a later meeting may add: deliberation paragraphs and recommendation items."""

    paragraphs: list[str]
    items: list[str]


def sample_pool(paths: list[Path]) -> Pool:
    """Paragraphs and items of the sample reports' deliberation and recommendation chapters."""
    pool = Pool(paragraphs=[], items=[])
    for path in sorted(paths):
        for chapter_title, is_item, text in _sample_units(path.read_text("utf-8")):
            if METADATA_WORDS.search(text) or text.endswith(":"):
                continue
            if is_item or "recommend" in chapter_title:
                pool.items.append(text.rstrip(".;"))
            elif "deliberation" in chapter_title and text.endswith("."):
                pool.paragraphs.append(text)
    return pool


def _sample_units(text: str) -> list[tuple[str, bool, str]]:
    """(chapter title, is an item, text) of every unit, page-break continuations joined."""
    units: list[list] = []
    chapter_title = ""
    for block in _blocks(text):
        paragraph, item = PARAGRAPH_START.match(block), ITEM_START.match(block)
        if HEADING_BLOCK.match(block) and not paragraph:
            found = CHAPTER_TITLE.match(block)
            chapter_title = found.group(2).lower() if found else chapter_title
        elif paragraph or item:
            units.append([chapter_title, bool(item), " ".join((paragraph or item).group(2).split())])
        elif units and block[:1].islower():
            units[-1][2] += " " + " ".join(block.split())
    return [tuple(u) for u in units]


class Editor:
    """The seeded edits that turn meeting k into meeting k+1."""

    def __init__(self, rng: random.Random, pool: Pool, target_units: int):
        self.rng = rng
        self.pool = pool
        self.target_units = target_units

    def next_meeting(self, draft: Draft) -> Draft:
        sections = [
            Section(
                headings=list(s.headings),
                chapter=s.chapter,
                paras=[Para(p.text, list(p.items), p.fixed) for p in s.paras],
            )
            for s in draft.sections
        ]
        new = Draft(front=draft.front, sections=sections, tail=draft.tail)
        for _ in range(self.rng.randint(4, 8)):
            self.reword(new)
        drift = new.unit_count() - self.target_units
        for _ in range(self.rng.randint(1, 3) + max(0, drift // 3)):
            self.drop(new)
        for _ in range(self.rng.randint(1, 3) + max(0, -drift // 3)):
            self.add(new)
        if self.rng.random() < 0.4:
            self.move(new)
        if self.rng.random() < 0.3:
            self.reorder_items(new)
        return new

    def _editable_units(self, draft: Draft) -> list[tuple[Para, int]]:
        """(paragraph, -1) for a paragraph's own text, (paragraph, i) for its item i."""
        units = []
        for section in draft.sections:
            for para in section.paras:
                if not para.fixed:
                    units.append((para, -1))
                units.extend((para, i) for i in range(len(para.items)))
        return units

    def reword(self, draft: Draft) -> None:
        """One reversible edit, so that texts drift without growing or wearing away over 200 meetings."""
        para, index = self.rng.choice(self._editable_units(draft))
        text = para.text if index < 0 else para.items[index]
        edit = self.rng.choice((self._synonym, self._synonym, self._toggle_clause, self._swap_sentences))
        text = edit(text)
        if index < 0:
            para.text = text
        else:
            para.items[index] = text

    def _synonym(self, text: str) -> str:
        present = [(a, b) for a, b in SYNONYMS if re.search(rf"\b{a}\b", text, re.I)]
        present += [(b, a) for a, b in SYNONYMS if re.search(rf"\b{b}\b", text, re.I)]
        if not present:
            return self._toggle_clause(text)
        old, new = self.rng.choice(present)

        def same_case(match: re.Match) -> str:
            return new[:1].upper() + new[1:] if match.group(0)[:1].isupper() else new

        return re.sub(rf"\b{old}\b", same_case, text, count=1, flags=re.I)

    def _toggle_clause(self, text: str) -> str:
        """Remove one of our clauses when the text has one, else append one before the final stop."""
        ours = [c for c in CLAUSES if c in text]
        if ours:
            return text.replace(self.rng.choice(ours), "", 1)
        end = re.search(r"[.;?]?$", text).start()
        return text[:end] + self.rng.choice(CLAUSES) + text[end:]

    def _swap_sentences(self, text: str) -> str:
        sentences = re.split(r"(?<=\.) (?=[A-Z])", text)
        if len(sentences) < 2:
            return self._synonym(text)
        i = self.rng.randrange(len(sentences) - 1)
        sentences[i], sentences[i + 1] = sentences[i + 1], sentences[i]
        return " ".join(sentences)

    def drop(self, draft: Draft) -> None:
        para, index = self.rng.choice(self._editable_units(draft))
        section = next(s for s in draft.sections if para in s.paras)
        if index >= 0 and len(para.items) > 2:
            self.pool.items.append(para.items.pop(index).rstrip(".;"))
        elif index < 0 and section.editable and len(section.paras) > 1:
            section.paras.remove(para)
            self.pool.paragraphs.append(para.text)

    def add(self, draft: Draft) -> None:
        present = draft.texts()
        if self.rng.random() < 0.5:
            candidates = [t for t in self.pool.paragraphs if t.rstrip(".") not in present]
            sections = [s for s in draft.sections if s.editable]
            if candidates and sections:
                text = self.rng.choice(candidates)
                self.pool.paragraphs.remove(text)
                section = self.rng.choice(sections)
                section.paras.insert(self.rng.randint(0, len(section.paras)), Para(text=text))
            return
        candidates = [t for t in self.pool.items if t not in present]
        lists = [p for s in draft.sections if s.chapter in ("II", "IV") for p in s.paras if p.items]
        lists = [p for p in lists if len(p.items) < MAX_ITEMS]
        if candidates and lists:
            text = self.rng.choice(candidates)
            self.pool.items.remove(text)
            para = self.rng.choice(lists)
            para.items.insert(self.rng.randint(0, len(para.items)), text)

    def move(self, draft: Draft) -> None:
        sections = [s for s in draft.sections if s.editable and len(s.paras) > 1]
        targets = [s for s in draft.sections if s.editable]
        if not sections or len(targets) < 2:
            return
        source = self.rng.choice(sections)
        target = self.rng.choice([s for s in targets if s is not source])
        para = source.paras.pop(self.rng.randrange(len(source.paras)))
        target.paras.insert(self.rng.randint(0, len(target.paras)), para)

    def reorder_items(self, draft: Draft) -> None:
        lists = [p for s in draft.sections for p in s.paras if len(p.items) > 2]
        if lists:
            para = self.rng.choice(lists)
            i, j = self.rng.sample(range(len(para.items)), 2)
            para.items[i], para.items[j] = para.items[j], para.items[i]


@dataclass(frozen=True)
class MeetingDates:
    year: int
    days: tuple[int, ...]
    month: str
    phrase: str  # "15, 16 and 18 October 1903"
    last_day: str
    distribution: str


def meeting_dates(k: int, rng: random.Random) -> MeetingDates:
    year = 1899 + k
    month_index = rng.choice((5, 9, 10))
    month = MONTHS[month_index]
    first = rng.randint(2, 20)
    days = rng.choice(((first, first + 1), (first, first + 1, first + 2), (first, first + 1, first + 3)))
    if len(days) == 2:
        phrase = f"{days[0]} and {days[1]} {month} {year}"
    elif days[2] == days[1] + 1 and rng.random() < 0.5:
        phrase = f"{days[0]} to {days[2]} {month} {year}"
    else:
        phrase = f"{days[0]}, {days[1]} and {days[2]} {month} {year}"
    last_day = f"{days[-1]} {month} {year}"
    distribution = f"{rng.randint(1, 28)} {MONTHS[month_index + 1]} {year}"
    return MeetingDates(year, days, month, phrase, last_day, distribution)


def _item_list(items: list[str]) -> list[str]:
    """Items punctuated as a list: ";" after each, "." after the last; questions keep "?"."""
    out = []
    for index, item in enumerate(items):
        if item.endswith("?"):
            out.append(item)
            continue
        end = "." if index == len(items) - 1 else ";"
        out.append(item.rstrip(".;,") + end)
    return out


def _page_break(text: str, rng: random.Random) -> str:
    """Cut a long paragraph before a lower-case word, as a page break does in a converted PDF."""
    words = text.split(" ")
    if len(words) < 60 or rng.random() > 0.15:
        return text
    cuts = [
        i for i in range(20, len(words) - 10) if re.fullmatch(r"[a-z]{3,}", words[i]) and words[i - 1][-1:].isalpha()
    ]
    if not cuts:
        return text
    cut = rng.choice(cuts)
    return " ".join(words[:cut]) + "\n\n" + " ".join(words[cut:])


def render(draft: Draft, k: int, dates: MeetingDates, rng: random.Random) -> str:
    """The Markdown report of meeting k; paragraphs and items numbered afresh."""
    front = _with_metadata(draft.front, k, dates)
    title_end = front.index("\n", front.index("#"))
    lines = [front[:title_end] + "\n" + SAMPLE_NOTICE + front[title_end:].rstrip("\n"), ""]
    number = 0
    for section in draft.sections:
        for heading in section.headings:
            lines += [heading, ""]
        for para in section.paras:
            number += 1
            text = _with_metadata(para.text, k, dates) if para.fixed else para.text
            lines += [f"{number}. {_page_break(text, rng)}", ""]
            for letter, item in zip(LETTERS, _item_list(para.items), strict=False):
                lines += [f"({letter}) {_page_break(item, rng)}", ""]
    lines.append(_with_metadata(draft.tail, k, dates).strip("\n"))
    return "\n".join(lines) + "\n"


def _with_metadata(text: str, k: int, dates: MeetingDates) -> str:
    """The seed's dates, ordinal and document-symbol years replaced in one pass (a replacement is never re-read)."""
    replacements = {
        SEED_DATES: dates.phrase,
        SEED_LAST_DAY: dates.last_day,
        SEED_DISTRIBUTION: dates.distribution,
        "fourth meeting": f"{ordinal(k)} meeting",
    }

    def replace(match: re.Match) -> str:
        if match.group("symbol"):
            return f"{match.group('symbol')}{dates.year}"
        return replacements[match.group(0)]

    return SEED_METADATA.sub(replace, text)


@dataclass(frozen=True)
class Generated:
    """A written meeting and what the normaliser must find in it."""

    path: Path
    k: int
    units: int
    year: int
    start_date: str


def generate(n: int, out_dir: Path, seed: int = 20121015) -> list[Generated]:
    """Write meetings 1..n of the chain into `out_dir` (created); same files for the same n and seed."""
    if not 1 <= n <= MAX_MEETINGS:
        raise ValueError(f"n must be 1 to {MAX_MEETINGS} (meeting years 1900-2099)")
    out_dir.mkdir(parents=True, exist_ok=True)
    draft = parse_seed(SEED_REPORT.read_text("utf-8"))
    pool = sample_pool(list(SEED_REPORT.parent.glob(SAMPLE_GLOB)))
    editor = Editor(random.Random(seed), pool, target_units=draft.unit_count())
    written = []
    for k in range(1, n + 1):
        if k > 1:
            draft = editor.next_meeting(draft)
        layout = random.Random(seed * 7919 + k)
        dates = meeting_dates(k, layout)
        path = out_dir / f"wgic-{k:03d}.md"
        path.write_text(render(draft, k, dates, layout), "utf-8")
        start = f"{dates.year}-{MONTHS.index(dates.month) + 1:02d}-{dates.days[0]:02d}"
        written.append(Generated(path=path, k=k, units=draft.unit_count(), year=dates.year, start_date=start))
    return written


def check(generated: list[Generated], meetings: dict) -> list[str]:
    """Where the normalised meetings differ from what was generated (empty when all is well)."""
    by_source = {m.source: m for m in meetings.values()}
    problems = []
    for expected in generated:
        meeting = by_source.get(expected.path.name)
        if meeting is None:
            problems.append(f"{expected.path.name}: not loaded")
            continue
        session = expected.k if expected.k < 100 else 0
        found = (len(meeting.units), meeting.year, meeting.start_date, meeting.session, meeting.body)
        wanted = (expected.units, expected.year, expected.start_date, session, BODY)
        if found != wanted:
            problems.append(f"{expected.path.name}: normalised to {found}, expected {wanted}")
    return problems


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    from compare.pipeline import load

    n, out_dir = int(argv[0]), Path(argv[1])
    generated = generate(n, out_dir)
    problems = check(generated, load([out_dir]).meetings)
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{n} meetings in {out_dir}: {'ok' if not problems else f'{len(problems)} problems'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
