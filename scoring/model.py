"""The scoring model as validated, immutable data (read from ``scoring/models/*.yaml``).

The model file is the versioned artefact (scoring_method.md §8): weights, rubrics, frozen control points,
level rules and the service basket live there, not in code. Loading validates everything the scorer
relies on, so a bad edit fails at load time with the file and the key named, not as a wrong score later.
"""
from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

DEFAULT_MODEL = Path(__file__).parent / "models" / "v1.yaml"
RUBRICS = ("binary", "subchecks", "share", "lognormal", "services")
OPS = (">=", ">")
# Metrics a level condition may name besides indicator ids, component:<id> and check:<id>.
KPI_METRICS = ("score", "online_rate", "tier1_l1", "tier1_l2")


class ModelError(ValueError):
    """A model file that cannot be used; the message names the file and the offending key."""


@dataclass(frozen=True, slots=True)
class Dimension:
    id: str
    name: str
    weight: float


@dataclass(frozen=True, slots=True)
class Subcheck:
    name: str
    weight: float
    component: str | None = None
    check: str | None = None

    @property
    def observable(self) -> bool:
        return self.component is not None or self.check is not None


@dataclass(frozen=True, slots=True)
class Indicator:
    id: str
    dimension: str
    name: str
    weight: float
    observable: bool
    rubric: str | None = None
    components: tuple[str, ...] = ()  # binary: 1 if any is present
    check: str | None = None  # share
    subchecks: tuple[Subcheck, ...] = ()
    needs_render: bool = False
    p10: float | None = None  # lognormal control points (score 0.9 at p10, 0.5 at median)
    median: float | None = None
    count_services_at_level: int | None = None  # lognormal input: services observed at this level or above
    at_least_one_if: str | None = None  # ... counted as at least one when this component is present

    def reads_component(self, component: str) -> bool:
        return (component in self.components or component == self.at_least_one_if
                or any(s.component == component for s in self.subchecks))


@dataclass(frozen=True, slots=True)
class Service:
    id: str
    name: str
    leika: str | None
    tier: int
    weight: float
    max_level: int
    responsible: frozenset[str]


@dataclass(frozen=True, slots=True)
class Condition:
    metric: str
    op: str
    value: float

    def holds(self, actual: float) -> bool:
        return actual >= self.value if self.op == ">=" else actual > self.value

    def __str__(self) -> str:
        return f"{self.metric} {self.op} {self.value:g}"


@dataclass(frozen=True, slots=True)
class Level:
    level: int
    label: str
    dqd: str | None
    conditions: tuple[Condition, ...]


@dataclass(frozen=True, slots=True)
class Model:
    version: str
    hash: str  # sha256 of the file bytes
    path: str
    name: str
    present_confidence: int
    min_evidence_share: float
    component_ids: frozenset[str]
    check_ids: frozenset[str]
    kgst_components: tuple[str, ...]
    kgst_threshold: int
    dimensions: Mapping[str, Dimension]
    indicators: Mapping[str, Indicator]
    services: Mapping[str, Service]
    roles: Mapping[str, frozenset[str]]
    online_rate_tier: int
    online_rate_level: int
    di5: tuple[str, ...]
    levels: tuple[Level, ...]

    def applicable_services(self, municipality_type: str) -> tuple[Service, ...]:
        """Services this type of municipality is responsible for; unknown types get none (never a zero)."""
        roles = self.roles.get(municipality_type, frozenset())
        return tuple(s for s in self.services.values() if s.responsible & roles)

    def indicators_of(self, dimension: str) -> tuple[Indicator, ...]:
        return tuple(i for i in self.indicators.values() if i.dimension == dimension)


class _Node:
    """A YAML node with the key path that leads to it, so every error can name its key."""

    def __init__(self, file: str, key: str, value: Any):
        self.file, self.key, self.value = file, key, value

    def fail(self, message: str) -> ModelError:
        return ModelError(f"{self.file}: {self.key or '<top>'}: {message}")

    def child(self, name: str | int, default: Any = ...) -> _Node:
        key = f"{self.key}.{name}" if self.key else str(name)
        value = self.mapping().get(name, default)
        if value is ...:
            raise _Node(self.file, key, None).fail("missing")
        return _Node(self.file, key, value)

    def mapping(self) -> dict:
        if not isinstance(self.value, dict):
            raise self.fail(f"expected a mapping, got {type(self.value).__name__}")
        return self.value

    def items(self) -> list[tuple[str, _Node]]:
        return [(k, self.child(k)) for k in self.mapping()]

    def elements(self) -> list[_Node]:
        if not isinstance(self.value, list):
            raise self.fail(f"expected a list, got {type(self.value).__name__}")
        return [_Node(self.file, f"{self.key}[{i}]", v) for i, v in enumerate(self.value)]

    def text(self) -> str:
        if not isinstance(self.value, str) or not self.value:
            raise self.fail("expected a non-empty string")
        return self.value

    def optional_text(self) -> str | None:
        return None if self.value is None else self.text()

    def number(self, minimum: float | None = None, maximum: float | None = None) -> float:
        if isinstance(self.value, bool) or not isinstance(self.value, (int, float)):
            raise self.fail(f"expected a number, got {self.value!r}")
        if (minimum is not None and self.value < minimum) or (maximum is not None and self.value > maximum):
            raise self.fail(f"{self.value} is outside {minimum}..{maximum}")
        return self.value

    def one_of(self, known: frozenset[str] | tuple[str, ...], what: str) -> str:
        if self.value not in known:
            raise self.fail(f"unknown {what} {self.value!r}")
        return self.value

    def ids(self, known: frozenset[str], what: str) -> tuple[str, ...]:
        return tuple(e.one_of(known, what) for e in self.elements())


def load_model(path: str | Path | None = None) -> Model:
    """Read and validate a model file; raises ModelError naming the file and the key on any problem."""
    path = Path(path) if path is not None else DEFAULT_MODEL
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ModelError(f"{path}: cannot read the model file ({exc.strerror or exc})") from exc
    return parse_model(data, str(path))


def parse_model(data: bytes, path: str) -> Model:
    """Validate a model from its file's bytes (e.g. as stored in a database); ``path`` names it in errors."""
    try:
        raw = yaml.safe_load(data)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise ModelError(f"{path}: not valid YAML{where}: {getattr(exc, 'problem', None) or exc}") from exc
    top = _Node(str(path), "", raw)
    top.mapping()
    components = frozenset(_strings(top.child("components")))
    checks = frozenset(_strings(top.child("checks")))
    dimensions = _dimensions(top.child("dimensions"))
    indicators = _indicators(top.child("indicators"), dimensions, components, checks)
    roles = {t: frozenset(_strings(n)) for t, n in top.child("roles").items()}
    services = _services(top.child("services"), top.child("tier_weights"), frozenset().union(*roles.values()))
    kgst = top.child("kgst")
    online = top.child("online_rate")
    metrics = frozenset(KPI_METRICS) | frozenset(i for i, ind in indicators.items() if ind.observable)
    metrics |= {f"component:{c}" for c in components} | {f"check:{c}" for c in checks}
    return Model(
        version=_semver(top.child("version")),
        hash=hashlib.sha256(data).hexdigest(),
        path=str(path),
        name=top.child("name").text(),
        present_confidence=int(top.child("present_confidence").number(0, 100)),
        min_evidence_share=top.child("min_evidence_share").number(0, 1),
        component_ids=components,
        check_ids=checks,
        kgst_components=kgst.child("components").ids(components, "component"),
        kgst_threshold=int(kgst.child("gut_aufgestellt").number(0)),
        dimensions=dimensions,
        indicators=indicators,
        services=services,
        roles=roles,
        online_rate_tier=int(online.child("tier").number(1, 3)),
        online_rate_level=int(online.child("level").number(1, 4)),
        di5=top.child("di5").ids(frozenset(services), "service"),
        levels=_levels(top.child("levels"), frozenset(metrics)),
    )


def _strings(node: _Node) -> list[str]:
    return [e.text() for e in node.elements()]


def _semver(node: _Node) -> str:
    parts = str(node.value).split(".")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise node.fail(f"expected MAJOR.MINOR.PATCH, got {node.value!r}")
    return str(node.value)


def _weights_sum_to_100(node: _Node, weights: list[float], what: str) -> None:
    if abs(sum(weights) - 100) > 1e-9:
        raise node.fail(f"{what} weights sum to {sum(weights):g}, expected 100")


def _dimensions(node: _Node) -> dict[str, Dimension]:
    dims = {d: Dimension(d, n.child("name").text(), n.child("weight").number(0)) for d, n in node.items()}
    _weights_sum_to_100(node, [d.weight for d in dims.values()], "dimension")
    return dims


def _indicators(node: _Node, dims: Mapping[str, Dimension], components: frozenset[str],
                checks: frozenset[str]) -> dict[str, Indicator]:
    indicators = {iid: _indicator(iid, n, dims, components, checks) for iid, n in node.items()}
    for d in dims:
        _weights_sum_to_100(node, [i.weight for i in indicators.values() if i.dimension == d], f"dimension {d} indicator")
    return indicators


def _indicator(iid: str, n: _Node, dims: Mapping[str, Dimension], components: frozenset[str],
               checks: frozenset[str]) -> Indicator:
    dimension = n.child("dimension").one_of(frozenset(dims), "dimension")
    name, weight = n.child("name").text(), n.child("weight").number(0)

    def indicator(**inputs: Any) -> Indicator:
        return Indicator(iid, dimension, name, weight, **inputs)

    if n.child("observable", True).value is False:
        extra = set(n.mapping()) - {"dimension", "name", "weight", "observable"}
        if extra:
            raise n.fail(f"an unobservable indicator takes no inputs, found {sorted(extra)}")
        return indicator(observable=False)
    rubric = n.child("rubric").one_of(RUBRICS, "rubric")
    needs_render = bool(n.child("needs_render", False).value)
    if rubric == "binary":
        return indicator(observable=True, rubric=rubric, needs_render=needs_render,
                         components=n.child("components").ids(components, "component"))
    if rubric == "share":
        return indicator(observable=True, rubric=rubric, needs_render=needs_render,
                         check=n.child("check").one_of(checks, "check"))
    if rubric == "subchecks":
        subs = tuple(_subcheck(e, components, checks) for e in n.child("subchecks").elements())
        if not any(s.observable for s in subs):
            raise n.fail("no observable subcheck: mark the indicator observable: false instead")
        return indicator(observable=True, rubric=rubric, needs_render=needs_render, subchecks=subs)
    if rubric == "lognormal":
        p10, median = n.child("p10").number(), n.child("median").number()
        if p10 <= 0 or median <= 0 or p10 == median:
            raise n.child("p10").fail("p10 and median must be positive and different")
        floor = n.child("at_least_one_if", None)
        return indicator(observable=True, rubric=rubric, needs_render=needs_render, p10=p10, median=median,
                         count_services_at_level=int(n.child("count_services_at_level").number(1, 4)),
                         at_least_one_if=None if floor.value is None else floor.one_of(components, "component"))
    return indicator(observable=True, rubric=rubric)


def _subcheck(e: _Node, components: frozenset[str], checks: frozenset[str]) -> Subcheck:
    weight = e.child("weight", 1).number(0)
    if "component" in e.mapping():
        c = e.child("component").one_of(components, "component")
        return Subcheck(c, weight, component=c)
    if "check" in e.mapping():
        c = e.child("check").one_of(checks, "check")
        return Subcheck(c, weight, check=c)
    if e.child("observable", True).value is not False:
        raise e.fail("a subcheck needs a component, a check, or observable: false")
    return Subcheck(e.child("name").text(), weight)


def _services(node: _Node, tier_weights: _Node, roles: frozenset[str]) -> dict[str, Service]:
    weights = {int(k): n.number(0) for k, n in tier_weights.items()}
    services = {}
    for sid, n in node.items():
        tier = int(n.child("tier").number(1, 3))
        if tier not in weights:
            raise n.child("tier").fail(f"no weight for tier {tier} in tier_weights")
        leika = n.child("leika", None)
        if leika.value is not None and not (isinstance(leika.value, str) and leika.value.isdigit()
                                            and len(leika.value) == 14):
            raise leika.fail("a LeiKa key is a quoted 14-digit string, or null while unverified")
        services[sid] = Service(sid, n.child("name").text(), leika.value, tier, weights[tier],
                                int(n.child("max_level").number(1, 4)),
                                frozenset(n.child("responsible").ids(roles, "role")))
    return services


def _levels(node: _Node, metrics: frozenset[str]) -> tuple[Level, ...]:
    levels = []
    for i, n in enumerate(node.elements()):
        if n.child("level").number() != i:
            raise n.child("level").fail(f"levels must run 0, 1, 2, … in order; expected {i}")
        conditions = tuple(Condition(c.child("metric").one_of(metrics, "metric (or unobservable indicator)"),
                                     c.child("op").one_of(OPS, "op"), c.child("value").number())
                           for c in n.child("conditions").elements())
        levels.append(Level(i, n.child("label").text(), n.child("dqd", None).optional_text(), conditions))
    if not levels:
        raise node.fail("no levels")
    return tuple(levels)
