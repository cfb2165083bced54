"""Indicator rubrics: observations -> one 0..1 score per indicator, and how much of it was measured.

"Not measured" (None) is kept apart from "absent" (0): a component whose loader could not run, a check that
could not be measured, or a script widget on a site that was not rendered is unknown, not missing.
"""
from __future__ import annotations

from dataclasses import dataclass

from scoring.lognormal import lognormal_score
from scoring.model import Indicator, Model, Service, Subcheck
from scoring.types import MunicipalityContext, Observations


@dataclass(frozen=True, slots=True)
class Evaluation:
    score: float | None  # None: not measured (or not applicable)
    measured: float  # share of the indicator's observable weight that was measured, 0..1
    applicable: bool = True


@dataclass(frozen=True, slots=True)
class ServiceSummary:
    """A1 and the §7.3 headline KPIs over the services this municipality is responsible for."""

    responsibility_known: bool  # False for a municipality type the model has no roles for
    a1: float | None  # None: no basket service applies
    online_rate: float | None
    tier1_l1: float | None
    tier1_l2: float | None
    di5_online: int
    di5_applicable: int
    not_applicable: tuple[str, ...]


def component_value(obs: Observations, component: str, model: Model, needs_render: bool = False) -> float | None:
    """1 present, 0 absent, None unknown (unobserved loader, or needs the rendered view that was not taken)."""
    if component in obs.unobserved or (needs_render and not obs.rendered):
        return None
    return 1.0 if obs.components.get(component, 0) >= model.present_confidence else 0.0


def check_value(obs: Observations, check: str, needs_render: bool = False) -> float | None:
    value = obs.checks.get(check)
    if value is None or (needs_render and not obs.rendered):
        return None
    return min(1.0, max(0.0, float(value)))


def capped_level(obs: Observations, service: Service) -> int:
    """The observed level, at most the service's outside-in ceiling (no online Personalausweis)."""
    return min(obs.services.get(service.id, 0), service.max_level)


def reached(obs: Observations, service: Service, level: int) -> bool:
    """Whether a service reaches `level`, or its ceiling when that is lower."""
    return capped_level(obs, service) >= min(level, service.max_level)


def summarise_services(obs: Observations, muni: MunicipalityContext, model: Model) -> ServiceSummary:
    applicable = model.applicable_services(muni.type)
    total = sum(s.weight for s in applicable)
    a1 = sum(s.weight * capped_level(obs, s) / s.max_level for s in applicable) / total if total else None
    headline = [s for s in applicable if s.tier == model.online_rate_tier]

    def share(level: int) -> float | None:
        return sum(reached(obs, s, level) for s in headline) / len(headline) if headline else None

    di5 = [s for s in applicable if s.id in model.di5]
    return ServiceSummary(
        responsibility_known=muni.type in model.roles,
        a1=a1,
        online_rate=share(model.online_rate_level),
        tier1_l1=share(1),
        tier1_l2=share(2),
        di5_online=sum(reached(obs, s, 3) for s in di5),
        di5_applicable=len(di5),
        not_applicable=tuple(s for s in model.services if model.services[s] not in applicable),
    )


def evaluate(ind: Indicator, obs: Observations, model: Model, services: ServiceSummary | None = None) -> Evaluation:
    """One indicator by its rubric; only the services rubric reads `services` (see summarise_services).

    Unknown responsibility leaves A1 unmeasured (it counts against the evidence rule); no applicable
    service makes it not applicable.
    """
    if not ind.observable:
        return Evaluation(None, 0.0, applicable=False)
    if ind.rubric == "services":
        if services is None or not services.responsibility_known:
            return Evaluation(None, 0.0)
        return Evaluation(services.a1, 1.0, applicable=services.a1 is not None)
    if ind.rubric == "binary":
        values = [component_value(obs, c, model, ind.needs_render) for c in ind.components]
        score = 1.0 if 1.0 in values else (None if None in values else 0.0)
        return Evaluation(score, float(score is not None))
    if ind.rubric == "share":
        assert ind.check is not None  # the model loader requires it for this rubric
        value = check_value(obs, ind.check, ind.needs_render)
        return Evaluation(value, float(value is not None))
    if ind.rubric == "lognormal":
        assert ind.count_services_at_level is not None and ind.p10 is not None and ind.median is not None
        at_level = ind.count_services_at_level
        count = sum(1 for sid, level in obs.services.items() if sid in model.services and level >= at_level)
        if ind.at_least_one_if and component_value(obs, ind.at_least_one_if, model) == 1.0:
            count = max(count, 1)
        return Evaluation(lognormal_score(count, ind.p10, ind.median), 1.0)
    return _subchecks(ind, obs, model)


def _subchecks(ind: Indicator, obs: Observations, model: Model) -> Evaluation:
    observable = [s for s in ind.subchecks if s.observable]
    values = [(s.weight, _subcheck_value(s, obs, model, ind.needs_render)) for s in observable]
    measured = [(w, v) for w, v in values if v is not None]
    observable_weight = sum(s.weight for s in observable)
    measured_weight = sum(w for w, _ in measured)
    if not measured_weight:
        return Evaluation(None, 0.0)
    return Evaluation(sum(w * v for w, v in measured) / measured_weight, measured_weight / observable_weight)


def _subcheck_value(sub: Subcheck, obs: Observations, model: Model, needs_render: bool) -> float | None:
    """An observable subcheck reads a component or a check."""
    if sub.component:
        return component_value(obs, sub.component, model, needs_render)
    assert sub.check is not None
    return check_value(obs, sub.check, needs_render)
