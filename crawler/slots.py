"""A finished site's download slots leave the downloader with it, not a minute or two later.

Scrapy keeps one downloader slot per host (a queue, two sets and its AutoThrottle delay, ~1.4 KB) and
drops a slot only once it has been idle for 60 s, checked every 60 s. A national crawl finishes sites
faster than that, so the slots of the last one or two minutes' hosts pile up: ~3,400 of them at the end of
a 4,000-site crawl, a few MB that a short crawl never holds. Here the idle slots of the hosts no open site
uses any more go as soon as the last site that used them finishes (``crawler.signals.site_finished``),
as their idle connections do (``crawler.connections``). Politeness does not live in these slots: the
per-host clock is ``crawler.pacing.HostPacer``'s, which outlives them.
"""
from __future__ import annotations

from scrapy import signals

from crawler.connections import HostsInUse
from crawler.signals import site_finished


class SiteSlots:
    """Extension: records which downloader slots each open site used; drops the idle ones it leaves."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.slots_of: HostsInUse[str] = HostsInUse()

    @classmethod
    def from_crawler(cls, crawler) -> SiteSlots:
        ext = cls(crawler)
        crawler.signals.connect(ext.reached, signal=signals.request_reached_downloader)
        crawler.signals.connect(ext.finished, signal=site_finished)
        return ext

    def reached(self, request, spider=None) -> None:
        site = request.meta.get("site")
        if site is not None:
            self.slots_of.use(site, self.crawler.engine.downloader.get_slot_key(request))

    def finished(self, site: str) -> None:
        """Drop the site's slots that no open site uses and that hold no request (Scrapy's own test)."""
        slots = self.crawler.engine.downloader.slots
        for key in self.slots_of.finish(site):
            slot = slots.get(key)
            if slot is not None and not slot.active:
                slots.pop(key).close()
