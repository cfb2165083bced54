"""Who the client is: X-Forwarded-* only from a configured proxy, HSTS and Secure cookies behind TLS, and a
rate limiter whose state stays bounded and that counts an IPv6 /64 as one client."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
import tracemalloc

import httpx
import pytest

from tests.support import REPO, free_port, wait_for_port
from tests.webapp.conftest import live_server
from webapp.ratelimit import SlidingWindowLimiter, client_key

from .api_service import api_settings

AGS = ["09162000", "09184112", "01051125", "07235081"]


def submit(base: str, ags: str, forwarded_for: str | None = None, proto: str | None = None) -> int:
    headers = {k: v for k, v in {"X-Forwarded-For": forwarded_for, "X-Forwarded-Proto": proto}.items() if v}
    return httpx.post(f"{base}/api/checks", json={"ags": ags}, headers=headers).status_code


def test_behind_a_trusted_proxy_each_client_has_its_own_limit(tmp_path):
    settings = api_settings(tmp_path, rate_limit=1, trusted_proxies=("127.0.0.1",))
    with live_server(settings) as (base, _):
        assert submit(base, AGS[0], "203.0.113.7") == 202
        assert submit(base, AGS[1], "198.51.100.9, 203.0.113.7") == 429  # a spoofed left part changes nothing
        assert submit(base, AGS[2], "198.51.100.20") == 202
    with sqlite3.connect(settings.db) as conn:
        assert [r[0] for r in conn.execute("SELECT client FROM checks ORDER BY id")] == ["203.0.113.7", "198.51.100.20"]


def test_forwarded_headers_from_an_untrusted_peer_are_ignored(tmp_path):
    settings = api_settings(tmp_path, rate_limit=1, trusted_proxies=("192.0.2.1",))
    with live_server(settings) as (base, _):
        assert submit(base, AGS[0], "203.0.113.7") == 202
        assert submit(base, AGS[1], "198.51.100.20") == 429  # still 127.0.0.1, whatever the header says
        page = httpx.get(f"{base}/", headers={"X-Forwarded-Proto": "https"})
    assert "strict-transport-security" not in page.headers
    assert "secure" not in page.headers["set-cookie"].lower()


def test_tls_detected_through_the_trusted_proxy(tmp_path):
    with live_server(api_settings(tmp_path, trusted_proxies=("127.0.0.0/8",))) as (base, _):
        plain = httpx.get(f"{base}/", headers={"X-Forwarded-Proto": "http"})
        tls = httpx.get(f"{base}/", headers={"X-Forwarded-Proto": "https"})
    assert "strict-transport-security" not in plain.headers and "secure" not in plain.headers["set-cookie"].lower()
    assert tls.headers["strict-transport-security"].startswith("max-age=")
    assert "; secure" in tls.headers["set-cookie"].lower()


def test_tls_configured(tmp_path):
    with live_server(api_settings(tmp_path, tls=True)) as (base, _):
        page = httpx.get(f"{base}/")
        error = httpx.get(f"{base}/api/checks/99")
    assert page.headers["strict-transport-security"].startswith("max-age=") and "; secure" in page.headers["set-cookie"].lower()
    assert error.status_code == 404 and "strict-transport-security" in error.headers


@pytest.mark.parametrize("a, b, same", [
    ("2001:db8:1:2::1", "2001:db8:1:2:ffff:ffff:ffff:ffff", True),
    ("2001:db8:1:2::1", "2001:db8:1:3::1", False),
    ("::ffff:203.0.113.7", "203.0.113.7", True),
    ("203.0.113.7", "203.0.113.8", False),
    ("fe80::1%eth0", "fe80::2", True),
])
def test_client_key_counts_an_ipv6_64_as_one_client(a, b, same):
    assert (client_key(a) == client_key(b)) is same


def test_rotating_ipv6_addresses_in_one_64_does_not_bypass_the_limit():
    limiter = SlidingWindowLimiter(3, 3600)
    allowed = [limiter.hit(f"2001:db8:aa:bb::{n:x}")[0] for n in range(1, 50)]
    assert allowed.count(True) == 3


@pytest.mark.slow  # seconds even on an idle machine: kept out of `make test-fast`
def test_limiter_state_is_bounded_for_ten_times_its_cap_of_clients():
    tracemalloc.start()
    limiter = SlidingWindowLimiter(10, 3600, max_clients=2_000)
    for n in range(20_000):
        limiter.hit(f"10.{n >> 16 & 255}.{n >> 8 & 255}.{n & 255}")
    size, _peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert len(limiter) == 2_000
    assert size < 2_000 * 2048, f"{size / 2_000:.0f} bytes per client"  # default cap 20,000: under 40 MiB


def test_expired_clients_are_forgotten():
    clock = [0.0]
    limiter = SlidingWindowLimiter(2, 60, clock=lambda: clock[0])
    for n in range(100):
        limiter.hit(f"198.51.100.{n}")
    clock[0] = 61
    limiter.hit("203.0.113.1")
    limiter.hit("203.0.113.2")
    assert len(limiter) == 2


def test_a_known_client_keeps_its_count_when_the_table_is_full():
    limiter = SlidingWindowLimiter(1, 3600, max_clients=3)
    for host in ("198.51.100.1", "198.51.100.2", "198.51.100.3"):
        limiter.hit(host)
    assert not limiter.hit("198.51.100.1")[0]


def test_serve_command_behind_a_trusted_tls_proxy(tmp_path):
    """The README's `reifegrad serve --trusted-proxy 127.0.0.1 --tls`, as a real process."""
    settings = api_settings(tmp_path)
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "reifegrad", "serve", "--db", str(settings.db),
                             "--municipalities", str(settings.municipalities), "--port", str(port),
                             "--trusted-proxy", "127.0.0.1", "--tls",
                             # the check it queues is crawled through a dead proxy on loopback: nothing leaves
                             "--proxy", "http://127.0.0.1:9", "--allow-simulated-web"],
                            cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        wait_for_port(port, timeout=90)
        base = f"http://127.0.0.1:{port}"
        page = httpx.get(f"{base}/")
        assert page.headers["strict-transport-security"].startswith("max-age=")
        assert "; secure" in page.headers["set-cookie"].lower()
        assert submit(base, "09162000", "203.0.113.7") == 202
    finally:
        proc.terminate()
        proc.wait(20)
    with sqlite3.connect(settings.db) as conn:
        assert conn.execute("SELECT client FROM checks").fetchall() == [("203.0.113.7",)]


def test_serve_refuses_a_trusted_proxy_that_is_not_an_address(tmp_path):
    settings = api_settings(tmp_path)
    proc = subprocess.run([sys.executable, "-m", "reifegrad", "serve", "--db", str(settings.db), "--municipalities",
                           str(settings.municipalities), "--trusted-proxy", "proxy.example"],
                          cwd=REPO, capture_output=True, text=True, timeout=60)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines() == ["reifegrad serve: --trusted-proxy 'proxy.example' is not an IP address or network"]
