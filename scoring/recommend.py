"""Handlungsempfehlungen: the missing components, ranked by the score points each would add.

The gain is computed with the scorer's own aggregation (the same renormalised weights), so the ranking
can never disagree with the model. Peer counts are supplied by the caller (the store knows the peers).
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

import yaml

from scoring.indicators import component_value, evaluate
from scoring.model import Model
from scoring.scorer import dimension_scores, overall_score
from scoring.types import Observations, ScoreResult

TEXTS = Path(__file__).parent / "recommendations.yaml"


@dataclass(frozen=True, slots=True)
class Recommendation:
    component: str
    label: str
    weight: float  # score points (0..100 scale) the component would add under this model
    text: str
    peers_with: int | None  # municipalities of the peer group that already offer it
    peers_total: int | None


@cache
def recommendation_texts(path: Path = TEXTS) -> dict[str, dict[str, str]]:
    return yaml.safe_load(path.read_text("utf-8"))


def recommend(result: ScoreResult, obs: Observations, model: Model,
              peer_adoption: Mapping[str, tuple[int, int]] | None = None) -> list[Recommendation]:
    """Missing components the model reads, most points first; [] when the visit was not scored.

    A component that is unknown (loader seen but not run, or a script widget on a site not rendered) is
    not "missing" and gets no advice.
    """
    if result.score is None:
        return []
    texts = recommendation_texts()
    peers = peer_adoption or {}
    missing = []
    for c in sorted(model.component_ids):
        readers = [i for i in model.indicators.values() if i.reads_component(c)]
        if readers and component_value(obs, c, model, any(i.needs_render for i in readers)) == 0.0:
            missing.append(c)
    recs = []
    for c in missing:
        text = texts.get(c, {})
        with_, total = peers.get(c, (None, None))
        recs.append(Recommendation(c, text.get("label", c), round(points_gained(result, obs, model, c), 2),
                                   text.get("text", ""), with_, total))
    kgst = set(model.kgst_components)
    return sorted(recs, key=lambda r: (-r.weight, r.component not in kgst, r.component))


def points_gained(result: ScoreResult, obs: Observations, model: Model, component: str) -> float:
    """Overall score with the component present minus without, all else (and the evidence rule) equal."""
    with_it = replace(obs, components={**obs.components, component: 100},
                      unobserved=obs.unobserved - {component}, rendered=True)
    changed = dict(result.indicators)
    for iid, ind in model.indicators.items():
        if ind.reads_component(component):
            changed[iid] = evaluate(ind, with_it, model).score
    exclude = result.flags.get("insufficient_evidence", [])
    before = overall_score(dimension_scores(result.indicators, model, exclude), model)
    after = overall_score(dimension_scores(changed, model, exclude), model)
    return 0.0 if before is None or after is None else after - before
