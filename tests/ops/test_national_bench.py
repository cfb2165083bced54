"""Issue 15: the national-crawl simulation runs (smoke size) and extrapolates from what it crawled."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest

from tests.support import REPO


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_national_bench_extrapolates_its_crawl():
    proc = subprocess.run([sys.executable, "bench/national.py", "--quick"], cwd=REPO, capture_output=True, text=True,
                          timeout=500)
    assert proc.returncode == 0, proc.stderr[-3000:]
    measured = re.search(r"measured: (\d+) sites \((\d+) ok\), ([\d,]+) pages", proc.stdout)
    assert measured and int(measured.group(2)) == int(measured.group(1)) > 0, proc.stdout
    cpu = re.search(r"CPU: ([\d,]+) pages x ([\d.]+) ms = ([\d.]+) CPU-hours", proc.stdout)
    assert cpu and float(cpu.group(2)) > 0, proc.stdout
    pages, ms, hours = int(cpu.group(1).replace(",", "")), float(cpu.group(2)), float(cpu.group(3))
    assert hours == pytest.approx(pages * ms / 1000 / 3600, rel=0.02, abs=0.01)  # the census, not the sample
    assert re.search(r"-> \d+ sites open at once for 1 h", proc.stdout), proc.stdout
    assert re.search(r"=> wall time on a machine of its own: [\d.]+ h", proc.stdout), proc.stdout
