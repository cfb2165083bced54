"""parse_page's fast walk reads every page exactly as the plain walk does (tests/detectors/reference_page.py):
text in the same order, the same links, labels, meta, scripts, frames, forms and title."""
from __future__ import annotations

import pytest

from bench.detector_speed import synth_page
from detectors.page import PageArtifact

from .reference_page import same_reading
from .test_one_pass import farm_pages, fixture_pages

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
