"""The service with the real crawler subprocess (`python -m reifegrad crawl`), on a tiny site served by a
forward proxy on 127.0.0.1 (the way the simulated web is reached): queue → crawl → store → result page."""
from __future__ import annotations

import threading
from http.server import ThreadingHTTPServer

import httpx
import pytest

from webapp.settings import Settings

from .conftest import live_server, wait_for, write_csv
from .loopback import LoopbackProxy


HOME = """<!doctype html><html lang="de"><head><title>Musterstadt</title></head><body>
<a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutzerklärung</a> <a href="/intern">Intern</a>
<form action="/suche" role="search"><input type="search" name="q"><button>Suchen</button></form></body></html>""".encode()


class SiteProxy(LoopbackProxy):
    """Answers absolute-form requests for www.musterstadt.de; /intern redirects to a private address."""

    received: list[str] = []

    def do_GET(self) -> None:
        SiteProxy.received.append(self.path)
        if self.path == "http://www.musterstadt.de/intern":
            self.answer(302, b"", {"Location": "http://10.0.0.1/geheim"})
        elif self.path.startswith("http://www.musterstadt.de/") and not self.path.endswith("robots.txt"):
            self.answer(200, HOME, {"Content-Type": "text/html; charset=utf-8"})
        else:
            self.answer(502 if "musterstadt" not in self.path else 404, b"", {"X-Squid-Error": "ERR_DNS_FAIL 0"})

    def do_CONNECT(self) -> None:
        self.answer(502, b"", {"X-Squid-Error": "ERR_DNS_FAIL 0"})



@pytest.fixture(scope="module")
def site_proxy():
    SiteProxy.received.clear()
    server = ThreadingHTTPServer(("127.0.0.1", 0), SiteProxy)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="module")
def crawled(tmp_path_factory, site_proxy):
    """One check of the site, crawled once for both tests (it renders the start page in Chromium: seconds)."""
    tmp_path = tmp_path_factory.mktemp("real-crawler")
    csv = write_csv(tmp_path / "m.csv", [{"ags": "09162000", "name": "Musterstadt", "type": "Stadt", "level": "gemeinde",
                                          "state_code": "09", "state": "Bayern", "population": "150000",
                                          "website_url": "http://www.musterstadt.de/"}])
    settings = Settings(db=tmp_path / "r.db", municipalities=csv, proxy=site_proxy, allow_simulated_web=True,
                        max_pages=10, time_budget=30)
    with live_server(settings) as (base, _):
        check = httpx.post(f"{base}/api/checks", json={"ags": "09162000"}).json()["check"]
        data = wait_for(lambda: (d := httpx.get(f"{base}/api/checks/{check['id']}").json())["check"]["status"]
                        in ("done", "failed") and d, 120)
        result = httpx.get(base + data["result_url"]).json() if data["check"]["status"] == "done" else None
        page = httpx.get(base + data["result_page_url"]).text if result else ""
    return data, result, page


def test_real_crawl_through_the_service(crawled):
    data, result, page = crawled
    assert data["check"]["status"] == "done", data["check"]["reason"]
    assert result["visit"]["trigger"] == "ondemand" and result["visit"]["status"] == "ok"
    found = {c["id"] for c in result["components"] if c["state"] == "present"}
    assert {"imprint", "privacy_policy"} <= found
    assert "Impressum" in page and "http://www.musterstadt.de/" in page


def test_real_crawl_never_follows_a_redirect_to_a_private_address(crawled):
    assert "http://www.musterstadt.de/intern" in SiteProxy.received
    assert not [url for url in SiteProxy.received if "10.0.0.1" in url]
