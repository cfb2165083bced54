"""Every rule against a positive and a negative fixture page (fixtures/cases.json)."""
from __future__ import annotations

import pytest

from detectors.engine import Engine, aggregate
from detectors.page import PageArtifact, parse_page

from .conftest import FIXTURES, load_cases

CASES = load_cases()


def run_case(engine: Engine, case: dict):
    artifact = PageArtifact(
        url=case["url"], html=(FIXTURES / case["file"]).read_text("utf-8"), view=case.get("view", "static"),
        requests=tuple(case.get("requests", ())), js_globals=tuple(case.get("js_globals", ())),
        cookies=tuple(case.get("cookies", ())), headers=case.get("headers", {}),
    )
    matches = engine.detect(artifact, parse_page(artifact), site_domain=case.get("site_domain"))
    return matches, {f.component: f for f in aggregate(matches, engine.threshold)}


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_case(engine, case):
    matches, findings = run_case(engine, case)
    fired = {m.evidence.pattern_id.split("/", 1)[0] for m in matches}
    for component in case.get("expect_present", ()):
        assert component in findings, f"{component} not found; matches: {sorted(fired)}"
    for component in case.get("expect_absent", ()):
        assert component not in findings, f"{component} found: {findings.get(component)}"
    missing = set(case.get("expect_rules", ())) - fired
    assert not missing, f"rules that should fire but did not: {sorted(missing)}"
    wrong = set(case.get("absent_rules", ())) & fired
    assert not wrong, f"rules that fired on a near miss: {[m for m in matches if m.evidence.pattern_id.split('/')[0] in wrong]}"
    for component, product in case.get("expect_product", {}).items():
        assert findings[component].product == product


def test_every_rule_has_a_positive_and_a_negative_case(engine):
    positive = {r for c in CASES for r in c.get("expect_rules", ())}
    negative = {r for c in CASES for r in c.get("absent_rules", ())}
    rules = set(engine.rules)
    assert rules - positive == set(), "rules without a positive fixture"
    assert rules - negative == set(), "rules without a negative fixture"
    assert positive | negative <= rules, "cases name rules that do not exist"


def test_every_component_has_rules(engine):
    from detectors.model import component_ids
    covered = {r.component for r in engine.rules.values()}
    assert set(component_ids()) <= covered


def test_evidence_is_short_and_points_at_the_page(engine):
    for case in CASES:
        matches, _ = run_case(engine, case)
        for m in matches:
            assert len(m.evidence.match) <= 200
            assert m.evidence.url == case["url"]
            assert m.evidence.view in ("static", "rendered", "network")


def test_network_kinds_report_the_network_view(engine):
    case = next(c for c in CASES if c["file"] == "chat_pos.html")
    matches, _ = run_case(engine, case)
    views = {m.evidence.kind: m.evidence.view for m in matches}
    assert views["js_global"] == "network" and views["requests"] == "network"
    assert views["script_src"] == "rendered"
