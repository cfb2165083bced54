"""HTML of a realistic site's pages and of the vendor landing pages they link to.

The layout follows what municipal sites share: skip link, header with logo and service links, main
navigation (with or without a mega menu), breadcrumb, content, a "Schnell gefunden" box on the start page,
news teasers, and a footer with address, legal links and social profiles.
"""
from __future__ import annotations

from datetime import date, timedelta
from html import escape

from farm.realweb.model import Landing, Page, RealSite
from farm.realweb.skeleton import SECTIONS, phrase_for
from farm.realweb.wording import to_html

WELCOME = ("((Herzlich willkommen|Willkommen)) ((auf der Website|im Internetauftritt|auf den Internetseiten)) "
           "{name_gen}! ((Hier finden Sie|Entdecken Sie)) ((Informationen aus Rathaus und Ort|alles rund um "
           "Verwaltung, Freizeit und Leben in {ort}|Neuigkeiten, Service und Termine)).")
QUICK_TITLE = "((Schnell gefunden|Direkt zu|Häufig gesucht|Top-Themen))"
NEWS_TITLE = "((Aktuelle Meldungen|Neuigkeiten aus {ort}|Aktuelles))"
CRAWL_DATE = date(2026, 11, 30)  # news dates count back from here


def href(site: RealSite, target: str) -> str:
    """A link target of the wording markup as an href of this site."""
    if target.startswith("page:"):
        return site.pages[target[5:]].path
    if target in site.pages:
        return site.pages[target].path
    return target


def _a(url: str, label: str, cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return f'<a href="{escape(url)}"{attr}>{escape(label, quote=False)}</a>'


def _nav(site: RealSite, current: Page) -> str:
    items = []
    for key in SECTIONS:
        page = site.pages[key]
        sub = ""
        if site.mega_menu:
            kids = [k for k in site.children(key) if site.pages[k].kind == "page"]
            sub = "".join(f"<li>{_a(site.pages[k].path, site.pages[k].title)}</li>" for k in kids)
            sub = f"<ul>{sub}</ul>" if sub else ""
        active = ' class="active"' if key == current.key or key == _section_of(site, current) else ""
        items.append(f"<li{active}>{_a(page.path, page.title)}{sub}</li>")
    return '<nav class="hauptnavigation" aria-label="Hauptnavigation"><ul>' + "".join(items) + "</ul></nav>"


def _section_of(site: RealSite, page: Page) -> str | None:
    key = page.key
    while site.pages[key].parent:
        key = site.pages[key].parent
    return key if key in SECTIONS else None


def _breadcrumb(site: RealSite, page: Page) -> str:
    if page.key == "start":
        return ""
    chain, key = [], page.parent
    while key:
        chain.insert(0, site.pages[key])
        key = site.pages[key].parent
    crumbs = [_a("/", "Startseite")] + [_a(p.path, p.title) for p in chain] + [escape(page.title, quote=False)]
    return '<div class="breadcrumb">Sie sind hier: ' + " / ".join(crumbs) + "</div>"


def _paragraphs(site: RealSite, texts: list[str]) -> str:
    return "".join(f"<p>{to_html(t, lambda target: href(site, target))}</p>" for t in texts)


def _date(age: int) -> str:
    return (CRAWL_DATE - timedelta(days=age)).strftime("%d.%m.%Y")


def _listing(site: RealSite, page: Page) -> str:
    if page.items or page.key == "aktuelles":
        news = [site.pages[k] for k in page.items]
        teasers = "".join(f"<li><time>{_date(p.age)}</time> {_a(p.path, p.title)}</li>" for p in news)
        more = _a(site.pages[page.more].path, "Ältere Meldungen", "weiter") if page.more else ""
        return f'<ul class="newsliste">{teasers}</ul>{more}'
    kids = [k for k in site.children(page.key) if site.pages[k].kind not in ("news", "archive")]
    if not kids:
        return ""
    return '<ul class="teaserliste">' + "".join(
        f"<li>{_a(site.pages[k].path, site.pages[k].title)}</li>" for k in kids) + "</ul>"


def _start_extras(site: RealSite) -> str:
    parts = [f"<p>{escape(phrase_for(site, WELCOME, 'chrome/welcome'), quote=False)}</p>"]
    if site.quick:
        title = escape(phrase_for(site, QUICK_TITLE, "chrome/quick"), quote=False)
        links = "".join(f"<li>{_a(href(site, target), label)}</li>" for label, target in site.quick)
        parts.append(f'<section class="schnellzugriff"><h2>{title}</h2><ul>{links}</ul></section>')
    news = [site.pages[k] for k in site.pages["aktuelles"].items[:3]]
    if news:
        title = escape(phrase_for(site, NEWS_TITLE, "chrome/news"), quote=False)
        links = "".join(f"<li>{_a(p.path, p.title)}</li>" for p in news)
        parts.append(f'<section class="news"><h2>{title}</h2><ul>{links}</ul>'
                     f'{_a(site.pages["aktuelles"].path, "Alle Meldungen")}</section>')
    return "".join(parts)


def _footer(site: RealSite) -> str:
    v = site.values
    address = (f"<address>{escape(v['verwaltung'])} {escape(v['ort'])}<br>{escape(v['street'])}<br>"
               f"{escape(v['plz'])} {escape(v['ort'])}<br>Telefon {escape(v['tel'])}</address>")
    links = "".join(f"<li>{_a(site.pages[key].path, label)}</li>" for label, key in site.footer)
    contact = f"<li>{_a(site.pages['kontakt'].path, 'Kontakt')}</li>"
    return (f'<footer class="seitenfuss">{address}<ul class="footerlinks">{contact}{links}</ul>'
            f'{"".join(site.footer_html)}<p>&copy; {escape(site.display)}</p></footer>')


def render_page(site: RealSite, key: str) -> str:
    page = site.pages[key]
    title = site.display if key == "start" else f"{page.title} - {site.display}"
    header_links = "".join(f"<li>{_a(site.pages[k].path, label)}</li>" for label, k in site.header)
    body = [
        '<a class="skiplink" href="#inhalt">Zum Inhalt springen</a>',
        f'<header class="kopf"><a class="logo" href="/"><img src="/assets/logo.svg" alt="Logo {escape(site.display)}">'
        f"</a><ul class=\"servicelinks\">{header_links}</ul>{_nav(site, page)}</header>",
        _breadcrumb(site, page),
        f'<main id="inhalt"><h1>{escape(page.title if key != "start" else site.display, quote=False)}</h1>',
        _start_extras(site) if key == "start" else "",
        _paragraphs(site, page.paragraphs), "".join(page.html), _listing(site, page), "</main>",
    ]
    if site.everywhere or site.everywhere_html:
        aside = _paragraphs(site, site.everywhere) + "".join(site.everywhere_html)
        body.append(f'<aside class="service">{aside}</aside>')
    body.append(_footer(site))
    return (f'<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8"><title>{escape(title, quote=False)}</title>'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            '<link rel="stylesheet" href="/assets/site.css"></head>\n<body>' + "\n".join(b for b in body if b)
            + "\n</body></html>\n")


def render_landing(landing: Landing) -> str:
    paragraphs = "".join(f"<p>{escape(p, quote=False)}</p>" for p in landing.paragraphs)
    title = escape(landing.title, quote=False)
    return (f'<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8"><title>{title}</title>'
            f"{landing.head}</head>\n"
            f"<body><h1>{title}</h1>{paragraphs}{landing.html}</body></html>\n")
