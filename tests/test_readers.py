"""The DOCX, PDF and HTML readers on the seed written in each format, and on hostile files.

Expected values come from the Markdown seed's own blocks (what the report
says), never from hard-coded copies of reader output.
"""

from __future__ import annotations

import re
import zipfile

import formats
import pytest

from compare.ingest.readers import read_blocks
from compare.model import BlockKind
from compare.util.errors import UnreadableReport

NUMBERED = re.compile(r"^(\d{1,3})\.\s")


def paragraph_numbers(blocks) -> list[int]:
    return [int(m.group(1)) for b in blocks if b.kind is BlockKind.TEXT and (m := NUMBERED.match(b.text))]


def rows(blocks) -> list[tuple[str, ...]]:
    return [b.cells for b in blocks if b.kind is BlockKind.TABLE_ROW]


def texts(blocks) -> list[str]:
    return [b.text for b in blocks if b.kind is not BlockKind.PAGE_BREAK]


def find(blocks, start: str):
    return next(b for b in blocks if b.text.startswith(start))


def seed_footnote(seed_blocks) -> str:
    return next(b.text for b in seed_blocks if b.text.startswith("[^"))


def seed_headings(seed_blocks) -> list[str]:
    return [b.text for b in seed_blocks if b.kind is BlockKind.HEADING]


def unwrapped(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# --- DOCX -------------------------------------------------------------------


@pytest.fixture(scope="module")
def docx_blocks(seed_docx):
    return read_blocks(seed_docx)


def test_docx_paragraphs_in_order(docx_blocks, seed_blocks):
    assert paragraph_numbers(docx_blocks) == paragraph_numbers(seed_blocks)


def test_docx_heading_styles_give_levels_and_bold_normal_headings_stay_bold_text(docx_blocks, seed_blocks):
    by_text = {b.text: b for b in docx_blocks}
    found = [by_text[title] for title in seed_headings(seed_blocks)]
    styled = [b for b in found if b.kind is BlockKind.HEADING]
    plain = [b for b in found if b.kind is BlockKind.TEXT]
    assert styled and all(b.level >= 1 for b in styled)
    assert plain and all(b.bold for b in plain)


def test_docx_page_break_cuts_the_paragraph(docx_blocks):
    index = next(i for i, b in enumerate(docx_blocks) if b.text.startswith("7. "))
    page_break, rest = docx_blocks[index + 1], docx_blocks[index + 2]
    assert page_break.kind is BlockKind.PAGE_BREAK
    assert rest.text[:1].islower() and rest.page == docx_blocks[index].page + 1


def test_docx_automatic_numbering_is_rebuilt_as_item_letters(docx_blocks, seed_blocks):
    seed_items = [b.text for b in seed_blocks if re.match(r"^\([a-z]\) ", b.text) and b.text.endswith((";", "?", "."))]
    assert set(seed_items) <= set(texts(docx_blocks))


def test_docx_table_rows_are_the_annex(docx_blocks, seed_blocks):
    assert rows(docx_blocks) == rows(seed_blocks)
    assert all(b.text == " ".join(c for c in b.cells if c) for b in docx_blocks if b.kind is BlockKind.TABLE_ROW)


def test_docx_real_footnote_becomes_mark_and_trailing_block(docx_blocks, seed_blocks):
    assert "[^1]" in find(docx_blocks, "39. ").text
    assert docx_blocks[-1].text == seed_footnote(seed_blocks)


def test_docx_footer_text_is_kept(docx_blocks):
    assert formats.JOB_NUMBER in texts(docx_blocks)


def _docx_with_body(path, body_xml: str, numbering_xml: str = ""):
    """A real DOCX written by python-docx, with raw WordprocessingML paragraphs in its body."""
    import docx

    document = docx.Document()
    body = document.element.body
    section = body[-1]
    for element in formats.wml(f"<w:body>{body_xml}</w:body>"):
        section.addprevious(element)
    if numbering_xml:
        numbering = document.part.numbering_part.element
        container = formats.wml(f"<w:numbering>{numbering_xml}</w:numbering>")
        abstracts = [e for e in container if e.tag.endswith("abstractNum")]
        first_num = numbering.find(f"{{{formats.W_NS}}}num")
        for abstract in abstracts:
            first_num.addprevious(abstract)
        for num in [e for e in container if e.tag.endswith("}num")]:
            numbering.append(num)
    document.save(str(path))
    return path


def _para(text: str, num_id: str = "", ilvl: int = 0) -> str:
    numbering = ""
    if num_id:
        numbering = f'<w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr></w:pPr>'
    return f'<w:p>{numbering}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


MULTILEVEL = (
    '<w:abstractNum w:abstractNumId="77">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%3)"/></w:lvl>'
    "</w:abstractNum>"
    '<w:abstractNum w:abstractNumId="78">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>'
    "</w:abstractNum>"
    '<w:num w:numId="71"><w:abstractNumId w:val="77"/></w:num>'
    '<w:num w:numId="72"><w:abstractNumId w:val="77"/>'
    '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>'
    '<w:num w:numId="73"><w:abstractNumId w:val="78"/></w:num>'
)


def test_docx_numbering_levels_restart_and_bullets(tmp_path):
    body = "".join(
        [
            _para("First.", "71"),
            _para("Item.", "71", 1),
            _para("Item two.", "71", 1),
            _para("Sub-item.", "71", 2),
            _para("Second.", "71"),
            _para("New item.", "71", 1),
            _para("Restarted list.", "72"),
            _para("A bullet point.", "73"),
        ]
    )
    blocks = read_blocks(_docx_with_body(tmp_path / "numbered.docx", body, MULTILEVEL))
    assert texts(blocks) == [
        "1. First.",
        "(a) Item.",
        "(b) Item two.",
        "(i) Sub-item.",
        "2. Second.",
        "(a) New item.",
        "5. Restarted list.",
        "A bullet point.",
    ]


def test_docx_runs_marks_links_revisions_and_tabs(tmp_path):
    body = (
        '<w:p><w:r><w:t xml:space="preserve">12.</w:t></w:r><w:r><w:tab/></w:r>'
        '<w:r><w:t xml:space="preserve">See the </w:t></w:r>'
        "<w:hyperlink><w:r><w:t>linked report</w:t></w:r></w:hyperlink>"
        "<w:del><w:r><w:delText> deleted words</w:delText></w:r></w:del>"
        '<w:ins><w:r><w:t xml:space="preserve"> as amended</w:t></w:r></w:ins>'
        '<w:r><w:t>.</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>2</w:t></w:r></w:p>'
        '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Run-in heading </w:t></w:r>'
        "<w:r><w:rPr><w:b/></w:rPr><w:t>(article 16)</w:t></w:r></w:p>"
        '<w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>2</w:t></w:r>'
        '<w:r><w:t xml:space="preserve"> A footnote typed as a paragraph.</w:t></w:r></w:p>'
    )
    blocks = read_blocks(_docx_with_body(tmp_path / "runs.docx", body))
    assert [(b.text, b.bold) for b in blocks] == [
        ("12. See the linked report as amended.[^2]", False),
        ("Run-in heading (article 16)", True),
        ("[^2] A footnote typed as a paragraph.", False),
    ]


def test_docx_section_breaks_page_break_before_and_hidden_text(tmp_path):
    body = (
        "<w:p><w:pPr><w:sectPr/></w:pPr><w:r><w:t>One.</w:t></w:r></w:p>"
        '<w:p><w:pPr><w:sectPr><w:type w:val="continuous"/></w:sectPr></w:pPr><w:r><w:t>Two.</w:t></w:r>'
        "<w:r><w:rPr><w:vanish/></w:rPr><w:t>Hidden.</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>Three.</w:t></w:r></w:p>"
        "<w:p><w:pPr><w:pageBreakBefore/></w:pPr><w:r><w:t>Four.</w:t></w:r></w:p>"
    )
    blocks = read_blocks(_docx_with_body(tmp_path / "sections.docx", body))
    assert [(b.kind, b.text, b.page) for b in blocks] == [
        (BlockKind.TEXT, "One.", 1),
        (BlockKind.TEXT, "Two.", 1),
        (BlockKind.PAGE_BREAK, "", 2),
        (BlockKind.TEXT, "Three.", 2),
        (BlockKind.PAGE_BREAK, "", 3),
        (BlockKind.TEXT, "Four.", 3),
    ]


# --- PDF --------------------------------------------------------------------


def test_pdf_paragraphs_in_order(seed_pdf_blocks, seed_blocks):
    assert paragraph_numbers(seed_pdf_blocks) == paragraph_numbers(seed_blocks)


def test_pdf_page_breaks_match_the_pages(seed_pdf, seed_pdf_blocks):
    from pypdf import PdfReader

    pages = len(PdfReader(str(seed_pdf)).pages)
    breaks = [b for b in seed_pdf_blocks if b.kind is BlockKind.PAGE_BREAK]
    assert [b.page for b in breaks] == list(range(2, pages + 1))
    assert [b.page for b in seed_pdf_blocks] == sorted(b.page for b in seed_pdf_blocks)


def test_pdf_paragraph_cut_by_a_page_continues_in_lower_case(seed_pdf_blocks):
    after_break = [seed_pdf_blocks[i + 2] for i, b in enumerate(seed_pdf_blocks[:-2]) if b.kind is BlockKind.PAGE_BREAK]
    assert all(
        b.text == formats.RUNNING_TITLE
        for b in [seed_pdf_blocks[i + 1] for i, b in enumerate(seed_pdf_blocks[:-1]) if b.kind is BlockKind.PAGE_BREAK]
    )
    assert any(b.text[:1].islower() for b in after_break)


def test_pdf_footnote_mark_and_body(seed_pdf_blocks, seed_blocks):
    cited = [b for b in seed_pdf_blocks if "[^1]" in b.text and not b.text.startswith("[^")]
    assert cited and "agenda.[^1]" in cited[0].text
    assert seed_footnote(seed_blocks) in texts(seed_pdf_blocks)


def test_pdf_unruled_annex_table_rows(seed_pdf_blocks, seed_blocks):
    assert rows(seed_pdf_blocks) == rows(seed_blocks)


def test_pdf_hanging_item_labels_are_not_a_table(seed_pdf_blocks, seed_blocks):
    first_row = next(i for i, b in enumerate(seed_pdf_blocks) if b.kind is BlockKind.TABLE_ROW)
    assert all(b.kind is not BlockKind.TABLE_ROW for b in seed_pdf_blocks[:first_row])
    one_line_items = [b.text for b in seed_blocks if b.text.startswith("(b) What would")]
    assert one_line_items and one_line_items[0] in texts(seed_pdf_blocks)


def test_pdf_headings_by_size_and_bold_by_font(seed_pdf_blocks):
    chapter = find(seed_pdf_blocks, "III. Summary")
    assert chapter.kind is BlockKind.HEADING and chapter.bold
    sub = find(seed_pdf_blocks, "B. Documentation")
    assert sub.kind is BlockKind.TEXT and sub.bold
    assert not find(seed_pdf_blocks, "43. ").bold
    levels = {b.level for b in seed_pdf_blocks if b.kind is BlockKind.HEADING}
    assert levels == set(range(1, max(levels) + 1))


def test_pdf_keeps_hyphenation_and_furniture(seed_pdf_blocks):
    assert any(re.search(r"[a-z]-\n[a-z]", b.text) for b in seed_pdf_blocks)
    all_text = "\n".join(texts(seed_pdf_blocks))
    assert formats.BARCODE in all_text and f"{formats.JOB_NUMBER} (E)" in all_text
    assert re.search(rf"^\d+ {re.escape(formats.JOB_NUMBER)}$", all_text, re.M)


def test_pdf_ruled_table(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    data = [["Symbol", "Item", "Title"], ["A/1", "2", "Provisional agenda"], ["A/2", "3 and 4", "Background paper"]]
    path = tmp_path / "ruled.pdf"
    document = SimpleDocTemplate(str(path), pagesize=A4, invariant=1)
    document.build(
        [
            Paragraph("Annex", getSampleStyleSheet()["Heading1"]),
            Table(data, style=[("GRID", (0, 0), (-1, -1), 0.5, "black")]),
        ]
    )
    blocks = read_blocks(path)
    assert [b.cells for b in blocks if b.kind is BlockKind.TABLE_ROW] == [tuple(r) for r in data]
    assert blocks[0].text == "Annex"


def test_pdf_with_only_an_owner_password_is_read(tmp_path, seed_pdf, seed_pdf_blocks):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(str(seed_pdf)))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-128")
    path = tmp_path / "restricted.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    assert paragraph_numbers(read_blocks(path)) == paragraph_numbers(seed_pdf_blocks)


# --- HTML -------------------------------------------------------------------


@pytest.fixture(scope="module")
def html_blocks(seed_html):
    return read_blocks(seed_html)


def test_html_paragraphs_in_order(html_blocks, seed_blocks):
    assert paragraph_numbers(html_blocks) == paragraph_numbers(seed_blocks)


def test_html_headings_rules_and_page_breaks(html_blocks, seed_blocks):
    headings = [b for b in html_blocks if b.kind is BlockKind.HEADING]
    assert [b.text for b in headings] == seed_headings(seed_blocks)
    assert all(1 <= b.level <= 6 for b in headings)
    index = next(i for i, b in enumerate(html_blocks) if b.text.startswith("7. "))
    assert html_blocks[index + 1].kind is BlockKind.PAGE_BREAK
    assert html_blocks[index + 2].page == html_blocks[index].page + 1
    rules = [b for b in html_blocks if b.kind is BlockKind.PAGE_BREAK and b.page == 1]
    assert rules, "an <hr> is a break without a new page"


def test_html_drops_script_and_style_and_decodes_the_declared_charset(html_blocks, seed_html):
    all_text = "\n".join(texts(html_blocks))
    assert "script text" not in all_text and "MsoNormal" not in all_text
    assert "Sánchez" in all_text and "“Combating" in all_text
    assert "Sánchez".encode() not in seed_html.read_bytes()


def test_html_ordered_list_labels_marks_and_table(html_blocks, seed_blocks):
    seed_items = [b.text for b in seed_blocks if re.match(r"^\([a-d]\) (What|How|Would)", b.text)]
    assert seed_items and set(seed_items) <= set(texts(html_blocks))
    assert "agenda.[^1]" in find(html_blocks, "39. ").text
    assert seed_footnote(seed_blocks) in texts(html_blocks)
    assert rows(html_blocks) == rows(seed_blocks)


def test_html_bold_and_hidden_and_nested_tables(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><body><p><strong>Whole bold</strong> <b>line</b></p><p><b>Partly</b> bold</p>"
        "<p style='font-weight:700'>Styled bold</p><p style='display:none'>Hidden</p>"
        "<table><tr><td>Outer <table><tr><td>inner</td><td>cell</td></tr></table></td><td>Two</td></tr></table>"
        "<ol start='3'><li>Third</li><li value='7'>Seventh</li></ol><ul><li>Bullet</li></ul>"
        "</body></html>",
        encoding="utf-8",
    )
    blocks = read_blocks(path)
    assert [(b.text, b.bold) for b in blocks if b.kind is BlockKind.TEXT] == [
        ("Whole bold line", True),
        ("Partly bold", False),
        ("Styled bold", True),
        ("3. Third", False),
        ("7. Seventh", False),
        ("Bullet", False),
    ]
    assert rows(blocks) == [("Outer inner cell", "Two")]


def test_html_word_and_pandoc_footnotes(tmp_path):
    word = tmp_path / "word.htm"
    word.write_text(
        "<html><body><p class=MsoNormal>Held in Vienna.<a href='#_ftn1' name='_ftnref1'>"
        "<span class=MsoFootnoteReference>[1]</span></a></p>"
        "<div id=ftn1><p class=MsoFootnoteText><a href='#_ftnref1' name='_ftn1'>"
        "<span class=MsoFootnoteReference>[1]</span></a> A/CONF/1.</p></div></body></html>",
        encoding="utf-8",
    )
    assert texts(read_blocks(word)) == ["Held in Vienna.[^1]", "[^1] A/CONF/1."]
    pandoc = tmp_path / "pandoc.html"
    pandoc.write_text(
        '<html><body><p>Held in Vienna.<a href="#fn1" class="footnote-ref" role="doc-noteref"><sup>1</sup></a></p>'
        '<section class="footnotes" role="doc-endnotes"><hr><ol><li id="fn1"><p>A/CONF/1.'
        '<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li></ol></section></body></html>',
        encoding="utf-8",
    )
    assert texts(read_blocks(pandoc)) == ["Held in Vienna.[^1]", "[^1] A/CONF/1."]


@pytest.mark.parametrize(
    ("declaration", "encoding"),
    [("<meta charset='utf-8'>", "utf-8"), ("<meta charset='iso-8859-1'>", "cp1252"), ("", "cp1252"), ("", "utf-8")],
)
def test_html_decoding(tmp_path, declaration, encoding):
    path = tmp_path / "page.html"
    path.write_bytes(f"<html><head>{declaration}</head><body><p>Morán “Réunion” – 1</p></body></html>".encode(encoding))
    assert texts(read_blocks(path)) == ["Morán “Réunion” – 1"]


# --- hostile files ----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("random.pdf", "not a PDF file (no %PDF header)"),
        ("truncated.pdf", "damaged PDF (truncated or corrupt"),
        ("damaged.pdf", "damaged PDF (truncated or corrupt"),
        ("encrypted.pdf", "encrypted PDF (password protected)"),
        ("scanned.pdf", "no text layer (scanned image?)"),
        ("not_a_zip.docx", "not a DOCX file (not a zip archive)"),
    ],
)
def test_hostile_files_are_refused_with_a_reason(hostile_files, name, reason):
    with pytest.raises(UnreadableReport) as caught:
        read_blocks(hostile_files[name])
    assert caught.value.reason.startswith(reason)
    assert caught.value.path == str(hostile_files[name])


def test_zip_without_a_word_document_is_refused(tmp_path):
    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "1. Not a Word document.")
    with pytest.raises(UnreadableReport, match="not a DOCX file"):
        read_blocks(path)
