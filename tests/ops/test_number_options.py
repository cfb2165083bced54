"""Budgets and counts below their floor are refused before anything runs: `--time-budget 0` used to crawl and
record every site `error` in the history, `--max-pages -5` and `--delay -1` were taken as given."""
from __future__ import annotations

import pytest

from reifegrad.cli import build_parser

REFUSED = [
    ("crawl", "--max-pages", "0"), ("crawl", "--max-pages", "-5"), ("crawl", "--max-depth", "-1"),
    ("crawl", "--time-budget", "0"), ("crawl", "--delay", "-1"), ("crawl", "--delay", "nan"), ("crawl", "--timeout", "0"),
    ("crawl", "--concurrency", "0"), ("crawl", "--per-site", "0"), ("crawl", "--max-active-sites", "0"),
    ("crawl", "--retries", "-1"), ("crawl", "--retries", "2.5"), ("crawl", "--retry-backoff", "-1"),
    ("crawl", "--browser-recycle", "0"), ("crawl", "--workers", "-1"), ("nightly", "--time-budget", "-300"),
    ("demo", "--max-pages", "0"), ("nightly", "--keep-pages-days", "-1"), ("prune", "--keep-pages-days", "x"),
    ("serve", "--max-pages", "0"), ("serve", "--time-budget", "0"), ("serve", "--workers", "0"),
    ("serve", "--rate-limit", "0"),
]


@pytest.mark.parametrize("command, option, value", REFUSED)
def test_a_value_below_the_floor_is_refused_naming_the_option(capsys, command, option, value):
    with pytest.raises(SystemExit) as ended:
        build_parser().parse_args([command, option, value])
    assert ended.value.code == 2
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert last.startswith(f"reifegrad {command}: error: argument {option}: ") and repr(value) in last, last


@pytest.mark.parametrize("command, option, value, expected", [
    ("crawl", "--max-pages", "1", 1), ("crawl", "--max-depth", "0", 0), ("crawl", "--delay", "0", 0.0),
    ("crawl", "--time-budget", "1.5", 1.5), ("crawl", "--retries", "0", 0), ("nightly", "--keep-pages-days", "0", 0.0),
    ("serve", "--time-budget", "20", 20),
])
def test_the_floor_itself_is_accepted(command, option, value, expected):
    args = build_parser().parse_args([command, option, value])
    assert getattr(args, option.lstrip("-").replace("-", "_")) == expected
