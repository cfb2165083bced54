"""The crawler's own signals (sent with Scrapy's signal manager)."""

site_unfinished = object()
"""Sent by the spider when the crawl closes, once per site it could not finish (``result``: its
``SiteResult`` with what it had found). The sinks judge and store it like any other site."""
