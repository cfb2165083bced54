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


def in_chrome(element) -> bool:
    for _, ancestor in zip(range(DEPTH), element.iterancestors()):
        if not isinstance(ancestor.tag, str):
            continue
        if ancestor.tag in TAGS or (ancestor.get("role") or "").lower() in ROLES:
            return True
        if NAMES.search(f"{ancestor.get('id') or ''} {ancestor.get('class') or ''}"):
            return True
    return False


def chrome_links(parsed: ParsedPage) -> set[str]:
    """Canonical URLs (``canonical_url``, as the site's seen-set keys them) of the links inside the page's
    navigation, header and footer."""
    root = parsed.root
    if root is None:
        return set()
    base = next((urljoin(parsed.url, b.get("href")) for b in root.iter("base") if b.get("href")), parsed.url)
    out = set()
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        if href and not href.startswith(("#", "mailto:", "tel:", "javascript:")) and in_chrome(a):
            try:
                out.add(canonical_url(urldefrag(urljoin(base, href))[0]))
            except ValueError:  # a malformed href (bad port, broken IPv6 literal)
                continue
    return out
