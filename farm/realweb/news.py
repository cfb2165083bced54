"""News of a realistic site: articles (ordinary ones, and those carrying offers or decoys) in a paginated list."""
from __future__ import annotations

import random
import re

from farm.realweb.identity import slugify
from farm.realweb.model import Page, RealSite, rng_for
from farm.realweb.skeleton import phrase_for, slug_chain
from farm.realweb.wording import data

NEWS_PER_LIST = 10
NEWS_COUNT = {"Gemeinde": (6, 20), "Markt": (6, 20), "Amt": (6, 20)}  # others: (15, 45)


def add_article(site: RealSite, title: str, texts: list[str]) -> str:
    n = sum(1 for p in site.pages.values() if p.kind == "news") + 1
    slug = slugify(re.sub(r"[^\w\s-]", "", title))[:50]
    base = slug_chain(site, "aktuelles")[0]
    path = {"slash": f"/{base}/{n}-{slug}/", "html": f"/{base}/{slug}-{n}.html", "de": f"/de/{base}/{n}-{slug}/",
            "php": f"/index.php?id=9{n:02d}&meldung={n}"}[site.url_style]
    key = f"news:{n}"
    age = rng_for(site.seed, site.index, "age", n).randint(1, 720)
    site.pages[key] = Page(key, title, path, slug, "aktuelles", texts, kind="news", age=age)
    return key


def add_news(site: RealSite, rng: random.Random) -> None:
    """Ordinary news: what fills a real "Aktuelles" list around the articles that carry offers or decoys."""
    items = data("traps")["news"]
    for k in range(rng.randint(*NEWS_COUNT.get(site.kind, (15, 45)))):
        i = rng.randrange(len(items))
        item = items[i]
        title = phrase_for(site, item["title"], f"news/{k}/title")
        add_article(site, title, [phrase_for(site, item["text"], f"news/{k}")])


def paginate(site: RealSite) -> None:
    """The news list, newest first, ten to a page; older pages are reached by "Ältere Meldungen" links."""
    news = sorted((k for k, p in site.pages.items() if p.kind == "news"), key=lambda k: (site.pages[k].age, k))
    page = site.pages["aktuelles"]
    page.items = news[:NEWS_PER_LIST]
    base = page.path
    for number, start in enumerate(range(NEWS_PER_LIST, len(news), NEWS_PER_LIST), start=2):
        path = {"slash": f"{base}seite-{number}/", "de": f"{base}seite-{number}/",
                "html": base.removesuffix(".html") + f"/seite-{number}.html",
                "php": f"{base}&seite={number}"}[site.url_style]
        older = Page(f"archive:{number}", f"{page.title} – Seite {number}", path, f"seite-{number}", "aktuelles",
                     items=news[start:start + NEWS_PER_LIST], kind="archive")
        site.pages[older.key] = older
        page.more, page = older.key, older
