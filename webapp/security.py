"""HTTP-level protections: security headers, CSRF for HTML forms, admin-token comparison."""
from __future__ import annotations

import hmac
import secrets

from fastapi import Request
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


class SecurityHeaders:
    """Pure ASGI middleware adding HEADERS to every response (no external assets, no framing)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + [(k.encode(), v.encode()) for k, v in HEADERS.items()]
            await send(message)

        await self.app(scope, receive, send_with_headers if scope["type"] == "http" else send)


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
