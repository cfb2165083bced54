"""Arbitrary input never makes parse_page or detect raise (a bad page must not cost a crawl)."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from detectors.checks import check_site
from detectors.engine import Engine, aggregate
from detectors.page import PageArtifact, parse_page

ENGINE = Engine.load()
TAGS = st.sampled_from(["<a href='", "<form action='", "<input name='q'>", "<script src='", "<meta name='generator' content='",
                        "<iframe src='", "</a>", "'>", "<base href='", "mailto:x@y.de-mail.de", "https://", "http://[::1",
                        "\x00", "&#0;", "·", "<!--", "<![CDATA[", "<?xml version='1.0' encoding='utf-8'?>"])
markup = st.lists(st.one_of(st.text(max_size=30), TAGS), max_size=40).map("".join)
urls = st.one_of(st.text(max_size=60), st.sampled_from(["https://www.m.de/", "http://[::1", "", "mailto:x", "https://xn--mnchen-3ya.de/ä"]))
headers = st.dictionaries(st.text(max_size=30), st.text(max_size=60), max_size=5)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html=st.one_of(markup, st.binary(max_size=300).map(lambda b: b.decode("latin-1"))), url=urls, hdrs=headers,
       site=st.one_of(st.none(), st.text(max_size=20)),
       requests=st.lists(urls, max_size=3), globals_=st.lists(st.text(max_size=10), max_size=3),
       content_type=st.sampled_from(["text/html", "text/plain", "", "application/xhtml+xml"]))
@pytest.mark.slow  # seconds even on an idle machine: kept out of `make test-fast`
def test_never_raises(html, url, hdrs, site, requests, globals_, content_type):
    artifact = PageArtifact(url, html, headers=hdrs, requests=requests, js_globals=globals_, cookies=globals_,
                            content_type=content_type, view="rendered" if requests else "static")
    parsed = parse_page(artifact)
    matches = ENGINE.detect(artifact, parsed, site_domain=site)
    assert matches == ENGINE.detect(artifact, None, site_domain=site)  # pure: same input, same output
    aggregate(matches)
    ENGINE.unobserved(matches, [])
    check_site(artifact, None, [url])
