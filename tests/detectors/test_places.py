"""Another place's service told in the text (detectors/places.py), with the shipped fingerprints and census names: what
a news item about Ulm's Mängelmelder on the Kreis's site is, and what a town's own offer told with its name stays."""
from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from detectors.engine import Engine, aggregate
from detectors.page import PageArtifact
from detectors.places import census_names
from detectors.detect_file import text_to_html

REPO = Path(__file__).resolve().parents[2]


def found(engine: Engine, text: str, url: str, names: tuple[str, ...]) -> set[str]:
    html = text if text.startswith("<") else text_to_html(text)
    matches = engine.detect(PageArtifact(url, html), site_names=names)
    return {f.component for f in aggregate(matches, engine.threshold)}


ANOTHER = [  # (component, text, site URL, the site's municipalities)
    ("issue_reporting", "28.08.2026 Ulm führt Mängelmelder ein. Die Stadt Ulm bietet ihren Bürgerinnen und Bürgern seit "
     "August einen Mängelmelder an, über den man Schäden online melden kann.", "https://www.alb-donau-landkreis.de/presse",
     ("Alb-Donau-Kreis",)),
    ("chatbot", "01.12.2026 Digitaler Assistent in Saarbrücken: Erste Erfahrungen Die Verwaltung steht Ihnen zu den "
     "Öffnungszeiten gerne zur Verfügung. 24.11.2026 Sperrung der Rathausstraße", "https://www.dillingen-saar-stadt.de/aktuelles",
     ("Dillingen/ Saar",)),
    ("mobile_app", "Heimat-Info: Moormerland setzt auf Gemeinde-App. Die Gemeinde Moormerland informiert ihre Bürger "
     "jetzt per App.",
     "https://www.leer-ostfriesland-stadt.de/aktuelles", ("Leer (Ostfriesland)",)),
    ("issue_reporting", "Erfahrungsaustausch: Leipziger Schadensmelder. Mitarbeiter der Stadt Leipzig berichteten über "
     "ihren Online-Schadensmelder.", "https://www.chemnitz-rathaus.de/aktuelles", ("Chemnitz",)),
    ("digital_strategy", '<html><body><ul><li>18.11.2026 <a href="/2026/11/18/dorffunk/">Antrifttal jetzt bei DorfFunk</a>'
     '</li><li>04.11.2026 <a href="/2026/11/04/kreis-beschliesst-digitalstrategie/">Vogelsbergkreis beschließt '
     'Digitalstrategie</a></li></ul></body></html>',
     "https://www.antrifttal-gemeinde.de/aktuelles", ("Antrifttal",)),
]


@pytest.mark.parametrize("component, text, url, names", ANOTHER)
def test_another_places_service_is_not_the_sites(engine, component, text, url, names):
    assert component not in found(engine, text, url, names)


OWN = [
    # the site's own name, on a domain without it (a town's service portal on a vendor's domain)
    ("form_server", "Im Serviceportal der Stadt Paderborn stellen Sie Ihre Anträge online. Füllen Sie das Formular "
     "online aus und senden Sie es ab.", "https://mein-digiport.de/suche", ("Stadt Paderborn",)),
    ("issue_reporting", "Die Stadt Ulm bietet ihren Bürgerinnen und Bürgern einen Mängelmelder an, über den man Schäden "
     "online melden kann.", "https://www.ulm.de/maengel", ("Ulm",)),
    # a member of the Verband that shares the site
    ("mobile_app", "Rannungen setzt auf Dorf-App: Die DorfFunk-App gibt es im App Store und bei Google Play.",
     "https://www.vgem-massbach.de/aktuelles", ("Maßbach", "Rannungen", "Thundorf i.UFr.")),
    # the site joins in
    ("issue_reporting", "Wie Ulm bieten jetzt auch wir einen Mängelmelder an: Schäden melden Sie online.",
     "https://www.blaubeuren.de/", ("Blaubeuren",)),
    # the Kreis's service offered to the Gemeinde's citizens
    ("geoportal", "Bebauungspläne finden Sie im Geoportal des Landkreises Haßberge.",
     "https://www.rentweinsdorf.de/", ("Rentweinsdorf",)),
    # a name that is a common word: "buchen"
    ("appointment_booking", "Termine im Bürgerbüro können Sie online buchen. Buchen führt keine Warteliste.",
     "https://www.musterstadt.de/", ("Musterstadt",)),
]


@pytest.mark.parametrize("component, text, url, names", OWN)
def test_the_sites_own_offer_told_with_a_name_stays(engine, component, text, url, names):
    assert component in found(engine, text, url, names)


def test_without_the_municipalitys_names_no_place_is_judged(engine):
    """A saved page alone does not tell which places are the site's (a town's portal may sit on a vendor's domain)."""
    component, text, url, names = ANOTHER[0]
    assert component in found(engine, text, url, ())
    assert component not in found(engine, text, url, names)


def test_the_names_are_the_censuss(engine):
    """The shipped names are municipalities.csv's, as `python -m detectors.places municipalities.csv` writes them."""
    with (REPO / "municipalities.csv").open(encoding="utf-8", newline="") as f:
        names = census_names(csv.DictReader(f))
    shipped = json.loads((REPO / "detectors" / "fingerprints" / "_places.json").read_text("utf-8"))
    assert shipped["names"] == names
    assert {"ulm", "saarbrücken", "vogelsbergkreis", "neustadt", "st. wendel"} <= set(names)
    assert engine.places.names and not engine.places.names & engine.places.common


def test_the_command_line_takes_the_municipalitys_name(tmp_path):
    page = tmp_path / "presse.txt"
    page.write_text(ANOTHER[0][1], encoding="utf-8")
    args = [sys.executable, "-m", "reifegrad", "detect", str(page), "--url", ANOTHER[0][2], "--json"]
    without = json.loads(subprocess.run(args, capture_output=True, text=True, check=True, cwd=REPO).stdout)
    named = json.loads(subprocess.run([*args, "--name", "Alb-Donau-Kreis"], capture_output=True, text=True, check=True,
                                      cwd=REPO).stdout)
    assert "issue_reporting" in {f["component"] for f in without}
    assert "issue_reporting" not in {f["component"] for f in named}
