"""Issue 13: what changed between runs, from a real store (two nights of factory.two_nights, plus a third)."""
from __future__ import annotations

import json

import pytest

from output import changes
from output.result import Results
from reifegrad.cli import main
from tests.output.factory import ALL_SERVICES, BASICS, nightly, site


def by_ags(found: list[changes.Change]) -> dict[str, changes.Change]:
    return {c.ags: c for c in found}


def test_components_and_status_between_two_nights(nights):
    store, r1, r2 = nights
    found = by_ags(changes.between(store.conn, r1))
    # every municipality visited on both nights is compared: 5 with a site, the Kreis without a website
    assert set(found) == {"01001000", "01051001", "01051002", "01051003", "09162000", "01051"}
    flensburg = found["01001000"]
    assert (flensburg.appeared, flensburg.disappeared) == (("epayment",), ("chatbot",))
    assert (flensburg.previous_run_id, flensburg.run_id) == (r1, r2)
    assert flensburg.alerts() == ["disappeared:chatbot"] and flensburg.notable()
    muenchen = found["09162000"]  # ok -> timeout: a status change, but no component "disappeared"
    assert (muenchen.previous_status, muenchen.status) == ("ok", "timeout")
    assert muenchen.disappeared == () and muenchen.score is None and muenchen.score_delta is None
    assert muenchen.previous_score is not None and muenchen.notable() and muenchen.alerts() == []
    amt = found["01051001"]  # the same site twice
    assert amt.appeared == amt.disappeared == () and amt.score_delta == 0 and not amt.notable()
    assert not found["01051"].notable()


def test_score_drop_beyond_threshold_is_an_alert(nights, model):
    store, r1, r2 = nights
    r3 = nightly(store, model, "2026-11-03", {  # Flensburg's online services are gone
        "flensburg.de": (["01001000"], site("flensburg.de", {**BASICS, "epayment": 70, "form_server": 80},
                                            services={s: 1 for s in ALL_SERVICES}, day="2026-11-03"))})
    found = by_ags(changes.between(store.conn, r2))
    assert set(found) == {"01001000"}  # the others were not visited by run 3: their state is unchanged
    drop = found["01001000"]
    assert drop.appeared == drop.disappeared == () and drop.score_delta < 0
    assert drop.alerts(threshold=-drop.score_delta) == ["score_drop"]
    assert drop.alerts(threshold=-drop.score_delta + 0.01) == [] and not drop.notable(-drop.score_delta + 0.01)
    # since run 1: Flensburg compared with night 1, München still with its night-2 timeout
    since_first = by_ags(changes.between(store.conn, r1))
    assert since_first["01001000"].previous_run_id == r1 and since_first["01001000"].run_id == r3
    assert since_first["09162000"].run_id == r2
    assert by_ags(changes.between(store.conn, r1, r2))["01001000"].run_id == r2


def test_result_document_reports_the_same_changes(nights):
    store, r1, r2 = nights
    results = Results(store.conn)
    for c in changes.between(store.conn, r1):
        doc = results.document(c.ags)["changes"]
        assert doc == {"previous_run_id": r1, "previous_status": c.previous_status, "previous_score": c.previous_score,
                       "score_delta": c.score_delta, "appeared": list(c.appeared), "disappeared": list(c.disappeared)}


def test_since_accepts_run_last_and_date(nights):
    store, r1, r2 = nights
    assert changes.resolve_run(store.conn, "last") == r1
    assert changes.resolve_run(store.conn, str(r2)) == r2
    assert changes.resolve_run(store.conn, "99") is None
    assert changes.resolve_run(store.conn, "2000-01-01") is None  # no run started before that day
    assert changes.resolve_run(store.conn, "2999-01-01") == r2
    for bad in ("gestern", "2026-13-01", "-1"):
        with pytest.raises(ValueError):
            changes.resolve_run(store.conn, bad)


def test_only_one_run_has_no_last(store, model):
    nightly(store, model, "2026-11-01", {"flensburg.de": (["01001000"], site("flensburg.de"))})
    assert changes.since_last(store.conn) == (None, [])


def test_changes_command(nights, capsys):
    """The command in this process (its subprocess run is tests/ops/test_readme_commands.py's)."""
    store, r1, r2 = nights
    assert main(["changes", "--db", str(store.path), "--since", "last"]) == 0
    text = capsys.readouterr().out
    flensburg = next(line for line in text.splitlines() if "Flensburg" in line)
    assert flensburg.startswith("!") and "weggefallen: Chatbot" in flensburg
    assert "neu: Elektronische Bezahlmöglichkeit" in flensburg
    assert "München" in text and "Albersdorf" not in text
    main(["changes", "--db", str(store.path), "--since", str(r1), "--json"])
    data = json.loads(capsys.readouterr().out)
    assert data["since_run"] == r1 and [c["ags"] for c in data["changes"]] == ["01001000", "09162000"]
    assert data["changes"][0]["disappeared"] == [{"id": "chatbot", "label": "Chatbot"}]
    for argv, message in ((["--since", "gestern"], "--since takes a run id"),
                          (["--since", "42"], "no run '42'"),
                          (["--since", "last", "--threshold", "-1"], "must not be negative")):
        with pytest.raises(SystemExit) as exit_:
            main(["changes", "--db", str(store.path), *argv])
        assert message in str(exit_.value.code) and "\n" not in str(exit_.value.code)


def night_with_unobserved_components(store, model) -> None:
    """A third night: Flensburg's epayment and chatbot loaders seen but not run (unobserved, not absent)."""
    night = {**BASICS, "form_server": 80}
    nightly(store, model, "2026-11-03", {
        "flensburg.de": (["01001000"], site("flensburg.de", night, services={s: 3 for s in ALL_SERVICES},
                                            unobserved=("epayment", "chatbot"), day="2026-11-03"))})


def test_an_unobserved_component_is_neither_gone_nor_new(nights, model):
    store, _, r2 = nights
    night_with_unobserved_components(store, model)
    [flensburg] = changes.between(store.conn, r2)
    assert flensburg.disappeared == () and flensburg.appeared == ()


def listed(text: str | None) -> set[str]:
    """The components of a view's group_concat column."""
    return set(text.split(", ")) if text else set()


def view_and_computation(store) -> list[tuple]:
    """Per municipality: (what changes_since_previous says, what output.changes computes) for its two
    latest visits, each as (appeared, disappeared) sets."""
    pairs = store.conn.execute("SELECT ags, previous_visit_id, visit_id FROM latest_visit_pairs").fetchall()
    computed = {c.ags: c for c in changes.compare(store.conn, [(b, a) for _, b, a in pairs])}
    view = store.conn.execute("SELECT ags, appeared, disappeared FROM changes_since_previous").fetchall()
    assert len(view) == len(pairs) > 1
    return [((listed(appeared), listed(disappeared)),
             (set(computed[ags].appeared), set(computed[ags].disappeared))) for ags, appeared, disappeared in view]


def test_the_analysts_view_names_the_same_changes(nights, model):
    """Datasette's changes_since_previous view is SQL of its own: it is compared with output.changes on
    every municipality, after two nights (a component gone, one new) and after a night with an unobserved one."""
    compared = view_and_computation(nights[0])
    assert any(view != (set(), set()) for view, _ in compared)
    assert all(view == computed for view, computed in compared)
    night_with_unobserved_components(nights[0], model)
    assert all(view == computed for view, computed in view_and_computation(nights[0]))
