"""Registered domains (PSL + 1, private section included), offline: which hosts are one owner's site.

On a shared hosting suffix (github.io, blogspot.de, jimdofree.com, …) every tenant is a separate owner,
so the registered domain of ``welmbuettel.blogspot.de`` is that host, never ``blogspot.de``: otherwise any
blog on the suffix would count as the municipality's website. The bundled PSL snapshot misses some such
suffixes; ``shared_hosting.json`` adds them. tldextract's default extractor tries to download the list;
the bundled snapshot is enough and never blocks on the network.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

import tldextract

EXTRA_SHARED_SUFFIXES = frozenset(
    json.loads((Path(__file__).parent / "shared_hosting.json").read_text("utf-8"))["suffixes"]
)
_EXTRACT = tldextract.TLDExtract(
    suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True, extra_suffixes=tuple(EXTRA_SHARED_SUFFIXES),
)


def _host(host_or_url: str) -> str:
    """The lower-case host of a URL or bare host name; '' when unparsable."""
    host = host_or_url
    if "/" in host_or_url or ":" in host_or_url:
        try:
            host = urlsplit(host_or_url if "//" in host_or_url else "//" + host_or_url).hostname or ""
        except ValueError:
            return ""
    return host.strip().rstrip(".").lower()


@lru_cache(maxsize=4096)  # ~700 B an entry: the hosts of the sites open now, not of the whole run
def _extract(host: str) -> tldextract.tldextract.ExtractResult | None:
    if not host:
        return None
    try:
        return _EXTRACT(host)
    except (ValueError, UnicodeError):
        return None


def registered_domain(host_or_url: str) -> str:
    """``www.stadt.musterstadt.de`` → ``musterstadt.de``; ``www.gemeinde.blogspot.de`` → ``gemeinde.blogspot.de``;
    '' for IP addresses, unknown suffixes and a bare suffix."""
    parts = _extract(_host(host_or_url))
    return (parts.top_domain_under_public_suffix or "") if parts else ""


def shared_hosting_suffix(host_or_url: str) -> str:
    """The shared hosting suffix the host sits on (``blogspot.de``), '' for a host on a public suffix."""
    parts = _extract(_host(host_or_url))
    if parts is None or not parts.suffix:
        return ""
    return parts.suffix if parts.is_private or parts.suffix in EXTRA_SHARED_SUFFIXES else ""
