"""The static HTML report: an overview page and one page per municipality.

Self-contained files (inline CSS and SVG, no scripts or external assets) that can be opened from disk,
mailed, or printed. Everything shown is read from the store; Handlungsempfehlungen and the Kommunentyp
are computed with ``model`` from the stored observations of the latest visit.
"""
from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path

import jinja2
import pandas as pd

from detectors.model import catalogue
from output import charts, models, queries, sources
from output.formats import de_date, de_number
from output.observe import context, from_store
from output.queries import DB, connect
from output.store import evidence_rank
from scoring import Model, load_model, score
from scoring.profile import kommunentyp
from scoring.recommend import recommend

PAGES = "gemeinden"
PEER_LABELS = {"state": "Bundesland", "type": "Gemeindetyp", "size": "Größenklasse", "kreis": "Kreis"}
ADVICE_PEERS = "size"  # Handlungsempfehlungen compare with municipalities of the same size class
EVIDENCE_SHOWN = 3  # per component; the rest stays in the evidence table
SERVICE_LEVELS = {0: "nicht gefunden", 1: "Information", 2: "Formular", 3: "Online-Antrag"}


def environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.PackageLoader("output", "templates"),
                             autoescape=jinja2.select_autoescape(["html"]), undefined=jinja2.StrictUndefined,
                             trim_blocks=True, lstrip_blocks=True)
    env.filters["de"] = de_number
    env.filters["datum"] = de_date
    env.globals.update(charts=charts, sources=sources, pages=PAGES, evidence_shown=EVIDENCE_SHOWN)
    return env


def write_report(db: DB, out_dir: str | Path, model: Model | None = None,
                 ags: Iterable[str] | None = None) -> Path:
    """Write index.html and one page per municipality (or only for ``ags``); returns index.html."""
    out = Path(out_dir)
    (out / PAGES).mkdir(parents=True, exist_ok=True)
    env = environment()
    with connect(db) as conn:
        data = ReportData(conn, model or models.active(conn) or load_model())
        unknown = sorted(set(ags or ()) - set(data.scores))
        if unknown:
            raise ValueError(f"no visit of {', '.join(unknown)} in this database")
        (out / "index.html").write_text(env.get_template("index.html").render(**data.overview()), "utf-8")
        page = env.get_template("municipality.html")
        for code in ags if ags is not None else data.scores:
            (out / PAGES / f"{code}.html").write_text(page.render(**data.municipality(code)), "utf-8")
    return out / "index.html"


class ReportData:
    """Everything the pages show, loaded once (a few queries) so 11,000 pages do not mean 11,000 scans."""

    def __init__(self, db: sqlite3.Connection, model: Model):
        self.db, self.model = db, model
        self.generated = datetime.now(timezone.utc).strftime("%d.%m.%Y %H:%M UTC")
        self.scores = _by_ags(queries.sql(db, """
            SELECT lv.ags, lv.visit_id, lv.site_visit_id, lv.status, lv.run_id, lv.finished_at,
                   m.name, m.name_official, m.type, m.level AS admin_level, m.state, m.kreis_name, m.population,
                   m.website_url, sv.final_url, sv.pages_fetched, sv.error, sv.cms, sv.checks,
                   s.score, s.level, s.level_label, s.dqd_label, s.kgst_components, s.dimensions,
                   s.model_version, s.computed_at
            FROM latest_visits lv JOIN municipalities m ON m.ags = lv.ags
            LEFT JOIN site_visits sv ON sv.id = lv.site_visit_id
            LEFT JOIN scores s ON s.id = (SELECT score_id FROM current_scores c WHERE c.visit_id = lv.visit_id)
            ORDER BY lv.ags"""))
        self.percentiles = _by_ags(queries.percentiles(db))
        self.adoption = queries.adoptions(queries.adoption_table(db, ADVICE_PEERS))
        self.findings = self._by_site_visit("""
            SELECT f.site_visit_id, f.id, f.component, f.product, f.confidence, f.state, f.evidence_url,
                   e.url, e.kind, e.match, e.view
            FROM findings f LEFT JOIN evidence e ON e.finding_id = f.id
            WHERE f.site_visit_id IN (SELECT site_visit_id FROM latest_visits)
            ORDER BY f.id""")
        self.services = self._by_site_visit("""
            SELECT site_visit_id, service_id, max(level) AS level, url, evidence FROM service_levels
            WHERE site_visit_id IN (SELECT site_visit_id FROM latest_visits) GROUP BY site_visit_id, service_id""")
        groups = queries.peer_groups(db)
        self.groups = groups.groupby("ags")["peer_group"].apply(list).to_dict()
        self.group_percentiles = {name: _by_ags(queries.percentiles(db, group=name))
                                  for name in groups["peer_group"].unique()}

    def _by_site_visit(self, query: str) -> dict[int, list[dict]]:
        grouped: dict[int, list[dict]] = defaultdict(list)
        for row in _records(queries.sql(self.db, query)):
            grouped[row["site_visit_id"]].append(row)
        return grouped

    # -- overview -------------------------------------------------------------------------------

    def overview(self) -> dict:
        ranking = queries.latest_scores(self.db)
        scored = ranking["score"].notna()
        ranking.loc[scored, "rank"] = ranking.loc[scored, "score"].rank(method="min", ascending=False)
        by_state = queries.summary_by_state(self.db)
        kgst = queries.kgst_distribution(self.db)
        runs = queries.sql(self.db, "SELECT * FROM run_summary WHERE in_series = 1 ORDER BY run_id DESC LIMIT 1")
        return {
            "title": "Digitale Reife der Kommunen – Übersicht",
            "generated": self.generated,
            "model": self.model,
            "run": _records(runs)[0] if len(runs) else None,
            "totals": {"municipalities": int(queries.sql(self.db, "SELECT count(*) AS n FROM municipalities")["n"][0]),
                       "visited": len(ranking), "ok": int((ranking["status"] == "ok").sum()),
                       "scored": int(scored.sum()), "mean": ranking["score"].mean() if scored.any() else None},
            "ranking": _records(ranking),
            "by_state": _records(by_state),
            "state_chart": charts.hbar([(r.state, _num(r.mean_score)) for r in by_state.itertuples()],
                                       title="Mittlerer Score nach Bundesland"),
            "by_size": self._by_size(),
            "histogram": self._histogram(ranking["score"].dropna()),
            "levels": self._levels(),
            "kgst": _records(kgst),
            "kgst_chart": charts.paired_bars(
                [(r.components, _num(r.share), r.study_2019_share) for r in kgst.itertuples()],
                ("reifegrad (Außenperspektive)", "KGSt/ÖFIT 2019"), title="KGSt-Komponenten"),
        }

    def _by_size(self) -> dict:
        df = pd.DataFrame(list(self.percentiles.values()))
        grouped = df.assign(ok=df["status"] == "ok").groupby("size_class").agg(
            visited=("ags", "count"), ok=("ok", "sum"), mean=("score", "mean"), median=("score", "median"))
        rows = _records(grouped.reindex(list(queries.SIZE_CLASSES)).rename_axis("size_class").reset_index())
        return {"rows": rows, "chart": charts.hbar([(r["size_class"], r["mean"]) for r in rows],
                                                   title="Mittlerer Score nach Größenklasse")}

    @staticmethod
    def _histogram(scores: pd.Series) -> dict:
        bins = pd.cut(scores, bins=range(0, 101, 10), right=False, include_lowest=True)
        counts = bins.value_counts(sort=False)
        counts.iloc[-1] += int((scores == 100).sum())  # 100 belongs to the last bin
        rows = [(f"{int(i.left)}–{int(i.right)}", float(c)) for i, c in counts.items()]
        return {"chart": charts.hbar(rows, max_value=max([c for _, c in rows] + [1]), title="Verteilung der Scores",
                                     digits=0)}

    def _levels(self) -> list[dict]:
        counts = Counter((r["level"], r["level_label"]) for r in self.scores.values() if r["level"] is not None)
        return [{"level": int(lv), "label": label, "n": n} for (lv, label), n in sorted(counts.items())]

    # -- one municipality -----------------------------------------------------------------------

    def municipality(self, ags: str) -> dict:
        row = self.scores[ags]
        svk = None if row["site_visit_id"] is None else int(row["site_visit_id"])
        obs = from_store(self.db, int(row["visit_id"]))
        fresh = score(obs, context(self.db, ags), self.model)
        history = _rows(self.db, "SELECT * FROM score_history WHERE ags = ? ORDER BY visit_id", (ags,))
        dimensions = json.loads(row["dimensions"]) if isinstance(row["dimensions"], str) else {}
        return {
            "title": f"{row['name'] or ags} – Digitale Reife",
            "generated": self.generated,
            "m": row,
            "disclaimer": sources.DISCLAIMER,
            "dimension_chart": charts.hbar(
                [(d.name, dimensions.get(d.id)) for d in self.model.dimensions.values()],
                title="Dimensionen (0–100)"),
            "components": self._components(self.findings.get(svk, []), row["status"]),
            "services": self._services(self.services.get(svk, []), row["type"] or "Gemeinde"),
            "checks": self._checks(row["checks"]),
            "recommendations": recommend(fresh, obs, self.model, self.adoption.get(ags, {})),
            "peer_label": PEER_LABELS[ADVICE_PEERS],
            "profile": kommunentyp(fresh),
            "peers": self._peers(ags),
            "history_chart": charts.line([(de_date(r["finished_at"])[:10], r["score"]) for r in history],
                                         title="Score im Zeitverlauf"),
            "history": history,
            "model_note": None if row["model_version"] in (None, self.model.version) else
            f"Empfehlungen mit Modell {self.model.version}, gespeicherter Score mit Modell {row['model_version']}.",
        }

    def _components(self, rows: list[dict], status: str) -> list[dict]:
        found: dict[str, dict] = {}
        for r in rows:
            f = found.setdefault(r["component"], {**r, "evidence": []})
            if r["url"] is not None:
                f["evidence"].append(r)
        for f in found.values():
            f["evidence"].sort(key=lambda e: evidence_rank(e["view"], e["kind"]))
        kgst = set(self.model.kgst_components)
        out = []
        for c in catalogue()["components"]:
            f = found.get(c["id"])
            state = ("unbekannt" if status != "ok" else "gefunden" if f and f["state"] == "present"
                     else "nicht beobachtbar" if f else "nicht gefunden")
            out.append({"id": c["id"], "label": c["label"], "kgst": c["id"] in kgst, "state": state,
                        "finding": f})
        return out

    def _services(self, rows: list[dict], municipality_type: str) -> list[dict]:
        observed = {r["service_id"]: r for r in rows}
        applicable = {s.id for s in self.model.applicable_services(municipality_type)}
        return [{"name": s.name, "tier": s.tier, "applicable": s.id in applicable,
                 "level": int(observed[s.id]["level"]) if s.id in observed else 0,
                 "level_label": SERVICE_LEVELS[int(observed[s.id]["level"]) if s.id in observed else 0],
                 "url": observed.get(s.id, {}).get("url"), "evidence": observed.get(s.id, {}).get("evidence")}
                for s in sorted(self.model.services.values(), key=lambda s: (s.tier, s.name))]

    @staticmethod
    def _checks(checks_json: str | None) -> list[dict]:
        checks = json.loads(checks_json) if isinstance(checks_json, str) else {}
        labels = {c["id"]: c["label"] for c in catalogue()["checks"]}
        return [{"label": labels.get(k, k), "value": v.get("value"), "detail": v.get("detail") or "",
                 "product": v.get("product")} for k, v in checks.items()]

    def _peers(self, ags: str) -> list[dict]:
        p = self.percentiles.get(ags)
        if p is None:
            return []
        group_of = {"state": p["state"], "type": p["type"], "size": p["size_class"],
                    "kreis": self.scores[ags]["kreis_name"] or p["kreis_ags"]}
        rows = [{"group": f"{PEER_LABELS[k]}: {group_of[k]}", "pct": p[f"pct_{k}"], "n": p[f"n_{k}"]}
                for k in queries.PEERS]
        for name in self.groups.get(ags, []):
            g = self.group_percentiles[name][ags]
            rows.append({"group": f"Vergleichsring: {name}", "pct": g["pct_group"], "n": g["n_group"]})
        return rows


def _rows(conn: sqlite3.Connection, query: str, params: tuple = ()) -> list[dict]:
    """Plain dict rows: per-page queries skip pandas, which would dominate 11,000 pages."""
    cursor = conn.execute(query, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor]


def _by_ags(df: pd.DataFrame) -> dict[str, dict]:
    return {r["ags"]: r for r in _records(df)}


def _records(df: pd.DataFrame) -> list[dict]:
    """Rows as dicts with None (not NaN) for missing values, which templates test with ``or``."""
    return df.astype(object).where(df.notna(), None).to_dict("records")


def _num(value) -> float | None:
    return None if value is None or pd.isna(value) else float(value)
