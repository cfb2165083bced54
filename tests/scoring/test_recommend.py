"""Recommendations: missing components ranked by the points the model would give them, with peer counts."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from scoring import recommend, score
from scoring.recommend import recommendation_texts
from tests.scoring.conftest import GEMEINDE, exemplary, without

REPO = Path(__file__).resolve().parents[2]


def test_ranked_by_points_they_would_add(model):
    obs = without(exemplary(), "service_account", "eid", "de_mail")
    recs = recommend(score(obs, GEMEINDE, model), obs, model, {"eid": (12, 40)})
    assert [r.component for r in recs] == ["service_account", "eid", "de_mail"]
    # B observable weight 85; B1 30, B2 25 -> dimension points · 15 % of the overall score.
    # De-Mail adds nothing: B5 is already met by the secure mailbox.
    assert [r.weight for r in recs] == [pytest.approx(15 * 30 / 85, abs=0.01),
                                        pytest.approx(15 * 25 / 85, abs=0.01), 0.0]
    eid = recs[1]
    assert (eid.peers_with, eid.peers_total) == (12, 40)
    assert (recs[0].peers_with, recs[0].peers_total) == (None, None)
    assert recs[0].label == "Servicekonto / Nutzerkonto" and "BundID" in recs[0].text


def test_unknown_components_are_not_called_missing(model):
    obs = without(exemplary(rendered=False, unobserved={"open_data"}), "open_data", "chatbot", "geoportal")
    assert [r.component for r in recommend(score(obs, GEMEINDE, model), obs, model)] == ["geoportal"]


def test_a_failed_visit_gets_no_advice(model):
    obs = exemplary(status="timeout", components={})
    assert recommend(score(obs, GEMEINDE, model), obs, model) == []


def test_every_scored_component_has_a_german_text(model):
    catalogue = json.loads((REPO / "detectors" / "components.json").read_text("utf-8"))
    texts = recommendation_texts()
    scored = {c["id"] for c in catalogue["components"] if not c.get("informative")}
    assert set(texts) == scored
    for c in catalogue["components"]:
        if c["id"] in texts:
            assert texts[c["id"]]["label"] == c["label"] and texts[c["id"]]["text"]
