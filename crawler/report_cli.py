"""What a crawl prints when it ends: a closing summary and, for the demo, the ranking."""
from __future__ import annotations

from crawler.run import RunSummary
from detectors.model import catalogue
from output.queries import sql


def print_summary(s: RunSummary) -> None:
    print(f"\nRun {s.run_id}: {s.municipalities} municipalities, {s.sites} sites, {s.pages} pages "
          f"in {s.duration_s:.1f} s ({s.pages_per_s:.1f} pages/s)")
    print("Sites by status (municipalities): " + ", ".join(f"{k} {v}" for k, v in sorted(s.by_status.items(), key=lambda kv: -kv[1])))
    if s.render_failed:
        print(f"Rendering failed on {s.render_failed} sites: what only a browser shows was not measured there "
              "(table render_errors)")
    labels = {c["id"]: c["label"] for c in catalogue()["components"]}
    if s.components:
        print("Components found (municipalities):")
        for cid, n in sorted(s.components.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {n:5d}  {cid:<24} {labels.get(cid, '')}")
    print(f"Database: {s.db}")


RANKING = """
SELECT ls.ags, ls.name, ls.score, ls.status, ls.kgst_components, s.level_label, s.dqd_label,
       json_extract(s.flags, '$.online_rate') AS online_rate,
       (SELECT count(*) FROM latest_service_levels sl WHERE sl.ags = ls.ags AND sl.level = 3) AS online_services
FROM latest_scores ls
LEFT JOIN scores s ON s.id = (SELECT max(id) FROM scores WHERE visit_id =
    (SELECT visit_id FROM latest_visits lv WHERE lv.ags = ls.ags))
ORDER BY ls.score IS NULL, ls.score DESC, ls.ags
"""


def print_ranking(db: str, limit: int = 70) -> None:
    """The ranking with level, DQD label, KGSt count and OZG service levels (services online at level 3)."""
    df = sql(db, RANKING).head(limit)
    if df.empty:
        print("No scores stored.")
        return
    print(f"\n{'#':>3} {'AGS':<8} {'Name':<26} {'Score':>5}  {'Level':<13} {'DQD-Stufe':<18} {'KGSt':>4} "
          f"{'online':>6}  Status")
    for rank, r in enumerate(df.itertuples(index=False), 1):
        score = "  n/a" if _missing(r.score) else f"{r.score:5.1f}"
        online = "" if _missing(r.online_rate) else f"{r.online_rate:4.0%}"
        kgst = "–" if _missing(r.kgst_components) else str(int(r.kgst_components))
        print(f"{rank:>3} {r.ags:<8} {r.name[:26]:<26} {score}  {_text(r.level_label):<13} {_text(r.dqd_label):<18} "
              f"{kgst:>4} {online:>6}  {r.status}")
    print("  online = share of the municipality's Tier-1 services with an online application (OZG level 3)")


def _missing(value) -> bool:
    """NULL from SQLite arrives from pandas as None or NaN: a failed or missing crawl has no figure."""
    return value is None or value != value


def _text(value) -> str:
    return value if isinstance(value, str) else "–"
