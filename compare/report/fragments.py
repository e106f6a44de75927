"""The report's big tables, built here rather than in templates: the change rows of the pair
pages, the rows of the lineage grids (theme pages, recommendations page) and the rows of
the follow-through table (on every page).

Between them they hold nearly all of a report's markup (a cell per unit per meeting,
tens of thousands of word-diff pieces), which jinja2 macros render several times more
slowly than plain string building. Every text from a report still goes through
markupsafe's `escape`, as autoescape would; the templates call these functions and
place what they return. The whitespace follows what the templates' `trim_blocks` and
`lstrip_blocks` made, so the pages are unchanged byte for byte.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping

from markupsafe import Markup, escape

from compare.model import Change

RECOMMENDATION_BADGE = '<span class="badge badge-recommendation" title="Recommendation">Rec.</span>'
ABSENT_CELL = '      <td class="cell cell-absent"><span class="absent" aria-label="not in this meeting">–</span></td>\n'
COARSE_NOTE = ' <span class="muted">(coarse: the word diff took too long and was done by larger pieces)</span>'
_DIFF_SIDES = {"inline": (-1, 0, 1), "old": (-1, 0), "new": (0, 1)}  # the ops each rendering shows
_DIFF_TAGS = {-1: ("<del>", "</del>"), 0: ("", ""), 1: ("<ins>", "</ins>")}


def ordinal(number: int) -> str:
    """4 -> "4th", 21 -> "21st"."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def status_badge(status: str) -> Markup:
    status = escape(status)
    return Markup(f'<span class="status status-{status}">{status}</span>')


def diff_html(ops: tuple[tuple[int, str], ...], side: str) -> Markup:
    """A WordDiff's ops: "inline" shows both sides, "old" the deleted and kept words, "new" the kept and inserted."""
    shown = _DIFF_SIDES[side]
    parts = []
    for op, text in ops:
        kind = -1 if op < 0 else 1 if op > 0 else 0
        if kind in shown:
            opening, closing = _DIFF_TAGS[kind]
            parts.append(f"{opening}{escape(text)}{closing}")
    return Markup(f'<div class="diff diff-{side}">{"".join(parts)}</div>')


def significance_html(change: Change) -> str:
    """The significance badge and why (each ending its line), then the reviewer decision."""
    why = f' <span class="why">{escape(change.why)}</span>' if change.why else ""
    if change.significance:
        level = escape(change.significance)
        text = f'<p class="significance"><span class="badge significance-{level}">{level}</span>{why}</p>\n'
    elif change.why:
        text = f'<p class="significance"><span class="why">{escape(change.why)}</span></p>\n'
    else:
        text = ""
    if change.decision:
        text += f'<p class="decision">Reviewer decision: {escape(change.decision)}</p>'
    return text


def diff_counts_html(change: Change) -> str:
    words = "word" if change.inserted == 1 else "words"
    return (
        f'<span class="diff-counts"><span class="count-ins">{escape(change.inserted)} {words} added</span>, '
        f'<span class="count-del">{escape(change.deleted)} removed</span></span>'
    )


# ---- pair pages ---------------------------------------------------------------


def change_row_html(row: dict) -> Markup:
    """One aligned unit of a pair page: a <tbody> the page's filters show or hide (row: html._change_row)."""
    change, status = row["change"], row["status"]
    diffed = bool(row["ops"]) and status == "modified"
    parts = [
        f'<tbody class="change status-row-{escape(status)}" id="{escape(row["id"])}" data-status="{escape(status)}" '
        f'data-theme="{escape(row["theme"])}" data-recommendation="{"true" if row["recommendation"] else "false"}" '
        f'data-old-ref="{escape(change.from_ref)}" data-new-ref="{escape(change.to_ref)}">\n'
        '  <tr>\n    <th scope="row" class="change-head">\n'
        f"      {status_badge(status)}\n",
        RECOMMENDATION_BADGE if row["recommendation"] else "",
        _moved_badge(change, row),
        f'<span class="similarity">similarity {change.similarity:.2f}</span>' if status == "modified" else "",
        "    </th>\n",
        _change_side(row["old"], "old", row["ops"] if diffed else None),
        _change_side(row["new"], "new", row["ops"] if diffed else None),
        "  </tr>\n",
    ]
    if diffed or change.significance or change.why or change.decision or change.match_reason:
        parts.append(f'  <tr class="change-detail">\n    <td colspan="3">\n      {significance_html(change)}\n')
        reason = escape(change.match_reason)
        parts.append(f'<p class="match-reason">Alignment: {reason}</p>\n' * bool(reason))
        if diffed:
            coarse = COARSE_NOTE if row["degraded"] else ""
            parts.append(f'      <p class="diff-label">Word diff: {diff_counts_html(change)}{coarse}</p>\n')
            parts.append(f"      {diff_html(row['ops'], 'inline')}\n")
        parts.append("    </td>\n  </tr>\n")
    parts.append("</tbody>")
    return Markup("".join(parts))


def _moved_badge(change: Change, row: dict) -> str:
    if not change.moved:
        return ""
    elsewhere = change.from_theme and change.from_theme != row["theme"]
    origin = f" from {escape(row['from_theme_label'])}" if elsewhere else ""
    return f'<span class="badge badge-moved">moved{origin}</span>'


def _change_side(unit, side: str, ops) -> str:
    """One side's cell: the unit's ref, then its side of the diff or its text; or that it is absent."""
    if unit is None:
        return f'    <td class="side {side}">\n<p class="absent">Not in this meeting.</p>    </td>\n'
    section = f' <span class="muted">({escape(unit.section)})</span>' if unit.section else ""
    body = diff_html(ops, side) if ops else f'<div class="text">{escape(unit.text)}</div>'
    return f'    <td class="side {side}">\n      <p class="ref">¶ {escape(unit.ref)}{section}</p>\n{body}    </td>\n'


# ---- lineage grids ----------------------------------------------------------------


def grid_row_html(row: dict, show_theme: bool, root: str) -> Markup:
    """One lineage of a grid: its unit, its theme (when `show_theme`), a cell per meeting (row: html._grid_row)."""
    latest = row["latest"]
    parts = [
        f'    <tr class="lineage" data-lineage="{escape(row["lineage"])}">\n'
        '      <th scope="row" class="grid-unit">\n'
        f'        <span class="ref">¶ {escape(row["first_ref"])}</span>',
        f" {RECOMMENDATION_BADGE}" if row["recommendation"] else "",
        '        <details class="full-text">\n'
        f"          <summary>{escape(row['summary'])}</summary>\n"
        f'          <div class="text">{escape(latest.text)}</div>\n'
        "        </details>\n      </th>\n",
    ]
    if show_theme:
        parts.append(f'<td><a href="{escape(root)}{escape(row["theme_path"])}">{escape(row["theme"])}</a></td>')
    parts.extend(_grid_cell(cell) if cell else ABSENT_CELL for cell in row["cells"])
    parts.append("    </tr>")
    return Markup("".join(parts))


def _grid_cell(cell: dict) -> str:
    change, unit, status = cell["change"], cell["unit"], cell["status"]
    parts = [_cell_head(status, unit.ref)]
    if change is not None:
        parts.append('<span class="badge badge-moved">moved</span>' if change.moved else "")
        parts.append(significance_html(change))
    if cell["ops"]:
        parts.append(
            '        <details class="cell-diff">\n'
            f"          <summary>What changed ({diff_counts_html(change)})</summary>\n"
            f"          {diff_html(cell['ops'], 'inline')}\n"
            "        </details>\n"
        )
    elif status in ("present", "new"):
        parts.append(
            '        <details class="cell-text">\n          <summary>Text</summary>\n'
            f'          <div class="text">{escape(unit.text)}</div>\n        </details>\n'
        )
    parts.append("      </td>\n")
    return "".join(parts)


@functools.lru_cache(maxsize=4096)
def _cell_head(status: str, ref: str) -> str:
    """A cell's opening: most cells of a grid are one of a few (unchanged, at the same ref)."""
    return (
        f'      <td class="cell cell-{escape(status)}">\n'
        f'        {status_badge(status)} <span class="ref">¶ {escape(ref)}</span>\n'
    )


# ---- follow-through --------------------------------------------------------------

NO_REPORT = '<p class="muted">That meeting\'s report is not in this comparison.</p>'
EVIDENCE_TEXT_LENGTH = 240


def followup_row_html(
    row: dict, names: Mapping[str, str], link: Callable[[str, str], str], several_bodies: bool
) -> Markup:
    """One request of a follow-through table (row: a row of followups.csv). `names` gives each
    meeting's name by id (else the id is shown); `link(asking meeting, meeting)` the href of the
    meeting where the evidence is."""
    status = escape(row["status"])
    body = f'<br><span class="muted">{escape(row["body"])}</span>' if several_bodies else ""
    return Markup(
        f'    <tr class="followup followup-{status}" data-status="{status}" data-theme="{escape(row["theme"])}">\n'
        f'      <th scope="row">{escape(names.get(row["meeting_id"], row["meeting_id"]))}, '
        f'<span class="ref">{escape(row["ref"])}</span>{body}</th>\n'
        f"      <td>{_target_name(row)}</td>\n"
        f"      <td>{escape(row['kind'].replace('-', ' '))}</td>\n"
        f'      <td><p class="subject">{escape(row["subject"])}</p>\n'
        '        <details><summary>The request</summary><p class="request-text">'
        f"{escape(row['request'])}</p></details></td>\n"
        f'      <td><span class="status status-{status}">{status}</span></td>\n'
        f"      <td>{_evidence(row, names, link)}</td>\n"
        "    </tr>"
    )


def _target_name(row: dict) -> str:
    session = row["target_session"]
    return f"{escape(ordinal(session))} meeting" if session else str(escape(row["target"]))


def _evidence(row: dict, names: Mapping[str, str], link: Callable[[str, str], str]) -> str:
    """Where the later meeting took the request up; else why nothing is shown."""
    where = row["evidence_meeting"]
    if not where:
        if row["status"] == "pending":
            return NO_REPORT
        target = row["target_meeting"]
        named = escape(names.get(target, target)) if target else "that meeting"
        return f'<p class="muted">No heading, annex document or paragraph of {named} covers this subject.</p>'
    ref = escape(row["evidence_ref"])
    if row["evidence_kind"] == "annex":
        place = f'annex document <span class="ref">{ref}</span>'
    else:
        kind, section = escape(row["evidence_kind"] or "paragraph"), escape(row["evidence_section"])
        place = f'{kind} <span class="ref">{section}</span>'
        place += f', paragraph <span class="ref">{ref}</span>' if row["evidence_ref"] else ""
    name = escape(names.get(where, where))
    text = f'<p class="evidence-where"><a href="{link(row["meeting_id"], where)}">{name}</a>,\n{place}</p>\n'
    if row["evidence_text"]:
        text += f'<p class="evidence-text">{escape(_truncated(row["evidence_text"]))}</p>'
    return text


def _truncated(text: str, length: int = EVIDENCE_TEXT_LENGTH, leeway: int = 5, end: str = "...") -> str:
    """jinja2's `truncate` filter as templates use it: whole words, "...", 5 characters of leeway."""
    if len(text) <= length + leeway:
        return text
    return text[: length - len(end)].rsplit(" ", 1)[0] + end
