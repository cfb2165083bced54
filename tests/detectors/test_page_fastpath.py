"""parse_page's fast URL join and host extraction give exactly what urllib gives (they only skip its cost), in C
(detectors/_walk.pyx) as in Python."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detectors import page
from detectors.page import _FRONTS, Link, _join_all, _python_join_all, _python_links, _safe_join, url_host

from .reference_page import host as reference_host
from .reference_page import join as reference_join

BASES = ["https://www.m.de/a/b/c.html?x=1#f", "http://u:p@M.de:8080/x/", "https://www.m.de", "file:///tmp/x",
         "https://[::1]:80/a/", "HTTPS://WWW.M.DE/a/", "https://www.m.de/a;p?x", "https://www.m.de/a//b/c",
         "https://www.m.de/x/../y/z", "https://www.m.de?q=1", "https://www.m.de/a/b/"]
HREF_CHARS = "/abc.?#:@%;=&-_xhtps[]A \t\\\x00é"
STARTS = st.sampled_from(["", "", "/", "//", "./", "../", "a/", "https://", "http://", "HTTPS://", "https:", "#", "?", "\ud800"])


@pytest.mark.slow  # seconds even on an idle machine: kept out of `make test-fast`
@settings(max_examples=3000, deadline=None)
@given(st.sampled_from(BASES), st.tuples(STARTS, st.text(alphabet=HREF_CHARS, max_size=25)).map("".join))
def test_join_equals_urllib(base, href):
    """Each href, and it as a fragment and as a query, joined in C (_join_all) and in Python as urllib joins it."""
    expected = reference_join(base, href)
    assert _safe_join(base, href) == expected
    hrefs = [href, "#" + href, "?" + href]
    joined = [expected, reference_join(base, "#" + href), reference_join(base, "?" + href)]
    assert _join_all(base, hrefs) == _python_join_all(base, tuple(front(base) for front in _FRONTS), hrefs) == joined


@settings(max_examples=500, deadline=None)
@given(st.lists(st.none() | st.just("") | st.tuples(st.sampled_from(["https://www.m.de/", "https://", "http://www.m.de:1/"]),
                                                      st.text(alphabet=HREF_CHARS, max_size=12)).map("".join), max_size=8))
def test_links_equal_python(urls):
    """The Links made in C are the Python ones, of the same type: the base's host where a URL begins with its origin."""
    texts = [f"text {i}" for i in range(len(urls))]
    for prefix, host in (("https://www.m.de/", "www.m.de"), (None, "")):
        made = page._walk.links(urls, texts, prefix, host, url_host, Link)
        assert made == _python_links(urls, texts, prefix, host) and all(type(link) is Link for link in made)


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
