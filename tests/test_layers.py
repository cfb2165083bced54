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
import re
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


# -- SQL only in the store layer -----------------------------------------------------------------------

SQL_PARTS = ("detectors", "scoring", "crawler", "webapp", "reifegrad")  # farm, bench and tests may use SQL
SQL_MODULES = ("sqlite3", "sqlite_utils")
SQL_TEXT = re.compile(r"\b(SELECT\b[\s\S]*\bFROM|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|"
                      r"CREATE\s+(TABLE|INDEX|VIEW|TRIGGER)|DROP\s+(TABLE|INDEX|VIEW|TRIGGER)|PRAGMA\s+\w+|"
                      r"BEGIN\s+(IMMEDIATE|EXCLUSIVE|DEFERRED))\b")
EXECUTE = ("execute", "executemany", "executescript")


def sql_uses(source: str) -> list[str]:
    """What in a module is SQL: an import of an SQLite library, a statement in a string, or a statement run
    (``x.execute("…")``; a Redis pipeline's argument-less ``execute()`` is not SQL)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            found += [f"line {node.lineno}: imports {n}" for n in names if n.split(".")[0] in SQL_MODULES]
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL_TEXT.search(node.value):
            found.append(f"line {node.lineno}: SQL text {node.value.strip()[:40]!r}")
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in EXECUTE
              and node.args and isinstance(node.args[0], (ast.Constant, ast.JoinedStr, ast.BinOp))):
            found.append(f"line {node.lineno}: runs SQL with .{node.func.attr}()")
    return sorted(found, key=lambda use: int(use.split()[1].rstrip(":")))


def sql_outside_store(root: Path, part: str) -> list[str]:
    return [f"{path.relative_to(root)} {use}" for path in sorted((root / part).rglob("*.py"))
            for use in sql_uses(path.read_text("utf-8"))]


@pytest.mark.parametrize("part", SQL_PARTS)
def test_sql_is_only_in_the_store_layer(part):
    assert sql_outside_store(REPO, part) == []


def test_sql_outside_the_store_is_caught(tmp_path):
    (tmp_path / "crawler").mkdir()
    (tmp_path / "crawler" / "ok.py").write_text(
        "from output.runs import RunQueries\n"
        "def f(pipe, store):\n    pipe.execute()\n    return RunQueries(store.conn).unfinished('nightly')\n"
        "NOTE = 'select the sites from the frontier; update the counters'\n", encoding="utf-8")
    assert sql_outside_store(tmp_path, "crawler") == []
    (tmp_path / "crawler" / "bad.py").write_text(
        "import sqlite3\nfrom sqlite_utils import Database\n"
        "def f(conn, table, run_id):\n"
        "    conn.execute(f'DELETE FROM {table} WHERE run_id = ?', (run_id,))\n"
        "    conn.executemany('INSERT INTO runs (id) VALUES (?)', [(1,)])\n"
        "    return conn.execute('SELECT id ' + 'FROM runs')\n"
        "UPDATE = '''UPDATE checks SET pid = NULL'''\n", encoding="utf-8")
    found = sql_outside_store(tmp_path, "crawler")
    assert [line.split(": ")[0] for line in found] == [
        "crawler/bad.py line 1", "crawler/bad.py line 2", "crawler/bad.py line 4", "crawler/bad.py line 4",
        "crawler/bad.py line 5", "crawler/bad.py line 5", "crawler/bad.py line 6", "crawler/bad.py line 7"]
