"""What a piece of text says for each theme: keyword hits and cited Convention articles.

`Evidence` holds a score per theme with what earned it, so a decision can be
explained in a sentence. Scores: one point per keyword hit, two per cited
article that a theme lists. A citation of a paragraph ("article 18,
paragraph 18") goes to the theme that lists that very paragraph
(videoconferencing), and only half a point to a theme listing the whole
article (mutual legal assistance); when no theme lists the paragraph, the
whole article's theme takes it in full.

Names of bodies ("Working Group of Government Experts on Technical
Assistance") and of the meeting's own Convention are blanked before keywords
are matched: they name who speaks, not what about.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from compare.model import Meeting, Reference, Theme
from compare.util.labels import CORRUPTION_PREFIX, reference_label

ARTICLE_POINTS = 2.0
WHOLE_ARTICLE_SHARE = 0.25  # what a theme listing article 18 gets for a cite of article 18, paragraph 18
KEYWORD_POINTS = 1.0

BODY_NAME = re.compile(
    r"\b(?:Open-ended\s+)?(?:Intergovernmental\s+)?(?:Working\s+Groups?|Expert\s+Group|Expert\s+Meeting)"
    r"(?:\s+of\s+Government\s+Experts)?\s+(?:on|to\s+Enhance)\s+(?:the\s+)?[A-Z][\w-]*"
    r"(?:\s+(?:of|on|in|and|the|for|to|against|[A-Z][\w-]*))*"
)
HOME_CONVENTION = re.compile(r"Convention against [A-Z][\w ]*[a-z]")
INSTRUMENT_AFTER = re.compile(r"^\s*,?\s*(?:of|under|in)\s+(?:the\s+|its\s+|their\s+)?([^.;,()]{0,90})")
CORRUPTION = re.compile(r"\bCorruption\b")
ORGANIZED_CRIME = re.compile(r"Organized Crime|Transnational")
CONVENTION = re.compile(r"Convention\b")
OTHER_INSTRUMENT = re.compile(r"\b(?:Protocol|Treaty|Agreement|Charter|Convention|Code|Act|Law|Constitution)\b")


@dataclass
class Evidence:
    """Per theme: score, where its first hit stands, the words and articles that earned it."""

    scores: dict[str, float] = field(default_factory=dict)
    first: dict[str, int] = field(default_factory=dict)
    words: dict[str, Counter] = field(default_factory=dict)
    articles: dict[str, list[str]] = field(default_factory=dict)

    def add(self, theme_id: str, points: float, position: int) -> None:
        self.scores[theme_id] = self.scores.get(theme_id, 0.0) + points
        self.first[theme_id] = min(self.first.get(theme_id, position), position)

    def score(self, theme_id: str) -> float:
        return self.scores.get(theme_id, 0.0)

    def ranked(self, order: dict[str, int]) -> list[str]:
        """Theme ids best first: score, then the earliest hit, then taxonomy order."""
        return sorted(
            (t for t, s in self.scores.items() if s > 0),
            key=lambda t: (-self.scores[t], self.first.get(t, 10**9), order[t]),
        )

    def merged(self, other: Evidence) -> Evidence:
        """Both pieces of evidence added up; `other`'s hits rank after this one's in ties."""
        out = Evidence(dict(self.scores), dict(self.first), dict(self.words), dict(self.articles))
        for theme_id, points in other.scores.items():
            out.add(theme_id, points, 10**6 + other.first.get(theme_id, 0))
        return out


@dataclass(frozen=True, eq=False)
class Keywords:
    """All keywords of a taxonomy in one regex over lower-cased text, and the themes each one speaks for.

    One regex without groups is several times faster than a regex per theme or a group per keyword;
    which keyword matched is found again from the matched words (`themes_for`).
    """

    pattern: re.Pattern | None
    ordered: tuple[tuple[str, tuple[str, ...]], ...]  # (keyword without spaces or hyphens, theme ids), longest first
    found: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False)

    def themes_for(self, matched: str) -> tuple[str, ...]:
        if matched not in self.found:
            squashed = _squash(matched)
            self.found[matched] = next((ids for key, ids in self.ordered if squashed.startswith(key)), ())
        return self.found[matched]


@dataclass(frozen=True, eq=False)
class Index:
    """A taxonomy compiled for matching."""

    themes: tuple[Theme, ...]
    order: dict[str, int]
    text_keywords: Keywords
    heading_keywords: Keywords
    exact: dict[str, tuple[str, ...]]  # "untoc:18.18" -> theme ids listing that paragraph
    whole: dict[str, tuple[str, ...]]  # "untoc:18" -> theme ids listing the whole article
    procedural: frozenset[str]


def _squash(text: str) -> str:
    return re.sub(r"[\s-]+", "", text)


def keyword_regex(keyword: str) -> str:
    """A keyword at the start of a word, any ending; a space or hyphen in it matches space, hyphen or nothing."""
    return r"[\s-]*".join(re.escape(part) for part in re.split(r"[\s-]+", keyword) if part)


def compile_keywords(keywords_of: list[tuple[str, tuple[str, ...]]]) -> Keywords:
    """One pass finds every theme's keywords; the longest keyword wins where two start at the same place."""
    themes_by_keyword: dict[str, list[str]] = {}
    for theme_id, keywords in keywords_of:
        for keyword in keywords:
            owners = themes_by_keyword.setdefault(keyword.lower(), [])
            if theme_id not in owners:
                owners.append(theme_id)
    if not themes_by_keyword:
        return Keywords(pattern=None, ordered=())
    ordered = sorted(themes_by_keyword, key=lambda k: (-len(_squash(k)), k))
    return Keywords(
        pattern=re.compile(r"(?<!\w)(?:" + "|".join(keyword_regex(k) for k in ordered) + r")\w*"),
        ordered=tuple((_squash(k), tuple(themes_by_keyword[k])) for k in ordered),
    )


def _article_key(article: str) -> str:
    return article if ":" in article else f"untoc:{article}"


@lru_cache(maxsize=16)
def compile_taxonomy(themes: tuple[Theme, ...]) -> Index:
    exact: dict[str, list[str]] = {}
    whole: dict[str, list[str]] = {}
    for theme in themes:
        for key in map(_article_key, theme.articles):
            (exact if "." in key else whole).setdefault(key, []).append(theme.id)
    return Index(
        themes=themes,
        order={t.id: i for i, t in enumerate(themes)},
        text_keywords=compile_keywords([(t.id, t.keywords) for t in themes]),
        heading_keywords=compile_keywords([(t.id, t.keywords + t.heading_keywords) for t in themes]),
        exact={k: tuple(v) for k, v in exact.items()},
        whole={k: tuple(v) for k, v in whole.items()},
        procedural=frozenset(t.id for t in themes if t.procedural),
    )


@dataclass(frozen=True)
class Context:
    """What a meeting tells about how to read its text: its own Convention and the names to blank."""

    home: str  # "uncac" or "untoc": which Convention an unqualified "article 46" belongs to
    blank: tuple[tuple[re.Pattern, tuple[str, ...]], ...]  # (pattern, lower-case words one of which it needs)


def meeting_context(meeting: Meeting) -> Context:
    about = meeting.parent_body or " ".join((meeting.body, meeting.title))
    home = "uncac" if CORRUPTION.search(about) else "untoc"
    blank = [(BODY_NAME, ("group", "meeting"))]
    convention = HOME_CONVENTION.search(about)
    if convention:
        blank.append((re.compile(re.escape(convention.group(0)), re.I), ("convention",)))
    return Context(home=home, blank=tuple(blank))


def blanked(text: str, context: Context) -> str:
    """`text` with names of bodies and of the meeting's own Convention replaced by spaces (positions kept)."""
    lowered = text.lower()
    for pattern, needed in context.blank:
        if any(word in lowered for word in needed):
            text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    return text


@lru_cache(maxsize=50_000)
def gather(text: str, references, index: Index, context: Context, *, heading: bool = False) -> Evidence:
    """The evidence in `text`: its keywords (heading keywords too when it is a heading) and cited articles.

    A text repeated from meeting to meeting is read once: the evidence is shared, and no caller changes it."""
    evidence = Evidence()
    keywords = index.heading_keywords if heading else index.text_keywords
    for match in keywords.pattern.finditer(blanked(text, context).lower()) if keywords.pattern else ():
        for theme_id in keywords.themes_for(match.group(0)):
            evidence.add(theme_id, KEYWORD_POINTS, match.start())
            evidence.words.setdefault(theme_id, Counter())[match.group(0)] += 1
    for reference in references:
        if reference.kind == "article":
            _cite(evidence, reference, text, index, context)
    return evidence


def _cite(evidence: Evidence, reference: Reference, text: str, index: Index, context: Context) -> None:
    position = max(text.find(reference.text), 0)
    key = _convention_key(reference, text[position + len(reference.text) :], context)
    if key is None:
        return
    article = key.split(".")[0]
    precise = index.exact.get(key, ()) if "." in key else ()
    awards = [(t, ARTICLE_POINTS) for t in precise]
    share = WHOLE_ARTICLE_SHARE if precise else 1.0
    awards += [(t, ARTICLE_POINTS * share) for t in index.whole.get(article, ()) if t not in precise]
    for theme_id, points in awards:
        evidence.add(theme_id, points, position)
        if points >= ARTICLE_POINTS:
            evidence.articles.setdefault(theme_id, []).append(describe_article(key))


def _convention_key(reference: Reference, tail: str, context: Context) -> str | None:
    """Which Convention a citation belongs to, as "untoc:18.18" or "uncac:46"; None for other instruments."""
    if reference.id.startswith("uncac:"):
        return reference.id
    instrument = INSTRUMENT_AFTER.match(tail)
    named = instrument.group(1) if instrument else ""
    if CORRUPTION.search(named) or "Corruption" in reference.text:
        convention = "uncac"
    elif ORGANIZED_CRIME.search(named):
        convention = "untoc"
    elif CONVENTION.match(named) or not OTHER_INSTRUMENT.search(named):
        convention = context.home
    else:
        return None
    return f"{convention}:{reference.id}"


def describe_article(key: str) -> str:
    """A citation in words: "untoc:18.18" is "article 18, paragraph 18"; "uncac:46" names its Convention."""
    convention, _, number = key.partition(":")
    return reference_label("article", f"{CORRUPTION_PREFIX}{number}" if convention == "uncac" else number)
