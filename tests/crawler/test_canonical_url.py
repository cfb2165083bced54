"""The crawler's canonical URLs equal w3lib's canonicalize_url, also where it skips w3lib for plain URLs."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from w3lib.url import canonicalize_url

from crawler.sitecrawl import canonical_url

HOSTS = st.text(alphabet="abcxyz019.-", min_size=1, max_size=14)
PATHS = st.text(alphabet="aZ09/._~-%?#=&;+ Ä", max_size=25)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(["http://", "https://", "HTTP://"]), HOSTS, PATHS)
def test_same_as_w3lib(scheme, host, path):
    url = f"{scheme}{host}/{path}"
    try:
        expected = canonicalize_url(url)
    except (ValueError, UnicodeError):  # w3lib refuses it: so must the fast path
        with pytest.raises((ValueError, UnicodeError)):
            canonical_url(url)
        return
    assert canonical_url(url) == expected


def test_plain_and_other_urls():
    for url in ("https://www.musterstadt.de/rathaus/buergerservice.html", "https://x.de/a/./b", "https://x.de/b?z=1&a=2",
                "https://X.de/a", "https://x.de:8443/a", "https://x.de/%7Ea", "https://x.de",
                # hosts ending in a number are IPv4 to the URL standard: w3lib 2.6 spells them out, 2.5 did not
                "http://0/", "http://0x7f/a", "http://127.1/", "http://10.0.0.1/a"):
        assert canonical_url(url) == canonicalize_url(url)
