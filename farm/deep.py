"""Large sites: the "deep district" that makes a best-first crawler spend its budget in long lists.

Real towns have a Leistungen A–Z of a few hundred pages (letter pages at depth 3, service pages at depth 4)
and a long news archive, while some components sit on exactly one depth-1 page: De-Mail only on Kontakt,
the council information system only on Politik, the geoportal only on Bauen. Their social profiles are
linked from every page. A crawler that covers the site before it goes deep finds all of them within its
budget; one that follows the best-scoring links alone gets lost in the A–Z list (issue #10, item 5).
Data: deep.yaml.
"""
from __future__ import annotations

import random
import re
from dataclasses import replace
from functools import cache
from importlib import resources

import yaml

from farm.plan import (SERVICES, Placement, SitePlan, catalogue, draw_components, pick_variant, place,
                       plan_services, plan_traps)
from farm.tree import NODES, Node

# CMS styles of the large sites, one per site in turn: nested paths and an id-based shape (iKISS).
STYLES = ("typo3", "gsb", "ikiss", "wordpress")
FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


@cache
def spec() -> dict:
    return yaml.safe_load(resources.files("farm").joinpath("deep.yaml").read_text("utf-8"))


def filler_titles() -> list[str]:
    """Headings of the non-OZG service pages of the A–Z list (the same on every large site)."""
    return [action.format(noun=noun) for noun in spec()["nouns"] for action in spec()["actions"]]


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.translate(FOLD).lower()).strip("-")


def _letter(title: str) -> str:
    return title.translate(FOLD)[0].lower()


def deep_nodes(plan: SitePlan) -> dict[str, Node]:
    """The pages a large site adds to or moves in the common tree: Politik and Bauen in the main navigation,
    one page per initial letter below Leistungen A–Z, every service (OZG and filler) below its letter."""
    nodes = {key: replace(NODES[key], parent="nav") for key in spec()["nav"]}
    services = [(f"leistung:{sid}", SERVICES[sid][0], sid.replace("_", "-")) for sid in plan.services]
    services += [(f"leistung:{_slug(title)}", title, _slug(title)) for title in filler_titles()]
    for key, title, slug in sorted(services, key=lambda s: s[1].translate(FOLD).lower()):
        letter = _letter(title)
        parent = f"buchstabe:{letter}"
        nodes.setdefault(parent, Node(parent, f"Leistungen mit {letter.upper()}", "leistungen", letter))
        nodes[key] = Node(key, title, parent, slug)
    return nodes


def fill_deep(plan: SitePlan, rng: random.Random) -> None:
    """Components (always those of deep.yaml `pages`, on their one page), services, the A–Z tree, traps."""
    pages = spec()["pages"]
    count = rng.randint(len(pages) + 4, 18)
    for comp in draw_components(rng, count, tuple(pages)):
        if comp == "social_media":
            plan.components[comp] = Placement(comp, spec()["social"], pages[comp])
        elif comp in pages:
            plan.components[comp] = Placement(comp, pick_variant(rng, comp, plan), pages[comp])
        else:
            place(rng, plan, comp)
            placement = plan.components[comp]
            if placement.page.startswith("leistung:"):  # not on one of 250 service pages: on a section page
                shallow = [p for p in catalogue()["components"][comp]["pages"] if not p.startswith("leistung:")]
                plan.components[comp] = replace(placement, page=shallow[0])
    plan_services(rng, plan, count / 24)
    plan.extra_nodes = deep_nodes(plan)
    plan_traps(rng, plan)
