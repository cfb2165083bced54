"""Vendor identifiers of fingerprints_de.md that the catalogue gained in its audit against the reference.

Each page puts one identifier where the reference (or the vendor's own documentation) says it appears
(a link, an iframe, a form, an element of the page) and must be found as its component; each trap page
carries a look-alike that must not be.
"""
from __future__ import annotations

import pytest

from .conftest import findings

SITE = "musterstadt.de"


def link(href: str) -> str:
    return f'<a href="{href}">Weiter</a>'


def found(engine, html: str) -> dict:
    return findings(engine, html, f"https://www.{SITE}/seite", SITE)


# (identifier, component, product or None for a generic rule, page)
ADDED = [
    ("formcycle alias link", "form_server", "XIMA formcycle",
     link("https://formulare.musterstadt.de/formcycle/form/alias/1234/Hundesteuer/")),
    ("formcycle bare base, provide", "form_server", "XIMA formcycle", link("https://formcycle.eu/form/provide/692")),
    ("formcycle bare base, alias", "form_server", "XIMA formcycle", link("https://formcycle.eu/form/alias/mandant/myform")),
    ("formcycle login element id", "service_account", None, '<div id="xi-bs-login"></div>'),
    ("formcycle login element class", "service_account", None, '<div class="XBsLogin"></div>'),
    ("formcycle bs_auth_ref", "service_account", None, '<div data-bs_auth_ref="BUND_ID::https://idp.bundid.de"></div>'),
    ("eID client universal link (eid:)", "eid", "eID-Client",
     link("eid://www.ausweisapp.bund.de/eID-Client?tcTokenURL=https%3A%2F%2Fdienst.musterstadt.de%2Ftc")),
    ("eID client universal link (https)", "eid", "eID-Client",
     link("https://www.ausweisapp.bund.de/eID-Client?tcTokenURL=https%3A%2F%2Fdienst.musterstadt.de%2Ftc")),
    ("Zugangseröffnung slug (Detmold)", "secure_mailbox", None,
     '<a href="/hinweise-zur-elektronischen-kommunikation">Hinweise</a>'),
    ("Solr suggest field", "site_search", "TYPO3 Solr",
     '<form action="/ergebnis/"><input type="text" name="x" class="tx-solr-suggest"></form>'),
    ("Solr facet link", "site_search", "TYPO3 Solr", link("/ergebnis/?tx_solr%5Bfilter%5D%5B0%5D=type%3Apages")),
    ("Solr result page link", "site_search", "TYPO3 Solr", link("/ergebnis/?tx_solr[q]=hund&tx_solr[page]=2")),
    ("ke_search form id", "site_search", "TYPO3 ke_search",
     '<form id="form_kesearch_pi1" action="/ergebnis/"><input name="x"></form>'),
    ("ke_search box", "site_search", "TYPO3 ke_search", '<div class="kesearchbox"><input type="text" name="x"></div>'),
    ("Elasticsearch widget", "site_search", "Elasticsearch", '<div id="topsearchelastic_widget"></div>'),
    ("TEVIS concern form", "appointment_booking", "TEVIS",
     '<form class="cnc-form" method="post" action="/calendar"><input type="hidden" name="mdt" value="1"></form>'),
    ("TEVIS calendar input", "appointment_booking", "TEVIS", '<input class="cnc-item" data-tevis-calendars="5">'),
    ("TEVIS container class", "appointment_booking", "TEVIS", '<div class="TEVISWEB"><div id="cookie_msg"></div></div>'),
    ("netappoint on a NetCallUp host", "appointment_booking", "netappoint",
     link("https://ncu.halle.de/index.php?company=stadthalle")),
    ("BayernPortal online procedure", "form_server", "BayernPortal",
     link("https://www.bayernportal.de/dokumente/onlineverfahren/010395719")),
    ("BayernPortal online service", "form_server", "BayernPortal",
     link("https://www.bayernportal.de/dokumente/onlineservice/70219164659")),
    ("Kommunalportal.NRW tenant", "form_server", "Kommunalportal.NRW",
     link("https://leverkusen.kommunalportal.nrw/detail/-/vr-bis-detail/dienstleistung/11171/show")),
    ("Kommunalportal.NRW Servicekonto login", "service_account", "Servicekonto.NRW",
     link("https://grevenbroich.kommunalportal.nrw/c/portal/login/servicekonto")),
    ("BayernID host", "service_account", "BayernID", link("https://id.bayernportal.de/de/registration/eID")),
    ("SessionNet layout classes", "council_info", "SessionNet",
     '<div class="smclayout"><h2 class="smc-card-header-title">Sitzungen</h2></div>'),
    ("DIPAS procedure host (Hamburg)", "participation", "DIPAS", link("https://elbgaustrasse.beteiligung.hamburg/#/")),
    ("DIPAS app path", "participation", "DIPAS", link("https://www.musterstadt.de/dipas/drupal/dipas-pds/projects")),
    ("Form-Solutions findform on a data centre's host", "form_server", "Form-Solutions",
     link("https://www.formulare-zidkor.de/forms/findform?shortname=anm_vers&formtecid=2&areashortname=ludwigshafen")),
    ("OZG-Hub brand host", "form_server", "OZG-Hub", link("https://www.ozg-hub.de/")),
    ("Crossiety village square", "mobile_app", "Crossiety", link("https://crossiety.app/dorfplatz/musterstadt")),
]

TRAPS = [
    ("another UI kit's .cnc-form", "appointment_booking",
     '<form class="cnc-form cnc-form-spaced"><input type="text" name="q"></form>'),
    ("NetCallUp waiting times, no booking", "appointment_booking",
     link("https://ncu.halle.de/wartezeit/marktplatz/get.php?option=values")),
    ("AusweisApp download page", "eid", link("https://www.ausweisapp.bund.de/download")),
    ("federal AusweisApp in the stores", "mobile_app",
     link("https://apps.apple.com/de/app/ausweisapp/id948660805")
     + link("https://play.google.com/store/apps/details?id=com.governikus.ausweisapp2")),
    ("a search engine", "site_search",
     link("https://www.google.de/search?q=musterstadt") + '<form action="https://www.google.de/search"><input name="q"></form>'),
    ("Pressearchiv", "site_search", '<a href="/pressearchiv">Pressearchiv</a><p>Besucher willkommen</p>'),
    ("Google Maps in the privacy policy", "geoportal",
     '<h1>Datenschutzerklärung</h1><p>Google Maps</p><iframe src="https://www.google.com/maps/embed?pb=1"></iframe>'),
    ("paths near formcycle's", "form_server", link("/formular/provide/info") + link("/form/provider/list")),
    ("a BayernPortal service description", "form_server",
     link("https://www.bayernportal.de/dokumente/leistung/82442934325?plz=82487")),
    ("a report filed under /dipas/", "participation", link("/dipas/bericht-2023.pdf")),
    ("beBPo client named, nothing else", "secure_mailbox", "<p>Governikus Com Vibilia und SAFE-ID</p>"),
    ("a findform script without Form-Solutions' query", "form_server", link("/suche/findform?shortname=hund")),
    ("Crossiety named in a council report", "mobile_app", "<p>Der Gemeinderat hat die Einführung von Crossiety vertagt.</p>"),
]


@pytest.mark.parametrize("identifier,component,product,html", ADDED, ids=[a[0] for a in ADDED])
def test_added_identifier_is_found(engine, identifier, component, product, html):
    finding = found(engine, html).get(component)
    assert finding is not None, identifier
    assert finding.product == product


@pytest.mark.parametrize("trap,component,html", TRAPS, ids=[t[0] for t in TRAPS])
def test_trap_does_not_fire(engine, trap, component, html):
    assert component not in found(engine, html), trap

