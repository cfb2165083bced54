"""The guard inside a real Scrapy crawl: a redirect and a link to private addresses are dropped on the way.

The "web" is a forward proxy on 127.0.0.1 (like the simulated web): it answers the start page with a
redirect to 10.0.0.1, and a second page linking to 169.254.169.254 and 127.0.0.1. Had the guard failed,
those requests would still only have reached this loopback proxy, which records them.
"""
from __future__ import annotations

import json
import subprocess
import sys
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path

from .loopback import LoopbackProxy

HERE = Path(__file__).parent
PAGES = {
    "http://www.musterstadt.de/": (302, {"Location": "http://10.0.0.1/admin"}, b""),
    "http://www.musterstadt.de/start": (200, {"Content-Type": "text/html"},
                                        b'<a href="http://169.254.169.254/latest/">x</a><a href="http://127.0.0.1:8000/">y</a>'
                                        b'<a href="http://www.musterstadt.de/ok">ok</a>'),
    "http://www.musterstadt.de/ok": (302, {"Location": "http://www.musterstadt.de/final"}, b""),
    "http://www.musterstadt.de/final": (200, {"Content-Type": "text/html"}, b"<p>fine</p>"),
}


class Proxy(LoopbackProxy):
    received: list[str] = []

    def do_GET(self) -> None:
        Proxy.received.append(self.path)
        status, headers, body = PAGES.get(self.path, (404, {}, b""))
        self.answer(status, body, headers)


def crawl(start: str) -> dict:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Proxy)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        proxy = f"http://127.0.0.1:{server.server_address[1]}"
        done = subprocess.run([sys.executable, str(HERE / "redirect_probe.py"), proxy, start], capture_output=True, text=True, timeout=120)
    finally:
        server.shutdown()
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_redirect_to_private_address_never_leaves_the_crawler():
    Proxy.received.clear()
    result = crawl("http://www.musterstadt.de/")
    assert result["seen"] == []
    assert any("SSRF" in d and "10.0.0.1" in d for d in result["dropped"]), result
    assert Proxy.received == ["http://www.musterstadt.de/"]


def test_links_to_private_addresses_are_dropped_and_public_redirects_followed():
    Proxy.received.clear()
    result = crawl("http://www.musterstadt.de/start")
    assert result["seen"] == ["http://www.musterstadt.de/start", "http://www.musterstadt.de/final"]
    assert len([d for d in result["dropped"] if "SSRF" in d]) == 2, result
    assert not any(url.startswith(("http://169.254", "http://127.")) for url in Proxy.received)
