"""The one-pass engine (Hyperscan literal prefilter, selectors behind literals) finds exactly what the
plain engine finds (every literal tested with ``in``, every selector run): same matches, same evidence,
same order, on the simulated web, the fixtures and synthetic real-sized pages."""
from __future__ import annotations

from pathlib import Path

import pytest

from bench.detector_speed import synth_page
from detectors.checks import CHECKS_DIR
from detectors.engine import Engine
from detectors.haystack import PageHaystacks
from detectors.page import PageArtifact, parse_page
from detectors.scan import LiteralHits
from farm.world import World

from .conftest import FIXTURES, load_cases


@pytest.fixture(scope="module")
def engines() -> list[tuple[Engine, Engine]]:
    return [(Engine.load(d, one_pass=True), Engine.load(d, one_pass=False)) for d in (None, CHECKS_DIR)]


def farm_pages(n_sites: int = 20):
    """Every HTML page of the first simulated sites, as the crawler would receive it."""
    world = World(seed=7, n_sites=n_sites)
    for index in range(n_sites):
        site = world.site(index)
        for key in site.tree.nodes:
            url = site.tree.url(key)
            target = url if url.startswith("/") else "/" + url.split("/", 3)[-1]
            response = world.respond("GET", site.plan.host, target, {}, scheme="https")
            if response.status == 200 and "html" in dict(response.headers).get("Content-Type", ""):
                yield PageArtifact(f"https://{site.plan.host}{target}", response.body.decode("utf-8", "replace"))


def fixture_pages():
    for case in load_cases():
        yield PageArtifact(case["url"], (FIXTURES / case["file"]).read_text("utf-8"),
                           requests=tuple(case.get("requests", ())), js_globals=tuple(case.get("js_globals", ())),
                           cookies=tuple(case.get("cookies", ())))


def blind_district_pages(every: int = 1):
    """Every ``every``-th page of the earlier blind districts (tests/farm/fixtures/blinddistrict*), at its URL."""
    paths = sorted(Path(__file__).resolve().parents[1].glob("farm/fixtures/blinddistrict*/**/sites/**/*.html"))
    for path in paths[::every]:
        site, _, rest = str(path).split("/sites/", 1)[1].partition("/")
        yield PageArtifact(f"https://{site}/{rest.removesuffix('index.html')}", path.read_text("utf-8", "replace"))


def assert_same(engines, artifacts) -> int:
    compared = 0
    for artifact in artifacts:
        parsed = parse_page(artifact)
        for fast, plain in engines:
            assert fast.detect(artifact, parsed) == plain.detect(artifact, parsed), artifact.url
        compared += 1
    return compared


@pytest.mark.slow  # seconds even on an idle machine: kept out of `make test-fast`
def test_same_matches_on_the_simulated_web(engines):
    assert assert_same(engines, farm_pages()) > 300


def test_same_matches_on_the_fixtures(engines):
    assert assert_same(engines, fixture_pages()) == len(load_cases())


@pytest.mark.slow  # seconds: the plain engine tries every pattern at every position
def test_same_matches_on_the_blind_districts(engines):
    assert assert_same(engines, blind_district_pages(every=4)) > 800


def test_the_gate_picks_the_text_candidates(engines):
    """Where the gate can answer for a page's text, the text's literals get no pass of their own (the gate picks the
    candidates, whose literals are then looked up one by one) and the matches are the plain engine's; where it cannot
    (a dotless i, which IGNORECASE equates with "i"), the literal pass wakes the candidates as before."""
    (fast, plain), _ = engines
    prose = "Vereinbaren Sie hier online einen Termin im Bürgerbüro. Noch bis Freitag können alle Interessierten die " \
            "Vorschläge kommentieren und bewerten."
    for text, gate_led in ((prose, True), (prose + " Kırmızı", False)):
        artifact = PageArtifact("https://www.musterstadt.de/", f"<html><body><p>{text}</p></body></html>")
        parsed = parse_page(artifact)
        hits = LiteralHits(fast._index, fast._one_by_one)
        candidates = fast._candidates("text", dict(fast._by_kind)["text"], PageHaystacks(artifact, parsed, fast.share_hosts),
                                      hits)
        assert ("text" in hits._found) != gate_led  # the literal pass over the text
        assert "participation-actions/text/actions" in {p.id for p in candidates}  # apart from the gate: its literals woke it
        matches = fast.detect(artifact, parsed)
        assert matches == plain.detect(artifact, parsed)
        assert {"participation-actions/text/actions", "booking-phrases/text/e41e96da"} <= {
            m.evidence.pattern_id for m in matches}


def test_same_matches_on_real_sized_pages(engines):
    pages = [PageArtifact(*synth_page(seed, kb)) for seed, kb in ((1, 100), (2, 200), (3, 300))]
    assert assert_same(engines, pages) == 3


@pytest.mark.parametrize("html", [
    '<div id="App"></div>', '<div class="Chat-Widget x"></div><iframe id="xm-form"></iframe>',
    '<link rel="alternate" type="application/rss+xml" href="/feed">',
    '<ul class="services"></ul><script type="application/json">[]</script>',
    '<script type="text/plain" data-category="marketing">x()</script><div id="BORLABSCOOKIEBOX"></div>',
    '<div ID="APP-ROOT"></div><div class="TX_CIVSERV_liste"></div><noscript>Bitte JavaScript AKTIVIEREN</noscript>',
    '<div class="tx_civserv_\u0130"></div><p>\u0130stanbul</p><div id="app-root"></div>',  # İ lower-cases to "i" + a dot
    '<script type="TEXT/PLAIN">x</script><div class="mar\u212aaspot_x">\u212a</div>',  # the Kelvin sign lower-cases to "k"
    '<div class="TX_CIVSERV_" title="Ä°"></div>' + "ü" * 200,  # Latin-1 bytes: "Ä°" is the UTF-8 of İ
    '<div class="Tx_Civserv_"></div>' + "ü" * 200,
])
def test_dom_literals_are_sound(engines, html):
    """Literals of the markup are looked up in the source as written, regardless of ASCII case."""
    assert_same(engines, [PageArtifact("https://www.m.de/", f"<html><body>{html}</body></html>")])


def test_markup_literals_regardless_of_case():
    """A caseless index finds in the source what a case-sensitive one finds in its lower case, or says it
    cannot (a letter that lower-cases to ASCII, a literal that is not ASCII)."""
    from detectors.casing import lower
    from detectors.scan import LiteralIndex

    words = ["app-root", "markaspot"]
    index = LiteralIndex({"html": words}, caseless=("html",))
    for source in ("<div ID='APP-Root'>", "MarkaSpot_1 app-root", "nichts", "mar\u212aaspot", "\u0130 app-root"):
        in_lower = {w for w in words if w in lower(source)}
        assert index.found("html", lower(source).encode()) == in_lower
        folds = "\u212a" in source or "\u0130" in source
        assert index.found_caseless("html", source.encode()) == (None if folds else in_lower), source
    assert LiteralIndex({"html": ["bär"]}, caseless=("html",)).found_caseless("html", "BÄR".encode()) is None


def test_the_speed_bench_runs_and_finds_the_same(tmp_path):
    """The README's ``bench/detector_speed.py`` command, in its quick form: every group's findings identical."""
    import subprocess
    import sys
    from pathlib import Path

    repo = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "bench/detector_speed.py", "--quick"], cwd=repo, capture_output=True,
                         text=True, timeout=300, check=True).stdout
    rows = [line.split() for line in out.splitlines() if line.startswith("synthetic")]
    assert len(rows) == 3 and all(row[-1] == "3/3" for row in rows), out


def test_threads_share_one_engine(engines):
    """Hyperscan scratch space is per thread: concurrent detects give what sequential ones give."""
    from concurrent.futures import ThreadPoolExecutor

    (fast, _), _ = engines
    pages = [PageArtifact(*synth_page(seed, 100)) for seed in range(6)] * 3
    expected = [fast.detect(page) for page in pages]
    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(fast.detect, pages)) == expected
