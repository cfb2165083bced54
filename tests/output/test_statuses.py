"""One source for the status vocabulary: output/statuses.json feeds the crawler's mapping, the store's checks,
Datasette's descriptions and the web app's labels; a status spelt anywhere that is not in it fails here."""
from __future__ import annotations

import ast
import sqlite3
from pathlib import Path

import pytest

from crawler import errors
from output.datasette_cmd import metadata
from output.statuses import catalogue, permanent_ids, status_ids
from output.store import status_triggers
from tests.support import REPO
from webapp.templating import template_environment

# Where statuses are spelt as literals: the failure mapping and the spider's own verdicts (the farm's expected
# statuses are checked against the catalogue in tests/farm/test_world.py).
SPELT_IN = ("crawler/errors.py", "crawler/spiders/municipal.py")


def spelt_statuses(source: str) -> set[str]:
    """Status literals: the first item of a returned (status, message) pair, and ``….status = "…"``."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Return) and isinstance(node.value, ast.Tuple) and node.value.elts:
            first = node.value.elts[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.add(first.value)
        elif isinstance(node, ast.Assign) and any(isinstance(t, ast.Attribute) and t.attr == "status" for t in node.targets):
            if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
                found.add(node.value.value)
        elif isinstance(node, ast.Assign) and any(isinstance(t, ast.Tuple) for t in node.targets):
            targets = [t for t in node.targets if isinstance(t, ast.Tuple)][0].elts
            if isinstance(node.value, ast.Tuple) and any(isinstance(t, ast.Attribute) and t.attr == "status" for t in targets):
                index = next(i for i, t in enumerate(targets) if isinstance(t, ast.Attribute) and t.attr == "status")
                value = node.value.elts[index]
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    found.add(value.value)
    return found


@pytest.mark.parametrize("path", SPELT_IN)
def test_every_status_spelt_in_code_is_in_the_catalogue(path):
    spelt = spelt_statuses((REPO / path).read_text("utf-8"))
    assert spelt, f"{path}: the reader found no status at all"
    assert spelt <= set(status_ids()), f"{path} spells statuses not in output/statuses.json: {spelt - set(status_ids())}"


def test_a_misspelt_status_is_caught():
    source = 'def classify(exc):\n    return "robots_dissallowed", "forbidden"\n'
    assert spelt_statuses(source) - set(status_ids()) == {"robots_dissallowed"}


def test_catalogue_entries_are_complete_and_unique():
    assert len(status_ids()) == len(set(status_ids()))
    for s in catalogue():
        assert s.id and s.label and s.explanation and s.advice, s


def test_the_crawler_retries_exactly_what_the_catalogue_calls_transient():
    assert errors.PERMANENT == permanent_ids()


def test_the_store_accepts_every_catalogue_status_and_its_triggers_refuse_others(store):
    run = store.start_run("crawl", "manual", {}, {})
    store.record_unvisited(run, "01001000", "no_website")
    assert all(f"'{s}'" in sql for s in status_ids() for sql in status_triggers().values())
    with pytest.raises(sqlite3.IntegrityError, match="closed vocabulary"):
        store.conn.execute("UPDATE visits SET status = 'okay' WHERE run_id = ?", (run,))
    for status in status_ids():  # every catalogue status passes the trigger
        store.conn.execute("UPDATE visits SET status = ? WHERE run_id = ?", (status, run))


def test_datasette_describes_the_status_columns_from_the_catalogue(tmp_path: Path):
    described = [text for table in metadata(tmp_path / "r.db")["databases"]["r"]["tables"].values()
                 for column, text in table.get("columns", {}).items() if column == "status" and "Liste" in text]
    assert len(described) >= 4
    assert all(text.endswith(", ".join(status_ids())) for text in described)


def test_the_web_app_labels_every_status_from_the_catalogue():
    label = template_environment().filters["status_label"]
    assert [label(s.id) for s in catalogue()] == [s.label for s in catalogue()]
