"""The plan of one realistic site: who it is, which pages it has, which components and decoys sit where.

Everything is drawn from (seed, index); the page text is phrased here, once, so rendering and ground truth
read the same words. Components are written from the wording data (components.yaml), not from any detector.
"""
from __future__ import annotations

import random
import re
import uuid
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from farm.identity import Municipality, names
from farm.realweb.wording import data, links_in, phrase

# Probability that a site offers a component, scaled by the site's maturity (0.3 … 1.3 times).
BASE_RATE = {
    "form_server": 0.65, "epayment": 0.35, "service_account": 0.45, "eid": 0.3, "de_mail": 0.15,
    "secure_mailbox": 0.4, "mobile_app": 0.3, "chatbot": 0.15, "open_data": 0.2, "appointment_booking": 0.5,
    "council_info": 0.6, "issue_reporting": 0.35, "participation": 0.3, "geoportal": 0.45, "digital_strategy": 0.2,
}
# Chrome components: probability regardless of maturity.
CHROME_RATE = {"imprint": 0.97, "privacy_policy": 0.95, "site_search": 0.8, "social_media": 0.6, "newsletter": 0.45,
               "accessibility_statement": 0.7, "easy_language": 0.35, "sign_language": 0.2}
TRAP_RATE = 0.25
CORE_PAGES = ("start", "rathaus", "buergerservice", "kasse", "formulare", "kontakt", "politik", "gremien", "bauen",
              "bplaene", "bekanntmachungen", "leben", "buecherei", "vereine", "mobil", "aktuelles")
SECTIONS = ("rathaus", "politik", "bauen", "leben", "aktuelles")
URL_STYLES = ("slash", "html", "de", "php")
NEWS_PER_LIST = 10
NEWS_COUNT = {"Gemeinde": (6, 20), "Markt": (6, 20), "Amt": (6, 20)}  # others: (15, 45)
AZ_COUNT = {"Gemeinde": (8, 18), "Markt": (8, 18), "Amt": (8, 18), "Verbandsgemeinde": (10, 20)}  # others: (15, 30)
PDF_FORMS = ("Antrag auf Erteilung einer Sondernutzungserlaubnis", "Anmeldung zur Hundesteuer",
             "Antrag auf Ausstellung eines Fischereischeins", "Vollmacht", "Gewerbeanmeldung (Vordruck)")


@dataclass
class Page:
    key: str
    title: str
    path: str  # origin-form target, unique within the site
    slug: str = ""
    parent: str | None = None
    paragraphs: list[str] = field(default_factory=list)  # phrased, with [[link]] marks
    html: list[str] = field(default_factory=list)  # phrased raw markup
    kind: str = "page"  # page | service | news | archive | tool
    age: int = 0  # news: days before the crawl date (lists are newest first)
    items: list[str] = field(default_factory=list)  # list pages: the news keys shown here
    more: str | None = None  # list pages: the next (older) list page


@dataclass
class Landing:
    """What a linked vendor host answers for one URL: only its own product."""

    title: str
    paragraphs: list[str]
    head: str = ""
    html: str = ""


@dataclass
class Offer:
    component: str
    product: str
    pages: set[str]  # keys of the pages that show it ("*" = every page)


@dataclass
class Trap:
    trap: str
    components: tuple[str, ...]
    page: str
    what: str


@dataclass
class RealSite:
    seed: int
    index: int
    municipality: Municipality
    kind: str
    host: str
    domain: str
    display: str
    values: dict[str, str]
    url_style: str
    mega_menu: bool
    pages: dict[str, Page] = field(default_factory=dict)
    offers: dict[str, Offer] = field(default_factory=dict)
    traps: list[Trap] = field(default_factory=list)
    header: list[tuple[str, str]] = field(default_factory=list)  # (label, page key)
    footer: list[tuple[str, str]] = field(default_factory=list)
    footer_html: list[str] = field(default_factory=list)
    everywhere: list[str] = field(default_factory=list)  # paragraphs or markup shown on every page
    everywhere_html: list[str] = field(default_factory=list)
    quick: list[tuple[str, str]] = field(default_factory=list)  # (label, page key or absolute URL)
    landings: dict[str, Landing] = field(default_factory=dict)  # host + path of a linked URL -> landing
    side_traps: list[tuple[str, str, set[str], str]] = field(default_factory=list)  # (id, component, pages, what)

    @property
    def start_url(self) -> str:
        return f"https://{self.host}/"

    def children(self, key: str) -> list[str]:
        return [k for k, p in self.pages.items() if p.parent == key]


def rng_for(seed: int, *labels: object) -> random.Random:
    return random.Random("realweb/" + "/".join(str(x) for x in (seed, *labels)))


def slugify(text: str) -> str:
    text = text.lower().translate(str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}))
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def town_names(seed: int) -> list[str]:
    """The district's name pool in a seed-specific order."""
    ident = data("identity")
    pool = [s + x for s in ident["stems"] for x in ident["suffixes"]]
    rng_for(seed, "names").shuffle(pool)
    return pool


def identity(seed: int, index: int) -> tuple[Municipality, str, str, str]:
    """(municipality, kind, display name, domain) of site `index`."""
    ident = data("identity")
    rng = rng_for(seed, "identity", index)
    name = town_names(seed)[index]
    kinds = ident["kinds"]
    state = rng.choice(ident["area_states"])
    allowed = [k for k in kinds if k not in ident["kind_states"] or state in ident["kind_states"][k]]
    kind = rng.choices(allowed, weights=[kinds[k]["weight"] for k in allowed])[0]
    spec = kinds[kind]
    low, high = spec["population"]
    if kind == "Landkreis":  # slot -> (state, Kreis number 92–97): distinct for the first 78 sites
        slot = index % (6 * len(ident["area_states"]))
        state = ident["area_states"][slot % len(ident["area_states"])]
        ags = f"{state}0{92 + slot // len(ident['area_states'])}"
        kreis_ags, kreis_name, level = ags, name, "kreis"
    else:
        ags = f"{state}098{100 + index:03d}"
        kreis_ags, kreis_name, level = f"{state}098", f"Kreis {town_names(seed)[-1 - index % 5]}", "gemeinde"
    csv_type = {"Markt": "Gemeinde", "Amt": "Gemeinde", "Verbandsgemeinde": "Gemeinde"}.get(kind, kind)
    official = {"Landkreis": f"Landkreis {name}", "Stadt": f"{name}, Stadt"}.get(kind, name)
    municipality = Municipality(
        ags=ags, ars=ags if len(ags) == 5 else f"{ags[:5]}0000{ags[5:]}", name=name, name_official=official,
        type=csv_type, level=level, kreis_ags=kreis_ags, kreis_name=kreis_name, state_code=state,
        population=rng.randint(low, high), lat=round(47.7 + 6.8 * rng.random(), 5),
        lon=round(6.3 + 8.4 * rng.random(), 5))
    domain = rng.choice(spec["domains"]).format(s=slugify(name))
    return municipality, kind, spec["display"].format(ort=name), domain


def _values(seed: int, index: int, m: Municipality, kind: str, display: str, domain: str,
            rng: random.Random) -> dict[str, str]:
    spec = data("identity")["kinds"][kind]
    slug = slugify(m.name)
    streets = ("Hauptstraße", "Marktplatz", "Rathausplatz", "Kirchgasse", "Schulstraße", "Lindenallee")
    n = len(town_names(seed))
    return {
        "ort": m.name, "name": display, "name_gen": spec["genitive"].format(ort=m.name), "verwaltung": rng.choice(spec["verwaltung"]), "rat": spec["rat"],
        "kasse": spec["kasse"], "buero": rng.choice(spec["buero"]), "head": spec["head"], "domain": domain,
        "host": f"www.{domain}", "slug": slug, "Mandant": m.name.replace(" ", "").translate(
            str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})),
        "num": str(rng.randint(1000, 99999)), "num2": str(rng.randint(1000, 99999)), "ags": m.ags,
        "land": names()["states"][m.state_code], "tel": f"0{rng.randint(2000, 9999)} {rng.randint(100, 999)}-0",
        "mail": f"{rng.choice(('info', 'rathaus', 'poststelle', 'buergerbuero'))}@{domain}",
        "street": f"{rng.choice(streets)} {rng.randint(1, 30)}", "street2": rng.choice(("Bahnhofstraße",
        "Dorfstraße", "Gartenstraße", "Schillerstraße", "Bergstraße")), "plz": f"{rng.randint(10000, 99999)}",
        "year": str(rng.randint(2022, 2026)), "year2": str(rng.choice((2028, 2029, 2030))),
        "other": town_names(seed)[(index + 7) % n], "prefix": slug[:3], "uuid": str(uuid.UUID(int=rng.getrandbits(128))),
        "hash": "%032x" % rng.getrandbits(128), "iban": "".join(str(rng.randint(0, 9)) for _ in range(20)),
        "lat": f"{m.lat}", "lon": f"{m.lon}",
    }


def build_site(seed: int, index: int) -> RealSite:
    municipality, kind, display, domain = identity(seed, index)
    rng = rng_for(seed, "site", index)
    values = _values(seed, index, municipality, kind, display, domain, rng)
    site = RealSite(seed, index, municipality, kind, f"www.{domain}", domain, display, values,
                    rng.choice(URL_STYLES), rng.random() < 0.4)
    wanted = _draw_components(rng, municipality, kind, index)
    for key in CORE_PAGES:
        _ensure_page(site, key)
    _add_services(site, kind)
    _add_az(site, kind, rng)
    for component in wanted:
        _place(site, component, rng)
    _add_forms_list(site)
    for trap_id in sorted(data("traps")["traps"]):
        if rng.random() < TRAP_RATE:
            _place_trap(site, trap_id, rng)
    _add_news(site, rng)
    _paginate(site)
    _settle_side_traps(site)
    return site


def _draw_components(rng: random.Random, m: Municipality, kind: str, index: int) -> list[str]:
    maturity = 0.3 + rng.random() if index else 1.3  # the first site is the most mature
    wanted = [c for c, p in BASE_RATE.items() if rng.random() < p * maturity]
    if {"service_account", "eid"} & set(wanted) and "form_server" not in wanted:
        wanted.insert(0, "form_server")  # accounts and the Online-Ausweis exist for online applications
    wanted += [c for c, p in CHROME_RATE.items() if rng.random() < p]
    return [c for c in wanted if _variants(c, m.state_code, kind)]


def _variants(component: str, state: str, kind: str) -> list[dict]:
    return [v for v in data("components")[component]
            if state in v.get("states", [state]) and kind in v.get("kinds", [kind])]


def _phrase(site: RealSite, text: str, label: str) -> str:
    return phrase(text, rng_for(site.seed, site.index, label), site.values)


def _ensure_page(site: RealSite, key: str) -> Page:
    if key in site.pages:
        return site.pages[key]
    spec = data("pages")["pages"][key]
    parent = spec.get("parent")
    if parent:
        _ensure_page(site, parent)
    rng = rng_for(site.seed, site.index, "page", key)
    title = phrase(rng.choice(spec["titles"]), rng, site.values)
    slug = rng.choice(spec["slugs"])
    path = _path(site, [*_slug_chain(site, parent), slug] if slug else [], len(site.pages))
    page = Page(key, title, path, slug, parent, [_phrase(site, t, f"{key}/{i}") for i, t in enumerate(spec.get("text", []))])
    site.pages[key] = page
    if spec.get("footer"):
        site.footer.append((title, key))
    if spec.get("header"):
        site.header.append((title, key))
    return page


def _slug_chain(site: RealSite, key: str | None) -> list[str]:
    chain = []
    while key:
        page = site.pages[key]
        chain.insert(0, page.slug)
        key = page.parent
    return chain


def _path(site: RealSite, parts: list[str], number: int) -> str:
    if not parts:
        return "/"
    if site.url_style == "php":
        return f"/index.php?id={100 + number}"
    if site.url_style == "html":
        return "/" + "/".join(parts) + ".html"
    prefix = "/de" if site.url_style == "de" else ""
    return prefix + "/" + "/".join(parts) + "/"


def _add_services(site: RealSite, kind: str) -> None:
    for sid, spec in data("pages")["services"].items():
        if spec.get("kreis") and kind != "Landkreis" or spec.get("gemeinde") and kind == "Landkreis":
            continue
        parts = [*_slug_chain(site, "buergerservice"), spec["slug"]]
        site.pages[f"service:{sid}"] = Page(
            f"service:{sid}", spec["title"], _path(site, parts, len(site.pages)), spec["slug"], "buergerservice",
            [_phrase(site, t, f"service/{sid}/{i}") for i, t in enumerate(spec["text"])], kind="service")


def _add_az(site: RealSite, kind: str, rng: random.Random) -> None:
    """Ordinary entries of the Leistungen A–Z, without any component, among which the offers hide."""
    az = data("pages")["az"]
    names = az["kreis" if kind == "Landkreis" else "gemeinde"]
    for name in sorted(rng.sample(names, min(len(names), rng.randint(*AZ_COUNT.get(kind, (15, 30)))))):
        slug = slugify(name)
        values = {**site.values, "leistung": name}
        texts = [phrase(t, rng_for(site.seed, site.index, "az", slug, i), values) for i, t in enumerate(az["text"])]
        parts = [*_slug_chain(site, "buergerservice"), slug]
        site.pages[f"service:az-{slug}"] = Page(f"service:az-{slug}", name, _path(site, parts, len(site.pages)), slug,
                                                "buergerservice", texts, kind="service")


def _service_keys(site: RealSite) -> list[str]:
    return [k for k in site.pages if k.startswith("service:")]


def _resolve_page(site: RealSite, spec: str, rng: random.Random, avoid: set[str] = frozenset()) -> str | None:
    """A page key for a placement spec (key, service:<id>, service:*), created if needed; None if impossible."""
    if spec == "service:*":
        choices = [k for k in _service_keys(site) if k not in avoid]
        return rng.choice(choices) if choices else None
    if spec.startswith("service:"):
        return spec if spec in site.pages and spec not in avoid else None
    if spec in avoid:
        return None
    return _ensure_page(site, spec).key


def _possible(site: RealSite, where: str) -> bool:
    return not where.startswith("service:") or where == "service:*" and bool(_service_keys(site)) \
        or where in site.pages


def _place(site: RealSite, component: str, rng: random.Random) -> None:
    variants = [v for v in _variants(component, site.municipality.state_code, site.kind) if _possible(site, v["page"])]
    if not variants:
        return
    variant = rng.choice(variants)
    label = f"offer/{component}"
    texts = [_phrase(site, t, f"{label}/{i}") for i, t in enumerate(variant.get("text", []))]
    html = _phrase(site, variant.get("html", ""), f"{label}/html")
    where = variant["page"]
    if variant.get("link_from") == "footer_links":
        site.footer_html.append(html)
        shown = {"*"}
    elif where == "*":
        site.everywhere += texts
        site.everywhere_html += [html] if html else []
        shown = {"*"}
    elif where == "news":
        shown = {_add_article(site, _phrase(site, variant["title"], f"{label}/title"), texts)}
    else:
        key = _resolve_page(site, where, rng)
        page = site.pages[key]
        page.paragraphs += texts
        page.html += [html.replace("{page_url}", page.path)] if html else []
        shown = {key}
        link_from = variant.get("link_from")
        if link_from in ("footer", "header"):
            entry = (_phrase(site, variant.get("label", page.title), f"{label}/label"), key)
            bar = site.footer if link_from == "footer" else site.header
            bar[:] = [e for e in bar if e[1] != key] + [entry]
            shown = {"*"}
    tool = variant.get("tool_page")
    if tool:
        site.pages[f"tool:{component}"] = Page(f"tool:{component}", tool["title"], tool["path"], "", None, [],
                                               [_phrase(site, tool["html"], f"{label}/tool")], kind="tool")
        shown.add(f"tool:{component}")
    if variant.get("quick") and rng.random() < 0.6:
        target = _first_link(texts) if variant.get("quick_to") == "vendor" else next(iter(shown - {"*"}), "start")
        site.quick.append((_phrase(site, rng.choice(variant["quick"]), f"{label}/quick"), target or "start"))
        shown.add("start")
    _register_landings(site, texts + [html], variant.get("landing"), label)
    _offer(site, component, variant["product"], shown)
    for other in variant.get("also", []):  # the same words show another component too
        _offer(site, other, f"{variant['product']} ({component})", shown, keep_product=True)
    for side in variant.get("side_traps", []):  # a decoy inside the offer's own text
        site.side_traps.append((f"{component}:{side['component']}", side["component"], shown, side["what"]))


def _offer(site: RealSite, component: str, product: str, pages: set[str], keep_product: bool = False) -> None:
    known = site.offers.get(component)
    if known is None:
        site.offers[component] = Offer(component, product, set(pages))
        return
    known.pages |= pages
    if not keep_product:
        known.product = product


def _first_link(texts: list[str]) -> str | None:
    return next((t for text in texts for _, t in links_in(text) if t.startswith("https://")), None)


_URL_IN_HTML = re.compile(r'(?:href|src)="(https?://[^"]+)"')


def _register_landings(site: RealSite, texts: list[str], landing: dict | None, label: str) -> None:
    """Every vendor URL the offer links to answers with the variant's landing page (or a bare one)."""
    urls = [t for text in texts for _, t in links_in(text)] + [u for text in texts for u in _URL_IN_HTML.findall(text)]
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or parts.hostname in (site.host, "127.0.0.1"):
            continue
        if landing:
            page = Landing(_phrase(site, landing["title"], f"{label}/landing"),
                           [_phrase(site, t, f"{label}/landing/{i}") for i, t in enumerate(landing["text"])],
                           landing.get("head", ""), _phrase(site, landing.get("html", ""), f"{label}/landing/html"))
        else:
            page = Landing(parts.hostname or "", [])
        site.landings[f"{parts.hostname}{parts.path or '/'}"] = page


def _add_forms_list(site: RealSite) -> None:
    """Every site offers PDF forms to print (form_download), listed on its Formulare page."""
    page = site.pages["formulare"]
    rng = rng_for(site.seed, site.index, "forms")
    chosen = rng.sample(PDF_FORMS, 3)
    page.paragraphs.append(" · ".join(f"[[{title} (PDF)->/dokumente/{slugify(title)}.pdf]]" for title in chosen))


def _place_trap(site: RealSite, trap_id: str, rng: random.Random) -> None:
    spec = data("traps")["traps"][trap_id]
    components = tuple(spec["components"])
    if any("*" in site.offers[c].pages for c in components if c in site.offers):
        return  # the component is on every page: no page is free of it
    page_spec = data("pages")["pages"].get(spec["page"], {})
    if (page_spec.get("footer") or page_spec.get("header")) and spec["page"] not in site.pages:
        return  # a footer page would show its own component (a newsletter login needs the newsletter)
    avoid = {k for c in components if c in site.offers for k in site.offers[c].pages}
    label = f"trap/{trap_id}"
    texts = [_phrase(site, t, f"{label}/{i}") for i, t in enumerate(spec["text"])]
    html = _phrase(site, spec.get("html", ""), f"{label}/html")
    if spec["page"] == "news":
        key = _add_article(site, _phrase(site, spec["title"], f"{label}/title"), texts)
    else:
        key = _resolve_page(site, spec["page"], rng, avoid)
        if key is None:
            return
        site.pages[key].paragraphs += texts
    if html:
        site.pages[key].html.append(html)
    _register_landings(site, texts + [html], None, label)
    site.traps.append(Trap(trap_id, components, key, spec["what"]))


def _settle_side_traps(site: RealSite) -> None:
    """Decoys carried by offers count where their component is not shown on the same page."""
    for trap_id, component, pages, what in site.side_traps:
        shown = site.offers[component].pages if component in site.offers else set()
        if "*" in shown:
            continue
        for key in sorted(pages - shown - {"start"}):
            site.traps.append(Trap(trap_id, (component,), key, what))


def _add_article(site: RealSite, title: str, texts: list[str]) -> str:
    n = sum(1 for p in site.pages.values() if p.kind == "news") + 1
    slug = slugify(re.sub(r"[^\w\s-]", "", title))[:50]
    base = _slug_chain(site, "aktuelles")[0]
    path = {"slash": f"/{base}/{n}-{slug}/", "html": f"/{base}/{slug}-{n}.html", "de": f"/de/{base}/{n}-{slug}/",
            "php": f"/index.php?id=9{n:02d}&meldung={n}"}[site.url_style]
    key = f"news:{n}"
    age = rng_for(site.seed, site.index, "age", n).randint(1, 720)
    site.pages[key] = Page(key, title, path, slug, "aktuelles", texts, kind="news", age=age)
    return key


def _add_news(site: RealSite, rng: random.Random) -> None:
    """Ordinary news: what fills a real "Aktuelles" list around the articles that carry offers or decoys."""
    items = data("traps")["news"]
    for k in range(rng.randint(*NEWS_COUNT.get(site.kind, (15, 45)))):
        i = rng.randrange(len(items))
        item = items[i]
        _add_article(site, _phrase(site, item["title"], f"news/{k}/title"), [_phrase(site, item["text"], f"news/{k}")])


def _paginate(site: RealSite) -> None:
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
