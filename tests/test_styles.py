"""A style corpus through every reader: each illustrative sample of tests/styles/ as Markdown, text, DOCX, PDF, HTML.

The expected refs and metadata are in `NAME.json` beside each sample, written
by reading the sample, not by running the normaliser. Every format writer
(tests/formats.py) adds the damage its kind of file has: page furniture, hard
wraps and hyphenation, Word's numbering, running headers.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import formats
import pytest
import unpdf

from compare.ingest.normalise import normalise_file
from compare.ingest.readers.markdown import parse
from compare.ingest.readers.textcodec import decode_text

STYLES = Path(__file__).resolve().parent / "styles"
SAMPLES = sorted(STYLES.glob("*.txt"))
WRITERS = {
    "md": lambda source, blocks, path: shutil.copy(source, path),
    "txt": lambda source, blocks, path: formats.write_wrapped_text(blocks, path, running=expected(source)["symbol"]),
    "docx": lambda source, blocks, path: formats.write_docx(blocks, path),
    "pdf": lambda source, blocks, path: unpdf.write_un_pdf(blocks, path, expected(source)["symbol"]),
    "html": lambda source, blocks, path: formats.write_html(blocks, path),
}
WORD = re.compile(r"[^\W\d_]{3,}")
SAMPLE_LINE = re.compile(r"^Illustrative sample - not an official document$", re.M)  # marks the file, read as a flag


def written(sample: Path, suffix: str, folder: Path) -> Path:
    blocks = parse(decode_text(sample.read_bytes()))
    path = folder / f"{sample.stem}.{suffix}"
    WRITERS[suffix](sample, blocks, path)
    return path


def expected(sample: Path) -> dict:
    return json.loads(sample.with_suffix(".json").read_text("utf-8"))


@pytest.mark.parametrize("suffix", sorted(WRITERS))
@pytest.mark.parametrize("sample", SAMPLES, ids=[s.stem for s in SAMPLES])
def test_every_style_reads_the_same_in_every_format(sample, suffix, tmp_path):
    meeting = normalise_file(written(sample, suffix, tmp_path))
    want = expected(sample)
    assert [u.ref for u in meeting.units] == want["refs"]
    for field in ("body", "symbol", "venue", "session"):
        if want[field] is not None:
            assert getattr(meeting, field) == want[field], field
    if want["dates"] is not None:
        assert list(meeting.dates) == want["dates"]


@pytest.mark.parametrize("suffix", sorted(WRITERS))
@pytest.mark.parametrize("sample", SAMPLES, ids=[s.stem for s in SAMPLES])
def test_no_word_is_lost(sample, suffix, tmp_path):
    """Every word of the sample ends in the front matter, a unit, a heading, a footnote, the annex or the furniture."""
    meeting = normalise_file(written(sample, suffix, tmp_path))
    text = SAMPLE_LINE.sub("", sample.read_text("utf-8"))
    kept = " ".join(
        [*meeting.front_matter]
        + [u.text for u in meeting.units]
        + [f"{s.numeral} {s.letter} {s.title}" for s in meeting.sections]
        + [f.text for f in meeting.footnotes]
        + [cell for table in meeting.annex for row in table.rows for cell in row]
        + list(meeting.furniture)
    )
    found = set(WORD.findall(kept.replace("-", "")))
    lost = [w for w in WORD.findall(text.replace("-", "")) if w not in found]
    assert lost == []


def test_a_repeated_number_is_two_units_and_a_warning(tmp_path):
    meeting = normalise_file(written(STYLES / "08_repeated_missing.txt", "md", tmp_path))
    three = [u for u in meeting.units if u.paragraph == 3]
    assert [u.ref for u in three] == ["3", "3-bis"] and "time limits" in three[1].text
    assert any("3-bis" in w and "repeated" in w for w in meeting.warnings)
    assert any("number 4 missing" in w and "08_repeated_missing" in w for w in meeting.warnings)


def test_furniture_in_run_together_text_is_kept_apart(tmp_path):
    meeting = normalise_file(written(STYLES / "03_run_together_web.txt", "md", tmp_path))
    assert not any("V.18" in u.text or "1801234" in u.text for u in meeting.units)
    assert any("V.18-01234" in f for f in meeting.furniture) and any("1801234" in f for f in meeting.furniture)


def test_a_quoted_agenda_stays_in_its_paragraph(tmp_path):
    meeting = normalise_file(written(STYLES / "06_review_group_session.txt", "md", tmp_path))
    adoption = next(u for u in meeting.units if "following agenda" in u.text)
    assert "Opening of the session" in adoption.text and "Adoption of the report" in adoption.text


def test_numbered_sub_headings_are_headings(tmp_path):
    meeting = normalise_file(written(STYLES / "05_recommendations_first.txt", "md", tmp_path))
    titles = [s.title for s in meeting.sections]
    assert "1. Prevention" in titles and "2. Protection of victims" in titles
    assert not any("Prevention" == u.text for u in meeting.units)
    assert all(u.is_recommendation for u in meeting.units if u.paragraph <= 4)


def test_a_meeting_with_no_body_is_never_paired(tmp_path):
    text = "Some notes\n\n1. A first paragraph of text.\n\n2. A second paragraph of text.\n"
    (tmp_path / "a.md").write_text(text, "utf-8")
    (tmp_path / "b.md").write_text(text.replace("second", "other"), "utf-8")
    ids = {normalise_file(tmp_path / n).meeting_id for n in ("a.md", "b.md")}
    assert len(ids) == 2
