"""The gatherer: crawl each municipal site best-first within its budgets and hand one SiteResult per site on.

Per page the spider parses once, runs the detectors on that parse (their link evidence decides which
vendor links are worth one hop) and ranks the site's own links. Every request ends in exactly one
callback or errback, so a site knows when it is finished and its state can be dropped.

The spider only crawls: unchanged pages are answered from memory by ``crawler.incremental``, renders are
run (and the browser recycled) by ``crawler.render.RenderMiddleware``, the engine comes from the
crawler-level ``crawler.detection.Detection``. Sites still open when the crawl closes are handed on by
the spider's own ``spider_closed`` handler (``closed``), through the ``site_unfinished`` signal.

Request meta keys set here (besides those of the middlewares named above):

``site``
    the key of the site the request belongs to (``Site.key``).
``hops``
    clicks from the start page (the spider's own depth; Scrapy's ``depth`` is not used).
``role``
    ``start`` (the start page), ``probe`` (the http:// probe of an https site), ``page`` or ``render``.
``site_started``
    monotonic time the site's crawl began: ``SiteBudgetMiddleware`` measures the time budget from it.
``seq``
    on a ``page`` request: its number in the site's request order (crawler/sitecrawl.py offers a page's
    links in that order, not in the order answers arrive).
``external``
    a page on a vendor's host (one hop from the site): only vendor components are taken from it.
``is_start``
    on a render: the rendered page is the start page (its network log joins the site checks).
"""
from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from collections.abc import Iterator
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.http import TextResponse
from scrapy.spidermiddlewares.httperror import HttpError

from crawler.chrome import chrome_links
from crawler.detection import Detection
from crawler.errors import classify_failure, is_transient
from crawler.exceptions import SiteBudgetExceeded
from crawler.guards import check_host_literal
from crawler.linkrank import is_crawlable
from crawler.memos import KeptLink, PageMemo, memo_version
from crawler.municipalities import Site
from crawler.signals import site_finished, site_unfinished
from crawler.sitecrawl import SiteCrawl, SiteResult
from detectors.domains import registered_domain
from detectors.engine import LOADER, aggregate
from detectors.page import PageArtifact, parse_page
from detectors.services import classify_page
from detectors.snippet import link_parts
from output.clock import now_iso
from output.records import PageRecord

log = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


class MunicipalSpider(scrapy.Spider):
    name = "municipal"

    def __init__(self, sites: list[Site], source=None, **kwargs):
        super().__init__(**kwargs)
        self.sites = sites
        self.source = source  # a shared frontier (crawler.distributed.RedisSites) instead of a list
        self.detector = None  # the crawl's engine, from crawler.detection.Detection once the crawl starts
        self.memo_version = ""  # crawler.memos.memo_version() of that engine, stamped on every memo
        self.active: dict[str, SiteCrawl] = {}
        self.sites_total = len(sites)
        self.sites_done = 0
        self.pages_fetched = 0
        self.bytes_fetched = 0
        self.retries: list[tuple[float, SiteResult]] = []  # (not before, last failed result)
        self.render = False
        self.vendor_page_components: frozenset[str] = frozenset()  # REIFEGRAD_VENDOR_PAGE_COMPONENTS

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.request_dropped, signal=signals.request_dropped)
        spider.render = crawler.settings.getbool("REIFEGRAD_RENDER")
        spider.vendor_page_components = frozenset(crawler.settings.getlist("REIFEGRAD_VENDOR_PAGE_COMPONENTS"))
        return spider

    # -- start ---------------------------------------------------------------------------------------
    async def start(self):
        self.detector = Detection.engine_of(self.crawler)
        self.memo_version = memo_version(self.detector)
        pending = iter(self.sites)
        while True:
            await self._wait_for_room()
            site = next(pending, None) if self.source is None else await self.source.take()
            if site is None:
                break
            if self.source is not None:
                self.sites_total += 1
            for request in self._open_site(site, attempt=1):
                yield request
        # the retry pass: sites that failed transiently get another attempt after a backoff
        while self.active or self.retries:
            due = [r for r in self.retries if r[0] <= time.monotonic()]
            if not due:
                await asyncio.sleep(0.1)
                continue
            self.retries.remove(due[0])
            await self._wait_for_room()
            for request in self._open_site(due[0][1].site, attempt=due[0][1].attempt + 1):
                yield request

    async def _wait_for_room(self) -> None:
        while len(self.active) >= self.settings.getint("REIFEGRAD_MAX_ACTIVE_SITES"):
            await asyncio.sleep(0.05)

    def _open_site(self, site: Site, attempt: int) -> Iterator[scrapy.Request]:
        s = self.settings
        state = SiteCrawl(site, s.getint("REIFEGRAD_MAX_PAGES"), s.getint("REIFEGRAD_MAX_DEPTH"),
                          s.getint("REIFEGRAD_SITE_INFLIGHT"), attempt=attempt)
        self.active[site.key] = state
        state.mark_seen(site.start_url)
        state.begin()
        yield self._request(state, site.start_url, 0, "start")
        host = urlsplit(site.start_url).hostname
        if site.start_url.startswith("https://") and host:
            state.begin()
            yield self._request(state, f"http://{host}/", 0, "probe", dont_redirect=True, handle_httpstatus_all=True)

    def _request(self, state: SiteCrawl, url: str, depth: int, role: str, **meta) -> scrapy.Request:
        if role == "page":
            meta["incremental"] = True  # the last crawl's memo may answer it (crawler.incremental)
        return scrapy.Request(
            url, callback=self.parse_page, errback=self.on_error, dont_filter=True,
            meta={"site": state.site.key, "hops": depth, "role": role, "site_started": state.started, **meta},
        )

    # -- callbacks -----------------------------------------------------------------------------------
    def parse_page(self, response) -> Iterator:
        state = self.active.get(response.meta["site"])
        if state is None:
            return
        try:
            self._handle(state, response)
        except Exception:  # a bug on one page must not lose the site
            log.exception("failed to process %s", response.url)
        state.release(response.meta.get("seq", 0))
        yield from self._advance(state)

    def on_error(self, failure) -> Iterator:
        request = failure.request
        state = self.active.get(request.meta["site"])
        if state is None:
            return
        state.release(request.meta.get("seq", 0))
        status, message = classify_failure(failure)
        role = request.meta["role"]
        if role == "start":
            state.status, state.error = status, message
            state.transient = is_transient(status, failure)
            if isinstance(failure.value, HttpError):
                state.final_url = failure.value.response.url
        elif role == "page":
            code = failure.value.response.status if isinstance(failure.value, HttpError) else 0
            state.pages.append(PageRecord(request.url, code, "", 0, "", request.meta["hops"], fetched_at=now_iso()))
            if isinstance(failure.value, SiteBudgetExceeded) and not state.error:
                state.error = message
        yield from self._advance(state)

    def parse_rendered(self, response) -> Iterator:
        state = self.active.get(response.meta["site"])
        if state is None:
            return
        state.release()
        try:
            self._take_rendered(state, response, response.meta["cookies"], response.meta["js_globals"])
        except Exception as exc:
            log.exception("failed to process the rendered view of %s", response.url)
            state.render_errors.append((response.url, f"processing the rendered view failed: {exc!r}"[:500]))
        yield from self._advance(state)

    def on_render_error(self, failure) -> Iterator:
        state = self.active.get(failure.request.meta["site"])
        if state is None:
            return
        state.release()
        log.info("could not render %s: %s", failure.request.url, failure.value)
        reason = (str(failure.value) or type(failure.value).__name__).splitlines()[0][:500]
        state.render_errors.append((failure.request.url, reason))
        yield from self._advance(state)

    def _take_rendered(self, state: SiteCrawl, response, cookies: list[str], js_globals: list[str]) -> None:
        """The rendered DOM and the network log of one page, judged like a fetched page."""
        url, depth = response.meta.get("playwright_page_url") or response.url, response.meta["hops"]
        rendered = PageArtifact(url, response.text, response.status, content_type="text/html", view="rendered")
        network = PageArtifact(url, "", response.status, view="network", requests=response.meta["network_log"].urls,
                               cookies=cookies, js_globals=js_globals)
        parsed = parse_page(rendered)
        domain = state.domain
        names = state.member_names
        matches = (self.detector.detect(rendered, parsed, site_domain=domain, site_names=names)
                   + self.detector.detect(network, site_domain=domain, site_names=names))
        memo = state.memos.get(response.url)
        if memo is not None:  # an unchanged page replays its rendered findings too
            memo.add_rendered(matches)
        state.rendered = True
        if response.meta.get("is_start"):
            state.start_network = network
        fresh = PageMemo("", links=self._candidate_links(state, parsed, matches), matches=matches,
                         services=classify_page(parsed, rendered, domain))
        state.matches.extend(matches)
        state.services.extend(fresh.services)
        state.take_page_links(url, fresh.links, depth)  # links only the rendered page shows (JS-built lists), at once

    def request_dropped(self, request, spider=None) -> None:
        """Should not happen (no duplicate filter), but a dropped request must not leave its site hanging."""
        state = self.active.get(request.meta.get("site", ""))
        if state is None:
            return
        state.release(request.meta.get("seq", 0))
        if state.idle:  # no callback of this site is left to carry it on
            self.crawler.engine.crawl(scrapy.Request(
                "data:,", callback=self.flush, dont_filter=True,
                meta={"site": state.site.key, "dont_obey_robotstxt": True}))

    def flush(self, response) -> Iterator:
        state = self.active.get(response.meta["site"])
        if state is not None:
            yield from self._advance(state)

    # -- page handling -------------------------------------------------------------------------------
    def _handle(self, state: SiteCrawl, response) -> None:
        role, depth, seq = response.meta["role"], response.meta["hops"], response.meta.get("seq", 0)
        external = response.meta.get("external", False)
        self.pages_fetched += 1
        self.bytes_fetched += len(response.body)
        headers = {k.decode("latin-1").lower(): b", ".join(v).decode("latin-1") for k, v in response.headers.items()}
        content_type = headers.get("content-type", "").split(";")[0].strip().lower()
        if role == "probe":
            state.http_probe = PageArtifact(response.url, "", response.status, headers, content_type)
            return
        if role == "start":
            state.final_url = response.url
            state.redirect_chain = [*response.meta.get("redirect_urls", []), response.url]
            final_domain = registered_domain(urlsplit(response.url).hostname or "")
            if final_domain and final_domain != state.site.domain:
                state.move_to(final_domain)
        replay: PageMemo | None = response.meta.get("replay")  # crawler.incremental: an unchanged page
        if response.status == 304 and replay is not None:
            state.pages.append(PageRecord(response.url, 304, content_type, 0, replay.sha256, depth,
                                          etag=replay.etag, last_modified=replay.last_modified,
                                          not_modified=True, fetched_at=now_iso()))
            self._replay(state, response.url, replay, depth, seq)
            return
        sha = replay.sha256 if replay is not None else hashlib.sha256(response.body).hexdigest()
        state.pages.append(PageRecord(
            url=response.url, status=response.status, content_type=content_type, bytes=len(response.body),
            sha256=sha, depth=depth, etag=headers.get("etag"), last_modified=headers.get("last-modified"),
            not_modified=replay is not None, fetched_at=now_iso(),
        ))
        if replay is not None:  # same bytes as last time (a server without validators): no re-detection
            self._replay(state, response.url, replay, depth, seq)
            return
        is_text = isinstance(response, TextResponse) and (not content_type or content_type in HTML_TYPES)
        if not is_text:
            if role == "start":
                state.status, state.error = "not_html", f"the start page is {content_type or 'not HTML'}, not a web page"
            return
        artifact = PageArtifact(
            url=response.url, html=response.text, status=response.status, headers=headers,
            content_type=content_type or "text/html",
            cookies=[c.split(b"=", 1)[0].decode("latin-1").strip() for c in response.headers.getlist(b"Set-Cookie")],
        )
        parsed = parse_page(artifact)
        if parsed.refused:  # hostile or broken markup: parsing it would hold the crawl's only thread
            self._skip(state, role, response.url, parsed.refused)
            return
        if role == "start":
            state.status = "ok"
        matches = self.detector.detect(artifact, parsed, site_domain=state.domain, site_names=state.member_names)
        if external:
            matches = [m for m in matches if m.component in self.vendor_page_components]
            memo = PageMemo(sha, headers.get("etag"), headers.get("last-modified"), [], matches, [],
                            self.memo_version)
        else:
            services = classify_page(parsed, artifact, state.domain)
            memo = PageMemo(sha, headers.get("etag"), headers.get("last-modified"),
                            self._candidate_links(state, parsed, matches), matches, services, self.memo_version)
            if role == "start":
                state.start = artifact
                state.chrome = chrome_links(parsed)
            if self.render and state.wants_render(role == "start", {m.evidence.pattern_id for m in matches
                                                                   if m.component == LOADER}):
                state.to_render.append((response.url, depth, role == "start"))
        self._replay(state, response.url, memo, depth, seq)

    @staticmethod
    def _skip(state: SiteCrawl, role: str, url: str, reason: str) -> None:
        """A page past the parse limits is kept as fetched but not parsed, and the site's record says why."""
        log.warning("not parsed: %s: %s", url, reason)
        if role == "start":
            state.status, state.error = "too_large", f"the start page was not parsed: {reason}"
        elif not state.error:
            state.error = f"{url} was not parsed: {reason}"

    def _candidate_links(self, state: SiteCrawl, parsed, matches) -> list[KeptLink]:
        """Same-site links (False), known vendor links and the site's own service domain worth a hop (True; link
        evidence reads "anchor text -> URL"), and the other links to other hosts (None: recorded with their anchor
        text, not followed).

        A hop only for a component a vendor's own page can show (REIFEGRAD_VENDOR_PAGE_COMPONENTS): a profile
        on a social network is evidence enough as a link and is never fetched. A domain bearing the municipality's
        name that a link calls an online service ("Online-Rathaus" -> www.forchheim-rathaus-online.de) is fetched
        the same way: one page, only those components taken from it."""
        vendor_urls = {link_parts(m.evidence.match)[1] for m in matches
                       if m.evidence.kind == "link_href" and m.component in self.vendor_page_components}
        out: list[KeptLink] = []
        in_scope = state.in_scope
        for url, text, host in parsed.links:  # unpacked: a named tuple's fields are slow to read by name
            if not host:
                continue
            if in_scope(host):
                if is_crawlable(url):
                    out.append((url, text, False))
            elif url in vendor_urls and is_crawlable(url) and check_host_literal(host).ok \
                    or state.service_hop(host, url, text):
                # never a hop to an IP literal or a local name (e.g. the citizen's own eID client on 127.0.0.1)
                out.append((url, text, True))
            else:
                out.append((url, text, None))
        return out

    @staticmethod
    def _replay(state: SiteCrawl, url: str, memo: PageMemo, depth: int, seq: int) -> None:
        """Take a page's results into the site: fresh ones, or carried over from an unchanged page. Findings
        count at once (their aggregate does not depend on order), links in request order (``seq``)."""
        state.memos[url] = memo
        state.matches.extend(memo.matches)
        state.services.extend(memo.services)
        state.take_links(seq, url, memo.links, depth)

    # -- site completion -----------------------------------------------------------------------------
    def _advance(self, state: SiteCrawl) -> Iterator:
        while state.to_render and state.status == "ok":
            url, depth, is_start = state.to_render.pop()
            state.begin()
            yield scrapy.Request(url, callback=self.parse_rendered, errback=self.on_render_error, dont_filter=True,
                                 meta={"site": state.site.key, "hops": depth, "role": "render", "is_start": is_start,
                                       "site_started": state.started, "render": True})
        for seq, url, depth, external in state.next_batch():
            yield self._request(state, url, depth, "page", external=external, seq=seq)
        if state.idle and not state.finished:
            result = self._finish(state)
            if state.transient and state.attempt < self.settings.getint("REIFEGRAD_SITE_ATTEMPTS"):
                self.retries.append((time.monotonic() + self.settings.getfloat("REIFEGRAD_RETRY_BACKOFF"), result))
                self.sites_done -= 1
            else:
                yield result

    def _finish(self, state: SiteCrawl) -> SiteResult:
        state.finished = True
        self.active.pop(state.site.key, None)
        self.sites_done += 1
        self.crawler.signals.send_catch_log(signal=site_finished, site=state.site.key)
        return state.result()

    # -- closing -------------------------------------------------------------------------------------
    def closed(self, reason: str) -> None:
        """The crawl stopped: hand on the sites it was working on (with what they had found) and the failed
        attempts still waiting for their retry. Runs before the sinks close (they connect after the spider)."""
        for state in list(self.active.values()):
            if state.status is None:
                state.error = state.error or "the crawl stopped before the site finished"
            self.crawler.signals.send_catch_log(signal=site_unfinished, result=self._finish(state))
        for _, result in self.retries:
            self.crawler.signals.send_catch_log(signal=site_unfinished, result=result)
        self.retries.clear()

    def progress(self, detail_limit: int) -> dict:
        """Pages, sites done and total, and the components found so far by the sites still open when
        there are at most ``detail_limit`` of them (the stats count the finished ones)."""
        found: set[str] = set()
        if len(self.active) <= detail_limit:
            for state in self.active.values():
                found.update(f.component for f in aggregate(state.matches))
        return {"pages": self.pages_fetched, "sites_done": self.sites_done, "sites_total": self.sites_total,
                "components": found, "in_flight": sorted(self.active),
                "pages_in_flight": sum(len(state.pages) for state in self.active.values())}
