"""The match inside a snippet travels from the engine to every view: stored with the evidence (older files
gain the columns and keep their rows), carried in the result document, shown as <mark> / «…», markup as code."""
from __future__ import annotations

import csv
import dataclasses
import json
import zlib

from fastapi.testclient import TestClient

from crawler.memos import PageMemo, zstd
from detectors.model import Evidence, Finding, Match
from output.highlight import as_html, as_text
from output.report import write_report
from output.result import load
from output.store import Store
from tests.output.factory import MUNICIPALITIES, nightly, site
from webapp.app import create_app
from webapp.settings import Settings

TEXT = Evidence("https://www.flensburg.de/hilfe", "text", "…hier finden sie die erklärung zur barrierefreiheit <b>…",
                "statement/text/0", "static", (21, 51), False)
CODE = Evidence("https://www.flensburg.de/", "html", '<body class="tx_civserv_pi1">', "civserv/html/0", "static", (13, 24),
                True)


def _night(store: Store, model, evidence: list[Evidence]) -> None:
    visit = dataclasses.replace(site("flensburg.de"), findings=[Finding("accessibility_statement", None, 80, evidence)])
    nightly(store, model, "2026-11-01", {"flensburg.de": (["01001000"], visit)})


def _evidence(db, ags: str = "01001000") -> list[dict]:
    doc = load(db, ags)
    return next(c for c in doc["components"] if c["id"] == "accessibility_statement")["evidence"]


def test_marks_reach_the_document_and_every_view(store, model):
    _night(store, model, [TEXT, CODE])
    shown = {e["kind"]: e for e in _evidence(store.path)}
    assert shown["text"]["mark"] == [21, 51] and shown["text"]["markup"] is False
    assert shown["html"]["mark"] == [13, 24] and shown["html"]["markup"] is True
    html = as_html(shown["text"])
    assert "<mark>erklärung zur barrierefreiheit</mark>" in html and "&lt;b&gt;" in html and "<code>" not in html
    assert as_html(shown["html"]) == '<code>&lt;body class=&#34;<mark>tx_civserv_</mark>pi1&#34;&gt;</code>'
    assert as_text(shown["text"]) == "…hier finden sie die «erklärung zur barrierefreiheit» <b>…"


def test_a_narrower_view_keeps_the_match(store, model):
    long = Evidence("https://www.flensburg.de/", "text", "wort " * 30 + "barrierefreiheit" + " wort" * 6, "s/text/0",
                    mark=(150, 166))
    _night(store, model, [long])
    (e,) = _evidence(store.path)
    assert "«barrierefreiheit»" in as_text(e, 60) and len(as_text(e, 60)) <= 62


def test_an_older_file_gains_the_columns_and_keeps_its_evidence(tmp_path, model):
    path = tmp_path / "old.db"
    with Store(path) as store:
        store.upsert_municipalities(MUNICIPALITIES)
        _night(store, model, [TEXT])
        for column in ("mark", "markup"):  # the file as an older version wrote it
            store.conn.execute(f"ALTER TABLE evidence DROP COLUMN {column}")
        store.conn.execute("PRAGMA user_version = 1")
    with Store(path) as store:
        columns = {r[1] for r in store.conn.execute("PRAGMA table_info(evidence)")}
        assert {"mark", "markup"} <= columns
        (old,) = _evidence(path)
        assert old["mark"] is None and old["markup"] is False and as_text(old) == TEXT.match
        _night(store, model, [CODE])
    assert _evidence(path)[0]["mark"] == [13, 24]


def test_page_memos_keep_marks_and_read_older_ones():
    memo = PageMemo("sha", matches=[Match("accessibility_statement", None, 80, TEXT), Match("x", None, 30, CODE)])
    again = PageMemo.unpack(memo.pack(), "sha", None, None)
    assert [m.evidence for m in again.matches] == [TEXT, CODE]
    old = json.loads(zstd.decompress(memo.pack()))
    old["matches"] = [m[:8] for m in old["matches"]]  # packed (with zlib) before marks were kept
    legacy = PageMemo.unpack(zlib.compress(json.dumps(old).encode()), "sha", None, None)
    assert [m.evidence for m in legacy.matches] == [dataclasses.replace(TEXT, mark=None, markup=False),
                                                    dataclasses.replace(CODE, mark=None, markup=False)]


def test_the_report_and_the_web_app_mark_the_match(store, model, tmp_path):
    _night(store, model, [TEXT, CODE])
    write_report(store.path, tmp_path / "report", ags=["01001000"])
    page = (tmp_path / "report" / "gemeinden" / "01001000.html").read_text("utf-8")
    assert "<mark>erklärung zur barrierefreiheit</mark>" in page and "<code>&lt;body class=" in page
    listed = tmp_path / "municipalities.csv"
    with listed.open("w", newline="", encoding="utf-8") as fh:
        columns = ("ags", "name", "type", "level", "state_code", "state", "population", "website_url")
        writer = csv.DictWriter(fh, fieldnames=columns, extrasaction="ignore", restval="")
        writer.writeheader()
        writer.writerows(MUNICIPALITIES)
    with TestClient(create_app(Settings(db=store.path, municipalities=listed))) as client:
        web = client.get("/ergebnis/01001000").text
    assert "<mark>erklärung zur barrierefreiheit</mark>" in web and "<mark>tx_civserv_</mark>" in web
