"""The static HTML report: an overview page and one page per municipality.

Self-contained files (inline CSS and SVG, no scripts or external assets) that can be opened from disk,
mailed, or printed. A municipality's page and the ranking render its result document (``output.result``),
like the web app and the CLI; the overview adds the analyst aggregates (states, size classes, KGSt).
"""
from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path

import jinja2
import pandas as pd

from output import charts, highlight, models, queries, report_pictures, sources, vocabulary
from output.formats import de_date, de_number, de_signed
from output.queries import DB, connect
from output.result import Results
from output.sizes import SIZE_CLASSES
from scoring import Model, load_model

PAGES = "gemeinden"
EVIDENCE_SHOWN = 3  # per component; the rest stays in the evidence table


def environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.PackageLoader("output", "templates"),
                             autoescape=jinja2.select_autoescape(["html"]), undefined=jinja2.StrictUndefined,
                             trim_blocks=True, lstrip_blocks=True)
    env.filters["de"] = de_number
    env.filters["de_signed"] = de_signed
    env.filters["datum"] = de_date
    env.filters.update(vocabulary.jinja_filters())
    env.filters["evidence"] = highlight.as_html
    env.globals.update(charts=charts, sources=sources, pages=PAGES, evidence_shown=EVIDENCE_SHOWN)
    return env


def write_report(db: DB, out_dir: str | Path, model: Model | None = None,
                 ags: Iterable[str] | None = None) -> Path:
    """Write index.html, one page per state and one per municipality (or only for ``ags``); returns
    index.html."""
    out = Path(out_dir)
    (out / PAGES).mkdir(parents=True, exist_ok=True)
    env = environment()
    with connect(db) as conn:
        data = ReportData(conn, model or models.active(conn) or load_model())
        unknown = sorted(set(ags or ()) - set(data.docs))
        if unknown:
            raise ValueError(f"no visit of {', '.join(unknown)} in this database")
        written = list(ags if ags is not None else data.docs)
        # Pages of an earlier report in the same directory still count: --ags refreshes a few of them.
        linked = set(written) | {p.stem for p in (out / PAGES).glob("*.html") if p.stem in data.docs}
        states = report_pictures.state_pages(conn, data.docs.values(), linked, f"../{PAGES}")
        (out / "index.html").write_text(env.get_template("index.html").render(**data.overview(linked), states=states),
                                        "utf-8")
        (out / report_pictures.STATES).mkdir(exist_ok=True)
        state_page = env.get_template("state.html")
        for state in states:
            (out / state["file"]).write_text(state_page.render(
                title=f"{state['name']} – Digitale Reife der Kommunen", generated=data.generated, state=state,
                linked=linked, pages=f"../{PAGES}"), "utf-8")
        page = env.get_template("municipality.html")
        for code in written:
            (out / PAGES / f"{code}.html").write_text(page.render(**data.municipality(code)), "utf-8")
    return out / "index.html"


class ReportData:
    """Everything the pages show, loaded once (a few queries) so 11,000 pages do not mean 11,000 scans."""

    def __init__(self, db: sqlite3.Connection, model: Model):
        self.db, self.model = db, model
        self.generated = datetime.now(timezone.utc).strftime("%d.%m.%Y %H:%M UTC")
        self.docs = {d["municipality"]["ags"]: d for d in Results(db, model).ranking()}
        self.percentiles = _by_ags(queries.percentiles(db))

    # -- overview -------------------------------------------------------------------------------

    def overview(self, linked: set[str]) -> dict:
        """The overview; only the municipalities in ``linked`` have a page to link to."""
        ranking = pd.DataFrame([ranking_row(d) for d in self.docs.values()],
                               columns=["rank", "ags", "name", "state", "score", "level", "level_shown",
                                        "kgst_components", "status", "status_label"])
        scored = ranking["score"].notna()
        by_state = queries.summary_by_state(self.db)
        kgst = queries.kgst_distribution(self.db)
        runs = queries.sql(self.db, "SELECT * FROM run_summary WHERE in_series = 1 ORDER BY run_id DESC LIMIT 1")
        pictures = report_pictures.distributions(self.docs.values())
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
            "state_chart": pictures["state"],
            "linked": linked,
            "map": report_pictures.result_map(self.db, self.docs.values(), linked, PAGES),
            "changes": report_pictures.changes_section(self.db, linked, PAGES),
            "by_size": {"rows": self._by_size(), "chart": pictures["size"]},
            "histogram": self._histogram(ranking["score"].dropna()),
            "levels": self._levels(),
            "kgst": _records(kgst),
            "kgst_chart": charts.paired_bars(
                [(r.components, _num(r.share), r.study_2019_share) for r in kgst.itertuples()],
                ("reifegrad (Außenperspektive)", "KGSt/ÖFIT 2019"), title="KGSt-Komponenten"),
        }

    def _by_size(self) -> list[dict]:
        df = pd.DataFrame(list(self.percentiles.values()))
        grouped = df.assign(ok=df["status"] == "ok").groupby("size_class").agg(
            visited=("ags", "count"), ok=("ok", "sum"), mean=("score", "mean"), median=("score", "median"))
        return _records(grouped.reindex(list(SIZE_CLASSES)).rename_axis("size_class").reset_index())

    @staticmethod
    def _histogram(scores: pd.Series) -> dict:
        bins = pd.cut(scores, bins=range(0, 101, 10), right=False, include_lowest=True)
        counts = bins.value_counts(sort=False)
        counts.iloc[-1] += int((scores == 100).sum())  # 100 belongs to the last bin
        rows = [(f"{int(i.left)}–{int(i.right)}", float(c)) for i, c in counts.items()]
        return {"chart": charts.hbar(rows, max_value=max([c for _, c in rows] + [1]), title="Verteilung der Scores",
                                     digits=0)}

    def _levels(self) -> list[dict]:
        counts = Counter((s["level"], s["level_label"]) for s in (d["score"] for d in self.docs.values())
                         if s["level"] is not None)
        return [{"level": int(lv), "label": label, "n": n} for (lv, label), n in sorted(counts.items())]

    # -- one municipality -----------------------------------------------------------------------

    def municipality(self, ags: str) -> dict:
        """One page: the result document and the charts drawn from it."""
        d = self.docs[ags]
        return {
            "title": f"{d['municipality']['name'] or ags} – Digitale Reife",
            "generated": self.generated,
            "d": d,
            "disclaimer": sources.DISCLAIMER,
            "dimension_chart": charts.hbar([(x["name"], x["value"]) for x in d["dimensions"]],
                                           title="Dimensionen (0–100)"),
            "profile": d["profile"],
            "history_chart": charts.line([(de_date(h["finished_at"])[:10], h["score"])
                                          for h in reversed(d["history"]) if h["in_series"]],
                                         title="Score im Zeitverlauf"),
        }


def ranking_row(d: dict) -> dict:
    """A row of the overview's ranking, taken from the result document."""
    s = d["score"]
    return {"rank": d["rank"]["position"], "ags": d["municipality"]["ags"], "name": d["municipality"]["name"],
            "state": d["municipality"]["state"], "score": s.get("score"), "level": s.get("level"),
            "level_shown": vocabulary.level(s.get("level"), s.get("level_label")),
            "kgst_components": s.get("kgst_components"), "status": d["visit"]["status"],
            "status_label": d["visit"]["status_label"]}


def _by_ags(df: pd.DataFrame) -> dict[str, dict]:
    return {r["ags"]: r for r in _records(df)}


def _records(df: pd.DataFrame) -> list[dict]:
    """Rows as dicts with None (not NaN) for missing values, which templates test with ``or``."""
    return df.astype(object).where(df.notna(), None).to_dict("records")


def _num(value) -> float | None:
    return None if value is None or pd.isna(value) else float(value)
