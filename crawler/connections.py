"""Keep-alive connections that end with their site: a bounded pool with a short idle timeout.

Scrapy's HTTP handler keeps every idle connection in Twisted's pool for 240 s, and the pool keeps an
(empty) entry per host for the whole crawl. A national crawl finishes a site every few hundred
milliseconds and never talks to it again, so its idle TLS tunnels piled up by the thousand and RSS grew
with the crawl's length (266 -> 458 MB from 500 to 11,000 sites). Here the pool closes a host's idle
connections as soon as no open site uses the host any more (``crawler.signals.site_finished``), drops an
idle connection after ``REIFEGRAD_IDLE_TIMEOUT`` seconds, keeps at most ``REIFEGRAD_IDLE_CONNECTIONS``
idle ones in all (the oldest goes first), and forgets a host once it has no connection left.

The idle timeout outlasts the longest gap between two requests to one host (AutoThrottle's and the
robots.txt Crawl-delay's caps), so an open site keeps its connections between pages.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable

from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.utils.httpobj import urlparse_cached
from twisted.web.client import HTTPConnectionPool

from crawler.pacing import crawl_pacer
from crawler.signals import site_finished


class BoundedConnectionPool(HTTPConnectionPool):
    """Twisted's pool with a cap on idle connections in all, and host entries dropped once empty."""

    def __init__(self, reactor, *, per_host: int, max_idle: int, idle_timeout: int):
        super().__init__(reactor, persistent=True)
        self.maxPersistentPerHost = per_host
        self.cachedConnectionTimeout = idle_timeout
        self.max_idle = max_idle

    @property
    def idle(self) -> int:
        """Idle connections held (each has its timeout)."""
        return len(self._timeouts)

    def getConnection(self, key: Hashable, endpoint):
        found = super().getConnection(key, endpoint)
        self._forget_if_empty(key)
        return found

    def _removeConnection(self, key, connection) -> None:
        super()._removeConnection(key, connection)
        self._forget_if_empty(key)

    def _putConnection(self, key, connection) -> None:
        super()._putConnection(key, connection)
        while self.idle > self.max_idle:
            oldest = next(iter(self._timeouts))  # put order, every timeout as long: the first is the oldest
            self._timeouts[oldest].cancel()
            self._removeConnection(self._key_of(oldest), oldest)

    def close_hosts(self, hosts: Iterable[bytes]) -> int:
        """Close the idle connections to these hosts (a key's second item is its host); how many."""
        wanted = set(hosts)
        closed = 0
        for key in [k for k in self._connections if isinstance(k, tuple) and len(k) > 1 and k[1] in wanted]:
            for connection in list(self._connections.get(key, ())):
                self._timeouts[connection].cancel()
                self._removeConnection(key, connection)
                closed += 1
        return closed

    def _key_of(self, connection) -> Hashable:
        return next(k for k, held in self._connections.items() if connection in held)

    def _forget_if_empty(self, key: Hashable) -> None:
        if key in self._connections and not self._connections[key]:
            del self._connections[key]


def pool_for(crawler) -> BoundedConnectionPool:
    """The pool a crawl's settings ask for: per host as Scrapy has it, the idle bound and timeout ours."""
    from twisted.internet import reactor

    s = crawler.settings
    per_host = s.getint("CONCURRENT_REQUESTS_PER_DOMAIN")
    return BoundedConnectionPool(reactor, per_host=per_host, max_idle=s.getint("REIFEGRAD_IDLE_CONNECTIONS")
                                 or 2 * per_host * s.getint("REIFEGRAD_MAX_ACTIVE_SITES"),
                                 idle_timeout=s.getint("REIFEGRAD_IDLE_TIMEOUT"))


class HostsInUse:
    """The hosts each open site fetched from; a host is done when the last open site that used it finishes
    (a vendor's form server shared by several open sites keeps its connections until all are through)."""

    def __init__(self) -> None:
        self._of_site: dict[str, set[str]] = {}
        self._sites: Counter[str] = Counter()  # host -> open sites that used it

    def use(self, site: str, host: str) -> None:
        hosts = self._of_site.setdefault(site, set())
        if host not in hosts:
            hosts.add(host)
            self._sites[host] += 1

    def finish(self, site: str) -> list[str]:
        """Forget the site; the hosts no open site uses any more."""
        done: list[str] = []
        for host in self._of_site.pop(site, ()):
            self._sites[host] -= 1
            if self._sites[host] <= 0:
                del self._sites[host]
                done.append(host)
        return done


class SiteConnections:
    """Mixin for an HTTP11DownloadHandler (or a subclass, like scrapy-playwright's): each request waits for its host's
    turn (``crawler.pacing``); the bounded pool; when the last open site that fetched from a host finishes, the
    host's idle connections close and its idle download slot leaves the downloader.

    Scrapy drops an idle slot (~1.4 KB: a queue, two sets, the AutoThrottle delay) only after 60 s, swept every
    60 s, so a fast crawl held the slots of the last minutes' hosts: 3,437 at the end of a 4,000-site crawl.
    Politeness does not live there: the per-host clock is ``crawler.pacing.HostPacer``'s, which outlives them.
    """

    def __init__(self, crawler):
        super().__init__(crawler)
        self.crawler = crawler  # (Scrapy's handler keeps it too; the mixin does not rely on its base)
        self.pool = self._pool = pool_for(crawler)  # Scrapy's handler connects through _pool
        self.pacer = crawl_pacer(crawler)
        self.hosts = HostsInUse()
        crawler.signals.connect(self.site_finished, signal=site_finished)

    async def download_request(self, request):
        """The host's turn first (``crawler.pacing``): here, after Scrapy's slot queue, the wait is the last step before
        the connection, so no queue can hold a request until it is closer than the gap to the next one."""
        host = urlparse_cached(request).hostname or ""
        await self.pacer.wait_turn(host)
        site = request.meta.get("site")
        if site is not None:
            self.hosts.use(site, host)  # the request's download slot key
        return await super().download_request(request)

    def site_finished(self, site: str) -> None:
        done = self.hosts.finish(site)
        if done:
            self.pool.close_hosts(host.encode("ascii", "ignore") for host in done)
            slots = self.crawler.engine.downloader.slots
            for host in done:
                slot = slots.get(host)
                if slot is not None and not slot.active:  # Scrapy's own test before dropping a slot
                    slots.pop(host).close()


class SiteHTTPDownloadHandler(SiteConnections, HTTP11DownloadHandler):
    """Scrapy's HTTP/1.1 handler with ``SiteConnections`` (the crawler's handler for http and https)."""
