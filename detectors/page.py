"""A page as the detectors see it: the artifact the crawler hands over, parsed once with lxml.

The crawler reuses ``ParsedPage.links`` for its own link extraction, so a page is parsed exactly once
on the hot path.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urljoin, urldefrag, urlsplit

import lxml.html
from lxml import etree

SKIP_TEXT_TAGS = {"script", "style", "noscript", "template", "svg"}


@dataclass(slots=True)
class PageArtifact:
    """What a gatherer saw of one page, in one view (static HTML, rendered DOM or network log)."""

    url: str
    html: str  # decoded markup, or plain text for text-only pages
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)  # lower-case names
    content_type: str = "text/html"
    view: str = "static"
    requests: Sequence[str] = ()  # network log: every URL the page requested (rendered view)
    cookies: Sequence[str] = ()  # cookie names set before any interaction
    js_globals: Sequence[str] = ()  # window properties present after the page settled


@dataclass(frozen=True, slots=True)
class Link:
    url: str  # absolute, fragment removed
    text: str  # normalised anchor text (or title/aria-label when the anchor has no text)
    host: str  # lower-case host name, '' for non-http links


@dataclass(frozen=True, slots=True)
class Form:
    action: str  # absolute URL
    method: str
    role: str
    inputs: tuple[tuple[str, str, str, str], ...]  # (type, name, id, class)
    ident: str = ""  # the form's own id and class ("form_kesearch_pi1", "newsletter-signup"): what it is for


@dataclass(slots=True)
class ParsedPage:
    url: str
    title: str = ""
    text: str = ""  # visible text, normalised (see normalise_text)
    links: list[Link] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)  # name/property/http-equiv -> content
    script_srcs: list[str] = field(default_factory=list)
    inline_scripts: list[str] = field(default_factory=list)
    iframes: list[str] = field(default_factory=list)
    forms: list[Form] = field(default_factory=list)
    lang: str = ""
    root: etree._Element | None = None
    refused: str | None = None  # why the markup was not parsed (see markup_refusal)


def normalise_text(text: str) -> str:
    """NFC, middle dot and soft hyphen removed, non-breaking spaces folded, case-folded, spaces collapsed.

    Leichte-Sprache texts write "Barriere·freiheit"; removing U+00B7 lets one pattern match both.
    """
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u00b7", "").replace("\u00ad", "").replace("\u2011", "-").replace("\u00a0", " ")
    return " ".join(text.casefold().split())


_AUTHORITY = re.compile(r"[A-Za-z0-9.:@_~%!$&'()*+,;=-]+")


def _host(url: str) -> str:
    if url.startswith(("https://", "http://")):  # fast path, same result as urlsplit().hostname
        authority = url.split("/", 3)[2]
        if _AUTHORITY.fullmatch(authority):
            return authority.rpartition("@")[2].partition(":")[0].lower()
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


# libxml2 compares each attribute with the others of its element: 1,000 attributes parse in 2 ms, 3,000 in
# 0.2 s, 100,000 (an 890 KB page) in minutes. Tags are linear (200,000 in 1.6 s). Both are counted first.
MAX_TAGS = 150_000
MAX_ATTRIBUTES = 1_000  # per element
_LONG_TAG = re.compile(r"<[^<>]{2000,}")  # segments are disjoint, so the scan is linear
_BLANK_RUNS = re.compile(r"\s+")


def markup_refusal(markup: str) -> str | None:
    """Why this markup is not parsed (its cost would not be bounded), or None. Costs one pass of str.count."""
    tags = markup.count("<")
    if tags > MAX_TAGS:
        return f"the page has {tags:,} tags (limit {MAX_TAGS:,}); not parsed"
    for tag in _LONG_TAG.finditer(markup):
        segment = tag.group()
        attributes = max(segment.count("="), len(_BLANK_RUNS.findall(segment)))
        if attributes > MAX_ATTRIBUTES:
            return f"an element has about {attributes:,} attributes (limit {MAX_ATTRIBUTES:,}); not parsed"
    return None


def parse_page(artifact: PageArtifact) -> ParsedPage:
    """Parse once; never raises on bad markup (an empty ParsedPage is returned for unparsable input, and for
    markup past the limits of ``markup_refusal``)."""
    page = ParsedPage(url=artifact.url)
    markup = artifact.html
    if not markup or not markup.strip():
        return page
    page.refused = markup_refusal(markup)
    if page.refused:
        return page
    if "html" not in artifact.content_type and "<" not in markup[:2000]:
        page.text = normalise_text(markup)
        return page
    try:
        root = lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        try:
            root = lxml.html.document_fromstring(markup.encode("utf-8", "replace"))
        except (etree.ParserError, ValueError):
            return page
    page.root = root
    base = artifact.url
    for b in root.iter("base"):
        href = b.get("href")
        if href:
            base = _safe_join(artifact.url, href) or base
        break
    page.lang = (root.get("lang") or "").strip().lower()
    texts: list[str] = []
    for el in root.iter():
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "a":
            href = el.get("href")
            if href:
                absolute = _safe_join(base, href)
                if absolute:
                    label = el.text_content() or el.get("title") or el.get("aria-label") or ""
                    if not label.strip():
                        img = next(el.iter("img"), None)
                        label = img.get("alt", "") if img is not None else ""
                    page.links.append(Link(absolute, normalise_text(label), _host(absolute)))
        elif tag == "meta":
            key = el.get("name") or el.get("property") or el.get("http-equiv")
            if key:
                page.meta[key.lower()] = el.get("content") or ""
        elif tag == "script":
            src = el.get("src")
            if src:
                absolute = _safe_join(base, src)
                if absolute:
                    page.script_srcs.append(absolute)
            elif el.text:
                page.inline_scripts.append(el.text)
        elif tag == "iframe":
            src = el.get("src") or el.get("data-src")
            if src:
                absolute = _safe_join(base, src)
                if absolute:
                    page.iframes.append(absolute)
        elif tag == "form":
            inputs = tuple(
                (i.get("type", "text").lower(), i.get("name", ""), i.get("id", ""), i.get("class", ""))
                for i in el.iter("input", "textarea", "select", "button")
            )
            action = _safe_join(base, el.get("action") or "") or artifact.url
            ident = " ".join(x for x in (el.get("id"), el.get("class")) if x)
            page.forms.append(Form(action, (el.get("method") or "get").lower(), (el.get("role") or "").lower(), inputs,
                                   ident))
        elif tag == "title" and not page.title:
            page.title = normalise_text(el.text_content() or "")
        if tag not in SKIP_TEXT_TAGS and el.text and isinstance(el.tag, str):
            texts.append(el.text)
        if el.tail and el.getparent() is not None:
            texts.append(el.tail)
    page.text = normalise_text(" ".join(texts))
    return page


_PLAIN = re.compile(r"[A-Za-z0-9/_.~%!$&'()*+,=:@?-]*")  # no whitespace, controls, ';', '#', brackets, backslashes


@lru_cache(maxsize=1024)
def _origin(base: str) -> str | None:
    """``scheme://netloc`` of an http(s) base URL, or None when the fast join does not apply."""
    try:
        parts = urlsplit(base)
    except ValueError:
        return None
    if parts.scheme in ("http", "https") and parts.netloc and base.startswith(parts.scheme + "://"):
        return f"{parts.scheme}://{parts.netloc}"
    return None


def _fast_join(base: str, href: str) -> str | None:
    """The result of ``urldefrag(urljoin(base, href))`` for the common plain hrefs, without urllib's cost.

    Applies to root-relative paths and absolute http(s) URLs made of plain characters, without dot
    segments, doubled slashes or empty query/fragment markers that urljoin would rewrite; None otherwise.
    """
    href = href.split("#", 1)[0] if "#" in href else href
    if not href or href.endswith("?") or not _PLAIN.fullmatch(href):
        return None
    path = href.split("?", 1)[0]
    if href[0] == "/":
        if href.startswith("//") or "//" in path or "/." in path:
            return None
        origin = _origin(base)
        return origin + href if origin else None
    if href.startswith(("https://", "http://")):
        rest = href.split("://", 1)[1]
        if rest and rest[0] not in "/?" and "@" not in rest.split("/", 1)[0]:
            return href
    return None


def _safe_join(base: str, href: str) -> str | None:
    href = href.strip()
    if not href or href.startswith(("javascript:", "data:")):
        return None
    fast = _fast_join(base, href)
    if fast is not None:
        return fast
    try:
        absolute, _ = urldefrag(urljoin(base, href))
    except ValueError:
        return None
    return absolute
