"""The service's own pages and the fragments it adds to the report's pages, from compare/serve/templates."""

from __future__ import annotations

import functools
import io
import zipfile

import jinja2

from compare.serve import rows
from compare.serve.state import Snapshot

MAIN_OPEN = b'<main id="main" tabindex="-1">'
MAIN_CLOSE = b"</main>"
NO_FORMS = b"form-action 'none'"
SELF_FORMS = b"form-action 'self'"
ZIP_TIME = (2000, 1, 1, 0, 0, 0)


@functools.lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("compare.serve", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render(template: str, **context) -> str:
    return environment().get_template(template).render(**context)


def pair_of(snapshot: Snapshot, path: str) -> tuple[str, str] | None:
    """The (old, new) meeting ids of the pair page at `path`, or None when it is not one."""
    for old, new in snapshot.comparison.pairs if snapshot.comparison else ():
        if path == f"pairs/{old}--{new}.html":
            return old, new
    return None


def pair_for_meeting(snapshot: Snapshot, meeting_id: str) -> str:
    """The page to open for a meeting just added: its pair with the meeting before, else after, else the index."""
    pairs = snapshot.comparison.pairs if snapshot.comparison else ()
    found = [p for p in pairs if p[1] == meeting_id] or [p for p in pairs if p[0] == meeting_id]
    return f"/pairs/{found[0][0]}--{found[0][1]}.html" if found else "/index.html"


def report_page(snapshot: Snapshot, path: str, csrf: str, read_only: bool) -> bytes:
    """A page of the report with the service bar and, on a pair page, the reviewer's decisions panel."""
    page = snapshot.files[path]
    bar = render("_bar.html.j2", read_only=read_only).encode("utf-8")
    page = page.replace(MAIN_OPEN, MAIN_OPEN + bar, 1)
    pair = pair_of(snapshot, path)
    if pair is None:
        return page
    context = _panel(snapshot, pair, csrf, read_only)
    panel = render("_decisions.html.j2", **context).encode("utf-8")
    page = _with_row_controls(page, pair, context)
    if not read_only:
        page = page.replace(NO_FORMS, SELF_FORMS, 1)  # only the panel's own forms, to this service
    head, _, tail = page.rpartition(MAIN_CLOSE)
    return head + panel + MAIN_CLOSE + tail


def _with_row_controls(page: bytes, pair: tuple[str, str], context: dict) -> bytes:
    """Every change row with its decisions and controls; the units each row's fields offer, once, at the top."""
    template = environment().get_template("_row_decide.html.j2")
    shared = {k: context[k] for k in ("csrf", "path", "read_only", "themes")}

    def fragment(**row) -> str:
        return template.render(old_meeting=pair[0], new_meeting=pair[1], **shared, **row)

    page = rows.with_controls(page, pair, context["decisions"], fragment)
    lists = render("_unit_lists.html.j2", old=context["old"], new=context["new"]).encode("utf-8")
    return page.replace(MAIN_OPEN, MAIN_OPEN + lists, 1)


def _panel(snapshot: Snapshot, pair: tuple[str, str], csrf: str, read_only: bool) -> dict:
    comparison = snapshot.comparison
    by_id = {m.meeting_id: m for m in comparison.meetings}

    def about(decision) -> bool:
        return {decision.old_meeting, decision.new_meeting, decision.meeting} & set(pair) != set()

    return {
        "old": by_id[pair[0]],
        "new": by_id[pair[1]],
        "themes": comparison.themes,
        "decisions": [d for d in comparison.decisions if about(d)],
        "stale": [s for s in comparison.stale_decisions if about(s.decision)],
        "csrf": csrf,
        "read_only": read_only,
        "path": f"pairs/{pair[0]}--{pair[1]}.html",
    }


def report_zip(files: dict[str, bytes]) -> bytes:
    """The static report as a zip: the same files `compare` writes, in a fixed order with a fixed date."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in sorted(files.items()):
            archive.writestr(zipfile.ZipInfo(f"wgcompare-report/{name}", ZIP_TIME), data, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()
