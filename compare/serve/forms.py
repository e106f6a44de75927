"""A reviewer's decision as the pair page's form sends it."""

from __future__ import annotations

import re
from collections.abc import Mapping

from compare.model import Decision
from compare.util.errors import InputError
from compare.util.safepaths import is_safe_name

ANCHOR = re.compile(r"[A-Za-z0-9_.:-]{1,200}")
KINDS = ("link", "unlink", "editorial", "theme")
MAX_TEXT = 1000


def _field(form: Mapping, name: str) -> str:
    value = form.get(name, "")
    return value.strip()[:MAX_TEXT] if isinstance(value, str) else ""


def back_page(form: Mapping) -> str:
    """The report page to return to: a pair page of this report, else the index."""
    back = _field(form, "back")
    parts = back.split("/")
    if len(parts) == 2 and parts[0] == "pairs" and is_safe_name(parts[1]) and parts[1].endswith(".html"):
        return back
    return "index.html"


def anchor(form: Mapping, default: str = "reviewer-decisions") -> str:
    """The place on the page to return to: the row the reviewer decided on, else the decisions panel."""
    value = _field(form, "anchor")
    return value if value and ANCHOR.fullmatch(value) else default


def decision(form: Mapping, theme_ids: frozenset[str]) -> Decision:
    """The Decision the form describes; a theme decision is about the newer unit when one is chosen."""
    kind = _field(form, "kind")
    if kind not in KINDS:
        raise InputError("decision", f"unknown kind {kind!r} (expected one of {', '.join(KINDS)})")
    text = {"who": _field(form, "who"), "why": _field(form, "why")}
    old = (_field(form, "old_meeting"), _field(form, "old_ref"))
    new = (_field(form, "new_meeting"), _field(form, "new_ref"))
    if kind == "theme":
        meeting, ref = new if new[1] else old
        if not ref or _field(form, "theme") not in theme_ids:
            raise InputError("decision", "a theme decision needs a unit and a theme of the taxonomy")
        return Decision(kind="theme", meeting=meeting, ref=ref, theme=_field(form, "theme"), **text)
    if kind != "editorial" and not (old[1] and new[1]):
        raise InputError("decision", f"a {kind} decision needs a unit on each side")
    sides = {
        "old_meeting": old[0] if old[1] else "",
        "old_ref": old[1],
        "new_meeting": new[0] if new[1] else "",
        "new_ref": new[1],
    }
    return Decision(kind=kind, **sides, **text)
