"""Issue 15: the instruction-count bench runs under callgrind on one synthetic page and prints plausible figures."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest

from tests.support import REPO


@pytest.mark.skipif(shutil.which("valgrind") is None, reason="valgrind is not installed: the bench needs callgrind")
@pytest.mark.timeout(600)
def test_detector_instructions_counts_one_synthetic_page():
    """lxml's parse and parse_page only: loading the engine under callgrind takes minutes, the bench's own run does."""
    proc = subprocess.run([sys.executable, "bench/detector_instructions.py", "--no-real", "--sizes", "100", "--pages",
                           "1", "--rounds", "1", "--stages", "lxml", "parse_page"], cwd=REPO, capture_output=True,
                          text=True, timeout=500)
    assert proc.returncode == 0, proc.stderr[-3000:]
    row = re.search(r"^synthetic 100 KB +([\d.]+) +([\d.]+) +([\d.]+)$", proc.stdout, re.M)
    assert row, proc.stdout
    lxml_m, parse_m, parse_x = map(float, row.groups())
    assert 3 < lxml_m < 60  # a 100 KB page: lxml's parse is some 13 M instructions
    assert lxml_m < parse_m < 10 * lxml_m  # parse_page holds lxml's parse
    assert parse_x == pytest.approx(parse_m / lxml_m, abs=0.02)


def test_detector_instructions_says_why_without_valgrind(tmp_path):
    """Without valgrind on the PATH the bench stops with a message instead of a traceback."""
    proc = subprocess.run([sys.executable, "bench/detector_instructions.py", "--no-real"], cwd=REPO,
                          capture_output=True, text=True, timeout=120, env={"PATH": str(tmp_path)})
    assert proc.returncode != 0 and "valgrind not found" in proc.stderr, proc.stderr[-3000:]
