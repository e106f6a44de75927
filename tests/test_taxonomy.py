"""Loading theme taxonomies: the built-in one, a user's file, and malformed files that must name their line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from compare.analyse.taxonomy import describe_taxonomy, load_taxonomy
from compare.util.errors import InputError, TaxonomyError

REQUIRED_IDS = {
    "extradition",
    "mutual-legal-assistance",
    "videoconferencing",
    "bank-information",
    "confiscation-asset-sharing",
    "transfer-of-proceedings",
    "special-investigative-techniques",
    "joint-investigations",
    "law-enforcement-cooperation",
    "regional-networks",
    "central-authorities",
    "cultural-property",
    "uncac-synergies",
    "technical-assistance",
    "electronic-evidence",
    "organisation",
}

MINIMAL = """\
themes:
  - id: extradition
    label: Extradition
    articles: ["16"]
    keywords: [extradit]
"""


def write(tmp_path: Path, text: str, name: str = "taxonomy.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def reason_of(tmp_path: Path, text: str) -> str:
    with pytest.raises(TaxonomyError) as caught:
        load_taxonomy(write(tmp_path, text))
    return caught.value.reason


def test_built_in_taxonomy_has_the_expected_themes_whatever_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "themes: [", name="taxonomy.yaml")  # a broken file here must not be picked up
    themes = load_taxonomy()
    ids = [t.id for t in themes]
    assert REQUIRED_IDS <= set(ids)
    assert len(ids) == len(set(ids))
    assert all(t.label and t.description for t in themes)
    assert all(k == k.lower() for t in themes for k in t.keywords)


def test_built_in_articles_are_convention_refs():
    themes = {t.id: t for t in load_taxonomy()}
    assert "16" in themes["extradition"].articles
    assert "uncac:44" in themes["extradition"].articles
    assert "18.18" in themes["videoconferencing"].articles
    assert "18.8" in themes["bank-information"].articles
    assert "18" in themes["mutual-legal-assistance"].articles
    for theme in themes.values():
        assert all(re.fullmatch(r"(uncac:)?\d+(\.\d+)?", a) for a in theme.articles), theme.id


def test_organisation_is_procedural_and_only_procedural():
    themes = load_taxonomy()
    assert [t.id for t in themes if t.procedural] == ["organisation"]
    organisation = next(t for t in themes if t.id == "organisation")
    assert not organisation.articles
    assert "introduction" in organisation.heading_keywords


def test_a_user_file_replaces_the_built_in_taxonomy(tmp_path):
    themes = load_taxonomy(write(tmp_path, MINIMAL))
    assert [t.id for t in themes] == ["extradition"]
    assert themes[0].articles == ("16",)
    assert themes[0].keywords == ("extradit",)


def test_a_bare_list_and_integer_articles_are_accepted(tmp_path):
    text = "- id: mla\n  label: Mutual legal assistance\n  articles: [18]\n  keywords: [Mutual Legal Assistance]\n"
    (theme,) = load_taxonomy(write(tmp_path, text))
    assert theme.articles == ("18",)
    assert theme.keywords == ("mutual legal assistance",), "keywords are matched in lower case"


def test_the_error_is_an_input_error_naming_the_file(tmp_path):
    path = write(tmp_path, "themes:\n  - id: x\n")
    with pytest.raises(InputError) as caught:
        load_taxonomy(path)
    assert caught.value.path == str(path)


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("themes:\n  - id: a\n    label: A\n  - id: [b\n    label: B\n", 5, "invalid YAML"),
        ("themes:\n  - id: a\n    label: 'A\n", 4, "invalid YAML"),
        ("themes:\n  - id: a\n    label: A\n  - label: B\n    keywords: [b]\n", 4, "no 'id'"),
        ("themes:\n  - id: a\n    label: A\n  - id: b\n    keywords: [b]\n", 4, "no 'label'"),
        ("themes:\n  - id: a\n    label: A\n  - id: b\n    label: B\n  - id: a\n    label: Again\n", 6, "duplicate"),
        ("themes:\n  - id: a\n    label: A\n    keywords: extradition\n", 4, "must be a list"),
        ("themes:\n  - id: a\n    label: A\n    articles: [16, 18.10]\n", 4, "must be quoted"),
        ("themes:\n  - id: a\n    label: A\n    articles: ['article 16']\n", 4, "not like"),
        ("themes:\n  - id: a\n    label: A\n    keyword: [x]\n", 4, "unknown field 'keyword'"),
        ("themes:\n  - id: a\n    label: [A]\n", 3, "must be text"),
        ("themes:\n  - id: Extradition\n    label: A\n", 2, "lower-case"),
        ("themes:\n  - id: a\n    label: A\n    procedural: maybe\n", 4, "true or false"),
        ("themes:\n  - id: a\n    label: A\n  - just a string\n", 4, "must be a mapping"),
        ("themes:\n  - id: a\n    label: A\n    keywords: ['']\n", 4, "empty entry"),
        ("themes:\n  - id: a\n    label: A\n    keywords: [x]\n    keywords: [y]\n", 5, "given twice"),
        ("themes: {id: a}\n", 1, "list of themes"),
        ("version: 2\n", 1, "'themes' key"),
        ("themes: []\n", 1, "empty"),
        ("", 1, "empty"),
    ],
)
def test_malformed_files_name_the_line(tmp_path, text, line, words):
    reason = reason_of(tmp_path, text)
    assert reason.startswith(f"line {line}:"), reason
    assert words in reason


def test_duplicate_id_names_both_lines(tmp_path):
    reason = reason_of(tmp_path, "themes:\n  - id: a\n    label: A\n\n  - id: a\n    label: B\n")
    assert reason == "line 5: duplicate theme id 'a' (first at line 2)"


def test_unreadable_and_non_utf8_files(tmp_path):
    with pytest.raises(TaxonomyError, match="cannot read"):
        load_taxonomy(tmp_path / "missing.yaml")
    path = tmp_path / "latin1.yaml"
    path.write_bytes("themes:\n  - id: a\n    label: Extradici\xf3n\n".encode("latin-1"))
    with pytest.raises(TaxonomyError, match="not UTF-8"):
        load_taxonomy(path)


def test_describe_lists_every_theme_with_its_articles_and_keywords():
    themes = load_taxonomy()
    text = describe_taxonomy(themes)
    blocks = text.strip().split("\n\n")
    assert [b.splitlines()[0] for b in blocks] == [t.id for t in themes]
    videoconferencing = next(b for b in blocks if b.startswith("videoconferencing\n"))
    assert "  label: Videoconferencing" in videoconferencing
    assert re.search(r"^  articles: 18\.18, uncac:46\.18$", videoconferencing, re.M)
    assert re.search(r"^  keywords: .*video conferenc", videoconferencing, re.M)
    assert describe_taxonomy(themes) == text


def test_describe_shows_a_dash_for_no_articles(tmp_path):
    themes = load_taxonomy(write(tmp_path, "themes:\n  - id: networks\n    label: Networks\n"))
    assert describe_taxonomy(themes) == "networks\n  label: Networks\n  articles: -\n  keywords: -\n"
