"""History that grows with change: what makes two site visits' stored content equal.

A nightly visit of an unchanged site stores a reference to the previous visit's content instead of another
copy (site_visits.content_id, see schema.sql). The digest covers every row the store would write for the
content, as a multiset (crawl order varies between nights), and leaves out only when a page was fetched.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import urlsplit

from detectors.model import Evidence, Finding
from output.records import PAGE_FIELDS, SiteVisitRecord


def _key(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _multiset(rows: Iterable[Any]) -> list[str]:
    return sorted(_key(r) for r in rows)


def evidence_values(e: Evidence) -> tuple:
    """An evidence row's stored values after (finding_id, site_visit_id): url, kind, match, pattern_id, view,
    mark (json), markup."""
    return (e.url, e.kind, e.match, e.pattern_id, e.view, None if e.mark is None else json.dumps(list(e.mark)),
            int(e.markup))


def link_host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def content_digest(visit: SiteVisitRecord, checks_json: str | None,
                   evidence_url: Callable[[Finding], str | None]) -> str:
    """sha256 of the content rows of one visit: checks, pages, findings with evidence, services, links, render
    errors; ``evidence_url`` is how the store fills findings.evidence_url."""
    content = {
        "checks": checks_json,
        "pages": _multiset([getattr(p, f) for f in PAGE_FIELDS if f != "fetched_at"] for p in visit.pages),
        "findings": _multiset(
            [f.component, f.product, f.confidence, f.state, evidence_url(f),
             _multiset(evidence_values(e) for e in f.evidence)]
            for f in visit.findings),
        "services": _multiset([s.service_id, s.level, s.url, s.evidence] for s in visit.services),
        "links": _multiset(visit.external_links),
        "render_errors": _multiset(visit.render_errors),
    }
    return hashlib.sha256(_key(content).encode()).hexdigest()


def previous_content(conn: sqlite3.Connection, site_key: str) -> tuple[int, str | None] | None:
    """(content_id, its digest) of the site's newest visit, or None for a site never visited."""
    row = conn.execute(
        "SELECT c.id, c.content_sha FROM site_visits sv JOIN site_visits c ON c.id = sv.content_id"
        " WHERE sv.site_key = ? ORDER BY sv.id DESC LIMIT 1", (site_key,)).fetchone()
    return None if row is None else (row[0], row[1])


def score_details_sha(dimensions: str | None, indicators: str | None, flags: str | None) -> str:
    return hashlib.sha256(_key([dimensions, indicators, flags]).encode()).hexdigest()
