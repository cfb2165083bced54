"""Registered domains (PSL + 1), offline: rules such as "a link to another registered domain" need them.

tldextract's default extractor tries to download the suffix list; the bundled snapshot is enough and
never blocks on the network.
"""
from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

import tldextract

_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


@lru_cache(maxsize=65536)
def registered_domain(host_or_url: str) -> str:
    """``www.stadt.musterstadt.de`` → ``musterstadt.de``; '' for IP addresses and unknown suffixes."""
    host = host_or_url
    if "/" in host_or_url or ":" in host_or_url:
        try:
            host = urlsplit(host_or_url if "//" in host_or_url else "//" + host_or_url).hostname or ""
        except ValueError:
            return ""
    host = host.strip().rstrip(".").lower()
    if not host:
        return ""
    try:
        return _EXTRACT(host).top_domain_under_public_suffix or ""
    except (ValueError, UnicodeError):
        return ""
