"""JSON for what crosses Redis between machines: sites to crawl and judged sites to store.

JSON, not pickle: a results queue is a network input, and unpickling it would run whatever it holds.
"""
from __future__ import annotations

import base64
import json
from dataclasses import asdict, replace

from crawler.municipalities import Municipality, Site
from detectors.model import CheckResult, Evidence, Finding, ServiceObservation
from crawler.memos import PageMemo
from output.records import PageRecord, SiteVisitRecord
from scoring import ScoreResult


def site_to_json(site: Site) -> str:
    """The site with the fields its members' scores need (the coordinator stored their whole rows)."""
    return json.dumps({"key": site.key, "start_url": site.start_url, "domain": site.domain,
                       "members": [asdict(replace(m, source="")) for m in site.members]}, ensure_ascii=False)


def site_from_json(text: str | bytes) -> Site:
    data = json.loads(text)
    members = [Municipality(**fields) for fields in data["members"]]
    return Site(data["key"], data["start_url"], data["domain"], members)


def judged_to_json(visit: SiteVisitRecord, scores: list[tuple[str, ScoreResult | None]],
                   memos: dict[str, PageMemo]) -> str:
    v = asdict(visit)
    v["checks"] = {k: asdict(c) for k, c in visit.checks.items()}
    return json.dumps({
        "visit": v,
        "scores": [[ags, r.to_dict() if r else None] for ags, r in scores],
        "memos": {url: [m.sha256, m.etag, m.last_modified, base64.b64encode(m.pack()).decode()] for url, m in memos.items()},
    }, ensure_ascii=False)


def judged_from_json(text: str | bytes) -> tuple[SiteVisitRecord, list[tuple[str, ScoreResult | None]], dict[str, PageMemo]]:
    data = json.loads(text)
    v = data["visit"]
    visit = SiteVisitRecord(**{
        **v,
        "pages": [PageRecord(**p) for p in v["pages"]],
        "findings": [Finding(**{**f, "evidence": [Evidence(**e) for e in f["evidence"]]}) for f in v["findings"]],
        "services": [ServiceObservation(**s) for s in v["services"]],
        "checks": {k: CheckResult(**c) for k, c in v["checks"].items()},
    })
    scores = [(ags, ScoreResult(**r) if r else None) for ags, r in data["scores"]]
    memos = {url: PageMemo.unpack(base64.b64decode(blob), sha, etag, lm) for url, (sha, etag, lm, blob) in data["memos"].items()}
    return visit, scores, memos
