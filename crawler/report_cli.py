"""What a crawl prints when it ends: a closing summary and, for the demo, the ranking."""
from __future__ import annotations

from crawler.run import RunSummary
from detectors.model import catalogue
from output import result, result_text


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


def print_ranking(db: str, limit: int = 70) -> None:
    """The ranking, rendered from the result documents (the same figures as the report and the web app)."""
    docs = result.ranking(db, limit)
    print("\n" + "\n".join(result_text.ranking(docs)) if docs else "No scores stored.")
