"""What the crawler hands to the store for one crawled site: plain records, no behaviour."""
from __future__ import annotations

from dataclasses import dataclass, field

from detectors.model import CheckResult, Finding, ServiceObservation


@dataclass(slots=True)
class PageRecord:
    url: str
    status: int
    content_type: str
    bytes: int
    sha256: str
    depth: int
    view: str = "static"
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    fetched_at: str = ""


PAGE_FIELDS = ("url", "status", "content_type", "bytes", "sha256", "depth", "view", "etag", "last_modified",
               "not_modified", "fetched_at")  # the pages table's columns


@dataclass(slots=True)
class SiteVisitRecord:
    site_key: str
    start_url: str
    status: str
    started_at: str
    finished_at: str
    final_url: str | None = None
    error: str | None = None
    pages: list[PageRecord] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    services: list[ServiceObservation] = field(default_factory=list)
    checks: dict[str, CheckResult] = field(default_factory=dict)
    rendered: bool = False
    cms: str | None = None
    redirect_chain: list[str] = field(default_factory=list)
    external_links: list[tuple[str, str, str]] = field(default_factory=list)  # (url, anchor text, page it is on)
    render_errors: list[tuple[str, str]] = field(default_factory=list)  # (url, why its rendered view failed)

    @property
    def duration_s(self) -> float:
        from datetime import datetime

        return (datetime.fromisoformat(self.finished_at) - datetime.fromisoformat(self.started_at)).total_seconds()
