"""The on-demand check service: start page, status page, result page and the same as a JSON API."""
from __future__ import annotations

import asyncio
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI, Form, Header, HTTPException, Path as PathParam, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from crawler.municipalities import Municipality
from output import vocabulary
from output.result import load as result_document
from output.store import Store
from webapp.checks import Check, CheckQueue, Submission, parse_time
from webapp.directory import DirectoryFile
from webapp.limits import MAX_ID, BodyLimit
from webapp.policy import RESULT_MAX_AGE
from webapp.ratelimit import SlidingWindowLimiter
from webapp.security import CSRF_FIELD, AssumeHttps, SecurityHeaders, admin_ok, csrf_ok, csrf_token, set_csrf_cookie
from webapp.settings import Settings
from webapp.targets import Refused, Target, resolve_target
from webapp.templating import template_environment
from webapp.worker import Worker, check_files, read_progress

STATIC = Path(__file__).parent / "static"
CHECK_ID = PathParam(ge=1, le=MAX_ID)
RUN_ID = Query(None, ge=1, le=MAX_ID)


class CheckRequest(BaseModel):
    """Either a municipality (AGS) or the address of its website, or both (an admin may pair them freely)."""

    ags: str | None = None
    url: str | None = None
    force: bool = False  # admin only: ignore a result younger than 24 hours


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a submission led to; `status` is the HTTP status the API answers with.

    Without a submission it was refused (message says why); with one, `submission.check` is the queued or
    running check, or None when a fresh result is served instead.
    """

    status: int
    message: str = ""
    submission: Submission | None = None
    target: Target | None = None
    retry_after: int = 0


PAGE_ERRORS = {
    404: "Diese Seite gibt es nicht.",
    405: "Diese Seite gibt es nicht.",
    422: "Die Adresse dieser Seite ist ungültig.",
}


MAX_TYPED = 200  # characters of a refused entry put back into the form
NAMED_MATCHES = 5  # municipalities named when a typed name fits several


def _not_one(matches: list[Municipality]) -> str:
    """Why a name typed without choosing a suggestion starts no check, and what to type instead."""
    if not matches:
        return "Keine Gemeinde im Verzeichnis passt zu diesem Namen oder Gemeindeschlüssel."
    shown = ", ".join(f"{m.name} ({m.ags})" for m in matches[:NAMED_MATCHES])
    return (f"Mehrere Gemeinden passen: {shown}{', …' if len(matches) > NAMED_MATCHES else ''}. "
            "Bitte eine aus der Vorschlagsliste wählen oder ihren Gemeindeschlüssel eingeben.")


def _is_page(request: Request) -> bool:
    """A page for people (German HTML errors), not the JSON API or its description."""
    return not request.url.path.startswith(("/api/", "/openapi.json"))


def _check_json(check: Check, settings: Settings) -> dict:
    """A check's state and live progress, with German labels beside the ids (the status page shows them)."""
    progress = read_progress(check_files(settings, check.id)["progress"]) if check.status == "running" else None
    if progress is not None:
        found = progress.get("components")
        progress["component_labels"] = [vocabulary.component(str(c)) for c in found] if isinstance(found, list) else []
    links = {"status_url": f"/api/checks/{check.id}", "page_url": f"/pruefungen/{check.id}"}
    if check.status == "done":
        links["result_url"] = f"/api/results/{check.ags}?run_id={check.run_id}"
        links["result_page_url"] = f"/ergebnis/{check.ags}?run_id={check.run_id}"
    return {"check": {**check.public(), "status_label": vocabulary.term(check.status, "check_states")},
            "progress": progress, **links}


async def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
    """422 naming the fields, without echoing their values (FastAPI's default fails on bytes that are not
    UTF-8 and would send a large value straight back)."""
    errors = [{"loc": [str(part)[:40] for part in e.get("loc", ())], "msg": str(e.get("msg", ""))[:200], "type": e.get("type")}
              for e in exc.errors()[:10]]
    return JSONResponse({"detail": errors}, 422)


def _cached_result(submission: Submission, target: Target | None) -> str:
    """The page of the fresh result a submission was answered with: that visit's run, nightly or on demand (the
    plain result page shows the latest nightly visit, not a check of an hour ago)."""
    ags = target.municipality.ags if target else ""
    return f"/ergebnis/{ags}?run_id={submission.result_run_id}"


def create_app(settings: Settings) -> FastAPI:
    """The ASGI app; the worker starts and stale checks are recovered in the lifespan."""
    Store(settings.db).close()  # create tables and views before the first crawl
    directories = DirectoryFile(settings.municipalities)
    queue = CheckQueue(settings.db, max_attempts=settings.max_attempts)
    limiter = SlidingWindowLimiter(settings.rate_limit, settings.rate_window_s)
    worker = Worker(settings, queue, directories)
    templates = Jinja2Templates(env=template_environment())

    async def follow_directory() -> None:
        while True:
            await asyncio.sleep(settings.directory_poll_s)
            await asyncio.to_thread(directories.refresh)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        queue.recover()
        worker.start()
        follower = asyncio.create_task(follow_directory(), name="municipalities-file")
        yield
        follower.cancel()
        await worker.stop()

    app = FastAPI(
        title="reifegrad – On-Demand-Prüfung", version="1", debug=False, lifespan=lifespan,
        docs_url=None, redoc_url=None, openapi_url="/openapi.json",
    )
    # Outermost last: the client's real address and scheme first, then headers on every answer, then limits.
    app.add_middleware(BodyLimit)
    app.add_middleware(SecurityHeaders)
    if settings.tls:
        app.add_middleware(AssumeHttps)
    if settings.trusted_proxies:
        app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=list(settings.trusted_proxies))
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    async def submit(request: Request, ags: str | None, url: str | None, force: bool, token: str | None) -> Outcome:
        client = request.client.host if request.client else "unknown"
        allowed, wait = limiter.hit(client)
        if not allowed:
            return Outcome(429, "Zu viele Anfragen. Bitte später erneut versuchen.", retry_after=int(wait) + 1)
        admin = admin_ok(settings.admin_token, token)
        if force and not admin:
            return Outcome(403, "Eine neue Prüfung trotz aktuellem Ergebnis kann nur ein Administrator erzwingen.")
        try:
            target = await asyncio.to_thread(
                resolve_target, directories.directory, ags=ags, url=url, admin=admin, allow_simulated_web=settings.allow_simulated_web,
            )
        except Refused as refusal:
            return Outcome(400, str(refusal))
        submission = await asyncio.to_thread(
            queue.submit, ags=target.municipality.ags, site=target.site, site_url=target.site_url, client=client, forced=force,
        )
        action = submission.decision.action
        if action == "too_soon":
            wait = submission.decision.retry_after_s
            return Outcome(429, f"Diese Website wurde gerade erst geprüft. Nächste Prüfung in {wait // 60 + 1} Minuten möglich.",
                           retry_after=wait)
        worker.wake()
        return Outcome(202 if action == "queue" else 200, "", submission, target)

    def page(request: Request, name: str, context: dict, status: int = 200) -> HTMLResponse:
        token = csrf_token(request)
        response = templates.TemplateResponse(request, name, {**context, "csrf_field": CSRF_FIELD, "csrf_token": token}, status_code=status)
        set_csrf_cookie(request, response, token)
        return response

    def start_page(request: Request, error: str | None = None, typed: dict | None = None, status: int = 200) -> HTMLResponse:
        """The start form, with a refusal's reason and what was typed put back (nothing to type twice)."""
        return page(request, "start.html", {"error": error, "count": len(directories.directory), "typed": typed or {}}, status)

    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        """A browser's wrong address (a mistyped link, a reloaded form) gets a German page; the API keeps JSON."""
        if not _is_page(request):
            return JSONResponse({"detail": exc.detail}, exc.status_code, headers=exc.headers)
        response = page(request, "error.html", {"message": PAGE_ERRORS.get(exc.status_code, PAGE_ERRORS[404])}, exc.status_code)
        response.headers.update(exc.headers or {})  # a 405's Allow
        return response

    async def invalid_page_or_request(request: Request, exc: RequestValidationError) -> Response:
        if not _is_page(request):
            return await invalid_request(request, exc)
        return page(request, "error.html", {"message": PAGE_ERRORS[422]}, 422)

    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid_page_or_request)

    # -- HTML ---------------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def start(request: Request) -> HTMLResponse:
        return start_page(request)

    @app.post("/pruefen", include_in_schema=False)
    async def start_check(
        request: Request,
        csrf_token_field: str = Form("", alias=CSRF_FIELD),
        ags: str = Form(""),
        q: str = Form(""),
        url: str = Form(""),
        force: bool = Form(False),
        admin_token: str = Form(""),
    ) -> Response:
        directory = directories.directory
        typed = {"q": q[:MAX_TYPED], "url": url[:MAX_TYPED]}  # shown again with a refusal: nothing to type twice
        if not csrf_ok(request, csrf_token_field):
            return start_page(request, "Sitzung abgelaufen. Bitte das Formular erneut absenden.", typed, 403)
        if not ags and not url.strip() and q.strip():  # typed without picking a suggestion (or without JavaScript)
            matches = directory.search(q[:100], NAMED_MATCHES + 1)
            if len(matches) != 1:
                return start_page(request, _not_one(matches), typed, 400)
            ags = matches[0].ags
        outcome = await submit(request, ags, url, force, admin_token or None)
        if outcome.submission is None:
            response = start_page(request, outcome.message, typed, outcome.status)
            if outcome.retry_after:
                response.headers["Retry-After"] = str(outcome.retry_after)
            return response
        if outcome.submission.check is None:  # cached: the fresh result itself, and why no check runs
            return RedirectResponse(f"{_cached_result(outcome.submission, outcome.target)}&vorhanden=1", status_code=303)
        return RedirectResponse(f"/pruefungen/{outcome.submission.check.id}", status_code=303)

    @app.get("/pruefen", include_in_schema=False)
    async def start_check_reloaded() -> RedirectResponse:
        """The form's address opened again (a reload, a bookmark, the back button): the start page."""
        return RedirectResponse("/", status_code=303)

    @app.get("/pruefungen/{check_id}", response_class=HTMLResponse, include_in_schema=False)
    async def status_page(request: Request, check_id: int = CHECK_ID) -> Response:
        check = queue.get(check_id)
        if check is None:
            return page(request, "error.html", {"message": "Diese Prüfung gibt es nicht."}, 404)
        if check.status == "done":
            return RedirectResponse(f"/ergebnis/{check.ags}?run_id={check.run_id}", status_code=303)
        municipality = directories.directory.by_ags(check.ags)
        return page(request, "status.html", {"check": check, "name": municipality.name if municipality else check.ags,
                                             "progress": _check_json(check, settings)["progress"]})

    @app.get("/ergebnis/{ags}", response_class=HTMLResponse, include_in_schema=False)
    async def result_page(request: Request, ags: str, run_id: int | None = RUN_ID, vorhanden: bool = False) -> HTMLResponse:
        result = await asyncio.to_thread(result_document, settings.db, ags, run_id)
        if result is None:
            return page(request, "error.html", {"message": "Für diese Gemeinde liegt noch kein Ergebnis vor."}, 404)
        finished = parse_time(result["visit"].get("finished_at")) if vorhanden else None
        return page(request, "result.html", {"r": result, "checks_on_demand": queue.for_municipality(ags),
                                             "next_check_at": (finished + RESULT_MAX_AGE).isoformat() if finished else None})

    # -- JSON API -----------------------------------------------------------------------------

    @app.get("/api/municipalities", tags=["Gemeinden"])
    async def search(q: str = "", limit: int = 10) -> list[dict]:
        """Municipalities by AGS prefix or name, for search as you type."""
        return [{"ags": m.ags, "name": m.name, "state": m.state, "type": m.type, "website_url": m.website_url}
                for m in directories.directory.search(q[:100], min(max(limit, 1), 25))]

    @app.post("/api/checks", tags=["Prüfungen"], status_code=202)
    async def api_submit(request: Request, body: CheckRequest, x_admin_token: str | None = Header(None)) -> JSONResponse:
        """Queue a check. 202 queued, 200 already queued/running or a result younger than 24 h, 400 refused,
        403 force without admin token, 429 rate limit or the 10-minute rule (with Retry-After)."""
        outcome = await submit(request, body.ags, body.url, body.force, x_admin_token)
        headers = {"Retry-After": str(outcome.retry_after)} if outcome.retry_after else None
        if outcome.submission is None:
            return JSONResponse({"detail": outcome.message}, outcome.status, headers=headers)
        check = outcome.submission.check
        if check is None:
            page_url = _cached_result(outcome.submission, outcome.target)
            return JSONResponse({"cached": True, "result_url": page_url.replace("/ergebnis/", "/api/results/"),
                                 "result_page_url": page_url})
        return JSONResponse({"cached": False, **_check_json(check, settings)}, outcome.status)

    @app.get("/api/checks/{check_id}", tags=["Prüfungen"])
    async def api_check(check_id: int = CHECK_ID) -> dict:
        """A check's state, with live progress (pages, components found) while it runs."""
        check = queue.get(check_id)
        if check is None:
            raise HTTPException(404, "Diese Prüfung gibt es nicht.")
        return _check_json(check, settings)

    @app.get("/api/results/{ags}", tags=["Ergebnisse"])
    async def api_result(ags: str, run_id: int | None = RUN_ID) -> dict:
        """Score, components with evidence, technical checks, service levels, peers and history."""
        result = await asyncio.to_thread(result_document, settings.db, ags, run_id)
        if result is None:
            raise HTTPException(404, "Für diese Gemeinde liegt noch kein Ergebnis vor.")
        return result

    return app
