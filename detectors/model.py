"""The value types every part of reifegrad exchanges: a pattern hit (Match) and a site-level Finding.

Kept free of behaviour so the crawler, the scorer and the store can all speak them without importing
the engine.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

VIEWS = ("static", "rendered", "network")


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where and what matched: enough for a person to check the claim by opening the URL."""

    url: str
    kind: str  # a pattern kind (detectors/README.md): url|headers|meta|script_src|html|text|link_href|dom|...
    match: str  # the snippet: the whole match with context, at most 200 characters (detectors/snippet.py)
    pattern_id: str
    view: str = "static"  # one of VIEWS
    mark: tuple[int, int] | None = None  # the match inside the snippet: match[mark[0]:mark[1]]; None = not located
    markup: bool = False  # the snippet is page source (markup, a header, a script): shown as code


@dataclass(frozen=True, slots=True)
class Match:
    """One pattern hit on one page."""

    component: str
    product: str | None
    confidence: int
    evidence: Evidence


@dataclass(slots=True)
class Finding:
    """One component at site level: confidences of its matches summed and capped at 100."""

    component: str
    product: str | None
    confidence: int
    evidence: list[Evidence] = field(default_factory=list)
    state: str = "present"  # present | unobserved (a loader was seen that the static view could not run)


@cache
def catalogue() -> dict:
    """The component and check ids (``components.json``), the contract between all parts."""
    return json.loads(resources.files("detectors").joinpath("components.json").read_text("utf-8"))


def component_ids() -> tuple[str, ...]:
    return tuple(c["id"] for c in catalogue()["components"])


@dataclass(frozen=True, slots=True)
class ServiceObservation:
    """The OZG maturity level observed for one basket service on one page (0 none .. 3 online application)."""

    service_id: str
    level: int
    url: str
    evidence: str  # what justified the level: the online-application link, the form file, the heading


@dataclass(frozen=True, slots=True)
class CheckResult:
    """A measured technical check: value 0..1, or None when it could not be measured."""

    value: float | None
    detail: str = ""
    product: str | None = None
