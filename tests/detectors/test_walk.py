"""The compiled walks (detectors/_walk.pyx) read every tree exactly as parse_page's Python walks do: the visible
text (its ASCII blanks written as one space, which normalisation splits at anyway) and the named elements' hrefs,
labels, meta, scripts, frames, forms, base, titles and headings. The Python walks are the reference."""
from __future__ import annotations

import re
from pathlib import Path

import lxml.html
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from bench.detector_speed import synth_page
from detectors import page
from detectors.page import _gather_named, _text_pieces, _unify, parse_tree

from .test_one_pass import farm_pages, fixture_pages

REPO = Path(__file__).resolve().parents[2]
REALPAGES = REPO.parent / "shared" / "realpages"
ASCII_BLANKS = re.compile("[\t\n\x0b\x0c\r\x1c-\x1f ]+")  # what str.split() splits at, of ASCII


def test_the_walk_is_built():
    """gcc is on every machine and `make install` builds the walk: a parse_page without it is a bug, not a skip."""
    assert page._walk is not None, ("detectors/_walk is not built: `make install` builds it; in place: `python setup.py "
                                    "build_ext --inplace` with Cython and setuptools>=77 importable")


def assert_same_walks(root: etree._Element) -> None:
    text = " ".join(_text_pieces(root))
    compiled = page.page_text(root)
    assert compiled == ASCII_BLANKS.sub(" ", text).strip(" ")
    assert " ".join(_unify(compiled).split()) == " ".join(_unify(text).split())
    assert page.gather_named(root) == _gather_named(root)


def assert_same_on(markups: list[str]) -> None:
    for markup in markups:
        root = parse_tree(markup)
        assert root is not None
        assert_same_walks(root)


def assert_same_on_files(paths: list[Path]) -> None:
    """Each file decoded as the crawler would, and its bytes as they are (libxml2 decodes those itself)."""
    assert_same_on([path.read_text("utf-8", "replace") for path in paths])
    for path in paths:
        assert_same_walks(lxml.html.document_fromstring(path.read_bytes(), parser=page._PARSER))


def test_the_fixtures_and_real_sized_pages():
    assert_same_on([artifact.html for artifact in fixture_pages()])
    assert_same_on_files(sorted((REPO / "tests/detectors/fixtures").rglob("*.html")))
    assert_same_on([synth_page(seed, kb)[1] for seed, kb in ((1, 100), (2, 200), (3, 300))])


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
    root = parse_tree(markup)
    if root is not None:
        assert_same_walks(root)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(chunks=st.lists(st.one_of(TOKENS.map(lambda t: t.encode("utf-8", "surrogatepass")), st.binary(max_size=6)), max_size=40))
def test_broken_utf8(chunks):
    """Bytes that are not UTF-8 (lone surrogates, cut sequences, stray bytes): the tree libxml2 makes of them."""
    try:
        root = lxml.html.document_fromstring(b"".join(chunks), parser=page._PARSER)
    except (etree.ParserError, ValueError):
        return
    assert_same_walks(root)
