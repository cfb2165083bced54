"""The detector pitfalls of fingerprints_de.md §9, one test each."""
from __future__ import annotations

from detectors.page import PageArtifact

from .conftest import findings


def test_tevis_needs_a_tevis_host_not_jquery_select2(engine):
    jquery = '<script src="/js/select2/select2.min.js"></script><a href="https://www.musterstadt.de/select2?md=4">x</a>'
    assert "appointment_booking" not in findings(engine, jquery)
    tevis = '<a href="https://tevis.ekom21.de/kas/select2?md=4">Termin</a>'
    assert findings(engine, tevis)["appointment_booking"].product == "TEVIS"


def test_berlin_zms_only_on_service_berlin_de(engine):
    cms = '<a href="https://www.coburg.de/terminvereinbarung/termin/index.html">Termine</a>'
    assert "appointment_booking" not in findings(engine, cms)
    zms = '<a href="https://service.berlin.de/terminvereinbarung/termin/all/120686/">Termin</a>'
    assert findings(engine, zms)["appointment_booking"].product == "Berlin ZMS"


def test_both_buergerserviceportal_spellings(engine):
    for host in ("www.buergerserviceportal.de", "www.buergerservice-portal.de"):
        found = findings(engine, f'<a href="https://{host}/bayern/landshut/home">Portal</a>')
        assert found["form_server"].product == "AKDB Bürgerservice-Portal", host


def test_shared_tevis_instance_by_mandant_prefix(engine):
    found = findings(engine, '<a href="https://tevis.ekom21.de/offkul/">Termin Bürgerbüro</a>')
    assert found["appointment_booking"].product == "TEVIS"


def test_ratsinfo_host_is_generic(engine):
    found = findings(engine, '<a href="https://ratsinfo.musterstadt.de/">Sitzungen</a>')
    assert found["council_info"].product is None
    assert 50 <= found["council_info"].confidence < 100


def test_middle_dot_is_normalised(engine):
    found = findings(engine, "<h1>Erklärung zur Barriere·freiheit</h1><p>Video in Gebärden·sprache</p>")
    assert {"accessibility_statement", "sign_language"} <= set(found)


def test_wrapper_links_are_unwrapped(engine):
    """A redirect wrapper around a real target is classified by its target."""
    html = '<a href="https://www.musterstadt.de/redirect?url=https%3A%2F%2Fwww.facebook.com%2FStadtMusterstadt">Facebook</a>'
    assert "social_media" in findings(engine, html)


def test_share_buttons_and_readspeaker_are_not_profiles(engine):
    url = "https://www.musterstadt.de/news/1"
    html = ('<a href="https://www.facebook.com/sharer/sharer.php?u=https://www.musterstadt.de/news/1">teilen</a>'
            '<a href="https://twitter.com/intent/tweet?url=https://www.musterstadt.de/news/1">tweet</a>'
            '<a href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=1&url=https%3A%2F%2Fwww.musterstadt.de%2Fnews%2F1">Vorlesen</a>'
            '<a href="https://wa.me/?text=https://www.musterstadt.de/news/1">WhatsApp</a>')
    assert "social_media" not in findings(engine, html, url)


def test_site_search_needs_the_sites_own_form(engine):
    own = '<form action="/suche"><input name="q"></form>'
    assert "site_search" in findings(engine, own, site="musterstadt.de")
    engine_form = '<form action="https://www.google.de/search"><input name="q"></form>'
    assert "site_search" not in findings(engine, engine_form, site="musterstadt.de")


def test_site_domain_decides_offsite(engine):
    """'Online-Dienste' to another registered domain is a weak form_server hint; to the same domain weaker."""
    html = '<a href="https://www.musterstadt.de/online-dienste/">Online-Dienste</a>'
    matches = engine.detect(PageArtifact("https://www.musterstadt.de/", html), site_domain="musterstadt.de")
    assert [m.confidence for m in matches if m.component == "form_server"] == [15]
    matches = engine.detect(PageArtifact("https://www.musterstadt.de/", html), site_domain="andere-stadt.de")
    assert [m.confidence for m in matches if m.component == "form_server"] == [30]


def test_site_domain_may_be_given_as_a_host(engine):
    html = '<form action="/suche"><input name="q"></form>'
    for site in ("musterstadt.de", "www.musterstadt.de", "WWW.MUSTERSTADT.DE"):
        assert "site_search" in findings(engine, html, site=site), site


def test_a_link_to_the_page_itself_is_not_a_link_to_what_its_url_names(engine):
    """A font-size button or skip link ("#") joins to the page's own URL: its slug is not a link to a service
    (blinddistrict5: "a+ -> …/aktuelles/2026-11-25-maengelmelder-kreis/"); a link to that URL from elsewhere still is."""
    news = "https://www.musterstadt.de/aktuelles/2026-11-25-maengelmelder-kreis/"
    buttons = '<p>Der Kreis plant ein Meldeportal.</p><a href="#" onclick="fontsize(+1)">A+</a><a href="#inhalt">Inhalt</a>'
    assert "issue_reporting" not in findings(engine, buttons, url=news)
    elsewhere = f'<p>Der Kreis plant ein Meldeportal.</p><a href="{news}">A+</a>'
    assert "issue_reporting" in findings(engine, elsewhere, url="https://www.musterstadt.de/aktuelles/")
