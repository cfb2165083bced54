"""The farm proxy over real sockets: plain HTTP, CONNECT/TLS, Squid errors, 304, keep-alive, faults."""
from __future__ import annotations

import socket
import ssl
import zlib
from urllib.parse import urlsplit

import httpx
import pytest

from farm.proxy import running_farm
from tests.support import reifegrad
from farm.world import World

from .conftest import FAULT_DELAY
from .crawl import bfs, fetch


def site_of(truth: dict, status: str | None = None, fault: str | None = None, https: bool | None = None) -> dict:
    return next(s for s in truth["sites"] if (status is None or s["expected_status"] == status)
                and (fault is None or s["fault"] == fault) and (https is None or s["https"] == https))


@pytest.fixture()
def client(proxy_url: str):
    with httpx.Client(proxy=proxy_url, verify=False, timeout=10, follow_redirects=False) as c:
        yield c


def test_plain_http_site(client: httpx.Client, truth: dict) -> None:
    site = site_of(truth, "ok", https=False)
    response = client.get(site["start_url"])
    assert response.status_code == 200 and "<html" in response.text
    assert response.headers["etag"] and response.headers["last-modified"]


def test_https_through_connect(client: httpx.Client, truth: dict, world: World) -> None:
    site = site_of(truth, "ok", fault=None, https=True)
    response = client.get(f"https://{site['host']}/")
    assert response.status_code == 200
    assert response.content == world.respond("GET", site["host"], "/", {}, scheme="https").body


def test_http_redirects_to_https_with_hsts(client: httpx.Client, world: World) -> None:
    plan = next(world.plan(i) for i in range(world.settings.n_sites) if world.plan(i).https == "hsts")
    response = client.get(f"http://{plan.host}/")
    assert response.status_code == 301 and response.headers["location"] == f"https://{plan.host}/"
    assert "strict-transport-security" in client.get(f"https://{plan.host}/").headers


def test_http_only_site_refuses_tls(client: httpx.Client, truth: dict) -> None:
    site = site_of(truth, "ok", https=False)
    with pytest.raises(httpx.ProxyError):
        client.get(f"https://{site['host']}/")


def test_unknown_host_plain_and_connect(client: httpx.Client) -> None:
    response = client.get("http://www.gibt-es-nicht.de/")
    assert response.status_code == 502 and response.headers["x-squid-error"] == "ERR_DNS_FAIL 0"
    with pytest.raises(httpx.ProxyError, match="502"):
        client.get("https://www.gibt-es-nicht.de/")


def test_not_modified(client: httpx.Client, truth: dict) -> None:
    site = site_of(truth, "ok", https=True)
    first = client.get(f"https://{site['host']}/")
    second = client.get(f"https://{site['host']}/", headers={"If-None-Match": first.headers["etag"]})
    assert second.status_code == 304 and second.content == b""
    third = client.get(f"https://{site['host']}/", headers={"If-Modified-Since": first.headers["last-modified"]})
    assert third.status_code == 304


def test_keep_alive_on_one_socket(proxy_url: str, truth: dict) -> None:
    site = site_of(truth, "ok", https=False)
    host = urlsplit(site["start_url"]).hostname
    proxy = urlsplit(proxy_url)
    with socket.create_connection((proxy.hostname, proxy.port), timeout=5) as sock:
        request = f"GET http://{host}/ HTTP/1.1\r\nHost: {host}\r\n\r\n".encode()
        sock.sendall(request + request)
        data = b""
        while data.count(b"HTTP/1.1 200") < 2:
            chunk = sock.recv(65536)
            assert chunk, "connection closed before the second response"
            data += chunk


def test_vendor_host_over_tls(client: httpx.Client) -> None:
    response = client.get("https://id.bund.de/de/welcome")
    assert response.status_code == 200 and "BundID" in response.text


# ---- fault district ---------------------------------------------------------------------------------------

def test_timeout(proxy_url: str, truth: dict) -> None:
    site = site_of(truth, fault="timeout")
    with httpx.Client(proxy=proxy_url, verify=False, timeout=FAULT_DELAY / 2) as c:
        with pytest.raises(httpx.ReadTimeout):
            c.get(f"https://{site['host']}/")


def test_reset_and_refused(client: httpx.Client, truth: dict) -> None:
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError, httpx.ConnectError)):
        client.get(f"https://{site_of(truth, fault='reset')['host']}/")
    refused = site_of(truth, fault="refused")
    response = client.get(f"http://{refused['host']}/")
    assert response.status_code == 503 and response.headers["x-squid-error"] == "ERR_CONNECT_FAIL 111"
    with pytest.raises(httpx.ProxyError, match="503"):
        client.get(f"https://{refused['host']}/")


def test_http_error_and_blocked(client: httpx.Client, truth: dict) -> None:
    assert client.get(f"https://{site_of(truth, fault='http500')['host']}/").status_code == 500
    blocked = client.get(f"https://{site_of(truth, fault='bot_block')['host']}/")
    assert blocked.status_code == 403 and "blockiert" in blocked.text


def test_throttle_then_ok(client: httpx.Client, truth: dict) -> None:
    base = site_of(truth, fault="throttle429")["final_url"]
    first = client.get(base)
    assert first.status_code == 429 and first.headers["retry-after"] == "1"
    assert client.get(base).status_code == 200


def test_redirect_loop_and_cross_host_chain(client: httpx.Client, truth: dict) -> None:
    loop = site_of(truth, fault="redirect_loop")
    with pytest.raises(httpx.TooManyRedirects):
        client.get(loop["start_url"], follow_redirects=True)
    chain = site_of(truth, fault="cross_host")
    response = client.get(chain["start_url"], follow_redirects=True)
    assert response.status_code == 200 and len(response.history) == 2
    assert urlsplit(str(response.url)).hostname == chain["host"] != urlsplit(chain["start_url"]).hostname


def test_endless_calendar(client: httpx.Client, truth: dict, world: World) -> None:
    site = site_of(truth, fault="endless_calendar")
    urls = bfs(world, site["start_url"], max_depth=12, limit=3000)
    months = [u for u in urls if "month=" in u]
    assert len(months) >= 8  # keeps going as deep as the crawler is willing to follow
    assert client.get(months[-1]).status_code == 200


def test_too_large(client: httpx.Client, truth: dict) -> None:
    huge = site_of(truth, fault="huge_page")
    with client.stream("GET", huge["start_url"], follow_redirects=True) as response:
        assert int(response.headers["content-length"]) >= 20 * 1024 * 1024
    bomb = site_of(truth, fault="gzip_bomb")
    with client.stream("GET", bomb["start_url"], follow_redirects=True) as response:
        assert response.headers["content-encoding"] == "gzip"
        wire = b"".join(response.iter_raw())
    assert len(wire) < 1024 * 1024
    unpacker, decoded = zlib.decompressobj(31), 0
    while wire and decoded <= 100 * 1024 * 1024:
        decoded += len(unpacker.decompress(wire, 1024 * 1024))
        wire = unpacker.unconsumed_tail
    assert decoded > 100 * 1024 * 1024


def test_content_faults_keep_components(client: httpx.Client, truth: dict) -> None:
    malformed = site_of(truth, fault="malformed")
    assert "</p>" not in client.get(malformed["final_url"]).text
    charset = site_of(truth, fault="wrong_charset")
    response = client.get(charset["final_url"])
    assert "charset" not in response.headers["content-type"] and b"iso-8859-1" in response.content
    for site in (malformed, charset):
        assert site["components"] and site["expected_status"] == "ok"


def test_robots_not_html_dns_tls(client: httpx.Client, truth: dict) -> None:
    robots = site_of(truth, fault="robots_all")
    assert client.get(f"{robots['final_url']}robots.txt").text == "User-agent: *\nDisallow: /\n"
    pdf = client.get(site_of(truth, fault="not_html")["final_url"])
    assert pdf.headers["content-type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    dns = site_of(truth, fault="dns")
    assert client.get(f"http://{dns['host']}/").headers["x-squid-error"] == "ERR_DNS_FAIL 0"
    with pytest.raises(httpx.ConnectError):
        client.get(site_of(truth, fault="tls")["start_url"])


def test_partial_site_fails_deeper(client: httpx.Client, truth: dict, world: World) -> None:
    site = site_of(truth, fault="partial")
    assert site["survive"] and all(c["depth"] <= 1 for c in site["components"].values())
    assert all(client.get(c["url"]).status_code == 200 for c in site["components"].values())
    plan = world.plan(world.fault_indices("partial")[0])
    assert client.get(plan.base + plan.style.article_url(1)).status_code == 500


def test_mutated_farm_subprocess() -> None:
    """`running_farm(mutate=…)` serves the world as it looks after World.mutate."""
    world = World(seed=4, n_sites=6, faults=False)
    plan = next(world.plan(i) for i in range(2, 6) if "chatbot" not in world.plan(i).components)
    world.mutate(plan.host, add=["chatbot"])
    page = world.ground_truth()["sites"][plan.index]["components"]["chatbot"]["url"]
    with running_farm(seed=4, n_sites=6, faults=False, mutate=[f"{plan.host}:+chatbot"]) as url:
        with httpx.Client(proxy=url, verify=False) as client:
            assert client.get(page).content == fetch(world, page)[1].body


def test_ca_file_verifies_leaf_certificates(tmp_path) -> None:
    ca = tmp_path / "farm-ca.pem"
    world = World(seed=4, n_sites=6, faults=False)
    plan = next(world.plan(i) for i in range(6) if world.plan(i).https != "http")
    with running_farm(seed=4, n_sites=6, faults=False, ca_out=str(ca)) as url:
        context = ssl.create_default_context(cafile=str(ca))
        with httpx.Client(proxy=url, verify=context) as client:
            assert client.get(f"https://{plan.host}/").status_code == 200


def test_latency_delays_every_answer_and_changes_nothing_else() -> None:
    """`--latency LOW-HIGH` (the benchmarks' distant servers): an answer never comes before LOW seconds."""
    world = World(seed=4, n_sites=6, faults=False)
    page = f"{world.ground_truth()['sites'][1]['start_url']}"
    with running_farm(seed=4, n_sites=6, faults=False, latency=(0.4, 0.6)) as url:
        with httpx.Client(proxy=url, verify=False, follow_redirects=True) as client:
            responses = [client.get(page) for _ in range(3)]
    assert all(r.elapsed.total_seconds() >= 0.4 for r in responses)
    assert {r.content for r in responses} == {fetch(world, page)[1].body}


@pytest.mark.parametrize("value", ["fast", "2-1", "-1", "0.2-99"])
def test_bad_latency_is_a_usage_error(value: str) -> None:
    proc = reifegrad("farm", "serve", "--latency", value, "--sites", "2", check=False, timeout=60)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr and "--latency" in proc.stderr
