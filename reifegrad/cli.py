"""``reifegrad``: one command, Unix-style sub-commands. Each part registers its own; only this root sees all.

The root is the one module allowed to import every part, so no part needs to import another's CLI.
"""
from __future__ import annotations

import argparse
import os
import sys

from crawler import commands as crawler_commands
from detectors import commands as detectors_commands
from farm import commands as farm_commands
from output import commands as output_commands
from reifegrad import demo
from webapp import commands as webapp_commands

PARTS = (crawler_commands, demo, detectors_commands, farm_commands, output_commands, webapp_commands)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="reifegrad", description=(
        "Outside-in auditor of German municipalities' digital maturity: crawl, detect, score, store."))
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for part in PARTS:
        part.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Bad input ends with one line and a non-zero exit, never a traceback."""
    from output.dbfile import StoreError, db_file_problem, not_ours, store_problem

    args = build_parser().parse_args(argv)
    if getattr(args, "db", None) and (problem := db_file_problem(args.db) or not_ours(args.db)):
        sys.exit(f"reifegrad {args.command}: {problem}")
    try:
        return args.func(args) or 0
    except BrokenPipeError:  # the reader went away (`reifegrad detect --json | head`): stop quietly, like cat
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing more to flush at exit
        return 141  # 128 + SIGPIPE, what a shell reports for a writer whose pipe closed
    except Exception as exc:
        # a database failure, also one pandas wraps (`raise … from` the sqlite3 error; pandas' is an OSError)
        cause = exc if isinstance(exc, StoreError) else exc.__cause__
        if isinstance(cause, StoreError):
            sys.exit(f"reifegrad {args.command}: {store_problem(getattr(args, 'db', ''), cause)}")
        if isinstance(exc, OSError):  # an --out that is a directory, a file, not writable, on a full disk …
            where = f"{exc.filename}: {exc.strerror}" if exc.filename and exc.strerror else str(exc)
            sys.exit(f"reifegrad {args.command}: {where}")
        raise
