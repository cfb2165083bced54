"""parse_page's fast URL join and host extraction give exactly what urllib gives (they only skip its cost)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detectors.page import _join_all, _safe_join, url_host

from .reference_page import host as reference_host
from .reference_page import join as reference_join

BASES = ["https://www.m.de/a/b/c.html?x=1#f", "http://u:p@M.de:8080/x/", "https://www.m.de", "file:///tmp/x",
         "https://[::1]:80/a/", "HTTPS://WWW.M.DE/a/", "https://www.m.de/a;p?x", "https://www.m.de/a//b/c",
         "https://www.m.de/x/../y/z", "https://www.m.de?q=1", "https://www.m.de/a/b/"]
HREF_CHARS = "/abc.?#:@%;=&-_xhtps[]A \t\\\x00é"


@pytest.mark.slow  # seconds even on an idle machine: kept out of `make test-fast`
@settings(max_examples=3000, deadline=None)
@given(st.sampled_from(BASES), st.text(alphabet=HREF_CHARS, max_size=25))
def test_join_equals_urllib(base, href):
    expected = reference_join(base, href)
    assert _safe_join(base, href) == expected
    assert _join_all(base, [href, "#" + href, "?" + href]) == [expected, reference_join(base, "#" + href),
                                                             reference_join(base, "?" + href)]


@pytest.mark.slow  # seconds even on an idle machine: kept out of `make test-fast`
@settings(max_examples=2000, deadline=None)
@given(st.sampled_from(["https://", "http://"]), st.text(alphabet=HREF_CHARS, max_size=25))
def test_host_equals_urllib(scheme, rest):
    assert url_host(scheme + rest) == reference_host(scheme + rest)


def test_common_cases():
    assert _safe_join("https://www.m.de/a/b", "/rathaus/?id=1#top") == "https://www.m.de/rathaus/?id=1"
    assert _safe_join("https://www.m.de/a/b", "https://x.de/y") == "https://x.de/y"
    assert _safe_join("https://www.m.de/a/b", "../c") == "https://www.m.de/c"
    assert _join_all("https://www.m.de/a/b?x=1#f", ["#oben", "?font=plus", "b?publish[id]=3#top"]) == [
        "https://www.m.de/a/b?x=1", "https://www.m.de/a/b?font=plus", "https://www.m.de/a/b?publish[id]=3"]
    assert url_host("https://User@WWW.M.de:8443/x") == "www.m.de"
