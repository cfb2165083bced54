"""Every refusal of crawler.guards and crawler.ssrf (no network: resolution is stubbed or loopback-only)."""
from __future__ import annotations

import pytest

from crawler.guards import check_host_literal, check_url_shape, normalise_url
from crawler.ssrf import address_refusal, check_host_allowed, check_url_allowed, resolve_addresses
from webapp.directory import Directory
from webapp.targets import Refused, resolve_target

PUBLIC = {"www.musterstadt.de": ["93.184.216.34"], "musterstadt.de": ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"]}


def resolver(table: dict[str, list[str]]):
    def resolve(host: str) -> list[str]:
        if host not in table:
            raise OSError("no such name")
        return table[host]
    return resolve


@pytest.mark.parametrize("url", ["ftp://musterstadt.de/", "file:///etc/passwd", "javascript:alert(1)", "gopher://musterstadt.de",
                                 "data:text/html,hi", "ws://musterstadt.de/"])
def test_refuses_other_schemes(url):
    verdict = check_url_shape(normalise_url(url))
    assert not verdict.ok and "http" in verdict.reason


@pytest.mark.parametrize("url", ["https://user:pw@musterstadt.de/", "https://user@musterstadt.de/", "http://musterstadt.de@127.0.0.1/",
                                 "https://:@musterstadt.de/"])
def test_refuses_credentials(url):
    verdict = check_url_shape(url)
    assert not verdict.ok and "Zugangsdaten" in verdict.reason


@pytest.mark.parametrize("host", [
    "127.0.0.1", "10.1.2.3", "8.8.8.8", "[::1]", "[::ffff:127.0.0.1]", "[fe80::1%25eth0]",
    "2130706433", "0x7f000001", "0177.0.0.1", "0x7f.0.0.1", "127.1", "017700000001", "127.0.0.1.", "1.2.3.4.5.0x10",
])
def test_refuses_ip_literals_in_any_encoding(host):
    verdict = check_url_shape(f"http://{host}/")
    assert not verdict.ok and "IP" in verdict.reason, (host, verdict)


@pytest.mark.parametrize("host", ["localhost", "foo.localhost", "intranet", "drucker.local", "db.internal", "router.home.arpa"])
def test_refuses_local_names(host):
    assert not check_host_literal(host).ok


@pytest.mark.parametrize("url", ["http://musterstadt.de:22/", "http://musterstadt.de:8080/", "https://musterstadt.de:0/", "http://musterstadt.de:99999/"])
def test_refuses_other_ports(url):
    assert not check_url_shape(url).ok


@pytest.mark.parametrize("url", ["https://mus%74erstadt.de/", "https://muster_stadt.de/", "https://muster stadt.de/"])
def test_refuses_odd_host_characters(url):
    assert not check_url_shape(url).ok


@pytest.mark.parametrize("url", ["https://www.musterstadt.de/", "http://musterstadt.de:80/rathaus", "https://www.bürgerstadt.de/", "HTTPS://WWW.MUSTERSTADT.DE"])
def test_accepts_plain_addresses(url):
    assert check_url_shape(url).ok


def test_normalise_adds_https_but_keeps_schemes():
    assert normalise_url(" musterstadt.de ") == "https://musterstadt.de"
    assert normalise_url("musterstadt.de:443/x") == "https://musterstadt.de:443/x"
    assert normalise_url("javascript:alert(1)") == "javascript:alert(1)"


@pytest.mark.parametrize("address, word", [
    ("127.0.0.1", "Loopback"), ("::1", "Loopback"), ("10.0.0.5", "private"), ("192.168.1.1", "private"), ("172.16.0.1", "private"),
    ("169.254.169.254", "Link-Local"), ("fe80::1", "Link-Local"), ("0.0.0.0", "unspezifizierte"), ("::", "unspezifizierte"),
    ("224.0.0.1", "Multicast"), ("ff02::1", "Multicast"), ("240.0.0.1", "reservierte"), ("::ffff:10.0.0.1", "private"),
    ("100.64.0.1", "nicht öffentliche"), ("fc00::1", "private"),
])
def test_non_public_addresses_are_named(address, word):
    assert word in address_refusal(address)


def test_public_addresses_pass():
    assert address_refusal("93.184.216.34") is None
    assert address_refusal("2606:2800:220:1:248:1893:25c8:1946") is None


@pytest.mark.parametrize("address", ["127.0.0.1", "10.0.0.8", "169.254.169.254", "fd00::1", "::1", "0.0.0.0", "239.1.1.1"])
def test_host_resolving_to_non_public_address_is_refused(address):
    verdict = check_host_allowed("intern.musterstadt.de", resolver=resolver({"intern.musterstadt.de": ["93.184.216.34", address]}))
    assert not verdict.ok and "nur öffentliche" in verdict.reason


def test_unresolvable_host_is_refused():
    verdict = check_host_allowed("nix.musterstadt.de", resolver=resolver({}))
    assert not verdict.ok and "auflösen" in verdict.reason


def test_public_host_is_allowed():
    assert check_url_allowed("https://musterstadt.de/", resolver=resolver(PUBLIC)).ok


def test_real_resolver_path_flags_loopback():
    """The system resolver answers for localhost from /etc/hosts: no traffic, and every answer is refused."""
    addresses = resolve_addresses("localhost")
    assert addresses and all(address_refusal(a) for a in addresses)
    assert not check_host_allowed("localhost").ok


def test_simulated_web_skips_resolution_but_not_literals():
    assert check_host_allowed("www.simuliert.de", allow_simulated_web=True, resolver=resolver({})).ok
    assert not check_host_allowed("127.0.0.1", allow_simulated_web=True).ok
    assert not check_host_allowed("localhost", allow_simulated_web=True).ok


def test_a_strangers_host_is_refused_before_any_lookup(municipalities_csv):
    """The on-demand check asks the directory before DNS: a host of no municipality never reaches the resolver
    (no lookup of names a visitor chooses), a municipality's own host does."""
    looked_up: list[str] = []

    def recording(host: str) -> list[str]:
        looked_up.append(host)
        return PUBLIC.get(host, ["93.184.216.34"])

    directory = Directory.from_csv(municipalities_csv)
    with pytest.raises(Refused, match="keiner Gemeinde"):
        resolve_target(directory, ags=None, url="https://tracker.example-online-shop.de/x", resolver=recording)
    with pytest.raises(Refused, match="nicht zur Website von Musterstadt"):
        resolve_target(directory, ags="09162000", url="https://www.gemeinde01.de/", resolver=recording)
    assert looked_up == []
    assert resolve_target(directory, ags=None, url="https://www.musterstadt.de/", resolver=recording).municipality.ags == "09162000"
    assert looked_up == ["www.musterstadt.de"]
