"""What the analyst tables cost after each nightly run: the evidence search index and the recommendations.

Fills a temporary store with one night of N sites (real records and the real scorer, as tests/output/factory
builds them: 4 basic components plus 3 of 7 others each, two evidence rows per component), then times the
FTS5 rebuild (``output/search.py``), the recommendations of every shown score (``output/recommendations.py``)
and a second refresh with nothing new (what an unchanged night pays for the index).

    python bench/derived_refresh.py [--sites N]
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from output import recommendations, search  # noqa: E402
from output.store import Store  # noqa: E402
from scoring import load_model  # noqa: E402
from tests.output.factory import BASICS, record, site  # noqa: E402

OTHERS = ["epayment", "form_server", "chatbot", "council_info", "geoportal", "open_data", "newsletter"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=2_000)
    n = parser.parse_args().sites
    model, rng = load_model(), random.Random(1)
    store = Store(tempfile.mkdtemp(prefix="reifegrad-derived-") + "/bench.db")
    ags = [f"09{i:06d}" for i in range(1, n + 1)]
    store.upsert_municipalities({"ags": a, "name": f"Gemeinde {a}", "state": "Bayern", "state_code": "09",
                                 "level": "gemeinde", "population": rng.randint(200, 500_000)} for a in ags)
    run = store.start_run("nightly", "cron", {}, {"model_version": model.version, "model_hash": model.hash})
    for a in ags:
        components = {**BASICS, **{c: 80 for c in rng.sample(OTHERS, 3)}}
        record(store, run, site(f"gemeinde-{a}.de", components, services={"wohnsitz_anmelden": 2}), [a], model)
    evidence = store.conn.execute("SELECT count(*) FROM latest_evidence_source").fetchone()[0]
    start = time.perf_counter()
    with store.transaction():
        search.rebuild(store.conn)
    fts = time.perf_counter() - start
    start = time.perf_counter()
    scored = recommendations.refresh(store)
    advice = time.perf_counter() - start
    start = time.perf_counter()
    store.refresh_derived()
    again = time.perf_counter() - start
    print(f"{n} sites, {evidence} evidence rows")
    print(f"search index rebuild        {fts:6.2f} s  ({1e6 * fts / max(evidence, 1):.0f} µs per evidence row)")
    print(f"recommendations             {advice:6.2f} s  ({1e3 * advice / max(scored, 1):.1f} ms per score)")
    print(f"refresh with nothing new    {again:6.2f} s")
    print(f"11,081 municipalities, estimated: {11_081 / n * (fts + advice):.0f} s per nightly run")


if __name__ == "__main__":
    main()
