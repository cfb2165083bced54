"""What the result page and the results API show, read from the store's tables and views (§6).

One function per question; the page is assembled in `load_result`. Peers and their adoption come from the
analyst queries (`output.queries`), advice from the scoring model (`scoring.recommend`).
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass, field
from pathlib import Path

from detectors.model import catalogue
from output import models, queries
from output.dbfile import connect_readonly
from output.observe import context, from_store
from scoring import Model, load_model, recommend, score


@dataclass(slots=True)
class Component:
    id: str
    label: str
    kgst: bool
    informative: bool
    present: bool
    state: str | None  # present | unobserved | None (not found)
    product: str | None
    confidence: int | None
    evidence: list[dict] = field(default_factory=list)
    peer_share: float | None = None  # share of peers (latest nightly visit) where the component was found


@dataclass(slots=True)
class Peers:
    group: str  # size class (scoring_method.md §7.5)
    count: int  # peers with a latest nightly visit
    scored: int  # ... of which scored
    median: float | None
    percentile: float | None  # share of scored peers scoring at most as much as this result, 0..100


@dataclass(slots=True)
class Result:
    ags: str
    name: str
    run_id: int
    trigger: str | None
    status: str
    finished_at: str | None
    site_url: str | None
    final_url: str | None
    pages: int | None
    score: dict | None
    dimension_names: dict[str, str]  # model dimension id (A..E) -> name
    components: list[Component]
    checks: list[dict]
    services: list[dict]
    peers: Peers | None
    recommendations: list[dict]
    history: list[dict]
    model: str = ""  # the active scoring model every score shown was computed with, e.g. "… 1.0.0"

    def as_dict(self) -> dict:
        return asdict(self)


def _connect(db_path: Path) -> sqlite3.Connection:
    db = connect_readonly(db_path)
    db.row_factory = sqlite3.Row
    return db


def _json(value: str | None):
    return json.loads(value) if value else None


def _visit(db: sqlite3.Connection, ags: str, run_id: int | None) -> sqlite3.Row | None:
    """The visit asked for, else the municipality's newest finished one, nightly or on demand."""
    query = (
        "SELECT v.*, m.name FROM visits v LEFT JOIN municipalities m ON m.ags = v.ags "
        "WHERE v.ags = ? AND v.finished_at IS NOT NULL"
    )
    if run_id is not None:
        return db.execute(query + " AND v.run_id = ?", (ags, run_id)).fetchone()
    return db.execute(query + " ORDER BY v.id DESC LIMIT 1", (ags,)).fetchone()


def _score(db: sqlite3.Connection, visit_id: int) -> dict | None:
    row = db.execute("SELECT s.* FROM current_scores c JOIN scores s ON s.id = c.score_id WHERE c.visit_id = ?",
                     (visit_id,)).fetchone()
    if row is None:
        return None
    score = dict(row)
    for key in ("dimensions", "indicators", "flags"):
        score[key] = _json(score[key])
    return score


def _components(db: sqlite3.Connection, site_visit_id: int | None) -> list[Component]:
    findings = {} if site_visit_id is None else {
        r["component"]: r for r in db.execute("SELECT * FROM findings WHERE site_visit_id = ?", (site_visit_id,))
    }
    evidence: dict[int, list[dict]] = {}
    if site_visit_id is not None:
        for r in db.execute("SELECT finding_id, url, kind, match, view FROM evidence WHERE site_visit_id = ?", (site_visit_id,)):
            evidence.setdefault(r["finding_id"], []).append({k: r[k] for k in ("url", "kind", "match", "view")})
    components = []
    for c in catalogue()["components"]:
        f = findings.get(c["id"])
        components.append(Component(
            id=c["id"], label=c["label"], kgst=bool(c.get("kgst")), informative=bool(c.get("informative")),
            present=f is not None and f["state"] == "present",
            state=f["state"] if f else None,
            product=f["product"] if f else None,
            confidence=f["confidence"] if f else None,
            evidence=evidence.get(f["id"], []) if f else [],
        ))
    return components


def _checks(site_visit: sqlite3.Row | None) -> list[dict]:
    measured = (_json(site_visit["checks"]) if site_visit else None) or {}
    return [dict(id=c["id"], label=c["label"], **(measured.get(c["id"]) or {"value": None, "detail": "", "product": None}))
            for c in catalogue()["checks"]]


def _services(db: sqlite3.Connection, site_visit_id: int | None) -> list[dict]:
    if site_visit_id is None:
        return []
    rows = db.execute(
        "SELECT service_id, max(level) AS level, url, evidence FROM service_levels WHERE site_visit_id = ? "
        "GROUP BY service_id ORDER BY service_id", (site_visit_id,),
    )
    return [dict(r) for r in rows]


def _peers(db: sqlite3.Connection, ags: str, own_score: float | None) -> tuple[Peers | None, dict[str, tuple[int, int]]]:
    """Peers: the same size class, on their latest nightly visit; with (found, ok visits) per component.

    The group is taken from the municipalities table, so a municipality checked only on demand (not in
    the nightly views itself) still has peers.
    """
    row = db.execute("SELECT level, population FROM municipalities WHERE ags = ?", (ags,)).fetchone()
    group = queries.size_class(row["level"], row["population"]) if row else None
    if group is None:
        return None, {}
    frame = queries.base(db)
    members = frame[(frame["size_class"] == group) & (frame["ags"] != ags)]
    scores = members["score"].dropna()
    ok = members.loc[members["status"] == "ok", "ags"].tolist()
    found = dict(db.execute(
        "SELECT component, count(DISTINCT ags) FROM latest_findings WHERE ags IN (SELECT value FROM json_each(?)) GROUP BY component",
        (json.dumps(ok),),
    ).fetchall())
    adoption = {c["id"]: (found.get(c["id"], 0), len(ok)) for c in catalogue()["components"]}
    peers = Peers(
        group=group,
        count=len(members),
        scored=len(scores),
        median=float(scores.median()) if len(scores) else None,
        percentile=round(100 * float((scores <= own_score).mean()), 1) if len(scores) and own_score is not None else None,
    )
    return peers, adoption


_MODELS: dict[str | None, Model] = {}


def _model(db: sqlite3.Connection) -> Model:
    """The database's active model (the bundled one where none was recorded), parsed once per model."""
    key = models.active_hash(db)
    if key not in _MODELS:
        _MODELS[key] = models.active(db) or load_model()
    return _MODELS[key]


def _recommendations(db: sqlite3.Connection, ags: str, visit_id: int, adoption: dict[str, tuple[int, int]]) -> list[dict]:
    """Advice under the current model: the visit is scored again (pure, cheap) so gains match the model."""
    model = _model(db)
    observations = from_store(db, visit_id)
    result = score(observations, context(db, ags), model)
    return [asdict(r) for r in recommend(result, observations, model, adoption)]


def _history(db: sqlite3.Connection, ags: str) -> list[dict]:
    """Every finished visit, nightly and on demand, newest first, with its score under the active model."""
    rows = db.execute(
        "SELECT v.run_id, v.trigger, v.status, v.finished_at, v.in_series, s.score, s.level, s.level_label "
        "FROM visits v LEFT JOIN scores s ON s.id = (SELECT score_id FROM current_scores c WHERE c.visit_id = v.id) "
        "WHERE v.ags = ? AND v.finished_at IS NOT NULL ORDER BY v.id DESC LIMIT 50", (ags,),
    )
    return [dict(r) for r in rows]


def load_result(db_path: Path, ags: str, run_id: int | None = None) -> Result | None:
    """The result of one visit (default: the newest), with peers and history; None if there is none."""
    with _connect(db_path) as db:
        visit = _visit(db, ags, run_id)
        if visit is None:
            return None
        site_visit_id = visit["site_visit_id"]
        site_visit = db.execute("SELECT * FROM site_visits WHERE id = ?", (site_visit_id,)).fetchone() if site_visit_id else None
        score = _score(db, visit["id"])
        components = _components(db, site_visit_id)
        peers, adoption = _peers(db, ags, score["score"] if score else None)
        for component in components:
            found, total = adoption.get(component.id, (0, 0))
            component.peer_share = found / total if total else None
        return Result(
            ags=ags,
            name=visit["name"] or ags,
            run_id=visit["run_id"],
            trigger=visit["trigger"],
            status=visit["status"],
            finished_at=visit["finished_at"],
            site_url=site_visit["start_url"] if site_visit else None,
            final_url=site_visit["final_url"] if site_visit else None,
            pages=site_visit["pages_fetched"] if site_visit else None,
            score=score,
            dimension_names={d.id: d.name for d in _model(db).dimensions.values()},
            model=f"{_model(db).name} {_model(db).version}",
            components=components,
            checks=_checks(site_visit),
            services=_services(db, site_visit_id),
            peers=peers,
            recommendations=_recommendations(db, ags, visit["id"], adoption),
            history=_history(db, ags),
        )
