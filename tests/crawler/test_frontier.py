"""The per-site frontier covers a site before it goes deep (issue #10, item 5): chrome links first, no
section above a third of the budget while others wait, vendor hops outside the budget."""
from __future__ import annotations

from crawler.chrome import chrome_links
from crawler.frontier import Frontier
from crawler.linkrank import FURTHER_PAGE, LAST_TIER, link_score
from crawler.municipalities import Municipality, Site
from crawler.sitecrawl import SiteCrawl
from detectors.page import PageArtifact, normalise_text, parse_page

START = "https://www.musterstadt.de/"


def site_crawl(max_pages: int = 60) -> SiteCrawl:
    site = Site(key="musterstadt.de", start_url=START, domain="musterstadt.de", members=[])
    state = SiteCrawl(site, max_pages=max_pages, max_depth=4, inflight_cap=10_000)
    state.status = "ok"
    return state


def drain(state: SiteCrawl) -> list[tuple[str, int, bool]]:
    out = []
    while batch := state.next_batch():
        out += [(url, depth, external) for _, url, depth, external in batch]
    return out


def test_chrome_links_are_fetched_before_better_scoring_links():
    state = site_crawl()
    state.chrome = {START + "kontakt/", START + "politik/"}
    for n in range(100):
        state.offer(f"{START}leistungen/{n}/", 30, 1, via=START)
    state.offer(START + "kontakt/", 1, 1, via=START)
    state.offer(START + "politik/", 2, 1, via=START)
    first = [url for url, _, _ in drain(state)[:2]]
    assert first == [START + "politik/", START + "kontakt/"]


def test_no_section_takes_more_than_a_third_while_others_wait():
    state = site_crawl(max_pages=30)
    state.offer(START + "a-z/", 20, 2, via=START + "service/")
    state.offer(START + "news/", -5, 2, via=START + "aktuelles/")
    for n in range(200):
        state.offer(f"{START}a-z/{n}/", 25, 3, via=START + "a-z/")
    for n in range(200):
        state.offer(f"{START}news/{n}/", -5, 3, via=START + "news/")
    fetched = [url for url, _, _ in drain(state)]
    assert len(fetched) == 29  # the start page was the first of the budget
    first = fetched[:20]
    assert all("/a-z/" in u for u in fetched[:10])  # best first ...
    assert sum("/a-z/" in u for u in first) == 10  # ... up to a third of the budget while the news waits
    # once every waiting section had its third, the best links win again
    assert all("/a-z/" in u for u in fetched[20:])


def test_a_capped_section_goes_on_when_nothing_else_waits():
    state = site_crawl(max_pages=30)
    state.offer(START + "a-z/", 20, 2, via=START + "service/")
    for n in range(200):
        state.offer(f"{START}a-z/{n}/", 25, 3, via=START + "a-z/")
    assert len(drain(state)) == 29


def test_vendor_hops_do_not_take_the_page_budget():
    state = site_crawl(max_pages=9)
    for n in range(3):
        state.offer(f"https://formulare.vendor.de/{n}", 50, 1, external=True, via=START)
    for n in range(20):
        state.offer(f"{START}seite-{n}/", 1, 1, via=START)
    fetched = drain(state)
    assert sum(external for _, _, external in fetched) == 3
    assert sum(not external for _, _, external in fetched) == 8


def test_hops_have_a_budget_of_their_own():
    frontier = Frontier(max_pages=9)
    for n in range(10):
        frontier.push(f"https://vendor.de/{n}", 50, 1, "", external=True)
    hops = []
    while (item := frontier.pop()) is not None:
        hops.append(item)
    assert len(hops) == 3


def test_chrome_is_navigation_header_and_footer():
    html = """<html><head><base href="https://www.musterstadt.de/"></head><body>
      <header><a href="/">Logo</a></header>
      <nav><ul><li><a href="rathaus/">Rathaus</a></li></ul></nav>
      <div id="mainmenu-wrap"><a href="/leben/#top">Leben</a></div>
      <div class="col" role="navigation"><a href="/politik/">Politik</a></div>
      <main><a href="/aktuelles/meldung-1/">Meldung</a><div class="content"><a href="/bauen/">Bauen</a></div></main>
      <div class="site-footer"><a href="/kontakt/">Kontakt</a><a href="mailto:info@musterstadt.de">Mail</a></div>
    </body></html>"""
    links = chrome_links(parse_page(PageArtifact("https://www.musterstadt.de/start", html)))
    assert links == {START, START + "rathaus/", START + "leben/", START + "politik/", START + "kontakt/"}


def test_a_link_repeated_outside_the_chrome_still_counts_in_it():
    """The chrome's links are joined once per href: a first occurrence in the content must not hide a later one in
    the footer, and a link in both menus is one."""
    html = """<html><body><main><a href="/kontakt/">Kontakt</a><a href="/bauen/">Bauen</a></main>
      <nav><a href="/rathaus/">Rathaus</a></nav><div class="mobile-menu"><a href="/rathaus/">Rathaus</a></div>
      <footer><a href="/kontakt/">Kontakt</a><a href="http://[::1">kaputt</a></footer></body></html>"""
    links = chrome_links(parse_page(PageArtifact("https://www.musterstadt.de/start", html)))
    assert links == {START + "rathaus/", START + "kontakt/"}


def test_a_service_domain_bearing_the_name_is_a_hop_once_per_link():
    """A link to another domain that bears the municipality's name and names an online service is a hop; a download,
    a domain without the name or a link without a service word is not, asked again or not."""
    site = Site(key="musterstadt.de", start_url=START, domain="musterstadt.de",
                members=[Municipality(ags="09000000", name="Musterstadt", website_url=START)])
    state = SiteCrawl(site, max_pages=60, max_depth=4, inflight_cap=10)
    host = "www.musterstadt-stadtwerke.de"
    for _ in range(2):
        assert state.service_hop(host, f"https://{host}/", "Online-Rathaus")
        assert state.service_hop(host, f"https://{host}/termine/", "Start")  # the service word in the URL
        assert not state.service_hop(host, f"https://{host}/", "Impressum")
        assert not state.service_hop(host, f"https://{host}/formular.pdf", "Online-Formular")
        assert not state.service_hop("www.anderstadt-online.de", "https://www.anderstadt-online.de/", "Online-Rathaus")


def test_last_tier_links_do_not_hold_a_capped_section_back():
    """Plain news items wait until nothing else does, even when the A–Z list has had its third."""
    state = site_crawl(max_pages=30)
    state.offer(START + "a-z/", 20, 2, via=START + "service/")
    for n in range(15):
        state.offer(f"{START}aktuelles/{n}/", LAST_TIER - n, 2, via=START + "aktuelles/")  # each its own section
    for n in range(40):
        state.offer(f"{START}a-z/{n}/", 5, 3, via=START + "a-z/")
    fetched = [url for url, _, _ in drain(state)]
    assert len(fetched) == 29
    assert all("/a-z/" in u for u in fetched)  # the list page and 28 entries, beyond its third of 10
    state = site_crawl(max_pages=60)
    for n in range(5):
        state.offer(f"{START}aktuelles/{n}/", LAST_TIER - n, 2, via=START + "aktuelles/")
    state.offer(START + "a-z/", 20, 2, via=START + "service/")
    for n in range(10):
        state.offer(f"{START}a-z/{n}/", 5, 3, via=START + "a-z/")
    fetched = [url for url, _, _ in drain(state)]
    assert fetched[-5:] == [f"{START}aktuelles/{n}/" for n in range(5)]  # once nothing else waits, best first


def test_a_further_list_page_comes_before_a_section_beyond_its_third():
    """The news list's next page waits for the sections' links within their third, not for the A–Z list beyond it:
    its teasers may announce an offer, and an item that announces one (not in the last tier, crawler/linkrank.py)
    then still has budget left; a plain item waits for everything else."""
    frontier = Frontier(max_pages=30)
    frontier.push(START + "a-z/", 20, 2, "a-z")
    for n in range(40):
        frontier.push(f"{START}a-z/{n}/", 5, 3, "a-z")
    frontier.push(START + "aktuelles/seite-2/", FURTHER_PAGE, 2, "seite-2")
    frontier.push(START + "aktuelles/sommerfest/", LAST_TIER - 3, 2, "sommerfest")
    popped = [frontier.pop() for _ in range(11)]
    assert [entry[0] for entry in popped[:10] if entry] == [START + "a-z/"] + [f"{START}a-z/{n}/" for n in range(9)]
    assert popped[10] == (START + "aktuelles/seite-2/", 2, False)  # the A–Z list has had its third
    item = START + "aktuelles/online-terminvergabe-startet/"
    frontier.push(item, link_score(normalise_text("Online-Terminvergabe startet"), item), 3, "seite-2")
    assert frontier.pop() == (item, 3, False)
    rest = []
    while (entry := frontier.pop()) is not None:
        rest.append(entry[0])
    assert len(rest) == 30 - 12 and START + "aktuelles/sommerfest/" not in rest


def test_a_page_at_the_depth_limit_offers_nothing_deeper_but_its_external_links_count():
    """Its same-site links are not ranked (they would be one click too deep); its links to other hosts are
    recorded, and a vendor hop is refused by depth like any other link."""
    state = site_crawl()
    state.take_links(0, START + "tief/", [(START + "tiefer/", "Online-Dienste", False),
                                          ("https://www.facebook.com/musterstadt", "Facebook", None),
                                          ("https://formulare.example.org/antrag", "Antrag", True)], depth=4)
    assert drain(state) == []
    assert set(state.external_links) == {"https://www.facebook.com/musterstadt", "https://formulare.example.org/antrag"}
    state.take_links(0, START + "flach/", [(START + "tiefer/", "Online-Dienste", False)], depth=3)
    assert drain(state) == [(START + "tiefer/", 4, False)]
