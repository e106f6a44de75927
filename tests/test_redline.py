"""The Word redline of a pair: real tracked changes that Word (and LibreOffice) can accept or reject."""

from __future__ import annotations

import io
import shutil
import subprocess

import pytest
from test_report_html import DELAYS, NEW, OLD, sample_comparison

from compare.model import Significance
from compare.report import files
from compare.report.html import pair_path

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def redline_bytes() -> bytes:
    comparison = sample_comparison()
    changes = tuple(
        c.__class__(**{**c.__dict__, "significance": Significance.MAJOR, "why": "A recommendation was dropped."})
        if c.from_ref == "3(b)" else c
        for c in comparison.changes
    )  # fmt: skip
    written = files.report_files(comparison.__class__(**{**comparison.__dict__, "changes": changes}))
    return written[pair_path(OLD, NEW, ".docx")]


def document(data: bytes):
    import docx

    return docx.Document(io.BytesIO(data))


def test_insertions_and_deletions_are_tracked_with_the_right_words(redline_bytes):
    body = document(redline_bytes).element.body
    inserted = ["".join(t.text for t in ins.iter(f"{W}t")) for ins in body.iter(f"{W}ins")]
    deleted = ["".join(t.text for t in d.iter(f"{W}delText")) for d in body.iter(f"{W}del")]
    assert [text for op, text in DELAYS.ops if op > 0] == inserted[:2]
    assert [text for op, text in DELAYS.ops if op < 0] == deleted[:1]
    assert any("trafficked cultural objects" in text for text in inserted)  # the new recommendation, inserted whole
    assert any("videoconference" in text for text in deleted)  # the dropped one, deleted whole
    assert all(ins.get(f"{W}author") == "wgcompare" and ins.get(f"{W}id") for ins in body.iter(f"{W}ins"))
    ids = [r.get(f"{W}id") for r in body.iter() if r.tag in (f"{W}ins", f"{W}del")]
    assert len(ids) == len(set(ids))


def test_key_changes_come_first(redline_bytes):
    paragraphs = [p.text for p in document(redline_bytes).paragraphs]
    key = paragraphs.index("Key changes")
    detail = next(i for i, text in enumerate(paragraphs) if text.startswith("The new report"))
    assert key < detail
    assert any("A recommendation was dropped." in text for text in paragraphs[key:detail])


def test_the_same_inputs_give_the_same_file(redline_bytes):
    comparison = sample_comparison()
    assert (
        files.report_files(comparison)[pair_path(OLD, NEW, ".docx")]
        == files.report_files(comparison)[pair_path(OLD, NEW, ".docx")]
    )


def test_libreoffice_converts_it_to_pdf(redline_bytes, tmp_path):
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui")
    source = tmp_path / "redline.docx"
    source.write_bytes(redline_bytes)
    profile = tmp_path / "profile"
    done = subprocess.run(
        [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(source)],
        capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    pdf = tmp_path / "redline.pdf"
    assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF")
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Key changes" in text and "videoconference" in text


def test_word_opens_it_with_track_changes_on(redline_bytes):
    settings = document(redline_bytes).settings.element
    assert settings.find(f"{W}trackRevisions") is not None


def test_a_pair_without_major_changes_says_so_and_keeps_the_headings_styled():
    paragraphs = document(files.report_files(sample_comparison())[pair_path(OLD, NEW, ".docx")]).paragraphs
    styles = {p.text: p.style.name for p in paragraphs}
    assert styles["Key changes"] == "Heading 2"
    assert styles["No change between these meetings was graded major."] == "Normal"
    assert paragraphs[0].style.name == "Heading 1"
