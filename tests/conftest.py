"""Shared pytest fixtures."""

from __future__ import annotations

import os

import formats  # tests/formats.py: tests/ is on sys.path, as pytest puts a rootdir conftest's folder there
import pytest
from hypothesis import settings

# `make test` runs the property tests on the same examples every time (a test run is as repeatable as the
# outputs); `make fuzz` (HYPOTHESIS_PROFILE=explore) draws new ones on every run, for longer.
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

# --- Report formats: the seed written as DOCX, PDF, HTML and a plain-text export (readers helper) ---
# Built once per run by tests/formats.py into a session temporary folder.


@pytest.fixture(scope="session")
def format_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("formats")


@pytest.fixture(scope="session")
def seed_blocks():
    return formats.seed_blocks()


@pytest.fixture(scope="session")
def seed_docx(format_dir, seed_blocks):
    return formats.write_docx(seed_blocks, format_dir / "seed.docx")


@pytest.fixture(scope="session")
def seed_pdf(format_dir, seed_blocks):
    return formats.write_pdf(seed_blocks, format_dir / "seed.pdf")


@pytest.fixture(scope="session")
def seed_html(format_dir, seed_blocks):
    return formats.write_html(seed_blocks, format_dir / "seed.html")


@pytest.fixture(scope="session")
def seed_wrapped_text(format_dir, seed_blocks):
    return formats.write_wrapped_text(seed_blocks, format_dir / "seed_export.txt")


@pytest.fixture(scope="session")
def seed_pdf_blocks(seed_pdf):
    """The seed PDF read once: PDF reading is the slowest reader, so tests share its blocks."""
    from compare.ingest.readers import read_blocks

    return read_blocks(seed_pdf)


@pytest.fixture(scope="session")
def hostile_files(format_dir, seed_pdf):
    """Files that claim a format they do not have, by name."""
    folder = format_dir / "hostile"
    folder.mkdir()
    return {
        "random.pdf": formats.hostile_random_pdf(folder / "random.pdf"),
        "truncated.pdf": formats.hostile_truncated_pdf(seed_pdf, folder / "truncated.pdf"),
        "encrypted.pdf": formats.hostile_encrypted_pdf(seed_pdf, folder / "encrypted.pdf"),
        "damaged.pdf": formats.hostile_damaged_pdf(folder / "damaged.pdf"),
        "scanned.pdf": formats.hostile_no_text_pdf(folder / "scanned.pdf"),
        "not_a_zip.docx": formats.hostile_fake_docx(folder / "not_a_zip.docx"),
    }


# --- end of report formats ---
