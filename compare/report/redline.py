"""The Word redline of each pair, `pairs/<old>--<new>.docx`: the new report against the old with real tracked
changes (`w:ins`/`w:del`, so Word's Accept and Reject work), the key changes first.

The package is written directly from `templates/docx_parts.xml.j2` (python-docx, then a second zip for fixed
times, took most of the report's time): the document, its styles, numbering and settings (changes tracked),
and fixed document properties, zipped once with one fixed time, so the same inputs give the same bytes.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from compare.model import Change, Comparison, Meeting, Theme
from compare.report import pairs
from compare.report.labels import meeting_label
from compare.report.lookups import Lookups, lookups
from compare.report.package import FIXED_TIME, package_bytes
from compare.util.xmltext import XML_FORBIDDEN

AUTHOR = "wgcompare"


def pair_redline(old: Meeting, new: Meeting, changes: tuple[Change, ...], themes: tuple[Theme, ...]) -> bytes:
    """The redline of one pair from that pair alone: the same bytes as within the whole comparison (the
    pair's rows read only its two meetings, and the themes its rows use keep their order)."""
    pair = Comparison(
        meetings=(old, new),
        timelines=((old.meeting_id, new.meeting_id),),
        changes=changes,
        lineage_of={},
        themes=themes,
    )
    return redline(lookups(pair), old.meeting_id, new.meeting_id)


def redline(look: Lookups, old_id: str, new_id: str) -> bytes:
    old, new = look.meetings[old_id], look.meetings[new_id]
    rows = pairs.change_rows(look, old_id, new_id)
    key = pairs.key_changes(pairs.theme_groups(look, rows))
    parts = _parts()
    document = parts.document(
        _clean(f"{old.body}: {meeting_label(new)} against {meeting_label(old)}"),
        [_key_line(row) for row in key],
        "No change between these meetings was graded major.",
        list(_tracked(rows)),
        AUTHOR,
    )
    title = _clean(f"{meeting_label(old)} to {meeting_label(new)}: {old.body}")[:250]
    return package_bytes({**_fixed_parts(), "docProps/core.xml": _utf8(parts.core(title, AUTHOR, FIXED_TIME)),
                          "word/document.xml": _utf8(document)})  # fmt: skip


def _key_line(row: dict) -> str:
    change = row["change"]
    refs = " → ".join(f"¶ {ref}" if ref else "–" for ref in (change.from_ref, change.to_ref))
    why = f": {change.why}" if change.why else ""
    return _clean(f"{row['status']} {refs} ({row['theme_label']}){why}")


def _tracked(rows: list[dict]) -> Iterator[tuple[str, list[tuple[int, str, int]]]]:
    """Each unit's ref and its runs: kept words (op 0), inserted (1) and deleted (-1) ones, every inserted
    or deleted run numbered (the revision's w:id), from 1 through the whole document."""
    number = 0
    for row in rows:
        runs = []
        for op, text in _ops(row):
            number += op != 0
            runs.append((op, _clean(text), number if op else 0))
        yield _clean(row["change"].to_ref or row["change"].from_ref), runs


def _ops(row: dict) -> list[tuple[int, str]]:
    status, old, new = row["status"], row["old"], row["new"]
    if status == "modified" and row["ops"]:
        return list(row["ops"])
    if status == "new":
        return [(1, new.text)]
    if status == "dropped":
        return [(-1, old.text)]
    if status == "modified":
        return [(-1, old.text), (1, new.text)]
    return [(0, (new or old).text)]


def _clean(text: str) -> str:
    """Text XML can hold: control characters dropped."""
    return XML_FORBIDDEN.sub("", text)


def _utf8(part) -> bytes:
    return str(part).encode("utf-8", "replace")  # a lone surrogate as "?", as in the workbook


@functools.lru_cache(maxsize=1)
def _parts():
    from compare.report.templating import environment

    return environment().get_template("docx_parts.xml.j2").module


@functools.lru_cache(maxsize=1)
def _fixed_parts() -> dict[str, bytes]:
    """The parts every redline shares, made once: the first entries of each package."""
    parts = _parts()
    return {
        "[Content_Types].xml": _utf8(parts.content_types()),
        "_rels/.rels": _utf8(parts.root_rels()),
        "docProps/app.xml": _utf8(parts.app()),
        "word/_rels/document.xml.rels": _utf8(parts.document_rels()),
        "word/styles.xml": _utf8(parts.styles()),
        "word/numbering.xml": _utf8(parts.numbering()),
        "word/settings.xml": _utf8(parts.settings()),
    }
