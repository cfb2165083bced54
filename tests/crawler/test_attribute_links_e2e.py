"""A real crawl follows links that a page tells in attributes (a tile's onclick, a table row's data-href, a
button's window.open), within the same scope and robots.txt as any link: a made-up site on loopback, served
through a proxy that records every request and answers nothing else (the guard's refusal of such a link to a
private address is tests/security/test_address_guard.py's)."""
from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.support import crawl, q

HOST = "www.kachelheim.de"
PAGE = "<!doctype html><html lang='de'><head><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>"
SITE = {
    "/robots.txt": "User-agent: *\nDisallow: /intern/\n",
    "/": PAGE.format(title="Gemeinde Kachelheim", body=(
        '<div class="kachel" onclick="window.location.href=\'/buergerservice/\'"><h2>Bürgerservice</h2>'
        "<p>Anliegen, Formulare und Termine</p></div>"
        '<table><tr data-href="/rathaus/gremien.html"><td>Gemeinderat und Ausschüsse</td></tr></table>'
        '<button type="button" onclick="window.open(\'/intern/verwaltung/\')">Verwaltungsnetz</button>'
        '<div class="kachel" data-url="http://www.nachbarheim.de/termine/">Termine in Nachbarheim</div>'
        '<a href="/impressum/">Impressum</a>')),
    "/buergerservice/": PAGE.format(title="Bürgerservice", body=(
        "<p>Ihr Anliegen im Bürgerbüro erledigen Sie mit Termin.</p>"
        "<button type=\"button\" onclick=\"window.open('https://termine-reservieren.de/termine/kachelheim/', "
        "'_blank')\">Online-Termin buchen</button>")),
    "/rathaus/gremien.html": PAGE.format(title="Gremien", body="<p>Sitzungen des Gemeinderats</p>"),
    "/impressum/": PAGE.format(title="Impressum", body="<p>Gemeinde Kachelheim, Hauptstraße 1</p>"),
}


class SiteProxy(BaseHTTPRequestHandler):
    """The crawler's proxy: serves SITE for HOST, records every request, forwards nothing (502 for the rest)."""

    protocol_version = "HTTP/1.1"
    requests: list[str] = []

    def do_GET(self) -> None:
        SiteProxy.requests.append(self.path)
        parts = urlsplit(self.path)
        body = SITE.get(parts.path) if parts.hostname == HOST else None
        status = 200 if body is not None else (404 if parts.hostname == HOST else 502)
        data = (body or "").encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain" if parts.path == "/robots.txt" else "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_CONNECT(self) -> None:
        SiteProxy.requests.append(f"CONNECT {self.path}")
        self.send_response(502)
        self.send_header("Content-Length", "0")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True

    do_HEAD = do_GET

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def proxy() -> Iterator[str]:
    SiteProxy.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), SiteProxy)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_a_crawl_follows_links_told_in_attributes_within_scope_and_robots(tmp_path: Path, proxy: str) -> None:
    csv, db = tmp_path / "m.csv", tmp_path / "r.db"
    csv.write_text("ags,name,type,level,state_code,state,population,website_url\n"
                   f"09162009,Kachelheim,Gemeinde,gemeinde,09,Bayern,4000,http://{HOST}/\n", encoding="utf-8")
    crawl(csv, db, proxy)
    pages = {urlsplit(url).path for (url,) in q(db, "SELECT url FROM pages")}
    assert {"/", "/buergerservice/", "/rathaus/gremien.html", "/impressum/"} <= pages  # onclick, data-href, href
    asked = " ".join(SiteProxy.requests)
    assert "/intern/" not in asked  # robots.txt disallows it
    assert "nachbarheim" not in asked  # another municipality's host: recorded, not followed
    evidence = {m for (m,) in q(db, "SELECT e.match FROM evidence e JOIN findings f ON f.id = e.finding_id "
                                    "WHERE f.component = 'appointment_booking'")}
    assert any("termine-reservieren.de/termine/kachelheim" in m for m in evidence), evidence
