"""Every change row of a pair page, given the reviewer's controls and the decisions that apply to it.

Only the service adds these (the static report has no forms): after each
`<article class="change">` of the page it renders `_row_decide.html.j2`
with the row's refs, so a decision just posted shows on the row it applies to.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from compare.model import Decision

ROW = re.compile(rb'<article class="change[^"]*" id="([^"]+)"[^>]*? data-old-ref="([^"]*)" data-new-ref="([^"]*)">')
END = b"</article>"


def applies(decision: Decision, pair: tuple[str, str], old_ref: str, new_ref: str) -> bool:
    """Whether `decision` names the old unit `old_ref` or the new unit `new_ref` of `pair`."""
    units = {side for side in ((pair[0], old_ref), (pair[1], new_ref)) if side[1]}
    if decision.kind == "theme":
        return (decision.meeting, decision.ref) in units
    return decision.old in units or decision.new in units


def with_controls(page: bytes, pair: tuple[str, str], decisions, render: Callable[..., str]) -> bytes:
    """`page` with the fragment `render(row_id=, old_ref=, new_ref=, decisions=, shown_before=)` ending each row."""
    pieces, at, shown = [], 0, set()
    for match in ROW.finditer(page):
        end = page.find(END, match.end())
        if match.start() < at or end < 0:
            continue
        row_id, old_ref, new_ref = (html.unescape(group.decode("utf-8")) for group in match.groups())
        here = [d for d in decisions if applies(d, pair, old_ref, new_ref)]
        fragment = render(row_id=row_id, old_ref=old_ref, new_ref=new_ref, decisions=here, shown_before=set(shown))
        shown.update(d.id for d in here)
        pieces += [page[at:end], fragment.encode("utf-8")]
        at = end
    return b"".join(pieces) + page[at:]
