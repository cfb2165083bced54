"""parse_page's fast walk reads every page exactly as the plain walk does (tests/detectors/reference_page.py):
text in the same order, the same links, labels, meta, scripts, frames, forms and title."""
from __future__ import annotations

import pytest

from bench.detector_speed import synth_page
from detectors.page import PageArtifact, parse_page

from .reference_page import same_reading
from .test_one_pass import farm_pages, fixture_pages

ATTRIBUTE_LINKS = (
    '<div class="teaser" onclick="window.location.href=\'/buergerservice/termine.html\'"><h3>Termin buchen</h3></div>'
    '<button type="button" onClick="window.open(\'https://termine.example.de/stadt\', \'_blank\')">Online-Termin</button>'
    '<a href="javascript:void(0)" onclick="self.location = \'kontakt.php?id=3\'" title="Kontakt"></a>'
    '<a href="javascript:window.open(\'https://ratsinfo.example.de/bi/\',\'rat\')">Ratsinfo</a>'
    '<tr data-href="/rathaus/formulare/"><td>Formulare</td></tr><div data-url="https://www.example.de/a" data-link="/b">'
    '<img alt="Bild"></div><form><button formaction="https://portal.example.de/antrag">Antrag stellen</button>'
    '<input type="button" value="Karte" onclick="location.assign(\'/karte/\')"></form>')
TRICKY = [
    "<p><b>x</b>c</p>d<div><p>e<!-- c -->f<i>g</i></p>h</div>",  # a tail before its element's children's text
    '<svg><title>Icon</title><path d="M0"/>nach dem Pfad</svg><script>var a = 1;</script>danach',
    "<noscript><p>Bitte JavaScript</p>aktivieren</noscript><template><b>t</b></template>",
    '<base href="/unter/"><a href="seite.html?x=1#top">Relativ</a><a href="../oben">Hoch</a><a href="./hier">Hier</a>',
    '<a href="a//b">Doppelt</a><a href="?q=1">Nur Anfrage</a><a href="mailto:x@y.de">Post</a><a href="tel:+49">Ruf</a>',
    '<a href="/x"><img alt="Logo der Gemeinde"></a><a href="/y" title="Titel"> </a><a href="/z" aria-label="Aria"></a>',
    '<a href="/n">STRASSE\u00a0Straße Barriere\u00b7frei\u00adheit e\u0301</a><a href="/k">\u212a\u0130</a>',
    "<title> </title><title>Zweiter Titel</title><meta name=Generator content=TYPO3><meta property=og:x>",
    '<form action="suche" id="f" class="c d"><input name=q><select name=s></select></form><iframe data-src="/k"></iframe>',
    "<a href=\"/a\">eins<span>zwei</span>drei</a>nach<a href='https://X.De:8080/p'>Port</a>",
    # the first <base> applies to the URLs before it too; a later one, and one without href, do not
    '<a href="vorher.html">Vorher</a><script src="s.js"></script><form></form><base href="https://cdn.m.de/neu/">'
    '<base href="/zweite/"><a href=" mit raum.html ">Raum</a><iframe src="//andere.de/f"></iframe>',
    '<base href=""><base href="/nicht/"><a href="javascript:void(0)">JS</a><a href="data:text/html,x">Daten</a>'
    '<a href="weiter.html">Weiter</a><a href="HTTPS://Gross.De/x">Gross</a><a href="https://www.m.de/eigen">Eigen</a>',
    # image maps and jump menus are links too; a select without onchange, "#" and plain values are not
    '<img usemap="#m"><map name="m"><area shape="rect" href="https://portal.de/x" alt="Portal"><area href="/y" title="T">'
    '<area nohref alt="Leer"></map><select onchange="location=this.value"><option value="#">-- bitte --</option>'
    '<optgroup label="g"><option value="https://termine.de/a">Termin <b>online</b></option></optgroup>'
    '<option value="abfall.htm">Abfall</option><option value="/rat?x=1#s">Rat</option><option value="2">Zwei</option>'
    '</select><select name="land"><option value="https://nicht.de/">Nein</option></select>',
    # targets told by attributes: onclick scripts, javascript: hrefs, data attributes, formaction
    ATTRIBUTE_LINKS,
    '<a href="#" onclick="window.open(this.href); return false">Selbst</a><div onclick="openTab(event, \'x\')">Tab</div>'
    '<li data-url="ja" data-link="{&quot;a&quot;:1}" data-href=" /mit/raum.html ">Raum</li><p ONCLICK="location.href=\'#t\'">',
]


@pytest.mark.parametrize("body", TRICKY)
def test_tricky_markup(body):
    for url in ("https://www.m.de/a/b.html?z=1", "https://www.m.de", "http://u@www.m.de:8080/a;p/b"):
        assert same_reading(PageArtifact(url, f"<html lang=de><head></head><body>{body}</body></html>")) is None


def test_fixtures_and_real_sized_pages():
    pages = [*fixture_pages(), *(PageArtifact(*synth_page(seed, kb)) for seed, kb in ((1, 100), (2, 200), (3, 300)))]
    assert [(p.url, diff) for p in pages if (diff := same_reading(p))] == []


@pytest.mark.slow  # seconds: every page of 20 simulated sites
def test_the_simulated_web():
    assert [(p.url, diff) for p in farm_pages() if (diff := same_reading(p))] == []


def test_a_framesets_frames_are_its_links():
    """An old site's frameset holds its menu and content only as frames: the crawler must be able to follow them."""
    html = ('<html><head><title>Gemeinde</title></head><frameset cols="200,*"><frame src="menu.html" name="menu">'
            '<frame src="/start/inhalt.html" title="Inhalt"><frame name="leer"><noframes>Ihr Browser …</noframes>'
            '</frameset></html>')
    page = parse_page(PageArtifact("https://www.m.de/alt/", html))
    assert [(link.url, link.text) for link in page.links] == [
        ("https://www.m.de/alt/menu.html", "menu"), ("https://www.m.de/start/inhalt.html", "inhalt")]
    assert same_reading(PageArtifact("https://www.m.de/alt/", html)) is None


def test_links_told_by_attributes_are_read_as_links():
    """A teaser box, a button or a table row whose target is in an onclick, a data attribute or a formaction, or an
    anchor's in a javascript: href: read after the anchors, in document order."""
    page = parse_page(PageArtifact("https://www.m.de/a/", f"<html><body>{ATTRIBUTE_LINKS}</body></html>"))
    assert [(link.url, link.text) for link in page.links] == [
        ("https://ratsinfo.example.de/bi/", "ratsinfo"),
        ("https://www.m.de/buergerservice/termine.html", "termin buchen"),
        ("https://termine.example.de/stadt", "online-termin"),
        ("https://www.m.de/a/kontakt.php?id=3", "kontakt"),
        ("https://www.m.de/rathaus/formulare/", "formulare"),
        ("https://www.example.de/a", "bild"),
        ("https://www.m.de/b", "bild"),
        ("https://portal.example.de/antrag", "antrag stellen"),
        ("https://www.m.de/karte/", "karte"),
    ]


def test_a_container_with_a_link_attribute_lends_its_link_no_words():
    """A <div data-url> around a section: its text is no label (its words would pass for the link's)."""
    section = "Online-Terminvergabe im Bürgerbüro und vieles mehr. " * 10
    page = parse_page(PageArtifact("https://www.m.de/", f'<div data-url="/ajax/liste" title="Liste"><p>{section}</p>'
                                   '<div data-href="/termine/">Online-Terminvergabe</div></div>'))
    assert [(link.url, link.text) for link in page.links] == [
        ("https://www.m.de/ajax/liste", "liste"), ("https://www.m.de/termine/", "online-terminvergabe")]
