"""UN-like PDFs (tests/unpdf.py): the masthead in two columns, running headers, footnotes running on."""

from __future__ import annotations

import pdfplumber
import pytest
import unpdf

from compare.ingest.normalise import normalise_file
from compare.ingest.readers.markdown import parse

SYMBOL = "CTOC/COP/WG.9/2021/2"
NOTE = (
    "The Working Group took note of the study prepared by the Secretariat on the handling of requests for "
    "mutual legal assistance, which described the practice of forty States and the difficulties reported "
    "by central authorities in receiving, translating and executing requests within reasonable time limits."
)
REPORT = f"""United Nations {SYMBOL}

Working Group on Firearms

Distr.: General 2 March 2021 Original: English

Vienna, 10-11 February 2021

Report on the meeting of the Working Group on Firearms held in Vienna on 10 and 11 February 2021

I. Introduction

1. The Working Group on Firearms held its ninth meeting in Vienna on 10 and 11 February 2021.[^1]

2. Speakers described national systems for the marking of firearms and for the keeping of records, and the
exchange of information between customs and police services about seized weapons and their parts.

3. Several speakers called for regional training on the tracing of firearms found at crime scenes, for
forensic laboratories able to restore erased markings, and for shared databases of lost and stolen weapons.

4. The Working Group recommended that States parties review their legislation on deactivated firearms.

5. The Working Group adopted the present report at its closing meeting.

[^1] {NOTE}
"""


@pytest.fixture(scope="module")
def report_pdf(tmp_path_factory):
    path = tmp_path_factory.mktemp("unpdf") / "firearms.pdf"
    return unpdf.write_un_pdf(parse(REPORT), path, SYMBOL)


def page_texts(path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def test_the_pdf_looks_like_a_un_document(report_pdf):
    pages = page_texts(report_pdf)
    assert len(pages) >= 2
    first = pages[0].splitlines()
    assert any(line.startswith("United Nations") and line.endswith(SYMBOL) for line in first)
    assert any("Working Group on Firearms" in line and "Distr.: General" in line for line in first)  # two columns
    assert any("V.19-01234 (E)" in line for line in first) and "*1901234*" in pages[0]
    assert all(page.splitlines()[0].strip() == SYMBOL for page in pages[1:])  # running header
    assert "time limits" in " ".join(pages[1:]) and "time limits" not in pages[0]  # the footnote runs on


def test_the_masthead_is_read_column_by_column(report_pdf):
    meeting = normalise_file(report_pdf)
    assert (meeting.symbol, meeting.body, meeting.venue) == (SYMBOL, "Working Group on Firearms", "Vienna")
    assert meeting.dates == ("2021-02-10", "2021-02-11") and meeting.distribution_date == "2021-03-02"
    assert any("Distr.: General" in line for line in meeting.front_matter)


def test_a_footnote_running_on_to_the_next_page_continues_the_footnote(report_pdf):
    meeting = normalise_file(report_pdf)
    assert [u.ref for u in meeting.units] == ["1", "2", "3", "4", "5"]
    assert [f.text for f in meeting.footnotes] == [NOTE]
    assert not any("central authorities" in u.text or "time limits" in u.text for u in meeting.units)


def test_paragraphs_running_across_pages_keep_their_words_and_lose_the_furniture(report_pdf):
    meeting = normalise_file(report_pdf)
    source = {int(p[:1]): " ".join(p[3:].split()).replace("[^1]", "") for p in REPORT.split("\n\n") if p[:1].isdigit()}
    assert {u.paragraph: u.text.replace("[^1]", "") for u in meeting.units} == source
    assert any(SYMBOL in f for f in meeting.furniture) and any("V.19-01234" in f for f in meeting.furniture)
