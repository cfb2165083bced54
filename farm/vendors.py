"""Third-party hosts: form servers, payment pages, BundID, app stores, RIS, chat widgets, trackers.

Every host the sites link to answers with a small page (or script) of its own, so the crawler's one-hop
follow lands on something plausible. Landing pages show only their own product, never another component,
so following a link cannot invent findings.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from farm.assets import IMAGES, TYPES, extension
from farm.plan import catalogue

GTM_WIDGETS = {"UL": "https://userlike-cdn-widgets.s3-eu-west-1.amazonaws.com/{id}.js",
               "MO": "https://widget.moin.ai/moin-loader.js?id={id}"}


@dataclass(frozen=True, slots=True)
class HostPage:
    title: str
    head: str
    body: str
    js: str | None


class VendorHosts:
    """Resolves a host name to its landing page; templated hosts only answer for domains/slugs of farm sites."""

    def __init__(self, known_domain: Callable[[str], bool], known_slug: Callable[[str], bool]):
        self.exact: dict[str, HostPage] = {}
        self.patterns: list[tuple[re.Pattern[str], HostPage]] = []
        for spec in catalogue()["hosts"]:
            page = HostPage(spec.get("title", ""), spec.get("head", ""), spec.get("body", ""), spec.get("js"))
            pattern = spec["host"]
            if "*" not in pattern and "{" not in pattern:
                self.exact[pattern] = page
                continue
            regex = re.escape(pattern).replace(r"\*", r"[a-z0-9-]+")
            regex = regex.replace(r"\{domain\}", r"(?P<domain>[a-z0-9.-]+)").replace(r"\{slug\}", r"(?P<slug>[a-z0-9-]+)")
            self.patterns.append((re.compile(regex + "$"), page))
        self.known_domain, self.known_slug = known_domain, known_slug

    def lookup(self, host: str) -> HostPage | None:
        page = self.exact.get(host)
        if page:
            return page
        for regex, page in self.patterns:
            match = regex.match(host)
            if not match:
                continue
            groups = match.groupdict()
            if "domain" in groups and not self.known_domain(groups["domain"]):
                continue
            if "slug" in groups and not self.known_slug(groups["slug"]):
                continue
            return page
        return None


def render(page: HostPage, target: str) -> tuple[str, bytes]:
    """(content type, body) for any path on a vendor host."""
    path = target.split("?", 1)[0]
    if extension(path) in ("png", "svg"):
        return TYPES[extension(path)], IMAGES[extension(path)]
    if page.js is not None and (path.endswith((".js", "/js")) or not page.body):
        return "application/javascript; charset=utf-8", _script(page.js, target).encode()
    html = (f'<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8"><title>{escape(page.title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">{page.head}</head>'
            f"<body>{page.body}</body></html>\n")
    return "text/html; charset=utf-8", html.encode()


def _script(js: str, target: str) -> str:
    """The tag manager injects the widget named by its container id (GTM-UL… → UserLike, GTM-MO… → moin.ai)."""
    if js != "gtm":
        return js
    container = target.split("id=GTM-", 1)[-1][:8]
    widget = GTM_WIDGETS.get(container[:2], GTM_WIDGETS["UL"]).format(id=container[2:].lower())
    return ("(function () { window.dataLayer = window.dataLayer || []; var s = document.createElement('script');"
            f" s.src = '{widget}'; s.async = true; document.head.appendChild(s); }})();\n")
