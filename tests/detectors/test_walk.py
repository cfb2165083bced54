"""The compiled part of parse_page (detectors/_walk.pyx) reads every page exactly as its Python reference does: the
visible text (its ASCII blanks written as one space, which normalisation splits at anyway), the readable text and its
case folding, the named elements' hrefs, labels, meta, scripts, frames, forms, base, titles and headings, the
normalised labels, and the markup's limits and link attributes."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import lxml.html
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from bench.detector_speed import synth_page
from detectors import page
from detectors.casing import casefold
from detectors.page import (_LINK_BYTES, _gather_named, _normalise, _normalise_all, _python_limits, _tags_and_stretches, _text_pieces,
                            _narrow, _unify, ascii_bytes, narrow_bytes, parse_tree)
from detectors.scan import FOLDED_ASCII

from .test_one_pass import farm_pages, fixture_pages

REPO = Path(__file__).resolve().parents[2]
REALPAGES = REPO.parent / "shared" / "realpages"
ASCII_BLANKS = re.compile("[\t\n\x0b\x0c\r\x1c-\x1f ]+")  # what str.split() splits at, of ASCII


def test_the_walk_is_built():
    """gcc is on every machine and `make install` builds the walk: a parse_page without it is a bug, not a skip."""
    assert page._walk is not None, ("detectors/_walk is not built, or built from an older _walk.pyx: `make install` "
                                    "builds it; in place: `python setup.py build_ext --inplace` with Cython and "
                                    "setuptools>=77 importable")


def assert_same_walks(root: etree._Element) -> bool:
    """Whether the readable text was written in C (else it was left to Python: see ``_walk._fold_table``)."""
    text = " ".join(_text_pieces(root))
    compiled = page.page_text(root)
    assert compiled == ASCII_BLANKS.sub(" ", text).strip(" ")
    readable = " ".join(_unify(text).split())
    assert " ".join(_unify(compiled).split()) == readable
    texts = page._walk.page_texts(root)
    assert texts in (None, (readable, casefold(readable)))
    named = page.gather_named(root)
    assert named == _gather_named(root)
    assert_same_normalised(named.labels + named.titles)
    return texts is not None


def assert_same_normalised(texts: list[str]) -> None:
    """Each text normalised in C (where it is not left to Python) and all of them at once (``_normalise_all``)."""
    reference = [_normalise(text) for text in texts]
    assert all(page._walk.normalise(text) in (None, expected) for text, expected in zip(texts, reference))
    assert _normalise_all(texts) == reference


def assert_same_limits(markup: str) -> None:
    assert page.markup_limits(markup) == _python_limits(markup)
    assert narrow_bytes(markup, FOLDED_ASCII) == _narrow(markup, FOLDED_ASCII)


def assert_same_on(markups: list[str]) -> int:
    """How many pages' readable text was written in C."""
    compiled = 0
    for markup in markups:
        assert_same_limits(markup)
        root = parse_tree(markup)
        assert root is not None
        compiled += assert_same_walks(root)
    return compiled


def assert_same_on_files(paths: list[Path]) -> None:
    """Each file decoded as the crawler would, and its bytes as they are (libxml2 decodes those itself). Nearly
    every page's text is written in C: a table that left much to Python would go unnoticed otherwise."""
    assert assert_same_on([path.read_text("utf-8", "replace") for path in paths]) >= 0.95 * len(paths)
    for path in paths:
        assert_same_walks(lxml.html.document_fromstring(path.read_bytes(), parser=page._PARSER))


def test_the_fixtures_and_real_sized_pages():
    markups = [artifact.html for artifact in fixture_pages()]
    assert assert_same_on(markups) >= 0.95 * len(markups)
    assert_same_on_files(sorted((REPO / "tests/detectors/fixtures").rglob("*.html")))
    assert assert_same_on([synth_page(seed, kb)[1] for seed, kb in ((1, 100), (2, 200), (3, 300))]) == 3


def test_the_blind_districts():
    paths = sorted((REPO / "tests/farm/fixtures").glob("blinddistrict*/**/sites/**/*.html"))
    assert len(paths) > 1000
    assert_same_on_files(paths)


@pytest.mark.skipif(not REALPAGES.is_dir(), reason="the shared real pages are not mounted")
def test_the_real_pages():
    """The real pages of ../shared/realpages, read in place."""
    paths = sorted(REALPAGES.glob("*.html"))
    assert paths
    assert_same_on_files(paths)


@pytest.mark.slow  # seconds: every page of 20 simulated sites
def test_the_simulated_web():
    assert_same_on([artifact.html for artifact in farm_pages()])


def test_what_each_walk_reads():
    """One page of every kind of node the HTML parser makes: a tail before its element's children's text, comments
    (also what a PI or CDATA section becomes in HTML: their text skipped, their tail kept), skipped tags and the
    title inside an svg, entities, labels by title, aria-label and img alt (a blank text takes no title), a jump
    menu, the first base."""
    root = parse_tree(
        "<html><head><title> </title><title>Zwei</title><meta name=Generator content=TYPO3><base href=/b/><base href=/c/>"
        "<script>var a;</script><script src=s.js></script></head><body><p>eins<b>zwei</b>drei</p>vier<!-- k -->fünf"
        "<?php x ?>sechs<svg><title>Icon</title></svg>sieben<a href=/x><img alt=Logo></a><a href=/y title=T> </a>"
        "<a href=/z aria-label=A></a><a href=/w>W<![CDATA[cd]]>&amp;<i>i</i></a><area href=/m alt=M><frame src=f name=n>"
        "<select onchange=go()><option value=/o.html>O</option></select><form></form><h1>H</h1><iframe data-src=/k>"
        "</iframe></body></html>")
    assert root is not None
    assert_same_walks(root)
    assert page.page_text(root) == "Zwei eins vier zwei drei fünf sechs sieben Icon W & i O H"
    named = page.gather_named(root)
    assert (named.hrefs, named.labels) == (["/x", "/y", "/z", "/w", "/m", "f"], ["Logo", "", "A", "W&i", "M", "n"])
    assert [at for at, _ in named.menus] == [6]
    assert (named.meta, named.base, named.titles) == ({"generator": "TYPO3"}, "/b/", [" ", "Zwei", "Icon"])
    assert (named.scripts, named.inline_scripts, named.frames) == (["s.js"], ["var a;"], ["/k"])
    assert [el.tag for el in named.forms + named.headings] == ["form", "h1"]


XML_TREES = [  # nodes the HTML parser never makes, which lxml's .text, .tail, .get and string() still define
    # CDATA sections next to text (one .text), PIs, a namespaced svg and script (their tags are "{uri}svg": not skipped)
    '<html><body><a href="/c">a<![CDATA[b]]>c<![CDATA[]]></a>t<?pi d?>u<x:svg xmlns:x="urn:x">v</x:svg>w'
    '<x:script xmlns:x="urn:x">s</x:script><title>A<![CDATA[B]]></title><script>q<![CDATA[r]]></script></body></html>',
    # entity references (string() expands them; .text stops at them) and an attribute default of the DTD
    '<!DOCTYPE html [<!ENTITY e "Entit\u00e4t"><!ATTLIST a title CDATA "Vorgabe">]><html><body>x&e;y<a href="/e">&e;</a>'
    '<a href="/d"></a><p>p&e;</p>&e;z<title>&e;</title></body></html>',
    # an empty text node and a namespaced h1 and a (neither is read)
    '<html xmlns:h="urn:h"><head><meta name="n" content=""/></head><body><h:a href="/n">N</h:a><h:h1>H</h:h1></body></html>',
]


@pytest.mark.parametrize("xml", XML_TREES)
def test_xml_trees(xml):
    root = etree.fromstring(xml, etree.XMLParser(strip_cdata=False, resolve_entities=False))
    assert_same_walks(root)


TOKENS = st.sampled_from([
    "<a href='/x'>", "<a href=\"https://m.de/a b\" title='T'>", "<a href=''>", "<a href='/y' aria-label='A&amp;B'>", "</a>",
    "<A HREF='/U'>", "<area href='/m' alt='Karte'>", "<frame src='f.html' name='n'>", "<select onchange='go()'>",
    "<option value='/o.html'>", "<optgroup>", "</select>", "<meta name='Generator' content='TYPO3'>",
    "<meta property='og:title'>", "<meta http-equiv='refresh' content='0'>", "<script>", "<script src='s.js'>", "</script>",
    "<style>", "</style>", "<svg>", "</svg>", "<template>", "</template>", "<noscript>", "</noscript>", "<title>", "</title>",
    "<h1>", "</h1>", "<h2>", "<form action='/s'>", "</form>", "<iframe data-src='/k'>", "<base href='/b/'>",
    "<img alt='Bild'>", "<img>", "<svg><![CDATA[c]]>",
    "<math><mi>", "<!--", "-->", "<!-- c -->", "<![CDATA[x]]>", "<?php echo 1 ?>", "<?xml version='1.0'?>",
    "&amp;", "&nbsp;", "&#x1F600;", "&unknown;", "&#0;", "&#xD800;", "<p>", "</p>", "<b>", "<div>", "</div>", "<br>",
    "<table><tr><td>", "<o:p>", "<svg:rect>", "<math>", "<html>", "<body>", "</html>", "\u00a0", "\u00b7", "\u00ad",
    "e\u0301", "\u2009", "\u3000", "\x1c", "\x0b", "\t\n ", "ä", "€", "\ud800"])
MARKUP = st.lists(st.one_of(st.text(max_size=20), TOKENS), max_size=60).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(markup=MARKUP)
def test_generated_markup(markup):
    assert_same_limits(markup)
    root = parse_tree(markup)
    if root is not None:
        assert_same_walks(root)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(chunks=st.lists(st.one_of(TOKENS.map(lambda t: t.encode("utf-8", "surrogatepass")), st.binary(max_size=6)), max_size=40))
def test_broken_utf8(chunks):
    """Bytes that are not UTF-8 (lone surrogates, cut sequences, stray bytes): the tree libxml2 makes of them."""
    assert_same_limits(b"".join(chunks).decode("utf-8", "surrogateescape"))  # its stray bytes as lone surrogates
    try:
        root = lxml.html.document_fromstring(b"".join(chunks), parser=page._PARSER)
    except (etree.ParserError, ValueError):
        return
    assert_same_walks(root)


# Text the normalisation treats apart, what NFC changes (decomposed umlauts, singletons such as the Kelvin and Ohm
# signs, U+2000), what folds to more than one character, beyond the table (emoji, CJK), lone surrogates, the separator.
SPECIAL = st.sampled_from(list("\u00a0\u00b7\u00ad\u2011\u2000\u2001\u3000\u0085\x1c\t ßẞµİŉΣς\u0301\u0308\u212a\u2126\ufb01"
                               "\ufffd\u1e9e\u0345\u0f73\u1161\uac00\U0001f600\u4e2d\ud800\x01Aa–„“…€"))
TEXTS = st.text(alphabet=st.characters(max_codepoint=0x3100) | SPECIAL, max_size=30) | st.text(max_size=30)


@settings(max_examples=1000, deadline=None)
@given(texts=st.lists(TEXTS, max_size=5))
def test_normalised_texts(texts):
    """The pass in C normalises as Python does, alone and between separators, wherever it does not leave a text."""
    assert_same_normalised(texts)
    joined = "\x01".join(texts)
    folded = page._walk.normalise(joined, 1)
    assert folded is None or folded == "\x01".join(map(_normalise, joined.split("\x01")))


def test_normalised_german():
    text = "  STRASSE\u00a0Straße –\u2000Barriere\u00b7frei\u00adheit „E\u2011Mail“ µ ẞ "
    assert page._walk.normalise(text) == _normalise(text) == "strasse strasse – barrierefreiheit „e-mail“ μ ss"
    assert page._walk.normalise("e\u0301") is None and page._walk.normalise("\U0001f600") is None


def test_the_fold_table():
    """Every code point the table takes is one NFC changes in no text (no combining class, its own NFC, the second
    of no canonical pair anywhere in Unicode), folded as str.casefold folds it; whitespace, the removed and the
    replaced characters as ``_unify`` and str.split treat them."""
    seconds = set()
    for code in range(0x110000):
        parts = unicodedata.decomposition(chr(code)).split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            seconds.add(int(parts[1], 16))
    taken = 0
    for code in range(0x80, 0x110000):
        entry, char = page._walk.fold_entry(code), chr(code)
        if entry == 0:
            continue
        taken += 1
        if entry == 1:
            assert char.isspace() and unicodedata.normalize("NFC", char).isspace(), hex(code)
            continue
        assert (entry == 2) == (char in "\u00b7\u00ad") and (entry == 3) == (char == "\u2011"), hex(code)
        assert not unicodedata.combining(char) and unicodedata.normalize("NFC", char) == char, hex(code)
        assert code not in seconds and not char.isspace(), hex(code)
        assert entry in (2, 3) or char.casefold() == ("ss" if entry == 4 else chr(entry - 16)), hex(code)
    assert taken > 10_000


@settings(max_examples=300, deadline=None)
@given(markup=st.lists(st.sampled_from(["<", ">", "<a ", "b=1 ", "c ", "\u00e4 ", "\u20ac", "\U0001f600", "\ud800", "x",
                                        "onClick", "LOCATION", "open(", "data-url", "Data-Href", "data-link", "formaction",
                                        "data-target-url", "data-", "12345", "123456"]), max_size=40).map("".join))
def test_markup_limits(markup):
    """The tags, long stretches and limits found in one pass in C as over the bytes, with small limits so that they
    are often reached."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(page, "LONG_TAG", 6)
        patch.setattr(page, "MAX_ATTRIBUTES", 2)
        assert_same_limits(markup)
        tags, stretches, _ = page._walk.scan_markup(markup, 6, _LINK_BYTES)
        expected_tags, expected = _tags_and_stretches(*ascii_bytes(markup))
        assert (tags, [markup[start + 1:end] for start, end in stretches]) == (expected_tags, list(expected))


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(["a", "Z", "<a ", "\u00e4", "\u00ff", "\u0100", "\u20ac", "\u0130", "\u212a", "\U0001f600",
                                      "\ud800", "\x00", "\u01ff"]), max_size=40).map("".join))
def test_narrowed_markup(text):
    """One byte per character in C as in Python: ASCII where the text has it, at every width of CPython's strings."""
    narrowed = narrow_bytes(text, FOLDED_ASCII)
    assert narrowed == _narrow(text, FOLDED_ASCII)
    assert (narrowed is None) == any(c in text for c in FOLDED_ASCII)
    if narrowed is not None:
        assert [chr(b) for b in narrowed if b < 128] == [c for c in text if c.isascii()] and len(narrowed) == len(text)


def test_the_markup_scan():
    markup = "<p>x</p><DIV " + "Ö=1 " * 600 + "<a onclick='Location.href=\"/\"'>" + "<b " + "c " * 1100
    tags, stretches, found = page._walk.scan_markup(markup, 2000, _LINK_BYTES)
    assert tags == 5 and [markup[start] for start, _ in stretches] == ["<", "<"]
    assert [markup[end:end + 2] for start, end in stretches] == ["<a", ""] and found == (0, 6)
    assert page.markup_limits(markup) == _python_limits(markup)
    assert "attributes" in (page.markup_refusal(markup) or "")
    assert page._walk.scan_markup("<123456><12345><abcdef<abcde", 6, ())[:2] == (4, [(0, 7), (15, 22)])
