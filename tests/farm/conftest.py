"""Shared fixtures: one small world in-process and one farm proxy subprocess per test session."""
from __future__ import annotations

import pytest

from farm.proxy import running_farm
from farm.world import World

SEED = 7
N_SITES = 40
FAULT_DELAY = 2.0


@pytest.fixture(scope="session")
def world() -> World:
    return World(seed=SEED, n_sites=N_SITES, fault_delay=FAULT_DELAY)


@pytest.fixture(scope="session")
def truth(world: World) -> dict:
    return world.ground_truth()


@pytest.fixture(scope="session")
def proxy_url() -> str:
    with running_farm(seed=SEED, n_sites=N_SITES, fault_delay=FAULT_DELAY) as url:
        yield url
