"""What a crawl prints when it ends: a closing summary and, for the demo, the ranking."""
from __future__ import annotations

from crawler.run import RunSummary
from detectors.model import catalogue
from output.queries import latest_scores


def print_summary(s: RunSummary) -> None:
    print(f"\nRun {s.run_id}: {s.municipalities} municipalities, {s.sites} sites, {s.pages} pages "
          f"in {s.duration_s:.1f} s ({s.pages_per_s:.1f} pages/s)")
    print("Sites by status (municipalities): " + ", ".join(f"{k} {v}" for k, v in sorted(s.by_status.items(), key=lambda kv: -kv[1])))
    labels = {c["id"]: c["label"] for c in catalogue()["components"]}
    if s.components:
        print("Components found (municipalities):")
        for cid, n in sorted(s.components.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {n:5d}  {cid:<24} {labels.get(cid, '')}")
    print(f"Database: {s.db}")


def print_ranking(db: str, limit: int = 60) -> None:
    df = latest_scores(db)
    if df.empty:
        print("No scores stored.")
        return
    df = df.sort_values(["score", "kgst_components"], ascending=False, na_position="last").head(limit)
    print(f"\n{'#':>3} {'AGS':<8} {'Name':<30} {'Score':>5} {'Level':<14} {'KGSt':>4}  Status")
    for rank, row in enumerate(df.itertuples(index=False), 1):
        score = "  n/a" if row.score is None or row.score != row.score else f"{row.score:5.1f}"
        level = row.level if isinstance(row.level, str) else ("n/a" if row.level != row.level or row.level is None else str(int(row.level)))
        print(f"{rank:>3} {row.ags:<8} {row.name[:30]:<30} {score} {level:<14} {int(row.kgst_components or 0):>4}  {row.status}")
