"""The realistic district's data model: a site, its pages, offers, decoys and the vendor landing pages."""
from __future__ import annotations

import random
from dataclasses import dataclass, field

from farm.identity import Municipality


@dataclass
class Page:
    key: str
    title: str
    path: str  # origin-form target, unique within the site
    slug: str = ""
    parent: str | None = None
    paragraphs: list[str] = field(default_factory=list)  # phrased, with [[link]] marks
    html: list[str] = field(default_factory=list)  # phrased raw markup
    kind: str = "page"  # page | service | news | archive | tool
    age: int = 0  # news: days before the crawl date (lists are newest first)
    items: list[str] = field(default_factory=list)  # list pages: the news keys shown here
    more: str | None = None  # list pages: the next (older) list page


@dataclass
class Landing:
    """What a linked vendor host answers for one URL: only its own product."""

    title: str
    paragraphs: list[str]
    head: str = ""
    html: str = ""


@dataclass
class Offer:
    component: str
    product: str
    pages: set[str]  # keys of the pages that show it ("*" = every page)


@dataclass
class Trap:
    trap: str
    components: tuple[str, ...]
    page: str
    what: str


@dataclass
class RealSite:
    seed: int
    index: int
    municipality: Municipality
    kind: str
    host: str
    domain: str
    display: str
    values: dict[str, str]
    url_style: str
    mega_menu: bool
    pages: dict[str, Page] = field(default_factory=dict)
    offers: dict[str, Offer] = field(default_factory=dict)
    traps: list[Trap] = field(default_factory=list)
    header: list[tuple[str, str]] = field(default_factory=list)  # (label, page key)
    footer: list[tuple[str, str]] = field(default_factory=list)
    footer_html: list[str] = field(default_factory=list)
    everywhere: list[str] = field(default_factory=list)  # paragraphs or markup shown on every page
    everywhere_html: list[str] = field(default_factory=list)
    quick: list[tuple[str, str]] = field(default_factory=list)  # (label, page key or absolute URL)
    landings: dict[str, Landing] = field(default_factory=dict)  # host + path of a linked URL -> landing
    side_traps: list[tuple[str, str, set[str], str]] = field(default_factory=list)  # (id, component, pages, what)

    @property
    def start_url(self) -> str:
        return f"https://{self.host}/"

    def children(self, key: str) -> list[str]:
        return [k for k, p in self.pages.items() if p.parent == key]


def rng_for(seed: int, *labels: object) -> random.Random:
    return random.Random("realweb/" + "/".join(str(x) for x in (seed, *labels)))
