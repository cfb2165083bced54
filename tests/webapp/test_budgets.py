"""Issue 13, on-demand like nightly: a check runs the crawl command with the nightly's budgets (its defaults),
so a check and the nightly agree on an unchanged site."""
from __future__ import annotations

from pathlib import Path

from reifegrad.cli import build_parser
from webapp.settings import Settings


def test_a_check_has_the_nightly_page_and_time_budget(tmp_path):
    nightly = build_parser().parse_args(["crawl", "--municipalities", "m.csv"])
    service = Settings(db=tmp_path / "r.db", municipalities=Path("m.csv"))
    assert (service.max_pages, service.time_budget) == (nightly.max_pages, nightly.time_budget) == (60, 300)
