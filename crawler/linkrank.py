"""Rank same-site links so the page budget is spent where e-government components live.

Deterministic (a stable sort of a pure score), unlike the random link sampling of WEC/OpenWPM,
so two crawls of an unchanged site visit the same pages.
"""
from __future__ import annotations

import json
from functools import cache, lru_cache
from importlib import resources
from urllib.parse import unquote, urlsplit

SKIP_EXTENSIONS = (
    ".pdf", ".doc", ".docx", ".odt", ".xls", ".xlsx", ".ods", ".ppt", ".pptx", ".zip", ".rar", ".7z", ".gz",
    ".jpg", ".jpeg", ".png", ".gif", ".svg", ".webp", ".ico", ".mp3", ".mp4", ".avi", ".mov", ".wmv",
    ".css", ".js", ".xml", ".rss", ".ics", ".vcf", ".exe", ".dmg", ".apk", ".iso", ".bmp", ".tif", ".tiff",
)


@cache
def _keywords() -> tuple[tuple[tuple[str, int], ...], ...]:
    data = json.loads(resources.files("crawler").joinpath("link_keywords.json").read_text("utf-8"))
    return tuple(tuple(data[part].items()) for part in ("text", "path", "penalty"))


@lru_cache(maxsize=4096)  # real pages repeat their navigation's links on every page
def is_crawlable(url: str) -> bool:
    """HTML candidates only: http(s), no file downloads, no mail or phone links."""
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and not parts.path.lower().endswith(SKIP_EXTENSIONS)


def link_score(text: str, url: str) -> int:
    """Higher is better. ``text`` is already normalised (see detectors.page.normalise_text)."""
    text_kw, path_kw, penalties = _keywords()
    parts = urlsplit(url)
    path = unquote(parts.path + ("?" + parts.query if parts.query else "")).casefold()
    score = sum(w for kw, w in text_kw if kw in text)
    score += sum(w for kw, w in path_kw if kw in path)
    score += sum(w for kw, w in penalties if kw in path)
    score -= path.count("/") // 2  # shallow pages first, all else equal
    return score
