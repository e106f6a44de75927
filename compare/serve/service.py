"""One running service: its corpus, uploads and CSRF token, and how it answers and refuses."""

from __future__ import annotations

import hmac
import secrets
from pathlib import Path

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response

from compare.memo import Memo
from compare.serve import pages
from compare.serve.state import Corpus
from compare.serve.uploads import Uploads

HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}
SERVICE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src data:; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)


class Service:
    """Everything one running service holds: the corpus, its uploads, and the CSRF token of its pages."""

    def __init__(self, folder: Path, memo: Memo, read_only: bool = False) -> None:
        self.corpus = Corpus(folder, memo)
        self.uploads = Uploads(self.corpus)
        self.read_only = read_only
        self.csrf = secrets.token_urlsafe(32)
        self._rendered: tuple[object, dict[str, bytes]] = (None, {})

    def report_page(self, snapshot, path: str) -> bytes:
        """A report page as this service serves it, rendered once per snapshot (the token is the service's own)."""
        if self._rendered[0] is not snapshot:
            self._rendered = (snapshot, {})
        pages_of = self._rendered[1]
        if path not in pages_of:
            pages_of[path] = pages.report_page(snapshot, path, self.csrf, self.read_only)
        return pages_of[path]

    def page(self, template: str, status: int = 200, **context) -> HTMLResponse:
        context.setdefault("read_only", self.read_only)
        html = pages.render(template, csrf=self.csrf, **context)
        return HTMLResponse(html, status, headers={**HEADERS, "Content-Security-Policy": SERVICE_CSP})

    def refused(self, reason: str, status: int, request: Request, back: str = "", path: str = "") -> Response:
        """JSON `{"reason": ...}` to the page's script, else a page saying `error: <path>: <reason>`."""
        if "application/json" in request.headers.get("accept", ""):
            return JSONResponse({"state": "failed", "reason": reason}, status, headers=HEADERS)
        message = f"error: {path}: {reason}" if path else reason
        return self.page("message.html.j2", status, title="Refused", message=message, back=back)

    async def checked(self, request: Request) -> dict | Response:
        """The form of a state-changing request, or the refusal when read-only or without the CSRF token."""
        if self.read_only:
            return self.refused("this service is read-only", 403, request)
        form = {} if request.headers.get("x-csrf-token") else dict(await request.form(max_files=1, max_fields=20))
        token = request.headers.get("x-csrf-token") or str(form.get("csrf", ""))
        if not hmac.compare_digest(token.encode(), self.csrf.encode()):
            return self.refused("missing or wrong CSRF token; reload the page and try again", 403, request)
        return form
