"""Site-level aggregation: distinct patterns summed, capped at 100, threshold, weak-alone never fires."""
from __future__ import annotations

from detectors.engine import aggregate
from detectors.model import Evidence, Match
from detectors.page import PageArtifact


def hit(component: str, confidence: int, pattern_id: str, url: str = "https://www.m.de/", product=None,
        match: str = "x") -> Match:
    return Match(component, product, confidence, Evidence(url, "text", match, pattern_id))


def test_distinct_patterns_are_summed():
    (finding,) = aggregate([hit("chatbot", 30, "a/text/0"), hit("chatbot", 25, "b/text/0")])
    assert finding.confidence == 55


def test_sum_is_capped_at_100():
    (finding,) = aggregate([hit("imprint", 100, "a/x/0"), hit("imprint", 60, "b/x/0")])
    assert finding.confidence == 100


def test_same_pattern_on_many_pages_counts_once():
    matches = [hit("epayment", 25, "kw/text/0", url=f"https://www.m.de/p{i}") for i in range(40)]
    assert aggregate(matches) == []


def test_threshold_is_inclusive_and_adjustable():
    matches = [hit("open_data", 25, "a/t/0"), hit("open_data", 25, "b/t/0")]
    assert [f.confidence for f in aggregate(matches)] == [50]
    assert aggregate(matches, threshold=60) == []


def test_weak_keyword_alone_never_fires(engine):
    """'Online-Dienste' linking to another registered domain is a weak hint (fingerprints_de.md §1)."""
    html = '<a href="https://www.serviceportal-nachbar.de/">Online-Dienste</a>' * 3
    pages = [PageArtifact(f"https://www.musterstadt.de/p{i}", html) for i in range(5)]
    matches = [m for p in pages for m in engine.detect(p)]
    assert any(m.component == "form_server" for m in matches)
    assert "form_server" not in {f.component for f in aggregate(matches)}


def test_two_weak_hints_together_fire(engine):
    """A portal named in the text and an 'Online-Dienste' link elsewhere: each a hint, together a finding."""
    hint = '<p>Bürgerportal des Kreises</p>'
    link = '<a href="https://www.serviceportal-nachbar.de/">Online-Dienste</a>'

    def found(html: str) -> set[str]:
        return {f.component for f in aggregate(engine.detect(PageArtifact("https://www.musterstadt.de/p", html)))}

    assert "form_server" not in found(hint) and "form_server" not in found(link)
    assert "form_server" in found(hint + link)


def test_product_is_the_strongest():
    matches = [hit("council_info", 60, "ris-host/url/0"), hit("council_info", 100, "sessionnet/x/0", product="SessionNet"),
               hit("council_info", 80, "allris/x/0", product="ALLRIS")]
    (finding,) = aggregate(matches)
    assert finding.product == "SessionNet"


def test_product_none_when_no_rule_names_one():
    (finding,) = aggregate([hit("imprint", 100, "imprint/link_text/0")])
    assert finding.product is None


def test_evidence_deduplicated_strongest_first_and_bounded():
    matches = [hit("newsletter", 50 + i, f"r{i}/t/0", match=f"m{i}") for i in range(15)]
    matches += [hit("newsletter", 64, "r14/t/0", match="m14")]  # duplicate evidence
    (finding,) = aggregate(matches)
    assert len(finding.evidence) == 10
    assert [e.match for e in finding.evidence[:3]] == ["m14", "m13", "m12"]
    assert len({(e.url, e.match) for e in finding.evidence}) == len(finding.evidence)


def test_weak_hints_beside_strong_evidence_are_not_evidence():
    """components.md: an AusweisApp download link alone does not count, so it is not shown as evidence."""
    matches = [hit("eid", 100, "eid-client/link_href/0", match="eid-client"),
               hit("eid", 10, "ausweisapp/link_href/0", url="https://www.m.de/ausweis", match="ausweisapp")]
    (finding,) = aggregate(matches)
    assert [e.match for e in finding.evidence] == ["eid-client"]
    assert finding.confidence == 100


def test_weak_hints_that_carry_the_finding_are_evidence():
    matches = [hit("form_server", 30, "a/t/0", match="a"), hit("form_server", 25, "b/t/0", match="b"),
               hit("form_server", 20, "c/t/0", match="c")]
    (finding,) = aggregate(matches)
    assert [e.match for e in finding.evidence] == ["a", "b"] and finding.confidence == 75


def test_unknown_components_are_not_findings():
    assert aggregate([hit("loader", 100, "gtm/x/0"), hit("cms", 100, "typo3/x/0")]) == []


def test_findings_are_present_state():
    (finding,) = aggregate([hit("imprint", 100, "imprint/link_text/0")])
    assert finding.state == "present"


def test_site_wide_link_is_one_piece_of_evidence_from_the_smallest_page_url():
    """A footer link seen on 40 pages is reported once, with the same page whatever order they came in."""
    matches = [hit("accessibility_statement", 100, "a/link_text/0", url=f"https://www.m.de/p{i}", match="erklärung -> /bf")
               for i in range(40)]
    for order in (matches, matches[::-1], matches[7:] + matches[:7]):
        (finding,) = aggregate(order)
        assert [e.url for e in finding.evidence] == ["https://www.m.de/p0"]


def test_findings_do_not_depend_on_the_order_pages_were_crawled_in(engine):
    """A concurrent crawl meets pages in another order each night; an unchanged site must keep its
    findings, products and evidence (its stored content is shared between nights)."""
    import random

    pages = [PageArtifact(f"https://www.musterstadt.de/p{i}", html) for i, html in enumerate([
        '<a href="https://formulare.musterstadt.de/form-solutions/x">Online-Antrag</a><p>Bürgerportal</p>',
        '<a href="https://formulare.musterstadt.de/form-solutions/y">Formular</a><a href="/suche">Suche</a>',
        '<p>Bürgerportal des Kreises</p><a href="https://www.serviceportal-nachbar.de/">Online-Dienste</a>',
        '<script src="https://www.googletagmanager.com/gtm.js?id=GTM-X"></script><a href="/suche">Suche</a>'] * 3)]
    per_page = [engine.detect(p) for p in pages]

    def judged(order: list[int]):
        matches = [m for i in order for m in per_page[i]]
        findings = aggregate(matches)
        return findings + engine.unobserved(matches, findings)

    order = list(range(len(pages)))
    expected = judged(order)
    assert expected and any(len(f.evidence) > 1 for f in expected)
    for seed in range(5):
        random.Random(seed).shuffle(order)
        assert judged(order) == expected


def test_a_product_visited_directly_needs_no_links_to_it_as_evidence():
    matches = [Match("mobile_app", None, 70, Evidence("https://www.m.de/leben", "link_href", "app -> https://m.smart-village.app/",
                                                      "sva/link_href/0")),
               Match("mobile_app", None, 70, Evidence("https://m.smart-village.app/", "url", "m.smart-village.app/", "sva/url/0"))]
    (finding,) = aggregate(matches)
    assert [e.url for e in finding.evidence] == ["https://m.smart-village.app/"]
    assert finding.confidence == 100
