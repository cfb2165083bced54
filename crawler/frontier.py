"""Which link of a site to fetch next: cover the site before going deep.

1. Known vendor portals one hop away (the one-hop rule), outside the site's page budget, at most
   `max_pages // 3` per site.
2. The start page's navigation, header and footer links (up to half the budget), best first.
3. Then best first by link score, except that no section takes more than a third of the budget while
   another section has links waiting that are not in the last tier (crawler/linkrank.py: news items without
   an offer word, calendars), which wait until nothing else does. A further page of a list scores just above
   that tier, below every other link: it comes after the sections' links within their third and before a
   section beyond it, so an offer its teasers announce still finds budget. A section is the part
   of the site below one depth-2 page (the Leistungen A–Z list, one page of the news archive, …): the click
   path defines it, so it works for every URL shape, including CMSs whose pages all share one path
   (index.php?object=…).

Deterministic: ties break by the order links were offered, and crawler/sitecrawl.py offers a page's links in
request order, never in the order answers arrive (pop k sees the links of the start page and of pages 1 …
k − W, W the site's in-flight cap, plus the next ones in order only while nothing is left to pop). So an
unchanged site is crawled into the same pages every night. Not covered: links that only a rendered page
shows (Chromium) are offered as the render arrives.
"""
from __future__ import annotations

import heapq
from collections import Counter
from dataclasses import dataclass, field

from crawler.linkrank import LAST_TIER

# (-score, offer sequence, url, depth, section)
Entry = tuple[int, int, str, int, str]


@dataclass(slots=True)
class Frontier:
    max_pages: int
    chrome: list[Entry] = field(default_factory=list)
    sections: dict[str, list[Entry]] = field(default_factory=dict)  # section -> its waiting links (never empty)
    hops: list[Entry] = field(default_factory=list)
    taken: Counter = field(default_factory=Counter)  # pages issued per section
    pages: int = 0  # same-site pages issued: the budget
    chrome_taken: int = 0
    hops_taken: int = 0
    seq: int = 0

    @property
    def section_cap(self) -> int:
        return max(1, -(-self.max_pages // 3))

    def push(self, url: str, score: int, depth: int, section: str, *, chrome: bool = False,
             external: bool = False) -> None:
        self.seq += 1
        entry = (-score, self.seq, url, depth, section)
        if external:
            heapq.heappush(self.hops, entry)
        elif chrome:
            heapq.heappush(self.chrome, entry)
        else:
            heapq.heappush(self.sections.setdefault(section, []), entry)

    def pop(self) -> tuple[str, int, bool] | None:
        """(url, depth, external) of the next link, or None when nothing is left within the budgets."""
        if self.hops and self.hops_taken < self.section_cap:
            self.hops_taken += 1
            _, _, url, depth, _ = heapq.heappop(self.hops)
            return url, depth, True
        if self.pages >= self.max_pages:
            return None
        if self.chrome and self.chrome_taken < self.max_pages // 2:
            self.chrome_taken += 1
            return self._take(heapq.heappop(self.chrome))
        for entry in self.chrome:  # chrome beyond half the budget competes like any other link
            heapq.heappush(self.sections.setdefault(entry[4], []), entry)
        self.chrome.clear()
        if not self.sections:
            return None
        # every pop looks at every section's best link (dozens of sections on a real site): one pass, no key function
        cap, taken = self.section_cap, self.taken
        _, best = min(((-heap[0][0] <= LAST_TIER, taken.get(s, 0) >= cap, heap[0]), s)
                      for s, heap in self.sections.items())
        heap = self.sections[best]
        entry = heapq.heappop(heap)
        if not heap:  # only sections with links waiting are kept
            del self.sections[best]
        return self._take(entry)

    def _take(self, entry: Entry) -> tuple[str, int, bool]:
        _, _, url, depth, section = entry
        self.pages += 1
        self.taken[section] += 1
        return url, depth, False
