"""A forward proxy on loopback that records every request and answers it with a page of 100 links.

With ``stall_repeats`` it answers a URL asked for the second time (the browser rendering a page that
was fetched already) only after that many seconds: a render that times out.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

LINKS = 100


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        repeat = any(url == self.path for _, url, _ in self.server.requests)
        self.server.requests.append((self.command, self.path, dict(self.headers.items())))
        if repeat and self.server.stall_repeats:
            time.sleep(self.server.stall_repeats)
        if urlsplit(self.path).path == "/robots.txt":
            self._answer(404, b"", "text/plain")
            return
        links = "".join(f'<li><a href="/seite-{i}.html">Bürgerservice Seite {i}</a></li>' for i in range(LINKS))
        body = (f"<!doctype html><html lang=de><head><title>Gemeinde</title></head>"
                f"<body><h1>Rathaus</h1><ul>{links}</ul><a href=/impressum>Impressum</a></body></html>").encode()
        self._answer(200, body, "text/html; charset=utf-8")

    def _answer(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@contextmanager
def recording_proxy(stall_repeats: float = 0) -> Iterator[tuple[str, list]]:
    """(proxy URL, the list of (method, absolute URL, headers) it received)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.requests, server.stall_repeats = [], stall_repeats
    server.handle_error = lambda request, address: None  # a crawler that gave up on a stalled answer
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", server.requests
    finally:
        server.shutdown()
        server.server_close()
