"""OZG service levels from small hand-written pages: one per level, plus the pages that must not count."""
from __future__ import annotations

from pathlib import Path

import pytest

from detectors.model import ServiceObservation
from detectors.page import PageArtifact, parse_page
from detectors.services import best_levels, classify_page

FIXTURES = Path(__file__).parent / "fixtures" / "services"


def classify(name: str, url: str, site_domain: str | None = "musterstadt.de", status: int = 200):
    artifact = PageArtifact(url=url, html=(FIXTURES / name).read_text("utf-8"), status=status)
    return classify_page(parse_page(artifact), artifact, site_domain)


def levels(observations: list[ServiceObservation]) -> dict[str, int]:
    return {o.service_id: o.level for o in observations}


def test_description_only_is_level_1_and_navigation_links_do_not_lift_it():
    # the header's "Online-Dienste" link to a portal is site furniture, not this service's application
    obs = classify("l1_hundesteuer.html", "https://www.musterhausen.de/rathaus/hundesteuer", "musterhausen.de")
    assert levels(obs) == {"hundesteuer": 1}
    assert obs[0].url == "https://www.musterhausen.de/rathaus/hundesteuer"
    assert "Hundesteuer" in obs[0].evidence


def test_form_to_download_is_level_2():
    obs = classify("l2_wohnsitz_pdf.html", "https://www.musterstadt.de/buergerservice/wohnung-anmelden")
    assert levels(obs) == {"wohnsitz_anmelden": 2}
    assert obs[0].evidence.endswith("https://www.musterstadt.de/fileadmin/dokumente/Meldeschein_Anmeldung.pdf")
    assert "meldeschein" in obs[0].evidence


def test_form_assistant_without_online_submission_is_level_2():
    obs = classify("l2_assistant.html", "https://www.musterstadt.de/abfall/sperrmuell")
    assert levels(obs) == {"sperrmuell": 2}
    assert "https://abfall.kreis.example/sperrmuell-formular" in obs[0].evidence


def test_online_application_on_another_domain_is_level_3_with_the_link_as_evidence():
    obs = classify("l3_gewerbe_portal.html", "https://www.musterstadt.de/wirtschaft/gewerbe-anmelden")
    assert levels(obs) == {"gewerbe_anmelden": 3}
    url = "https://www.serviceportal.land.example/leistungen/gewerbeanmeldung?ars=081150045045"
    assert obs[0].evidence == f"online beantragen -> {url}"


def test_online_application_under_a_portal_path_of_the_own_site_is_level_3():
    obs = classify("l3_own_portal_path.html", "https://www.musterstadt.de/wahlen/briefwahl")
    assert levels(obs) == {"briefwahl": 3}
    assert "https://www.musterstadt.de/online-dienste/wahlschein" in obs[0].evidence


def test_without_a_site_domain_the_page_host_decides_what_is_own():
    obs = classify("l3_gewerbe_portal.html", "https://www.musterstadt.de/wirtschaft/gewerbe-anmelden", None)
    assert levels(obs) == {"gewerbe_anmelden": 3}


def test_h2_sections_are_classified_separately():
    obs = classify("sections_buergerbuero.html", "https://www.musterhausen.de/buergerbuero", "musterhausen.de")
    # the Führungszeugnis link sits in its own section; the Personalausweis section only describes
    assert levels(obs) == {"personalausweis": 1, "fuehrungszeugnis": 3}
    assert {o.service_id: o.evidence for o in obs}["fuehrungszeugnis"].endswith("https://www.fuehrungszeugnis.bund.de/")


def test_a_news_item_about_a_service_is_not_the_service_page():
    assert classify("news_briefwahl.html", "https://www.musterstadt.de/aktuelles/2025/briefwahl-ab-sofort") == []


def test_dated_news_articles_mentioning_services_do_not_count():
    assert classify("news_mention.html", "https://www.musterhausen.de/rathaus/neues", "musterhausen.de") == []


def test_paying_or_booking_online_is_not_an_online_application():
    html = ("<html><body><main><h1>Hundesteuer</h1><p>Die Gebühr beträgt 60 Euro.</p>"
            "<a href='https://payment.provider.example/pay?id=1'>Jetzt online bezahlen (Kreditkarte)</a>"
            "<a href='https://termine.provider.example/'>Termin online buchen</a></main></body></html>")
    artifact = PageArtifact("https://www.musterstadt.de/hundesteuer", html)
    assert levels(classify_page(parse_page(artifact), artifact, "musterstadt.de")) == {"hundesteuer": 1}


def test_a_mention_in_the_text_is_not_a_service_page():
    html = ("<html><head><title>Öffnungszeiten</title></head><body><main><h1>Öffnungszeiten des Rathauses</h1>"
            "<p>Für Briefwahl, Kfz-Zulassung und Personalausweis gelten besondere Zeiten. Gebühren siehe Aushang."
            " <a href='https://portal.example.org/'>Online beantragen</a></p></main></body></html>")
    artifact = PageArtifact("https://www.musterstadt.de/rathaus/oeffnungszeiten", html)
    assert classify_page(parse_page(artifact), artifact, "musterstadt.de") == []


@pytest.mark.parametrize("status", [404, 500])
def test_error_pages_are_ignored(status):
    assert classify("l3_gewerbe_portal.html", "https://www.musterstadt.de/gewerbe", status=status) == []


def test_heading_variants_name_the_service():
    def named(heading: str) -> set[str]:
        html = f"<html><body><main><h1>{heading}</h1><p>Welche Unterlagen benötige ich?</p></main></body></html>"
        artifact = PageArtifact("https://www.musterstadt.de/x", html)
        return set(levels(classify_page(parse_page(artifact), artifact, "musterstadt.de")))

    assert named("Ummeldung innerhalb der Stadt") == {"wohnsitz_anmelden"}
    assert named("Hund anmelden") == {"hundesteuer"}
    assert named("Anwohnerparken") == {"bewohnerparkausweis"}
    assert named("Wahlschein beantragen") == {"briefwahl"}
    assert named("Kindertagesstätte: Anmeldung") == {"kita_platz"}
    assert named("Kita-Platz vormerken") == {"kita_platz"}
    assert named("Gewerbe an-, um- und abmelden") == {"gewerbe_anmelden"}
    assert named("Gewerbe-Ummeldung") == set()  # neither a change of address nor a registration
    assert named("Kfz-Zulassungsstelle") == {"kfz_zulassung"}
    assert named("Kindertagesstätte Sonnenschein") == set()  # a Kita's own page, not the application


def test_best_levels_keeps_the_highest_per_service():
    low = ServiceObservation("hundesteuer", 1, "https://a/1", "Überschrift: Hundesteuer")
    high = ServiceObservation("hundesteuer", 3, "https://a/2", "online -> https://portal/")
    same = ServiceObservation("hundesteuer", 3, "https://a/3", "online -> https://portal/2")
    other = ServiceObservation("briefwahl", 2, "https://a/4", "antrag.pdf")
    assert best_levels([low, high, same, other]) == {"hundesteuer": high, "briefwahl": other}
    assert best_levels([other, same, low, high]) == {"hundesteuer": high, "briefwahl": other}  # crawl order aside
    assert best_levels([]) == {}


def test_classifier_imports_only_the_page_and_model_types():
    import ast

    import detectors.services as module

    tree = ast.parse(Path(module.__file__).read_text("utf-8"))
    project = {"crawler", "output", "farm", "webapp", "scoring", "detectors"}
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
    imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert {m for m in imported if m.split(".")[0] in project} == {"detectors.page", "detectors.model"}


REALPAGES = Path(__file__).resolve().parents[3] / "shared" / "realpages"  # ../shared beside the repository


@pytest.mark.skipif(not REALPAGES.is_dir(), reason="the shared real pages are not mounted")
@pytest.mark.parametrize("name", ["ittlingen-rathaus-aktuelles.html", "brackenheim-rathaus-aktuell.html",
                                  "untergruppenbach-aktuell.html", "stuttgart-startseite.html",
                                  "stuttgart-bohnenviertel.html", "ahlen-reparaturcafe.html"])
def test_real_news_and_start_pages_name_no_service(name):
    html = (REALPAGES / name).read_bytes().decode("utf-8", "replace")
    artifact = PageArtifact(f"https://www.example.de/{name}", html)
    assert classify_page(parse_page(artifact), artifact, "example.de") == []
