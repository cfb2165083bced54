"""The e-mail haystack searches only near the '@'s and finds exactly what a scan of the whole text finds."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from detectors.haystack import EMAIL, emails_in

RUNS = st.lists(st.tuples(st.sampled_from("ab.-@ 1x"), st.sampled_from([1, 2, 63, 64, 65, 252, 253, 280])), max_size=10)


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="ab.-@ x_%+1", max_size=60))
def test_short_texts(text):
    assert emails_in(text) == EMAIL.findall(text)


@settings(max_examples=500, deadline=None)
@given(RUNS)
def test_long_local_parts_and_domains(runs):
    text = "".join(char * (1 if char in "@ " else n) for char, n in runs)
    assert emails_in(text) == EMAIL.findall(text)
