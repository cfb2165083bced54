"""scrapy-playwright's download handler with the crawl's bounded keep-alive pool (``crawler.connections``).

Its own module, so a crawl without rendering never imports Playwright.
"""
from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler

from crawler.connections import SiteConnections


class SitePlaywrightDownloadHandler(SiteConnections, ScrapyPlaywrightDownloadHandler):
    """Renders in Chromium; plain requests through Scrapy's HTTP/1.1 client and the bounded pool."""
