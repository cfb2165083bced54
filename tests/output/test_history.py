"""History that grows with change: shared content reads exactly like full copies.

The same nights are written twice, once with full copies (``share_unchanged=False``, the store's old
behaviour) and once sharing unchanged content; every view, every result document and a rescore must
agree between the two files, while the sharing file stores less.
"""
from __future__ import annotations

import re
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest

from output import clock
from output.archive import archive
from output.datasette_cmd import metadata
from output.rescore import population, rescore
from output.retention import prune_pages
from output.result import Results
from output.store import Store, view_statements
from tests.output.factory import AMT, BASICS, MUNICIPALITIES, nightly, site, two_nights
from tests.output.test_rescore import bumped_model

# Where a view names the storing visit or its rows, the two files differ by design.
REFERENCES = {"content_id", "previous_content_id", "evidence_id"}
STORING_VISIT = {"latest_evidence_source": {"site_visit_id"}}
CONTENT_TABLES = ("pages", "findings", "evidence", "service_levels")  # the factory writes no external links


def three_nights(store: Store, model) -> list[int]:
    """The factory's two nights (the Amt site unchanged on night 2), then night 3: Flensburg and the Amt
    unchanged, München back with one more component."""
    runs = list(two_nights(store, model))
    full = {s: 3 for s in ("wohnsitz_anmelden", "meldebescheinigung", "personalausweis", "gewerbe_anmelden",
                           "kfz_zulassung")}
    runs.append(nightly(store, model, "2026-11-03", {
        "flensburg.de": (["01001000"], site("flensburg.de", {**BASICS, "epayment": 70, "form_server": 80},
                                            services=full, day="2026-11-03")),
        "amt-mitteldithmarschen.de": (AMT, site("amt-mitteldithmarschen.de", day="2026-11-03",
                                                services={"wohnsitz_anmelden": 1})),
        "muenchen.de": (["09162000"], site("muenchen.de", {**BASICS, "epayment": 90, "chatbot": 70},
                                           services=full, day="2026-11-03")),
    }, no_website=("01051",)))
    return runs


NOW = datetime(2026, 11, 3, 4, 0, tzinfo=UTC)  # night 3, 04:00


@pytest.fixture(scope="module")
def written(tmp_path_factory, model) -> tuple[list[Path], list[int]]:
    """The two files, written once per module at the same frozen instant: runs and unvisited municipalities
    carry wall-clock times, which would differ between the files for no reason of history."""
    directory = tmp_path_factory.mktemp("history")
    paths = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(clock, "utcnow", lambda: NOW)
        for name, share in (("full.db", False), ("shared.db", True)):
            with Store(directory / name, share_unchanged=share) as store:
                store.upsert_municipalities(MUNICIPALITIES)
                runs = three_nights(store, model)
            paths.append(directory / name)
    return paths, runs


@pytest.fixture()
def both(written, tmp_path: Path, monkeypatch) -> tuple[Store, Store, list[int]]:
    """Fresh copies of the two files (tests rescore and prune them), the clock still at NOW."""
    monkeypatch.setattr(clock, "utcnow", lambda: NOW)
    paths, runs = written
    stores = []
    for path in paths:
        shutil.copy(path, tmp_path / path.name)
        stores.append(Store(tmp_path / path.name, share_unchanged=path.name == "shared.db"))
    yield stores[0], stores[1], runs
    for store in stores:
        store.close()


def view_rows(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    """Every view's rows (sorted), without the storing-visit columns."""
    out = {}
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name").fetchall():
        cursor = conn.execute(f"SELECT * FROM {name}")
        names = [d[0] for d in cursor.description]
        keep = [i for i, n in enumerate(names) if n not in REFERENCES | STORING_VISIT.get(name, set())]
        out[name] = sorted((tuple(row[i] for i in keep) for row in cursor), key=repr)
    return out


def documents(conn: sqlite3.Connection, runs: list[int]) -> list[dict | None]:
    results = Results(conn)
    return [results.document(m["ags"], run) for m in MUNICIPALITIES for run in (None, *runs)]


def count(store: Store, table: str) -> int:
    return store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_unchanged_visits_reference_earlier_content_and_store_no_copy(both):
    full, shared, runs = both
    referencing = shared.conn.execute(
        "SELECT s.run_id, s.site_key, c.run_id FROM site_visits s JOIN site_visits c ON c.id = s.content_id"
        " WHERE s.content_id != s.id ORDER BY s.run_id, s.site_key").fetchall()
    # the Amt site on nights 2 and 3, Flensburg on night 3; München changed every night
    assert referencing == [(runs[1], "amt-mitteldithmarschen.de", runs[0]),
                           (runs[2], "amt-mitteldithmarschen.de", runs[0]),
                           (runs[2], "flensburg.de", runs[1])]
    assert full.conn.execute("SELECT count(*) FROM site_visits WHERE content_id != id").fetchone()[0] == 0
    for table in CONTENT_TABLES:
        assert count(shared, table) < count(full, table), table
    assert count(shared, "site_visits") == count(full, "site_visits")
    assert count(shared, "scores") == count(full, "scores")  # one row per municipality and night
    assert count(shared, "score_details") < count(shared, "scores")


def test_every_view_and_result_document_reads_the_same_as_full_copies(both):
    full, shared, runs = both
    assert set(view_rows(shared.conn)) == set(view_statements())
    assert view_rows(shared.conn) == view_rows(full.conn)
    assert documents(shared.conn, runs) == documents(full.conn, runs)


@pytest.mark.slow  # among the slowest unmarked tests (measured with --durations): kept out of `make test-fast`
def test_rescore_over_shared_content_gives_the_scores_of_full_copies(both, tmp_path):
    full, shared, runs = both
    bumped = bumped_model(tmp_path)
    assert rescore(shared, bumped) == rescore(full, bumped) > 0
    assert population(shared.path) == population(full.path)
    assert view_rows(shared.conn) == view_rows(full.conn)
    assert documents(shared.conn, runs) == documents(full.conn, runs)


OLD_DUMP = Path(__file__).parent / "data" / "store_before_shared_history.sql"  # factory.two_nights, written
# by the store before shared history (commit bb51ca8), dumped with sqlite3's iterdump


def test_a_database_from_before_shared_history_is_migrated_in_place_and_reads_the_same(tmp_path, model):
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:
        conn.executescript(OLD_DUMP.read_text("utf-8"))
        before = view_rows(conn)
    store = Store(path)
    after = view_rows(store.conn)
    assert {name: after[name] for name in before} == before
    assert store.conn.execute("SELECT count(*) FROM site_visits WHERE content_id IS NOT id").fetchone()[0] == 0
    assert Results(store.conn).document("01001000")["score"]["dimensions"]  # inline details still read
    # the next two nights: the first stores the content again (old rows have no digest), the second shares it
    runs = [nightly(store, model, day, {"amt-mitteldithmarschen.de": (AMT, site(
        "amt-mitteldithmarschen.de", day=day, services={"wohnsitz_anmelden": 1}))}) for day in ("2026-11-03", "2026-11-04")]
    shared = store.conn.execute("SELECT run_id FROM site_visits WHERE content_id != id").fetchall()
    assert shared == [(runs[1],)]
    assert {r[0] for r in store.conn.execute("SELECT run_id FROM latest_findings WHERE ags = ?", (AMT[0],))} == {runs[1]}
    store.close()


def pages_of(store: Store, run_id: int) -> list[tuple]:
    return sorted(store.conn.execute(
        "SELECT s.site_key, p.url, p.status, p.sha256 FROM site_visits s JOIN pages p ON p.site_visit_id = s.content_id"
        " WHERE s.run_id = ?", (run_id,)).fetchall())


def test_pruning_pages_keeps_what_recent_visits_use_and_changes_no_view_or_result(both):
    full, shared, runs = both
    views, docs, recent = view_rows(shared.conn), documents(shared.conn, runs), pages_of(shared, runs[2])
    # the clock stands at night 3, 04:00: 1.5 days keep nights 2 and 3, and the Amt's night-1 pages night 3 uses
    night_1_only = [p for p in pages_of(full, runs[0]) if p[0] != "amt-mitteldithmarschen.de"]
    assert night_1_only and prune_pages(shared, 1.5) == len(night_1_only)
    assert pages_of(shared, runs[1]) == pages_of(full, runs[1])
    assert pages_of(shared, runs[2]) == recent == pages_of(full, runs[2])
    assert pages_of(shared, runs[0]) == [p for p in recent if p[0] == "amt-mitteldithmarschen.de"]
    assert prune_pages(shared, 1.5) == 0
    assert view_rows(shared.conn) == views and documents(shared.conn, runs) == docs


BY_DESIGN = ["id", "finding_id", "content_id", "fetched_at"]


def test_the_archive_of_a_run_reads_like_full_copies(both, tmp_path):
    full, shared, runs = both
    for run_id in runs[1:]:  # the nights that share (night 1 stores everything in both files)
        (a,), (b,) = archive(full, tmp_path / "full", [run_id]), archive(shared, tmp_path / "shared", [run_id])
        tables = sorted(p.name for p in a.iterdir())
        assert tables == sorted(p.name for p in b.iterdir()) and "evidence.parquet" in tables
        for name in tables:
            # by design: finding ids and pages.fetched_at are the storing visit's, content_id names it
            left, right = (pd.read_parquet(d / name).drop(columns=BY_DESIGN, errors="ignore") for d in (a, b))
            pd.testing.assert_frame_equal(left, right, obj=f"run {run_id} {name}")
    with pytest.raises(ValueError, match="no run 99"):
        archive(shared, tmp_path / "x", [99])


def test_datasette_canned_queries_read_the_same_as_full_copies(both):
    full, shared, _ = both
    queries = metadata(shared.path)["databases"][shared.path.stem]["queries"]
    values = {"ags": "01051001", "state": "Schleswig-Holstein", "component": "epayment"}
    for name, query in queries.items():
        params = {p: values[p] for p in re.findall(r":(\w+)", query["sql"])}
        assert (sorted(full.conn.execute(query["sql"], params).fetchall(), key=repr)
                == sorted(shared.conn.execute(query["sql"], params).fetchall(), key=repr)), name
