"""Size limits on what a client may send, enforced before anything is parsed or stored.

Without them a few concurrent 200 MB bodies grow the server by gigabytes before any rule looks at them.
"""
from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY_BYTES = 16 * 1024  # a check request is an AGS, an address (≤ 2,048 characters) and a token
MAX_ID = 2**63 - 1  # SQLite's INTEGER range: larger ids are refused as invalid, never looked up
TOO_LARGE = "Die Anfrage ist zu groß."


class BodyLimit:
    """Pure ASGI middleware: 413 for a declared or actual body larger than `max_bytes`, without buffering it."""

    def __init__(self, app: ASGIApp, max_bytes: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length", b"0")
        if not declared.isdigit() or int(declared) > self.max_bytes:
            await JSONResponse({"detail": TOO_LARGE}, 413, headers={"Connection": "close"})(scope, receive, send)
            return
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.max_bytes:  # chunked or lying about its length
                raise HTTPException(413, TOO_LARGE)
            return message

        await self.app(scope, counted, send)
