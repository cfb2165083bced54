"""Issue 12: one active scoring model per database; views never mix versions; rescore goes back."""
from __future__ import annotations

import pytest

from tests.support import REPO, crawl, q, reifegrad
from output.result import load as load_result

V1 = REPO / "scoring" / "models" / "v1.yaml"
OPTS = ("--no-render", "--per-site", "1", "--max-pages", "15")  # --per-site 1: an unchanged site crawls alike


def write_v2(path) -> None:
    """v1 with other dimension weights and a major version: a different model."""
    text = V1.read_text(encoding="utf-8").replace("version: 1.0.0", "version: 2.0.0")
    text = text.replace("A: {name: E-Government-Angebot, weight: 35}", "A: {name: E-Government-Angebot, weight: 10}")
    text = text.replace("E: {name: Basisqualität & Rechtskonformität, weight: 25}",
                        "E: {name: Basisqualität & Rechtskonformität, weight: 50}")
    assert text.count("weight: 50}") == 1
    path.write_text(text, encoding="utf-8")


def versions(db) -> set:
    return {r[0] for r in q(db, "SELECT model_version FROM latest_scores WHERE status = 'ok'")}


@pytest.mark.slow
def test_model_use_crawl_use_back_rescore(tmp_path, farm_proxy, farm_files, small_ags):
    db, v2 = tmp_path / "m.db", tmp_path / "v2.yaml"
    write_v2(v2)
    crawl(farm_files[0], db, farm_proxy, *OPTS, "--ags", *small_ags)  # a new database: the bundled v1 is active
    assert versions(db) == {"1.0.0"}
    first = dict(q(db, "SELECT ags, score FROM latest_scores WHERE status = 'ok'"))

    assert "active model is now 2.0.0" in reifegrad("model", "use", str(v2), "--db", str(db)).stdout
    assert versions(db) == {None}  # not scored with v2 yet: no score rather than a v1 score beside v2 ones
    crawl(farm_files[0], db, farm_proxy, *OPTS, "--ags", *small_ags[:2])
    assert versions(db) == {"2.0.0", None}  # never 1.0.0 beside 2.0.0

    assert "active model is now 1.0.0" in reifegrad("model", "use", str(V1), "--db", str(db)).stdout
    assert "score rows added" in reifegrad("rescore", "--db", str(db)).stdout
    assert versions(db) == {"1.0.0"}
    assert dict(q(db, "SELECT ags, score FROM latest_scores WHERE status = 'ok'")) == first
    for ags in small_ags[:2]:  # the same unchanged site under the same model: no change from the model alone
        history = q(db, "SELECT score, model_version FROM score_history WHERE ags = ? ORDER BY visit_id", ags)
        if history[0][0] is not None:
            assert history == [history[0]] * 2, history
    changes = q(db, "SELECT score_delta FROM changes_since_previous WHERE status = 'ok'")
    assert changes and all(d == 0 for (d,) in changes)

    listed = reifegrad("model", "list", "--db", str(db)).stdout.splitlines()
    assert [line[:9] for line in listed] == ["* 1.0.0  ", "  2.0.0  "], listed
    reifegrad("report", "--db", str(db), "--out", str(tmp_path / "report"))
    index = (tmp_path / "report" / "index.html").read_text(encoding="utf-8")
    assert "Bewertungsmodell reifegrad Außenperspektive 1.0.0" in index and "2.0.0" not in index

    reifegrad("rescore", "--db", str(db), "--model", str(v2))  # and forward again, by file
    assert versions(db) == {"2.0.0"}
    result = load_result(db, small_ags[0])  # the web app's result page names the model of its score
    assert result["model"]["version"] == "2.0.0" and result["score"]["model_version"] == "2.0.0"
