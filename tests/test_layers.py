"""Layers that show and are enforced: each part of reifegrad imports only the parts below it.

    detectors, scoring, farm   import no other part (scoring takes plain ids and numbers)
    output                     detectors, scoring
    crawler                    detectors, scoring, output
    webapp                     detectors, scoring, output, crawler (never the crawler's CLI: it runs it)
    reifegrad                  everything: the composition root that builds the ``reifegrad`` command

Every import counts, also one inside a function. Each rule is shown failing on a synthetic module too, so a
checker that silently accepts everything cannot pass.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PARTS = ("detectors", "scoring", "farm", "output", "crawler", "webapp", "reifegrad")
ALLOWED: dict[str, frozenset[str]] = {
    "detectors": frozenset(),
    "scoring": frozenset(),
    "farm": frozenset(),
    "output": frozenset({"detectors", "scoring"}),
    "crawler": frozenset({"detectors", "scoring", "output"}),
    "webapp": frozenset({"detectors", "scoring", "output", "crawler"}),
    "reifegrad": frozenset(PARTS),
}
FORBIDDEN_MODULES: dict[str, frozenset[str]] = {"webapp": frozenset({"crawler.commands"})}


def imported_modules(source: str) -> set[str]:
    """Absolute module names a module imports (relative imports stay inside its own part)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def violations(root: Path, part: str) -> list[str]:
    """``file imports module`` for every import of ``part`` (under root) that its layer forbids."""
    found = []
    for path in sorted((root / part).rglob("*.py")):
        for name in sorted(imported_modules(path.read_text("utf-8"))):
            top = name.split(".")[0]
            bad_part = top in PARTS and top != part and top not in ALLOWED[part]
            bad_module = any(name == m or name.startswith(m + ".") for m in FORBIDDEN_MODULES.get(part, ()))
            if bad_part or bad_module:
                found.append(f"{path.relative_to(root)} imports {name}")
    return found


@pytest.mark.parametrize("part", PARTS)
def test_part_imports_only_the_layers_below_it(part):
    assert violations(REPO, part) == []


@pytest.mark.parametrize("part", [p for p in PARTS if p != "reifegrad"])
def test_a_forbidden_import_is_caught(tmp_path, part):
    forbidden = sorted(set(PARTS) - ALLOWED[part] - {part})
    (tmp_path / part).mkdir()
    lines = [f"import {forbidden[0]}.x"] + [f"def f{i}():\n    from {p} import y" for i, p in enumerate(forbidden[1:])]
    (tmp_path / part / "bad.py").write_text("\n".join(lines) + "\n", encoding="utf-8")
    reported = {line.split(" imports ")[1].split(".")[0] for line in violations(tmp_path, part)}
    assert reported == set(forbidden)


def test_the_web_app_may_use_the_crawler_but_not_its_cli(tmp_path):
    (tmp_path / "webapp").mkdir()
    (tmp_path / "webapp" / "ok.py").write_text("from crawler.guards import check_url_shape\n", encoding="utf-8")
    assert violations(tmp_path, "webapp") == []
    (tmp_path / "webapp" / "bad.py").write_text("from crawler import commands\n", encoding="utf-8")
    assert violations(tmp_path, "webapp") == ["webapp/bad.py imports crawler.commands"]
