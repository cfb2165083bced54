"""Size classes of scoring_method.md §7.5 (Landkreise form their own class), in one place.

Python (``queries.size_class``) and SQL (the generated ``size_classes`` view) both read them here.
"""
from __future__ import annotations

import math

SIZE_CLASSES = ("< 5.000", "5.000–20.000", "20.000–100.000", "> 100.000", "Landkreis")
BINS = (5_000, 20_000, 100_000)  # lower bounds of the 2nd to 4th class
KREIS_CLASS = SIZE_CLASSES[-1]


def size_class(level: str | None, population: float | None) -> str | None:
    """The class of a municipality; None when a Gemeinde's population is unknown."""
    if level == "kreis":
        return KREIS_CLASS
    if population is None or (isinstance(population, float) and math.isnan(population)):
        return None
    return SIZE_CLASSES[sum(population >= b for b in BINS)]


def ranges() -> list[tuple[str, int, int | None]]:
    """(class, lowest population, first population above it or None) of the Gemeinde classes."""
    lows = (0, *BINS)
    highs = (*BINS, None)
    return list(zip(SIZE_CLASSES[:-1], lows, highs))
