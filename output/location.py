"""Where the store lives unless told otherwise, and the ``--db`` option of every command that opens it."""
from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

DEFAULT_DB = "var/reifegrad.db"


def add_db_argument(parser: argparse.ArgumentParser, type: Callable[[str], Any] = str) -> None:
    """``--db PATH`` with the one default, for crawl, report, serve and the rest alike."""
    parser.add_argument("--db", type=type, default=type(DEFAULT_DB), help=f"SQLite database (default {DEFAULT_DB})")
