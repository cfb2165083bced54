"""HTML of municipal pages, rendered on request from the site plan (O(page), nothing stored).

Text is plain German administrative prose; component markers come from the catalogue so the same vendor
identifiers appear as on real sites. Pages of one site share the chrome (navigation, header search,
footer), as CMS templates do.
"""
from __future__ import annotations

import json
import zlib
from html import escape
from urllib.parse import quote

from farm.plan import Placement, SitePlan, catalogue, component_pages
from farm.tree import NEWS_PER_PAGE, SiteTree

TOPICS = ("Sanierung der Grundschule abgeschlossen", "Neue Öffnungszeiten im Bürgerbüro", "Sommerfest auf dem Marktplatz",
          "Haushaltsplan 2026 beschlossen", "Straßensperrung in der Bahnhofstraße", "Ehrenamtspreis verliehen",
          "Glasfaserausbau startet im Ortsteil", "Wahlhelferinnen und Wahlhelfer gesucht", "Neuer Spielplatz eröffnet",
          "Sitzung des Bauausschusses", "Blutspendetermin im Bürgerhaus", "Ferienprogramm für Kinder")
PROSE = ("Die Verwaltung informiert über aktuelle Themen aus dem Rathaus.",
         "Bürgerinnen und Bürger erreichen das Bürgerbüro montags bis freitags von 8 bis 12 Uhr.",
         "Der Gemeinderat tagt in der Regel einmal im Monat öffentlich im Sitzungssaal.",
         "Weitere Auskünfte erteilt die zuständige Fachabteilung gerne auch telefonisch.",
         "Bitte bringen Sie zu Ihrem Termin alle erforderlichen Unterlagen mit.",
         "Unsere Kindertagesstätten bieten Betreuung für Kinder ab einem Jahr an.")
# Online services of the JavaScript-rendered list: deliberately none of the OZG services whose levels the
# ground truth records, so a rendered view adds the form server but changes no service level.
SCRIPTED_SERVICES = json.dumps([{"k": "sondernutzung", "t": "Sondernutzungserlaubnis beantragen"},
                                {"k": "fundsache", "t": "Fundsache melden"},
                                {"k": "veranstaltung", "t": "Veranstaltung anmelden"}], ensure_ascii=False)
CONSENT = {
    "usercentrics": '<script id="usercentrics-cmp" src="https://app.usercentrics.eu/browser-ui/latest/loader.js" '
                    'data-settings-id="{hash6}" async></script>',
    "borlabs": '<script>var borlabsCookieConfig = {{"ajaxURL": "/wp-admin/admin-ajax.php"}};</script>',
    "consentmanager": '<script src="https://cdn.consentmanager.net/delivery/autoblocking/{hash6}.js" async></script>',
}
TRACKERS = ('<script src="https://www.google-analytics.com/analytics.js"></script>',
            '<script src="https://code.etracker.com/code/e.js" data-secure-code="{hash6}"></script>',
            '<script src="https://statistik.{domain}/matomo.js"></script>')


WEB_MAP = ('<link rel="stylesheet" href="https://unpkg.com/leaflet@1.9.4/dist/leaflet.css">'
           '<script src="https://unpkg.com/leaflet@1.9.4/dist/leaflet.js"></script><div id="map"></div>'
           "<script>var map = L.map('map').setView([{lat}, {lon}], 14);</script>")


class Fields(dict):
    """Template fields of a site; `{page:key}` and `{file:name}` resolve to URLs of this site."""

    def __init__(self, plan: SitePlan, tree: SiteTree, html: bool, **extra: str):
        super().__init__(plan.params, **extra)
        self["page"] = _Resolver(lambda key: tree.url(key) if key in tree.nodes else tree.url("start"), html)
        self["file"] = _Resolver(plan.style.file_url, html)


class _Resolver:
    def __init__(self, fn, html: bool):
        self.fn, self.html = fn, html

    def __format__(self, spec: str) -> str:
        value = self.fn(spec)
        return escape(value) if self.html else value


def fill(template: str, plan: SitePlan, tree: SiteTree, html: bool = True, **extra: str) -> str:
    return template.format_map(Fields(plan, tree, html, **extra))


def link(url: str, text: str) -> str:
    return f'<a href="{escape(url)}">{escape(text)}</a>'


def snippet(plan: SitePlan, tree: SiteTree, placement: Placement, service: str = "allgemein") -> tuple[str, str]:
    """(head, body) markup of one component placement."""
    v = placement.variant
    head = fill(v.get("head", ""), plan, tree)
    body = ""
    if "url" in v:
        body += "<p>" + link(fill(v["url"], plan, tree, False, service=service), fill(v["text"], plan, tree, False)) + "</p>"
    if "html" in v:
        body += fill(v["html"], plan, tree, services_json=escape(SCRIPTED_SERVICES, quote=False))
    return head, body


def _prose(key: str, count: int = 2) -> str:
    start = zlib.crc32(key.encode()) % len(PROSE)
    return "".join(f"<p>{PROSE[(start + i) % len(PROSE)]}</p>" for i in range(count))


def render_page(plan: SitePlan, tree: SiteTree, kind: str, key: str, query: dict[str, str]) -> str:
    """Full HTML of a page, article or archive page of the site."""
    heads: list[str] = []
    body: list[str] = []
    if kind == "article":
        title, main, frame = _headline(int(key)), _article(tree, int(key)), "aktuelles"
    elif kind == "archive":
        title, main, frame = f"Pressearchiv – Seite {key}", _archive(plan, tree, int(key)), "aktuelles"
    else:
        title, main, frame = tree.nodes[key].title, _content(plan, tree, key, query), key
    here = key if kind == "page" else None  # articles and archive pages carry only the chrome ("*")
    service = key.split(":", 1)[1] if key.startswith("leistung:") else "allgemein"
    for placement in plan.components.values():
        if placement.page in (here, "*"):
            head, html = snippet(plan, tree, placement, service)
            heads.append(head)
            body.append(html)
    for trap_id, page in plan.traps.items():
        if page in (here, "*"):
            spec = catalogue()["traps"][trap_id]
            heads.append(fill(spec.get("head", ""), plan, tree))
            body.append(fill(spec.get("html", ""), plan, tree))
    return _frame(plan, tree, frame, title, main + "".join(body), "".join(heads))


def _frame(plan: SitePlan, tree: SiteTree, key: str, title: str, main: str, heads: str) -> str:
    nav = "".join(f"<li>{link(tree.url(k), tree.nodes[k].title)}</li>" for k in tree.roots("nav"))
    foot = "".join(f"<li>{link(tree.url(k), tree.nodes[k].title)}</li>" for k in tree.roots("footer"))
    crumbs = []
    node = tree.nodes.get(key)
    while node is not None and node.parent in tree.nodes:
        crumbs.append(link(tree.url(node.parent), tree.nodes[node.parent].title))
        node = tree.nodes[node.parent]
    viewport = '<meta name="viewport" content="width=device-width, initial-scale=1">' if plan.viewport else ""
    reader = ""
    if plan.readspeaker or key == "termin-info":
        page_url = plan.base + (tree.url(key) if key in tree.nodes else "/")
        reader = link(f"https://app-eu.readspeaker.com/cgi-bin/rsent?customerid={plan.params['num']}&lang=de_de"
                      f"&readid=content&url={quote(page_url, safe='')}", "Vorlesen")
    return (
        f'<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8"><title>{escape(title)} – {escape(plan.name)}</title>'
        f"{viewport}{plan.style.head}{_tracking(plan)}{heads}</head>\n"
        f'<body><header><a href="/" class="logo"><img src="{plan.style.logo}" alt="{escape(plan.name)}"></a>'
        f'<nav class="main" aria-label="Hauptnavigation"><ul>{nav}</ul></nav>{reader}</header>\n'
        f'<main id="content"><nav class="breadcrumb">{link("/", "Startseite")} {" ".join(reversed(crumbs))}</nav>'
        f"<h1>{escape(title)}</h1>{main}</main>\n"
        f"<footer><ul>{foot}</ul><p>© 2026 {escape(plan.name)}</p></footer></body></html>\n")


def _tracking(plan: SitePlan) -> str:
    if not plan.trackers:
        return ""
    consent = CONSENT[plan.consent].format(**plan.params)
    tracker = TRACKERS[plan.index % len(TRACKERS)].format(**plan.params)
    if plan.trackers == "after":  # blocked until consent: the consent manager activates type="text/plain"
        tracker = tracker.replace("<script ", '<script type="text/plain" data-category="statistics" ', 1)
    return consent + tracker


def _content(plan: SitePlan, tree: SiteTree, key: str, query: dict[str, str]) -> str:
    children = "".join(f"<li>{link(tree.url(k), tree.nodes[k].title)}</li>" for k in tree.children(key))
    parts = [_prose(key), f'<ul class="subnav">{children}</ul>' if children else ""]
    if key == "start":
        parts.append(_teaser(plan, tree))
    elif key == "aktuelles":
        parts.append(_archive(plan, tree, 1))
    elif key.startswith("leistung:"):
        parts.append(_service(plan, tree, key.split(":", 1)[1]))
    elif key == "veranstaltungen":
        parts.append(_calendar(plan, tree, query.get("month")))
    elif key == "kontakt":
        parts.append(f"<p>{escape(plan.name)}, Rathausplatz 1, Telefon 0{plan.params['num']} 123-0</p>")
    elif key == "webmap":
        parts.append(fill(WEB_MAP, plan, tree))
    elif key == "stellen":
        parts.append("<h2>Sachbearbeiter/in (m/w/d) im Bürgerbüro</h2><p>Bewerbungsschluss: 30. April</p>")
    return "".join(parts)


def _teaser(plan: SitePlan, tree: SiteTree) -> str:
    latest = plan.n_news
    items = [link(tree.url(k), tree.nodes[k].title) for k in tree.roots("teaser")]
    items += [link(plan.style.article_url(n), _headline(n)) for n in range(latest, max(latest - 3, 0), -1)]
    return '<section class="news"><h2>Aktuelles</h2><ul>' + "".join(f"<li>{i}</li>" for i in items) + "</ul></section>"


def _headline(n: int) -> str:
    return f"{TOPICS[n % len(TOPICS)]} ({n})"


def _article(tree: SiteTree, n: int) -> str:
    return (f"<p class=\"date\">Pressemitteilung Nr. {n}</p>{_prose(str(n), 3)}"
            f"<p>{link(tree.url('aktuelles'), 'Zurück zur Übersicht')}</p>")


def _archive(plan: SitePlan, tree: SiteTree, page: int) -> str:
    total = plan.n_news
    last = max(1, -(-total // NEWS_PER_PAGE))
    top = total - (page - 1) * NEWS_PER_PAGE
    items = "".join(f"<li>{link(plan.style.article_url(n), _headline(n))}</li>"
                    for n in range(top, max(top - NEWS_PER_PAGE, 0), -1))
    pages = sorted({p for p in (1, page - 1, page + 1, page + 2, last) if 1 <= p <= last and p != page})
    pager = " ".join(link(_archive_url(plan, tree, p), f"Seite {p}") for p in pages)
    return f'<ul class="news-list">{items}</ul><nav class="pagination">{pager}</nav>'


def _archive_url(plan: SitePlan, tree: SiteTree, page: int) -> str:
    return tree.url("aktuelles") if page == 1 else plan.style.archive_url(page)


def _calendar(plan: SitePlan, tree: SiteTree, month: str | None) -> str:
    events = "<ul><li>Wochenmarkt – jeden Samstag</li><li>Seniorennachmittag im Bürgerhaus</li></ul>"
    if not plan.endless_calendar:
        return events
    year, mon = (int(x) for x in (month or "2026-06").split("-"))
    base = tree.url("veranstaltungen")
    sep = "&" if "?" in base else "?"
    prev_m = f"{year - (mon == 1)}-{12 if mon == 1 else mon - 1:02d}"
    next_m = f"{year + (mon == 12)}-{1 if mon == 12 else mon + 1:02d}"
    return (events + f"<p>Monat {year}-{mon:02d}</p>" + link(f"{base}{sep}month={prev_m}", "« Vormonat") + " "
            + link(f"{base}{sep}month={next_m}", "Nächster Monat »"))


def _service(plan: SitePlan, tree: SiteTree, sid: str) -> str:
    level = plan.services.get(sid, 1)  # a large site's filler services (deep.py) are information only
    parts = ["<h2>Beschreibung</h2>", _prose(sid, 1),
             "<h2>Erforderliche Unterlagen</h2><ul><li>Personalausweis oder Reisepass</li><li>ggf. Vollmacht</li></ul>",
             f"<h2>Gebühren</h2><p>{10 + len(sid)},00 Euro</p>",
             "<h2>Zuständige Stelle</h2><p>Bürgerbüro im Rathaus</p>"]
    if level >= 2:
        ext = "docx" if len(sid) % 3 == 0 else "pdf"
        parts.append("<h2>Formulare</h2><p>" + link(plan.base + plan.style.file_url(f"formular-{sid.replace('_', '-')}.{ext}"),
                                                    f"Formular herunterladen ({ext.upper()})") + "</p>")
    if level == 3:
        form = plan.components["form_server"].variant
        url = fill(form["url"], plan, tree, False, service=sid)
        parts.append("<h2>Online-Dienst</h2><p>" + link(url, "Online beantragen") + "</p>")
    return "".join(parts)


def occurrence_depth(plan: SitePlan, tree: SiteTree, component: str) -> tuple[str, int]:
    """(URL, depth) of the shallowest page that shows the component."""
    best = min(component_pages(plan, component), key=lambda k: 0 if k == "*" else tree.depth(k))
    key = "start" if best == "*" else best
    return plan.base + tree.url(key), tree.depth(key)
