"""Scorer inputs built from a crawled site or from what the store kept of it.

One builder for both, so re-scoring a stored visit sees exactly what the crawl-time scoring saw
(given the crawler uses :func:`from_record`).
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from output.records import SiteVisitRecord
from scoring import MunicipalityContext, Observations


def build(status: str, findings: Iterable[tuple[str, int, str]], services: Iterable[tuple[str, int]],
          checks: dict[str, float | None], pages: int, rendered: bool) -> Observations:
    """findings: (component, confidence, state); services: (service_id, level), best level wins;
    pages: pages answered 2xx (the rule crawler/judge.py uses)."""
    components: dict[str, int] = {}
    unobserved: set[str] = set()
    for component, confidence, state in findings:
        if state == "unobserved":
            unobserved.add(component)
        else:
            components[component] = max(confidence, components.get(component, 0))
    best: dict[str, int] = {}
    for service_id, level in services:
        best[service_id] = max(level, best.get(service_id, 0))
    return Observations(status=status, components=components, unobserved=unobserved - components.keys(),
                        services=best, checks=checks, pages=pages, rendered=bool(rendered))


def from_record(visit: SiteVisitRecord) -> Observations:
    """What the scorer sees of a freshly crawled site."""
    return build(
        visit.status,
        ((f.component, f.confidence, f.state) for f in visit.findings),
        ((s.service_id, s.level) for s in visit.services),
        {k: c.value for k, c in visit.checks.items()},
        sum(1 for p in visit.pages if 200 <= p.status < 300),
        visit.rendered,
    )


def from_store(conn: sqlite3.Connection, visit_id: int) -> Observations:
    """What the scorer sees of a stored visit (a visit without a site: just its status)."""
    status, site_visit_id = conn.execute(
        "SELECT status, site_visit_id FROM visits WHERE id = ?", (visit_id,)).fetchone()
    if site_visit_id is None:
        return build(status, (), (), {}, 0, False)
    content, rendered, checks_json = conn.execute(
        "SELECT c.id, sv.rendered, c.checks FROM site_visits sv JOIN site_visits c ON c.id = sv.content_id"
        " WHERE sv.id = ?", (site_visit_id,)).fetchone()
    pages = conn.execute("SELECT count(*) FROM pages WHERE site_visit_id = ? AND status BETWEEN 200 AND 299",
                         (content,)).fetchone()[0]
    return build(
        status,
        conn.execute("SELECT component, confidence, state FROM findings WHERE site_visit_id = ?", (content,)),
        conn.execute("SELECT service_id, level FROM service_levels WHERE site_visit_id = ?", (content,)),
        {k: c["value"] for k, c in json.loads(checks_json or "{}").items()},
        pages,
        rendered,
    )


def context(conn: sqlite3.Connection, ags: str) -> MunicipalityContext:
    """The municipality as the scorer sees it; an AGS missing from the table is taken as a Gemeinde."""
    row = conn.execute(
        "SELECT ags, name, type, level, population, state_code FROM municipalities WHERE ags = ?", (ags,)).fetchone()
    ags, name, type_, level, population, state_code = row or (ags, None, None, None, None, None)
    return MunicipalityContext(ags=ags, name=name or ags, type=type_ or "Gemeinde", level=level or "gemeinde",
                               population=population, state_code=state_code)
