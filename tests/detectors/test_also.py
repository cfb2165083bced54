"""A rule's ``also``: every match of the rule counts for further components too, in the one-pass and the
plain engine, under the entry's own rule id; bad entries fail at load time naming file and rule."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from detectors.engine import Engine, aggregate
from detectors.page import PageArtifact
from detectors.rules import RuleError

RULES = [
    {"id": "address", "component": "de_mail", "product": "De-Mail", "excludes": ["closed"],
     "patterns": {"email": ["@(?:[a-z0-9-]+\\.)*de-mail\\.de$"],
                  "text": [{"pattern": "\\bde-mail-postfach\\b", "confidence": 30}]},
     "also": [{"id": "channel", "component": "secure_mailbox", "confidence": 60},
              {"id": "contact", "component": "form_server", "product": None}]},
    {"id": "closed", "component": "de_mail", "patterns": {"text": [{"pattern": "\\babgeschaltet\\b", "confidence": 0}]}},
    {"id": "after-channel", "component": "imprint", "requires": ["channel"], "patterns": {"text": ["\\bimpressum\\b"]}},
]
PAGE = '<p>Unser De-Mail-Postfach: <a href="mailto:post@stadt.de-mail.de">schreiben</a>. Impressum</p>'


def _load(tmp_path: Path, rules: list[dict], one_pass: bool = True) -> Engine:
    (tmp_path / "r.json").write_text(json.dumps({"rules": rules}), "utf-8")
    return Engine.load(tmp_path, one_pass=one_pass)


@pytest.mark.parametrize("one_pass", [True, False])
def test_one_match_counts_for_each_further_component(tmp_path, one_pass):
    engine = _load(tmp_path, RULES, one_pass)
    matches = engine.detect(PageArtifact("https://www.stadt.de/kontakt", f"<html><body>{PAGE}</body></html>"))
    by_id = {m.evidence.pattern_id: m for m in matches}
    email = next(pid.split("/", 1)[1] for pid in by_id if pid.startswith("address/email/"))
    text = next(pid.split("/", 1)[1] for pid in by_id if pid.startswith("address/text/"))
    for own in (email, text):
        address, channel, contact = (by_id[f"{rule}/{own}"] for rule in ("address", "channel", "contact"))
        assert (channel.evidence.kind, channel.evidence.match, channel.evidence.mark) == \
            (address.evidence.kind, address.evidence.match, address.evidence.mark)
        assert (channel.component, channel.product, contact.component, contact.product) == \
            ("secure_mailbox", "De-Mail", "form_server", None)
    assert [by_id[f"{r}/{email}"].confidence for r in ("address", "channel", "contact")] == [100, 60, 100]
    assert [by_id[f"{r}/{text}"].confidence for r in ("address", "channel", "contact")] == [30, 30, 30]  # a cap
    found = {f.component: f.confidence for f in aggregate(matches)}
    assert found == {"de_mail": 100, "secure_mailbox": 90, "form_server": 100, "imprint": 100}


@pytest.mark.parametrize("one_pass", [True, False])
def test_the_rules_conditions_hold_for_its_further_components(tmp_path, one_pass):
    engine = _load(tmp_path, RULES, one_pass)

    def fired(body: str) -> set[str]:
        matches = engine.detect(PageArtifact("https://www.stadt.de/", f"<html><body>{body}</body></html>"))
        return {m.evidence.pattern_id.split("/")[0] for m in matches}

    assert {"address", "channel", "contact", "after-channel"} <= fired(PAGE)
    assert not {"address", "channel", "contact"} & fired(f"{PAGE} abgeschaltet")  # the rule's excludes
    assert fired("<p>Impressum</p>") == set()  # another rule's requires may name an entry
    assert set(engine.rules) == {"address", "channel", "contact", "closed", "after-channel"}
    assert engine.rules["channel"].excludes == ("closed",)


@pytest.mark.parametrize("also,expected", [
    ([{"id": "x2", "component": "secure_mailbx"}], "bad.json rule 'x' at also/0/component: unknown component 'secure_mailbx'"),
    ([{"id": "x2", "component": "secure_mailbox", "confidence": 150}], "bad.json rule 'x' at also/0/confidence: 150"),
    ([{"component": "secure_mailbox"}], "bad.json rule 'x' at also/0: 'id' is a required property"),
    ([{"id": "x2", "component": "secure_mailbox", "confidnce": 60}], "'confidnce' was unexpected"),
    ([], "bad.json rule 'x' at also: [] should be non-empty"),
    ([{"id": "x2", "component": "de_mail"}], "bad.json/x: \"also\" names a component twice"),
    ([{"id": "x2", "component": "imprint"}, {"id": "x3", "component": "imprint"}], "names a component twice"),
    ([{"id": "other", "component": "imprint"}], "bad.json: duplicate rule id other"),
])
def test_bad_also_entries_are_refused(tmp_path, also, expected):
    (tmp_path / "bad.json").write_text(json.dumps({"rules": [
        {"id": "x", "component": "de_mail", "patterns": {"text": ["a"]}, "also": also},
        {"id": "other", "component": "imprint", "patterns": {"text": ["b"]}}]}), "utf-8")
    with pytest.raises(RuleError) as caught:
        Engine.load(tmp_path)
    assert expected in str(caught.value)


def test_the_shipped_de_mail_channel_is_the_address_rules_also(engine):
    """The shipped data uses the field: the secure channel of a De-Mail address is no rule of its own patterns."""
    assert "de-mail-channel" in engine.rules and not any(p.rule_id == "de-mail-channel" for p in engine.patterns)
    channel = {a.pattern_id for p in engine.patterns if p.rule_id == "de-mail-address" for a in p.also}
    assert channel and all(pid.startswith("de-mail-channel/") for pid in channel)
