"""Real-sized pages (`--page-size real`): the farm's ~3 KB pages padded to the size and shape of real ones.

Each HTML page takes one measured profile of a real municipal page (page_sizes.json, written by
bench/page_sizes.py from ../shared/realpages: bytes, links in navigation and footer, scripts, inline
script and style bytes, visible text) and gains what makes real pages heavy: a mega-menu of the site's own
pages, a footer with dozens of links, inline scripts with configuration JSON, a style block, a longer news
list, prose up to the profile's visible text, and text-free markup (image grids, icons, layout wrappers) up
to its bytes. Real pages are mostly markup: their median visible text is 3.6 KB of 37 KB. Padding with prose
alone gave pages five times the real text, and a benchmark of detection five times the text to read.
Everything added is neutral: no vendor, no component, no trap, so a site shows the same components as at
the default size (tests/farm/test_bulk.py checks it).
Only benchmarks ask for it; the tests' default farm stays small and fast.
"""
from __future__ import annotations

import json
import re
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
ICON = ('<svg class="icon__svg" viewBox="0 0 24 24" width="16" height="16" focusable="false"><path d="M12 4l-1.41 '
        '1.41L16.17 11H4v2h12.17l-5.58 5.59L12 20l8-8z"/></svg>')
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
    text_bytes: int


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
    seed = plan.host + target
    html = html.replace("</main>", _prose(seed, prof.text_bytes - _visible_bytes(html)) + "</main>", 1)
    return html.replace("</main>", _markup(seed, prof.bytes - len(html.encode())) + "</main>", 1)


_NOT_TEXT = re.compile(r"<(script|style)\b.*?</\1>|<[^>]*>", re.S | re.I)


def _visible_bytes(html: str) -> int:
    """About the bytes of visible text (tags, scripts and styles removed, spaces collapsed): cheap enough
    for every page the farm serves, and within a few percent of the detectors' reading of it."""
    return len(" ".join(_NOT_TEXT.sub(" ", html).split()).encode())


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
    """Paragraphs of about ``size`` bytes of visible text ("" when the page has enough)."""
    start = zlib.crc32(seed.encode())
    parts, total, i = [], 0, 0
    while total < size:
        sentence = FILLER[(start + i) % len(FILLER)]
        parts.append(f'<div class="text-block"><p>{sentence}</p></div>')
        total += len(sentence.encode()) + 1
        i += 1
    return '<section class="more">' + "".join(parts) + "</section>" if parts else ""


def _markup(seed: str, size: int) -> str:
    """About ``size`` bytes of markup without text or links: the image grids, icons and layout wrappers
    that make up most of a real page's weight ("" when the page is big enough)."""
    start = zlib.crc32(seed.encode())
    parts, total, i = [], 0, 0
    while total < size:
        n, h = start + i, (start * 31 + i) & 0xFFFFFF
        block = (f'<div class="grid__cell grid__cell--{n % 12} col-12 col-md-6 col-lg-4" data-aos="fade-up" '
                 f'data-index="{i}"><picture class="card__picture"><source srcset="/media/bilder/{h:06x}/bild-{i}-800.webp '
                 f'1x, /media/bilder/{h:06x}/bild-{i}-1600.webp 2x" type="image/webp"><img class="card__img lazyload" '
                 f'src="/media/bilder/{h:06x}/bild-{i}-800.jpg" width="800" height="450" alt="" loading="lazy"></picture>'
                 f'<span class="icon icon--arrow-right" aria-hidden="true">{ICON}</span></div>')
        parts.append(block)
        total += len(block)
        i += 1
    return '<div class="grid grid--media">' + "".join(parts) + "</div>" if parts else ""
