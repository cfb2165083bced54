"""Issue 11: robots.txt Crawl-delay honoured (capped) and the per-host gap held for rendered pages too.

A loopback proxy plays one slow site that asks for ``Crawl-delay: 1`` and records when each request
arrives; the real crawler (static, and with Chromium in a loopback-only namespace) must space every
request to that host — its own fetches, the rendered navigation, the browser's subresource requests — by
at least the asked gap.
"""
from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crawler.pacing import HostPacer
from tests.security.test_address_guard import namespace_or_skip
from tests.support import REPO, chromium_or_skip
from tests.webapp.loopback import LoopbackProxy

HOST = "www.langsamhausen.de"
HOME = (f"<!doctype html><html lang='de'><head><title>Langsamhausen</title><script src='http://{HOST}/app.js'></script>"
        f"<link rel='stylesheet' href='http://{HOST}/site.css'></head><body>"
        + "".join(f"<a href='/seite{i}'>Seite {i}</a>" for i in range(4))
        + "<script>fetch('/api/a'); fetch('/api/b');</script></body></html>").encode()


class SlowSite(LoopbackProxy):
    protocol_version = "HTTP/1.1"
    arrivals: list[tuple[float, str]] = []

    def do_GET(self) -> None:
        SlowSite.arrivals.append((time.monotonic(), self.path))
        if self.path.endswith("/robots.txt"):
            return self.answer(200, b"User-agent: *\nCrawl-delay: 1\nAllow: /\n", {"Content-Type": "text/plain"})
        if self.path == f"http://{HOST}/":
            return self.answer(200, HOME, {"Content-Type": "text/html; charset=utf-8"})
        self.answer(200, b"<p>ok</p>", {"Content-Type": "text/html; charset=utf-8"})

    def do_CONNECT(self) -> None:
        self.answer(502, b"", {"X-Squid-Error": "ERR_DNS_FAIL 0"})


def test_pacer_books_gaps_and_caps_crawl_delay():
    pacer = HostPacer(0.5, crawl_delay_cap=10)
    assert pacer.reserve("a.de") == 0 and 0.45 < pacer.reserve("a.de") <= 0.5
    assert pacer.reserve("b.de") == 0  # hosts do not wait for each other
    pacer.set_crawl_delay("c.de", 3600)
    assert pacer.gap("c.de") == 10 and pacer.gap("a.de") == 0.5
    pacer.set_crawl_delay("a.de", 2)  # learnt after the first requests: the next one waits for the new gap
    assert 2.4 < pacer.reserve("a.de") <= 2.5


def test_a_late_start_does_not_shorten_the_next_gap():
    """Two requests booked a gap apart: when a busy event loop wakes the first one late, the second still waits the
    whole gap after the first one's real start, not only after its booked one."""
    pacer = HostPacer(0.3, crawl_delay_cap=10)
    starts: dict[str, float] = {}

    async def request(name: str) -> None:
        await pacer.wait_turn("a.de")
        starts[name] = time.monotonic()

    async def busy_loop() -> None:  # blocks the loop past both bookings (0.3 and 0.6 s), as a busy machine would
        await asyncio.sleep(0.1)
        time.sleep(0.55)

    async def run() -> None:
        await request("earlier")  # the host's clock starts: the next bookings are 0.3 and 0.6 s later
        await asyncio.gather(request("first"), request("second"), busy_loop())

    asyncio.run(run())
    assert starts["first"] - starts["earlier"] >= 0.6, starts  # woken late by the busy loop
    assert starts["second"] - starts["first"] >= 0.29, starts  # booked at 0.6 s, yet a whole gap after the real start


def crawl_script(tmp_path: Path, render: bool) -> str:
    """A Python program: serve the slow site on loopback, crawl it, print the arrival times as JSON."""
    csv = tmp_path / "m.csv"
    csv.write_text("ags,name,type,level,state_code,state,population,website_url\n"
                   f"09162000,Langsamhausen,Gemeinde,gemeinde,09,Bayern,4000,http://{HOST}/\n")
    return f"""
import json, subprocess, sys, threading
from http.server import ThreadingHTTPServer
sys.path.insert(0, {str(REPO)!r})
from tests.security.test_politeness import SlowSite
server = ThreadingHTTPServer(("127.0.0.1", 0), SlowSite)
threading.Thread(target=server.serve_forever, daemon=True).start()
done = subprocess.run([sys.executable, "-m", "reifegrad", "crawl", "--municipalities", {str(csv)!r},
    "--db", {str(tmp_path / 'r.db')!r}, "--proxy", f"http://127.0.0.1:{{server.server_address[1]}}",
    "--delay", "0.2", "--timeout", "10", "--max-pages", "6", "--retries", "0", {'"--render"' if render else '"--no-render"'}],
    capture_output=True, text=True, cwd={str(REPO)!r})
print(json.dumps({{"rc": done.returncode, "stderr": done.stderr[-2000:], "arrivals": SlowSite.arrivals}}))
"""


def gaps(result: dict) -> list[float]:
    assert result["rc"] == 0, result["stderr"]
    times = sorted(t for t, _ in result["arrivals"])
    return [b - a for a, b in zip(times, times[1:])]


@pytest.mark.slow
def test_crawl_delay_is_held_between_static_requests(tmp_path):
    done = subprocess.run([sys.executable, "-c", crawl_script(tmp_path, render=False)], capture_output=True, text=True, timeout=300)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert len(result["arrivals"]) >= 5, result
    assert min(gaps(result)) >= 0.8, result["arrivals"]


@pytest.mark.slow
def test_crawl_delay_is_held_for_rendered_pages_and_their_requests(tmp_path):
    chromium_or_skip()
    namespace_or_skip()
    script = tmp_path / "run.py"
    script.write_text(crawl_script(tmp_path, render=True))
    done = subprocess.run(["unshare", "-n", "sh", "-c", f"ip link set lo up && exec {sys.executable} {script}"],
                          capture_output=True, text=True, timeout=400)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    paths = [p for _, p in result["arrivals"]]
    assert f"http://{HOST}/app.js" in paths and f"http://{HOST}/api/a" in paths, paths  # the browser's own requests
    assert min(gaps(result)) >= 0.8, result["arrivals"]
