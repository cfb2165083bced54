"""Write visits into a real store the way a crawl does: results of given scores and evidence for the result tests."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from detectors.model import Evidence, Finding
from output.clock import now_iso as now
from output.records import PageRecord, SiteVisitRecord
from output.store import Store


def fake_score(value: float | None, kgst: int = 3) -> SimpleNamespace:
    """Stands in for a ScoreResult: the store reads these attributes."""
    return SimpleNamespace(model_version="test", model_hash="h", score=value, level=None if value is None else 2,
                           level_label=None if value is None else "Stufe 2", dqd_label=None, kgst_components=kgst,
                           gut_aufgestellt=kgst >= 3, dimensions={"Zugang": value}, indicators={}, flags={})


def record_visit(db: Path, row: dict, *, trigger: str = "ondemand", score: float | None = 55.0,
                 components: dict[str, str] | None = None, status: str = "ok") -> int:
    """One finished run with one site visit for row's municipality; components: id -> evidence URL. Returns the run id."""
    url = row["website_url"]
    components = {"imprint": url + "impressum"} if components is None else components
    with Store(db) as store:
        store.upsert_municipalities([row])
        run_id = store.start_run("ondemand" if trigger == "ondemand" else "nightly", trigger, {}, {})
        started = now()
        visit = SiteVisitRecord(
            site_key=url.split("//", 1)[1].strip("/"), start_url=url, final_url=url, status=status, started_at=started,
            finished_at=now(), pages=[PageRecord(url=url, status=200, content_type="text/html", bytes=100, sha256="x", depth=0)],
            findings=[Finding(c, None, 80, [Evidence(e, "link_text", f"<b>{c}</b>", f"{c}-link")]) for c, e in components.items()],
        )
        store.record_site(run_id, visit, [(row["ags"], fake_score(score if status == "ok" else None))])
        store.finish_run(run_id, {"sites": 1, "pages": 1})
    return run_id
