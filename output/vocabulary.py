"""One German vocabulary for every view a person reads: labels for components and checks
(``detectors/components.json``), services and levels (the scoring model), visit statuses
(``output/statuses.json``) and the smaller vocabularies of ``output/vocabulary.json``.

Views label ids through here and never show an id itself; an id without a label is shown as it is
(and fails ``tests/ops/test_vocabulary.py``).
"""
from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from importlib import resources

from detectors.model import catalogue
from output import statuses
from scoring import Model, load_model


@cache
def _terms() -> dict[str, dict[str, str]]:
    data = json.loads(resources.files("output").joinpath("vocabulary.json").read_text("utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def term(value: str | None, group: str) -> str:
    """The label of ``value`` in a group of vocabulary.json (run_kinds, run_states, check_states,
    evidence_kinds, views); "–" for None. Value first, as a template filter: ``run.kind | term("run_kinds")``."""
    if value is None:
        return "–"
    return _terms()[group].get(value, value)


def terms(group: str) -> dict[str, str]:
    return dict(_terms()[group])


@cache
def _components() -> dict[str, str]:
    cat = catalogue()
    return {c["id"]: c["label"] for c in cat["components"] + cat["checks"]}


def component(component_id: str) -> str:
    """Label of a component or technical check id."""
    return _components().get(component_id, component_id)


def service(service_id: str, model: Model | None = None) -> str:
    """Name of an OZG service as the scoring model gives it ("Kita-Platz anmelden")."""
    found = (model or load_model()).services.get(service_id)
    return found.name if found else service_id


def status(status_id: str) -> str:
    return statuses.label(status_id)


def level(number: int | None, label: str | None = None) -> str:
    """A maturity level as people read it: "2 – Interaktion" ("–" when not scored)."""
    if number is None:
        return "–"
    if label is None:
        levels = load_model().levels
        label = levels[number].label if 0 <= number < len(levels) else None
    return f"{number} – {label}" if label else str(number)


def jinja_filters() -> dict[str, Callable[..., str]]:
    """The labelling filters of every German template (report and web app)."""
    return {"component": component, "service": service, "status_label": status, "term": term, "level": level}
