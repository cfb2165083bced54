"""The crawler's own signals (sent with Scrapy's signal manager)."""

site_unfinished = object()
"""Sent by the spider when the crawl closes, once per site it could not finish (``result``: its
``SiteResult`` with what it had found). The sinks judge and store it like any other site."""

site_finished = object()
"""Sent by the spider whenever a site's crawl ends, however it ended (``site``: its ``Site.key``), so
per-site state elsewhere (the download handler's idle connections) can be dropped with it."""
