"""The fingerprint files follow one schema: every file validates, and a typo fails with file and key named."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from detectors.engine import Engine
from detectors.page import PageArtifact
from detectors.rules import DEFAULT_DIR, RuleError
from detectors.schema import schema_errors, validator

README = Path(__file__).resolve().parents[2] / "detectors" / "README.md"
RULE_FILES = sorted(DEFAULT_DIR.rglob("*.json"))


def violations(directory: Path) -> list[str]:
    """What the suite reports for a directory of rule files (``_``-files hold other data and are skipped)."""
    found = []
    for path in sorted(directory.rglob("*.json")):
        if not path.name.startswith("_"):
            found += schema_errors(json.loads(path.read_text("utf-8")), path.relative_to(directory).as_posix())
    return found


def test_every_rule_file_validates():
    assert len(RULE_FILES) > 10
    assert violations(DEFAULT_DIR) == []


def _write(directory: Path, rules: list[dict], name: str = "bad.json") -> Path:
    path = directory / name
    path.write_text(json.dumps({"rules": rules}), "utf-8")
    return path


def test_a_misspelt_key_is_named_with_its_file(tmp_path):
    _write(tmp_path, [{"id": "ok", "component": "imprint", "patterns": {"link_text": ["^impressum$"]}},
                      {"id": "typo", "component": "imprint",
                       "patterns": {"link_text": [{"pattern": "^imprint$", "confidnce": 60}]}}])
    (report,) = violations(tmp_path)
    assert "bad.json" in report and "'typo'" in report and "confidnce" in report
    with pytest.raises(RuleError, match=r"bad\.json rule 'typo' at patterns/link_text/0: .*'confidnce'"):
        Engine.load(tmp_path)


@pytest.mark.parametrize("rule,expected", [
    ({"id": "x", "component": "imprint", "requries": ["y"], "patterns": {"text": ["a"]}}, "'requries' was unexpected"),
    ({"id": "x", "component": "imprnt", "patterns": {"text": ["a"]}}, "unknown component 'imprnt'"),
    ({"id": "x", "component": "imprint", "hides": ["chatbto"], "patterns": {"text": ["a"]}}, "unknown component 'chatbto'"),
    ({"id": "x", "component": "imprint", "patterns": {"link_txt": ["a"]}}, "'link_txt' was unexpected"),
    ({"id": "x", "component": "imprint", "patterns": {"text": ["impressum\\;confidence:60"]}}, "Wappalyzer tag"),
    ({"id": "x", "component": "imprint", "patterns": {"text": [{"pattern": "a", "confidence": 150}]}}, "150"),
    ({"id": "x", "component": "imprint", "patterns": {"text": [{"pattern": "a", "site": "offsite"}]}}, "'site' was unexpected"),
    ({"id": "x", "component": "imprint", "patterns": {"link_text": [{"pattern": "a", "text": "b"}]}}, "'text' was unexpected"),
    ({"id": "x", "component": "imprint", "patterns": {"dom": [{"css": "a", "xpath": "//a"}]}}, "is valid under each"),
])
def test_bad_rules_are_rejected(tmp_path, rule, expected):
    _write(tmp_path, [rule])
    with pytest.raises(RuleError) as caught:
        Engine.load(tmp_path)
    assert expected in str(caught.value) and "bad.json" in str(caught.value)


def test_the_component_enum_is_the_catalogue():
    enum = set(validator().schema["$defs"]["component"]["enum"])
    assert {"form_server", "imprint", "cms", "loader"} <= enum and "imprnt" not in enum


def _ids(tmp_path: Path, entries: list) -> list[str]:
    _write(tmp_path, [{"id": "r", "component": "imprint", "patterns": {"link_text": entries}}], "r.json")
    return [p.id for p in Engine.load(tmp_path).patterns]


def test_pattern_ids_survive_an_inserted_pattern(tmp_path):
    before = _ids(tmp_path, ["^impressum$", {"pattern": "^imprint$", "confidence": 60}])
    after = _ids(tmp_path, ["^anbieterkennzeichnung$", "^impressum$", {"pattern": "^imprint$", "confidence": 60}])
    assert set(before) < set(after) and len(after) == 3
    assert all(re.fullmatch(r"r/link_text/[0-9a-f]{8}", i) for i in after)
    assert _ids(tmp_path, [{"pattern": "^impressum$", "id": "exact"}]) == ["r/link_text/exact"]


def test_the_same_regex_twice_needs_an_explicit_id(tmp_path):
    twice = [{"pattern": "impressum", "confidence": 60}, {"pattern": "impressum", "confidence": 30, "site": "onsite"}]
    with pytest.raises(RuleError, match="explicit"):
        _ids(tmp_path, twice)
    assert len(_ids(tmp_path, [twice[0], {**twice[1], "id": "onsite"}])) == 2


def test_dom_rules_match_on_the_parsed_tree(tmp_path):
    _write(tmp_path, [{"id": "frame", "component": "form_server", "patterns": {"dom": [
        {"css": "iframe#xm-form", "confidence": 60},
        {"xpath": "//div[re:test(@class, '\\bchatbot\\b', 'i')]", "confidence": 40}]}}], "d.json")
    engine = Engine.load(tmp_path)
    html = '<p>id="xm-form"</p><iframe ID="xm-form" src="/f"></iframe><div class="x ChatBot"></div>'
    found = {m.confidence: m.evidence for m in engine.detect(PageArtifact("https://www.m.de/", html))}
    assert found[60].match == '<iframe id="xm-form" src="/f">' and found[60].kind == "dom"
    assert found[40].match == '<div class="x ChatBot">'
    assert engine.detect(PageArtifact("https://www.m.de/", '<p>iframe id="xm-form" class="chatbot"</p>')) == []


@pytest.mark.parametrize("entry", [{"css": "div[["}, {"xpath": "//div["}, {"xpath": "nonsense(//a)"}])
def test_a_bad_selector_fails_at_load_time(tmp_path, entry):
    _write(tmp_path, [{"id": "x", "component": "imprint", "patterns": {"dom": [entry]}}])
    with pytest.raises(RuleError, match="bad selector"):
        Engine.load(tmp_path)


def test_the_readme_specifies_every_field():
    """detectors/README.md has a table row for every key the schema allows (and no row for a key it lacks)."""
    keys: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for name, value in node.items():
                if name == "properties":
                    keys.update(value)
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(validator().schema)
    documented = set(re.findall(r"^\| `([a-z_]+)`", README.read_text("utf-8"), re.MULTILINE))
    assert documented == keys
