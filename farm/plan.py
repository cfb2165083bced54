"""The plan of one site: which components, traps, services, CMS and quirks it has.

A plan is a pure function of (world settings, site index), computed on first use and cached by the world.
The ground truth is derived from the same plan the pages are rendered from, so the two cannot drift.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import yaml

from farm.identity import Municipality
from farm.layout import CmsStyle

SERVICES: dict[str, tuple[str, str, int]] = {
    # id: (page heading, responsibility "gemeinde"/"kreis", highest level a site can offer)
    "wohnsitz_anmelden": ("Wohnsitz anmelden", "gemeinde", 3),
    "meldebescheinigung": ("Meldebescheinigung beantragen", "gemeinde", 3),
    "melderegisterauskunft": ("Melderegisterauskunft beantragen", "gemeinde", 3),
    "personalausweis": ("Personalausweis beantragen", "gemeinde", 2),
    "reisepass": ("Reisepass beantragen", "gemeinde", 2),
    "fuehrungszeugnis": ("Führungszeugnis beantragen", "gemeinde", 3),
    "gewerbe_anmelden": ("Gewerbe anmelden", "gemeinde", 3),
    "hundesteuer": ("Hund anmelden (Hundesteuer)", "gemeinde", 3),
    "bewohnerparkausweis": ("Bewohnerparkausweis beantragen", "gemeinde", 3),
    "kfz_zulassung": ("Fahrzeug zulassen (Kfz-Zulassung)", "kreis", 3),
    "geburtsurkunde": ("Geburtsurkunde beantragen", "gemeinde", 3),
    "briefwahl": ("Briefwahl beantragen (Wahlschein)", "gemeinde", 3),
    "kita_platz": ("Kita-Platz beantragen", "gemeinde", 3),
    "wohngeld": ("Wohngeld beantragen", "kreis", 3),
    "baugenehmigung": ("Baugenehmigung beantragen", "kreis", 3),
    "sperrmuell": ("Sperrmüll anmelden", "gemeinde", 3),
}

# How often a component is present on an average site; drives a weighted draw without replacement.
COMMONNESS: dict[str, float] = {
    "imprint": 20, "privacy_policy": 18, "site_search": 12, "accessibility_statement": 10,
    "social_media": 5, "form_download": 5, "council_info": 4, "newsletter": 4, "form_server": 4,
    "appointment_booking": 3.5, "geoportal": 3, "easy_language": 2.5, "service_account": 2, "epayment": 2,
    "secure_mailbox": 2, "mobile_app": 1.6, "issue_reporting": 1.6, "sign_language": 1.4, "participation": 1.3,
    "open_data": 1.2, "digital_strategy": 1, "eid": 0.9, "chatbot": 0.8, "de_mail": 0.6,
}

# Traps that only make sense next to a component (a newsletter login needs a newsletter, a web map a map).
TRAP_NEEDS = {"newsletter_login": ("newsletter",), "webmap_app": ("geoportal",), "pdf_only": ("form_download",)}
HTTPS_MODES = {"hsts": 0.45, "redirect": 0.25, "both": 0.15, "http": 0.15}
CMS_WEIGHTS = {"typo3": 0.34, "gsb": 0.1, "ikiss": 0.14, "sitepark": 0.1, "sixcms": 0.08, "wordpress": 0.14,
               "plain": 0.1}


@cache
def catalogue() -> dict:
    return yaml.safe_load(resources.files("farm").joinpath("catalogue.yaml").read_text("utf-8"))


@dataclass(frozen=True, slots=True)
class Placement:
    component: str
    variant: dict
    page: str  # page key, or "*" for the chrome of every page

    @property
    def js_only(self) -> bool:
        return bool(self.variant.get("js_only"))


@dataclass(slots=True)
class SitePlan:
    index: int
    host: str
    domain: str
    slug: str
    name: str  # display name ("Stadt Kieselbrunn")
    members: tuple[Municipality, ...]
    style: CmsStyle
    https: str  # hsts | redirect | both | http
    csv_url: str
    n_news: int
    fault: str | None = None
    components: dict[str, Placement] = field(default_factory=dict)
    traps: dict[str, str] = field(default_factory=dict)  # trap id -> page key
    services: dict[str, int] = field(default_factory=dict)
    viewport: bool = True
    security_headers: bool = False
    trackers: str | None = None  # None | "after" (consent first) | "before" (fires on load)
    consent: str | None = None
    readspeaker: bool = False
    robots_disallow: tuple[str, ...] = ("/intern/",)  # paths
    robots_pages: tuple[str, ...] = ()  # page keys also disallowed (their URL depends on the CMS style)
    endless_calendar: bool = False
    alias_host: str | None = None  # first host of a cross-host redirect chain
    generation: int = 0  # number of mutations applied (World.mutate)
    params: dict[str, str] = field(default_factory=dict)  # template fields shared by all snippets
    extra_nodes: dict = field(default_factory=dict)  # page key -> tree Node added or moved (large sites, deep.py)

    @property
    def base(self) -> str:
        return ("http://" if self.https == "http" else "https://") + self.host

    @property
    def state_code(self) -> str:
        return self.members[0].state_code


def weighted_choice(rng: random.Random, weights: dict[str, float]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def draw_components(rng: random.Random, count: int, forced: tuple[str, ...] = ()) -> list[str]:
    """Weighted sampling without replacement (Efraimidis–Spirakis keys)."""
    keyed = sorted(COMMONNESS, key=lambda c: rng.random() ** (1 / COMMONNESS[c]), reverse=True)
    chosen = list(forced)
    for comp in keyed:
        if len(chosen) >= count:
            break
        if comp not in chosen:
            chosen.append(comp)
    return chosen


def pick_variant(rng: random.Random, component: str, plan: SitePlan) -> dict:
    """A static variant that fits the site's CMS, preferring the Land's own products where there are any."""
    variants = catalogue()["components"][component]["variants"]
    usable = [v for v in variants if not v.get("js_only") and plan.style.name in v.get("cms", [plan.style.name])]
    local = [v for v in usable if plan.state_code in v.get("states", ())]
    general = [v for v in usable if "states" not in v]
    return rng.choice(local if local and rng.random() < 0.7 else general or usable)


def place(rng: random.Random, plan: SitePlan, component: str) -> None:
    pages = catalogue()["components"][component]["pages"]
    variant = pick_variant(rng, component, plan)
    plan.components[component] = Placement(component, variant, rng.choice(pages))


def plan_services(rng: random.Random, plan: SitePlan, maturity: float) -> None:
    """Service pages and their levels; level 3 needs a (static) form server, level 2 implies PDF forms."""
    kreis_duty = any(m.level == "kreis" or m.type == "Kreisfreie Stadt" for m in plan.members)
    gemeinde_duty = any(m.level == "gemeinde" for m in plan.members)
    online = "form_server" in plan.components and not plan.components["form_server"].js_only
    for sid, (_, duty, top) in SERVICES.items():
        if not (kreis_duty if duty == "kreis" else gemeinde_duty) or rng.random() > 0.35 + 0.6 * maturity:
            continue
        level = 1
        if rng.random() < 0.3 + 0.5 * maturity:
            level = 2
        if level == 2 and online and top == 3 and rng.random() < 0.3 + 0.6 * maturity:
            level = 3
        plan.services[sid] = level
    ensure_form_download(plan)


def ensure_form_download(plan: SitePlan) -> None:
    """Service pages from level 2 up link a PDF form, so the site has PDF forms to download."""
    if any(level >= 2 for level in plan.services.values()) and "form_download" not in plan.components:
        plan.components["form_download"] = Placement(
            "form_download", catalogue()["components"]["form_download"]["variants"][0], "formulare")


def plan_traps(rng: random.Random, plan: SitePlan, share: float = 0.45) -> None:
    """Traps on a share of sites (the plain contact page on all), wherever they make sense (trap_fits)."""
    for trap_id, trap in catalogue()["traps"].items():
        page = trap["pages"][0]
        if trap_fits(plan, trap_id, page) and (trap_id == "plain_contact" or rng.random() < share):
            plan.traps[trap_id] = page


def trap_fits(plan: SitePlan, trap_id: str, page: str) -> bool:
    """A trap needs its page and companions, and never shares a page with its own component: a page's
    evidence must be unambiguous (the trap must not fire; the component there would)."""
    if page == "leistung:personalausweis" and "personalausweis" not in plan.services:
        return False
    if any(need not in plan.components for need in TRAP_NEEDS.get(trap_id, ())):
        return False
    if trap_id == "pdf_only" and plan.components["form_download"].page != "formulare":
        return False
    shown = component_pages(plan, catalogue()["traps"][trap_id]["component"])
    recorded = "start" if page == "*" else page  # the page the ground truth names for the trap
    return "*" not in shown and recorded not in shown


def component_pages(plan: SitePlan, component: str) -> list[str]:
    """Every page key on which a component's markers are rendered ("*" = all pages)."""
    pages = [p.page for c, p in plan.components.items() if c == component or component in p.variant.get("also", ())]
    if component == "form_server":
        pages += [f"leistung:{sid}" for sid, level in plan.services.items() if level == 3]
    if component == "geoportal" and "webmap_app" in plan.traps:
        pages.append("webmap")
    if component == "form_download":
        pages += [f"leistung:{sid}" for sid, level in plan.services.items() if level >= 2]
    return pages

