"""The page tree of a municipal site: which pages exist, their URLs and their click depth.

Pages hang off the main navigation, the footer or the start page's news teaser (depth 1) or off another
page (parent depth + 1). Every page links to its children and to all navigation and footer pages, so the
depth here is exactly the shortest click path a breadth-first crawler finds (the tests check this).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from farm.layout import normalise_target
from farm.plan import SERVICES, SitePlan, catalogue

ROOTS = ("nav", "footer", "teaser")


@dataclass(frozen=True, slots=True)
class Node:
    key: str
    title: str
    parent: str | None  # a page key, one of ROOTS, or None for the start page and unlinked pages
    slug: str
    always: bool = False
    path: str | None = None  # fixed URL path, independent of the CMS style


_NODES = [
    Node("start", "Startseite", None, "", True, "/"),
    Node("rathaus", "Rathaus & Politik", "nav", "rathaus", True),
    Node("buergerservice", "Bürgerservice", "nav", "buergerservice", True),
    Node("aktuelles", "Aktuelles", "nav", "aktuelles", True),
    Node("leben", "Leben & Freizeit", "nav", "leben", True),
    Node("wirtschaft", "Wirtschaft & Bauen", "nav", "wirtschaft", True),
    Node("kontakt", "Kontakt", "footer", "kontakt", True),
    Node("impressum", "Impressum", "footer", "impressum"),
    Node("datenschutz", "Datenschutz", "footer", "datenschutz"),
    Node("barrierefreiheit", "Barrierefreiheit", "footer", "barrierefreiheit"),
    Node("leichte-sprache", "Leichte Sprache", "footer", "leichte-sprache"),
    Node("gebaerdensprache", "Gebärdensprache", "footer", "gebaerdensprache"),
    Node("politik", "Politik & Gremien", "rathaus", "politik", True),
    Node("verwaltung", "Verwaltung & Ämter", "rathaus", "verwaltung", True),
    Node("stellen", "Stellenangebote", "rathaus", "stellenangebote", True),
    Node("digitalisierung", "Digitalisierung", "rathaus", "digitalisierung"),
    Node("beteiligung", "Bürgerbeteiligung", "rathaus", "buergerbeteiligung"),
    Node("e-kommunikation", "Elektronische Kommunikation", "rathaus", "elektronische-kommunikation"),
    Node("leistungen", "Leistungen A–Z", "buergerservice", "leistungen-a-z", True),
    Node("online-dienste", "Online-Dienste", "buergerservice", "online-dienste"),
    Node("termine", "Online-Terminvereinbarung", "buergerservice", "online-termine"),
    Node("formulare", "Formulare", "buergerservice", "formulare"),
    Node("maengelmelder", "Mängelmelder", "buergerservice", "maengelmelder"),
    Node("bezahlen", "Online bezahlen", "buergerservice", "online-bezahlen"),
    Node("termin-info", "Terminvereinbarung", "buergerservice", "", path="/terminvereinbarung/termin-vereinbaren/"),
    Node("veranstaltungen", "Veranstaltungen", "leben", "veranstaltungen", True),
    Node("stadtplan", "Stadtplan", "leben", "stadtplan"),
    Node("webmap", "Stadtplan-App", "stadtplan", "", path="/stadtplan/app.html"),
    Node("apps", "Apps", "leben", "apps"),
    Node("opendata", "Open Data", "leben", "open-data"),
    Node("newsletter", "Newsletter", "aktuelles", "newsletter"),
    Node("bauen", "Bauen & Wohnen", "wirtschaft", "bauen", True),
    Node("bebauungsplaene", "Bebauungspläne", "bauen", "bebauungsplaene"),
    Node("meldung-chatbot", "Nachbarstadt startet Chatbot", "teaser", "meldung-chatbot"),
    Node("meldung-demail", "Was ist eigentlich De-Mail?", "teaser", "meldung-de-mail"),
    Node("meldung-bus", "Barrierefreie Bushaltestellen", "teaser", "meldung-bushaltestellen"),
    Node("suche", "Suche", None, "suche", True),
]
NODES = {n.key: n for n in _NODES}
NUMBERS = {key: 10 + i for i, key in enumerate(NODES)}  # per-page ids for id-based CMS URLs
NEWS_PER_PAGE = 10


def service_node(sid: str) -> Node:
    return Node(f"leistung:{sid}", SERVICES[sid][0], "leistungen", sid.replace("_", "-"))


class SiteTree:
    """Existing pages of one site with URLs, depths and the reverse URL lookup."""

    def __init__(self, plan: SitePlan):
        self.plan = plan
        keys = {k for k, n in NODES.items() if n.always} | set(plan.extra_nodes)
        keys |= {p.page for p in plan.components.values() if p.page != "*"}
        keys |= set(plan.traps.values()) - {"*"}
        keys |= {k for t in plan.traps for k in catalogue()["traps"][t].get("extra_pages", ())}
        keys |= {k for p in plan.components.values() for k in p.variant.get("extra_pages", ())}
        keys |= {f"leistung:{sid}" for sid in plan.services}
        self.nodes: dict[str, Node] = {}
        for key in sorted(keys):
            while key and key not in ROOTS and key not in self.nodes:
                node = self._node(key)
                self.nodes[key] = node
                key = node.parent or ""
        self.nodes = {k: self.nodes[k] for k in sorted(self.nodes, key=_order)}

    def _node(self, key: str) -> Node:
        if key in self.plan.extra_nodes:
            return self.plan.extra_nodes[key]
        return service_node(key.split(":", 1)[1]) if key.startswith("leistung:") else NODES[key]

    def depth(self, key: str) -> int:
        node = self.nodes[key]
        if node.parent is None:
            return 0
        return 1 if node.parent in ROOTS else self.depth(node.parent) + 1

    def path(self, key: str) -> str:
        node = self.nodes[key]
        if node.parent in self.nodes:
            return f"{self.path(node.parent)}/{node.slug}"
        return node.slug

    def url(self, key: str) -> str:
        node = self.nodes[key]
        if node.path:
            return node.path
        return self.plan.style.page_url(self.path(key), self._number(key))

    def _number(self, key: str) -> int:
        """Per-page id for id-based CMS URLs: common pages, OZG services, then a large site's own pages."""
        if key in NUMBERS:
            return NUMBERS[key]
        sid = key.split(":", 1)[1] if key.startswith("leistung:") else ""
        if sid in SERVICES:
            return 100 + list(SERVICES).index(sid)
        return 200 + list(self.plan.extra_nodes).index(key)

    def children(self, key: str) -> list[str]:
        return [k for k, n in self.nodes.items() if n.parent == key]

    def roots(self, root: str) -> list[str]:
        return [k for k, n in self.nodes.items() if n.parent == root]

    @cached_property
    def by_url(self) -> dict[str, str]:
        return {normalise_target(self.url(k)): k for k in self.nodes}

    @cached_property
    def numbered(self) -> list[tuple[str, re.Pattern[str]]]:
        file_re = re.compile(re.escape(self.plan.style.file.split("{name}")[0]) + r"([\w.-]+\.(?:pdf|docx|cer|csv|mp4|xml))")
        return self.plan.style.parse_numbered() + [("file", file_re)]

    def resolve(self, target: str) -> tuple[str, str] | None:
        """Map a request target to (kind, key): kind is page, article, archive or file."""
        target = normalise_target(target)
        if target in self.by_url:
            return "page", self.by_url[target]
        for kind, pattern in self.numbered:
            match = pattern.match(target)
            if match:
                return kind, match.group(1)
        return None


def _order(key: str) -> tuple[int, str]:
    return (list(NODES).index(key), "") if key in NODES else (len(NODES), key)
