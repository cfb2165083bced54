"""Issue 13: one result document per visit, pinned by golden JSON from a real crawl of the simulated web.

The golden files were written by a crawl of three farm sites (a rich site, a plain one, a blocked one);
volatile fields (timestamps, row ids, the model's hash) are normalised. After an intended change of the
document, rewrite them with ``REIFEGRAD_GOLDEN=update`` and review the diff like code.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from output.result import load
from output.statuses import by_id
from tests.support import crawl, reifegrad

GOLDEN = Path(__file__).parent / "golden"
SITES = {"rich": "12390", "plain": "05490001", "blocked": "03793973"}
VOLATILE = {"finished_at", "visit_id", "run_id", "previous_run_id", "hash", "model_hash"}


def normalised(value):
    if isinstance(value, dict):
        return {k: "<volatile>" if k in VOLATILE and v is not None else normalised(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalised(v) for v in value]
    return value


@pytest.fixture(scope="module")
def three_sites(tmp_path_factory, farm_proxy, farm_files):
    db = tmp_path_factory.mktemp("golden") / "reifegrad.db"
    crawl(farm_files[0], db, farm_proxy, "--no-render", "--ags", *SITES.values())
    return db


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(SITES))
def test_result_document_matches_golden(three_sites, name):
    doc = normalised(json.loads(reifegrad("result", "--db", str(three_sites), SITES[name], "--json").stdout))
    path = GOLDEN / f"result_{name}.json"
    if os.environ.get("REIFEGRAD_GOLDEN") == "update":
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n", "utf-8")
    assert doc == json.loads(path.read_text("utf-8"))


@pytest.mark.slow
def test_blocked_visit_is_unknown_everywhere_with_reason_and_advice(three_sites):
    doc = load(three_sites, SITES["blocked"])
    blocked = by_id()["blocked"]
    assert doc["visit"]["status"] == "blocked" and doc["score"]["score"] is None
    assert {c["state"] for c in doc["components"]} == {"unknown"}
    assert doc["visit"]["reason"] == blocked.explanation and doc["visit"]["advice"] == blocked.advice
    assert doc["recommendations"] == [] and doc["rank"]["position"] is None
    text = reifegrad("result", "--db", str(three_sites), SITES["blocked"]).stdout
    assert blocked.advice in text and "vorhanden" not in text and "nicht gefunden" not in text


@pytest.mark.slow
def test_a_present_component_carries_evidence_and_no_advice_is_worth_nothing(three_sites):
    doc = load(three_sites, SITES["rich"])
    present = [c for c in doc["components"] if c["state"] == "present"]
    assert present and all(c["evidence"] and c["evidence"][0]["url"].startswith("http") for c in present)
    assert all(r["weight"] > 0 for r in doc["recommendations"])
    scored = [i for i in doc["indicators"] if i["points"] is not None]
    assert scored and all(0 <= i["points"] <= i["weight"] for i in scored)


def test_unknown_municipality_is_one_line(tmp_path, farm_files):
    from output.store import Store

    Store(tmp_path / "empty.db").close()
    proc = reifegrad("result", "--db", str(tmp_path / "empty.db"), "99999999", check=False)
    assert proc.returncode != 0 and "no finished visit of 99999999" in proc.stderr and "Traceback" not in proc.stderr


def test_text_view_keeps_its_columns_for_the_longest_label():
    """`reifegrad result`: every component's state starts in one column, also after the longest label
    ('Verwaltungspostfach / sichere Kommunikation' is longer than the 36 characters the others fit in)."""
    from output.result_text import render

    text = (GOLDEN / "result_rich.json").read_text("utf-8").replace('"<volatile>"', '"2026-12-01T01:00:00+00:00"')
    doc = json.loads(text)
    lines = render(doc).splitlines()
    block = lines[lines.index("Bausteine:") + 1:]
    starts = {line.index(c["state_label"], len(c["label"]) + 2) for c in doc["components"]
              for line in block if line.startswith(f"  {c['label']} ")}
    assert len(starts) == 1 and max(len(c["label"]) for c in doc["components"]) > 36, starts
