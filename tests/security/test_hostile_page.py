"""Issue 11: a page with 100,000 attributes (890 KB) costs an innocent site crawled alongside nothing.

Two crawls through a loopback proxy: the innocent site alone, then together with a hostile site whose start
page and a subpage are attribute bombs. The innocent site's stored result (status, pages, findings,
service levels, score) must be the same in both. Before the parse was bounded the bomb held the crawler's
only thread for minutes, and the innocent site ran out of its time budget.
"""
from __future__ import annotations

import threading
from http.server import ThreadingHTTPServer

import pytest

from tests.support import q, reifegrad
from tests.webapp.loopback import LoopbackProxy

BOMB = ("<html><head><title>Boese</title></head><body><div " + " ".join(f"a{i}=x" for i in range(100_000))
        + "><a href='/zwei'>weiter</a></div></body></html>").encode()
INNOCENT = {
    "/": "<html lang='de'><head><title>Gemeinde Friedlich</title></head><body><a href='/impressum'>Impressum</a> "
         "<a href='/datenschutz'>Datenschutzerklärung</a> <a href='/buergerservice'>Bürgerservice</a>"
         "<form role='search' action='/suche'><input type='search' name='q'></form></body></html>",
    "/impressum": "<html><body><h1>Impressum</h1><p>Gemeinde Friedlich, Rathausplatz 1</p></body></html>",
    "/datenschutz": "<html><body><h1>Datenschutzerklärung</h1></body></html>",
    "/buergerservice": "<html><body><h1>Bürgerservice</h1><a href='/impressum'>Impressum</a>"
                       "<p>Termin online vereinbaren</p></body></html>",
}


class TwoSites(LoopbackProxy):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        host, _, path = self.path.removeprefix("http://").partition("/")
        path = "/" + path
        if path == "/robots.txt":
            return self.answer(404)
        if host == "www.boesedorf.de":
            return self.answer(200, BOMB, {"Content-Type": "text/html; charset=utf-8"})
        if host == "www.friedlich.de" and path in INNOCENT:
            return self.answer(200, INNOCENT[path].encode(), {"Content-Type": "text/html; charset=utf-8"})
        self.answer(404, b"", {"Content-Type": "text/html"})

    def do_CONNECT(self) -> None:
        self.answer(502, b"", {"X-Squid-Error": "ERR_DNS_FAIL 0"})


ROWS = {"innocent": "09162001,Friedlich,Gemeinde,gemeinde,09,Bayern,4000,http://www.friedlich.de/",
        "hostile": "09162002,Boesedorf,Gemeinde,gemeinde,09,Bayern,4000,http://www.boesedorf.de/"}


def crawl(tmp_path, name: str, proxy: str, rows: list[str]):
    csv = tmp_path / f"{name}.csv"
    csv.write_text("ags,name,type,level,state_code,state,population,website_url\n" + "\n".join(rows) + "\n")
    db = tmp_path / f"{name}.db"
    reifegrad("crawl", "--municipalities", str(csv), "--db", str(db), "--proxy", proxy, "--no-render", "--delay", "0",
              "--time-budget", "20", "--timeout", "5", "--retries", "0", "--per-site", "1", timeout=240)
    return db


def innocent_result(db) -> dict:
    visit = "(SELECT site_visit_id FROM visits WHERE ags = '09162001')"
    return {
        "visit": q(db, f"SELECT status, pages_fetched, error FROM site_visits WHERE id = {visit}"),
        "pages": q(db, f"SELECT url, status, sha256 FROM pages WHERE site_visit_id = {visit} ORDER BY url"),
        "findings": q(db, f"SELECT component, product, confidence, state FROM findings WHERE site_visit_id = {visit} ORDER BY 1, 2"),
        "services": q(db, f"SELECT service_id, level FROM service_levels WHERE site_visit_id = {visit} ORDER BY 1"),
        "score": q(db, "SELECT score, level FROM scores WHERE ags = '09162001'"),
    }


@pytest.mark.slow
def test_attribute_bomb_costs_the_innocent_site_nothing(tmp_path):
    server = ThreadingHTTPServer(("127.0.0.1", 0), TwoSites)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    proxy = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        alone = innocent_result(crawl(tmp_path, "alone", proxy, [ROWS["innocent"]]))
        together_db = crawl(tmp_path, "together", proxy, [ROWS["hostile"], ROWS["innocent"]])
    finally:
        server.shutdown()
    assert alone["visit"][0][0] == "ok" and len(alone["pages"]) == 4 and alone["findings"]
    assert innocent_result(together_db) == alone
    # the hostile start page was fetched and stored as a page, and the site says why it was not parsed
    assert q(together_db, "SELECT count(*) FROM pages p JOIN visits v ON v.site_visit_id = p.site_visit_id "
                          "WHERE v.ags = '09162002'")[0][0] == 1
    (status, error), = q(together_db, "SELECT s.status, s.error FROM site_visits s JOIN visits v ON v.site_visit_id = s.id "
                                      "WHERE v.ags = '09162002'")
    assert status == "too_large" and "not parsed" in error and "attributes" in error
