"""What a model change does to a population (`reifegrad model diff OLD NEW`).

Lighthouse quantified each scoring change on HTTP Archive data before release (anchors §4.2); this is our
version: score shifts, Spearman rank stability (OECD/JRC sensitivity, scoring_method.md §7.2: revisit the
weights if ρ < 0.9), the largest movers and the level transitions.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from math import sqrt
from statistics import mean, median

from scoring.model import Model
from scoring.scorer import score
from scoring.types import MunicipalityContext, Observations

MOVERS = 10


@dataclass(frozen=True, slots=True)
class ModelDiff:
    n: int  # municipalities scored by both models
    mean_change: float | None
    median_change: float | None
    rank_correlation: float | None  # Spearman ρ of old vs new scores
    largest_movers: list[tuple[str, str, float, float]]  # (ags, name, old, new), largest |change| first
    level_changes: dict[str, int]  # "old→new" (levels or n/a) -> municipalities
    old_version: str = ""
    new_version: str = ""


def model_diff(old: Model, new: Model, population: Iterable[tuple[MunicipalityContext, Observations]],
               movers: int = MOVERS) -> ModelDiff:
    pairs = []
    levels: Counter[str] = Counter()
    for muni, obs in population:
        a, b = score(obs, muni, old), score(obs, muni, new)
        levels[f"{_level(a.level)}→{_level(b.level)}"] += 1
        if a.score is not None and b.score is not None:
            pairs.append((muni.ags, muni.name, a.score, b.score))
    changes = [b - a for _, _, a, b in pairs]
    ranked = sorted(pairs, key=lambda p: (-abs(p[3] - p[2]), p[0]))
    return ModelDiff(
        n=len(pairs),
        mean_change=round(mean(changes), 2) if changes else None,
        median_change=round(median(changes), 2) if changes else None,
        rank_correlation=spearman([p[2] for p in pairs], [p[3] for p in pairs]),
        largest_movers=ranked[:movers],
        level_changes=dict(sorted(levels.items())),
        old_version=old.version,
        new_version=new.version,
    )


def spearman(x: Sequence[float], y: Sequence[float]) -> float | None:
    """Spearman ρ: Pearson correlation of the ranks, ties given their average rank; None if undefined."""
    if len(x) != len(y):
        raise ValueError("x and y differ in length")
    if len(x) < 2:
        return None
    rx, ry = _ranks(x), _ranks(y)
    mx, my = mean(rx), mean(ry)
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    var = sqrt(sum((a - mx) ** 2 for a in rx) * sum((b - my) ** 2 for b in ry))
    return round(cov / var, 4) if var else None


def _ranks(values: Sequence[float]) -> list[float]:
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return ranks


def _level(level: int | None) -> str:
    return "n/a" if level is None else str(level)


def format_diff(diff: ModelDiff) -> str:
    """A plain-text report for the terminal."""
    def num(v: float | None, fmt: str = "+.2f") -> str:
        return "–" if v is None else format(v, fmt)

    lines = [
        f"Modell {diff.old_version} → {diff.new_version}: {diff.n} Kommunen mit Score in beiden Modellen",
        f"  Mittlere Änderung:  {num(diff.mean_change)}",
        f"  Median der Änderung: {num(diff.median_change)}",
        f"  Rangkorrelation (Spearman ρ): {num(diff.rank_correlation, '.3f')}"
        + ("  – unter 0,9: Gewichte prüfen" if diff.rank_correlation is not None and diff.rank_correlation < 0.9
           else ""),
        "",
        "Größte Veränderungen:",
        f"  {'AGS':<10} {'Name':<30} {'alt':>7} {'neu':>7} {'Δ':>7}",
    ]
    lines += [f"  {ags:<10} {name[:30]:<30} {a:>7.2f} {b:>7.2f} {b - a:>+7.2f}"
              for ags, name, a, b in diff.largest_movers]
    lines += ["", "Stufenwechsel (alt→neu):"]
    lines += [f"  {k:<10} {v:>6}" for k, v in diff.level_changes.items()]
    return "\n".join(lines)
