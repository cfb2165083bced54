"""The scorer against scoring_method.md §7: renormalisation, evidence rule, responsibility, levels."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scoring import MunicipalityContext, Observations, score
from tests.scoring.conftest import ALL_COMPONENTS, BASKET, GEMEINDE, GOOD_CHECKS, LANDKREIS, exemplary, without

GEMEINDE_TIER1 = ("wohnsitz_anmelden", "meldebescheinigung", "melderegisterauskunft", "personalausweis", "reisepass",
                  "fuehrungszeugnis", "gewerbe_anmelden", "hundesteuer", "geburtsurkunde", "briefwahl", "kita_platz")


@pytest.mark.parametrize("status", ["no_website", "dns_error", "timeout", "http_error", "blocked"])
def test_a_failed_visit_never_gets_a_number(model, status):
    result = score(exemplary(status=status), GEMEINDE, model)
    assert result.score is None and result.level is None and result.level_label is None
    assert result.kgst_components is None and result.gut_aufgestellt is None
    assert set(result.dimensions.values()) == {None} and set(result.indicators.values()) == {None}
    assert result.flags["status"] == status
    assert (result.model_version, result.model_hash) == (model.version, model.hash)


def test_kgst_count_uses_the_nine_and_the_presence_threshold(model):
    obs = exemplary(components={"form_server": 100, "epayment": 50, "site_search": 70, "chatbot": 49,
                                "appointment_booking": 100, "imprint": 100})
    result = score(obs, GEMEINDE, model)
    assert result.kgst_components == 3  # chatbot below 50 and appointment booking is not one of the nine
    assert result.gut_aufgestellt is True
    obs.components["epayment"] = 10
    result = score(obs, GEMEINDE, model)
    assert (result.kgst_components, result.gut_aufgestellt) == (2, False)


def test_unobservable_indicators_are_renormalised_away_not_zero(model):
    result = score(exemplary(components={"council_info": 100, "imprint": 100}), GEMEINDE, model)
    for unobservable in ("B4", "C1", "C6", "D3", "D5", "E6"):
        assert result.indicators[unobservable] is None
    # D1 25 of the observable D weight 25 + 25 + 15 + 10 (D3 and D5 cannot be observed yet)
    assert result.dimensions["D"] == pytest.approx(100 * 25 / 75, abs=0.01)
    full = score(exemplary(), GEMEINDE, model)
    assert full.dimensions["B"] == full.dimensions["C"] == full.dimensions["D"] == full.dimensions["E"] == 100


def test_dimension_with_too_little_evidence_gets_no_level(model):
    result = score(exemplary(checks={}), GEMEINDE, model)
    # E: only E1 (20) and E2 (25) measured of the observable 95 -> 47 % < 70 %
    assert result.flags["insufficient_evidence"] == ["E"]
    assert result.flags["evidence_share"]["E"] == pytest.approx(45 / 95, abs=1e-4)
    assert result.dimensions["E"] is None
    assert result.level is None and result.level_label == "n/a" and result.dqd_label is None
    weights = {"A": 35, "B": 15, "C": 15, "D": 10}
    expected = sum(w * result.dimensions[d] for d, w in weights.items()) / sum(weights.values())
    assert result.score == pytest.approx(expected, abs=0.01)


def test_unknown_is_not_absent(model):
    not_rendered = score(exemplary(rendered=False), GEMEINDE, model)
    assert not_rendered.indicators["C5"] is None  # a chatbot is injected by script: unknown without rendering
    assert not_rendered.dimensions["C"] == 100
    assert not_rendered.flags["evidence_share"]["C"] == pytest.approx(55 / 65, abs=1e-4)
    # a newsletter loader that could not run: C4 is scored on its two measured subchecks
    unobserved = score(without(exemplary(unobserved={"newsletter"}), "newsletter"), GEMEINDE, model)
    assert unobserved.indicators["C4"] == 1.0 and unobserved.dimensions["C"] == 100
    # the Mängelmelder unknown: 20 of C's observable 65 unmeasured is more than 30 %
    thin = score(without(exemplary(unobserved={"issue_reporting"}), "issue_reporting"), GEMEINDE, model)
    assert thin.indicators["C2"] is None and thin.flags["insufficient_evidence"] == ["C"] and thin.level is None


def test_gemeinde_is_not_penalised_for_kreis_services(model):
    offered = score(exemplary(), GEMEINDE, model)
    obs = exemplary()
    for sid in ("kfz_zulassung", "wohngeld", "baugenehmigung", "bewohnerparkausweis"):
        obs.services[sid] = 0
    assert score(obs, GEMEINDE, model).indicators["A1"] == offered.indicators["A1"] == 1.0
    assert set(offered.flags["not_applicable_services"]) == {"kfz_zulassung", "wohngeld", "baugenehmigung",
                                                             "bewohnerparkausweis"}


def test_a1_weights_tiers_and_caps_at_the_ceiling(model):
    # Gemeinde: 11 tier-1 services (weight 3) + Sperrmüll (tier 2, weight 2) = 35
    only_wohnsitz = score(exemplary(services={"wohnsitz_anmelden": 3}), GEMEINDE, model)
    assert only_wohnsitz.indicators["A1"] == pytest.approx(3 / 35, abs=1e-4)
    # Personalausweis at its ceiling L2 counts in full
    only_ausweis = score(exemplary(services={"personalausweis": 2}), GEMEINDE, model)
    assert only_ausweis.indicators["A1"] == pytest.approx(3 / 35, abs=1e-4)


def test_landkreis_is_scored_on_kreis_services_only(model):
    obs = exemplary(services={"kfz_zulassung": 3, "wohngeld": 3, "baugenehmigung": 1, "wohnsitz_anmelden": 3})
    result = score(obs, LANDKREIS, model)
    # Bewohnerparkausweis 3 + Kfz 3 + Wohngeld 2 + Baugenehmigung 2 + Sperrmüll 2 = 12
    assert result.indicators["A1"] == pytest.approx((3 + 2 + 2 / 3) / 12, abs=1e-4)
    assert "wohnsitz_anmelden" in result.flags["not_applicable_services"]
    assert (result.flags["di5_online"], result.flags["di5_applicable"]) == (2, 3)


def test_grosse_kreisstadt_answers_for_baugenehmigung(model):
    gks = MunicipalityContext("08115045", "Musterbach", "Große Kreisstadt", "gemeinde", 40_000, "08")
    flags = score(exemplary(), gks, model).flags
    assert "baugenehmigung" not in flags["not_applicable_services"]
    assert "kfz_zulassung" in flags["not_applicable_services"]


def test_unknown_municipality_type_gets_no_level(model):
    other = MunicipalityContext("1", "Amt Irgendwo", "Amt", "gemeinde")
    result = score(exemplary(), other, model)
    assert result.indicators["A1"] is None
    assert result.flags["unknown_municipality_type"] == "Amt"
    assert result.level is None and "A" in result.flags["insufficient_evidence"]


def test_everything_observable_is_level_4(model):
    result = score(exemplary(), GEMEINDE, model)
    assert (result.level, result.level_label, result.dqd_label) == (4, "Vorbild", "Wir sind Vorbild")
    assert result.flags["online_rate"] == 1.0


@pytest.mark.parametrize("change, blocker", [
    (lambda o: without(o, "eid"), "B2 >= 1"),
    # E4 = (2·https + 1·security headers) / 3 = 2/3 < 0.7
    (lambda o: o.checks.update(security_headers=0.0) or o, "E4 >= 0.7"),
    # E2 = accessibility statement 3 of 5 without Leichte Sprache and DGS
    (lambda o: without(o, "easy_language", "sign_language"), "E2 >= 0.8"),
    (lambda o: o.checks.update(trackers_before_consent=0.75) or o, "E3 >= 1"),
])
def test_each_level_4_condition_holds_back_to_level_3(model, change, blocker):
    result = score(change(exemplary()), GEMEINDE, model)
    assert (result.level, result.level_label) == (3, "Transaktion")
    assert result.flags["level_blockers"] == [blocker]


def test_weakest_link_without_an_account_stays_at_level_2(model):
    result = score(without(exemplary(), "service_account"), GEMEINDE, model)
    assert result.score >= 60  # every other level-3 condition holds
    assert (result.level, result.level_label, result.dqd_label) == (2, "Interaktion", "Wir sind aktiv")
    assert result.flags["level_blockers"] == ["B1 >= 1"]


def _services(at_l3: int) -> dict[str, int]:
    """Gemeinde tier-1 services: the first `at_l3` (after the two ID documents) at L3, the rest at L2."""
    services = {s: 2 for s in BASKET}
    for sid in [s for s in GEMEINDE_TIER1 if s not in ("personalausweis", "reisepass")][:at_l3]:
        services[sid] = 3
    return services


def test_online_rate_threshold_of_level_3_counts_id_documents_at_their_ceiling(model):
    # 4 at L3 + Personalausweis and Reisepass at their ceiling L2 = 6 of 11 = 55 % >= 50 %
    six = score(exemplary(services=_services(4)), GEMEINDE, model)
    assert six.flags["online_rate"] == pytest.approx(6 / 11, abs=1e-4)
    assert six.level == 3 and six.dqd_label == "Wir setzen Zeichen"
    assert "online_rate >= 0.8" in six.flags["level_blockers"]
    five = score(exemplary(services=_services(3)), GEMEINDE, model)
    assert five.flags["online_rate"] == pytest.approx(5 / 11, abs=1e-4)
    assert five.level == 2 and five.flags["level_blockers"] == ["online_rate >= 0.5"]


def test_accessibility_statement_is_required_for_level_2(model):
    result = score(without(exemplary(), "accessibility_statement"), GEMEINDE, model)
    assert (result.level, result.level_label) == (1, "Information")
    assert "component:accessibility_statement >= 1" in result.flags["level_blockers"]


@pytest.mark.parametrize("change", [
    lambda o: without(o, "imprint"),
    lambda o: without(o, "privacy_policy"),
    lambda o: o.checks.update(https=0.0) or o,
])
def test_baseline_gates_give_level_0(model, change):
    result = score(change(exemplary()), GEMEINDE, model)
    assert result.score > 80
    assert (result.level, result.level_label, result.dqd_label) == (0, "Unzureichend", None)


def test_an_unmeasurable_gate_is_not_passed(model):
    obs = exemplary()
    del obs.checks["https"]
    result = score(obs, GEMEINDE, model)
    assert result.level == 0
    assert result.flags["unverified_conditions"] == ["check:https > 0"]


def test_information_only_site_is_level_1(model):
    obs = exemplary(components={c: 100 for c in ("imprint", "privacy_policy", "accessibility_statement")},
                    services={s: 1 for s in BASKET})
    result = score(obs, GEMEINDE, model)
    # A1 = (9·3·1/3 + 2·3·1/2 + 2·1/3) / 35; A = 55 % of it. E = (20 + 25·3/5 + 20 + 20 + 10) / 95.
    a = 55 * (9 + 3 + 2 / 3) / 35
    e = 100 * 85 / 95
    assert result.dimensions["A"] == pytest.approx(a, abs=0.01)
    assert result.dimensions["E"] == pytest.approx(e, abs=0.01)
    assert result.score == pytest.approx((35 * a + 25 * e) / 100, abs=0.01)
    assert (result.level, result.level_label, result.dqd_label) == (1, "Information", None)
    assert "score >= 40" in result.flags["level_blockers"]


def test_to_dict_is_plain_data(model):
    d = score(exemplary(), GEMEINDE, model).to_dict()
    assert d["level"] == 4 and d["model_version"] == "1.0.0" and isinstance(d["flags"], dict)


COMPONENT_IDS = st.sampled_from(sorted(ALL_COMPONENTS))
observations = st.builds(
    Observations,
    status=st.sampled_from(["ok", "ok", "ok", "timeout", "no_website"]),
    components=st.dictionaries(COMPONENT_IDS, st.integers(0, 100)),
    unobserved=st.sets(COMPONENT_IDS, max_size=3),
    services=st.dictionaries(st.sampled_from(BASKET), st.integers(0, 3)),
    checks=st.dictionaries(st.sampled_from(sorted(GOOD_CHECKS)), st.one_of(st.none(), st.floats(0, 1))),
    pages=st.integers(0, 200),
    rendered=st.booleans(),
)
municipalities = st.sampled_from([GEMEINDE, LANDKREIS, MunicipalityContext("1", "K", "Kreisfreie Stadt", "gemeinde"),
                                  MunicipalityContext("2", "S", "Stadt", "gemeinde")])


@settings(max_examples=150, deadline=None)
@given(observations, municipalities)
def test_invariants(model, obs, muni):
    result = score(obs, muni, model)
    if obs.status != "ok":
        assert result.score is None and result.level is None and result.kgst_components is None
        return
    assert 0 <= result.kgst_components <= 9
    assert result.gut_aufgestellt == (result.kgst_components >= 3)
    assert result.score is not None and 0 <= result.score <= 100
    assert all(v is None or 0 <= v <= 100 for v in result.dimensions.values())
    assert all(v is None or 0 <= v <= 1 for v in result.indicators.values())
    if result.flags["insufficient_evidence"]:
        assert result.level is None and result.level_label == "n/a"
    else:
        assert result.level in range(5) and result.level_label == model.levels[result.level].label
    assert score(obs, muni, model) == result  # pure: same input, same output
