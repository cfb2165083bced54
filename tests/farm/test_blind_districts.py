"""The blind districts: whole municipal websites written by engineers who never read the rules
(tests/farm/fixtures/blinddistrict1-9, each with its MEASURED.md), crawled by the real crawler through the farm and
judged site by site. Each district is held to the errors listed here: a fixed error must leave the list (that is how
a fix shows), a new one is a regression. What the lists hold, and why, is in each district's MEASURED.md."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bench import district_eval

FIXTURES = Path(__file__).parent / "fixtures"
KNOWN: dict[str, set[tuple[str, str, str]]] = {
    "blinddistrict1": {
        ("www.oberaurach-gemeinde.de", "newsletter", "false"),  # the tourism association's newsletter, linked in prose
        ("www.dersau-am-ploener-see.de", "appointment_booking", "false"),  # a plan headline after a menu, an RSS feed
        ("www.dersau-am-ploener-see.de", "social_media", "false"),  # the fire brigade's profile (a doubtful label)
    },
    "blinddistrict2": set(),
    "blinddistrict3": {
        ("www.gemeinde-britz-barnim.de", "form_server", "false"),  # a Maerker link (the realpages convention counts it)
    },
    "blinddistrict4": {
        ("www.vgem-nassenfels.de", "accessibility_statement", "false"),  # a bare "Barrierefreiheit" link: a ramp
        ("www.delmenhorst-stadt.de", "open_data", "false"),  # an "Offene Daten" page that is a concept
        ("www.delmenhorst-stadt.de", "sign_language", "false"),  # a page on interpreters, no DGS content
        ("www.werne-rathaus.de", "epayment", "false"),  # "… online" link labels run into a sentence of bank transfer
        ("www.werne-rathaus.de", "mobile_app", "false"),  # a "Prüfauftrag" headline in a news list without dates
        ("www.vg-nastaetten-online.de", "appointment_booking", "false"),  # "kommt 2027" in a list without dates
        ("www.dersau-am-see.de", "appointment_booking", "false"),  # "bietet das Amt nicht an" run into link labels
        ("www.kriebstein-gemeinde.de", "digital_strategy", "false"),  # the Landkreis's strategy on a Gemeinde's site
    },
    "blinddistrict5": {
        ("www.stadtverwaltung-zeitz.de", "sign_language", "false"),  # "… geplant" run into the next teaser, no stop
    },
    "blinddistrict6": {
        ("www.zuelpich-rathaus.de", "newsletter", "false"),  # "Newsletter eingestellt" (discontinued, or posted?)
        ("www.kreisverwaltung-germersheim.de", "secure_mailbox", "false"),  # a De-Mail address, labelled de_mail only
        ("www.buehl-stadtverwaltung.de", "issue_reporting", "false"),  # "Schäden melden" to a page that says phone
        ("www.eutin-stadt.de", "issue_reporting", "false"),  # the same
        ("www.stadtportal-schwerin.de", "eid", "miss"),  # depth 4 behind an A-Z list, past the page budget of 60
        ("www.stadtportal-schwerin.de", "service_account", "miss"),  # the same page
        ("www.eutin-stadt.de", "participation", "miss"),  # BOB-SH, a Land platform no rule knows
    },
    "blinddistrict7": {
        ("www.gemeinde-dahlem-eifel.de", "social_media", "false"),  # the clubs' Facebook and Instagram pages
        ("www.jessen-elster-stadt.de", "secure_mailbox", "false"),  # a De-Mail address, labelled de_mail only
    },
    "blinddistrict8": {
        ("www.dorf-krummin.de", "social_media", "miss"),  # a Facebook group, labelled the Gemeinde's profile
    },
    "blinddistrict9": {
        ("www.dreieich-rathaus.de", "eid", "false"),  # "Mit der Online-Ausweisfunktion können Sie sich … ausweisen"
        ("www.landkreis-uelzen-portal.de", "eid", "miss"),  # "mit dem Online-Ausweis … über i-Kfz zulassen"
    },
}


@pytest.mark.parametrize("district", sorted(KNOWN))
def test_every_error_of_a_blind_district_is_known(district: str, tmp_path: Path) -> None:
    found_errors: set[tuple[str, str, str]] = set()
    for root in sorted(p for p in (FIXTURES / district).iterdir() if p.is_dir()):
        truth, found, _ = district_eval.district_results(root, tmp_path, render=False)
        with sqlite3.connect(tmp_path / f"{root.name}.db") as db:
            statuses = {status for (status,) in db.execute("SELECT status FROM visits")}
        assert statuses == {"ok"}, (root.name, statuses)
        judged_truth, judged_found = district_eval.judged(truth, found, render=False)
        found_errors |= district_eval.errors(judged_truth, judged_found)
    assert sorted(found_errors - KNOWN[district]) == [], "errors not listed (a regression?)"
    assert sorted(KNOWN[district] - found_errors) == [], "listed errors that are gone (remove them from KNOWN)"
