"""A page about a component that says it is not there yet takes the finding from the links that lead to it
(detectors/disclaimers.py), with the shipped fingerprints; the blind districts' whole sites are in
tests/farm/test_blind_districts.py."""
from __future__ import annotations

import json

import pytest

from crawler.memos import PageMemo
from detectors.disclaimers import DISCLAIMER
from detectors.engine import Engine, aggregate
from detectors.page import PageArtifact
from detectors.rules import RuleError

SITE = "https://www.musterdorf.de"
MENU = ('<header><ul><li><a href="/">Startseite</a></li><li><a href="/rathaus/">Rathaus</a></li>'
        '<li><a href="/leichte-sprache/">Leichte Sprache</a></li><li><a href="/kontakt/">Kontakt</a></li></ul></header>'
        '<nav class="breadcrumb"><a href="/">Startseite</a> / {crumb}</nav>')


def page(path: str, title: str, body: str) -> PageArtifact:
    html = (f"<!DOCTYPE html><html lang=de><head><title>{title} - Gemeinde Musterdorf</title></head><body>"
            f"{MENU.format(crumb=title)}<main><h1>{title}</h1>{body}</main>"
            '<footer><a href="/impressum/">Impressum</a> <a href="/leichte-sprache/">Leichte Sprache</a></footer>'
            "</body></html>")
    return PageArtifact(SITE + path, html)


OTHER_PAGES = [
    page("/", "Willkommen", "<p>Willkommen in Musterdorf. Hier finden Sie Neuigkeiten aus der Gemeinde.</p>"),
    page("/rathaus/", "Rathaus", "<p>Das Rathaus ist montags bis freitags von 8 bis 12 Uhr geöffnet.</p>"),
    page("/kontakt/", "Kontakt", "<p>Schreiben Sie uns an info@musterdorf.de.</p>"),
]


def site_findings(engine: Engine, pages: list[PageArtifact]) -> set[str]:
    return {f.component for f in aggregate([m for p in pages for m in engine.detect(p)], engine.threshold)}


@pytest.mark.parametrize("body", [
    "<p>Diese Seite ist noch im Aufbau. Bald finden Sie hier Informationen über die Gemeinde in einfacher Form.</p>",
    "<p>Hier sollen bald Informationen in Leichter Sprache stehen. Wir arbeiten daran.</p>",
    "<p>Informationen in Leichter Sprache werden zurzeit erstellt. Bitte rufen Sie uns an.</p>",
    "<p>Wir arbeiten an Texten in Leichter Sprache. Sie werden im Jahr 2027 hier veröffentlicht.</p>",
])
def test_links_to_a_placeholder_page_carry_no_finding(engine, body):
    pages = [*OTHER_PAGES, page("/leichte-sprache/", "Leichte Sprache", body)]
    assert "easy_language" not in site_findings(engine, pages)
    own = engine.detect(pages[-1])
    assert [m.component for m in own if m.evidence.kind == DISCLAIMER] == ["easy_language"]


@pytest.mark.parametrize("body", [
    "<p>Hier finden Sie Informationen in Leichter Sprache. Das Rathaus ist ein Haus. Dort arbeiten viele Menschen.</p>",
    "<p>Herzlich willkommen. Sie lesen hier Texte in Leichter Sprache: <a href='/leichte-sprache/rathaus/'>Das Rathaus"
    "</a>. Weitere Texte in Leichter Sprache folgen bald.</p>",
    "<p>Das Rathaus ist ein Haus. Dort arbeiten viele Menschen. Sie helfen Ihnen.</p>",
])
def test_a_page_with_content_keeps_its_links(engine, body):
    """A page in Leichter Sprache (or one that does not say it is empty) keeps the menu's links: the finding stays."""
    pages = [*OTHER_PAGES, page("/leichte-sprache/", "Leichte Sprache", body)]
    assert "easy_language" in site_findings(engine, pages)


def test_a_statement_listing_what_is_missing_is_no_placeholder(engine):
    """An accessibility statement names what is not accessible yet ("Informationen in Leichter Sprache werden derzeit
    erstellt"): a placeholder about another component, not about the statement."""
    statement = page("/barrierefreiheit/", "Erklärung zur Barrierefreiheit",
                     "<p>Informationen in Leichter Sprache werden derzeit erstellt und sollen 2027 veröffentlicht "
                     "werden.</p><p>Die Gemeinde ist bemüht, ihre Website barrierefrei zugänglich zu machen.</p>")
    footer = [PageArtifact(p.url, p.html.replace("<footer>", '<footer><a href="/barrierefreiheit/">Erklärung zur '
                                                 'Barrierefreiheit</a> ')) for p in OTHER_PAGES]
    assert not [m for m in engine.detect(statement) if m.evidence.kind == DISCLAIMER]
    assert "accessibility_statement" in site_findings(engine, [*footer, statement])


def test_another_offer_on_the_site_still_counts(engine):
    placeholder = page("/leichte-sprache/", "Leichte Sprache", "<p>Diese Seite ist noch im Aufbau.</p>")
    brochure = page("/wahlen/", "Wahlen", '<p>Die Wahl-Broschüre gibt es auch '
                    '<a href="/media/wahl-leichte-sprache.pdf">in Leichter Sprache (PDF)</a>.</p>')
    assert "easy_language" in site_findings(engine, [*OTHER_PAGES, placeholder, brochure])
    assert "easy_language" not in site_findings(engine, [*OTHER_PAGES, placeholder])


def test_a_page_showing_the_product_disclaims_nothing(engine):
    """A booking page whose words say "wird überarbeitet" but which embeds the booking system still offers it."""
    booking = PageArtifact(SITE + "/termine/", "<html><head><title>Online-Terminvergabe</title></head><body>"
                           "<h1>Online-Terminvergabe</h1><p>Diese Seite wird derzeit überarbeitet.</p>"
                           '<iframe src="https://termine-reservieren.de/termine/musterdorf/"></iframe></body></html>')
    assert not [m for m in engine.detect(booking) if m.evidence.kind == DISCLAIMER]


def test_a_disclaimer_survives_a_page_memo(engine):
    """Memos replay an unchanged page's matches: its disclaimer must come back with them, or the next night's finding
    would differ from this one's."""
    placeholder = page("/leichte-sprache/", "Leichte Sprache", "<p>Diese Seite ist noch im Aufbau.</p>")
    memo = PageMemo("sha", matches=engine.detect(placeholder))
    replayed = PageMemo.unpack(memo.pack(), "sha", None, None)
    assert replayed.matches == memo.matches
    assert any(m.evidence.kind == DISCLAIMER for m in replayed.matches)


def test_a_malformed_placeholder_is_named(tmp_path):
    (tmp_path / "_vetoes.json").write_text(json.dumps({"components": [], "placeholders": [
        {"id": "broken", "pattern": "("}]}), "utf-8")
    with pytest.raises(RuleError, match="placeholders"):
        Engine.load(tmp_path)
    (tmp_path / "_vetoes.json").write_text(json.dumps({"components": [], "placeholders": [
        {"id": "odd", "pattern": "x", "reach": "page"}]}), "utf-8")
    with pytest.raises(RuleError, match="placeholder odd"):
        Engine.load(tmp_path)


@pytest.mark.parametrize("statement, offered", [
    ("Das Amt hat einen Zugang für elektronisch signierte Dokumente derzeit nicht eröffnet. E-Mails sind nicht "
     "verschlüsselt.", False),
    ("Das Amt hat einen Zugang für elektronisch signierte und verschlüsselte Dokumente eröffnet (§ 3a VwVfG): "
     "senden Sie diese an unsere Virtuelle Poststelle.", True),
])
def test_an_old_page_named_by_its_titles_second_part(engine, statement, offered):
    """An old site writes "Amt X - Elektronische Kommunikation" and has no h1: the title's part that names the
    component is the page's heading, so a menu's link to a page saying no access is opened carries nothing."""
    menu = '<td><a href="/zugang.htm">Elektronische Kommunikation</a></td>'
    html = ("<html><head><title>Amt Musterau - {title}</title></head><body><table><tr>" + menu
            + "<td><b>{title}</b><p>{body}</p></td></tr></table></body></html>")
    pages = [PageArtifact(f"{SITE}/{name}.htm", html.format(title=title, body=body)) for name, title, body in (
        ("index", "Startseite", "Willkommen im Amt Musterau."),
        ("buergerinfo", "Bürgerinformation", "Öffnungszeiten: montags bis freitags 8 bis 12 Uhr."),
        ("zugang", "Elektronische Kommunikation", statement))]
    assert ("secure_mailbox" in site_findings(engine, pages)) is offered
