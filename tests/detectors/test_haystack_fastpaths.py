"""The haystacks' fast paths give what the plain ways give: the e-mail search near the '@'s finds what a
scan of the whole text finds, URL lines cut the plain way equal the general cut, a page's links unwrapped
at once equal its links unwrapped one by one, and the offsets of "ß" found by ``find`` equal the general ones."""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detectors.casing import casefold
from detectors.haystack import _GROWS, EMAIL, Haystack, PageHaystacks, _cut_line, emails_in, unwrap, url_line
from detectors.page import Link, PageArtifact, ParsedPage, parse_page
from detectors.rules import DEFAULT_DIR

from .conftest import FIXTURES, load_cases

RUNS = st.lists(st.tuples(st.sampled_from("ab.-@ 1x"), st.sampled_from([1, 2, 63, 64, 65, 252, 253, 280])), max_size=10)


@pytest.mark.slow  # seconds of generated cases: kept out of `make test-fast`
@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="ab.-@ x_%+1", max_size=60))
def test_short_texts(text):
    assert emails_in(text) == EMAIL.findall(text)


@pytest.mark.slow  # seconds of generated cases: kept out of `make test-fast`
@settings(max_examples=500, deadline=None)
@given(RUNS)
def test_long_local_parts_and_domains(runs):
    text = "".join(char * (1 if char in "@ " else n) for char, n in runs)
    assert emails_in(text) == EMAIL.findall(text)


@pytest.mark.slow  # seconds of generated cases: kept out of `make test-fast`
@settings(max_examples=3000, deadline=None)
@given(st.sampled_from(["https://", "http://", "HTTPS://", " http://", "mailto:", "ftp://", ""]),
       st.text(alphabet="aB.:@/?#=%-\n\r é", max_size=30))
def test_url_lines(scheme, rest):
    url = scheme + rest
    assert url_line(url) == _cut_line(url.strip().lower())


def test_common_cases():
    assert url_line("https://User@WWW.M.de:8443/a?b#c") == "www.m.de:8443/a?b"
    assert url_line("https://www.m.de/Rathaus/?id=1") == "www.m.de/rathaus/?id=1" == _cut_line("https://www.m.de/rathaus/?id=1")
    text = "kontakt: rathaus@gemeinde.de, " + "x" * 500 + " info@m.de"
    assert emails_in(text) == EMAIL.findall(text) == ["rathaus@gemeinde.de", "info@m.de"]


SHARE_HOSTS = frozenset(json.loads((DEFAULT_DIR / "_links.json").read_text("utf-8"))["share_hosts"])  # as Engine.load reads them
HREFS = ["https://www.addtoany.com/share#url=x", "https://sub.addthis.com/x", "https://notaddthis.com/", "https://t.me/stadt",
         "https://www.m.de/vorlesen?url=https://www.m.de/", "https://r.de/go?URL=HTTPS://www.facebook.com/stadt",
         "https://r.de/go?to=%2F%2Fx.de%2F", "https://www.m.de/seite?id=1", "mailto:info@m.de", "https://www.m.de/a"]


def _links_of(pages: PageHaystacks) -> None:
    one_by_one = [x for x in (unwrap(link, pages.share_hosts, pages.artifact.url) for link in pages.parsed.links) if x]
    links, urls, lines = pages.links
    assert links == one_by_one and urls == [x.url for x in links] and lines == [url_line(u) for u in urls]


@pytest.mark.parametrize("hrefs", [HREFS, HREFS[7:], HREFS[3:4] + HREFS[9:], HREFS[4:6], HREFS[5:7] * 3])
def test_links_unwrapped_at_once_as_one_by_one(hrefs):
    html = "<html><body>" + "".join(f'<a href="{h}">{i}</a>' for i, h in enumerate(hrefs)) + "</body></html>"
    artifact = PageArtifact("https://www.m.de/", html)
    _links_of(PageHaystacks(artifact, parse_page(artifact), SHARE_HOSTS))


def test_links_with_line_breaks_unwrapped_as_one_by_one():
    links = [Link("https://r.de/a\nb", "x", "r.de"), Link("https://r.de/go?url=https://www.facebook.com/s", "fb", "r.de"),
             Link("https://t.me/x", "t", "t.me"), Link("https://r.de/\n?u=http://x.de/", "y", "r.de")]
    parsed = ParsedPage("https://www.m.de/", links=links)
    _links_of(PageHaystacks(PageArtifact("https://www.m.de/", ""), parsed, SHARE_HOSTS))


LIST_KINDS = ("script_src", "iframe", "requests", "link_href", "link_text", "form", "cookies", "js_global",
              "inline_script", "text", "email")


def test_empty_kinds_as_their_haystacks():
    """A kind is empty, asked of the items it is built from, exactly where its haystack is empty."""
    artifacts = [PageArtifact(case["url"], (FIXTURES / case["file"]).read_text("utf-8"), requests=tuple(case.get("requests", ())),
                              js_globals=tuple(case.get("js_globals", ())), cookies=tuple(case.get("cookies", ())))
                 for case in load_cases()]
    artifacts.append(PageArtifact("https://www.m.de/", "<html><body><script></script><iframe src=''></iframe></body></html>",
                                  requests=("",), cookies=("",)))
    artifacts += [PageArtifact("https://www.m.de/", f"<html><body>{html}</body></html>") for html in (  # one kind each
        '<iframe src="https://karte.example/"></iframe>', '<script src="/a.js"></script>', "<script>var a;</script>",
        '<form action="/suche"></form>')]
    artifacts += [PageArtifact("https://www.m.de/", "<p>x</p>", **{field: ("x",)}) for field in ("requests", "cookies", "js_globals")]
    seen = set()
    for artifact in artifacts:
        parsed = parse_page(artifact)
        for kind in LIST_KINDS:
            empty = PageHaystacks(artifact, parsed, SHARE_HOSTS).empty(kind)
            assert empty == (not PageHaystacks(artifact, parsed, SHARE_HOSTS).get(kind).text), (artifact.url, kind)
            seen.add((kind, empty))
    assert {(k, e) for k in LIST_KINDS for e in (True, False)} - seen == set()  # each kind both empty and not


@pytest.mark.parametrize("lines", [["a", "bc", "", "def"], ["a\nb", "c", "d\ne\nf", "g"], ["x"], ["", ""]])
def test_line_at(lines):
    hay = Haystack.of(lines, lines)
    expected = [i for i, line in enumerate(lines) for _ in range(len(line) + 1)][:len(hay.text)]
    assert [hay.line_at(at) for at in range(len(hay.text))] == expected
    again = Haystack.of(lines, lines)  # positions asked out of order, and twice: counted from those asked before
    order = [at for pair in zip(reversed(range(len(hay.text))), range(len(hay.text))) for at in pair]
    assert [again.line_at(at) for at in order] == [expected[at] for at in order]


@pytest.mark.parametrize("text", ["Straße und Fußweg", "Straße ẞ Fußweg", "İstanbul Straße", "ohne", "ßß ß"])
def test_growing_letters(text):
    html = f"<html><body><p>{text}</p></body></html>"
    artifact = PageArtifact("https://www.m.de/", html)
    readable = PageHaystacks(artifact, parse_page(artifact), frozenset())._readable
    assert readable is not None
    folded_ends, shifts, grown = [], [], 0
    for letter in _GROWS.finditer(text):
        grown += len(casefold(letter.group())) - 1
        folded_ends.append(letter.end() + grown)
        shifts.append(grown)
    assert readable == (text, folded_ends, shifts)
