"""`make check` stays green: the recipe's two tools, run as the Makefile runs them (without `install`)."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import REPO

BIN = Path(sys.executable).parent


def check_recipe() -> list[list[str]]:
    """The commands of the Makefile's ``check`` target, with $(BIN) resolved to this interpreter's bin."""
    makefile = REPO.joinpath("Makefile").read_text("utf-8")
    recipe = re.search(r"^check:.*\n((?:\t.*\n)+)", makefile, re.M).group(1)
    return [line.strip().replace("$(BIN)", str(BIN)).split() for line in recipe.splitlines()]


@pytest.mark.parametrize("command", check_recipe(), ids=lambda c: Path(c[0]).name)
def test_make_check_passes(command):
    proc = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
