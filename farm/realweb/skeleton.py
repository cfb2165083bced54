"""The page skeleton every realistic site shares: sections, Bürgerservice with its Leistungen A–Z, PDF forms.

URL shapes differ per site (`/a/b/`, `/a/b.html`, `/de/a/b/`, `/index.php?id=N`)."""
from __future__ import annotations

import random

from farm.realweb.identity import slugify
from farm.realweb.model import Page, RealSite, rng_for
from farm.realweb.wording import data, phrase

CORE_PAGES = ("start", "rathaus", "buergerservice", "kasse", "formulare", "kontakt", "politik", "gremien", "bauen",
              "bplaene", "bekanntmachungen", "leben", "buecherei", "vereine", "mobil", "aktuelles")
SECTIONS = ("rathaus", "politik", "bauen", "leben", "aktuelles")
URL_STYLES = ("slash", "html", "de", "php")
AZ_COUNT = {"Gemeinde": (8, 18), "Markt": (8, 18), "Amt": (8, 18), "Verbandsgemeinde": (10, 20)}  # others: (15, 30)
PDF_FORMS = ("Antrag auf Erteilung einer Sondernutzungserlaubnis", "Anmeldung zur Hundesteuer",
             "Antrag auf Ausstellung eines Fischereischeins", "Vollmacht", "Gewerbeanmeldung (Vordruck)")


def phrase_for(site: RealSite, text: str, label: str) -> str:
    return phrase(text, rng_for(site.seed, site.index, label), site.values)


def ensure_page(site: RealSite, key: str) -> Page:
    if key in site.pages:
        return site.pages[key]
    spec = data("pages")["pages"][key]
    parent = spec.get("parent")
    if parent:
        ensure_page(site, parent)
    rng = rng_for(site.seed, site.index, "page", key)
    title = phrase(rng.choice(spec["titles"]), rng, site.values)
    slug = rng.choice(spec["slugs"])
    path = path_for(site, [*slug_chain(site, parent), slug] if slug else [], len(site.pages))
    texts = [phrase_for(site, t, f"{key}/{i}") for i, t in enumerate(spec.get("text", []))]
    page = Page(key, title, path, slug, parent, texts)
    site.pages[key] = page
    if spec.get("footer"):
        site.footer.append((title, key))
    if spec.get("header"):
        site.header.append((title, key))
    return page


def slug_chain(site: RealSite, key: str | None) -> list[str]:
    chain = []
    while key:
        page = site.pages[key]
        chain.insert(0, page.slug)
        key = page.parent
    return chain


def path_for(site: RealSite, parts: list[str], number: int) -> str:
    if not parts:
        return "/"
    if site.url_style == "php":
        return f"/index.php?id={100 + number}"
    if site.url_style == "html":
        return "/" + "/".join(parts) + ".html"
    prefix = "/de" if site.url_style == "de" else ""
    return prefix + "/" + "/".join(parts) + "/"


def add_services(site: RealSite, kind: str) -> None:
    for sid, spec in data("pages")["services"].items():
        if spec.get("kreis") and kind != "Landkreis" or spec.get("gemeinde") and kind == "Landkreis":
            continue
        parts = [*slug_chain(site, "buergerservice"), spec["slug"]]
        site.pages[f"service:{sid}"] = Page(
            f"service:{sid}", spec["title"], path_for(site, parts, len(site.pages)), spec["slug"], "buergerservice",
            [phrase_for(site, t, f"service/{sid}/{i}") for i, t in enumerate(spec["text"])], kind="service")


def add_az(site: RealSite, kind: str, rng: random.Random) -> None:
    """Ordinary entries of the Leistungen A–Z, without any component, among which the offers hide."""
    az = data("pages")["az"]
    names = az["kreis" if kind == "Landkreis" else "gemeinde"]
    for name in sorted(rng.sample(names, min(len(names), rng.randint(*AZ_COUNT.get(kind, (15, 30)))))):
        slug = slugify(name)
        values = {**site.values, "leistung": name}
        texts = [phrase(t, rng_for(site.seed, site.index, "az", slug, i), values) for i, t in enumerate(az["text"])]
        parts = [*slug_chain(site, "buergerservice"), slug]
        path = path_for(site, parts, len(site.pages))
        site.pages[f"service:az-{slug}"] = Page(f"service:az-{slug}", name, path, slug, "buergerservice", texts,
                                                kind="service")


def service_keys(site: RealSite) -> list[str]:
    return [k for k in site.pages if k.startswith("service:")]


def add_forms_list(site: RealSite) -> None:
    """Every site offers PDF forms to print (form_download), listed on its Formulare page."""
    page = site.pages["formulare"]
    rng = rng_for(site.seed, site.index, "forms")
    chosen = rng.sample(PDF_FORMS, 3)
    page.paragraphs.append(" · ".join(f"[[{title} (PDF)->/dokumente/{slugify(title)}.pdf]]" for title in chosen))
