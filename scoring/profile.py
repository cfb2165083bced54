"""Kommunentyp (ÖFIT/KGSt 2020) guessed from which dimensions stand out: a labelled heuristic.

The typology describes strategies, not maturity (scoring_method.md §3.2), so it is an optional overlay
on a result and is never read by the scorer.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from statistics import mean

import yaml

from scoring.types import ScoreResult

PROFILES = Path(__file__).parent / "profiles.yaml"
MIN_SCORED_DIMENSIONS = 3  # with fewer, nothing can "stand out"
NOTE = "Heuristik nach der Typologie von ÖFIT/KGSt (2020); nicht Teil des Scores."


@dataclass(frozen=True, slots=True)
class Profile:
    name: str
    explanation: str
    heuristic: bool = True


@cache
def _profiles(path: Path = PROFILES) -> dict:
    return yaml.safe_load(path.read_text("utf-8"))


def kommunentyp(result: ScoreResult) -> Profile | None:
    """The profile whose dimensions lie furthest above the mean; None if none stands out by min_lift."""
    dims = {d: v for d, v in result.dimensions.items() if v is not None}
    if result.score is None or len(dims) < MIN_SCORED_DIMENSIONS:
        return None
    data = _profiles()
    average = mean(dims.values())
    best, best_lift = None, float(data["min_lift"])
    for p in data["profiles"]:
        own = [dims[d] for d in p["dimensions"] if d in dims]
        if own and (lift := mean(own) - average) >= best_lift:
            best, best_lift = p, lift
    if best is None:
        return None
    detail = ", ".join(f"{d} {dims[d]:.0f}" for d in best["dimensions"] if d in dims)
    return Profile(best["name"], f"{best['explanation']} ({detail} gegenüber Mittel {average:.0f}.) {NOTE}")
