"""Hostile inputs, each bounded: under 10 s and 1 GB (measured in a child process), one clear line when refused."""

from __future__ import annotations

import os
import random
import zipfile
from pathlib import Path

import pytest
from hostile_util import MEMORY_LIMIT, TIME_LIMIT, measured, wgcompare

HEAD = "# Report on the meeting of the Working Group on Things held in Vienna on 3 and 4 June 2015\n\n"
NORMALISE = """
from compare.ingest.normalise import normalise_file
from compare.util.errors import InputError
try:
    meeting = normalise_file({path!r})
    print("OK", len(meeting.units), sum(len(u.text) for u in meeting.units))
except InputError as error:
    print("REFUSED", error.reason)
"""

# Long runs of every character Markdown and the normaliser give a meaning to, at sizes where a
# backtracking pattern takes minutes (the unclosed bold run took 21 s at 64 KB before).
RUNS = {
    "unclosed-bold": "**a " * 30_000,
    "unclosed-underscore-bold": " __a" * 30_000,
    "stars": "*" * 200_000,
    "underscores": "_" * 200_000,
    "parentheses": "(" * 200_000,
    "digits-and-dots": "1." * 100_000 + " 1.1.1.1" * 20_000,
    "spaces": "x" + " " * 200_000 + "x",
    "less-than": "<" * 200_000 + " <b " * 20_000,
    "heading-spaces": "\n\n# a" + " " * 50_000 + "b",
    "heading-hashes": "\n\n# a" + " #" * 50_000 + "b",
    "tabs": "\t" * 200_000 + "x",
    "pipes": "|" + " ---|" * 40_000 + "x",
    "single-character-lines": "a\n" * 90_000,
    "single-character-paragraphs": "a\n\n" * 45_000,
    "single-character-lines-3-mb": "a\n" * 1_500_000,
    "numbered-markers": "\n".join(f"{i}." for i in range(1, 30_000)),
}


def _bounded(snippet: str) -> str:
    done, seconds, peak = measured(snippet)
    assert done.returncode == 0, done.stderr[-2000:]
    assert seconds < TIME_LIMIT, f"took {seconds:.1f} s"
    assert peak < MEMORY_LIMIT, f"peak memory {peak >> 20} MB"
    return done.stdout


@pytest.mark.parametrize("name", sorted(RUNS))
def test_long_runs_of_marker_characters_are_read_in_bounded_time_and_memory(tmp_path, name):
    path = tmp_path / f"{name}.md"
    path.write_text(HEAD + "1. The Working Group met. " + RUNS[name] + "\n\n2. It closed.\n", "utf-8")
    out = _bounded(NORMALISE.format(path=str(path)))
    assert out.startswith(("OK", "REFUSED")), out
    if out.startswith("REFUSED"):
        assert "Error" not in out and "limit" in out
    if name == "single-character-lines-3-mb":
        assert out.startswith("REFUSED 15000") and "lines; the limit is 100,000" in out


def test_unclosed_bold_text_is_kept(tmp_path):
    path = tmp_path / "bold.md"
    path.write_text(HEAD + "1. " + "**a " * 30_000 + "\n", "utf-8")
    out = _bounded(NORMALISE.format(path=str(path)))
    assert out.split()[:2] == ["OK", "1"] and int(out.split()[2]) >= 59_000, "the text is kept, not dropped"


def test_a_50000_word_sentence_reworded_is_compared_in_bounded_time(tmp_path):
    rng = random.Random(50)
    words = "the Working Group encouraged States and recommended that requested had urged noted decided of".split()
    sentence = " ".join(rng.choice(words) for _ in range(50_000))
    for year, body in ((2014, sentence), (2015, sentence.replace(" the ", " a ", 500))):
        head = HEAD.replace("2015", str(year))
        (tmp_path / f"m{year}.md").write_text(head + f"1. {body}.\n\n2. The Working Group closed.\n", "utf-8")
    snippet = f"""
from compare.cli import main
import sys
sys.argv = ["wgcompare", "compare", {str(tmp_path / "m2014.md")!r}, {str(tmp_path / "m2015.md")!r},
            "--no-cache", "--out", {str(tmp_path / "out")!r}]
try:
    main()
except SystemExit as end:
    print("EXIT", end.code)
"""
    assert "EXIT 0" in _bounded(snippet)
    assert "modified" in (tmp_path / "out" / "changes.csv").read_text("utf-8-sig")


def test_a_zip_bomb_docx_is_refused_before_it_is_inflated(tmp_path):
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b" " * (1 << 20)
            for _ in range(300):
                member.write(chunk)
    assert path.stat().st_size < 2_000_000
    out = _bounded(NORMALISE.format(path=str(path)))
    assert out.startswith("REFUSED") and "zip" in out and "limit" in out, out


def test_a_docx_entity_is_a_warning_and_the_rest_of_the_paragraph_is_kept(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph(HEAD.strip("# \n"))
    for number in range(1, 4):
        document.add_paragraph(f"{number}. The Working Group discussed ENTITY{number} and what followed it.")
    plain = tmp_path / "plain.docx"
    document.save(plain)
    path = tmp_path / "entity.docx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                data = data.split(b"?>", 1)[1].replace(b"ENTITY2", b"&xxe;")
                data = b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' + data
            target.writestr(item, data)
    result = wgcompare("normalise", path, "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert (
        f"warning: {path.name}: 1 XML entity reference(s) not resolved and left out: xxe" in result.stderr.splitlines()
    )
    markdown = next((tmp_path / "out").glob("*.md")).read_text("utf-8")
    assert "discussed and what followed it" in markdown and "root:" not in markdown


def test_a_pdf_over_the_page_limit_is_refused_before_its_pages_are_read(tmp_path):
    from reportlab.pdfgen import canvas

    from compare.ingest.readers.pdf import MAX_PAGES

    path = tmp_path / "long.pdf"
    drawing = canvas.Canvas(str(path))
    for page in range(MAX_PAGES + 1):
        drawing.drawString(72, 720, f"{page + 1}. The Working Group met.")
        drawing.showPage()
    drawing.save()
    out = _bounded(NORMALISE.format(path=str(path)))
    assert out.strip() == f"REFUSED PDF has {MAX_PAGES + 1} pages; the limit is {MAX_PAGES}"


def test_pdf_pages_of_dense_text_cost_a_bounded_time_each(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "dense.pdf"
    drawing = canvas.Canvas(str(path))
    drawing.setFont("Helvetica", 5)
    for page in range(4):  # about 0.7 s a page of 120 dense lines on a 2-core machine
        for line in range(120):
            drawing.drawString(20, 800 - 6.5 * line, f"{page * 120 + line + 1}. " + "cooperation assistance " * 9)
        drawing.showPage()
    drawing.save()
    assert _bounded(NORMALISE.format(path=str(path))).startswith(("OK", "REFUSED"))


def test_deeply_nested_html_is_refused_with_a_reason(tmp_path):
    path = tmp_path / "deep.html"
    path.write_text("<html><body>" + "<div>" * 100_000 + "1. text" + "</div>" * 100_000 + "</body></html>")
    result = wgcompare("compare", path, "--out", tmp_path / "out")
    assert result.returncode == 2
    assert result.stderr == f"error: {path}: HTML nested too deeply\n"


def test_yaml_aliases_in_a_taxonomy_are_refused_at_once(tmp_path):
    themes = "".join(f"- id: t{i}\n  label: T{i}\n  description: *big\n" for i in range(2000))
    path = tmp_path / "taxonomy.yaml"
    path.write_text("big: &big " + "x " * 100_000 + "\nthemes:\n" + themes)
    result = wgcompare("themes", "--taxonomy", path)
    assert result.returncode == 2
    assert result.stderr == f"error: {path}: line 1: YAML anchors and aliases are not allowed\n"


def test_one_undecodable_byte_is_a_warning_and_accents_stay(tmp_path):
    path = tmp_path / "report.md"
    text = HEAD + "1. Mr. Sánchez (Perú) spoke.\n\n2. Ms. Müller \x00spoke.\n"
    path.write_bytes(text.encode("utf-8").replace(b"\x00", b"\xff"))
    result = wgcompare("normalise", path, "--out", tmp_path / "out")
    assert result.returncode == 0
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"warning: {path.name}: line 5, byte ") and "0xFF is not UTF-8" in first
    markdown = next((tmp_path / "out").glob("*.md")).read_text("utf-8")
    assert "Sánchez (Perú)" in markdown and "Müller" in markdown


def test_a_symlink_leading_outside_the_corpus_folder_is_refused(tmp_path):
    corpus, elsewhere = tmp_path / "corpus", tmp_path / "elsewhere"
    corpus.mkdir()
    elsewhere.mkdir()
    (elsewhere / "secret.md").write_text(HEAD + "1. Not for this corpus.\n")
    (corpus / "secret.md").symlink_to(elsewhere / "secret.md")
    (corpus / "zero.md").symlink_to("/dev/zero")
    result = wgcompare("compare", corpus, "--out", tmp_path / "out")
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert f"error: {corpus / 'secret.md'}: symbolic link leading outside its folder; not followed" in lines
    assert f"error: {corpus / 'zero.md'}: symbolic link leading outside its folder; not followed" in lines


def test_a_device_named_directly_is_refused_without_reading_it(tmp_path):
    link = tmp_path / "zero.md"
    link.symlink_to("/dev/zero")
    out = _bounded(NORMALISE.format(path=str(link)))
    assert out.strip() == "REFUSED not a regular file"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_does_not_hang(tmp_path):
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    result = wgcompare("compare", fifo, "--out", tmp_path / "out", timeout=30)
    assert result.returncode == 2 and result.stderr == f"error: {fifo}: not a regular file\n"


def test_a_lone_surrogate_escape_in_a_json_input_is_one_line(tmp_path):
    source = Path(__file__).resolve().parents[1] / "meetings" / "wg-international-cooperation-2013-05.json"
    path = tmp_path / "odd.json"
    path.write_text(source.read_text("utf-8").replace('"text": "', '"text": "\\udc80', 1), "utf-8")
    result = wgcompare("compare", path, source, "--out", tmp_path / "out")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"error: {path}: ") and "surrogate" in result.stderr


def test_csv_cells_are_guarded_after_invisible_characters():
    from compare.report.csv import guard_cell

    for hidden in (" ", "\n", "\u00a0", "\u200b", "\ufeff", "\u3000", " \t "):
        for formula in ("=1+1", "+1", "-1", "@SUM(A1)", "\uff1d1+1", "\uff0b1"):
            assert guard_cell(hidden + formula).startswith("'"), repr(hidden + formula)
    for text in ("a = b", " plain", "\u00a0text", "", "   "):
        assert guard_cell(text) == text


def test_an_undecodable_byte_in_html_is_a_warning_and_accents_stay(tmp_path):
    path = tmp_path / "report.html"
    head = f"<html><head><meta charset='utf-8'></head><body><h1>{HEAD.strip().strip('# ')}</h1>\n"
    path.write_bytes((head + "<p>1. Mr. Sánchez \x00 spoke.</p></body></html>").encode().replace(b"\x00", b"\xff"))
    result = wgcompare("normalise", path, "--out", tmp_path / "out")
    assert result.returncode == 0
    assert (
        f"warning: {path.name}: line 2: 1 undecodable byte sequence(s), shown as U+FFFD" in result.stderr.splitlines()
    )
    assert "Sánchez" in next((tmp_path / "out").glob("*.md")).read_text("utf-8")
