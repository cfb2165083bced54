"""The fast case conversions give exactly what str.lower and str.casefold give (they only skip their cost)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detectors.casing import MAX_WIDE_RUNS, casefold, lower

CHARS = "aZ ßẞµÄäÖÜÿ\u0130\u03a3\u03c3\u2013\u201e\u212a\ud800\U0001f600Kß"


@pytest.mark.slow  # seconds of generated cases: kept out of `make test-fast`
@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=CHARS, max_size=40) | st.text(max_size=40))
def test_same_as_the_str_methods(text):
    assert lower(text) == text.lower()
    assert casefold(text) == text.casefold()


def test_many_wide_stretches():
    text = "Straße – Maß " * (MAX_WIDE_RUNS + 3)
    assert lower(text) == text.lower() and casefold(text) == text.casefold()
