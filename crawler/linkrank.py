"""Rank same-site links so the page budget is spent where e-government components live.

Deterministic (a stable sort of a pure score), unlike the random link sampling of WEC/OpenWPM,
so two crawls of an unchanged site visit the same pages.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from urllib.parse import unquote, urlsplit

SKIP_EXTENSIONS = (
    ".pdf", ".doc", ".docx", ".odt", ".xls", ".xlsx", ".ods", ".ppt", ".pptx", ".zip", ".rar", ".7z", ".gz",
    ".jpg", ".jpeg", ".png", ".gif", ".svg", ".webp", ".ico", ".mp3", ".mp4", ".avi", ".mov", ".wmv",
    ".css", ".js", ".xml", ".rss", ".ics", ".vcf", ".exe", ".dmg", ".apk", ".iso", ".bmp", ".tif", ".tiff",
    ".csv", ".tsv", ".json", ".geojson", ".kml", ".kmz", ".gpx", ".gml", ".asc",  # data and key files: the link is the evidence
)


# A link in the last tier scores at most this: it is fetched only when no other link is waiting (crawler/frontier.py).
LAST_TIER = -100
# A further page of a list scores this, just above the last tier and below every other link: after the sections' links
# within their third of the budget, before a section beyond its third (its teasers may announce an offer).
FURTHER_PAGE = LAST_TIER + 1
_WORDS = re.compile(r"[\W_]+")


@dataclass(frozen=True, slots=True)
class Keywords:
    text: tuple[tuple[str, int], ...]
    path: tuple[tuple[str, int], ...]
    offer: tuple[tuple[str, int], ...]
    penalty: tuple[tuple[str, int], ...]
    listing: dict[str, int]
    teaser: tuple[tuple[str, int], ...]
    last: tuple[tuple[str, int], ...]
    further: re.Pattern[str]


@cache
def _keywords() -> Keywords:
    data = json.loads(resources.files("crawler").joinpath("link_keywords.json").read_text("utf-8"))
    return Keywords(*(tuple(data[part].items()) for part in ("text", "path", "offer", "penalty")),
                    data["listing"], tuple(data["teaser"].items()), tuple(data["last"].items()),
                    re.compile(data["further"]))


@lru_cache(maxsize=4096)  # real pages repeat their navigation's links on every page
def is_crawlable(url: str) -> bool:
    """HTML candidates only: http(s), no file downloads, no mail or phone links."""
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and not parts.path.lower().endswith(SKIP_EXTENSIONS)


def _names_a_list(segment: str, listing: dict[str, int]) -> bool:
    """'aktuelle-meldungen', 'pressemitteilungen.html': a list itself; 'meldung-274' is one of its items."""
    words = [w for w in _WORDS.split(segment.rsplit(".", 1)[0]) if w]
    return bool(words) and all(w in listing for w in words)


def link_score(text: str, url: str) -> int:
    """Higher is better. ``text`` is already normalised (see detectors.page.normalise_text).

    An item of a news, press or event list (not the list itself; a teaser's "weiterlesen" is one), a date archive, a
    calendar or a print view scores in the last tier (at most ``LAST_TIER``), unless its anchor text or its own URL
    segment names an e-government offer ("Online-Terminvergabe startet", "neues Ratsinformationssystem"): of
    hundreds of news items on a real site a handful announce an offer, and they say so in their title. A further
    page of a list, paged in its URL and named as a next page ("Ältere Meldungen" to ``…/seite-2/``, "2", "»"),
    scores ``FURTHER_PAGE``: it shows the next teasers, whose titles are how those few announcements are found."""
    kw = _keywords()
    parts = urlsplit(url)
    path = unquote(parts.path).casefold()
    query = unquote(parts.query).casefold()
    full = path + ("?" + query if query else "")
    folders, _, own = path.rstrip("/").rpartition("/")
    score = sum([w for k, w in kw.text if k in text])
    score += sum([w for k, w in kw.path if k in full])
    score += sum([w for k, w in kw.penalty if k in full])
    shallow = full.count("/") // 2  # shallow pages first, all else equal
    score -= shallow
    named = f"{text} {own}?{query}"  # built once, not once per offer word
    offer = sum([w for k, w in kw.offer if k in named])
    if not offer:
        listed = [] if _names_a_list(own, kw.listing) else \
            [kw.listing[w] for w in _WORDS.split(f"{folders} {query}") if w in kw.listing]  # a list's item
        teaser = [w for k, w in kw.teaser if k in text]  # "weiterlesen": a teaser's link, whatever its URL
        last = [w for k, w in kw.last if k in full and (w < 0 or not teaser)]  # an item's list[start]=0 is no page 2
        if last and min(last) > 0 and kw.further.match(text):  # paged, not dated or printed; named as a next page
            return FURTHER_PAGE
        listed += teaser
        if listed or last:
            return min(LAST_TIER, LAST_TIER - shallow + min(listed, default=0) + sum(last))
    return max(score + offer, FURTHER_PAGE + 1)
