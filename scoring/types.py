"""What the scorer takes and returns: plain ids and numbers, so scoring never needs the detectors."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(slots=True)
class Observations:
    """One site visit as the scorer sees it.

    status: the visit's closed-vocabulary status; anything but "ok" is never scored.
    components: component id -> summed confidence (present from the model's threshold, 50).
    unobserved: components whose loader was seen but could not run: unknown, not absent.
    services: basket service id -> best observed OZG level (0..3); missing = L0.
    checks: check id -> 0..1 (1 = good), None = not measurable.
    """

    status: str
    components: dict[str, int] = field(default_factory=dict)
    unobserved: set[str] = field(default_factory=set)
    services: dict[str, int] = field(default_factory=dict)
    checks: dict[str, float | None] = field(default_factory=dict)
    pages: int = 0
    rendered: bool = False


@dataclass(frozen=True, slots=True)
class MunicipalityContext:
    ags: str
    name: str
    type: str  # Gemeinde, Stadt, Markt, Landkreis, Große Kreisstadt, Kreisfreie Stadt, Kreis, Stadtkreis, …
    level: str  # gemeinde | kreis
    population: int | None = None
    state_code: str | None = None


@dataclass(slots=True)
class ScoreResult:
    """score 0..100 and level 0..4, or None: never a number from a failed crawl or thin evidence."""

    score: float | None
    level: int | None
    level_label: str | None  # "n/a" when evidence is insufficient; None when the visit failed
    dqd_label: str | None
    kgst_components: int | None  # None when the visit failed: a failed crawl counts nothing, not 0
    gut_aufgestellt: bool | None
    dimensions: dict[str, float | None]  # 0..100
    indicators: dict[str, float | None]  # 0..1
    flags: dict
    model_version: str
    model_hash: str

    def to_dict(self) -> dict:
        return asdict(self)
