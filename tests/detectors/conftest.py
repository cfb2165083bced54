"""Shared fixtures: one compiled engine per test session (compiling is the expensive part)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from detectors.engine import Engine, aggregate
from detectors.model import Finding
from detectors.page import PageArtifact

FIXTURES = Path(__file__).with_name("fixtures")


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine.load()


def findings(engine: Engine, html: str, url: str = "https://www.musterstadt.de/seite",
             site: str | None = None) -> dict[str, Finding]:
    """The site-level findings of one page, by component."""
    return {f.component: f for f in aggregate(engine.detect(PageArtifact(url, html), site_domain=site))}


def load_cases() -> list[dict]:
    return json.loads((FIXTURES / "cases.json").read_text("utf-8"))["cases"]
