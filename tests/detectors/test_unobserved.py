"""Loaders in the static view make components 'unobserved' instead of absent."""
from __future__ import annotations

from detectors.engine import aggregate
from detectors.model import Evidence, Match
from detectors.page import PageArtifact

from .conftest import FIXTURES


def detect(engine, name: str, view: str = "static"):
    artifact = PageArtifact("https://www.musterstadt.de/", (FIXTURES / name).read_text("utf-8"), view=view)
    return engine.detect(artifact)


def test_tag_manager_hides_chatbot(engine):
    matches = detect(engine, "loader_gtm.html")
    hidden = engine.unobserved(matches, aggregate(matches))
    assert [f.component for f in hidden] == ["chatbot"]
    assert hidden[0].state == "unobserved" and hidden[0].product == "Google Tag Manager"
    assert hidden[0].evidence and hidden[0].evidence[0].kind == "inline_script"


def test_rendered_site_has_nothing_unobserved(engine):
    matches = detect(engine, "loader_gtm.html")
    assert engine.unobserved(matches, aggregate(matches), rendered=True) == []


def test_loader_seen_in_rendered_view_hides_nothing(engine):
    matches = detect(engine, "loader_gtm.html", view="rendered")
    assert engine.unobserved(matches, aggregate(matches)) == []


def test_present_component_is_not_unobserved(engine):
    matches = detect(engine, "loader_gtm.html")
    chatbot = Match("chatbot", "Userlike", 100, Evidence("https://www.musterstadt.de/x", "script_src", "userlike", "userlike/script_src/0"))
    findings = aggregate(matches + [chatbot])
    assert engine.unobserved(matches + [chatbot], findings) == []


def test_app_shell_hides_everything_not_found(engine):
    matches = detect(engine, "loader_shell.html")
    hidden = {f.component for f in engine.unobserved(matches, aggregate(matches))}
    assert {"imprint", "chatbot", "form_server", "site_search"} <= hidden


def test_plain_page_hides_nothing(engine):
    matches = detect(engine, "legal_pos.html")
    assert engine.unobserved(matches, aggregate(matches)) == []
