"""Fuzzing: arbitrary bytes as HTML, URLs, headers and CSV never raise anything but the documented errors."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler.errors import squid_error
from crawler.linkrank import is_crawlable, link_score
from crawler.middlewares import retry_after_seconds
from crawler.municipalities import CsvError, load
from detectors.page import PageArtifact, parse_page

urls = st.one_of(st.text(max_size=80), st.from_regex(r"https?://[a-z0-9.\-]{1,20}(:[0-9]{1,6})?/[^\s]{0,30}", fullmatch=True))
html_like = st.one_of(
    st.text(max_size=2000),
    st.binary(max_size=2000).map(lambda b: b.decode("latin-1")),
    st.lists(st.sampled_from(["<a href='", "'>", "</a>", "<base href=", "<form action=", "<script>", "</script>",
                              "<meta name=x content=", "<iframe src=", "http://[::1", "javascript:", "%zz", "\x00",
                              "<!--", "&#xfffff;", "<a href=http://x:99999/>", "·", "\ufeff"]), max_size=60).map("".join),
)


@pytest.mark.slow  # seconds even on an idle machine: kept out of `make test-fast`
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html=html_like, url=urls)
def test_link_extraction_and_ranking_never_raise(html, url):
    page = parse_page(PageArtifact(url=url, html=html))
    for link in page.links:
        assert isinstance(link_score(link.text, link.url), int)
        is_crawlable(link.url)


@settings(max_examples=200, deadline=None)
@given(value=st.one_of(st.none(), st.binary(max_size=60)))
def test_header_parsing_never_raises(value):
    delay = retry_after_seconds(value)
    assert delay is None or delay >= 0
    squid_error({b"X-Squid-Error": value} if value else {})


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.binary(max_size=600))
def test_any_csv_bytes_give_rows_or_a_located_error(tmp_path, body):
    path = tmp_path / "fuzz.csv"
    path.write_bytes(b"ags,name,website_url\n" + body)
    try:
        rows, _ = load(path)
    except CsvError as err:
        assert all(p.startswith(f"{path}:") for p in err.problems)
        assert all(p.split(":")[1].isdigit() and p.split(":")[2].isdigit() for p in err.problems if p.count(":") >= 3)
    else:
        assert all(r.ags and r.name for r in rows)

