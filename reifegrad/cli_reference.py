"""docs/cli.md, generated from the ``reifegrad`` parser: every command's help, exactly as ``--help`` prints it.

Regenerate with ``make docs`` (``python -m reifegrad.cli_reference docs/cli.md``); a test fails when the file
and the parser disagree.
"""
from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from reifegrad.cli import build_parser

WIDTH = "100"  # argparse wraps at the terminal width: fixed, so the file does not depend on who generated it
HEADER = """# `reifegrad` command reference

Generated from the parser by `make docs` (`reifegrad/cli_reference.py`); `tests/test_cli_docs.py` fails when
this file and the code disagree. The README's command table is the short version.
"""


def commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """(command path, its parser) for the root and every sub-command, depth first, in registration order."""
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from commands(sub, (*path, name))


def render() -> str:
    previous = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = WIDTH
    try:
        sections = [HEADER]
        for path, parser in commands(build_parser()):
            title = " ".join(("reifegrad", *path))
            sections.append(f"## `{title}`\n\n```\n{parser.format_help().rstrip()}\n```\n")
        return "\n".join(sections)
    finally:
        if previous is None:
            os.environ.pop("COLUMNS")
        else:
            os.environ["COLUMNS"] = previous


def main(argv: list[str]) -> int:
    Path(argv[0]).write_text(render(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["docs/cli.md"]))
