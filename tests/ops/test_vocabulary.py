"""Issue 13: one vocabulary, German where people read it. Every German view of the demo (report pages, web
app pages, `reifegrad result`, the CLI ranking) shows labels, never an id such as `accessibility_statement`,
`link_text` or `finished`, nor English status or detail texts; service names are the model's everywhere."""
from __future__ import annotations

import csv
import re

import lxml.html
import pytest
from fastapi.testclient import TestClient

from detectors.model import catalogue
from detectors.rules import KINDS
from output.result import load
from output.result_text import render
from output.statuses import status_ids
from output.vocabulary import terms
from scoring import load_model
from webapp.app import create_app
from webapp.settings import Settings

# English words that German prose does not contain (lower case: the German noun "Not" stays allowed)
ENGLISH = re.compile(r"\b(the|and|was|could|not|none|unknown|missing|yes|no|with|from|refused|trackers|view|None|True|False|nan)\b")
URL = re.compile(r"\b(?:https?://|www\.)\S+")


def raw_ids() -> set[str]:
    """Every id of the catalogues that a view must label instead of showing."""
    cat = catalogue()
    ids = {c["id"] for c in cat["components"] + cat["checks"]} | set(load_model().services) | set(status_ids())
    for group in ("run_kinds", "run_states", "check_states", "views"):
        ids |= set(terms(group))
    return (ids | set(KINDS)) - {"ok", "demo"}  # "ok" is not a word of the views; "Demo" is German too


def offences(text: str, ids: set[str]) -> list[str]:
    """Raw ids and English words in a view's visible text (page quotes and code are the page's own words)."""
    text = URL.sub(" ", text)
    words = re.compile(r"(?<![\w.-])(" + "|".join(sorted(map(re.escape, ids), key=len, reverse=True)) + r")(?![\w-])")
    found = dict.fromkeys([m.group(0) for m in words.finditer(text)] + [m.group(0) for m in ENGLISH.finditer(text)])
    return [f"{word!r} in …{text[max(0, text.find(word) - 50):text.find(word) + 50]!r}…" for word in found]


def visible(html: str) -> str:
    """What a reader sees: no scripts or styles, no quoted page text (.match) or code, one line per element."""
    root = lxml.html.document_fromstring(html)
    for quoted in root.xpath("//script | //style | //code | //*[contains(concat(' ', @class, ' '), ' match ')]"):
        quoted.drop_tree()
    return "\n".join(t.strip() for t in root.itertext() if t.strip())


def walk(out, ranking: str) -> dict[str, str]:
    """name -> visible text of every German view of a demo's output directory."""
    db = out / "reifegrad.db"
    with (out / "municipalities.csv").open(encoding="utf-8") as fh:
        every = [row["ags"] for row in csv.DictReader(fh)]
    views = {"report index": visible((out / "report" / "index.html").read_text("utf-8")), "CLI ranking": ranking}
    settings = Settings(db=db, municipalities=out / "municipalities.csv", allow_simulated_web=True)
    with TestClient(create_app(settings)) as client:
        views["web start"] = visible(client.get("/").text)
        for ags in every:
            page = out / "report" / "gemeinden" / f"{ags}.html"
            if page.exists():
                views[f"report {ags}"] = visible(page.read_text("utf-8"))
            views[f"web {ags}"] = visible(client.get(f"/ergebnis/{ags}").text)
            doc = load(db, ags)
            if doc is not None:  # quoted page text («…») is the page's own words
                views[f"result {ags}"] = "\n".join(line for line in render(doc).splitlines() if "«" not in line)
    return views


@pytest.mark.slow
def test_every_german_view_shows_labels_not_ids(demo):
    out, proc = demo
    table = proc.stdout[proc.stdout.find(" AGS "):]
    views = walk(out, table[:table.find("\n", table.find("online = Anteil"))])  # the ranking, not the hints after it
    ids = raw_ids()
    found = {name: offences(text, ids) for name, text in views.items()}
    assert {name: hits for name, hits in found.items() if hits} == {}
    assert sum(name.startswith("web 0") or name.startswith("web 1") for name in views) > 5


def test_the_check_words_are_caught():
    """The walk above is only as good as its detector: ids and English details are found, German is not."""
    ids = raw_ids()
    assert offences("Erklärung zur Barrierefreiheit: vorhanden (Linktext, abgerufene Seite)", ids) == []
    assert offences("Notfall: Not in Sicht, Stufe 2 – Interaktion", ids) == []
    for bad in ("accessibility_statement", "kita_platz", "blocked", "finished", "link_text", "static",
                "missing: x-frame-options", "https=yes", "the server refused the crawler (HTTP 403)"):
        assert offences(f"Ergebnis: {bad}.", ids), bad
    assert offences("siehe https://www.x.de/accessibility_statement/static", ids) == []
