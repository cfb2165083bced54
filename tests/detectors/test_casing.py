"""The fast case conversions give exactly what str.lower and str.casefold give (they only skip their cost); a text
held one byte per character is told in O(1) and skips NFC, which would not change it."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import unicodedata

from detectors.casing import MAX_WIDE_RUNS, casefold, lower, one_byte
from detectors.page import _unify

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


LATIN1 = "aZ ßµÄäÖÜÿ\u00b7\u00ad\u00a0\u00c5A\u00b4\u00a8e"  # "A" + acute accent (U+00B4) is no combining sequence


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=LATIN1 + "\u0301\u0308\u2011\u2126", max_size=300) | st.text(alphabet=LATIN1, min_size=60, max_size=300))
def test_one_byte_texts_and_nfc(text):
    assert one_byte(text) == all(ord(c) < 256 for c in text)
    nfc = unicodedata.normalize("NFC", text)
    assert _unify(text) == nfc.replace("\u00b7", "").replace("\u00ad", "").replace("\u2011", "-").replace("\u00a0", " ")
