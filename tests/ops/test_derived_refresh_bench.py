"""Issue 13: the bench of the analyst tables' refresh runs (tiny size) and reports all three timings."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest

from tests.support import REPO


@pytest.mark.slow
def test_derived_refresh_bench_reports_index_and_recommendations():
    proc = subprocess.run([sys.executable, "bench/derived_refresh.py", "--sites", "5"], cwd=REPO,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    rows = re.search(r"5 sites, (\d+) evidence rows", proc.stdout)
    assert rows and int(rows.group(1)) >= 5 * 2 * 7, proc.stdout  # 7 components, two evidence rows each
    for label in ("search index rebuild", "recommendations", "refresh with nothing new"):
        assert re.search(rf"{label} +[\d.]+ s", proc.stdout), (label, proc.stdout)
