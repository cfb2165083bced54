"""A rule's ``silences``: where it counts, it drops the page's matches of the components and kinds it lists (a page
genre silences phrases, not hosts), without the silenced rules naming it; it counts only where its own
``requires`` and ``excludes`` let its matches count, and both engines agree; a kind that is no kind fails at load time."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from detectors.engine import Engine
from detectors.page import PageArtifact
from detectors.rules import RuleError

RULES = [
    {"id": "offer", "component": "council_info",
     "patterns": {"text": ["\\bratsinformationssystems?\\b"], "link_href": ["^ris\\.stadt\\.de/"]}},
    {"id": "genre", "component": "genre", "requires": ["title"], "excludes": ["running"],
     "silences": {"kinds": ["text"], "components": ["council_info"]},
     "patterns": {"text": ["\\bihre aufgaben\\b"]}},
    {"id": "title", "component": "genre", "patterns": {"text": ["\\(m/w/d\\)"]}},
    {"id": "running", "component": "genre", "patterns": {"text": ["\\bbestehenden\\b"]}},
]
LINK = '<a href="https://ris.stadt.de/bi">Sitzungen</a>'


def _fired(tmp_path: Path, body: str, one_pass: bool) -> set[str]:
    (tmp_path / "r.json").write_text(json.dumps({"rules": RULES}), "utf-8")
    engine = Engine.load(tmp_path, one_pass=one_pass)
    matches = engine.detect(PageArtifact("https://www.stadt.de/stellen", f"<html><body>{body}</body></html>"))
    return {f"{m.evidence.pattern_id.split('/')[0]}/{m.evidence.kind}" for m in matches}


@pytest.mark.parametrize("one_pass", [True, False])
def test_a_genre_silences_the_text_but_not_the_link(tmp_path, one_pass):
    job = "<p>Referent (m/w/d). Ihre Aufgaben: Betreuung des Ratsinformationssystems.</p>"
    assert _fired(tmp_path, job + LINK, one_pass) == {"offer/link_href", "genre/text", "title/text"}


@pytest.mark.parametrize("one_pass", [True, False])
def test_a_genre_counts_only_with_its_own_conditions(tmp_path, one_pass):
    no_title = "<p>Ihre Aufgaben: Betreuung des Ratsinformationssystems.</p>"
    assert "offer/text" in _fired(tmp_path, no_title, one_pass)  # requires unmet: no genre, the phrase stays
    running = "<p>Referent (m/w/d). Ihre Aufgaben: Betreuung des bestehenden Ratsinformationssystems.</p>"
    assert "offer/text" in _fired(tmp_path, running, one_pass)  # the genre's own excludes: not silenced


def test_silences_names_kinds(tmp_path):
    (tmp_path / "bad.json").write_text(json.dumps({"rules": [
        {"id": "x", "component": "genre", "silences": {"kinds": ["txt"], "components": ["council_info"]},
         "patterns": {"text": ["a"]}}]}), "utf-8")
    with pytest.raises(RuleError, match="silences"):
        Engine.load(tmp_path)
