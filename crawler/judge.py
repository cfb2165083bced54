"""Turn a finished site's raw results into what is stored: findings, checks, service levels and scores.

Glue only: the judging itself is the detectors' ``aggregate``/``check_site``/``best_levels`` and the
scorer's ``score``, all pure.
"""
from __future__ import annotations

from dataclasses import replace

from crawler.municipalities import Municipality
from crawler.sitecrawl import SiteResult
from detectors.checks import check_site
from detectors.engine import Engine, aggregate
from detectors.services import best_levels
from output.records import SiteVisitRecord
from output.observe import from_record
from scoring import MunicipalityContext, ScoreResult, score


def judge(result: SiteResult, engine: Engine, model) -> tuple[SiteVisitRecord, list[tuple[str, ScoreResult]]]:
    findings = aggregate(result.matches, engine.threshold)
    findings += engine.unobserved(result.matches, findings, rendered=result.rendered)
    start = result.start
    if start is not None and result.start_network is not None:  # the start page with its network log
        net = result.start_network
        start = replace(start, requests=net.requests, cookies=[*start.cookies, *net.cookies], js_globals=net.js_globals)
    checks = check_site(start, result.http_probe, result.redirect_chain) if start else {}
    services = list(best_levels(result.services).values())
    cms = checks.get("cms")
    visit = SiteVisitRecord(
        site_key=result.site.key, start_url=result.site.start_url, status=result.status,
        started_at=result.started_at, finished_at=result.finished_at, final_url=result.final_url,
        error=result.error, pages=result.pages, findings=findings, services=services, checks=checks,
        rendered=result.rendered, cms=cms.product if cms else None, redirect_chain=result.redirect_chain,
        external_links=result.external_links, render_errors=result.render_errors,
    )
    obs = from_record(visit)
    return visit, [(m.ags, score(obs, context(m), model)) for m in result.site.members]


def context(m: Municipality) -> MunicipalityContext:
    return MunicipalityContext(ags=m.ags, name=m.name, type=m.type, level=m.level,
                               population=m.population, state_code=m.state_code)
