"""Issue 11: no request of a crawl — Scrapy or Chromium, any mode — reaches a private, loopback, link-local or
metadata address, or a host the crawl did not ask for.

Each test runs `tests/security/scenario.py` (the hostile web + a real `reifegrad` crawl) inside a network
namespace that has only loopback (`unshare -n`, as root), so a failing guard could reach nothing real.
Proxied mode: every private target is a request the recording proxy receives and never forwards.
Direct mode: names resolve through the namespace's /etc/hosts, and recorders listen on the private
addresses themselves. Either way ``unasked`` lists what got through; the site's own log shows that each
probe really ran (the browser's 307 POST and 308 PUT bodies arrive at the hostile redirects).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.security.hostile import HOSTILE_HOSTS, NAMESPACE_HOSTS, PRIVATE_TARGETS, PUBLIC_ADDRESS
from tests.support import REPO, chromium_or_skip

SCENARIO = Path(__file__).with_name("scenario.py")
ALIASES = sorted({a for a, _ in PRIVATE_TARGETS if "." in a and not a.startswith("127.")} | {PUBLIC_ADDRESS})


def namespace_or_skip() -> None:
    if os.geteuid() != 0 or not shutil.which("unshare") or not shutil.which("ip"):
        pytest.skip("needs root, unshare and ip for a loopback-only network namespace")
    probe = subprocess.run(["unshare", "-n", "-m", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip(f"unshare -n -m is not permitted here: {probe.stderr.decode()[:200]}")


def run_scenario(tmp_path: Path, mode: str, *extra: str) -> dict:
    """The scenario in a fresh loopback-only namespace; direct modes get the hosts file and lo aliases."""
    namespace_or_skip()
    setup = ["ip link set lo up"]
    if mode.endswith("-direct"):
        hosts = tmp_path / "hosts"
        hosts.write_text(NAMESPACE_HOSTS)
        setup += [f"ip addr add {a}/32 dev lo" for a in ALIASES] + [f"mount --bind {hosts} /etc/hosts"]
    script = " && ".join(setup + [f"exec {sys.executable} {SCENARIO} {tmp_path / 'work'} {mode} {' '.join(extra)}"])
    done = subprocess.run(["unshare", "-n", "-m", "sh", "-c", script], capture_output=True, text=True,
                          timeout=400, cwd=REPO)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report.get("returncode", 0) == 0, report["stderr"]
    return report


def fetched(report: dict) -> set[tuple[str, str, str]]:
    return {(r["method"], r["host"], r["path"]) for r in report["site"]}


def assert_scrapy_probes_refused(report: dict) -> None:
    assert report["unasked"] == [], report["unasked"]
    # the probes ran: the redirects to 10.0.0.1, [::1], [::ffff:a9fe:a9fe], 2852039166 and the 307 to
    # 169.254.169.254 were fetched, their targets never; so were the links told in an onclick and a data-href
    probes = ("link", "link2", "link3", "link4", "307", "onclick", "datahref")
    assert {("GET", "www.boeseheim.de", f"/r/{p}") for p in probes} <= fetched(report)
    visits = {ags: (status, error) for ags, status, _, error in report["visits"]}
    assert visits["09162002"][0] == "error" and "SSRF-Schutz" in visits["09162002"][1]  # start page → 10.0.0.1
    assert visits["09162000"][0] == "ok"


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["ondemand", "nightly", "manual", "ondemand-direct", "nightly-direct"])
def test_scrapy_reaches_no_private_target(tmp_path, mode):
    assert_scrapy_probes_refused(run_scenario(tmp_path, mode, "--no-render"))


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["ondemand", "nightly", "ondemand-direct", "nightly-direct"])
def test_chromium_reaches_no_private_target_and_no_unasked_host(tmp_path, mode):
    chromium_or_skip()
    report = run_scenario(tmp_path, mode, "--render")
    assert_scrapy_probes_refused(report)
    bodies = {(r["method"], r["path"], r["body"]) for r in report["site"]}
    # the browser probes ran: the 307 POST and 308 PUT reached the hostile redirects with their bodies…
    assert {("POST", "/r/307", "geheim-post"), ("PUT", "/r/308", "geheim-put")} <= bodies
    # …and every hop after them, every WebSocket and the start-page redirect were refused at the guard
    refused = " ".join(r["target"] for r in report["browser_refused"])
    for target in ("POST http://169.254.169.254/post", "PUT http://[::ffff:a9fe:a9fe]/put", "10.0.0.1/x.css",
                   "127.0.0.1/s.js", "169.254.169.254/latest/meta-data/", "http://169.254.169.254/latest/",
                   "CONNECT 10.0.0.1:80", "CONNECT 127.0.0.1:8080", "CONNECT [::1]:80", "CONNECT 10.0.0.4:443"):
        assert target in refused, (target, refused)
    if mode.endswith("-direct"):  # a name that resolves to loopback, through a WebSocket
        assert "CONNECT lokal.boeseheim.de:80" in refused
    hosts = {r["host"] for r in report["site"]}
    assert hosts <= set(HOSTILE_HOSTS)
    rendered = {ags: bool(r) for ags, _, r, _ in report["visits"]}
    assert rendered["09162000"]


@pytest.mark.slow
def test_control_an_unguarded_browser_is_caught_by_the_recording_proxy(tmp_path):
    """Without the guard the same page reaches the private targets: the harness can fail."""
    chromium_or_skip()
    targets = " ".join(r["target"] for r in run_scenario(tmp_path, "control")["unasked"])
    for target in ("http://169.254.169.254/post", "http://10.0.0.2/fetch", "10.0.0.1:80", "http://127.0.0.1/s.js"):
        assert target in targets, (target, targets)
