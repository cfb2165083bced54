"""Link ranking on link lists shaped like real municipal sites (TYPO3 news, iKISS ids, WordPress dates, GSB
paths): an announced offer ranks with the service pages, plain news items and calendars come last, and a further
list page just above them (it shows the next ten teasers)."""
from __future__ import annotations

from crawler.linkrank import FURTHER_PAGE, LAST_TIER, is_crawlable, link_score
from detectors.page import normalise_text

SITE = "https://www.musterstadt.de"


def score(text: str, path: str) -> int:
    return link_score(normalise_text(text), SITE + path)


def ranked(links: list[tuple[str, str]]) -> list[str]:
    """Anchor texts, best first (a stable sort, as the frontier breaks ties by offer order)."""
    return [text for text, _ in sorted(links, key=lambda link: -score(*link))]


ANNOUNCEMENTS = [
    ("Online-Terminvergabe im Bürgerbüro startet", "/aktuelles/aktuelle-meldungen/online-terminvergabe-startet.html"),
    ("Neues Ratsinformationssystem freigeschaltet", "/de/news/detail/neues-ratsinformationssystem-freigeschaltet"),
    ("Schäden melden: der Mängelmelder ist da", "/presse/pressemitteilungen/2024/maengelmelder-ist-da.php"),
    ("Stadtrat beschließt Smart-City-Strategie", "/index.php?id=12&tx_news_pi1[news]=881"),
    ("Ihre Meinung ist gefragt", "/2024/03/ihre-meinung-zum-radverkehrskonzept/"),
    ("Bewohnerparkausweis jetzt digital beantragen", "/rathaus/aktuell/nachrichten/bewohnerparkausweis/"),
    ("Open Data: erste Datensätze veröffentlicht", "/pressemitteilungen/27370/30332.html"),
]
PLAIN_NEWS = [
    ("Sommerfest am Dorfplatz", "/aktuelles/aktuelle-meldungen/sommerfest-am-dorfplatz.html"),
    ("Rathaus am Brückentag geschlossen", "/de/news/detail/rathaus-am-brueckentag-geschlossen"),
    ("Blutspende im Bürgerhaus", "/index.php?id=12&tx_news_pi1[news]=880"),
    ("Weiterlesen", "/pressemitteilungen/27370/30331.html"),
    ("Mehr", "/aktuelles/detail/meldung-274/"),
    ("Diesen Artikel lesen", "/2346_DEU_WWW.php?&publish[id]=305665&publish[start]=0"),
    ("Artikel weiterlesen", "/item/show/132240"),
    ("Baustelle in der Hauptstraße", "/nachrichten/artikelarchiv/2023/baustelle-hauptstrasse/"),
]
SERVICES = [  # Leistungen A–Z entries: no offer word in the link, still before any plain news item
    ("Grundsteuer", "/rathaus/buergerservice/leistungen-a-z/grundsteuer/"),
    ("Straßenreinigung", "/rathaus-service/was-erledige-ich-wo/strassenreinigung.html"),
    ("Kindergartenplatz", "/index.php?object=tx,2871.5.1&ModID=10&FID=2871.144.1"),
    ("Fischereischein", "/leben/dienstleistungen/fischereischein"),
]
PAGINATION = [
    ("Ältere Meldungen", "/aktuelles/seite-2/"),
    ("2", "/index.php?id=12&tx_news_pi1[@widget_0][currentPage]=2"),
    ("Weiter", "/presse/pressemitteilungen/?page=3"),
    ("»", "/index.php?ModID=255&object=tx,2874.5&La=1&NavID=2874.45&start=3"),
    ("[6]", "/index.php?id=7&publish[p]=7&publish[start]=6"),
]
CALENDAR = [
    ("Mai", "/veranstaltungen/kalender/?month=5&year=2025"),
    ("Seniorennachmittag", "/veranstaltungen/2025-05-14-seniorennachmittag/"),
    ("Druckansicht", "/rathaus/buergerservice/grundsteuer/?print=1"),
]


def test_an_announced_offer_ranks_with_the_service_pages_not_with_the_news():
    for text, path in ANNOUNCEMENTS:
        assert score(text, path) > LAST_TIER, (text, path)
    for text, path in PLAIN_NEWS + CALENDAR:
        assert score(text, path) <= LAST_TIER, (text, path)
    for text, path in SERVICES:
        assert score(text, path) > FURTHER_PAGE, (text, path)


def test_a_further_list_page_ranks_just_above_the_last_tier():
    """After every section's links within its third, before a section beyond it (crawler/frontier.py); a link that
    only looks paged is no further page: an item's 'publish[start]=0' with its title, a calendar's month."""
    for text, path in PAGINATION:
        assert score(text, path) == FURTHER_PAGE, (text, path)
    for text, path in [("Sommerfest am Dorfplatz", "/2346_DEU_WWW.php?publish[id]=305665&publish[start]=0"),
                       ("2", "/veranstaltungen/kalender/?month=2&year=2025"), ("Mai", "/aktuelles/seite-2/?print=1")]:
        assert score(text, path) <= LAST_TIER, (text, path)


def test_order_announcements_services_list_pages_plain_items_calendars():
    order = ranked(CALENDAR + PLAIN_NEWS + PAGINATION + SERVICES)
    first_plain = min(order.index(text) for text, _ in PLAIN_NEWS)
    assert {text for text, _ in SERVICES} == set(order[:len(SERVICES)])
    assert max(order.index(text) for text, _ in PAGINATION) < first_plain
    assert min(order.index(text) for text, _ in CALENDAR) > max(order.index(text) for text, _ in PLAIN_NEWS)


def test_list_pages_themselves_and_false_friends_are_not_last():
    """A news list is where its teasers are seen; 'Anmeldung' is no 'Meldung', 'Newsletter' no 'News'."""
    for text, path in [("Aktuelles", "/aktuelles/"), ("Pressemitteilungen", "/presse/pressemitteilungen/"),
                       ("Meldungen", "/rathaus/aktuelles/aktuelle-meldungen.html"),
                       ("Neuigkeiten", "/rathaus/neuigkeiten.html"), ("Wohnsitz anmelden", "/anmeldung/wohnsitz/"),
                       ("Newsletter abbestellen", "/service/newsletter/abmelden/"),
                       ("Stadtplan", "/leben/stadtplan/")]:
        assert score(text, path) > LAST_TIER, (text, path)


def test_data_and_key_files_are_not_fetched():
    """The link to a dataset or a PGP key is the evidence (detectors read the link); the file is no page."""
    for name in ("haushalt-2025.csv", "spielplaetze.geojson", "poststelle.asc", "radwege.gpx"):
        assert not is_crawlable(f"{SITE}/dokumente/{name}")
    assert is_crawlable(f"{SITE}/open-data/")
