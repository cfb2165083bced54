"""Ground truth: what a perfect crawler must report for each site, derived from the plans the pages use."""
from __future__ import annotations

from farm.pages import occurrence_depth
from farm.plan import SERVICES, SitePlan, catalogue
from farm.sites import CONTENT_FAULTS, FAULTS, no_website_rows
from farm.world import World, disallowed_paths


def ground_truth(world: World) -> dict:
    statuses = dict(FAULTS)
    sites = [site_truth(world, i, statuses) for i in world.site_indices()]
    no_site = [{"ags": m.ags, "name": m.name, "expected_status": "no_website"} for m in no_website_rows(world.settings)]
    if world.realweb is not None:
        sites += world.realweb.truth()
    return {"seed": world.seed, "n_sites": world.settings.n_sites, "sites": sites, "no_website": no_site}


def site_truth(world: World, index: int, statuses: dict[str, str]) -> dict:
    site = world.site(index)
    plan, tree = site.plan, site.tree
    findable = plan.fault is None or plan.fault in CONTENT_FAULTS
    components = {}
    for comp, product, js_only in shown_components(plan) if findable else ():
        url, depth = occurrence_depth(plan, tree, comp)
        if plan.fault == "partial" and depth >= 2:
            continue  # behind the fault: deeper pages answer 500
        components[comp] = {"url": url, "depth": depth, "product": product, "js_only": js_only}
    traps = []
    for trap_id, page in plan.traps.items() if findable else ():
        key = "start" if page == "*" else page
        if plan.fault == "partial" and tree.depth(key) >= 2:
            continue
        spec = catalogue()["traps"][trap_id]
        traps.append({"component": spec["component"], "url": plan.base + tree.url(key), "what": spec["what"],
                      "trap": trap_id})
    services = {sid: (plan.services.get(sid, 0) if findable and plan.fault != "partial" else 0) for sid in SERVICES}
    truth = {
        "host": plan.host, "start_url": plan.csv_url, "final_url": plan.base + "/",
        "ags": [m.ags for m in plan.members], "name": plan.name,
        "expected_status": statuses.get(plan.fault, "ok") if plan.fault else "ok",
        "fault": plan.fault, "components": components, "traps": traps, "services": services,
        "cms": plan.style.product, "https": plan.https != "http",
        "checks": {"https": plan.https != "http", "http_redirects_to_https": plan.https in ("hsts", "redirect"),
                   "hsts": plan.https == "hsts", "mobile_viewport": plan.viewport,
                   "security_headers": plan.security_headers, "trackers_before_consent": plan.trackers == "before",
                   "consent_manager": plan.consent},
        "robots_disallow": disallowed_paths(site),
        # depth-1 pages of the start page's main navigation and footer (what a crawl must cover first)
        "chrome": [plan.base + tree.url(k) for k in tree.roots("nav") + tree.roots("footer")] if findable else [],
    }
    if plan.fault == "partial":
        truth["survive"] = sorted(components)
    return truth


def shown_components(plan: SitePlan) -> list[tuple[str, str, bool]]:
    """(component, product, js_only) of each placement, and of the components a variant also shows (a De-Mail
    address is a secure channel too) where the site has no placement of its own for them."""
    shown = [(comp, p.variant["product"], p.js_only) for comp, p in plan.components.items()]
    for comp, p in plan.components.items():
        for other in p.variant.get("also", ()):
            if other not in plan.components:
                shown.append((other, f"{p.variant['product']} ({comp})", p.js_only))
    return shown
