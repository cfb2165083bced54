"""Docs that check themselves: the README's command table and docs/cli.md against the real parser.

(Running each README command for real, on a small database, is tests/ops/test_readme_commands.py.)
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys

import pytest

from reifegrad import cli_reference
from reifegrad.cli import build_parser
from tests.support import REPO


def subcommands(parser: argparse.ArgumentParser) -> list[str]:
    return [name for action in parser._actions if isinstance(action, argparse._SubParsersAction)
            for name in action.choices]


def readme_table() -> dict[str, set[str]]:
    """Command -> sub-commands named in the README's table (``model use/list/diff``), from its first column."""
    section = REPO.joinpath("README.md").read_text("utf-8").split("\n## Commands\n", 1)[1].split("\n## ", 1)[0]
    table: dict[str, set[str]] = {}
    for cell in re.findall(r"^\| `reifegrad ([a-z][a-z-]*)((?: [a-z]+(?:/[a-z]+)+)?)", section, re.M):
        table[cell[0]] = set(cell[1].strip().split("/")) if cell[1] else set()
    return table


def test_the_readme_table_names_every_command_and_sub_command_of_the_parser():
    parser = build_parser()
    commands = {path[0]: parser_ for path, parser_ in cli_reference.commands(parser) if len(path) == 1}
    table = readme_table()
    assert set(table) == set(commands), "README table vs parser"
    for name, documented in table.items():
        assert documented == set(subcommands(commands[name])), f"reifegrad {name}: README vs parser"


def test_the_table_reader_sees_a_missing_row():
    """The comparison above can fail: a table without `serve` is not the parser's."""
    table = readme_table()
    table.pop("serve")
    assert set(table) != {path[0] for path, _ in cli_reference.commands(build_parser()) if len(path) == 1}


@pytest.mark.parametrize("path", [path for path, _ in cli_reference.commands(build_parser())], ids=" ".join)
def test_help_of_every_command(path, capsys):
    with pytest.raises(SystemExit) as exit_:
        build_parser().parse_args([*path, "--help"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.startswith(f"usage: {' '.join(('reifegrad', *path))} ")


def test_help_through_the_real_entry_point():
    proc = subprocess.run([sys.executable, "-m", "reifegrad", "--help"], cwd=REPO, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0 and proc.stdout.startswith("usage: reifegrad ")


def test_the_cli_reference_is_generated_from_the_parser():
    assert REPO.joinpath("docs", "cli.md").read_text("utf-8") == cli_reference.render(), "run `make docs`"
