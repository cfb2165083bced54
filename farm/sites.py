"""The roster: which site sits at which index, and the plan of each site.

Indices 0..n_sites-1 are ordinary municipal sites (index 0 is the Verbandsgemeinde shared by three member
Gemeinden, index 1 the site with no components at all); the fault district follows, then the large sites
(deep.py). Two CSV rows have no
website. Everything is derived from (seed, index), so a site is built only when it is first requested.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass

from farm.identity import (KFS_SLOTS, KREIS_SLOTS, Municipality, kfs_code, kreis_code, kreis_stem, name_at,
                           position_rng, slugify)
from farm import deep
from farm.layout import STYLES
from farm.tree import NODES, ROOTS
from farm.plan import (CMS_WEIGHTS, HTTPS_MODES, Placement, SitePlan, catalogue, draw_components, place,
                       plan_services, plan_traps, trap_fits, weighted_choice)

# Fault district: (fault, expected crawl status). See faults.py for the behaviour.
FAULTS: tuple[tuple[str, str], ...] = (
    ("timeout", "timeout"), ("reset", "unreachable"), ("refused", "unreachable"), ("http500", "http_error"),
    ("throttle429", "ok"), ("redirect_loop", "redirect_loop"), ("cross_host", "ok"),
    ("endless_calendar", "ok"), ("huge_page", "too_large"), ("gzip_bomb", "too_large"), ("malformed", "ok"),
    ("wrong_charset", "ok"), ("robots_all", "robots_disallowed"), ("bot_block", "blocked"),
    ("not_html", "not_html"), ("dns", "dns_error"), ("tls", "tls_error"), ("partial", "ok"),
)
# Faults whose site still has content worth detecting.
CONTENT_FAULTS = {"throttle429", "cross_host", "endless_calendar", "malformed", "wrong_charset", "partial"}
# Components a faulty site keeps: markers in ASCII and URLs, so they survive a wrong charset or broken markup.
SAFE_FOR_FAULTS = ("imprint", "site_search", "council_info", "appointment_booking", "social_media", "open_data")
# Sites that show components only after scripts run: site index -> kind.
JS_SITES = {3: "gtm_chat", 7: "loader_chat", 11: "json_forms", 13: "gtm_chat"}
JS_COMPONENT = {"gtm_chat": "chatbot", "loader_chat": "chatbot", "json_forms": "form_server"}
JS_MARK = {"gtm_chat": "googletagmanager", "loader_chat": "chat-loader", "json_forms": "online-services"}
ROBOTS_SITE = 5  # the ordinary site whose robots.txt disallows one page
TRACKER_SITES = {3: "before", 5: "before", 9: "after", 13: "before"}

TYPE_WEIGHTS = {"Gemeinde": 0.42, "Stadt": 0.25, "Große Kreisstadt": 0.08, "Kreisfreie Stadt": 0.1,
                "Landkreis": 0.15}
POPULATION = {"Gemeinde": (600, 9000), "Stadt": (6000, 60000), "Große Kreisstadt": (20000, 70000),
              "Kreisfreie Stadt": (60000, 600000), "Landkreis": (80000, 350000)}
NEWS = {"Gemeinde": (12, 60), "Stadt": (100, 220), "Große Kreisstadt": (120, 300),
        "Kreisfreie Stadt": (200, 400), "Landkreis": (120, 300)}
PREFIX = {"Gemeinde": "Gemeinde", "Stadt": "Stadt", "Große Kreisstadt": "Stadt", "Kreisfreie Stadt": "Stadt",
          "Landkreis": "Landkreis"}
DOMAINS = {"Gemeinde": ("{s}.de", "gemeinde-{s}.de"), "Stadt": ("{s}.de", "stadt-{s}.de"),
           "Große Kreisstadt": ("{s}.de", "stadt-{s}.de"), "Kreisfreie Stadt": ("{s}.de", "stadt-{s}.de"),
           "Landkreis": ("landkreis-{s}.de", "kreis-{s}.de")}


@dataclass(frozen=True, slots=True)
class Settings:
    seed: int = 7
    n_sites: int = 40
    news_pages: int | None = None
    faults: bool = True
    deep_sites: int = 4  # large sites after the fault district (deep.py)

    @property
    def deep_start(self) -> int:
        return self.n_sites + (len(FAULTS) if self.faults else 0)

    @property
    def n_total(self) -> int:
        return self.deep_start + self.deep_sites


def _municipality(s: Settings, name: str, kind: str, ags: str, ars: str, slot: int, rng) -> Municipality:
    kreis = kind == "Landkreis"
    kfs = kind == "Kreisfreie Stadt"
    kreis_ags = ags[:5]
    low, high = POPULATION[kind]
    return Municipality(
        ags=ags, ars=ars, name=name,
        name_official=f"Landkreis {name}" if kreis else (f"{name}, Stadt" if "Stadt" in kind else name),
        type=kind, level="kreis" if kreis else "gemeinde", kreis_ags=kreis_ags,
        kreis_name=name if (kreis or kfs) else kreis_stem(s.seed, slot), state_code=ags[:2],
        population=int(low + (high - low) * rng.random() ** 2),
        lat=round(47.6 + 7.0 * rng.random(), 5), lon=round(6.2 + 8.5 * rng.random(), 5))


def _identity(s: Settings, index: int, rng) -> tuple[str, str, tuple[Municipality, ...]]:
    """(display name, domain, member municipalities) of a site."""
    slot = (index * 7 + s.seed) % KREIS_SLOTS
    if index == 0 and s.n_sites > 1:
        stem = name_at(s.seed, index)
        code = kreis_code(slot)
        members = tuple(_municipality(s, name_at(s.seed, s.n_sites + k), "Gemeinde", f"{code}{900 + k}",
                                      f"{code}5001{900 + k}", slot, rng) for k in range(3))
        return f"Verbandsgemeinde {stem}", f"vg-{slugify(stem)}.de", members
    if index >= s.deep_start:  # large sites: towns
        kind = "Große Kreisstadt" if index % 2 else "Stadt"
        name = name_at(s.seed, s.n_sites + 5 + len(FAULTS) + index - s.deep_start)
        ags = f"{kreis_code(slot)}{940 + index - s.deep_start}"
    elif index >= s.n_sites:  # fault district: ordinary Gemeinden and Städte
        kind = "Stadt" if index % 2 else "Gemeinde"
        name = name_at(s.seed, s.n_sites + 5 + index - s.n_sites)
        ags = f"{kreis_code(slot)}{960 + index - s.n_sites}"
    else:
        weights = dict(TYPE_WEIGHTS)
        if index >= KFS_SLOTS:
            weights.pop("Kreisfreie Stadt")
        if index >= KREIS_SLOTS:
            weights.pop("Landkreis")
        kind = "Gemeinde" if index == 1 else weighted_choice(rng, weights)
        name = name_at(s.seed, index)
        if kind == "Landkreis":
            name, ags = kreis_stem(s.seed, slot), kreis_code(slot)
        elif kind == "Kreisfreie Stadt":
            ags = kfs_code((index * 7 + s.seed) % KFS_SLOTS) + "000"
        else:
            ags = f"{kreis_code(slot)}{index // KREIS_SLOTS + 1:03d}"
    ars = ags if len(ags) == 5 else f"{ags[:5]}0000{ags[5:]}"
    muni = _municipality(s, name, kind, ags, ars, slot, rng)
    domain = rng.choice(DOMAINS[kind]).format(s=slugify(name))
    return f"{PREFIX[kind]} {name}", domain, (muni,)


def slug_of(domain: str) -> str:
    """The municipality's slug inside its domain (stadt-kieselbrunn.de → kieselbrunn)."""
    name = domain.removesuffix(".de")
    return name.split("-", 1)[1] if name.startswith(("vg-", "gemeinde-", "stadt-", "kreis-", "landkreis-")) else name


def site_domain(s: Settings, index: int) -> str:
    """The domain alone (cheap: no plan), for the host index of large worlds."""
    return _identity(s, index, position_rng(s.seed, f"site{index}"))[1]


def no_website_rows(s: Settings) -> tuple[Municipality, ...]:
    rng = position_rng(s.seed, "no-website")
    slot = (s.seed * 3) % KREIS_SLOTS
    return tuple(_municipality(s, name_at(s.seed, s.n_sites + 3 + k), "Gemeinde", f"{kreis_code(slot)}{950 + k}",
                               f"{kreis_code(slot)}0000{950 + k}", slot, rng) for k in range(2))


def build_plan(s: Settings, index: int) -> SitePlan:
    rng = position_rng(s.seed, f"site{index}")
    display, domain, members = _identity(s, index, rng)
    kind = members[0].type
    fault, _ = FAULTS[index - s.n_sites] if s.n_sites <= index < s.deep_start else (None, None)
    slug = slug_of(domain)
    https = "hsts" if fault in ("tls", "cross_host") else weighted_choice(rng, HTTPS_MODES)
    host = f"www.{domain}"
    scheme = "http" if https == "http" else "https"
    csv_url = f"{scheme}://{host}/"
    if https in ("hsts", "redirect") and rng.random() < 0.3:
        csv_url = f"http://{host}"
    low, high = NEWS["Gemeinde" if kind not in NEWS else kind]
    n_news = s.news_pages if s.news_pages is not None else rng.randint(low, high)
    plan = SitePlan(index=index, host=host, domain=domain, slug=slug, name=display, members=members,
                    style=STYLES[weighted_choice(rng, CMS_WEIGHTS)], https=https, csv_url=csv_url,
                    n_news=n_news, fault=fault)
    plan.params = _params(plan, rng, s)
    plan.viewport = rng.random() < 0.85
    plan.security_headers = rng.random() < 0.45
    plan.readspeaker = rng.random() < 0.4
    if index == ROBOTS_SITE:
        plan.robots_pages = ("veranstaltungen",)  # holds no component, so the truth is unaffected
    if fault == "cross_host":
        plan.alias_host = f"www.{slug}-alt.de"
        plan.csv_url = f"http://{plan.alias_host}/"
    if fault == "endless_calendar":
        plan.endless_calendar = True
    if index >= s.deep_start:
        plan.style = STYLES[deep.STYLES[(index - s.deep_start) % len(deep.STYLES)]]
        plan.n_news = s.news_pages if s.news_pages is not None else rng.randint(*deep.spec()["news"])
        deep.fill_deep(plan, rng)
        return plan
    if fault is not None and fault not in CONTENT_FAULTS:
        return plan
    _fill(plan, rng, index)
    return plan


def _fill(plan: SitePlan, rng, index: int) -> None:
    """Components, services and traps, with a maturity spread from 0 (index 1) to all components (index 2)."""
    js_kind = JS_SITES.get(index) if plan.fault is None else None
    if index == 1:
        count = 0
    elif index == 2:
        count = 24
    else:
        count = rng.randint(2, 20)
    forced = (JS_COMPONENT[js_kind],) if js_kind else ()
    if plan.fault is not None:
        forced, count = SAFE_FOR_FAULTS, len(SAFE_FOR_FAULTS)
    for comp in draw_components(rng, count, forced):
        place(rng, plan, comp)
    if js_kind:
        comp = JS_COMPONENT[js_kind]
        variant = next(v for v in catalogue()["components"][comp]["variants"]
                       if v.get("js_only") and JS_MARK[js_kind] in v.get("head", "") + v.get("html", ""))
        plan.components[comp] = Placement(comp, variant, "*" if comp == "chatbot" else "online-dienste")
    maturity = count / 24
    if count:
        plan_services(rng, plan, maturity)
    _settle(plan, rng)
    plan_traps(rng, plan)
    plan.trackers = TRACKER_SITES.get(index) or (rng.choice((None, None, "after", "before")) if count else None)
    if plan.trackers:
        plan.consent = rng.choice(("usercentrics", "borlabs", "consentmanager"))


def _settle(plan: SitePlan, rng) -> None:
    """Pin "leistung:*" placements to a service page; keep the partial-fault site's components shallow."""
    for comp, placement in list(plan.components.items()):
        page = placement.page
        if page == "leistung:*":
            page = f"leistung:{rng.choice(sorted(plan.services))}" if plan.services else "buergerservice"
        if plan.fault == "partial" and page != "*" and (page not in NODES or NODES[page].parent not in ROOTS):
            page = "*"  # everything findable before the fault: deeper pages answer 500
        plan.components[comp] = Placement(comp, placement.variant, page)


@dataclass(frozen=True, slots=True)
class Mutation:
    """Changes to one site since the world was made: one more news article per generation, components
    added or removed (for incremental-crawl tests)."""

    generation: int = 0
    add: tuple[str, ...] = ()
    remove: tuple[str, ...] = ()

    def then(self, add: tuple[str, ...], remove: tuple[str, ...]) -> Mutation:
        return Mutation(self.generation + 1, tuple(c for c in self.add if c not in remove) + add,
                        tuple(c for c in self.remove if c not in add) + remove)


def apply_mutation(plan: SitePlan, mutation: Mutation, seed: int) -> None:
    rng = position_rng(seed, f"mutation{plan.index}/{mutation.generation}")
    plan.generation = mutation.generation
    plan.n_news += mutation.generation
    for comp in mutation.remove:
        plan.components.pop(comp, None)
    if "form_download" in mutation.remove:
        raise ValueError("form_download follows the service levels and cannot be removed on its own")
    if "form_server" in mutation.remove:  # online applications go; the PDF forms stay
        plan.services = {sid: min(level, 2) for sid, level in plan.services.items()}
    for comp in mutation.add:
        if comp not in plan.components:
            place(rng, plan, comp)
    _settle(plan, rng)
    plan.traps = {t: p for t, p in plan.traps.items() if trap_fits(plan, t, p)}


def _params(plan: SitePlan, rng, s: Settings) -> dict[str, str]:
    muni = plan.members[0]
    stem = muni.name if len(plan.members) == 1 else plan.name.split(" ", 1)[1]
    hash_ = "%032x" % rng.getrandbits(128)
    return {
        "slug": plan.slug, "Mandant": stem.replace(" ", "").translate(str.maketrans("äöüß", "aous")),
        "domain": plan.domain, "host": plan.host, "base": plan.base, "name": plan.name,
        "num": str(rng.randint(1000, 99999)), "hash": hash_, "hash6": hash_[:6].upper(),
        "uuid": str(uuid.UUID(int=rng.getrandbits(128))), "prefix": plan.slug[:3], "ags": muni.ags,
        "lat": str(muni.lat), "lon": str(muni.lon), "kreis": muni.kreis_name,
        "other": name_at(s.seed, (plan.index + 1) % max(s.n_sites, 2)),
    }
