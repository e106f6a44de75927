"""The fast paths of reading find what the plain ones find: patterns compiled at their first use and tried only
where they may match, the cut before a label, the furniture lines."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compare.ingest import extract, furniture, metadata, segments
from compare.ingest.numbering import TERMINAL
from compare.ingest.patterns import Lazy, folded
from compare.ingest.segments import split_at_labels
from compare.util.ordinals import ORDINALS

LAZY = {
    **{f"session {i}": p for i, p in enumerate(metadata.SESSION_PATTERNS)},
    **{f"masthead session {i}": p for i, p in enumerate(metadata.MASTHEAD_SESSION)},
    **{f"body in title {i}": p for i, p in enumerate(metadata.BODY_IN_TITLE)},
    "any body": metadata.ANY_BODY,
    "held in": metadata.HELD_IN,
    "original": metadata.ORIGINAL,
}
# Words of the patterns, ordinals and letters `re.IGNORECASE` matches to ASCII ones ("ı", "İ", "ſ", Kelvin).
PIECES = [
    "held its", "HELD ITS", "report on the", "Report of the", "on its", "on the work of its", "at its", "during its",
    "a tenu sa", "celebró su", "the", "its", "meeting", "MEETING", "session", "Session", "réunion", "reunión",
    "período de sesiones", "of the", "was held", "held", "resumed", "sa", "de la", "sobre la", "Working Group on Cats",
    "Commission", "Grupo de trabajo", "held in Vienna", "Original: English", "ORIGINAL:", "150th", "5th", "21ST",
    "fifth", "FIFTH", "Twenty-First", "vingt et unième", "décimo primera", "vigésimo primer", "own", "new",
    "ı", "İ", "ſ", "\u212a", "ıts", "sıxth", "fİrst", "SİXTH", "ſeſſion", "\u212aey", ".", ",", "\n", " ", "  ",
]  # fmt: skip


def _spans(match: re.Match | None):
    return None if match is None else (match.span(), match.groups())


@pytest.mark.parametrize("word", sorted(ORDINALS))
def test_the_screen_takes_every_ordinal_word_in_any_case(word):
    screen = re.compile(metadata._ANY_ORDINAL, re.I)
    for form in (word, word.upper(), word.title()):
        assert screen.fullmatch(form), form


@pytest.mark.parametrize("name", sorted(LAZY))
@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14).map(" ".join))
def test_a_lazy_pattern_finds_what_the_pattern_finds(name, text):
    pattern = LAZY[name]
    assert _spans(pattern.search(text)) == _spans(pattern.compiled.search(text))
    assert _spans(pattern.search(text, folded(text))) == _spans(pattern.compiled.search(text))


@pytest.mark.parametrize(
    ("text", "session"),
    [
        ("The Working Group held its fifth meeting in Vienna.", 5),
        ("THE WORKING GROUP HELD ITS TWENTY-FIRST MEETING IN VIENNA.", 21),
        ("The Working Group held ıts sixth meeting.", 6),  # a dotless i: `re.IGNORECASE` reads an "i"
        ("Le Groupe de travail a tenu sa vingt et unième réunion à Vienne.", 21),
        ("The Working Group held its 150th meeting in Vienna.", 0),  # no ordinal the patterns know
    ],
)
def test_sessions_read_as_before(text, session):
    assert metadata._session([], [text]) == session


def test_a_literal_the_pattern_needs_skips_text_without_it():
    pattern = Lazy(r"\bheld\b", re.I, needs=("held",))
    assert pattern.search("It was HELD.") and pattern.search("It was ſeen.") is None
    assert Lazy("x+", needs=("y",)).search("xxx") is None  # what a wrong literal would cost: a missed match


def test_starting_the_command_compiles_no_long_alternation():
    """The ordinal and month-name patterns are compiled when a report needs them, not at import."""
    code = (
        "import re._compiler as c\n"
        "seen = []\n"
        "plain = c.compile\n"
        "c.compile = lambda p, flags=0: (seen.append(str(p)), plain(p, flags))[1]\n"
        "import compare.cli.main, compare.pipeline\n"
        "print(sum('vigésimo' in p or 'setiembre' in p for p in seen), len(seen))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    alternations, compiled = map(int, done.stdout.split())
    assert compiled > 0 and alternations == 0


PLAIN_LABEL = re.compile(r"(?<=\S)\s+" + segments._LABEL_AHEAD)  # the cut as first written
LINE_PIECES = [
    "12.", "3. The", "IV. Recommendations", "B. Review", "(a)", "b)", "(iv) x", "A.", "Xx", "text", "“Quoted”",
    "V.12-57344", "v.12-573441", "V.١٢-٥٧٣٤٤", "GE.05-1234",
    "(E)", "120912", "*1257344*", "Please recycle", "PAGE", "page 3", "– 4 –", "of 9", "/",
    "CTOC/COP/WG.3/2012/4", "2", "|", "▌", "\t", " ", "  ", "\u00a0", "\u2029", ".", ")", "",
]  # fmt: skip
SEPARATORS = [" ", " ", "", "\t", "\u00a0", "  "]
lines_of_pieces = st.lists(st.tuples(st.sampled_from(LINE_PIECES), st.sampled_from(SEPARATORS)), max_size=10).map(
    lambda pairs: "".join(piece + separator for piece, separator in pairs)
)


@settings(max_examples=500, deadline=None)
@given(st.lists(lines_of_pieces, min_size=1, max_size=3))
def test_the_label_cut_finds_the_cuts_of_the_plain_pattern(lines):
    """The pattern that starts at a space cuts a line where the plain one, `(?<=\\S)\\s+`, does."""
    assert split_at_labels(lines) == _plain_split_at_labels(lines)
    assert [segments.INLINE_LABEL.split(line) for line in lines] == [PLAIN_LABEL.split(line) for line in lines]


@settings(max_examples=500, deadline=None)
@given(lines_of_pieces)
def test_one_furniture_pattern_tells_what_the_five_tell(line):
    each = (furniture.JOB_NUMBER, furniture.PAGE_NUMBER, furniture.BARCODE, furniture.RECYCLE)
    assert furniture.is_furniture(line) == any(p.match(line) for p in (*each, furniture.SYMBOL_WITH_PAGE))


@settings(max_examples=500, deadline=None)
@given(lines_of_pieces)
def test_furniture_inside_a_line_is_found_where_the_pattern_finds_it(line):
    _, dropped = furniture.strip_inline_furniture(line, set(), masthead=False)
    assert dropped == [m.group(0) for m in furniture.INLINE_FURNITURE.finditer(line)]


REFERENCE_PIECES = [
    "article", "Articles", "ARTİCLE", "artıcle", "5", "16,", "paragraph 2", "(b)", "and 18", "of the Convention",
    "against Corruption", "resolution", "RESOLUTİONS", "decisıon", "decisions", "5/7", "3/2", "and 4/1",
    "CTOC/COP/WG.3/2012/4", "A/RES/55/25", "/", "ſ", ".", ",", " ",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(REFERENCE_PIECES), max_size=12).map(" ".join))
def test_references_are_found_where_the_patterns_find_them(text):
    plain = extract._articles(text) + extract._resolutions(text) + extract._symbols(text)
    assert extract.references(text) == tuple({(r.kind, r.id): r for r in plain}.values())


def _plain_split_at_labels(lines):
    """`split_at_labels` as it was written first: the plain pattern, every piece cleaned whole."""
    pieces = []
    for line in lines:
        for index, part in enumerate(PLAIN_LABEL.split(line)):
            if not part.strip():
                continue
            if index == 0 and pieces and not segments.LINE_LABEL.match(part):
                pieces[-1][0] = f"{pieces[-1][0]} {part}"
                pieces[-1][3].append(part)
                continue
            before = pieces[-1][0][-80:] if pieces else ""
            inline = bool(pieces) and not (index == 0 and before.rstrip().endswith(TERMINAL))
            pieces.append([part, inline, before, [part]])
    clean = segments.clean
    return [(clean(t), i, clean(b), tuple(clean(x) for x in p if x.strip())) for t, i, b, p in pieces if t.strip()]
