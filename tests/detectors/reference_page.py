"""The plain reading of a page that ``detectors.page.parse_page`` must agree with, field for field.

It is the walk parse_page did before its fast paths: lxml.html's own parser and element classes, one
Python visit per element, ``text_content`` for link labels, urllib for every join and host, and a
per-text normalisation. Slow and obviously right; used by the tests and by ``bench/detector_speed.py``.
"""
from __future__ import annotations

import re
import unicodedata
from urllib.parse import urldefrag, urljoin, urlsplit

import lxml.html
from lxml import etree

from detectors.page import (LABEL_MAX, LINK_ATTRIBUTES, MAX_ATTRIBUTES, MAX_TAGS, SKIP_TEXT_TAGS, Form, Link, PageArtifact, ParsedPage,
                            parse_page)


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u00b7", "").replace("\u00ad", "").replace("\u2011", "-").replace("\u00a0", " ")
    return " ".join(text.casefold().split())


def join(base: str, href: str) -> str | None:
    href = href.strip()
    if not href or href.startswith(("javascript:", "data:")):
        return None
    try:
        return urldefrag(urljoin(base, href))[0]
    except ValueError:
        return None


def host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def refused(markup: str) -> bool:
    if markup.count("<") > MAX_TAGS:
        return True
    for tag in re.finditer(r"<[^<>]{2000,}", markup):
        if max(tag.group().count("="), len(re.findall(r"\s+", tag.group()))) > MAX_ATTRIBUTES:
            return True
    return False


def reference_parse(artifact: PageArtifact) -> ParsedPage:
    """The ParsedPage of the plain walk (``refused`` only says whether, not why: its wording is not compared)."""
    page = ParsedPage(url=artifact.url)
    markup = artifact.html
    if not markup or not markup.strip():
        return page
    if refused(markup):
        page.refused = "refused"
        return page
    if "html" not in artifact.content_type and "<" not in markup[:2000]:
        page.text = normalise(markup)
        return page
    try:
        root = lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        try:
            root = lxml.html.document_fromstring(markup.encode("utf-8", "replace"))
        except (etree.ParserError, ValueError):
            return page
    page.root = root
    bases = [b.get("href") for b in root.iter("base")][:1]
    base = (join(artifact.url, bases[0]) or artifact.url) if bases and bases[0] else artifact.url
    page.lang = (root.get("lang") or "").strip().lower()
    texts: list[str] = []
    for el in root.iter():
        if isinstance(el.tag, str):
            visit(page, el, base)
            if el.tag not in SKIP_TEXT_TAGS and el.text:
                texts.append(el.text)
        if el.tail and el.getparent() is not None:
            texts.append(el.tail)
    page.text = normalise(" ".join(texts))
    for el in root.iter("a"):  # then the targets of javascript: hrefs
        if (el.get("href") or "").strip().lower().startswith("javascript:"):
            add_links(page, base, script_targets(el.get("href") or ""), label(el))
    for el in root.iter():  # then the links told by attributes
        if isinstance(el.tag, str):
            for name, value in el.attrib.items():
                text = el.text_content().strip()
                images = list(el.iter("img"))
                add_links(page, base, attribute_targets(name, value),
                          (text if len(text) <= LABEL_MAX else "") or el.get("title") or el.get("aria-label")
                          or el.get("value") or (images[0].get("alt", "") if images else ""))
    return page


def add_links(page: ParsedPage, base: str, targets: list[str], text: str) -> None:
    for target in targets:
        url = join(base, target)
        if url:
            page.links.append(Link(url, normalise(text), host(url)))


def label(el: etree._Element) -> str:
    """An anchor's label: its text, title or aria-label, else its first image's alt text."""
    text = el.text_content() or el.get("title") or el.get("aria-label") or ""
    if not text.strip():
        images = list(el.iter("img"))
        text = images[0].get("alt", "") if images else ""
    return text


def script_targets(script: str) -> list[str]:
    """Quoted pages or URLs that window.open / a location assignment loads."""
    found = re.findall(r"""(?:\blocation(?:\.href)?\s*=\s*|\blocation\.(?:assign|replace)\(\s*|\bopen\(\s*)(['"])\s*"""
                       r"""([^'"\s]+)\s*\1""", script)
    return [url for _, url in found if looks_like_page(url)]


def looks_like_page(value: str) -> bool:
    return value.lower().startswith(("http://", "https://", "/")) and not any(c.isspace() for c in value) \
        or re.fullmatch(r"[\w./-]+\.(?:html?|php|aspx?)(?:[?#]\S*)?", value, re.IGNORECASE) is not None


def attribute_targets(name: str, value: str) -> list[str]:
    if name == "onclick":
        return script_targets(value)
    if name in LINK_ATTRIBUTES:
        return [value.strip()] if looks_like_page(value.strip()) else []
    return []


def visit(page: ParsedPage, el: etree._Element, base: str) -> None:
    """What one element adds to the page besides its text."""
    attr = el.get
    if el.tag == "a" and attr("href") and join(base, attr("href")):
        url = join(base, attr("href")) or ""
        page.links.append(Link(url, normalise(label(el)), host(url)))
    elif el.tag == "area" and attr("href") and join(base, attr("href")):
        url = join(base, attr("href")) or ""
        page.links.append(Link(url, normalise(attr("alt") or attr("title") or attr("aria-label") or ""), host(url)))
    elif el.tag == "frame" and attr("src") and join(base, attr("src")):
        url = join(base, attr("src")) or ""
        page.links.append(Link(url, normalise(attr("title") or attr("name") or ""), host(url)))
    elif el.tag == "option" and jump_menu_link(el) and join(base, (attr("value") or "").strip()):
        url = join(base, (attr("value") or "").strip()) or ""
        page.links.append(Link(url, normalise(el.text_content()), host(url)))
    elif el.tag == "meta" and (attr("name") or attr("property") or attr("http-equiv")):
        page.meta[(attr("name") or attr("property") or attr("http-equiv") or "").lower()] = attr("content") or ""
    elif el.tag == "script" and attr("src"):
        page.script_srcs.extend(u for u in [join(base, attr("src") or "")] if u)
    elif el.tag == "script" and el.text:
        page.inline_scripts.append(el.text)
    elif el.tag == "iframe" and (attr("src") or attr("data-src")):
        page.iframes.extend(u for u in [join(base, attr("src") or attr("data-src") or "")] if u)
    elif el.tag == "form":
        fields = tuple((i.get("type", "text").lower(), i.get("name", ""), i.get("id", ""), i.get("class", ""))
                       for i in el.iter("input", "textarea", "select", "button"))
        page.forms.append(Form(join(base, attr("action") or "") or page.url, (attr("method") or "get").lower(),
                               (attr("role") or "").lower(), fields, " ".join(filter(None, (attr("id"), attr("class"))))))
    elif el.tag == "title" and not page.title:
        page.title = normalise(el.text_content() or "")
    elif el.tag in ("h1", "h2"):
        page.headings.append(el)


def jump_menu_link(option: etree._Element) -> bool:
    """An option whose value is a URL or a page, in a <select onchange> (directly or in an <optgroup>)."""
    value = (option.get("value") or "").strip()
    select = option.getparent()
    if select is not None and select.tag == "optgroup":
        select = select.getparent()
    return bool(value) and looks_like_page(value) and select is not None and select.tag == "select" \
        and bool(select.get("onchange"))


def same_reading(artifact: PageArtifact) -> str | None:
    """The first field in which parse_page and the reference disagree on this page, or None."""
    fast, plain = parse_page(artifact), reference_parse(artifact)
    for name in ("title", "text", "links", "meta", "script_srcs", "inline_scripts", "iframes", "forms", "lang"):
        if getattr(fast, name) != getattr(plain, name):
            return name
    if [_where(h) for h in fast.headings] != [_where(h) for h in plain.headings]:
        return "headings"
    if (fast.refused is None) != (plain.refused is None) or (fast.root is None) != (plain.root is None):
        return "refused"
    return None


def _where(el: etree._Element) -> tuple[str, int | None, str]:
    """A heading as two parses of one page can compare it: its tag, line and text."""
    return el.tag, el.sourceline, el.text_content()
