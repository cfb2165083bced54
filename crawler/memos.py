"""Page memos: what the crawler learnt from each page last time (links, matches, service levels).

They let an incremental crawl treat an unchanged page (HTTP 304, or the same content hash) as seen:
its findings carry over with their evidence and its links are followed, without fetching or judging
it again. A memo is a cache, not history: one per (site, URL), replaced on every fetch. Where memos are
kept is ``crawler.memo_store``'s job; ``crawler.incremental`` decides when one stands in for a page.
"""
from __future__ import annotations

import hashlib
import json
import sys
import threading
import zlib
from dataclasses import dataclass, field
from importlib import resources

if sys.version_info >= (3, 14):
    from compression import zstd
else:  # the standard library's zstd, backported (Scrapy requires it too)
    from backports import zstd

from detectors.engine import Engine
from detectors.model import Evidence, Match, ServiceObservation
from detectors.page import READING
from detectors.snippet import FORMAT as SNIPPET_FORMAT


# Memos are packed as JSON in a Zstandard frame at level 3, by a compressor kept per thread (one made per call
# costs as much again): on the memos of the 10 real HTML pages of ../shared/realpages 23 us a memo against
# 130 us for zlib at level 6 (the JSON itself ~60 us), 5 % larger (25.4 against 24.1 KB for the ten). A memo
# packed before (zlib: its first two bytes are never the frame's magic number) is still read.
ZSTD_LEVEL = 3
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


class _Compressors(threading.local):
    """A compressor per thread: a frame is compressed in calls no other thread interleaves with."""

    def __init__(self) -> None:
        self.zstd = zstd.ZstdCompressor(level=ZSTD_LEVEL)


_COMPRESSORS = _Compressors()


def memo_version(engine: Engine) -> str:
    """What a replayed memo's output depends on: the fingerprints, the service-level data, how a page is read
    and how evidence is cut. A memo of another version is not replayed, or old and new pattern ids would count
    one finding twice (and old snippets would be shown for ever, links read since never followed)."""
    services = resources.files("detectors").joinpath("services.json").read_bytes()
    return f"{engine.version}:{hashlib.sha256(services).hexdigest()[:12]}:s{SNIPPET_FORMAT}:r{READING}"


# A page's links as the spider keeps them: (url, anchor text, vendor) where vendor is False for a same-site
# link, True for a vendor hop and None for another host's link that is only recorded.
KeptLink = tuple[str, str, bool | None]


@dataclass(slots=True)
class PageMemo:
    sha256: str
    etag: str | None = None
    last_modified: str | None = None
    links: list[KeptLink] = field(default_factory=list)
    matches: list[Match] = field(default_factory=list)
    services: list[ServiceObservation] = field(default_factory=list)
    version: str = ""  # memo_version() of the crawl that judged the page ("" before versions were kept)
    # Read from the store's file and unchanged since (an unchanged page replays it): saving it would write the
    # row that is there already, packed again (the JSON and compression of a memo cost ~0.1 ms).
    stored: bool = False

    def add_rendered(self, matches: list[Match]) -> None:
        """A replayed page's rendered findings join its memo, which then differs from the stored one."""
        self.matches.extend(matches)
        self.stored = False

    def pack(self) -> bytes:
        data = {
            "version": self.version,
            "links": self.links,
            "matches": [[m.component, m.product, m.confidence, m.evidence.kind, m.evidence.match,
                         m.evidence.pattern_id, m.evidence.view, m.evidence.url, m.evidence.mark,
                         m.evidence.markup] for m in self.matches],
            "services": [[s.service_id, s.level, s.url, s.evidence] for s in self.services],
        }
        return _COMPRESSORS.zstd.compress(json.dumps(data, separators=(",", ":")).encode("utf-8"),
                                          zstd.ZstdCompressor.FLUSH_FRAME)

    @classmethod
    def unpack(cls, blob: bytes, sha256: str, etag: str | None, last_modified: str | None) -> PageMemo:
        data = json.loads(zstd.decompress(blob) if blob.startswith(_ZSTD_MAGIC) else zlib.decompress(blob))
        return cls(
            sha256=sha256, etag=etag, last_modified=last_modified,
            links=[tuple(link) for link in data["links"]],
            matches=[_match(*m) for m in data["matches"]],
            services=[ServiceObservation(*s) for s in data["services"]],
            version=data.get("version", ""),
        )


def _match(component: str, product: str | None, confidence: int, kind: str, match: str, pattern_id: str, view: str,
           url: str, mark: list[int] | None = None, markup: bool = False) -> Match:
    """A packed match; memos packed before marks were kept have none."""
    return Match(component, product, confidence,
                 Evidence(url, kind, match, pattern_id, view, (mark[0], mark[1]) if mark else None, markup))
