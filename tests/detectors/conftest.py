"""Shared fixtures: one compiled engine per test session (compiling is the expensive part)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from detectors.engine import Engine

FIXTURES = Path(__file__).with_name("fixtures")


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine.load()


def load_cases() -> list[dict]:
    return json.loads((FIXTURES / "cases.json").read_text("utf-8"))["cases"]
