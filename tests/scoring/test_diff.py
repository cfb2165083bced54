"""model diff: what a weight change does to the population (scoring_method.md §7.2 sensitivity, §8.4)."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from scoring import MunicipalityContext, format_diff, load_model, lognormal_score, model_diff
from scoring.diff import spearman
from scoring.model import DEFAULT_MODEL
from tests.scoring.conftest import BASKET, exemplary

E_ONLY = MunicipalityContext("01", "Nur-Basis", "Gemeinde", "gemeinde")
A_ONLY = MunicipalityContext("02", "Nur-Angebot", "Gemeinde", "gemeinde")
ALL = MunicipalityContext("03", "Vorbildstadt", "Gemeinde", "gemeinde")
FAILED = MunicipalityContext("04", "Offline", "Gemeinde", "gemeinde")


@pytest.fixture
def equal_weights(tmp_path: Path):
    """§7.2's sensitivity variant: all five dimensions at 20."""
    data = yaml.safe_load(DEFAULT_MODEL.read_text("utf-8"))
    data["version"] = "2.0.0"
    for dim in data["dimensions"].values():
        dim["weight"] = 20
    path = tmp_path / "v2.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    return load_model(path)


def population():
    e_only = exemplary(components={c: 100 for c in ("imprint", "privacy_policy", "accessibility_statement",
                                                    "easy_language", "sign_language")}, services={})
    a_only = exemplary(components={"site_search": 100, "appointment_booking": 100},
                       services={s: 3 for s in BASKET}, checks={c: 0.0 for c in exemplary().checks})
    return [(E_ONLY, e_only), (A_ONLY, a_only), (ALL, exemplary()), (FAILED, exemplary(status="dns_error"))]


def test_equal_weights_diff(model, equal_weights):
    diff = model_diff(model, equal_weights, population())
    a = 55 + 15 + 15 + 15 * lognormal_score(16, 10, 4)  # dimension A of A_ONLY; every other dimension 0
    e_change = 20 - 25  # E_ONLY: only E at 100
    a_change = 20 * a / 100 - 35 * a / 100
    assert diff.n == 3  # the failed visit has no score under either model
    assert diff.largest_movers[0][:2] == ("02", "Nur-Angebot")
    assert diff.largest_movers[0][2] == pytest.approx(35 * a / 100, abs=0.01)
    assert diff.largest_movers[0][3] == pytest.approx(20 * a / 100, abs=0.01)
    assert diff.largest_movers[1][:2] == ("01", "Nur-Basis")
    all_change = diff.largest_movers[2][3] - diff.largest_movers[2][2]
    assert diff.mean_change == pytest.approx((e_change + a_change + all_change) / 3, abs=0.02)
    # old order E_ONLY < A_ONLY < ALL, new A_ONLY < E_ONLY < ALL: one swapped pair of three
    assert diff.rank_correlation == pytest.approx(0.5)
    assert diff.level_changes == {"0→0": 2, "4→4": 1, "n/a→n/a": 1}
    text = format_diff(diff)
    assert "1.0.0 → 2.0.0" in text and "Nur-Angebot" in text and "0.500" in text


def test_same_model_changes_nothing(model):
    diff = model_diff(model, model, population())
    assert diff.mean_change == 0 and diff.median_change == 0 and diff.rank_correlation == 1.0


def test_spearman_with_ties():
    assert spearman([1, 2, 3, 4], [10, 20, 30, 40]) == 1.0
    assert spearman([1, 2, 3, 4], [4, 3, 2, 1]) == -1.0
    # ranks x = 1, 2.5, 2.5, 4 against 1, 2, 3, 4: 4.5 / sqrt(4.5 · 5)
    assert spearman([1, 2, 2, 3], [1, 2, 3, 4]) == pytest.approx(4.5 / (4.5 * 5) ** 0.5, abs=1e-4)
    assert spearman([1], [1]) is None and spearman([1, 1], [1, 2]) is None
