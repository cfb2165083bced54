"""docs/architecture.md §5: scoring takes plain ids and numbers and imports no other part of reifegrad."""
from __future__ import annotations

import ast
from pathlib import Path

SCORING = Path(__file__).resolve().parents[2] / "scoring"
FORBIDDEN = {"crawler", "output", "farm", "webapp", "detectors"}


def test_scoring_imports_no_other_part():
    for path in SCORING.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            for name in names:
                assert name.split(".")[0] not in FORBIDDEN, f"{path.name} imports {name}"
