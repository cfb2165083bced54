"""Links in a page's chrome: its navigation, header and footer (the site's own map of what matters).

A crawl fetches the start page's chrome links before it spends its budget on long lists. Recognised by
HTML5 elements, ARIA landmark roles, and the id/class names CMS templates give their menus.
"""
from __future__ import annotations

import re
from urllib.parse import urldefrag, urljoin

from crawler.sitecrawl import canonical_url
from detectors.page import ParsedPage

TAGS = {"nav", "header", "footer"}
ROLES = {"navigation", "banner", "contentinfo", "menubar", "menu"}
NAMES = re.compile(r"(?:^|[\s_-])(?:nav|navi|navigation|mainnav|topnav|metanav|subnav|menu|menue|mainmenu|megamenu|"
                   r"header|footer|topbar|servicebar|quicklinks)(?:$|[\s_\d-])", re.IGNORECASE)
DEPTH = 12  # ancestors looked at per link


def in_chrome(element, marks: dict | None = None) -> bool:
    """``element`` lies within ``DEPTH`` ancestors of a navigation, header or footer. ``marks``: the verdicts on
    ancestors so far (element -> it marks chrome itself), shared by one page's links, whose ancestors are mostly
    the same few lists and wrappers."""
    if marks is None:
        marks = {}
    for _, ancestor in zip(range(DEPTH), element.iterancestors()):
        mark = marks.get(ancestor)
        if mark is None:
            mark = marks[ancestor] = _marks_chrome(ancestor)
        if mark:
            return True
    return False


def _marks_chrome(element) -> bool:
    if not isinstance(element.tag, str):
        return False
    if element.tag in TAGS or (element.get("role") or "").lower() in ROLES:
        return True
    return NAMES.search(f"{element.get('id') or ''} {element.get('class') or ''}") is not None


def chrome_links(parsed: ParsedPage) -> set[str]:
    """Canonical URLs (``canonical_url``, as the site's seen-set keys them) of the links inside the page's
    navigation, header and footer."""
    root = parsed.root
    if root is None:
        return set()
    base = next((urljoin(parsed.url, b.get("href")) for b in root.iter("base") if b.get("href")), parsed.url)
    marks: dict = {}  # holding the ancestors keeps their lxml proxies, so an element is the same key each time
    hrefs: set[str] = set()  # menus repeat their links (desktop and mobile, header and footer): each joined once
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        if href and href not in hrefs and not href.startswith(("#", "mailto:", "tel:", "javascript:")) \
                and in_chrome(a, marks):
            hrefs.add(href)
    out = set()
    for href in hrefs:
        try:
            out.add(canonical_url(urldefrag(urljoin(base, href))[0]))
        except ValueError:  # a malformed href (bad port, broken IPv6 literal)
            continue
    return out
