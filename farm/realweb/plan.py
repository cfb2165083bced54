"""The plan of one realistic site: which components and decoys sit where, in whose words.

Everything is drawn from (seed, index); the page text is phrased here, once, so rendering and ground truth
read the same words. Components are written from the wording data (components.yaml), not from any detector.
"""
from __future__ import annotations

import random
import re
from urllib.parse import urlsplit

from farm.identity import Municipality
from farm.realweb.identity import identity, site_values
from farm.realweb.model import Landing, Offer, Page, RealSite, Trap, rng_for
from farm.realweb.news import add_article, add_news, paginate
from farm.realweb.skeleton import (CORE_PAGES, URL_STYLES, add_az, add_forms_list, add_services, ensure_page,
                                   phrase_for, service_keys)
from farm.realweb.wording import data, links_in

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
_URL_IN_HTML = re.compile(r'(?:href|src)="(https?://[^"]+)"')


def build_site(seed: int, index: int) -> RealSite:
    municipality, kind, display, domain = identity(seed, index)
    rng = rng_for(seed, "site", index)
    values = site_values(seed, index, municipality, kind, display, domain, rng)
    site = RealSite(seed, index, municipality, kind, f"www.{domain}", domain, display, values,
                    rng.choice(URL_STYLES), rng.random() < 0.4)
    wanted = _draw_components(rng, municipality, kind, index)
    for key in CORE_PAGES:
        ensure_page(site, key)
    add_services(site, kind)
    add_az(site, kind, rng)
    for component in wanted:
        _place(site, component, rng, set(wanted))
    add_forms_list(site)
    for trap_id in sorted(data("traps")["traps"]):
        if rng.random() < TRAP_RATE:
            _place_trap(site, trap_id, rng)
    add_news(site, rng)
    paginate(site)
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


def _resolve_page(site: RealSite, spec: str, rng: random.Random, avoid: set[str] = frozenset()) -> str | None:
    """A page key for a placement spec (key, service:<id>, service:*), created if needed; None if impossible."""
    if spec == "service:*":
        choices = [k for k in service_keys(site) if k not in avoid]
        return rng.choice(choices) if choices else None
    if spec.startswith("service:"):
        return spec if spec in site.pages and spec not in avoid else None
    if spec in avoid:
        return None
    return ensure_page(site, spec).key


def _possible(site: RealSite, where: str, wanted: set[str]) -> bool:
    """A page the site has or can have; a footer or header page only with its own component (an Impressum page
    is an imprint, so a De-Mail address there needs the imprint offered, as a decoy there does in _place_trap)."""
    if where.startswith("service:"):
        return where == "service:*" and bool(service_keys(site)) or where in site.pages
    return not _chrome_owners(where) or bool(_chrome_owners(where) & wanted)


def _chrome_owners(page: str) -> set[str]:
    """The chrome components whose own page a footer or header page is ('impressum': imprint)."""
    spec = data("pages")["pages"].get(page, {})
    if not (spec.get("footer") or spec.get("header")):
        return set()
    return {c for c in CHROME_RATE for v in data("components").get(c, []) if v["page"] == page}


def _place(site: RealSite, component: str, rng: random.Random, wanted: set[str]) -> None:
    variants = [v for v in _variants(component, site.municipality.state_code, site.kind)
                if _possible(site, v["page"], wanted)]
    if not variants:
        return
    variant = rng.choice(variants)
    label = f"offer/{component}"
    texts = [phrase_for(site, t, f"{label}/{i}") for i, t in enumerate(variant.get("text", []))]
    html = phrase_for(site, variant.get("html", ""), f"{label}/html")
    where = variant["page"]
    if variant.get("link_from") == "footer_links":
        site.footer_html.append(html)
        shown = {"*"}
    elif where == "*":
        site.everywhere += texts
        site.everywhere_html += [html] if html else []
        shown = {"*"}
    elif where == "news":
        shown = {add_article(site, phrase_for(site, variant["title"], f"{label}/title"), texts)}
    else:
        key = _resolve_page(site, where, rng)
        page = site.pages[key]
        page.paragraphs += texts
        page.html += [html.replace("{page_url}", page.path)] if html else []
        shown = {key}
        link_from = variant.get("link_from")
        if link_from in ("footer", "header"):
            entry = (phrase_for(site, variant.get("label", page.title), f"{label}/label"), key)
            bar = site.footer if link_from == "footer" else site.header
            bar[:] = [e for e in bar if e[1] != key] + [entry]
            shown = {"*"}
    tool = variant.get("tool_page")
    if tool:
        site.pages[f"tool:{component}"] = Page(f"tool:{component}", tool["title"], tool["path"], "", None, [],
                                               [phrase_for(site, tool["html"], f"{label}/tool")], kind="tool")
        shown.add(f"tool:{component}")
    if variant.get("quick") and rng.random() < 0.6:
        target = _first_link(texts) if variant.get("quick_to") == "vendor" else next(iter(shown - {"*"}), "start")
        site.quick.append((phrase_for(site, rng.choice(variant["quick"]), f"{label}/quick"), target or "start"))
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


def _register_landings(site: RealSite, texts: list[str], landing: dict | None, label: str) -> None:
    """Every vendor URL the offer links to answers with the variant's landing page (or a bare one)."""
    urls = [t for text in texts for _, t in links_in(text)] + [u for text in texts for u in _URL_IN_HTML.findall(text)]
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or parts.hostname in (site.host, "127.0.0.1"):
            continue
        if landing:
            page = Landing(phrase_for(site, landing["title"], f"{label}/landing"),
                           [phrase_for(site, t, f"{label}/landing/{i}") for i, t in enumerate(landing["text"])],
                           landing.get("head", ""), phrase_for(site, landing.get("html", ""), f"{label}/landing/html"))
        else:
            page = Landing(parts.hostname or "", [])
        site.landings[f"{parts.hostname}{parts.path or '/'}"] = page


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
    texts = [phrase_for(site, t, f"{label}/{i}") for i, t in enumerate(spec["text"])]
    html = phrase_for(site, spec.get("html", ""), f"{label}/html")
    if spec["page"] == "news":
        key = add_article(site, phrase_for(site, spec["title"], f"{label}/title"), texts)
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
