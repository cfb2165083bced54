"""A tiny forward proxy on 127.0.0.1 for tests that must see every request the real crawler sends."""
from __future__ import annotations

from http.server import BaseHTTPRequestHandler


class LoopbackProxy(BaseHTTPRequestHandler):
    """Records every request line; subclasses decide the answers."""

    received: list[str] = []

    def answer(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass
