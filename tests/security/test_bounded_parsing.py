"""Issue 11: hostile markup and text cannot hold the crawler's thread (pure parts; the crawl test is separate)."""
from __future__ import annotations

import time

from detectors.detect_file import inline_links, text_to_html, url_line
from detectors.page import MAX_ATTRIBUTES, PageArtifact, markup_refusal, parse_page
from tests.detectors.reference_page import refused

ATTRIBUTE_BOMB = "<html><body><div " + " ".join(f"a{i}=x" for i in range(100_000)) + ">Hallo</div></body></html>"


def elapsed(call) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def test_the_attribute_bomb_is_refused_before_lxml_in_milliseconds():
    assert 800_000 < len(ATTRIBUTE_BOMB) < 900_000
    assert "attributes" in (markup_refusal(ATTRIBUTE_BOMB) or "")
    assert elapsed(lambda: parse_page(PageArtifact("https://www.boeseheim.de/", ATTRIBUTE_BOMB))) < 0.5
    assert parse_page(PageArtifact("https://www.boeseheim.de/", ATTRIBUTE_BOMB)).root is None


def test_boolean_attributes_and_glued_attributes_count_too():
    assert markup_refusal("<div " + " ".join(f"a{i}" for i in range(5_000)) + ">")
    assert markup_refusal("<div " + "".join(f'a{i}="1"' for i in range(5_000)) + ">")


def test_ordinary_pages_and_long_data_uris_pass():
    page = "<html><body>" + "<p class='x' id='y'>Text</p>" * 5_000 + f"<img src='data:image/png;base64,{'A' * 200_000}=='></body></html>"
    assert markup_refusal(page) is None
    wide = "<div " + " ".join(f"a{i}=x" for i in range(MAX_ATTRIBUTES - 10)) + ">x</div>"
    assert markup_refusal(wide) is None and parse_page(PageArtifact("https://a.de/", wide)).root is not None


def test_a_tag_long_in_bytes_is_judged_by_its_characters():
    """The '<' are counted in UTF-8 bytes: a tag of 1,500 umlauts is 3,000 bytes but 1,500 characters."""
    many = "b " * (MAX_ATTRIBUTES + 1)  # a tag's attributes end at its '>' or at the next '<', or with the page
    tests = ["<a " + "\u00e4" * 1_500 + ">", "<a " + "\u00e4 " * (MAX_ATTRIBUTES + 1) + ">", "<a " + "b " * 900 + "\ud800>",
             "x" * 3_000 + "<p>kurz</p>", "<p>" + "\u20ac" * 700, f"<p>x</p><div {many}<p>", f"<p>x</p><div {many}",
             f"<p {many[:200]}>{many}</p>"]
    assert [markup_refusal(t) is not None for t in tests] == [refused(t) for t in tests] == [
        False, True, False, False, False, True, True, False]


def test_too_many_tags_is_refused():
    assert "tags" in (markup_refusal("<b>" * 200_000) or "")


def test_url_line_is_linear_and_still_reads_text_dumps():
    assert elapsed(lambda: url_line(" " * 100_000)) < 0.1
    assert elapsed(lambda: text_to_html((" " * 100_000 + "x\n") * 3)) < 0.5
    assert url_line("- Bürgerservice -> https://www.m.de/buergerservice") == ("Bürgerservice", "https://www.m.de/buergerservice")
    assert url_line("Impressum: https://www.m.de/impressum  ") == ("Impressum", "https://www.m.de/impressum")
    assert url_line("• https://www.m.de/") == ("", "https://www.m.de/")
    assert url_line("Schreiben Sie uns: mailto:rathaus@m.de") == ("Schreiben Sie uns", "mailto:rathaus@m.de")
    assert url_line("Siehe https://www.m.de/ und mehr") is None
    assert url_line("kein Link hier") is None


def test_inline_links_are_linear_on_hostile_lines():
    for line in (("[" + " " * 299) * 333, "[" * 100_000, "[a](" * 25_000, "www." * 25_000):
        assert elapsed(lambda: inline_links(line)) < 0.5
    assert '<a href="https://www.m.de/bs">Bürgerservice</a>' in inline_links("Siehe [ Bürgerservice ](https://www.m.de/bs)")
