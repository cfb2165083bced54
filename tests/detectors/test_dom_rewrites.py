"""`dom` selectors rewritten for speed find what the selector they replaced found: the same elements on generated
documents built around each rule's words, in every case Python's ``re`` ignores (İ, ı for i; the Kelvin sign for k;
ſ for s), with and without the letters the rewrite tests before its regex or translate()."""
from __future__ import annotations

import random

import lxml.html
import pytest
from lxml import etree

from detectors.page import PageArtifact, parse_page
from detectors.rules import XPATH_NAMESPACES

# accessibility-statement chrome-link before the fifteenth session: a Python regex per ancestor's id and class and
# per anchor of the nearest list, on every page with a bare 'Barrierefreiheit' link
CHROME_LINK_BEFORE = (
    "descendant-or-self::a[contains(., 'arrierefreiheit') or contains(., 'ARRIEREFREIHEIT')]"
    "[translate(normalize-space(.), 'BARIEFHT', 'bariefht') = 'barrierefreiheit']"
    "[not(re:test(@href, '^\\s*(?:[a-z][a-z0-9+.-]*:|//)', 'i'))]"
    "[ancestor::footer or ancestor::*[@role = 'contentinfo'] or ancestor::*[re:test(@id, "
    "'footer|fusszeile|meta-?nav|service-?nav', 'i') or re:test(@class, 'footer|fusszeile|meta-?nav|service-?nav', 'i')]"
    " or ancestor::ul[1]//a[re:test(normalize-space(.), '^(?:impressum|datenschutz|datenschutzerklärung|sitemap|kontakt|"
    "suche|inhaltsverzeichnis|leichte sprache|gebärdensprache)$', 'i')]]"
)
LABELS = ("Barrierefreiheit", "BARRIEREFREIHEIT", "barrierefreiheit", " Barrierefreiheit\n", "Barriere<wbr>freiheit",
          "<span>Barrierefreiheit</span>", "Erklärung zur Barrierefreiheit", "BarrierefreiHeit", "Barriere freiheit")
NEIGHBOURS = ("Impressum", "İmpressum", "ımpressum", "IMPRESSUM", "\u212aontakt", "Kontakt", "ſuche", "Suche ", " suche",
              "xSuche", "Suchen", "Datenschutzerklärung", "DATENSCHUTZERKLÄRUNG", "Datenschutz", "Leichte  Sprache",
              "Leichte Sprache x", "Gebärdensprache", "Sitemap", "Inhaltsverzeichnis", "Rathaus", "Kultur", "", "Lageplan")
CONTAINERS = ("footer", "fusszeile", "FOOTER", "Site-Footer", "fusſzeile", "fusszeİle", "metanav", "Meta-Nav", "META_NAV",
              "ſervice-nav", "SERVICE-NAV", "servicenav", "servıce-nav", "mainnav", "content", "offer", "nav")
# chat-keywords before the fifteenth session: translate() on the id and class of every div, iframe and button
CHAT_BEFORE = (
    "(//div | //iframe | //button)[contains(translate(@id, 'CHAT', 'chat'), 'chat') or contains(translate(@class, 'CHAT', "
    "'chat'), 'chat')][re:test(@id, '^.{0,60}\\b(?:chatbot|webchat|chat-widget|chatwidget)\\b', 'i') or "
    "re:test(@class, '^.{0,60}\\b(?:chatbot|webchat|chat-widget|chatwidget)\\b', 'i')]"
)
CHAT_VALUES = ("chatbot", "CHATBOT", "cHatBot", "ChAtbot", "webchat", "WEBCHAT-box", "x chat-widget", "chatwidget2",
               "chat_widget", "chat", "header", "hidden", "c-h-a-t", "", "a" * 58 + " chatbot", "a" * 61 + " chatbot",
               "live-chat chatbot--open", "kontakt")
HREFS = ("/barrierefreiheit/", "https://x.de/barrierefreiheit", " //x.de/b", "mailto:a@b.de", "\u2003http://x.de/",
         "index.php?id=3", None)


def _document(rng: random.Random) -> str:
    """A page with a few 'Barrierefreiheit' links in lists, footers, role=contentinfo and named containers."""
    parts = []
    for _ in range(rng.randint(1, 4)):
        href = rng.choice(HREFS)
        anchor = f'<a{"" if href is None else f" href={chr(34)}{href}{chr(34)}"}>{rng.choice(LABELS)}</a>'
        items = [f"<li><a href='/x'>{rng.choice(NEIGHBOURS)}</a></li>" for _ in range(rng.randint(0, 4))]
        items.insert(rng.randint(0, len(items)), f"<li>{anchor}</li>")
        block = f"<ul>{''.join(items)}</ul>" if rng.random() < 0.8 else anchor
        outer = rng.choice(("div", "div", "nav", "footer", "section"))
        attribute = rng.choice(("id", "class", "role", "data-x"))
        value = "contentinfo" if attribute == "role" and rng.random() < 0.5 else rng.choice(CONTAINERS)
        parts.append(f'<{outer} {attribute}="{value}"><div class="inner">{block}</div></{outer}>')
    return f"<html><body><main><p>Text</p>{''.join(parts)}</main></body></html>"


def _chat_document(rng: random.Random) -> str:
    """Divs, iframes, buttons and spans with ids and classes around the chat words."""
    elements = []
    for _ in range(rng.randint(1, 5)):
        tag = rng.choice(("div", "iframe", "button", "span"))
        attributes = "".join(f' {name}="{rng.choice(CHAT_VALUES)}"' for name in ("id", "class") if rng.random() < 0.6)
        elements.append(f"<{tag}{attributes}>x</{tag}>")
    return f"<html><body><main>{''.join(elements)}</main></body></html>"


@pytest.mark.parametrize("pattern_id, before, document", [
    ("accessibility-statement/dom/chrome-link", CHROME_LINK_BEFORE, _document),
    ("chat-keywords/dom/628350b3", CHAT_BEFORE, _chat_document),
])
def test_rewritten_selector_finds_what_it_replaced(engine, pattern_id, before, document):
    selector = next(p.selector for p in engine.patterns if p.id == pattern_id)
    assert selector.path != before  # the rewrite is in place (its old path is the reference)
    reference = etree.XPath(before, namespaces=XPATH_NAMESPACES)
    rng = random.Random(15)
    found = 0
    for _ in range(1500):
        root = parse_page(PageArtifact("https://www.m.de/", document(rng))).root
        expected = reference(root)
        assert selector(root) == expected, lxml.html.tostring(root, encoding=str)
        found += bool(expected)
    assert 300 < found < 1200  # both outcomes are exercised
