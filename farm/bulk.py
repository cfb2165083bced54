"""Real-sized pages (`--page-size real`): the farm's ~3 KB pages padded to the size and shape of real ones.

Each HTML page takes one measured profile of a real municipal page (page_sizes.json, written by
bench/page_sizes.py from ../shared/realpages: bytes, links in navigation and footer, scripts, inline
script and style bytes) and gains what makes real pages heavy: a mega-menu of the site's own pages, a
footer with dozens of links, inline scripts with configuration JSON, a style block, a longer news list
and plain prose up to the profile's size. Everything added is neutral: no vendor, no component, no trap,
so a site shows the same components as at the default size (tests/farm/test_bulk.py checks it).
Only benchmarks ask for it; the tests' default farm stays small and fast.
"""
from __future__ import annotations

import json
import zlib
from functools import lru_cache
from html import escape
from pathlib import Path
from typing import NamedTuple

from farm.plan import SitePlan
from farm.tree import SiteTree

PAGE_SIZES = ("small", "real")
FILLER = ("Das Bürgerbüro ist die erste Anlaufstelle für viele Anliegen rund um Wohnen, Familie und Alltag.",
          "Die Gemeinde pflegt ihre Grünflächen, Spielplätze und Wege das ganze Jahr über mit eigenem Personal.",
          "Vereine, Kirchen und Initiativen prägen das Zusammenleben in allen Ortsteilen.",
          "Die Sitzungstermine des Rates werden im Amtsblatt und im Schaukasten am Rathaus bekannt gemacht.",
          "Der Winterdienst räumt zuerst die Hauptstraßen, Schulwege und Bushaltestellen.",
          "Die Ortsdurchfahrt erhält im kommenden Jahr einen neuen Belag und breitere Gehwege.")
PARTNERS = ("vhs", "stadtwerke", "feuerwehr", "musikschule", "tourismus", "heimatverein", "sportverein",
            "buecherei", "seniorenbeirat", "jugendzentrum", "wasserverband", "forstamt")
STYLE_RULE = ".c{n} .row > .col-{n} {{margin:0 0 {m}px;padding:{m}px {n}px;color:#{c:06x};}}\n"


class Profile(NamedTuple):
    bytes: int
    elements: int
    links: int
    nav_links: int
    footer_links: int
    scripts: int
    inline_script_bytes: int
    style_bytes: int


@lru_cache(maxsize=1)
def profiles() -> tuple[Profile, ...]:
    data = json.loads((Path(__file__).with_name("page_sizes.json")).read_text())
    return tuple(Profile(**dict(zip(data["fields"], row))) for row in data["profiles"])


def profile_for(host: str, target: str) -> Profile:
    """The same page always gets the same profile; a site's pages get a mix of them."""
    table = profiles()
    return table[zlib.crc32(f"{host}{target}".encode()) % len(table)]


def pad(html: str, plan: SitePlan, tree: SiteTree, target: str) -> str:
    """The page grown to its profile: scripts and style in the head, mega-menu, news list, footer, prose."""
    prof = profile_for(plan.host, target)
    pages = [k for k in tree.nodes if k not in ("start", "suche")]
    articles = [plan.style.article_url(n) for n in range(plan.n_news, 0, -1)]
    menu = _links([(tree.url(k), tree.nodes[k].title) for k in pages][:prof.nav_links], "mega-menu")
    news_count = max(0, prof.links - prof.nav_links - prof.footer_links)
    news = _links([(url, f"Meldung {len(articles) - i}") for i, url in enumerate(articles[:news_count])], "more-news")
    foot = _links(_footer_links(plan, tree, prof.footer_links), "footer-links")
    head = _scripts(plan, prof) + _style(prof.style_bytes)
    html = html.replace("</head>", head + "</head>", 1).replace("</header>", menu + "</header>", 1)
    html = html.replace("</main>", news + "</main>", 1).replace("</footer>", foot + "</footer>", 1)
    missing = prof.bytes - len(html.encode())
    return html.replace("</main>", _prose(plan.host + target, missing) + "</main>", 1) if missing > 0 else html


def _links(items: list[tuple[str, str]], css: str) -> str:
    if not items:
        return ""
    rows = "".join(f'<li class="{css}__item"><a class="{css}__link" href="{escape(url)}">{escape(text)}</a></li>'
                   for url, text in items)
    return f'<div class="{css}"><ul class="{css}__list">{rows}</ul></div>'


def _footer_links(plan: SitePlan, tree: SiteTree, count: int) -> list[tuple[str, str]]:
    """Partner organisations on their own domains, then the site's own pages, as real footers mix them."""
    partners = [(f"https://www.{p}-{plan.slug}.de/", f"{p.capitalize()} {plan.name}") for p in PARTNERS]
    own = [(tree.url(k), tree.nodes[k].title) for k in reversed(tree.nodes) if k not in ("start", "suche")]
    return (partners + own)[:count]


def _scripts(plan: SitePlan, prof: Profile) -> str:
    """Inline scripts of about the profile's size: page configuration as JSON and small handlers."""
    n = max(1, prof.scripts // 2)
    per = max(64, prof.inline_script_bytes // n)
    blocks = []
    for i in range(n):
        config = {"page": i, "lang": "de", "site": plan.host, "breakpoints": [576, 768, 992, 1200],
                  "labels": {"open": "Öffnen", "close": "Schließen", "more": "Mehr anzeigen", "back": "Zurück"}}
        body = f"window.siteConfig{i} = {json.dumps(config, ensure_ascii=False)};"
        step = f"document.querySelectorAll('.more-news__item').forEach(function(e,j){{e.dataset.k{i}=j;}});"
        while len(body) < per:
            body += step
        blocks.append(f"<script>{body}</script>")
    return "".join(blocks)


def _style(size: int) -> str:
    rules, n = [], 0
    while sum(map(len, rules)) < size:
        n += 1
        rules.append(STYLE_RULE.format(n=n, m=n % 24, c=(n * 2654435761) % 0xFFFFFF))
    return f"<style>{''.join(rules)}</style>" if rules else ""


def _prose(seed: str, size: int) -> str:
    start = zlib.crc32(seed.encode())
    parts, total, i = [], 0, 0
    while total < size:
        text = f'<div class="text-block"><p>{FILLER[(start + i) % len(FILLER)]}</p></div>'
        parts.append(text)
        total += len(text.encode())
        i += 1
    return '<section class="more">' + "".join(parts) + "</section>"
