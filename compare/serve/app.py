"""The ASGI application of `wgcompare serve`, and the command that runs it with uvicorn."""

from __future__ import annotations

import functools
import ipaddress
import sys
import threading
from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from compare.memo import Memo
from compare.serve import routes
from compare.serve.service import Service

STATIC = Path(__file__).resolve().parent / "static"
LOOPBACK_NAMES = ["127.0.0.1", "localhost", "::1", "[::1]"]


def _bound(endpoint, service: Service):
    return functools.wraps(endpoint)(functools.partial(endpoint, service))


def create_app(service: Service, host: str = "127.0.0.1") -> Starlette:
    """The routes of `service`; a service on a loopback address answers only to loopback host names."""
    post = ["POST"]
    table = [
        Route("/_serve/upload", _bound(routes.upload_form, service)),
        Route("/_serve/upload", _bound(routes.upload, service), methods=post),
        Route("/_serve/jobs/{job}", _bound(routes.job_status, service)),
        Route("/_serve/jobs/{job}/{choice:str}", _bound(routes.job_choice, service), methods=post),
        Route("/_serve/decisions", _bound(routes.decision, service), methods=post),
        Route("/_serve/decisions/{decision}/undo", _bound(routes.undo, service), methods=post),
        Route("/_serve/downloads", _bound(routes.downloads, service)),
        Route("/_serve/report.zip", _bound(routes.report_zip, service)),
        Mount("/_serve/static", StaticFiles(directory=STATIC)),
        Route("/", _bound(routes.report_file, service)),
        Route("/{path:path}", _bound(routes.report_file, service)),
    ]
    middleware = [Middleware(TrustedHostMiddleware, allowed_hosts=LOOPBACK_NAMES)] if is_loopback(host) else []
    return Starlette(routes=table, middleware=middleware)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(corpus: Path, host: str, port: int, read_only: bool, memo: Memo) -> None:
    """Run the service until interrupted; prints the address to open as soon as it listens.

    The comparison is computed in the background from the start (through the
    memo); a page asked for before it is ready waits for it.
    """
    import uvicorn

    service = Service(corpus, memo, read_only)
    threading.Thread(target=service.corpus.prepare, daemon=True, name="prepare").start()
    if not is_loopback(host):
        print(
            f"warning: serving on {host}, reachable from other machines; the pages are not password protected",
            file=sys.stderr,
        )
    config = uvicorn.Config(create_app(service, host), host=host, port=port, log_level="warning")
    listening = config.bind_socket()
    listening.listen(config.backlog)  # connections wait in the queue until uvicorn accepts them
    print(f"wgcompare serve: http://{'[' + host + ']' if ':' in host else host}:{port}/ (Ctrl+C to stop)", flush=True)
    uvicorn.Server(config).run(sockets=[listening])
