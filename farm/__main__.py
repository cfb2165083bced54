"""`python -m farm serve|csv|truth …` (the same commands as `reifegrad farm …`)."""
from __future__ import annotations

import argparse

from farm.commands import register


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m farm")
    sub = parser.add_subparsers(dest="command", required=True)
    register(sub)
    args = parser.parse_args(["farm", *(argv if argv is not None else __import__("sys").argv[1:])])
    args.func(args)


if __name__ == "__main__":
    main()
