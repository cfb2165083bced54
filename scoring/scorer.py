"""The pure scorer: (observations, municipality, model) -> ScoreResult (scoring_method.md §7.4–7.6).

Weighted means renormalised over what applies and was measured; a dimension with less than the model's
evidence share measured is `insufficient_evidence` and then no level is assigned. Levels are conjunctive
(OZG "weakest link"): each level needs its own conditions and those of every level below.
"""
from __future__ import annotations

from collections.abc import Mapping

from scoring.indicators import Evaluation, ServiceSummary, check_value, component_value, evaluate, summarise_services
from scoring.model import Level, Model
from scoring.types import MunicipalityContext, Observations, ScoreResult

NOT_ASSIGNED = "n/a"


def score(obs: Observations, muni: MunicipalityContext, model: Model) -> ScoreResult:
    """Score one site visit. A visit that did not end "ok" gets no number at all: no score, no KGSt count."""
    if obs.status != "ok":
        return ScoreResult(None, None, None, None, None, None, dict.fromkeys(model.dimensions),
                           dict.fromkeys(model.indicators), {"status": obs.status}, model.version, model.hash)
    services = summarise_services(obs, muni, model)
    evaluations = {iid: evaluate(ind, obs, model, services) for iid, ind in model.indicators.items()}
    indicators = {iid: e.score for iid, e in evaluations.items()}
    shares = evidence_shares(evaluations, model)
    insufficient = sorted(d for d, share in shares.items() if share < model.min_evidence_share)
    dimensions = dimension_scores(indicators, model, exclude=insufficient)
    overall = overall_score(dimensions, model)
    kgst = sum(component_value(obs, c, model) == 1.0 for c in model.kgst_components)
    flags: dict = {
        "status": obs.status,
        "rendered": obs.rendered,
        "online_rate": _round(services.online_rate, 4),
        "di5_online": services.di5_online,
        "di5_applicable": services.di5_applicable,
        "tier1_l1": _round(services.tier1_l1, 4),
        "tier1_l2": _round(services.tier1_l2, 4),
        "evidence_share": {d: round(s, 4) for d, s in shares.items()},
        "insufficient_evidence": insufficient,
        "not_applicable_services": list(services.not_applicable),
        "unmeasured_indicators": sorted(i for i, e in evaluations.items() if e.applicable and e.score is None),
    }
    if not services.responsibility_known:
        flags["unknown_municipality_type"] = muni.type
    level: int | None = None
    if overall is not None and not insufficient:
        metrics = _metrics(round(overall, 2), indicators, services, obs, model)
        level, blockers, unverified = assign_level(model.levels, metrics)
        flags["level_blockers"] = blockers
        flags["unverified_conditions"] = unverified
    label = model.levels[level].label if level is not None else NOT_ASSIGNED
    return ScoreResult(
        score=_round(overall, 2),
        level=level,
        level_label=label,
        dqd_label=model.levels[level].dqd if level is not None else None,
        kgst_components=kgst,
        gut_aufgestellt=kgst >= model.kgst_threshold,
        dimensions={d: _round(v, 2) for d, v in dimensions.items()},
        indicators={i: _round(v, 4) for i, v in indicators.items()},
        flags=flags,
        model_version=model.version,
        model_hash=model.hash,
    )


def evidence_shares(evaluations: Mapping[str, Evaluation], model: Model) -> dict[str, float]:
    """Per dimension: measured share of the weight of its applicable, observable indicators (§7.1.6)."""
    shares = {}
    for d in model.dimensions:
        ids = [i.id for i in model.indicators_of(d) if evaluations[i.id].applicable]
        total = sum(model.indicators[i].weight for i in ids)
        measured = sum(model.indicators[i].weight * evaluations[i].measured for i in ids)
        shares[d] = measured / total if total else 0.0
    return shares


def dimension_scores(indicators: Mapping[str, float | None], model: Model,
                     exclude: list[str] | tuple[str, ...] = ()) -> dict[str, float | None]:
    """0..100 per dimension: weighted mean over scored indicators (weights renormalised)."""
    dims: dict[str, float | None] = {}
    for d in model.dimensions:
        scored = [(i.weight, v) for i in model.indicators_of(d) if (v := indicators.get(i.id)) is not None]
        total = sum(w for w, _ in scored)
        dims[d] = None if d in exclude or not total else 100 * sum(w * v for w, v in scored) / total
    return dims


def overall_score(dimensions: Mapping[str, float | None], model: Model) -> float | None:
    scored = [(model.dimensions[d].weight, v) for d, v in dimensions.items() if v is not None]
    total = sum(w for w, _ in scored)
    return sum(w * v for w, v in scored) / total if total else None


def assign_level(levels: tuple[Level, ...], metrics: Mapping[str, float | None]) -> tuple[int, list[str], list[str]]:
    """Highest level whose conditions, and those of all levels below, hold.

    Returns (level, the conditions of the next level that failed, conditions that could not be checked).
    An unmeasurable condition counts as not met: a level is awarded on evidence only.
    """
    unverified: list[str] = []
    for lv in levels[1:]:
        failed = []
        for c in lv.conditions:
            actual = metrics.get(c.metric)
            if actual is None:
                unverified.append(str(c))
                failed.append(str(c))
            elif not c.holds(actual):
                failed.append(str(c))
        if failed:
            return lv.level - 1, failed, unverified
    return levels[-1].level, [], unverified


def _metrics(overall: float, indicators: Mapping[str, float | None], services: ServiceSummary,
             obs: Observations, model: Model) -> dict[str, float | None]:
    """The values the level conditions name (validated at load: score, KPIs, indicators, component:, check:)."""
    named = {"score": overall, "online_rate": services.online_rate, "tier1_l1": services.tier1_l1,
             "tier1_l2": services.tier1_l2, **indicators}
    metrics: dict[str, float | None] = {}
    for metric in {c.metric for lv in model.levels for c in lv.conditions}:
        kind, _, ident = metric.partition(":")
        if kind == "component":
            metrics[metric] = component_value(obs, ident, model)
        elif kind == "check":
            metrics[metric] = check_value(obs, ident)
        else:
            metrics[metric] = named[metric]
    return metrics


def _round(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)
