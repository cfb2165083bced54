"""The realistic district: a few municipal sites written from the patterns of real pages, served next to
the ordinary farm sites, with their ground truth.

`District(seed, n)` answers for its sites' hosts and for the vendor URLs they link to; everything else is
left to the rest of the World (`respond` returns None).
"""
from __future__ import annotations

import re
from collections import deque
from functools import cached_property
from urllib.parse import urljoin, urlsplit

from farm.identity import Municipality
from farm.layout import normalise_target
from farm.realweb.identity import town_names
from farm.realweb.model import RealSite
from farm.realweb.plan import build_site
from farm.realweb.render import render_landing, render_page

Answer = tuple[int, list[tuple[str, str]], bytes]
HTML = "text/html; charset=utf-8"
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
FILES = {".pdf": ("application/pdf", PDF), ".csv": ("text/csv; charset=utf-8", b"jahr;produkt;betrag\n2025;1;100\n"),
         ".geojson": ("application/geo+json", b'{"type": "FeatureCollection", "features": []}\n'),
         ".asc": ("text/plain; charset=utf-8",
                  b"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n-----END PGP PUBLIC KEY BLOCK-----\n"),
         ".rss": ("application/rss+xml; charset=utf-8", b'<?xml version="1.0"?><rss version="2.0"><channel>'
                  b"<title>Aktuelles</title></channel></rss>\n")}
ASSETS = {"/assets/site.css": ("text/css", b"body{font-family:sans-serif}\n"),
          "/assets/logo.svg": ("image/svg+xml", b'<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>')}
_HREF = re.compile(r'<a [^>]*href="([^"]+)"')
MAX_SITES = 78  # distinct Landkreis codes (and well below the name pool)


class District:
    def __init__(self, seed: int, n_sites: int):
        if not 0 <= n_sites <= min(MAX_SITES, len(town_names(seed))):
            raise ValueError(f"the realistic district has room for 0 to {MAX_SITES} sites, not {n_sites}")
        self.seed = seed
        self.sites = [build_site(seed, i) for i in range(n_sites)]
        self._by_host = {s.host: s for s in self.sites}
        self._by_domain = {s.domain: s for s in self.sites}
        self._targets = {s.host: {normalise_target(p.path): k for k, p in s.pages.items()} for s in self.sites}
        self._landings = {url: landing for s in self.sites for url, landing in s.landings.items()}

    @cached_property
    def vendor_hosts(self) -> frozenset[str]:
        return frozenset(url.split("/", 1)[0] for url in self._landings)

    def answers(self, host: str) -> bool:
        """True for the district's own hosts and for vendor hosts its sites link to (for CONNECT)."""
        return host in self._by_host or host in self._by_domain or host in self.vendor_hosts

    def respond(self, host: str, target: str, scheme: str) -> Answer | None:
        if host in self._by_domain:
            return _redirect(f"https://www.{host}{target}")
        site = self._by_host.get(host)
        if site is not None:
            if scheme == "http":
                return _redirect(f"https://{host}{target}")
            return self._site_answer(site, target)
        path = target.split("?", 1)[0]
        if path == "/robots.txt" and host in self.vendor_hosts:
            return 200, [("Content-Type", "text/plain; charset=utf-8")], b"User-agent: *\nAllow: /\n"
        landing = self._landings.get(host + path)
        if landing is None:
            return None  # the rest of the World may know the host (shared vendor hosts)
        if path.endswith(".js"):
            return 200, [("Content-Type", "application/javascript; charset=utf-8")], b"/* widget */\n"
        return 200, [("Content-Type", HTML)], render_landing(landing).encode()

    def _site_answer(self, site: RealSite, target: str) -> Answer:
        path = target.split("?", 1)[0]
        if path == "/robots.txt":
            return 200, [("Content-Type", "text/plain; charset=utf-8")], b"User-agent: *\nDisallow:\n"
        key = self._targets[site.host].get(normalise_target(target))
        if key is not None:
            return 200, [("Content-Type", HTML)], render_page(site, key).encode()
        if path in ASSETS:
            return 200, [("Content-Type", ASSETS[path][0])], ASSETS[path][1]
        suffix = path[path.rfind("."):] if "." in path.rsplit("/", 1)[-1] else ""
        if path.startswith(("/dokumente/", "/aktuelles/feed")) and suffix in FILES:
            return 200, [("Content-Type", FILES[suffix][0])], FILES[suffix][1]
        return 404, [("Content-Type", HTML)], b"<!DOCTYPE html><html><head><title>Seite nicht gefunden</title></head>" \
                                              b"<body><h1>Seite nicht gefunden</h1></body></html>\n"

    # ---- CSV and ground truth -------------------------------------------------------------------------
    def municipalities(self) -> list[tuple[Municipality, str, str]]:
        """(municipality, website URL as in the CSV, domain) per site."""
        return [(s.municipality, s.start_url if s.index % 4 else f"http://{s.domain}", s.domain) for s in self.sites]

    def depths(self, site: RealSite) -> dict[str, int]:
        """Click depth of every page key, by following the links the rendered pages really carry."""
        by_path = {normalise_target(p.path): k for k, p in site.pages.items()}
        depth, queue = {"start": 0}, deque(["start"])
        while queue:
            key = queue.popleft()
            base = f"https://{site.host}{site.pages[key].path}"
            for href in _HREF.findall(render_page(site, key)):
                url = urljoin(base, href.replace("&amp;", "&"))
                parts = urlsplit(url)
                if parts.hostname != site.host:
                    continue
                target = normalise_target(parts.path + (f"?{parts.query}" if parts.query else ""))
                nxt = by_path.get(target)
                if nxt is not None and nxt not in depth:
                    depth[nxt] = depth[key] + 1
                    queue.append(nxt)
        return depth

    def truth(self) -> list[dict]:
        return [self._site_truth(s) for s in self.sites]

    def _site_truth(self, site: RealSite) -> dict:
        depth = self.depths(site)

        def url(key: str) -> str:
            return f"https://{site.host}{site.pages[key].path}"

        components = {}
        for comp, offer in sorted(site.offers.items()):
            keys = ["start"] if "*" in offer.pages else sorted(offer.pages, key=lambda k: (depth[k], k))
            components[comp] = {"url": url(keys[0]), "depth": depth[keys[0]], "product": offer.product,
                                "js_only": False}
        components["form_download"] = {"url": url("formulare"), "depth": depth["formulare"],
                                       "product": "PDF-Formulare", "js_only": False}
        traps = [{"component": c, "url": url(t.page), "what": t.what, "trap": t.trap}
                 for t in site.traps for c in t.components]
        return {
            "host": site.host, "start_url": self.municipalities()[site.index][1], "final_url": site.start_url,
            "ags": [site.municipality.ags], "name": site.display, "expected_status": "ok", "fault": None,
            "district": "realweb", "components": components, "traps": traps, "services": {}, "cms": None,
            "https": True,
            "checks": {"https": True, "http_redirects_to_https": True, "hsts": False, "mobile_viewport": True,
                       "security_headers": False, "trackers_before_consent": False, "consent_manager": None},
            "robots_disallow": [],
        }


def _redirect(location: str) -> Answer:
    return 301, [("Location", location), ("Content-Type", HTML)], b"<html><body>Moved</body></html>\n"
