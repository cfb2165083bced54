"""The store's contract: append-only history, the two public views, idempotent resumable writes."""
from __future__ import annotations

import sqlite3

import pytest

from detectors.model import Evidence
from output.store import Store, strongest_evidence
from tests.output.factory import AMT, BASICS, MUNICIPALITIES, nightly, record, site


def rows(store: Store, query: str, params=()) -> list[dict]:
    return list(store.db.query(query, params))


def count(store: Store, table: str) -> int:
    return store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_schema_is_idempotent_and_wal(tmp_path):
    Store(tmp_path / "x.db").close()
    s = Store(tmp_path / "x.db")
    assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert s.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    views = {r[0] for r in s.conn.execute("SELECT name FROM sqlite_master WHERE type = 'view'")}
    assert {"latest_scores", "latest_findings", "latest_visits", "component_matrix", "score_history",
            "changes_since_previous", "component_changes", "latest_checks"} <= views


def test_changed_schema_version_recreates_views(store):
    store.conn.execute("DROP VIEW latest_scores")
    store.conn.execute("PRAGMA user_version = 1")
    store.close()
    reopened = Store(store.path)
    assert reopened.conn.execute("SELECT count(*) FROM latest_scores").fetchone()[0] == 0
    reopened.close()


def test_public_view_columns_are_the_contract(store):
    def cols(view):
        return [r[1] for r in store.conn.execute(f"PRAGMA table_info({view})")]
    assert cols("latest_scores") == ["ags", "name", "state", "score", "level", "kgst_components", "status",
                                     "model_version", "run_id", "finished_at"]
    assert cols("latest_findings") == ["ags", "component", "product", "confidence", "evidence_url", "run_id"]


def test_municipalities_upsert_keeps_schema_columns_and_types(store):
    m = store.db["municipalities"].get("09162000")
    assert m["population"] == 1488000 and m["website_url"] == "https://stadt.muenchen.de"
    assert "gemeindeverband" not in store.db["municipalities"].columns_dict
    store.upsert_municipalities([{"ags": "09162000", "population": "1500000"}])
    m = store.db["municipalities"].get("09162000")
    assert m["population"] == 1500000 and m["name"] == "München"  # other columns untouched


def test_two_runs_keep_both_and_latest_shows_the_second(nights):
    store, r1, r2 = nights
    assert count(store, "site_visits") == 6
    latest = {r["ags"]: r for r in rows(store, "SELECT * FROM latest_scores")}
    assert {r["run_id"] for r in latest.values()} == {r2}
    assert len(latest) == len(MUNICIPALITIES)
    hist = rows(store, "SELECT run_id, score FROM score_history WHERE ags = '01001000' ORDER BY visit_id")
    assert [h["run_id"] for h in hist] == [r1, r2]
    assert all(h["score"] is not None for h in hist)
    runs = rows(store, "SELECT status, finished_at, config, model_hash FROM runs ORDER BY id")
    assert [r["status"] for r in runs] == ["finished", "finished"] and runs[0]["finished_at"]


def test_failed_visit_has_no_score(nights):
    store, _, r2 = nights
    m = rows(store, "SELECT * FROM latest_scores WHERE ags = '09162000'")[0]
    assert m["status"] == "timeout" and m["score"] is None and m["level"] is None and m["run_id"] == r2
    assert rows(store, "SELECT * FROM latest_findings WHERE ags = '09162000'") == []
    sv = rows(store, "SELECT * FROM site_visits WHERE run_id = ? AND site_key = 'muenchen.de'", (r2,))[0]
    assert sv["error"] == "read timeout" and sv["pages_fetched"] == 0


def test_no_website_is_a_visit_without_site_or_score(nights):
    store, _, r2 = nights
    m = rows(store, "SELECT * FROM latest_scores WHERE ags = '01051'")[0]
    assert m["status"] == "no_website" and m["score"] is None and m["model_version"] is None
    v = rows(store, "SELECT * FROM visits WHERE run_id = ? AND ags = '01051'", (r2,))[0]
    assert v["site_visit_id"] is None and v["error"] == "keine URL im Verzeichnis"


def test_shared_site_is_stored_once_and_attributed_to_three(nights):
    store, _, r2 = nights
    sv = rows(store, "SELECT id FROM site_visits WHERE run_id = ? AND site_key = 'amt-mitteldithmarschen.de'", (r2,))
    assert len(sv) == 1
    visits = rows(store, "SELECT ags, site_visit_id FROM visits WHERE run_id = ? AND site_visit_id = ?",
                  (r2, sv[0]["id"]))
    assert sorted(v["ags"] for v in visits) == AMT
    assert store.conn.execute("SELECT count(*) FROM findings f JOIN site_visits s ON s.content_id = f.site_visit_id"
                              " WHERE s.id = ?", (sv[0]["id"],)).fetchone()[0] == len(BASICS)  # once, not per AGS
    latest = rows(store, "SELECT ags, component FROM latest_findings WHERE ags IN (?, ?, ?)", AMT)
    assert len(latest) == 3 * len(BASICS)
    scores = rows(store, "SELECT ags, score FROM scores WHERE run_id = ? AND ags IN (?, ?, ?)", (r2, *AMT))
    assert len(scores) == 3 and all(s["score"] is not None for s in scores)


def test_findings_keep_evidence_and_the_strongest_url(nights):
    store, _, r2 = nights
    f = rows(store, "SELECT * FROM latest_findings WHERE ags = '01001000' AND component = 'epayment'")[0]
    assert f["evidence_url"] == "https://www.flensburg.de/epayment"  # static link beats the network request
    assert f["product"] == "epayment-produkt" and f["confidence"] == 70 and f["run_id"] == r2
    ev = rows(store, "SELECT e.* FROM evidence e JOIN findings f ON f.id = e.finding_id "
                     "JOIN site_visits s ON s.content_id = f.site_visit_id WHERE s.run_id = ? AND s.site_key = 'flensburg.de' "
                     "AND f.component = 'epayment'", (r2,))
    assert {e["view"] for e in ev} == {"static", "network"}


def test_strongest_evidence_prefers_static_direct_references():
    ev = [Evidence("https://a/x", "text", "t", "p"), Evidence("https://a/n", "requests", "r", "p", "network"),
          Evidence("https://a/l", "link_href", "l", "p")]
    assert strongest_evidence(ev).url == "https://a/l"
    assert strongest_evidence([]) is None


def test_re_recording_a_site_in_the_same_run_is_a_no_op(store, model):
    run = store.start_run("nightly", "cron", {}, {})
    visit = site("flensburg.de")
    first = record(store, run, visit, ["01001000"], model)
    before = {t: count(store, t) for t in ("site_visits", "visits", "pages", "findings", "evidence", "scores",
                                            "service_levels")}
    assert record(store, run, visit, ["01001000"], model) == first
    assert store.record_unvisited(run, "01051", "no_website") == store.record_unvisited(run, "01051", "no_website")
    assert {t: count(store, t) for t in before} == {**before, "visits": before["visits"] + 1}
    assert store.finished_site_keys(run) == {"flensburg.de"}
    assert store.finished_ags(run) == {"01001000", "01051"}


def test_interrupted_run_resumes_without_duplicates(store, model):
    run = store.start_run("nightly", "cron", {}, {})
    record(store, run, site("flensburg.de"), ["01001000"], model)
    store.finish_run(run, {"sites": 1}, status="interrupted")
    todo = {"flensburg.de": ["01001000"], "amt-mitteldithmarschen.de": AMT}
    for key, ags in todo.items():  # the resumed crawler skips what is done
        if key not in store.finished_site_keys(run):
            record(store, run, site(key), ags, model)
    store.finish_run(run, {"sites": 2})
    assert count(store, "site_visits") == 2 and count(store, "visits") == 4
    assert store.db["runs"].get(run)["status"] == "finished"


def test_completed_visits_of_a_running_run_count_as_latest(store, model):
    nightly(store, model, "2026-11-01", {"flensburg.de": (["01001000"], site("flensburg.de"))})
    running = store.start_run("nightly", "cron", {}, {})
    record(store, running, site("flensburg.de", day="2026-11-02"), ["01001000"], model)
    assert rows(store, "SELECT run_id FROM latest_scores WHERE ags = '01001000'")[0]["run_id"] == running


def test_ondemand_results_stay_out_of_the_series_unless_asked(store, model):
    nightly_run = nightly(store, model, "2026-11-01", {"flensburg.de": (["01001000"], site("flensburg.de"))})
    ondemand = nightly(store, model, "2026-11-02", {"flensburg.de": (["01001000"], site("flensburg.de", {}))},
                       kind="ondemand", trigger="ondemand")

    def latest():
        return rows(store, "SELECT run_id FROM latest_scores WHERE ags = '01001000'")[0]["run_id"]

    assert latest() == nightly_run
    assert len(rows(store, "SELECT * FROM score_history WHERE ags = '01001000'")) == 1
    own = rows(store, "SELECT ags, in_series, score FROM visit_scores WHERE run_id = ?", (ondemand,))
    assert [(r["ags"], r["in_series"]) for r in own] == [("01001000", 0)] and own[0]["score"] is not None
    store.set_in_series(ondemand)
    assert latest() == ondemand


def test_closed_vocabularies_are_enforced(store):
    with pytest.raises(ValueError):
        store.start_run("weekly", "cron", {}, {})
    run = store.start_run("crawl", "cli", {}, {})
    with pytest.raises(ValueError):
        store.record_unvisited(run, "01001000", "gone")
    with pytest.raises(ValueError):
        store.finish_run(run, {}, status="done")


def test_a_failing_write_leaves_nothing_behind(store, model):
    run = store.start_run("crawl", "cli", {}, {})
    broken = site("flensburg.de")
    broken.pages[1].url = None  # NOT NULL fails after site_visits and the first page were written
    with pytest.raises(sqlite3.IntegrityError):
        record(store, run, broken, ["01001000"], model)
    assert count(store, "site_visits") == 0 and count(store, "pages") == 0 and count(store, "visits") == 0
    record(store, run, site("flensburg.de"), ["01001000"], model)
    assert count(store, "site_visits") == 1


def test_unknown_ags_gets_a_stub_municipality(store, model):
    run = store.start_run("crawl", "cli", {}, {})
    record(store, run, site("neu.de"), ["99999999"], model)
    assert rows(store, "SELECT ags, name FROM latest_scores WHERE ags = '99999999'") == [
        {"ags": "99999999", "name": None}]


def test_unobserved_findings_are_stored_but_not_latest_findings(store, model):
    run = nightly(store, model, "2026-11-01", {
        "flensburg.de": (["01001000"], site("flensburg.de", unobserved=("chatbot",)))})
    assert rows(store, "SELECT state FROM findings WHERE component = 'chatbot'") == [{"state": "unobserved"}]
    assert not rows(store, "SELECT * FROM latest_findings WHERE component = 'chatbot'")
    matrix = rows(store, "SELECT chatbot, imprint, epayment FROM component_matrix WHERE ags = '01001000'")[0]
    assert matrix == {"chatbot": None, "imprint": 1, "epayment": 0}
    assert run


def test_helper_views_checks_services_and_runs(nights):
    store, r1, r2 = nights
    checks = rows(store, "SELECT * FROM latest_checks WHERE ags = '01001000'")[0]
    assert checks["https"] == 1.0 and checks["cms"] == "TYPO3" and checks["run_id"] == r2
    services = {r["service_id"]: r["level"] for r in rows(store, "SELECT * FROM latest_service_levels "
                                                                 "WHERE ags = '01051002'")}
    assert services == {"wohnsitz_anmelden": 1}
    runs = {r["run_id"]: r for r in rows(store, "SELECT * FROM run_summary")}
    assert runs[r2]["visits"] == 6 and runs[r2]["visits_ok"] == 4 and runs[r2]["status"] == "finished"


def test_a_second_writer_waits_for_the_first(store, model):
    """Nightly crawl and an on-demand check may write the same file: the second waits, it does not fail."""
    import subprocess
    import sys

    run = store.start_run("ondemand", "ondemand", {}, {})
    holder = subprocess.Popen(  # another process holds the write lock for a second ...
        [sys.executable, "-c", "import sqlite3, sys, time; c = sqlite3.connect(sys.argv[1], isolation_level=None);"
         " c.execute('BEGIN IMMEDIATE'); print('locked', flush=True); time.sleep(1); c.execute('COMMIT')",
         str(store.path)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    record(store, run, site("flensburg.de"), ["01001000"], model)  # ... and we wait for it
    assert holder.wait(timeout=10) == 0
    assert store.finished_ags(run) == {"01001000"}


def test_evidence_is_ranked_in_the_detectors_own_spelling_of_every_kind():
    """One spelling of evidence kinds: the store ranks exactly the detectors' pattern kinds (a plural
    ``requests`` ranked as ``request`` would silently sort last)."""
    from detectors.rules import KINDS
    from output.store import EVIDENCE_RANK

    assert sorted(EVIDENCE_RANK) == sorted(KINDS)
