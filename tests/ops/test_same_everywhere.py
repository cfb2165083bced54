"""Issue 13: the web app, the static report, `reifegrad result` and the CLI ranking show the same figures
for every municipality of the demo, because each renders the one result document."""
from __future__ import annotations

import csv
import json
import re

import pytest
from fastapi.testclient import TestClient

from output.formats import de_number
from output.result import load
from output.result_text import render
from tests.ops.test_demo import RANK_ROW
from tests.support import reifegrad
from webapp.app import create_app
from webapp.settings import Settings


@pytest.mark.slow
def test_every_view_shows_the_same_figures(demo):
    out, proc = demo
    db = out / "reifegrad.db"
    with (out / "municipalities.csv").open(encoding="utf-8") as fh:
        every = [row["ags"] for row in csv.DictReader(fh)]
    ranking = {}
    for line in proc.stdout.splitlines():
        if m := RANK_ROW.match(line):
            ranking[m.group(2)] = (m.group(1), line)
    index = (out / "report" / "index.html").read_text("utf-8")
    settings = Settings(db=db, municipalities=out / "municipalities.csv", allow_simulated_web=True)
    cli = json.loads(reifegrad("result", "--db", str(db), every[0], "--json").stdout)
    assert cli == load(db, every[0])  # the command prints the document itself; the text view is its render()
    with TestClient(create_app(settings)) as client:
        for ags in every:
            doc = load(db, ags)
            assert client.get(f"/api/results/{ags}").json() == doc
            score, status = doc["score"]["score"], doc["visit"]["status_label"]
            shown = de_number(score)
            rank, line = ranking[ags]
            assert rank == str(doc["rank"]["position"] or "–") and f" {shown} " in line and line.endswith(status)
            page = (out / "report" / "gemeinden" / f"{ags}.html").read_text("utf-8")
            assert f'<b id="score">{shown}</b>' in page and status in page
            row = re.search(rf'<tr><td class="num">([^<]*)</td><td><a href="gemeinden/{ags}\.html">.*?</tr>', index, re.S)
            assert row and row.group(1) == de_number(doc["rank"]["position"], 0) and shown in row.group(0)
            web = client.get(f"/ergebnis/{ags}").text
            assert (f'<span id="score-value">{shown}</span>' in web) == (score is not None) and status in web
            text = render(doc)
            assert (f"Score: {shown} von 100" in text) == (score is not None) and f"Status: {status}" in text
