"""The routes: the report's files from memory, uploads, decisions and downloads."""

from __future__ import annotations

import copy
import mimetypes
from pathlib import Path
from urllib.parse import unquote

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response

from compare.ingest import decisions_store as store
from compare.serve import forms, pages, sniff, uploads
from compare.serve.service import HEADERS, Service
from compare.util.errors import InputError

MULTIPART_SLACK = 64 * 1024


async def report_file(service: Service, request: Request) -> Response:
    path = request.path_params.get("path") or "index.html"
    snapshot = await run_in_threadpool(service.corpus.snapshot)
    if path.endswith(".html") and path in snapshot.files:
        body = await run_in_threadpool(service.report_page, snapshot, path)
        return Response(body, headers=HEADERS, media_type="text/html; charset=utf-8")
    files = snapshot.files if path in snapshot.files else await run_in_threadpool(service.corpus.every_file, snapshot)
    if path not in files:
        return service.refused(f"{path}: no such page in this report", 404, request)
    kind = mimetypes.guess_type(path)[0] or "application/octet-stream"
    disposition = {"Content-Disposition": f'attachment; filename="{Path(path).name}"'}
    return Response(files[path], headers={**HEADERS, **disposition}, media_type=kind)


async def upload_form(service: Service, request: Request) -> Response:
    return service.page("upload.html.j2", limit_mb=sniff.MAX_BYTES // (1024 * 1024))


async def _received(service: Service, request: Request) -> tuple[str, bytes] | Response:
    """The uploaded file's name and bytes, refused before reading when declared over the size limit."""
    declared = int(request.headers.get("content-length") or 0)
    if not declared or declared > sniff.MAX_BYTES + MULTIPART_SLACK:
        size = f"{declared // (1024 * 1024)} MB" if declared else "of unknown size"
        limit = sniff.MAX_BYTES // (1024 * 1024)
        return service.refused(f"the upload is {size}; the limit is {limit} MB", 413, request)
    form = await service.checked(request)
    if isinstance(form, Response):
        return form
    if request.headers.get("x-csrf-token"):
        return unquote(request.headers.get("x-file-name", "upload")), await request.body()
    report = form.get("report")
    if report is None or isinstance(report, str):
        return service.refused("no file in the upload", 400, request)
    return report.filename or "upload", await report.read(sniff.MAX_BYTES + 1)


async def upload(service: Service, request: Request) -> Response:
    received = await _received(service, request)
    if isinstance(received, Response):
        return received
    name, data = received
    try:
        sniff.check_name(name)
        suffix = sniff.suffix_of(data, name)
    except InputError as error:
        return service.refused(error.reason, 400, request, path=error.path)
    job = service.uploads.start(name, data, suffix)
    status = f"/_serve/jobs/{job.id}"
    if "application/json" in request.headers.get("accept", ""):
        return JSONResponse({"job": job.id, "status": status}, 202, headers=HEADERS)
    return RedirectResponse(status, 303)


async def job_status(service: Service, request: Request) -> Response:
    job = service.uploads.jobs.get(request.path_params["job"])
    if job is None:
        return service.refused("no such upload", 404, request)
    job = copy.copy(job)  # read once: its thread goes on changing it while this reply is made
    following = None
    if job.state == "added":
        snapshot = await run_in_threadpool(service.corpus.snapshot)
        following = pages.pair_for_meeting(snapshot, job.meeting_id)
    if "application/json" in request.headers.get("accept", ""):
        return JSONResponse({**job.public(), "next": following}, headers=HEADERS)
    if following:
        return RedirectResponse(following, 303)
    return service.page("job.html.j2", job=job, steps=uploads.STEPS, step_labels=uploads.STEP_LABELS)


async def job_choice(service: Service, request: Request) -> Response:
    form = await service.checked(request)
    if isinstance(form, Response):
        return form
    job = service.uploads.jobs.get(request.path_params["job"])
    if job is None or job.state != "confirm":
        return service.refused("no upload waiting for a choice", 404, request)
    if request.path_params["choice"] == "replace":
        await run_in_threadpool(service.uploads.add, job)
    else:
        service.uploads.cancel(job)
    return RedirectResponse(f"/_serve/jobs/{job.id}", 303)


async def decision(service: Service, request: Request) -> Response:
    form = await service.checked(request)
    if isinstance(form, Response):
        return form
    back = forms.back_page(form)
    try:
        snapshot = await run_in_threadpool(service.corpus.snapshot)
        made = forms.decision(form, frozenset(t.id for t in service.corpus.taxonomy))
        replace = form.get("replace") == "1"
        await run_in_threadpool(store.record, service.corpus.decisions_path, made, snapshot.refs(), replace)
    except InputError as error:
        return service.refused(error.reason, 400, request, back, path=error.path)
    return RedirectResponse(f"/{back}#decision-{made.id}", 303)


async def undo(service: Service, request: Request) -> Response:
    form = await service.checked(request)
    if isinstance(form, Response):
        return form
    back = forms.back_page(form)
    try:
        await run_in_threadpool(store.undo, service.corpus.decisions_path, request.path_params["decision"])
    except InputError as error:
        return service.refused(error.reason, 400, request, back, path=error.path)
    return RedirectResponse(f"/{back}#{forms.anchor(form)}", 303)


async def downloads(service: Service, request: Request) -> Response:
    snapshot = await run_in_threadpool(service.corpus.snapshot)
    names = sorted(name for name in snapshot.files if name.endswith(".csv"))
    return service.page("downloads.html.j2", csv_names=names, errors=snapshot.errors)


async def report_zip(service: Service, request: Request) -> Response:
    snapshot = await run_in_threadpool(service.corpus.snapshot)
    files = await run_in_threadpool(service.corpus.every_file, snapshot)
    data = await run_in_threadpool(pages.report_zip, files)
    disposition = {"Content-Disposition": 'attachment; filename="wgcompare-report.zip"'}
    return Response(data, headers={**HEADERS, **disposition}, media_type="application/zip")
