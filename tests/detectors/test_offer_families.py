"""Families of real-world phrasing that show an offer, and the mentions beside them that do not.

Each family: offers written in several ways (none copied from the realistic district or from real pages)
that must be found on a page of their own, and traps that must not. The labelling conventions behind them
are those of ``../shared/realpages/README.md``.
"""
from __future__ import annotations

import pytest

from detectors.page import PageArtifact

from .conftest import findings

URL = "https://www.musterstadt.de/seite/"

OFFERS = {
    "accessibility_statement": [
        # the EU model statement under a bare "Barrierefreiheit" title, in several cuts
        "<h1>Barrierefreiheit</h1><h2>Stand der Vereinbarkeit mit den Anforderungen</h2>"
        "<p>Diese Website ist wegen der unten genannten Ausnahmen teilweise mit der BITV 2.0 vereinbar.</p>"
        "<h2>Durchsetzungsverfahren</h2><p>Sie können sich an die Schlichtungsstelle wenden.</p>",
        "<h1>Barrierefreiheit</h1><h2>Nicht barrierefreie Inhalte</h2><p>Ältere Videos haben keine Untertitel.</p>"
        "<h2>Erstellung dieser Erklärung</h2><p>Die Angaben beruhen auf einer Selbstbewertung.</p>",
        "<h1>Barrierefreiheit</h1><p>Unser Internetangebot ist nur teilweise barrierefrei. Folgende Inhalte sind "
        "derzeit nicht barrierefrei: eingebettete Stadtpläne.</p><h3>Feedback und Kontaktangaben</h3>"
        "<p>Hinweise nehmen wir gern per E-Mail entgegen.</p>",
        "<h1>Barrierefreiheit</h1><p>Die Gemeinde möchte ihre Website im Einklang mit der Richtlinie (EU) "
        "2016/2102 barrierefrei zugänglich machen; die Website ist mit diesen Vorgaben weitgehend vereinbar.</p>"
        "<p>Bleibt eine Anfrage unbeantwortet, können Sie ein Schlichtungsverfahren einleiten.</p>",
        # the model statement's opening sentence, with the site's address inside it or the law named between
        "<h1>Barrierefreiheit</h1><p>Der Markt Musterhausen ist bemüht, seinen Internetauftritt "
        "www.musterhausen.de barrierefrei zugänglich zu machen.</p>",
        "<h1>Digitale Barrierefreiheit</h1><p>Wir sind bestrebt, unsere Webseiten und mobilen Anwendungen im "
        "Einklang mit der Barrierefreie-Informationstechnik-Verordnung zugänglich zu machen.</p>",
        "<p>Das Landratsamt bemüht sich, die App „Landkreis mobil“ barrierefrei zugänglich zu gestalten.</p>",
    ],
    "secure_mailbox": [
        # the administration's beBPo documented as a way in
        "<p>Behörden, Gerichte und Rechtsanwälte erreichen uns sicher über das besondere elektronische "
        "Behördenpostfach.</p>",
        "<p>Das Landratsamt ist für Gerichte und Kanzleien über sein beBPo erreichbar.</p>",
        "<p>Für den elektronischen Rechtsverkehr hat die Kreisverwaltung einen Zugang über das EGVP/beBPo "
        "eröffnet.</p>",
        "<p>Unser besonderes elektronisches Behördenpostfach finden Sie im Verzeichnis unter unserer SAFE-ID.</p>",
        "<p>Das beBPo des Landkreises nimmt Schriftsätze von Gerichten und Kanzleien entgegen.</p>",
        # a published De-Mail address of the administration
        '<p>De-Mail: <a href="mailto:rathaus@musterstadt.de-mail.de">rathaus@musterstadt.de-mail.de</a></p>',
        "<p>Rechtsverbindlich schreiben Sie uns an poststelle(at)musterstadt.de-mail.de</p>",
    ],
    "service_account": [
        # a Land or federal account named with its use for this administration's online services
        "<p>Um unsere Online-Dienste zu nutzen, melden Sie sich einfach mit Ihrer BundID an.</p>",
        "<p>Für sämtliche Onlineanträge der Stadt benötigen Sie ein Nutzerkonto (BundID).</p>",
        "<p>Bescheide zu Ihren Anträgen liegen anschließend im Postkorb Ihrer BayernID.</p>",
        "<p>Wir setzen für alle digitalen Anträge das Servicekonto.NRW ein.</p>",
        "<p>Für die Nutzung unserer Online-Services wird die Hessen-ID verwendet.</p>",
    ],
    "open_data": [
        # an open licence next to downloadable datasets
        '<h2>Offene Daten</h2><p>Die Haushaltsdaten stehen unter der Lizenz CC BY 4.0 bereit: '
        '<a href="/daten/haushalt-2025.csv">Haushalt 2025 (CSV)</a></p>',
        "<p>Unsere Datensätze veröffentlichen wir unter der Datenlizenz Deutschland – Zero – Version 2.0.</p>"
        '<ul><li><a href="/opendata/baumkataster.geojson">Baumkataster</a></li></ul>',
        "<p>Verkehrszählungen als maschinenlesbare Tabellen, frei verwendbar nach Creative Commons "
        'Namensnennung: <a href="/files/zaehlstellen.xlsx">Zählstellen</a></p>',
    ],
    "form_server": [
        # an online defect report: a form filled in and submitted online
        '<p>Eine defekte Laterne? <a href="/buergerservice/maengelmelder">Zum Mängelmelder</a></p>',
        '<p><a href="https://melden.musterstadt.de/anliegen/neu">Schäden online melden</a></p>',
        "<p>Mit dem Online-Mängelmelder der Stadt geben Sie Hinweise auf Schlaglöcher rund um die Uhr.</p>",
    ],
    "digital_strategy": [
        # the strategy shown with its content or adoption
        "<p>Die Digitalstrategie „Musterstadt digital 2030“ gliedert sich in sechs Handlungsfelder, von der "
        "E-Akte bis zum freien WLAN.</p>",
        "<p>Im Juli hat der Stadtrat die Smart City Strategie verabschiedet.</p>",
        "<p>Leitlinien, Ziele und konkrete Projekte beschreibt unsere Strategie für die Digitalisierung der "
        "Verwaltung.</p>",
    ],
}

TRAPS = {
    "accessibility_statement": [
        # physical accessibility, with words the statement uses too
        "<h1>Barrierefreiheit im Rathaus</h1><p>Das Rathaus ist nur teilweise barrierefrei: im Erdgeschoss gibt "
        "es eine barrierefreie Toilette, die Bushaltestelle vor dem Haus wurde barrierefrei umgebaut.</p>"
        "<p>Feedback und Kontakt: Anregungen an info@musterstadt.de.</p>",
        "<p>Die Stadtwerke nehmen an Verfahren vor der Schlichtungsstelle Energie teil. Eine Sperre wäre mit den "
        "Vertragsbedingungen nicht vereinbar.</p>",
        # one section word alone is a hint
        "<p>Unsere neue Website wurde nach BITV 2.0 gestaltet.</p>",
        # being bemüht about a building or a bus stop, or about the website in another sentence
        "<p>Die Gemeinde ist bemüht, alle öffentlichen Gebäude und Haltestellen barrierefrei zugänglich zu "
        "machen.</p>",
        "<p>Wir sind bemüht, unsere Website aktuell zu halten. Das Bürgerhaus ist barrierefrei zugänglich, "
        "um dort Veranstaltungen zugänglich zu machen.</p>",
    ],
    "secure_mailbox": [
        "<p>Seit Januar müssen alle Behörden ein besonderes elektronisches Behördenpostfach (beBPo) einrichten. "
        "Über das beBPo kommunizieren Gerichte und Anwälte mit Behörden.</p>",
        "<dl><dt>beBPo</dt><dd>besonderes elektronisches Behördenpostfach</dd><dt>EGVP</dt>"
        "<dd>Elektronisches Gerichts- und Verwaltungspostfach</dd></dl>",
        "<p>Unser De-Mail-Postfach stadt@musterstadt.de-mail.de wurde abgeschaltet, weil der Anbieter den Dienst "
        "eingestellt hat.</p>",
    ],
    "de_mail": [
        "<p>Unser De-Mail-Postfach stadt@musterstadt.de-mail.de wurde abgeschaltet, weil der Anbieter den Dienst "
        "eingestellt hat.</p>",
    ],
    "service_account": [
        # the account explained in general, or help with it
        "<p>Was ist die BundID? Mit der BundID können sich Bürgerinnen und Bürger bei Behörden in ganz "
        "Deutschland online ausweisen. Weitere Informationen bietet das Bundesministerium des Innern.</p>",
        "<p>Die BundID ist das zentrale Nutzerkonto des Bundes; mit ihr weisen sich Bürgerinnen und Bürger bei "
        "Behörden aus.</p>",
        "<p>Die BayernID, das Bürgerkonto des Freistaats, gibt es seit 2023 auch als App.</p>",
        "<p>Benötigen Sie Hilfe bei der BayernID? Die Hotline des Freistaats ist werktags erreichbar.</p>",
        "<p>Mit Ihrem Leserausweis melden Sie sich im Online-Katalog der Stadtbücherei an.</p>",
    ],
    "open_data": [
        # a Creative Commons licence on a photo, on a page with a data file
        '<figure><img src="/bilder/rathaus.jpg" alt="Rathaus"><figcaption>Foto: Max Mustermann, CC BY-SA 4.0'
        '</figcaption></figure><p>Die Wahlergebnisse finden Sie hier: <a href="/wahl/ergebnisse.csv">'
        "Ergebnisse (CSV)</a></p>",
        "<p>Die Inhalte dieser Website stehen, soweit nicht anders angegeben, unter CC BY 4.0.</p>",
        '<p>Die Abfuhrtermine gibt es auch als Tabelle: <a href="/abfall/termine.csv">Abfuhrtermine (CSV)</a></p>',
        "<p>Künftig sollen auch Verwaltungsdaten als Open Data bereitgestellt werden.</p>",
    ],
    "form_server": [
        # a defect report by app only
        '<p>Schäden melden Sie mit der App: <a href="https://play.google.com/store/apps/details?id=de.musterstadt">'
        "Mängelmelder bei Google Play</a></p>",
        '<p><a href="/leben/maengelmelder-app">Mängelmelder</a></p>',
        "<p>Die Mängelmelder-App gibt es für iOS und Android.</p>",
        # a link that only names a reporting platform: issue_reporting, not an online form of the administration
        '<p><a href="https://maerker.brandenburg.de/bb/musterstadt">Zum Maerker</a></p>',
    ],
    "digital_strategy": [
        "<p>Der Gemeinderat hat den Antrag auf eine Digitalisierungsstrategie mit eigenen Handlungsfeldern "
        "abgelehnt.</p>",
        "<p>Bis Ende des Jahres soll eine Digitalstrategie mit Zielen und Maßnahmen erarbeitet werden.</p>",
        "<p>Die Digitalstrategie der Bundesregierung setzt Schwerpunkte bei Netzen und Verwaltung.</p>",
        "<p>Die Nachhaltigkeitsstrategie der Stadt ruht auf vier Säulen.</p>",
    ],
}


def cases(table: dict[str, list[str]]) -> list:
    return [pytest.param(c, body, id=f"{c}-{i}") for c, bodies in table.items() for i, body in enumerate(bodies)]


def found(engine, body: str) -> dict:
    html = f"<!DOCTYPE html><html lang='de'><head><title>Seite</title></head><body><main>{body}</main></body></html>"
    return findings(engine, html, URL, "musterstadt.de")


@pytest.mark.parametrize(("component", "body"), cases(OFFERS))
def test_offer_is_found(engine, component, body):
    assert component in found(engine, body)


@pytest.mark.parametrize(("component", "body"), cases(TRAPS))
def test_trap_is_not_found(engine, component, body):
    assert component not in found(engine, body)


def test_a_de_mail_address_is_also_the_secure_channel_and_names_it(engine):
    shown = found(engine, next(b for b in OFFERS["secure_mailbox"] if "mailto:" in b))
    assert shown["de_mail"].product == shown["secure_mailbox"].product == "De-Mail"


def test_a_bebpo_mention_and_a_model_section_stay_hints(engine):
    """One hint is weighed, not dropped: beside a second hint of the site it makes a finding."""
    weights = {}
    for component, body in (("secure_mailbox", TRAPS["secure_mailbox"][0]),
                            ("accessibility_statement", TRAPS["accessibility_statement"][2])):
        matches = engine.detect(PageArtifact(URL, body), site_domain="musterstadt.de")
        weights[component] = sum(m.confidence for m in matches if m.component == component)
    assert all(0 < w < engine.threshold for w in weights.values()), weights


def test_a_neighbours_strategy_is_not_ours(engine):
    body = "<p>Die Nachbarstadt hat ihre Digitalstrategie mit fünf Handlungsfeldern beschlossen.</p>"
    assert "digital_strategy" not in found(engine, body)
