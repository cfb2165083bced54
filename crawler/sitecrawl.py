"""The state of one site while it is being crawled: its frontier, budget and what was seen.

Everything here is dropped when the site finishes, so memory stays flat however many sites a run has.

The same pages every night: with several requests in flight, answers arrive in an order the network
decides. So page request k (``seq`` k, counted from 1; the start page is 0) does not offer its links when it
arrives: they wait in ``done`` and join the frontier in request order. Pop k sees exactly the links of the
start page and of pages 1 … k − W (W = ``inflight_cap``), plus, while the frontier has nothing to give,
the next pages in order. What a site crawls then depends on its content alone, never on timing.
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass, field

from w3lib.url import canonicalize_url

from crawler.frontier import Frontier
from crawler.guards import check_host_literal
from crawler.linkrank import is_crawlable, link_score
from crawler.municipalities import Site
from detectors.domains import registered_domain
from detectors.model import Match, ServiceObservation
from detectors.places import spelt_words
from detectors.page import PageArtifact
from crawler.memos import KeptLink, PageMemo
from output.clock import now_iso
from output.records import PageRecord


# lower-case host, no port, query, fragment or escapes: canonicalize_url returns these unchanged (without dot segments)
_PLAIN_URL = re.compile(r"https?://([a-z0-9][a-z0-9.-]*)/[A-Za-z0-9/._~-]*")
_NUMBER_LABEL = re.compile(r"(?:[0-9]+|0x[0-9a-f]*)\.?")


def canonical_url(url: str) -> str:
    """w3lib's ``canonicalize_url``, skipped for the plain URLs it leaves as they are (15 us a URL, most of a
    new link's cost). A host whose last label is a number is an IPv4 address to the URL standard, which w3lib 2.6
    spells out ("http://0/" -> "http://0.0.0.0/") or refuses ("a.0"): those go to w3lib whatever its version."""
    plain = _PLAIN_URL.fullmatch(url)
    if plain and "/." not in url and not _NUMBER_LABEL.fullmatch(plain.group(1).rstrip(".").rpartition(".")[2] + "."):
        return url
    return canonicalize_url(url)


MAX_EXTERNAL_LINKS = 300  # per site: enough for every vendor and profile, bounded for pathological pages
# a link to another domain that names an online service (its label or URL): "Online-Rathaus", "Bürgerservice-Portal"
_SERVICE_LINK = re.compile(r"rathaus|b(?:ü|ue)rgerservice|service|online|portal|dienste|antr(?:ä|ae)ge?|termin|formular",
                           re.IGNORECASE)
_GENERIC_NAME_WORDS = frozenset({"stadt", "gemeinde", "markt", "sankt", "kreis", "landkreis", "amt", "verwaltung"})


def name_tokens(names: list[str]) -> frozenset[str]:
    """The distinctive words of the municipalities' names, spelt as a domain would ("Forchheim", "Bad Dürrheim" ->
    forchheim, duerrheim): a domain holding one of them is likely the municipality's own."""
    return frozenset(w for w in spelt_words(names) if len(w) >= 5 and w not in _GENERIC_NAME_WORDS)
VENDOR_HOP_SCORE = 50  # a known vendor link is worth more than any same-site keyword


@dataclass(slots=True)
class SiteResult:
    """The item a finished site yields: everything the pipelines need to judge and store it."""

    site: Site
    status: str
    error: str | None
    started_at: str
    finished_at: str
    final_url: str | None
    redirect_chain: list[str]
    pages: list[PageRecord]
    matches: list[Match]
    services: list[ServiceObservation]
    start: PageArtifact | None
    http_probe: PageArtifact | None
    rendered: bool = False
    attempt: int = 1
    memos: dict[str, PageMemo] = field(default_factory=dict)
    start_network: PageArtifact | None = None
    external_links: list[tuple[str, str, str]] = field(default_factory=list)
    render_errors: list[tuple[str, str]] = field(default_factory=list)


@dataclass(slots=True)
class SiteCrawl:
    site: Site
    max_pages: int
    max_depth: int
    inflight_cap: int
    attempt: int = 1
    transient: bool = False  # the start page failed in a way worth another attempt
    started: float = field(default_factory=time.monotonic)
    started_at: str = field(default_factory=now_iso)
    frontier: Frontier = field(init=False)
    seen: set[str] = field(default_factory=set)
    canonical: dict[str, str] = field(default_factory=dict)  # URL as linked -> canonical form, computed once
    scope: dict[str, bool] = field(default_factory=dict)  # host -> in_scope(host), computed once
    chrome: set[str] = field(default_factory=set)  # canonical URLs of the start page's navigation/header/footer links
    section_of: dict[str, str] = field(default_factory=dict)  # canonical URL -> its section (frontier.py)
    inflight: int = 0
    status: str | None = None  # decided by the start page
    error: str | None = None
    final_url: str | None = None
    redirect_chain: list[str] = field(default_factory=list)
    pages: list[PageRecord] = field(default_factory=list)
    matches: list[Match] = field(default_factory=list)
    services: list[ServiceObservation] = field(default_factory=list)
    start: PageArtifact | None = None
    http_probe: PageArtifact | None = None
    finished: bool = False
    extra_domains: set[str] = field(default_factory=set)  # where the start page redirected to
    own_names: frozenset[str] = frozenset()  # name_tokens of the site's municipalities
    member_names: tuple[str, ...] = ()  # their names as written: the detectors' site_names (detectors/places.py)
    named: dict[str, bool] = field(default_factory=dict)  # host -> its registered domain bears one of own_names
    service_hops: dict[tuple[str, str], bool] = field(default_factory=dict)  # (url, text) on a named host -> hop
    domain: str = ""  # the registered domain the site is judged under (the start page's final one)
    memos: dict[str, PageMemo] = field(default_factory=dict)  # this crawl's, saved with the site
    to_render: list[tuple[str, int, bool]] = field(default_factory=list)  # (url, depth, is start page)
    loaders_seen: set[str] = field(default_factory=set)  # loader patterns already run in a render
    renders_left: int = 5
    rendered: bool = False
    start_network: PageArtifact | None = None  # the start page's network log (trackers before consent)
    external_links: dict[str, tuple[str, str]] = field(default_factory=dict)  # url -> (anchor text, page)
    render_errors: list[tuple[str, str]] = field(default_factory=list)  # (url, error): recorded, never silent
    issued: int = 0  # page requests handed out: request k carries seq k
    applied: int = 0  # pages 1 … applied have offered their links
    done: dict[int, tuple[str, list[KeptLink], int] | None] = field(default_factory=dict)  # seq -> (url, links, depth)

    def in_scope(self, host: str) -> bool:
        """Same site: the registered domain (or the one the start page moved to) and its subdomains.
        Once per host and site (a page's links name a few hosts, dozens of times)."""
        inside = self.scope.get(host)
        if inside is None:
            domain = registered_domain(host)
            inside = self.scope[host] = domain == self.site.domain or domain in self.extra_domains
        return inside

    def service_hop(self, host: str, url: str, text: str) -> bool:
        """A link to another domain that bears the municipality's name and names an online service ("Online-Rathaus"
        -> www.forchheim-rathaus-online.de), and may be fetched (an HTML candidate, not on an IP literal or a local
        name): the site's own service domain, worth a hop like a vendor portal.

        Once per host and site whether the domain bears the name (as in_scope: a page names a few hosts many times),
        and once per link and site for such a domain: real pages repeat their footer's links on every page, and the
        service words are two regex searches a link."""
        named = self.named.get(host)
        if named is None:
            label = registered_domain(host).split(".", 1)[0]
            named = self.named[host] = any(token in label for token in self.own_names)
        if not named:
            return False
        key = (url, text)
        hop = self.service_hops.get(key)
        if hop is None:
            hop = self.service_hops[key] = (_SERVICE_LINK.search(text) is not None
                                            or _SERVICE_LINK.search(url) is not None) \
                and is_crawlable(url) and check_host_literal(host).ok
        return hop

    def move_to(self, domain: str) -> None:
        """The start page ended on another registered domain: the site's own links and forms are there too."""
        self.extra_domains.add(domain)
        self.domain = domain
        self.scope.clear()

    def __post_init__(self) -> None:
        self.domain = self.domain or self.site.domain
        self.frontier = Frontier(self.max_pages, pages=1)  # the start page is the first of the page budget
        self.own_names = name_tokens([m.name for m in self.site.members])
        self.member_names = tuple(sorted({m.name for m in self.site.members}))

    def wants_render(self, is_start: bool, loaders: set[str]) -> bool:
        """Render the start page, and another page only for a loader the renders so far did not cover.

        A tag manager in the site template is on every page; rendering the start page already runs it.
        """
        new = loaders - self.loaders_seen
        if not is_start and (not new or self.renders_left <= 0):
            return False
        self.loaders_seen |= loaders
        self.renders_left -= 1
        return True

    def canonical_of(self, url: str) -> str:
        """Canonical form of a URL: real pages repeat their navigation's links on every page, so each
        spelling is canonicalised once per site."""
        key = self.canonical.get(url)
        if key is None:
            key = self.canonical[url] = canonical_url(url)
        return key

    def mark_seen(self, url: str) -> bool:
        """True if ``url`` is new for this site."""
        key = self.canonical_of(url)
        if key in self.seen:
            return False
        self.seen.add(key)
        return True

    def offer(self, url: str, score: int, depth: int, external: bool = False, via: str = "") -> None:
        """A link found on page ``via``: its section is its own below depth 2, else the one of ``via``."""
        if depth > self.max_depth or not self.mark_seen(url):
            return
        key = self.canonical[url]
        section = self.section_of.get(self.canonical_of(via), key) if depth > 2 and via else key
        self.section_of[key] = section
        self.frontier.push(url, score, depth, section, chrome=depth == 1 and key in self.chrome, external=external)

    def take_page_links(self, page_url: str, links: list[KeptLink], depth: int) -> None:
        """Offer a page's same-site links and vendor hops; record every link to another host with its anchor text
        (the first page it was seen on; capped).

        One loop over a page's links: real pages repeat most of them on every page, so a spelling already taken
        costs one dict lookup (no canonicalising, no ranking), and a page at the depth limit ranks none."""
        canonical, seen, external = self.canonical, self.seen, self.external_links
        follow = depth < self.max_depth  # a link one click further is still within the depth limit
        for url, text, vendor in links:
            if vendor is False:
                if follow and canonical.get(url) not in seen:
                    self.offer(url, link_score(text, url), depth + 1, via=page_url)
                continue
            if url not in external and len(external) < MAX_EXTERNAL_LINKS:
                external[url] = (text, page_url)
            if vendor:
                self.offer(url, VENDOR_HOP_SCORE, depth + 1, external=True)

    def take_links(self, seq: int, page_url: str, links: list[KeptLink], depth: int) -> None:
        """The links of a fetched page: the start page's (seq 0) at once, a page's when its turn comes."""
        if seq:
            self.done[seq] = (page_url, links, depth)
            return
        self.take_page_links(page_url, links, depth)

    def _apply_next(self) -> bool:
        """Offer the links of the next page in request order; False while that page is still out."""
        seq = self.applied + 1
        if seq not in self.done:
            return False
        entry = self.done.pop(seq)
        self.applied = seq
        if entry is not None:
            self.take_page_links(*entry)
        return True

    def next_batch(self) -> list[tuple[int, str, int, bool]]:
        """Next links to fetch (crawler/frontier.py) as (seq, url, depth, external), within the in-flight cap
        and the budgets.

        Pop k waits for the pages up to k - W to offer their links, and an empty frontier for the next page
        in order, so every pop sees the same links whatever order the answers came in. Nothing more once the
        start page failed: a site that is down is not hammered.
        """
        out: list[tuple[int, str, int, bool]] = []
        if self.status not in (None, "ok"):
            return out
        while self.inflight < self.inflight_cap:
            while self.applied < self.issued + 1 - self.inflight_cap:
                if not self._apply_next():
                    return out
            item = self.frontier.pop()
            while item is None and self.applied < self.issued:
                if not self._apply_next():
                    return out
                item = self.frontier.pop()
            if item is None:
                break
            self.issued += 1
            self.inflight += 1
            out.append((self.issued, *item))
        return out

    def begin(self) -> None:
        """Account a request outside the page budget (start page, HTTP probe)."""
        self.inflight += 1

    def release(self, seq: int = 0) -> None:
        """Account one request that ended (callback, errback or drop); page ``seq`` has handed over its links
        by now (``take_links``), or has none (failed, dropped, not HTML)."""
        self.inflight -= 1
        if seq:
            self.done.setdefault(seq, None)

    @property
    def idle(self) -> bool:
        return self.inflight <= 0

    def result(self) -> SiteResult:
        while self._apply_next():  # a crawl stopped early: the external links of pages that had their answer
            pass
        return SiteResult(
            site=self.site, status=self.status or "error",
            error=self.error if self.status else (self.error or "the start page was never fetched"),
            started_at=self.started_at, finished_at=now_iso(), final_url=self.final_url,
            redirect_chain=self.redirect_chain, pages=self.pages, matches=self.matches, services=self.services,
            start=self.start, http_probe=self.http_probe, attempt=self.attempt, memos=self.memos,
            rendered=self.rendered, start_network=self.start_network,
            external_links=[(url, text, page) for url, (text, page) in self.external_links.items()],
            render_errors=self.render_errors,
        )
