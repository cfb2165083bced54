"""Fixtures: a real store in tmp_path with municipalities, and two nights of real records."""
from __future__ import annotations

from pathlib import Path

import pytest

from output.store import Store
from scoring import load_model
from tests.output.factory import MUNICIPALITIES, two_nights


@pytest.fixture(scope="session")
def model():
    return load_model()


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "reifegrad.db")
    s.upsert_municipalities(MUNICIPALITIES)
    yield s
    s.close()


@pytest.fixture()
def nights(store: Store, model) -> tuple[Store, int, int]:
    r1, r2 = two_nights(store, model)
    return store, r1, r2
