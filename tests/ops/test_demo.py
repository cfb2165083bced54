"""Issue 12: `reifegrad demo` runs end to end (ranking, report, browse hint) and failed crawls carry no figures."""
from __future__ import annotations

import csv
import re

import pytest

from output.statuses import by_id
from tests.support import q

FAILED_LABELS = tuple(by_id()[s].label for s in ("no_website", "timeout", "dns_error"))
RANK_ROW = re.compile(r"^\s*(\d+|–) (\d{5}|\d{8}) ")


@pytest.mark.slow
def test_demo_prints_every_ranking_row_the_report_and_the_hint(demo):
    out, proc = demo
    with (out / "municipalities.csv").open(encoding="utf-8") as fh:
        expected = {row["ags"] for row in csv.DictReader(fh)}
    rows = [RANK_ROW.match(line) for line in proc.stdout.splitlines()]
    ranked = [m.group(2) for m in rows if m]
    assert sorted(ranked) == sorted(expected), proc.stdout[-3000:]
    # competition ranking: a place is 1 + the number of municipalities scoring more; unscored have none
    scores = dict(q(out / "reifegrad.db", "SELECT ags, score FROM latest_scores"))
    expected_ranks = [str(1 + sum(s is not None and s > scores[a] for s in scores.values()))
                      if scores[a] is not None else "–" for a in ranked]
    assert [m.group(1) for m in rows if m] == expected_ranks
    report = re.search(r"per municipality: (\S+index\.html)$", proc.stdout, re.M)
    assert report and (out / "report" / "index.html").samefile(report.group(1))
    assert f"reifegrad datasette --db {out / 'reifegrad.db'}" in proc.stdout
    assert "Traceback" not in proc.stderr
    # what Scrapy says about a page is recorded as its status (the fault district's too-large pages), not logged
    assert " [scrapy." not in proc.stdout + proc.stderr, proc.stderr[-2000:]


@pytest.mark.slow
def test_a_failed_or_missing_crawl_has_no_figures_anywhere(demo):
    out, proc = demo
    db = out / "reifegrad.db"
    statuses = dict(q(db, "SELECT status, count(*) FROM visits GROUP BY status"))
    assert statuses.get("no_website") and len(statuses) > 2, statuses  # the fault district is in the demo
    figures = q(db, """SELECT v.status, s.score, s.level, s.kgst_components, s.gut_aufgestellt FROM visits v
                       JOIN scores s ON s.visit_id = v.id WHERE v.status != 'ok'""")
    assert figures and all(row[1:] == (None, None, None, None) for row in figures), figures
    latest = q(db, "SELECT status, score, level, kgst_components FROM latest_scores WHERE status != 'ok'")
    assert latest and all(row[1:] == (None, None, None) for row in latest)
    failed_lines = [line for line in proc.stdout.splitlines()
                    if RANK_ROW.match(line) and line.rstrip().endswith(FAILED_LABELS)]
    assert failed_lines and all(line.startswith("  – ") and " – " in line[4:] for line in failed_lines)
