"""The decisions controls the service adds to every change row of a pair page (the static report has none)."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

ROW = re.compile(
    rb'(<article class="change [^>]*?id="([^"]*)"[^>]*?data-old-ref="([^"]*)" data-new-ref="([^"]*)">)'
    rb"(.*?)(</article>)",
    re.DOTALL,
)


def _about(decision, meeting_ref: dict[str, str]) -> bool:
    """Whether `decision` names this row's unit on either side."""
    sides = [(decision.old_meeting, decision.old_ref), (decision.new_meeting, decision.new_ref)]
    sides.append((decision.meeting, decision.ref))
    return any(ref and meeting_ref.get(meeting) == ref for meeting, ref in sides)


def with_row_controls(page: bytes, panel: dict, render: Callable[..., str]) -> bytes:
    """`page` with, at the end of each change row, the decisions naming its units and (unless read-only) a form."""
    old_id, new_id = panel["old"].meeting_id, panel["new"].meeting_id

    def one(match: re.Match) -> bytes:
        row_id, old_ref, new_ref = (html.unescape(g.decode("utf-8")) for g in match.group(2, 3, 4))
        refs = {old_id: old_ref, new_id: new_ref}
        fragment = render(
            "_row_decide.html.j2",
            **{k: v for k, v in panel.items() if k != "decisions"},
            row_id=row_id,
            old_id=old_id,
            new_id=new_id,
            old_ref=old_ref,
            new_ref=new_ref,
            decisions=[d for d in panel["decisions"] if _about(d, refs)],
        )
        return match.group(1) + match.group(5) + fragment.encode("utf-8") + match.group(6)

    lists = render("_unit_lists.html.j2", **panel).encode("utf-8")
    return ROW.sub(one, page).replace(b"</main>", lists + b"</main>", 1)
