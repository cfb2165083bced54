"""A real Scrapy crawl (own process: a reactor cannot restart) of one page behind a loopback proxy that redirects.

Usage: redirect_probe.py PROXY_URL START_URL. Prints one JSON line: the URLs that reached the spider and
the requests the guard dropped. All traffic goes to the proxy on 127.0.0.1.
"""
from __future__ import annotations

import json
import sys

import scrapy
from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from crawler.ssrf import enable_public_address_guard

seen: list[str] = []
dropped: list[str] = []


class Probe(scrapy.Spider):
    name = "probe"

    async def start(self):
        yield scrapy.Request(sys.argv[2], meta={"proxy": sys.argv[1]}, callback=self.parse, errback=self.failed)

    def parse(self, response):
        seen.append(response.url)
        for href in response.css("a::attr(href)").getall():
            yield response.follow(href, meta={"proxy": sys.argv[1]}, callback=self.parse, errback=self.failed)

    def failed(self, failure):
        dropped.append(str(failure.value))


settings = Settings({"ROBOTSTXT_OBEY": False, "LOG_LEVEL": "ERROR", "TELNETCONSOLE_ENABLED": False, "RETRY_ENABLED": False,
                     "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor"})
enable_public_address_guard(settings, allow_simulated_web=True)
process = CrawlerProcess(settings)
process.crawl(Probe)
process.start()
print(json.dumps({"seen": seen, "dropped": dropped}))
