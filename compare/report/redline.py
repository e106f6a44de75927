"""The Word redline of each pair, `pairs/<old>--<new>.docx`: the new report against the old with real tracked
changes (`w:ins`/`w:del`, so Word's Accept and Reject work), the key changes first.

python-docx makes the document; the tracked runs are written on its XML. The file is the same byte for byte
for the same inputs: fixed document properties and fixed times in the zip.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime

from compare.model import Change, Comparison, Meeting, Theme
from compare.report import pairs
from compare.report.labels import meeting_label
from compare.report.lookups import Lookups, lookups
from compare.report.paths import pair_path

AUTHOR = "wgcompare"
FIXED_TIME = datetime(2000, 1, 1)
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def redline_files(comparison: Comparison) -> dict[str, bytes]:
    """`pairs/<old>--<new>.docx` for every compared pair."""
    look = lookups(comparison)
    return {pair_path(old, new, ".docx"): redline(look, old, new) for old, new in comparison.pairs}


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
    import docx

    old, new = look.meetings[old_id], look.meetings[new_id]
    rows = pairs.change_rows(look, old_id, new_id)
    document = docx.Document()
    _fix_properties(document, f"{meeting_label(old)} to {meeting_label(new)}: {old.body}")
    document.add_heading(f"{old.body}: {meeting_label(new)} against {meeting_label(old)}", level=1)
    document.add_heading("Key changes", level=2)
    key = pairs.key_changes(pairs.theme_groups(look, rows))
    bullet = document.styles["List Bullet"]
    for row in key:
        document.add_paragraph(_key_line(row), style=bullet)
    if not key:
        document.add_paragraph("No change between these meetings was graded major.")
    document.add_heading("The new report, with the changes tracked", level=2)
    ids = iter(range(1, 10**9))
    for row in rows:
        _tracked_paragraph(document.add_paragraph(), row, ids)
    return _deterministic(document)


def _key_line(row: dict) -> str:
    change = row["change"]
    refs = " → ".join(f"¶ {ref}" if ref else "–" for ref in (change.from_ref, change.to_ref))
    why = f": {change.why}" if change.why else ""
    return _clean(f"{row['status']} {refs} ({row['theme_label']}){why}")


def _tracked_paragraph(paragraph, row: dict, ids) -> None:
    """The unit's ref, then its text: kept words plain, inserted ones in w:ins, deleted ones in w:del."""
    ref = row["change"].to_ref or row["change"].from_ref
    paragraph.add_run(f"¶ {ref}  ").bold = True
    element = paragraph._p
    for op, text in _ops(row):
        if op == 0:
            element.append(_run("w:t", _clean(text)))
        else:
            element.append(_revision("w:ins" if op > 0 else "w:del", _clean(text), next(ids)))


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


def _revision(tag: str, text: str, number: int):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    revision = OxmlElement(tag)
    revision.set(qn("w:id"), str(number))
    revision.set(qn("w:author"), AUTHOR)
    revision.append(_run("w:delText" if tag == "w:del" else "w:t", text))
    return revision


def _run(text_tag: str, text: str):
    """A `w:r` holding `text` as one `w:t` (or `w:delText`), spaces kept: built on the XML directly, since
    python-docx's run text setter walks the text a character at a time."""
    from docx.oxml import OxmlElement

    run = OxmlElement("w:r")
    body = OxmlElement(text_tag)
    body.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    body.text = text
    run.append(body)
    return run


def _clean(text: str) -> str:
    """Text XML can hold: control characters dropped."""
    return _NOT_XML.sub("", text)


def _fix_properties(document, title: str) -> None:
    properties = document.core_properties
    properties.title = _clean(title)[:250]
    properties.author = properties.last_modified_by = AUTHOR
    properties.created = properties.modified = properties.last_printed = FIXED_TIME
    properties.revision = 1


def _deterministic(document) -> bytes:
    """The saved document, its zip entries rewritten with one fixed time."""
    saved = io.BytesIO()
    document.save(saved)
    out = io.BytesIO()
    with zipfile.ZipFile(saved) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
        for name in source.namelist():
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(name))
    return out.getvalue()
