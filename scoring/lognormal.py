"""Lighthouse's log-normal metric scoring (lighthouse shared/statistics.js, scoring_method.md §6).

Two frozen control points make a continuous metric an absolute 0..1 score: the value at p10 scores 0.9,
the median 0.5. Frozen per model version, the curve does not drift with the cohort (unlike min–max).
"""
from __future__ import annotations

import math
import sys

# erfc^-1(1/5): with it the curve passes 0.9 at p10 (math.erf is exact, unlike Lighthouse's approximation).
_INVERSE_ERFC_ONE_FIFTH = 0.9061938024368232


def lognormal_score(value: float, p10: float, median: float) -> float:
    """Score in 0..1. p10 < median: lower is better (load time); p10 > median: higher is better (counts).

    Clamped into Lighthouse's bands so rounding never moves a value across 0.9 or 0.5.
    """
    if p10 <= 0 or median <= 0 or p10 == median:
        raise ValueError("p10 and median must be positive and different")
    lower_is_better = p10 < median
    if value <= 0:
        return 1.0 if lower_is_better else 0.0
    ratio = max(sys.float_info.min, value / median)  # tiny values underflow to 0; log(0) is undefined
    standardized = math.log(ratio) * _INVERSE_ERFC_ONE_FIFTH / -math.log(p10 / median)
    score = (1 - math.erf(standardized)) / 2
    better_than_p10 = value <= p10 if lower_is_better else value >= p10
    better_than_median = value <= median if lower_is_better else value >= median
    if better_than_p10:
        return max(0.9, min(1.0, score))
    if better_than_median:
        return max(0.5, min(0.8999999999999999, score))
    return max(0.0, min(0.49999999999999994, score))
