"""OZG service levels: is this page a basket service's page, and how far online does it go (L1–L3)?

Runs on the crawler's hot path, so it looks at the title and h1/h2 headings first (a handful of short
strings) and only walks the content of pages whose headings name a service. A service is recognised
only in headings: a news item or a page that merely mentions "Briefwahl" in its text is not the
Briefwahl page. Keywords, phrases and hosts are data (``services.json``); only generic structure is code.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from urllib.parse import urljoin, urlsplit

from lxml import etree

from detectors.model import ServiceObservation
from detectors.page import PageArtifact, ParsedPage, element_text, fast_join, normalise_text, url_host

# Page furniture: links here (global navigation, "Online-Dienste" in the header) are not the service's.
FURNITURE_TAGS = frozenset({"nav", "header", "footer", "aside", "script", "style", "noscript", "template", "svg"})
# [@role] and [@id] first: libxml2 then compares values only on elements that have the attribute (2.5x faster)
_CONTENT_ROOT = etree.XPath(
    "(//main | //*[@role][@role='main'] | //*[@id][@id='content' or @id='main' or @id='inhalt'"
    " or @id='maincontent' or @id='main-content'])[1]")
_NON_WORD = re.compile(r"[\W_]+")
EVIDENCE_MAX = 200


def fold(text: str) -> str:
    """normalise_text, then every run of non-letters/digits one space: "Online-Antrag" == "online antrag"."""
    return _NON_WORD.sub(" ", normalise_text(text)).strip()


@dataclass(frozen=True, slots=True)
class _Service:
    id: str
    keywords: tuple[tuple[str, ...], ...]  # each: word prefixes that must all start some heading word
    exclude: tuple[str, ...]

    def named_in(self, words: tuple[str, ...]) -> bool:
        def has(prefix: str) -> bool:
            return any(w.startswith(prefix) for w in words)

        return not any(has(x) for x in self.exclude) and any(all(has(p) for p in kw) for kw in self.keywords)


@dataclass(frozen=True, slots=True)
class _Rules:
    services: tuple[_Service, ...]
    any_keyword: re.Pattern  # prefilter: a heading without the first word of any keyword names no service
    description_words: tuple[str, ...]
    description_min_chars: int
    form_extensions: tuple[str, ...]
    form_words: tuple[str, ...]
    assistant_phrases: tuple[str, ...]
    online_phrases: tuple[str, ...]
    not_application_phrases: tuple[str, ...]
    portal_host_labels: frozenset[str]
    portal_paths: tuple[str, ...]
    not_application_hosts: tuple[str, ...]
    news_path_segments: frozenset[str]
    news_class_words: tuple[str, ...]


@cache
def rules() -> _Rules:
    data = json.loads(resources.files("detectors").joinpath("services.json").read_text("utf-8"))

    def folded(key: str) -> tuple[str, ...]:
        return tuple(fold(x) for x in data[key])

    services = tuple(_Service(sid, tuple(tuple(fold(k).split()) for k in s["keywords"]),
                              tuple(fold(x) for x in s.get("exclude", ())))
                     for sid, s in data["services"].items())
    firsts = sorted({kw[0] for s in services for kw in s.keywords}, key=len, reverse=True)
    return _Rules(
        services=services,
        any_keyword=re.compile(r"(?:^| )(?:" + "|".join(map(re.escape, firsts)) + ")"),
        description_words=folded("description_words"),
        description_min_chars=data["description_min_chars"],
        form_extensions=tuple(data["form_extensions"]),
        form_words=folded("form_words"),
        assistant_phrases=folded("assistant_phrases"),
        online_phrases=folded("online_phrases"),
        not_application_phrases=folded("not_application_phrases"),
        portal_host_labels=frozenset(data["portal_host_labels"]),
        portal_paths=tuple(data["portal_paths"]),
        not_application_hosts=tuple(data["not_application_hosts"]),
        news_path_segments=frozenset(data["news_path_segments"]),
        news_class_words=tuple(data["news_class_words"]),
    )


@dataclass(frozen=True, slots=True)
class _Link:
    url: str
    text: str  # folded
    host: str
    path: str


@dataclass(slots=True)
class _Scope:
    """The content that belongs to a service heading: its links, upload forms and folded text."""

    links: list[_Link]
    upload_actions: list[str]
    text: str


def classify_page(parsed: ParsedPage, artifact: PageArtifact, site_domain: str | None) -> list[ServiceObservation]:
    """The best observed level per service whose page (or h2 section) this is; [] for most pages."""
    if parsed.root is None or artifact.status >= 400:
        return []
    r = rules()
    # cheap first: which headings name a service at all; page furniture (a sidebar teaser) does not count
    named_headings = [(h, named) for h in parsed.headings
                      if (named := _named(r, [element_text(h)])) and not _in_furniture(h)]
    page_named = _named(r, [element_text(h) for h, _ in named_headings if h.tag == "h1"] + [parsed.title])
    sections = [(h, named) for h, named in named_headings if h.tag == "h2"]
    if not page_named and not sections:
        return []
    if _is_news_page(r, parsed):
        return []
    domain = (site_domain or url_host(parsed.url).removeprefix("www.")).lower()
    best: dict[str, ServiceObservation] = {}
    if page_named:
        page_scope = _collect([_content_root(parsed.root)], parsed.url)
        for sid, heading in page_named.items():
            _keep(best, _observe(r, sid, heading, page_scope, parsed.url, domain))
    for h2, named in sections:
        if _in_news_container(r, h2):
            continue
        scope = _collect(_section(h2), parsed.url)
        for sid, heading in named.items():
            _keep(best, _observe(r, sid, heading, scope, parsed.url, domain))
    return list(best.values())


def best_levels(observations: Iterable[ServiceObservation]) -> dict[str, ServiceObservation]:
    """Site level: the highest level per service; a tie goes to the smaller page URL (then evidence), so
    the evidence shown does not depend on the order a concurrent crawl met the pages in."""
    best: dict[str, ServiceObservation] = {}
    for obs in observations:
        held = best.get(obs.service_id)
        if held is None or (-obs.level, obs.url, obs.evidence) < (-held.level, held.url, held.evidence):
            best[obs.service_id] = obs
    return best


def _keep(best: dict[str, ServiceObservation], obs: ServiceObservation | None) -> None:
    if obs is not None and (obs.service_id not in best or obs.level > best[obs.service_id].level):
        best[obs.service_id] = obs


def _named(r: _Rules, headings: list[str]) -> dict[str, str]:
    """Service id -> the heading that names it (first heading wins)."""
    found: dict[str, str] = {}
    for heading in headings:
        folded = fold(heading)
        if r.any_keyword.search(folded):
            words = tuple(folded.split())
            for s in r.services:
                if s.id not in found and s.named_in(words):
                    found[s.id] = " ".join(heading.split())
    return found


def _observe(r: _Rules, sid: str, heading: str, scope: _Scope, page_url: str, domain: str) -> ServiceObservation | None:
    """L3 online application, else L2 form, else L1 description; None when the page says nothing."""
    for link in scope.links:
        if _is_online_application(r, link, domain):
            return ServiceObservation(sid, 3, page_url, _evidence(link))
    if scope.upload_actions:
        return ServiceObservation(sid, 3, page_url, _clip(f"Formular mit Datei-Upload -> {scope.upload_actions[0]}"))
    for link in scope.links:
        if _is_form(r, link):
            return ServiceObservation(sid, 2, page_url, _evidence(link))
    if _describes(r, scope.text):
        return ServiceObservation(sid, 1, page_url, _clip(f"Überschrift: {heading}"))
    return None


def _is_online_application(r: _Rules, link: _Link, domain: str) -> bool:
    if not link.host or link.path.endswith(r.form_extensions) or _has(link.text, r.assistant_phrases):
        return False
    if not _has(link.text, r.online_phrases) or _has(link.text, r.not_application_phrases):
        return False
    if any(_within(link.host, h) for h in r.not_application_hosts):
        return False
    off_site = not _within(link.host, domain)
    portal_host = any(label in r.portal_host_labels for label in link.host.split("."))
    return off_site or portal_host or link.path.startswith(r.portal_paths)


def _within(host: str, domain: str) -> bool:
    return host == domain or host.endswith("." + domain)


def _is_form(r: _Rules, link: _Link) -> bool:
    if _has(link.text, r.assistant_phrases):
        return True
    if not link.path.endswith(r.form_extensions):
        return False
    filename = fold(link.path.rsplit("/", 1)[-1])
    return any(w in link.text or w in filename for w in r.form_words)


def _describes(r: _Rules, text: str) -> bool:
    return len(text) >= r.description_min_chars or any(w in text for w in r.description_words)


def _has(text: str, phrases: tuple[str, ...]) -> bool:
    padded = f" {text} "
    return any(f" {p}" in padded for p in phrases)


def _is_news_page(r: _Rules, parsed: ParsedPage) -> bool:
    segments = {s.lower() for s in urlsplit(parsed.url).path.split("/") if s}
    if segments & r.news_path_segments:
        return True
    if any("NewsArticle" in s or "BlogPosting" in s for s in parsed.inline_scripts):
        return True
    return any(_in_news_container(r, h) for h in parsed.headings if h.tag == "h1")


def _in_furniture(el: etree._Element) -> bool:
    return any(anc.tag in FURNITURE_TAGS for anc in el.iterancestors())


def _in_news_container(r: _Rules, el: etree._Element) -> bool:
    """Inside a dated <article> or a block whose class/id says news/teaser: an item, not a service page."""
    for anc in el.iterancestors():
        if anc.tag == "article" and next(anc.iter("time"), None) is not None:
            return True
        marker = f"{anc.get('class', '')} {anc.get('id', '')}".lower()
        if any(w in marker for w in r.news_class_words):
            return True
    return False


def _content_root(root: etree._Element) -> etree._Element:
    found = _CONTENT_ROOT(root)
    if found:
        return found[0]
    body = root.find("body")
    return body if body is not None else root


def _section(heading: etree._Element) -> list[etree._Element]:
    """An h2's section: the siblings after it up to the next h1/h2 (climbing out of a lone wrapper)."""
    node = heading
    for _ in range(2):
        if node.getnext() is not None or node.getparent() is None:
            break
        node = node.getparent()
    section = []
    for sib in node.itersiblings():
        if not isinstance(sib.tag, str):
            continue
        if sib.tag in ("h1", "h2") or next(sib.iter("h1", "h2"), None) is not None:
            break
        section.append(sib)
    return section


def _collect(elements: list[etree._Element], base: str) -> _Scope:
    """Walk the elements in document order, skipping page furniture subtrees: each element's text, then the
    tails of its children (before their own texts), its link or upload form."""
    scope = _Scope([], [], "")
    texts: list[str] = []
    stack = list(reversed(elements))
    while stack:
        el = stack.pop()
        tag = el.tag
        if tag.__class__ is not str or tag in FURNITURE_TAGS:
            continue
        if text := el.text:
            texts.append(text)
        children = el[:]
        texts.extend(tail for child in children if (tail := child.tail))
        stack.extend(reversed(children))
        if tag == "a":
            href = el.get("href")
            link = _link(base, el, href) if href else None
            if link is not None:
                scope.links.append(link)
        elif tag == "form" and (el.get("method") or "").lower() == "post":
            if any((i.get("type") or "").lower() == "file" for i in el.iter("input")):
                scope.upload_actions.append(urljoin(base, el.get("action") or ""))
    scope.text = fold(" ".join(texts))
    return scope


def _link(base: str, anchor: etree._Element, href: str) -> _Link | None:
    href = href.strip()
    url = fast_join(base, href)  # a plain http(s) URL (most links): host and path without urllib
    if url is not None:
        rest = url.split("/", 3)
        host, path = url_host(url), ("/" + rest[3].split("?", 1)[0] if len(rest) == 4 else "")
    else:
        try:
            url = urljoin(base, href).split("#", 1)[0]
            parts = urlsplit(url)
            host = (parts.hostname or "").lower() if parts.scheme in ("http", "https") else ""
        except ValueError:
            return None
        path = parts.path
    label = element_text(anchor) or anchor.get("title") or anchor.get("aria-label") or ""
    return _Link(url, fold(label), host, path.lower())



def _evidence(link: _Link) -> str:
    return _clip(f"{link.text} -> {link.url}")


def _clip(text: str) -> str:
    return text[:EVIDENCE_MAX]
