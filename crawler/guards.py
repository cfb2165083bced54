"""Pure checks on a user-supplied address, before anything is queued or fetched.

A public form that makes our crawler fetch URLs is an SSRF surface: these checks refuse everything that is
not a plain public web address, without touching the network. Name resolution is `crawler.ssrf`'s job.
"""
from __future__ import annotations

import ipaddress
import re
import socket
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import urlsplit

ALLOWED_SCHEMES = ("http", "https")
ALLOWED_PORTS = (None, 80, 443)
_SCHEME_PREFIX = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.\-]*:(?!\d)")
_HOST_CHARS = re.compile(r"^[a-z0-9.\-]+$")
_NUMERIC_LABEL = re.compile(r"^(0x[0-9a-f]*|[0-9]+)$")
_LOCAL_SUFFIXES = ("localhost", "local", "internal", "intranet", "lan", "home", "corp", "localdomain", "home.arpa")


class Verdict(NamedTuple):
    """(ok, reason): the reason is German and shown to the user as is."""

    ok: bool
    reason: str = ""


OK = Verdict(True)
# Verdicts on host names kept: every request of a crawl is checked, and a site's requests name a few hosts
# (10 us a check). Small enough to be full after a few hundred sites, so it does not grow with a run.
KEPT_LITERALS = 512


def normalise_url(raw: str) -> str:
    """Accept ``musterstadt.de`` as typed by a person: no scheme means https."""
    raw = raw.strip()
    if "://" in raw or _SCHEME_PREFIX.match(raw):
        return raw
    return "https://" + raw


@lru_cache(maxsize=KEPT_LITERALS)  # pure: the same text always gets the same verdict
def check_host_literal(host: str) -> Verdict:
    """Refuse hosts that are IP literals in any encoding, local names, or not plain DNS names."""
    if not host:
        return Verdict(False, "Die Adresse enthält keinen Rechnernamen.")
    host = host.strip("[]").lower()
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
        return Verdict(False, "IP-Adressen sind nicht erlaubt, bitte den Domainnamen angeben.")
    except ValueError:
        pass
    try:
        host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return Verdict(False, "Der Rechnername ist ungültig.")
    if not _HOST_CHARS.match(host):
        return Verdict(False, "Der Rechnername enthält unzulässige Zeichen.")
    name = host.rstrip(".")
    labels = name.split(".")
    if _is_inet_aton_literal(name) or _NUMERIC_LABEL.match(labels[-1]):
        return Verdict(False, "IP-Adressen sind nicht erlaubt, auch nicht in dezimaler, oktaler oder hexadezimaler Form.")
    if len(labels) < 2 or any(name == s or name.endswith("." + s) for s in _LOCAL_SUFFIXES):
        return Verdict(False, "Lokale oder interne Rechnernamen sind nicht erlaubt.")
    return OK


def _is_inet_aton_literal(host: str) -> bool:
    """True for the legacy forms the C library accepts as IPv4: 2130706433, 0x7f.1, 0177.0.0.1, 127.1."""
    try:
        socket.inet_aton(host)
        return True
    except OSError:
        return False


def check_url_shape(url: str) -> Verdict:
    """Scheme, credentials, port and host literal: everything decidable from the text alone."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return Verdict(False, "Die Adresse ist ungültig.")
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        return Verdict(False, "Nur http- und https-Adressen sind erlaubt.")
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        return Verdict(False, "Adressen mit Zugangsdaten (Benutzer/Passwort) sind nicht erlaubt.")
    if port not in ALLOWED_PORTS:
        return Verdict(False, "Nur die Standard-Ports 80 und 443 sind erlaubt.")
    return check_host_literal(parts.hostname or "")
