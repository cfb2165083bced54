"""Lighthouse's control points: p10 scores 0.9, the median 0.5 (scoring_method.md §6)."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scoring import lognormal_score


@pytest.mark.parametrize("p10, median", [(2500, 4000), (10, 4)])
def test_control_points(p10, median):
    assert lognormal_score(p10, p10, median) == pytest.approx(0.9)
    assert lognormal_score(median, p10, median) == pytest.approx(0.5)


def test_direction_follows_the_control_points():
    assert lognormal_score(1000, 2500, 4000) > 0.9 > lognormal_score(3000, 2500, 4000) > 0.5
    assert lognormal_score(0, 2500, 4000) == 1.0  # nothing to wait for
    assert lognormal_score(0, 10, 4) == 0.0  # no online services at all
    assert lognormal_score(16, 10, 4) > 0.9 > lognormal_score(6, 10, 4) > 0.5 > lognormal_score(1, 10, 4)


@given(st.floats(0, 1e6), st.floats(0, 1e6))
def test_bounded_and_monotone(a, b):
    lo, hi = sorted((a, b))
    assert 0 <= lognormal_score(hi, 2500, 4000) <= lognormal_score(lo, 2500, 4000) <= 1
    assert 0 <= lognormal_score(lo, 10, 4) <= lognormal_score(hi, 10, 4) <= 1


def test_rejects_degenerate_control_points():
    with pytest.raises(ValueError):
        lognormal_score(1, 4, 4)
