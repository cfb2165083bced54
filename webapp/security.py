"""HTTP-level protections: security headers (HSTS behind TLS), CSRF for HTML forms, admin-token comparison."""
from __future__ import annotations

import hmac
import logging
import secrets

from fastapi import Request
from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSRF_COOKIE = "reifegrad_csrf"
CSRF_FIELD = "csrf_token"

HEADERS = {
    "content-security-policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "cross-origin-opener-policy": "same-origin",
}
HSTS = ("strict-transport-security", "max-age=31536000")
log = logging.getLogger(__name__)


class SecurityHeaders:
    """Pure ASGI middleware adding HEADERS to every response (no external assets, no framing), HSTS when the
    client reached us over HTTPS, and turning an unexpected error into a 500 that carries them too."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = [(k.encode(), v.encode()) for k, v in HEADERS.items()]
        if scope.get("scheme") == "https":
            extra.append((HSTS[0].encode(), HSTS[1].encode()))
        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = list(message.get("headers", [])) + extra
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception:
            log.exception("unhandled error on %s %s", scope.get("method"), scope.get("path"))
            if started:
                raise
            await JSONResponse({"detail": "Interner Fehler."}, 500)(scope, receive, send_with_headers)


class AssumeHttps:
    """The operator says clients reach the service over HTTPS (a TLS proxy in front): HSTS and Secure cookies."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            scope = dict(scope, scheme="https")
        await self.app(scope, receive, send)


def csrf_token(request: Request) -> str:
    """The double-submit token: the cookie's value if the browser has one, else a fresh one."""
    return request.cookies.get(CSRF_COOKIE) or secrets.token_urlsafe(32)


def set_csrf_cookie(request: Request, response, token: str) -> None:
    response.set_cookie(CSRF_COOKIE, token, httponly=True, samesite="strict", secure=request.url.scheme == "https", path="/")


def csrf_ok(request: Request, form_token: str | None) -> bool:
    """Form token equals the SameSite=Strict cookie, and the browser does not report a cross-site request."""
    if request.headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
        return False
    cookie = request.cookies.get(CSRF_COOKIE)
    return bool(cookie and form_token and hmac.compare_digest(cookie, form_token))


def admin_ok(configured: str | None, given: str | None) -> bool:
    """Constant-time token check; no token configured means no admin."""
    return bool(configured and given and hmac.compare_digest(configured.encode(), given.encode()))
