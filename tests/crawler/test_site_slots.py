"""A finished site's downloader slots go with it (crawler/connections.py), in a real crawl of the simulated web.

Scrapy drops an idle slot only after 60 s; this crawl is shorter than that, so every slot a site used
would still be there when the crawl closes unless ``SiteConnections`` dropped it when the site finished.
"""
from __future__ import annotations

import json
import subprocess
import sys

from scrapy import signals

from tests.support import REPO


class SlotCensus:
    """Test extension: the slot keys that site requests used, and the slots the downloader holds at the close."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.used: set[str] = set()
        self.largest = 0

    @classmethod
    def from_crawler(cls, crawler):
        census = cls(crawler)
        crawler.signals.connect(census.reached, signal=signals.request_reached_downloader)
        crawler.signals.connect(census.closed, signal=signals.spider_closed)
        return census

    def reached(self, request, spider=None) -> None:
        downloader = self.crawler.engine.downloader
        if request.meta.get("site") is not None:
            self.used.add(downloader.get_slot_key(request))
        self.largest = max(self.largest, len(downloader.slots))

    def closed(self, spider=None, reason: str = "") -> None:
        held = sorted(self.crawler.engine.downloader.slots)
        path = self.crawler.settings.get("SLOT_CENSUS_OUT")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump({"used": sorted(self.used), "held": held, "largest": self.largest}, fh)


SCRIPT = """
import sys
sys.path.insert(0, {repo!r})
from crawler import settings
from crawler.municipalities import load
from crawler.run import CrawlConfig, run_crawl
rows = load({csv!r})[0][:12]
run_crawl(rows, CrawlConfig(db={db!r}, proxy={proxy!r}, download_delay=0.0, render=False, max_pages=8,
          max_active_sites=3, allow_loopback=False, extra={{"AUTOTHROTTLE_ENABLED": False, "SLOT_CENSUS_OUT": {out!r},
          "EXTENSIONS": {{**settings.EXTENSIONS, "tests.crawler.test_site_slots.SlotCensus": 900}}}}))
"""


def test_finished_sites_leave_no_download_slot(tmp_path, farm_proxy, farm_files):
    out = tmp_path / "census.json"
    script = SCRIPT.format(repo=str(REPO), csv=str(farm_files[0]), db=str(tmp_path / "r.db"), proxy=farm_proxy,
                           out=str(out))
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    census = json.loads(out.read_text(encoding="utf-8"))
    assert len(census["used"]) >= 12, census  # every site's own host, and vendors' hosts
    assert not set(census["used"]) & set(census["held"]), census
    assert census["largest"] < len(census["used"]), census  # slots went while the crawl ran, not at its end

