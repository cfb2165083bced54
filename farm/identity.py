"""Who the fictional municipalities are: names, domains, AGS/ARS codes, population, position.

Everything is a pure function of (seed, index) so that a world of 11 000 sites needs no table in memory.
Names come from `names.yaml`; AGS codes use Kreis numbers 9x with Regierungsbezirk digits that do not occur
in the official list (2–9 for Landkreise, 1 for kreisfreie Städte), so no code collides with a real one.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

KREIS_SLOTS = 13 * 8 * 10  # area state × Regierungsbezirk digit 2–9 × Kreis number 90–99
KFS_SLOTS = 13 * 9  # area state × Kreis number 91–99 (Regierungsbezirk digit 1)


@dataclass(frozen=True, slots=True)
class Municipality:
    """One row of the municipalities CSV."""

    ags: str
    ars: str
    name: str
    name_official: str
    type: str
    level: str
    kreis_ags: str
    kreis_name: str
    state_code: str
    population: int
    lat: float
    lon: float

    @property
    def state(self) -> str:
        return names()["states"][self.state_code]


@cache
def names() -> dict:
    return yaml.safe_load(resources.files("farm").joinpath("names.yaml").read_text("utf-8"))


@cache
def _name_pool() -> tuple[str, ...]:
    """All names, unprefixed ones first (so small worlds look natural), in a fixed order."""
    data = names()
    avoid = set(data["avoid"])
    cores = [s + x for s in data["stems"] for x in data["suffixes"] if s + x not in avoid]
    prefixed = [p + (c if p.endswith(" ") else c.lower()) for p in dict.fromkeys(data["prefixes"]) if p for c in cores]
    return tuple(cores) + tuple(prefixed)


def name_at(seed: int, position: int) -> str:
    """The position-th name of a seed-specific permutation (unprefixed names first)."""
    pool = _name_pool()
    n_cores = len(pool) // (1 + len([p for p in dict.fromkeys(names()["prefixes"]) if p]))
    block, size = (0, n_cores) if position < n_cores else (n_cores, len(pool) - n_cores)
    offset = position - block
    if offset >= size:
        raise ValueError(f"name pool exhausted at position {position}")
    step = _coprime_step(seed, size)
    return pool[block + (offset * step + seed * 7919) % size]


def _coprime_step(seed: int, size: int) -> int:
    step = 1 + (seed * 104729) % (size - 1)
    while _gcd(step, size) != 1:
        step += 1
    return step


def _gcd(a: int, b: int) -> int:
    while b:
        a, b = b, a % b
    return a


def slugify(name: str) -> str:
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", " ": "-"})
    return name.lower().translate(table)


def kreis_code(slot: int) -> str:
    """5-digit Kreis AGS of a Landkreis slot (0 ≤ slot < KREIS_SLOTS)."""
    states = names()["area_states"]
    return f"{states[slot % 13]}{2 + (slot // 13) % 8}9{slot // 104 % 10}"


def kfs_code(slot: int) -> str:
    """5-digit Kreis AGS of a kreisfreie Stadt slot (0 ≤ slot < KFS_SLOTS)."""
    states = names()["area_states"]
    return f"{states[slot % 13]}19{1 + slot // 13}"


def kreis_stem(seed: int, slot: int) -> str:
    """Kreis names are taken from the far end of the name pool, away from the municipalities' names."""
    return name_at(seed, len(_name_pool()) - 1 - slot)


def position_rng(seed: int, tag: str) -> random.Random:
    return random.Random(f"farm/{seed}/{tag}")
