"""The written web (farm/static.py): sites as files served by host name, and bench/district_eval.py crawling them."""
from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path

import httpx
import pytest

from bench import district_eval
from farm.proxy import running_farm
from farm.static import WrittenWeb, WrittenWebError, read_truth
from tests.farm.crawl import fetch

WRITTEN = Path(__file__).parent / "fixtures" / "written"
TOWN = "www.musterhausen-am-see.de"
VILLAGE = "www.altdorf-im-tal.de"


@pytest.fixture(scope="module")
def web() -> WrittenWeb:
    return WrittenWeb(WRITTEN)


def get(web: WrittenWeb, url: str, **headers: str):
    scheme, _, rest = url.partition("://")
    host, _, path = rest.partition("/")
    return web.respond("GET", host, "/" + path, headers, scheme=scheme)


def test_paths_map_to_files_and_directories_to_their_index(web: WrittenWeb) -> None:
    start = get(web, f"https://{TOWN}/")
    assert start.status == 200 and b"Willkommen in Musterhausen" in start.body
    assert ("Content-Type", "text/html; charset=utf-8") in start.headers
    assert get(web, f"https://{TOWN}/impressum.html?print=1").body.startswith(b"<!DOCTYPE html>")  # query ignored
    moved = get(web, f"https://{TOWN}/rathaus/buergerbuero")  # a directory without its slash, as servers do
    assert (moved.status, dict(moved.headers)["Location"]) == (301, f"https://{TOWN}/rathaus/buergerbuero/")
    assert get(web, f"https://{TOWN}/gibt-es-nicht/").status == 404


def test_redirect_rules_send_http_and_the_bare_domain_on_and_skip_themselves(web: WrittenWeb) -> None:
    final, response = fetch(web, "http://musterhausen-am-see.de/rathaus/")  # bare → www (splat), http → https
    assert (final, response.status) == (f"https://{TOWN}/rathaus/", 200)
    first = get(web, "http://musterhausen-am-see.de/rathaus/")
    assert dict(first.headers)["Location"] == f"https://{TOWN}/rathaus/"
    # over https the http → https rule would point at the URL asked: skipped, the next rule applies
    old = get(web, f"https://{TOWN}/buergerbuero/")
    assert (old.status, dict(old.headers)["Location"]) == (301, "/rathaus/buergerbuero/")


def test_robots_encodings_head_and_not_modified(web: WrittenWeb) -> None:
    assert get(web, f"https://{TOWN}/robots.txt").body == b"User-agent: *\nAllow: /\n"
    assert b"Disallow: /intern/" in get(web, f"https://{VILLAGE}/robots.txt").body
    latin1 = get(web, f"https://{VILLAGE}/")
    assert dict(latin1.headers)["Content-Type"] == "text/html"  # not UTF-8: the page's own meta charset decides
    head = web.respond("HEAD", TOWN, "/", {}, scheme="https")
    assert head.body == b"" and dict(head.headers)["Content-Length"] == str(len(get(web, f"https://{TOWN}/").body))
    etag = dict(get(web, f"https://{TOWN}/").headers)["ETag"]
    assert get(web, f"https://{TOWN}/", **{"If-None-Match": etag}).status == 304


def test_nothing_outside_a_hosts_directory_and_no_unknown_hosts(web: WrittenWeb) -> None:
    for path in ("/../www.altdorf-im-tal.de/index.html", "/%2e%2e/www.altdorf-im-tal.de/index.html", "/_redirects"):
        assert web.respond("GET", TOWN, path, {}, scheme="https").status == 404, path
    assert web.respond("GET", "www.nirgendwo.de", "/", {}).status == 502
    assert web.connect("www.nirgendwo.de").status == 502 and web.connect(TOWN).status == 200


def test_a_clean_url_without_an_extension_is_sent_as_a_page(tmp_path: Path) -> None:
    """Drupal and TYPO3 serve "/rathaus/buergerbeteiligung": a written file of that name holding a page is text/html,
    one holding anything else stays application/octet-stream (as a server sends an unknown file)."""
    site = tmp_path / "sites" / TOWN / "rathaus"
    site.mkdir(parents=True)
    (site / "buergerbeteiligung").write_bytes(b"\xef\xbb\xbf\n  <!DOCTYPE html><html><body>Beteiligung</body></html>")
    (site / "satzung").write_bytes(b"%PDF-1.4 not a page")
    (site / "plan").write_bytes(b"<?xml version='1.0'?><plan/>")
    written = WrittenWeb(tmp_path)
    types = {name: dict(get(written, f"https://{TOWN}/rathaus/{name}").headers)["Content-Type"]
             for name in ("buergerbeteiligung", "satzung", "plan")}
    assert types == {"buergerbeteiligung": "text/html; charset=utf-8", "satzung": "application/octet-stream",
                     "plan": "application/octet-stream"}


def test_bad_files_are_named_with_their_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    shutil.copytree(WRITTEN, bad)
    (bad / "sites" / TOWN / "_redirects").write_text("/* 301 https://x.de/:splat\n/alt/ 200 /neu/\n", encoding="utf-8")
    with pytest.raises(WrittenWebError, match=r"_redirects:2: expected 'PATH STATUS TARGET'"):
        WrittenWeb(bad).prepare()
    served = subprocess.run([sys.executable, "-m", "farm", "serve", "--port", "0", "--written", str(bad)],
                            capture_output=True, text=True, timeout=60)
    assert served.returncode == 1 and re.search(r"_redirects:2: expected", served.stderr), served.stderr
    (bad / "truth.json").write_text('{"sites": [\n {"ags": ["1"], "host": "x.de",, }]}', encoding="utf-8")
    with pytest.raises(WrittenWebError, match=r"truth\.json:2:\d+: Expecting"):
        read_truth(bad)


def test_a_district_crawl_judges_every_offer(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The real crawler crawls the written sites through the farm proxy: every site ends ok, the page robots.txt
    disallows is not fetched, a frameset's frames are, the town's own service domain is, and the report counts each offer
    of the truth once (tp + fn)."""
    district_eval.main([str(WRITTEN), "--workdir", str(tmp_path)])
    out = capsys.readouterr().out
    with sqlite3.connect(tmp_path / "written.db") as db:
        assert dict(db.execute("SELECT ags, status FROM visits")) == {"09999001": "ok", "09999002": "ok", "09999003": "ok"}
        fetched = {url: status for url, status in db.execute("SELECT url, status FROM pages")}
    assert fetched[f"https://{TOWN}/rathaus/buergerbuero/"] == 200 and fetched[f"https://{VILLAGE}/impressum.htm"] == 200
    assert fetched.get(f"https://{VILLAGE}/intern/") != 200
    # the town's own service domain ("Online-Rathaus" -> www.musterhausen-online.de) is worth a hop, its tourism
    # domain is not (no online service named)
    assert fetched.get("https://www.musterhausen-online.de/") == 200 and "https://www.musterhausen-tourismus.de/" not in fetched
    # an old frameset site: its menu and content are frames, and the Impressum is linked from the menu frame
    assert {fetched.get(f"https://www.hinterzell.de/{page}") for page in ("menue.htm", "impressum.htm")} == {200}
    offers = Counter(c for site in read_truth(WRITTEN)["sites"] for c in site["components"])
    rows = {name: int(tp) + int(fn) for name, tp, fn in
            re.findall(r"^  ([a-z_]+) +[\d.]+ +[\d.]+ +[\d.]+ +(\d+) +\d+ +(\d+)", out, re.M)}
    assert {c: n for c, n in rows.items() if n} == offers and "7 offers" in out


def test_the_proxy_serves_a_written_district() -> None:
    with running_farm(written=WRITTEN) as proxy, \
            httpx.Client(proxy=proxy, verify=False, timeout=10, follow_redirects=True) as client:
        page = client.get("http://musterhausen-am-see.de/rathaus/")
        assert str(page.url) == f"https://{TOWN}/rathaus/" and "Öffnungszeiten" in page.text
        assert client.get("http://www.nirgendwo.de/").status_code == 502
