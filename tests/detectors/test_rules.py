"""Loading and compiling fingerprints: quantifiers bounded, prefilters sound."""
from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detectors.engine import Engine
from detectors.haystack import PageHaystacks
from detectors.page import PageArtifact, parse_page
from detectors.rules import (DEFAULT_DIR, KEYED_KINDS, RuleError, bound_quantifiers, pattern_literals, required_clauses,
                             required_literals, start_literals)
from detectors.vetoes import Vetoes

from .conftest import load_cases, FIXTURES


@pytest.mark.parametrize("source,bounded", [
    ("a+b*", "a{1,250}b{0,250}"),
    ("\\+\\*", "\\+\\*"),
    ("[+*]x+", "[+*]x{1,250}"),
    ("a+?", "a{1,250}?"),
    ("(?:ab)+", "(?:ab){1,250}"),
    ("[]+]+", "[]+]{1,250}"),
])
def test_quantifiers_are_bounded(source, bounded):
    assert bound_quantifiers(source) == bounded
    re.compile(bound_quantifiers(source))


def test_host_literals_only_for_host_anchored_url_patterns():
    from detectors.rules import host_literals
    assert host_literals("^(?:[\\w-]+\\.)*formular-server\\.de[:/]") == ("formular-server.de",)
    assert host_literals("^(?:www\\.)?service-bw\\.de/onlineantraege/") == ("service-bw.de",)
    assert host_literals("/intelliform/forms/") == ()
    assert host_literals("^[^\\n]*/x/abc\\.de") == ()  # may cross the host part: not host-only


def test_literals_are_derived():
    assert required_literals("^(?:[\\w-]+\\.)*formular-server\\.de[:/]") == ("formular-server.de",)
    assert set(required_literals("\\b(?:giropay|paydirekt)\\b")) == {"giropay", "paydirekt"}
    assert required_literals("a|bc") == ()  # too short to pay off
    assert required_literals("x?(?:abcdef)?") == ()  # nothing mandatory


def test_joined_literals_keep_the_prefix_the_parser_takes_out():
    """A veto's literals join the common prefix the parser takes out of alternatives with each one's first letters:
    "nicht|niemals" is "ni" before "cht|emals", and "cht" is in "Vollmacht" (every sentence with it ran the veto)."""
    assert required_literals("\\b(?:nicht|niemals)\\b", joined=True) == ("nicht", "niemals")
    assert required_literals("\\bnicht mehr (?:aktiv|(?=\\w)angeboten)", joined=True) == ("nicht mehr aktiv", "nicht mehr angeboten")
    assert required_literals("\\b(?:nicht|niemals)\\b") == ("cht", "emals")  # a pattern's literals as before
    assert required_literals("abc(?:de|\\w)", joined=True) == ("abc",)  # an alternative without first letters
    assert required_literals("\\bd(?:ie krankenkasse|as finanzamt)", joined=True) == ("as finanzamt", "ie krankenkasse")
    vetoes = Vetoes.load(DEFAULT_DIR / "_vetoes.json")
    assert {"nicht", "niemals"} <= set(next(v for vs in vetoes.by_component.values() for v in vs if v.id == "negation").literals[0])


def test_a_veto_asks_for_every_literal_set_its_matches_hold():
    """A veto's regex runs only where the sentence holds a literal of each set every match holds: a proposal's " eine"
    (one in every sentence) together with its project nouns, a plan's set-up verb together with a time still ahead."""
    source = "\\b(?:einzuführen|einzurichten)\\b|\\b(?:einführung|beschaffung) (?:eines|einer)\\b"
    assert required_clauses(source) == (required_literals(source, joined=True), (" eine", "führen", "richten"))
    assert required_clauses("\\b(?:nicht|niemals)\\b") == (("nicht", "niemals"),)  # no other set is held
    vetoes = Vetoes.load(DEFAULT_DIR / "_vetoes.json")
    plan_time = next(v for vs in vetoes.by_component.values() for v in vs if v.id == "plan-time")
    assert any({"einrichten", "einführen"} <= set(c) for c in plan_time.literals)
    assert any({"bald", "demnächst", "künftig"} <= set(c) for c in plan_time.literals)


def test_pattern_literals_are_joined_unless_the_start_literals_are_lost():
    """A pattern wakes on its joined literals: 'ein' + 'reichen|bringen|tragen' woke it on every 'beantragen' and
    'erreichen'. Where joining would lose the start literals the regex is tried at, the plain ones stay."""
    source = "\\b(?:ideen|hinweise) (?:\\S{1,30} )?(?:einreichen|einbringen|eintragen)\\b"
    assert required_literals(source) == ("bringen", "reichen", "tragen")
    assert pattern_literals(source, start_literals(source)) == ("einbringen", "einreichen", "eintragen")
    source = "\\bschlichtungs(?:stelle|verfahren)\\b"
    assert start_literals(source) == ("schlichtungs",)
    assert pattern_literals(source, start_literals(source)) == ("schlichtungs",)
    assert required_literals(source, joined=True) == ("schlichtungsstelle", "schlichtungsverfahren")


def test_matching_is_case_insensitive(engine):
    page = PageArtifact("https://www.m.de/", '<a href="HTTPS://FORMULAR-SERVER.DE/Koeln_FS/findform?shortname=X">Antrag</a>')
    assert any(m.product == "Form-Solutions" for m in engine.detect(page))


def test_bad_files_fail_at_load_time(tmp_path):
    (tmp_path / "bad.json").write_text(json.dumps({"rules": [{"id": "x", "component": "imprint", "patterns": {"nonsense": ["a"]}}]}))
    with pytest.raises(RuleError):
        Engine.load(tmp_path)
    (tmp_path / "bad.json").write_text(json.dumps({"rules": [{"id": "x", "component": "imprint", "patterns": {"text": ["("]}}]}))
    with pytest.raises(RuleError):
        Engine.load(tmp_path)


def test_a_fingerprint_files_terms_are_written_once_and_put_in_everywhere(tmp_path):
    """A regex part several entries need (participation.json's "not ended" link text) is a term of the file: it is put in
    for {{name}} in patterns and contexts alike, and an unknown name fails at load time with the file's name."""
    rules = {"terms": {"open": "^(?!.*geschlossen)", "word": "beteiligung"},
             "rules": [{"id": "x", "component": "participation", "patterns": {
                 "any_url": [{"pattern": "^{{word}}\\.example\\.de/", "confidence": 60, "text": "{{open}}"}]}}]}
    (tmp_path / "p.json").write_text(json.dumps(rules))
    engine = Engine.load(tmp_path)
    page = '<a href="https://beteiligung.example.de/a">{}</a>'
    found = engine.detect(PageArtifact("https://www.m.de/", page.format("Zur Beteiligung")), site_domain="m.de")
    assert any(m.component == "participation" for m in found)
    ended = engine.detect(PageArtifact("https://www.m.de/", page.format("Beteiligung (geschlossen)")), site_domain="m.de")
    assert not any(m.evidence.kind == "link_href" for m in ended)
    rules["rules"][0]["patterns"]["any_url"][0]["text"] = "{{missing}}"
    (tmp_path / "p.json").write_text(json.dumps(rules))
    with pytest.raises(RuleError, match="p.json.*unknown term {{missing}}"):
        Engine.load(tmp_path)


def test_version_changes_with_the_data(tmp_path):
    rule = {"rules": [{"id": "x", "component": "imprint", "patterns": {"link_text": ["^impressum$"]}}]}
    (tmp_path / "a.json").write_text(json.dumps(rule))
    first = Engine.load(tmp_path).version
    rule["rules"][0]["patterns"]["link_text"] = ["^imprint$"]
    (tmp_path / "a.json").write_text(json.dumps(rule))
    second = Engine.load(tmp_path).version
    assert first != second and len(first) == 12


def test_pattern_ids_are_unique(engine):
    ids = [pid for p in engine.patterns for pid in (p.id, *(a.pattern_id for a in p.also))]
    assert len(ids) == len(set(ids))


def _haystacks():
    for case in load_cases():
        artifact = PageArtifact(case["url"], (FIXTURES / case["file"]).read_text("utf-8"),
                                requests=tuple(case.get("requests", ())), js_globals=tuple(case.get("js_globals", ())))
        yield PageHaystacks(artifact, parse_page(artifact), frozenset())


def test_prefilter_never_hides_a_match(engine):
    """Soundness of the derived literals: wherever a regex matches, one of its literals occurs."""
    for pages in _haystacks():
        for p in engine.patterns:
            if p.kind in KEYED_KINDS or not p.literals:
                continue
            if p.kind == "dom":
                if pages.parsed.root is not None and p.selector(pages.parsed.root):
                    assert any(lit in pages.get("html").text for lit in p.literals), p.id
                continue
            hay = pages.get(p.kind)
            if p.regex.search(hay.text):
                assert any(lit in (hay.hosts if p.in_host else hay.text) for lit in p.literals), p.id


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcdef.-/:?=_ßÄ", max_size=40))
def test_prefilter_sound_on_random_text(engine_text):
    engine = _ENGINE
    lowered = engine_text.lower()
    for p in engine.patterns:
        if p.literals and p.regex is not None and p.kind not in KEYED_KINDS and p.regex.search(lowered):
            assert any(lit in lowered for lit in p.literals), p.id


_ENGINE = Engine.load()


def test_requires_and_excludes_between_rules(tmp_path):
    rules = {"rules": [
        {"id": "base", "component": "chatbot", "patterns": {"text": [{"pattern": "\\bwidget\\b", "confidence": 30}]}},
        {"id": "needs-base", "component": "chatbot", "requires": ["base"],
         "patterns": {"text": [{"pattern": "\\bbot\\b", "confidence": 30}]}},
        {"id": "not-with-base", "component": "chatbot", "excludes": ["base"],
         "patterns": {"text": [{"pattern": "\\bchat\\b", "confidence": 30}]}},
    ]}
    (tmp_path / "r.json").write_text(json.dumps(rules))
    engine = Engine.load(tmp_path)

    def fired(html: str) -> set[str]:
        return {m.evidence.pattern_id.split("/")[0] for m in engine.detect(PageArtifact("https://m.de/", html))}

    assert fired("<p>bot chat</p>") == {"not-with-base"}
    assert fired("<p>widget bot chat</p>") == {"base", "needs-base"}


WORDS = ["online beantragen", "leichte sprache", "erklärung zur barrierefreiheit", "online-terminvereinbarung", "bürgerkonto",
         "mit bundid anmelden", "giropay", "stadt-app", "ratsinformationssystem", "newsletter abonnieren", "de-mail.de",
         "x", " ", "\n", "barrierefreie", "online", "sprache", "termin", "app", "-", "§ 3a vwvfg"]


@pytest.mark.slow  # among the slowest unmarked tests (measured with --durations): kept out of `make test-fast`
@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=60).map("".join))
def test_windowed_scan_finds_what_a_full_search_finds(text):
    """scan() (search near literal hits; one-pass: only where a match can begin) agrees with a plain regex
    search on the whole text."""
    from detectors.haystack import Haystack
    from detectors.scan import LiteralHits, present_literals, scan
    hay = Haystack(text)
    for hits in (LiteralHits(), LiteralHits(_ENGINE._index)):
        for p in _ENGINE.patterns:
            if p.kind != "text":
                continue
            present = present_literals(p, hay, hits)
            found = [] if present == [] else [m.start() for m in scan(p, hay, hits, present)]
            assert found == [m.start() for m in p.regex.finditer(text)], p.id


def test_unanchored_patterns_have_no_host_literals():
    from detectors.rules import host_literals
    assert host_literals("\\bfoo\\.de/") == ()


def test_start_literals():
    assert start_literals(r"\b(?:online-?dienst|über das internet)\b") == ("online", "über das internet")
    assert start_literals(r"(?<=mit )(?:eid|ausweis)") == ("ausweis", "eid")
    assert start_literals(r"^(?:www\.)?facebook\.com/") == ()  # may begin with "facebook"
    assert start_literals(r"\w+online") == ()
    assert start_literals(r"(?:ab|cde)x") == ()  # "ab" is too short to look for
    assert start_literals(r"Bürger\S{0,5}") == ("bürger",)
    assert start_literals(r"\u0131stanbul|ok") == ()


def test_begins_line():
    from detectors.rules import begins_line

    assert begins_line(r"^(?:www\.)?facebook\.com/")
    assert not begins_line(r"^(?:x)?$")  # may be empty
    assert not begins_line(r"(?:^|/)termine")


def test_stays_on_line():
    from detectors.rules import stays_on_line

    assert stays_on_line(r"^(?:[\w-]{1,250}\.)?facebook\.com/(?!sharer)[\w.%-]{2,}")
    assert stays_on_line(r"^action=[^ \n]{0,250}/suche") and stays_on_line(r"a.b") and stays_on_line(r"x(?=\n)")
    for source in (r"a\nb", r"[^/]x", r"a\sb", r"[\t-\r]", r"[^\S]", r"\W", r"(?s)a.b", r"(?s:a.)b", r"(a)\1", r"a|b\n"):
        assert not stays_on_line(source), source


def test_line_start_patterns_begin_only_on_lines_with_a_literal():
    """One-pass scan() of ^-anchored one-line patterns (tried only at the starts of lines holding a literal)
    finds what a plain search of the whole link list finds, match for match."""
    from detectors.scan import LiteralHits, present_literals, scan
    hosts = ["www.facebook.com", "facebook.com", "de-de.facebook.com", "m.facebook.com.evil.de", "twitter.com", "x.com",
             "www.youtube.com", "geoportal.kreis.de", "www.instagram.com", "gemeinde.de"]
    paths = ["/gemeinde", "/sharer/sharer.php?u=x", "/", "/channel/abc", "/@stadt", "/p?url=https://facebook.com/x", "/a.b"]
    hrefs = [f"https://{h}{p}" for h in hosts for p in paths]
    for page in range(3):
        shown = hrefs[page::3]
        html = "<html><body>" + "".join(f'<a href="{h}">{i}</a>' for i, h in enumerate(shown)) + "</body></html>"
        pages = PageHaystacks(PageArtifact("https://gemeinde.de/", html), parse_page(PageArtifact("https://gemeinde.de/", html)),
                              frozenset())
        hay, hits = pages.get("link_href"), LiteralHits(_ENGINE._index)
        narrowed = [p for p in _ENGINE.patterns if p.kind == "link_href" and p.line_start and p.one_line]
        assert len(narrowed) > 20
        for p in narrowed:
            present = present_literals(p, hay, hits)
            found = [] if present == [] else [m.span() for m in scan(p, hay, hits, present)]
            assert found == [m.span() for m in p.regex.finditer(hay.text)], p.id


def test_one_pass_scan_past_max_hits():
    """Past MAX_HITS tries at literal hits, the one-pass scan goes on as finditer: the same matches."""
    from detectors.haystack import Haystack
    from detectors.scan import MAX_HITS, LiteralHits, present_literals, scan
    text = "online " * (MAX_HITS + 5) + "online-terminvereinbarung bürgerportal online beantragen " * 3
    hay = Haystack(text)
    tried = 0
    for p in _ENGINE.patterns:
        if p.kind == "text" and p.starts:
            hits = LiteralHits(_ENGINE._index)
            present = present_literals(p, hay, hits)
            found = [] if present == [] else [m.span() for m in scan(p, hay, hits, present)]
            assert found == [m.span() for m in p.regex.finditer(text)], p.id
            tried += bool(present)
    assert tried > 3
