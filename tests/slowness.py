"""Which tests are slow: those that start a subprocess, a browser, a server or Redis, directly or through a
helper of their own module, or through a fixture that does (tests/conftest.py marks them ``slow``).

Decided from the code, so a new test on a subprocess is slow without anyone remembering the marker.
"""
from __future__ import annotations

import ast
import inspect
from functools import cache
from types import ModuleType

# Calls that start another process, a browser, a network server or Redis.
SLOW_CALLS = frozenset({
    "subprocess.run", "subprocess.Popen", "subprocess.check_output", "subprocess.call", "Popen",
    "reifegrad", "crawl", "running_farm", "sync_playwright", "async_playwright", "chromium_or_skip",
    "redis_server", "live_server", "uvicorn.Server", "HostileWeb", "serve_in_thread",
})
# Fixtures that do (session fixtures of tests/conftest.py and the parts' conftests).
SLOW_FIXTURES = frozenset({"farm_proxy", "farm_files", "farm_db", "redis_url", "small_db", "demo", "rendered_db",
                           "live_server", "proxy_url"})


def _called_names(node: ast.AST) -> set[str]:
    names = set()
    for call in ast.walk(node):
        if isinstance(call, ast.Call):
            if isinstance(call.func, ast.Name):
                names.add(call.func.id)
            elif isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Name):
                names.add(f"{call.func.value.id}.{call.func.attr}")
                names.add(call.func.attr)
    return names


@cache
def slow_functions(module: ModuleType) -> frozenset[str]:
    """Names of the module's functions that (transitively, within the module) make a slow call."""
    try:
        tree = ast.parse(inspect.getsource(module))
    except (OSError, TypeError):
        return frozenset()
    calls = {n.name: _called_names(n) for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)}
    slow = {name for name, called in calls.items() if called & SLOW_CALLS}
    while True:
        more = {name for name, called in calls.items() if called & slow} - slow
        if not more:
            return frozenset(slow)
        slow |= more


def is_slow(item) -> bool:
    fixtures = set(getattr(item, "fixturenames", ()))
    if SLOW_FIXTURES & fixtures:
        return True
    function, module = getattr(item, "function", None), getattr(item, "module", None)
    if function is None or module is None:
        return False
    local = slow_functions(module)  # the test itself, a helper, or a fixture of its own module
    return function.__name__ in local or bool(fixtures & local)
