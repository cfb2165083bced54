"""The report's pictures, drawn from the result documents: the map (of Germany, and one per state), the
distributions per state and size class, and what changed since the last run (``output.changes``, the
computation `reifegrad changes` uses).

``linked`` is the set of AGS whose page is part of the report: nothing links to a page that is not there.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable

from markupsafe import Markup

from output import changes, charts, statuses
from output.changes import DEFAULT_THRESHOLD
from output.germany_map import Dot, bounds_around, germany_map
from output.sizes import SIZE_CLASSES
from output.vocabulary import component

STATES = "laender"  # the states' pages, beside the municipalities' pages


def page_href(ags: str, linked: Collection[str], pages: str) -> str | None:
    return f"{pages}/{ags}.html" if ags in linked else None


def _dots(docs: Iterable[dict], linked: Collection[str], pages: str) -> list[Dot]:
    return [Dot(m["ags"], m["name"] or m["ags"], m["lat"], m["lon"], d["score"].get("score"),
                d["visit"]["status_label"], page_href(m["ags"], linked, pages))
            for d in docs if (m := d["municipality"])["lat"] is not None and m["lon"] is not None]


def _directory(conn: sqlite3.Connection) -> list[tuple[str, str | None, float, float]]:
    """(ags, state_code, lat, lon) of every municipality of the directory with coordinates."""
    return conn.execute("SELECT ags, state_code, lat, lon FROM municipalities "
                        "WHERE lat IS NOT NULL AND lon IS NOT NULL").fetchall()


def result_map(conn: sqlite3.Connection, docs: Iterable[dict], linked: Collection[str], pages: str) -> Markup:
    """Every municipality with a result and coordinates as a dot; the rest of the directory as background."""
    dots = _dots(docs, linked, pages)
    shown = {d.ags for d in dots}
    return germany_map(dots, [(lat, lon) for ags, _, lat, lon in _directory(conn) if ags not in shown])


def _by_size(docs: Iterable[dict]) -> Markup:
    scores: dict[str, list[float]] = {c: [] for c in SIZE_CLASSES}
    for d in docs:
        if (s := d["score"].get("score")) is not None and d["municipality"]["size_class"]:
            scores[d["municipality"]["size_class"]].append(s)
    return charts.boxes(list(scores.items()), title="Scores nach Größenklasse (Einwohner)")


def distributions(docs: Iterable[dict]) -> dict[str, Markup]:
    """Box plots of the scores per state and per size class (scored results only; n counts them)."""
    docs = list(docs)
    by_state: dict[str, list[float]] = {}
    for d in docs:
        scores = by_state.setdefault(d["municipality"]["state"] or "–", [])
        if (s := d["score"].get("score")) is not None:
            scores.append(s)
    return {"state": charts.boxes(sorted(by_state.items()), title="Scores nach Bundesland"), "size": _by_size(docs)}


def state_pages(conn: sqlite3.Connection, docs: Iterable[dict], linked: Collection[str], pages: str) -> list[dict]:
    """Per state with a result: its map (zoomed to the state's municipalities in the directory), its
    distribution per size class and its municipalities in ranking order. ``pages`` is as seen from there."""
    members: dict[str, list[dict]] = {}
    for d in docs:
        if d["municipality"]["state_code"]:
            members.setdefault(d["municipality"]["state_code"], []).append(d)
    directory = _directory(conn)
    out = []
    for code, state_docs in sorted(members.items()):
        dots = _dots(state_docs, linked, pages)
        shown = {d.ags for d in dots}
        area = [(lat, lon) for _, state, lat, lon in directory if state == code]
        name = state_docs[0]["municipality"]["state"] or code
        out.append({"code": code, "name": name, "file": f"{STATES}/{code}.html", "docs": state_docs,
                    "map": germany_map(dots, [(lat, lon) for ags, state, lat, lon in directory
                                              if state == code and ags not in shown],
                                       title=f"{name}: Kommunen nach Score",
                                       bounds=bounds_around(area + [(d.lat, d.lon) for d in dots])),
                    "sizes": _by_size(state_docs)})
    return out


def changes_section(conn: sqlite3.Connection, linked: Collection[str], pages: str,
                    threshold: float = DEFAULT_THRESHOLD) -> dict:
    """The municipalities whose components, status or score (by ``threshold`` points or more) changed
    between the series run before the newest one and now; alerts first."""
    before, found = changes.since_last(conn)
    rows = [{"ags": c.ags, "name": c.name or c.ags, "href": page_href(c.ags, linked, pages),
             "alert": bool(c.alerts(threshold)), "status": statuses.label(c.status),
             "previous_status": statuses.label(c.previous_status), "status_changed": c.status_changed,
             "score": c.score, "previous_score": c.previous_score, "score_delta": c.score_delta,
             "appeared": [component(x) for x in c.appeared],
             "disappeared": [component(x) for x in c.disappeared]}
            for c in found if c.notable(threshold)]
    rows.sort(key=lambda r: (not r["alert"], r["ags"]))
    run = conn.execute("SELECT id, started_at FROM runs WHERE id = ?", (before,)).fetchone() if before else None
    return {"since_run": run[0] if run else None, "since_started": run[1] if run else None,
            "threshold": threshold, "rows": rows, "compared": len(found)}
