"""Re-scoring is append-only and reproduces crawl-time scores from stored observations."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from output import queries
from output.rescore import population, rescore
from scoring import load_model
from scoring.diff import format_diff, model_diff


def bumped_model(tmp_path: Path, version: str = "1.1.0") -> Path:
    """The current model with a new version: a new hash, same rules."""
    text = Path(load_model().path).read_text("utf-8").replace("version: 1.0.0", f"version: {version}", 1)
    path = tmp_path / f"model-{version}.yaml"
    path.write_text(text, "utf-8")
    return path


def test_rescore_with_the_same_model_reproduces_stored_scores_and_is_idempotent(nights):
    store, *_ = nights
    before = store.conn.execute("SELECT count(*) FROM scores").fetchone()[0]
    # crawl-time rows carry this model's hash, so nothing is added
    assert rescore(store) == 0
    assert store.conn.execute("SELECT count(*) FROM scores").fetchone()[0] == before


def test_rescore_appends_rows_with_the_new_model(nights, tmp_path):
    store, *_ = nights
    old = queries.latest_scores(store).set_index("ags")
    before = store.conn.execute("SELECT count(*) FROM scores").fetchone()[0]
    site_visits = store.conn.execute("SELECT count(*) FROM visits WHERE site_visit_id IS NOT NULL").fetchone()[0]
    assert rescore(store.path, bumped_model(tmp_path)) == site_visits
    assert rescore(store.path, bumped_model(tmp_path)) == 0  # same model again: nothing new
    assert store.conn.execute("SELECT count(*) FROM scores").fetchone()[0] == before + site_visits
    assert store.conn.execute("SELECT count(*) FROM scores WHERE model_version = '1.0.0'").fetchone()[0] == before
    new = queries.latest_scores(store).set_index("ags")
    scored = new["status"] == "ok"
    assert set(new.loc[scored, "model_version"]) == {"1.1.0"}
    assert new.loc[scored, "score"].equals(old.loc[scored, "score"])  # same rules, same observations
    assert pd.isna(new.loc["01051", "model_version"])  # no website: nothing to score
    # history switches to the newest score per visit; deltas compare within one model version
    assert set(queries.history(store, "01001000")["model_version"]) == {"1.1.0"}
    assert queries.changes(store).set_index("ags").loc["01001000", "model_version"] == "1.1.0"


def test_population_and_model_diff(nights, tmp_path):
    store, *_ = nights
    pop = population(store)
    assert [m.ags for m, _ in pop] == sorted(m.ags for m, _ in pop) and len(pop) == 6
    by_ags = {m.ags: (m, o) for m, o in pop}
    assert by_ags["01001000"][1].components["epayment"] == 70 and by_ags["09162000"][1].status == "timeout"
    assert by_ags["01051001"][0].type == "Gemeinde" and by_ags["01051001"][0].population == 3600
    diff = model_diff(load_model(), load_model(bumped_model(tmp_path)), pop)
    assert diff.n == 4 and diff.mean_change == 0
    assert "1.1.0" in format_diff(diff)


def test_stored_observations_equal_what_the_crawler_scored(nights):
    """Rescoring reproduces crawl-time scores only if the store gives back the crawler's scorer input."""
    from output.observe import from_record, from_store
    from tests.output.factory import site

    store, *_ = nights
    visit = site("flensburg.de", {"imprint": 90, "epayment": 70}, services={"kfz_zulassung": 3},
                 unobserved=("chatbot",))
    run = store.start_run("crawl", "cli", {}, {})
    store.record_site(run, visit, [("01001000", None)])
    visit_id = store.conn.execute("SELECT id FROM visits WHERE run_id = ?", (run,)).fetchone()[0]
    assert from_store(store.conn, visit_id) == from_record(visit)
