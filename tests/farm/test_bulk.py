"""Real-sized pages (`page_size="real"`): sizes of the measured profiles, same components as small pages."""
from __future__ import annotations

import lxml.html
import pytest

from detectors.engine import Engine, aggregate
from detectors.page import PageArtifact, parse_page
from farm.bulk import profile_for, profiles
from farm.world import World

from .conftest import N_SITES, SEED


@pytest.fixture(scope="module")
def real() -> World:
    return World(seed=SEED, n_sites=N_SITES, page_size="real")


def html_pages(world: World, index: int) -> list[tuple[str, str, bytes]]:
    """(url, target, body) of every HTML page of a site: its tree and its first news articles."""
    plan, tree = world.plan(index), world.site(index).tree
    targets = [tree.url(k) for k in tree.nodes] + [plan.style.article_url(n) for n in range(1, min(plan.n_news, 5) + 1)]
    pages = []
    for target in targets:
        response = world.respond("GET", plan.host, target, {}, scheme=plan.base.split(":", 1)[0])
        if response.status == 200 and "html" in dict(response.headers).get("Content-Type", ""):
            pages.append((plan.base + target, target, response.body))
    return pages


def test_pages_take_the_measured_size_and_shape(real: World) -> None:
    plan = real.plan(2)
    largest = max(p.bytes for p in profiles())
    for url, target, body in html_pages(real, 2):
        prof = profile_for(plan.host, target)
        assert prof.bytes <= len(body) <= max(prof.bytes, 8000) + 1200, url  # markup fills the gap to the profile
        assert len(body) <= largest + 8000
        text = len(parse_page(PageArtifact(url, body.decode())).readable.encode())  # as the detectors read it
        assert 0.95 * prof.text_bytes <= text <= max(prof.text_bytes, 4000) * 1.05, url  # mostly markup, as real pages
        root = lxml.html.document_fromstring(body)
        assert len(root.xpath("//div[@class='mega-menu']//a")) == min(prof.nav_links, len(real.site(2).tree.nodes) - 2)
        assert len(root.xpath("//div[@class='footer-links']//a")) <= prof.footer_links
        assert root.xpath("//head/script[not(@src)]")
    assert len({profile_for(plan.host, t) for _, t, _ in html_pages(real, 2)}) > 3  # a site mixes profiles


def test_same_page_same_bytes(real: World) -> None:
    twin = World(seed=SEED, n_sites=N_SITES, page_size="real")
    assert [b for *_, b in html_pages(twin, 4)] == [b for *_, b in html_pages(real, 4)]


def test_bad_page_size_is_refused() -> None:
    with pytest.raises(ValueError, match="page_size"):
        World(seed=SEED, n_sites=3, page_size="huge")


@pytest.mark.slow  # detection of every page of four sites at both sizes (~10 s)
@pytest.mark.parametrize("index", [2, 3, 11, 13])  # all components; scripts, trackers and JS-only offers
def test_same_components_at_both_sizes(world: World, real: World, index: int) -> None:
    engine = Engine.load()
    domain = world.plan(index).domain

    def found(w: World) -> set[tuple[str, str | None]]:
        matches = [m for url, _, body in html_pages(w, index)
                   for m in engine.detect(PageArtifact(url=url, html=body.decode()), site_domain=domain)]
        return {(f.component, f.product) for f in aggregate(matches, engine.threshold)}

    assert found(real) == found(world)
