"""The overview's pictures, drawn from the result documents: the map, the distributions per state and size
class, and what changed since the last run (``output.changes``, the computation `reifegrad changes` uses).

``linked`` is the set of AGS whose page is part of the report: nothing links to a page that is not there.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable

from markupsafe import Markup

from output import changes, charts, statuses
from output.changes import DEFAULT_THRESHOLD
from output.germany_map import Dot, germany_map
from output.queries import component_labels
from output.sizes import SIZE_CLASSES


def page_href(ags: str, linked: Collection[str], pages: str) -> str | None:
    return f"{pages}/{ags}.html" if ags in linked else None


def result_map(conn: sqlite3.Connection, docs: Iterable[dict], linked: Collection[str], pages: str) -> Markup:
    """Every municipality with a result and coordinates as a dot; the rest of the directory as background."""
    dots = [Dot(m["ags"], m["name"] or m["ags"], m["lat"], m["lon"], d["score"].get("score"),
                d["visit"]["status_label"], page_href(m["ags"], linked, pages))
            for d in docs if (m := d["municipality"])["lat"] is not None and m["lon"] is not None]
    shown = {d.ags for d in dots}
    background = [(lat, lon) for ags, lat, lon in conn.execute(
        "SELECT ags, lat, lon FROM municipalities WHERE lat IS NOT NULL AND lon IS NOT NULL") if ags not in shown]
    return germany_map(dots, background)


def distributions(docs: Iterable[dict]) -> dict[str, Markup]:
    """Box plots of the scores per state and per size class (scored results only; n counts them)."""
    by_state: dict[str, list[float]] = {}
    by_size: dict[str, list[float]] = {c: [] for c in SIZE_CLASSES}
    for d in docs:
        m, s = d["municipality"], d["score"].get("score")
        by_state.setdefault(m["state"] or "–", [])
        if s is not None:
            by_state[m["state"] or "–"].append(s)
            if m["size_class"]:
                by_size[m["size_class"]].append(s)
    return {"state": charts.boxes(sorted(by_state.items()), title="Scores nach Bundesland"),
            "size": charts.boxes(list(by_size.items()), title="Scores nach Größenklasse (Einwohner)")}


def changes_section(conn: sqlite3.Connection, linked: Collection[str], pages: str,
                    threshold: float = DEFAULT_THRESHOLD) -> dict:
    """The municipalities whose components, status or score (by ``threshold`` points or more) changed
    between the series run before the newest one and now; alerts first."""
    before, found = changes.since_last(conn)
    labels = component_labels()
    rows = [{"ags": c.ags, "name": c.name or c.ags, "href": page_href(c.ags, linked, pages),
             "alert": bool(c.alerts(threshold)), "status": statuses.label(c.status),
             "previous_status": statuses.label(c.previous_status), "status_changed": c.status_changed,
             "score": c.score, "previous_score": c.previous_score, "score_delta": c.score_delta,
             "appeared": [labels.get(x, x) for x in c.appeared],
             "disappeared": [labels.get(x, x) for x in c.disappeared]}
            for c in found if c.notable(threshold)]
    rows.sort(key=lambda r: (not r["alert"], r["ags"]))
    run = conn.execute("SELECT id, started_at FROM runs WHERE id = ?", (before,)).fetchone() if before else None
    return {"since_run": run[0] if run else None, "since_started": run[1] if run else None,
            "threshold": threshold, "rows": rows, "compared": len(found)}
