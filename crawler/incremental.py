"""Incremental crawling as a downloader middleware, after Scrapy's ``HttpCacheMiddleware`` (policy + storage).

The policy is fixed and small: a page the last crawl memoised is requested conditionally (its ETag and
Last-Modified); a 304, or a 2xx whose bytes hash like last time, is answered by the memo instead of being
judged again. The storage is pluggable (``REIFEGRAD_MEMO_STORAGE``, default the store's SQLite file).

Request meta keys (read and written here):

``incremental``
    set by the spider on the requests this middleware may answer from memory (site pages, not the start
    page, the http:// probe or renders).
``memo``
    set here on such a request: the last crawl's ``PageMemo`` for its URL, or None (also when the memo
    was judged by other fingerprints or service data: such a page is fetched unconditionally and judged again). A redirected request
    keeps its original's (and its conditional headers), as Scrapy copies meta and headers.
``replay``
    set here when the response stands for an unchanged page: the ``PageMemo`` whose links, matches and
    service levels the spider takes instead of judging the page again.
"""
from __future__ import annotations

import hashlib

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.misc import load_object

from crawler.detection import Detection
from crawler.memos import PageMemo, memo_version


class IncrementalMiddleware:
    def __init__(self, storage, crawler):
        self.storage = storage
        self.crawler = crawler
        self.version = ""  # this crawl's memo_version(), known once the crawl's engine is

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("REIFEGRAD_INCREMENTAL"):
            raise NotConfigured
        storage = load_object(crawler.settings["REIFEGRAD_MEMO_STORAGE"]).from_settings(crawler.settings)
        mw = cls(storage, crawler)
        crawler.signals.connect(mw.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(mw.spider_closed, signal=signals.spider_closed)
        return mw

    def spider_opened(self, spider=None) -> None:
        self.version = memo_version(Detection.engine_of(self.crawler))
        self.storage.open()

    def spider_closed(self, spider=None) -> None:
        self.storage.close()

    def process_request(self, request):
        if not request.meta.get("incremental") or "memo" in request.meta:
            return None
        memo = self._current(request.meta["site"], request.url)
        request.meta["memo"] = memo
        if memo is not None:  # an unchanged page costs a 304
            if memo.etag:
                request.headers["If-None-Match"] = memo.etag
            if memo.last_modified:
                request.headers["If-Modified-Since"] = memo.last_modified
            request.meta["handle_httpstatus_list"] = [304]
        return None

    def process_response(self, request, response):
        if not request.meta.get("incremental"):
            return response
        memo = self._memo_for(request, response.url)
        if memo is not None and unchanged(memo, response.status, response.body):
            request.meta["replay"] = memo
        return response

    def _memo_for(self, request, url: str) -> PageMemo | None:
        """The memo of the URL that answered (after redirects, as the memos are keyed by final URL)."""
        if url == request.url and not request.meta.get("redirect_urls"):
            return request.meta.get("memo")
        return self._current(request.meta["site"], url)

    def _current(self, site: str, url: str) -> PageMemo | None:
        """The stored memo if this crawl's fingerprints and service data judged it (else it must not replay)."""
        memo = self.storage.get(site, url)
        return memo if memo is not None and memo.version == self.version else None


def unchanged(memo: PageMemo, status: int, body: bytes) -> bool:
    """A 304, or the same bytes as last time (a server without validators)."""
    if status == 304:
        return True
    return 200 <= status < 300 and memo.sha256 == hashlib.sha256(body).hexdigest()
