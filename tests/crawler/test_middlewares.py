"""Downloader middleware helpers: the bounded robots.txt cache and Retry-After parsing."""
from __future__ import annotations

from datetime import datetime, timezone

from twisted.internet.defer import Deferred

from scrapy.utils.test import get_crawler

from crawler import settings as project
from crawler.middlewares import BoundedRobotsTxtMiddleware, RecentRobots, retry_after_seconds


def test_robots_cache_evicts_oldest_resolved_parsers_but_never_a_pending_lookup():
    cache = RecentRobots(limit=3)
    pending = Deferred()
    cache["a"] = pending
    for host in "bcdef":
        cache[host] = object()
    assert list(cache) == ["a", "e", "f"] and cache["a"] is pending


def test_robots_cache_follows_the_sites_open_at_once_unless_set():
    def limit(**settings) -> int:
        crawler = get_crawler(settings_dict={"ROBOTSTXT_OBEY": True, "REIFEGRAD_ROBOTS_CACHE": 0,
                                             "REIFEGRAD_MAX_ACTIVE_SITES": project.REIFEGRAD_MAX_ACTIVE_SITES, **settings})
        return BoundedRobotsTxtMiddleware(crawler).parsers.limit

    assert limit(REIFEGRAD_MAX_ACTIVE_SITES=24) < limit() == 1920  # the default: 16 per site, 120 sites
    assert limit(REIFEGRAD_MAX_ACTIVE_SITES=24, REIFEGRAD_ROBOTS_CACHE=50) == 50


def test_retry_after_as_seconds_or_http_date():
    now = datetime(2026, 11, 22, 3, 0, 0, tzinfo=timezone.utc)
    assert retry_after_seconds(b"120", now) == 120.0
    assert retry_after_seconds(b"Sun, 22 Nov 2026 03:00:30 GMT", now) == 30.0
    assert retry_after_seconds(b"Sun, 22 Nov 2026 02:00:00 GMT", now) == 0.0  # in the past: no wait
    assert retry_after_seconds(b"soon", now) is None and retry_after_seconds(None, now) is None
