"""Issue 13 (analysts): the views Datasette and the exports read agree with the Python they stand for."""
from __future__ import annotations

from output import result
from output.sizes import size_class
from tests.output.factory import record, site


def test_municipality_results_classify_sizes_like_python(nights):
    store, *_ = nights
    shown = dict(store.conn.execute("SELECT ags, size_class FROM municipality_results"))
    register = store.conn.execute("SELECT ags, level, population FROM municipalities").fetchall()
    assert shown == {ags: size_class(level, population) for ags, level, population in register}
    assert set(shown.values()) >= {"Landkreis", "< 5.000", "> 100.000"}


def test_recommendations_are_those_of_the_result_documents(nights):
    store, *_ = nights
    for (ags,) in store.conn.execute("SELECT ags FROM latest_scores WHERE score IS NOT NULL"):
        stored = store.conn.execute("SELECT component, points FROM latest_recommendations WHERE ags = ?"
                                    " ORDER BY position", (ags,)).fetchall()
        document = result.load(store.conn, ags)["recommendations"]
        assert stored == [(r["component"], r["weight"]) for r in document] != [], ags
    # a cache of the present: no rows of scores that no view shows any more (night 1's)
    kept = {r[0] for r in store.conn.execute("SELECT DISTINCT score_id FROM recommendations")}
    shown = {r[0] for r in store.conn.execute(
        "SELECT c.score_id FROM latest_visits lv JOIN current_scores c ON c.visit_id = lv.visit_id")}
    assert kept and kept <= shown


def test_an_on_demand_check_enters_the_search_only_when_it_joins_the_series(nights, model):
    store, *_ = nights
    search = "SELECT count(*) FROM latest_evidence WHERE evidence_id IN " \
             "(SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH 'chatbot')"
    assert store.conn.execute(search).fetchone()[0] == 0  # night 2 has no chatbot: rebuilt after that run
    run = store.start_run("ondemand", "ondemand", {}, {"model_version": model.version, "model_hash": model.hash})
    record(store, run, site("flensburg.de", {"chatbot": 90}, day="2026-11-03"), ["01001000"], model)
    store.finish_run(run, {})
    assert store.conn.execute(search).fetchone()[0] == 0  # not in the series: not the latest visit
    store.set_in_series(run)
    assert store.conn.execute(search).fetchone()[0] > 0  # now it is: the index follows
