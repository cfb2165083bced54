"""The attacker's web on loopback: a hostile site and a recording proxy that stands in for every private target.

- ``HostileSite`` (127.0.0.1, any port) serves the attacker's pages for the names in ``HOSTILE_HOSTS``;
  each of its pages redirects, fetches, frames or opens WebSockets towards private, loopback, link-local
  and metadata addresses. It records every request it gets (method, host, path, body), so a test can see
  that a probe really ran.
- ``RecordingProxy`` is the crawler's upstream proxy. A request for a hostile name is forwarded to the
  hostile site; a request for anything else (an IP literal, 10.x, 169.254.169.254, a name the crawl never
  asked for) is a *private target*: recorded in ``unasked`` and answered 502, never forwarded anywhere.

A guard that works leaves ``unasked`` empty.

Direct mode (no upstream proxy; only inside a loopback-only network namespace, set up by the tests with
``NAMESPACE_HOSTS`` as /etc/hosts and the private addresses on ``lo``): the hostile names resolve to a
public-looking address on ``lo``, further names resolve to private ones, and a ``PrivateTarget`` recorder
listens on every private address and port the pages aim at. Nothing can leave the namespace either way.
"""
from __future__ import annotations

import http.client
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

HOSTILE_HOSTS = ("www.boeseheim.de", "www.umleitheim.de", "www.sprungheim.de")
PUBLIC_ADDRESS = "93.184.216.34"  # exists only on the namespace's lo
PRIVATE_TARGETS = [("10.0.0.1", 80), ("10.0.0.1", 443), ("10.0.0.2", 80), ("10.0.0.3", 80), ("10.0.0.4", 443),
                   ("169.254.169.254", 80), ("127.0.0.1", 80), ("127.0.0.1", 8080), ("::1", 80)]
NAMESPACE_HOSTS = "\n".join([
    "127.0.0.1 localhost", f"{PUBLIC_ADDRESS} {' '.join(HOSTILE_HOSTS)}", "10.0.0.1 intern.boeseheim.de",
    "169.254.169.254 metadata.boeseheim.de", "127.0.0.1 lokal.boeseheim.de", ""])
DIRECT_PROBES = """<a href="http://intern.boeseheim.de/">Intern</a> <a href="http://lokal.boeseheim.de/">Lokal</a>
<iframe src="http://metadata.boeseheim.de/latest/"></iframe>
<script>fetch('http://intern.boeseheim.de/api'); new WebSocket('ws://lokal.boeseheim.de/ws');</script>"""

PROBE_PAGE = """<!doctype html><html lang="de"><head><title>Gemeinde Boeseheim</title>
<link rel="stylesheet" href="/r/css"><script src="/r/script"></script></head><body>
<h1>Willkommen in Boeseheim</h1>
<a href="/r/link">Rathaus</a> <a href="/r/link2">Bürgerservice</a> <a href="/impressum">Impressum</a>
<a href="/r/link3">Formulare</a> <a href="/r/link4">Karte</a> <a href="/r/307">Termine</a>
<div class="kachel" onclick="location.href='/r/onclick'">Online-Dienste</div> <div data-href="/r/datahref">Bauamt</div>
<button onclick="window.open('http://10.0.0.2/onclick')">Intranet</button>
<iframe src="/r/iframe"></iframe>
<script>
fetch('/r/fetch'); fetch('/r/mapped'); fetch('/r/decimal'); fetch('http://10.0.0.3/direct');
fetch('/r/307', {method: 'POST', body: 'geheim-post'});
fetch('/r/308', {method: 'PUT', body: 'geheim-put'});
for (const u of ['ws://10.0.0.1/ws', 'ws://127.0.0.1:8080/ws', 'ws://[::1]/ws', 'wss://10.0.0.4/ws',
                 'ws://www.boeseheim.de/r/ws']) { try { new WebSocket(u); } catch (e) {} }
</script></body></html>"""

REDIRECTS = {  # path -> (status, location)
    "/r/css": (302, "http://10.0.0.1/x.css"),
    "/r/script": (302, "http://127.0.0.1/s.js"),
    "/r/iframe": (302, "http://169.254.169.254/latest/meta-data/"),
    "/r/fetch": (302, "http://10.0.0.2/fetch"),
    "/r/mapped": (302, "http://[::ffff:a9fe:a9fe]/latest/"),
    "/r/decimal": (302, "http://2852039166/latest/"),
    "/r/307": (307, "http://169.254.169.254/post"),
    "/r/308": (308, "http://[::ffff:a9fe:a9fe]/put"),
    "/r/link": (302, "http://10.0.0.1/admin"),
    "/r/link2": (301, "http://[::1]/"),
    "/r/link3": (302, "http://[::ffff:a9fe:a9fe]/latest/"),
    "/r/link4": (302, "http://2852039166/latest/"),
    "/r/onclick": (302, "http://10.0.0.1/onclick"),  # links told in attributes: tests/crawler/test_attribute_links_e2e.py
    "/r/datahref": (302, "http://169.254.169.254/latest/"),
    "/r/ws": (302, "ws://10.0.0.1/ws"),
}
PLAIN = "<!doctype html><html lang='de'><head><title>{0}</title></head><body><p>{0}</p></body></html>"


class HostileSite(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    log: list[dict] = []
    direct = False

    def handle_any(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        host = (self.headers.get("Host") or "").split(":")[0]
        HostileSite.log.append({"method": self.command, "host": host, "path": self.path, "body": body.decode("latin-1")})
        again = sum(1 for r in HostileSite.log if r["host"] == host and r["path"] == self.path) > 1
        if self.path == "/robots.txt":
            return self.reply(200, b"User-agent: *\nAllow: /\n", "text/plain")
        if host == "www.sprungheim.de" and self.path == "/":
            return self.reply(302, b"", location="http://10.0.0.1/admin")
        if host == "www.umleitheim.de" and self.path == "/" and again:  # the render (after the fetch) is sent on
            return self.reply(302, b"", location="http://169.254.169.254/latest/meta-data/")
        if self.path in REDIRECTS:
            status, location = REDIRECTS[self.path]
            return self.reply(status, b"", location=location)
        if host == "www.boeseheim.de" and self.path == "/":
            page = PROBE_PAGE.replace("</body>", DIRECT_PROBES + "</body>") if HostileSite.direct else PROBE_PAGE
            return self.reply(200, page.encode())
        return self.reply(200, PLAIN.format(host + self.path).encode())

    do_GET = do_POST = do_PUT = do_HEAD = do_OPTIONS = handle_any

    def reply(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8", location: str = "") -> None:
        self.send_response(status)
        if location:
            self.send_header("Location", location)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


class RecordingProxy(BaseHTTPRequestHandler):
    """Forwards hostile names to the hostile site; records everything else and never forwards it."""

    protocol_version = "HTTP/1.1"
    site_port = 0
    asked: list[str] = []
    unasked: list[dict] = []

    def handle_any(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        parts = urlsplit(self.path)
        host = parts.hostname or ""
        if host not in HOSTILE_HOSTS or parts.port not in (None, 80):
            return self.record(body)
        RecordingProxy.asked.append(f"{self.command} {self.path}")
        conn = http.client.HTTPConnection("127.0.0.1", RecordingProxy.site_port, timeout=10)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("proxy-connection", "connection")}
        conn.request(self.command, parts.path + (f"?{parts.query}" if parts.query else ""), body=body or None, headers=headers)
        answer = conn.getresponse()
        data = answer.read()
        self.send_response(answer.status)
        for key, value in answer.getheaders():
            if key.lower() not in ("connection", "transfer-encoding", "content-length"):
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
        conn.close()

    def do_CONNECT(self) -> None:
        host = self.path.rsplit(":", 1)[0].strip("[]")
        if host in HOSTILE_HOSTS:  # no TLS on the hostile site: refuse like a proxy that cannot connect
            RecordingProxy.asked.append(f"CONNECT {self.path}")
            return self.squid(503, "ERR_CONNECT_FAIL")
        return self.record(b"")

    def record(self, body: bytes) -> None:
        RecordingProxy.unasked.append({"method": self.command, "target": self.path, "body": body.decode("latin-1")})
        self.squid(502, "ERR_CONNECT_FAIL")

    def squid(self, status: int, error: str) -> None:
        self.send_response(status)
        self.send_header("X-Squid-Error", f"{error} 0")
        self.send_header("Content-Length", "0")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True

    do_GET = do_POST = do_PUT = do_HEAD = do_OPTIONS = do_DELETE = handle_any

    def log_message(self, *args) -> None:
        pass


class PrivateTarget(BaseHTTPRequestHandler):
    """Direct mode: listens on a private address; whatever reaches it is recorded, nothing is served."""

    def handle(self) -> None:
        first = self.rfile.readline(65537).decode("latin-1").strip()
        RecordingProxy.unasked.append({"method": "CONNECTION", "target": f"{self.server.server_address[:2]}",
                                       "body": first})


class V6Server(ThreadingHTTPServer):
    address_family = socket.AF_INET6


class HostileWeb:
    """The servers for one test; ``proxy`` is the URL to give the crawler as --proxy (None in direct mode)."""

    def __init__(self, direct: bool = False):
        self.direct = direct

    def __enter__(self) -> HostileWeb:
        HostileSite.log, RecordingProxy.asked, RecordingProxy.unasked = [], [], []
        HostileSite.direct = self.direct
        if self.direct:
            self.site = ThreadingHTTPServer((PUBLIC_ADDRESS, 80), HostileSite)
            self.servers = [self.site] + [(V6Server if ":" in a else ThreadingHTTPServer)((a, port), PrivateTarget)
                                          for a, port in PRIVATE_TARGETS]
            self.proxy = None
        else:
            self.site = ThreadingHTTPServer(("127.0.0.1", 0), HostileSite)
            RecordingProxy.site_port = self.site.server_address[1]
            recorder = ThreadingHTTPServer(("127.0.0.1", 0), RecordingProxy)
            self.servers = [self.site, recorder]
            self.proxy = f"http://127.0.0.1:{recorder.server_address[1]}"
        for server in self.servers:
            threading.Thread(target=server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        for server in self.servers:
            server.shutdown()
            server.server_close()

    def report(self) -> dict:
        return {"site": list(HostileSite.log), "asked": list(RecordingProxy.asked), "unasked": list(RecordingProxy.unasked)}
