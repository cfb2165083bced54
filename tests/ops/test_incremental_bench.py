"""Issue 12: the incremental-night benchmark runs (tiny sizes) and prints both nights."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest

from tests.support import REPO


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_incremental_bench_prints_both_nights():
    proc = subprocess.run([sys.executable, "bench/incremental_speed.py", "--sites", "2", "--max-pages", "5"], cwd=REPO,
                          capture_output=True, text=True, timeout=800)
    assert proc.returncode == 0, proc.stderr[-3000:]
    line = re.search(r"first +([\d.]+) s \((\d+) pages\) +second +([\d.]+) s \((\d+) pages, (\d+) answered 304\)",
                     proc.stdout)
    assert line, proc.stdout
    assert int(line.group(2)) == int(line.group(4)) > 0 and int(line.group(5)) > 0
