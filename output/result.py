"""The result document: everything known about one municipality's visit, built in one place.

The counterpart of Lighthouse's result JSON. `reifegrad result`, the static report, the web app and the
CLI ranking render this document and nothing else, so they cannot disagree. ``Results(conn)`` loads what
all documents share (peer frame, adoption, the active model) once; ``document(ags)`` is a few indexed
lookups, so a report of 11,000 pages stays linear.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict

import pandas as pd

from detectors.model import catalogue
from output import changes, models, queries, statuses
from output.dbfile import dict_row as _one
from output.dbfile import dict_rows as _rows
from output.observe import context, from_store
from output.store import evidence_rank
from scoring import Model, load_model, recommend, score
from scoring.profile import kommunentyp

SCHEMA = "reifegrad-result/1"
PEER_LABELS = {"state": "Bundesland", "type": "Gemeindetyp", "size": "Größenklasse", "kreis": "Kreis"}
ADVICE_PEERS = "size"  # Handlungsempfehlungen compare with municipalities of the same size class
SERVICE_LEVELS = {0: "nicht gefunden", 1: "Information", 2: "Formular", 3: "Online-Antrag"}
SCORE_KEYS = ("score", "level", "level_label", "dqd_label", "kgst_components", "gut_aufgestellt", "model_version",
              "model_hash")
COMPONENT_STATES = {"present": "vorhanden", "absent": "nicht gefunden", "unknown": "unbekannt"}


def competition_ranks(scores: dict[str, float | None]) -> dict[str, int]:
    """Standard competition ranking ("1224"): ties share the best place, the next place skips."""
    ordered = sorted(v for v in scores.values() if v is not None)
    ordered.reverse()
    first: dict[float, int] = {}
    for position, value in enumerate(ordered, 1):
        first.setdefault(value, position)
    return {ags: first[v] for ags, v in scores.items() if v is not None}


class Results:
    """Builds result documents from one open connection (read-only is enough)."""

    def __init__(self, conn: sqlite3.Connection, model: Model | None = None):
        self.conn = conn
        self.model = model or models.active(conn) or load_model()
        self.base = queries.base(conn)
        for peer, column in queries.PEERS.items():
            self.base[f"peer_{peer}"] = self.base[column]
        self.adoption = queries.adoptions(queries.adoption_table(conn, ADVICE_PEERS))
        groups = queries.peer_groups(conn)
        self.named_groups = groups.groupby("ags")["peer_group"].apply(list).to_dict()
        self.group_members = groups.groupby("peer_group")["ags"].apply(set).to_dict()
        latest = dict(zip(self.base["ags"], self.base["score"].astype(object).where(self.base["score"].notna(), None)))
        self.ranks = competition_ranks(latest)
        self.ranked = sum(v is not None for v in latest.values())

    # -- which visit ------------------------------------------------------------------------------

    def _visit(self, ags: str, run_id: int | None) -> dict | None:
        """The visit of ``run_id``, else the latest of the nightly series, else the newest finished one."""
        query = ("SELECT v.*, m.name FROM visits v LEFT JOIN municipalities m ON m.ags = v.ags "
                 "WHERE v.ags = ? AND v.finished_at IS NOT NULL")
        if run_id is not None:
            return _one(self.conn, query + " AND v.run_id = ?", (ags, run_id))
        return _one(self.conn, query + " ORDER BY v.in_series DESC, v.id DESC LIMIT 1", (ags,))

    def ranking(self, limit: int | None = None) -> list[dict]:
        """Documents of the latest nightly visits, best first (ties by AGS), unscored last."""
        order = sorted(self.base["ags"], key=lambda a: (a not in self.ranks, self.ranks.get(a, 0), a))
        return [d for a in order[:limit] if (d := self.document(a)) is not None]

    # -- the document ----------------------------------------------------------------------------

    def document(self, ags: str, run_id: int | None = None) -> dict | None:
        """The result of one visit (default: the latest nightly one); None if there is none."""
        visit = self._visit(ags, run_id)
        if visit is None:
            return None
        site = _one(self.conn, "SELECT sv.*, c.checks FROM site_visits sv JOIN site_visits c ON c.id = sv.content_id"
                               " WHERE sv.id = ?", (visit["site_visit_id"],)) if visit["site_visit_id"] else None
        content = site["content_id"] if site else None  # whose findings, evidence and services these are
        stored = self._score(visit["id"])
        ok = visit["status"] == "ok"
        observations = from_store(self.conn, visit["id"])
        components = self._components(content, ok, ags)
        fresh = score(observations, context(self.conn, ags), self.model)
        advice = recommend(fresh, observations, self.model, self.adoption.get(ags, {}))
        profile = kommunentyp(fresh)
        own = stored["score"] if stored else None
        return {
            "schema": SCHEMA,
            "municipality": self._municipality(ags),
            "visit": self._visit_part(visit, site),
            "model": {"name": self.model.name, "version": self.model.version, "hash": self.model.hash},
            "score": stored or {**dict.fromkeys(SCORE_KEYS), "dimensions": {}, "indicators": {}, "flags": {}},
            "rank": {"position": self.ranks.get(ags) if visit["in_series"] else None, "of": self.ranked},
            "dimensions": [{"id": d.id, "name": d.name, "weight": d.weight,
                            "value": (stored or {}).get("dimensions", {}).get(d.id)}
                           for d in self.model.dimensions.values()],
            "indicators": self._indicators(stored, components),
            "components": components,
            "checks": self._checks(site),
            "services": self._services(content, context(self.conn, ags).type),
            "peers": self._peers(ags, own),
            "profile": None if profile is None else {"name": profile.name, "explanation": profile.explanation},
            "recommendations": [asdict(r) for r in advice if r.weight > 0],
            "history": self._history(ags),
            "changes": self._changes(ags, visit),
        }

    def _municipality(self, ags: str) -> dict:
        row = _one(self.conn, "SELECT * FROM municipalities WHERE ags = ?", (ags,)) or {"ags": ags}
        keys = ("ags", "name", "name_official", "type", "level", "state", "state_code", "kreis_ags", "kreis_name",
                "population", "website_url", "lat", "lon")
        out = {k: row.get(k) for k in keys}
        out["size_class"] = queries.size_class(row.get("level"), row.get("population"))
        return out

    @staticmethod
    def _visit_part(visit: dict, site: dict | None) -> dict:
        status = statuses.by_id().get(visit["status"])
        return {
            "run_id": visit["run_id"], "visit_id": visit["id"], "trigger": visit["trigger"],
            "in_series": bool(visit["in_series"]), "finished_at": visit["finished_at"],
            "status": visit["status"], "status_label": status.label if status else visit["status"],
            "reason": status.explanation if status else None, "advice": status.advice if status else None,
            "error": site["error"] if site else None,
            "site_url": site["start_url"] if site else None, "final_url": site["final_url"] if site else None,
            "pages": site["pages_fetched"] if site else None,
        }

    def _score(self, visit_id: int) -> dict | None:
        row = _one(self.conn, "SELECT s.*, coalesce(d.dimensions, s.dimensions) AS dimensions, "
                              "coalesce(d.indicators, s.indicators) AS indicators, coalesce(d.flags, s.flags) AS flags "
                              "FROM current_scores c JOIN scores s ON s.id = c.score_id "
                              "LEFT JOIN score_details d ON d.id = s.details_id WHERE c.visit_id = ?", (visit_id,))
        if row is None:
            return None
        out = {k: row.get(k) for k in SCORE_KEYS}
        out["gut_aufgestellt"] = None if out["gut_aufgestellt"] is None else bool(out["gut_aufgestellt"])
        for key in ("dimensions", "indicators", "flags"):
            out[key] = json.loads(row[key]) if row.get(key) else {}
        return out

    def _components(self, svid: int | None, ok: bool, ags: str) -> list[dict]:
        """Every catalogue component: present, absent, or unknown (visit not ok, or not observable)."""
        findings = {r["component"]: r for r in _rows(
            self.conn, "SELECT * FROM findings WHERE site_visit_id = ?", (svid,))} if svid else {}
        evidence: dict[int, list[dict]] = {}
        for r in _rows(self.conn, "SELECT finding_id, url, kind, match, view, mark, markup FROM evidence "
                                  "WHERE site_visit_id = ?", (svid,)) if svid else []:
            r["mark"], r["markup"] = json.loads(r["mark"]) if r["mark"] else None, bool(r["markup"])
            evidence.setdefault(r.pop("finding_id"), []).append(r)
        peers = self.adoption.get(ags, {})
        out = []
        for c in catalogue()["components"]:
            f = findings.get(c["id"])
            state = ("unknown" if not ok or (f and f["state"] != "present") else "present" if f else "absent")
            shown = f if state == "present" else None
            proof = sorted(evidence.get(shown["id"], []) if shown else [], key=lambda e: evidence_rank(e["view"], e["kind"]))
            with_, total = peers.get(c["id"], (0, 0))
            out.append({"id": c["id"], "label": c["label"], "explanation": c.get("explanation"), "kgst": bool(c.get("kgst")),
                        "informative": bool(c.get("informative")), "state": state,
                        "state_label": COMPONENT_STATES[state],
                        "product": shown["product"] if shown else None, "confidence": shown["confidence"] if shown else None,
                        "evidence": proof, "peer_share": with_ / total if total else None})
        return out

    def _indicators(self, stored: dict | None, components: list[dict]) -> list[dict]:
        values = (stored or {}).get("indicators", {})
        by_id = {c["id"]: c for c in components}
        out = []
        for i in self.model.indicators.values():
            reads = sorted(c for c in self.model.component_ids if i.reads_component(c))
            value = values.get(i.id)
            out.append({"id": i.id, "dimension": i.dimension, "name": i.name, "weight": i.weight,
                        "value": value, "points": None if value is None else round(value * i.weight, 2),
                        "components": [{"id": c, "state": by_id[c]["state"],
                                        "evidence_url": by_id[c]["evidence"][0]["url"] if by_id[c]["evidence"] else None}
                                       for c in reads if c in by_id]})
        return out

    @staticmethod
    def _checks(site: dict | None) -> list[dict]:
        measured = (json.loads(site["checks"]) if site and site["checks"] else None) or {}
        return [{"id": c["id"], "label": c["label"], "explanation": c.get("explanation"),
                 **(measured.get(c["id"]) or {"value": None, "detail": "", "product": None})}
                for c in catalogue()["checks"]]

    def _services(self, svid: int | None, municipality_type: str) -> list[dict]:
        observed = {r["service_id"]: r for r in _rows(
            self.conn, "SELECT service_id, max(level) AS level, url, evidence FROM service_levels "
                       "WHERE site_visit_id = ? GROUP BY service_id", (svid,))} if svid else {}
        applicable = {s.id for s in self.model.applicable_services(municipality_type)}
        out = []
        for s in sorted(self.model.services.values(), key=lambda s: (s.tier, s.name)):
            seen = observed.get(s.id, {})
            level = int(seen.get("level") or 0)
            out.append({"id": s.id, "name": s.name, "tier": s.tier, "applicable": s.id in applicable,
                        "level": level if svid else None, "level_label": SERVICE_LEVELS[level] if svid else "unbekannt",
                        "url": seen.get("url"), "evidence": seen.get("evidence")})
        return out

    def _peers(self, ags: str, own: float | None) -> list[dict]:
        """Percentile in each peer group: share of the group's scored members scoring at most as much."""
        me = self.base[self.base["ags"] == ags]
        if me.empty:
            row = self._municipality(ags)
            key = {"state": row["state"], "type": row["type"], "size": row["size_class"],
                   "kreis": row["kreis_ags"] if row["level"] != "kreis" else None}
            kreis_name = row["kreis_name"]
        else:
            key = {p: me.iloc[0][f"peer_{p}"] for p in queries.PEERS}
            kreis_name = me.iloc[0]["kreis_name"]
        others = self.base["ags"] != ags
        groups = [(peer, PEER_LABELS[peer], key[peer], self.base[f"peer_{peer}"] == key[peer])
                  for peer in queries.PEERS if not pd.isna(key[peer])]
        groups += [("named", "Vergleichsring", name, self.base["ags"].isin(self.group_members[name]))
                   for name in self.named_groups.get(ags, [])]
        shown = {"kreis": f"{kreis_name} ({key['kreis']})" if isinstance(kreis_name, str) and kreis_name else None}
        out = []
        for peer, label, value, members in groups:
            group = self.base[members & others]
            scores = [float(s) for s in group["score"].dropna()] + ([own] if own is not None else [])
            pct = round(100 * sum(s <= own for s in scores) / len(scores), 1) if own is not None else None
            out.append({"group": peer, "label": label, "value": shown.get(peer) or str(value), "members": len(group) + 1,
                        "scored": len(scores), "percentile": pct,
                        "median": float(pd.Series(scores).median()) if scores else None})
        return out

    def _history(self, ags: str) -> list[dict]:
        """Every finished visit, nightly and on demand, newest first, with its score under the active model."""
        return _rows(self.conn, "SELECT run_id, trigger, in_series, status, finished_at, score, level, level_label, "
                                "kgst_components FROM visit_scores WHERE ags = ? AND finished_at IS NOT NULL "
                                "ORDER BY visit_id DESC LIMIT 50", (ags,))

    def _changes(self, ags: str, visit: dict) -> dict | None:
        """Against the previous nightly visit: score delta and components that appeared or disappeared."""
        previous = _one(self.conn, "SELECT id FROM visits WHERE ags = ? AND in_series = 1 "
                                   "AND finished_at IS NOT NULL AND id < ? ORDER BY id DESC LIMIT 1", (ags, visit["id"]))
        if previous is None:
            return None
        [c] = changes.compare(self.conn, [(previous["id"], visit["id"])])
        return {"previous_run_id": c.previous_run_id, "previous_status": c.previous_status,
                "previous_score": c.previous_score, "score_delta": c.score_delta,
                "appeared": list(c.appeared), "disappeared": list(c.disappeared)}


def load(db: queries.DB, ags: str, run_id: int | None = None) -> dict | None:
    """One document from a database path or connection (the web app's and `reifegrad result`'s entry)."""
    with queries.connect(db) as conn:
        return Results(conn).document(ags, run_id)


def ranking(db: queries.DB, limit: int | None = None) -> list[dict]:
    """The ranking's documents from a database path or connection (the CLI ranking's entry)."""
    with queries.connect(db) as conn:
        return Results(conn).ranking(limit)
