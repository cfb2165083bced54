"""The haystacks' fast paths give what the plain ways give: the e-mail search near the '@'s finds what a
scan of the whole text finds, and URL lines cut the plain way equal the general cut."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detectors.haystack import EMAIL, _cut_line, emails_in, url_line

RUNS = st.lists(st.tuples(st.sampled_from("ab.-@ 1x"), st.sampled_from([1, 2, 63, 64, 65, 252, 253, 280])), max_size=10)


@pytest.mark.slow  # seconds of generated cases: kept out of `make test-fast`
@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="ab.-@ x_%+1", max_size=60))
def test_short_texts(text):
    assert emails_in(text) == EMAIL.findall(text)


@pytest.mark.slow  # seconds of generated cases: kept out of `make test-fast`
@settings(max_examples=500, deadline=None)
@given(RUNS)
def test_long_local_parts_and_domains(runs):
    text = "".join(char * (1 if char in "@ " else n) for char, n in runs)
    assert emails_in(text) == EMAIL.findall(text)


@pytest.mark.slow  # seconds of generated cases: kept out of `make test-fast`
@settings(max_examples=3000, deadline=None)
@given(st.sampled_from(["https://", "http://", "HTTPS://", " http://", "mailto:", "ftp://", ""]),
       st.text(alphabet="aB.:@/?#=%-\n\r é", max_size=30))
def test_url_lines(scheme, rest):
    url = scheme + rest
    assert url_line(url) == _cut_line(url.strip().lower())


def test_common_cases():
    assert url_line("https://User@WWW.M.de:8443/a?b#c") == "www.m.de:8443/a?b"
    assert url_line("https://www.m.de/Rathaus/?id=1") == "www.m.de/rathaus/?id=1" == _cut_line("https://www.m.de/rathaus/?id=1")
    text = "kontakt: rathaus@gemeinde.de, " + "x" * 500 + " info@m.de"
    assert emails_in(text) == EMAIL.findall(text) == ["rathaus@gemeinde.de", "info@m.de"]
