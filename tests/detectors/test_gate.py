"""The regex gate may only rule out what Python's ``re`` cannot match: wherever a pattern matches, the gate
must not rule it out (Unicode word characters, digits and spaces; long and ``{,n}`` repeats; word
boundaries), while it does rule out text that cannot match; its databases survive a broken cache."""
from __future__ import annotations

import re

import pytest

from detectors.engine import Engine, KEYED_KINDS
from detectors.gate import NON_ASCII, WIDE, RegexGate, bytewise, gaps_early, relax
from detectors.haystack import PageHaystacks
from detectors.page import PageArtifact, parse_page
from detectors.rules import bound_quantifiers
from detectors.scan import LiteralHits

from .test_one_pass import farm_pages, fixture_pages

# (pattern, text Python's re matches case-insensitively and multi-line)
UNICODE_CASES = [
    (r"\bämter\b", "die ämter sind zu"),
    (r"\w+amt\b", "das bürgeramt"),
    (r"termin\w{0,3} online", "terminüb online"),
    (r"nr\. \d{2}", "nr. ٣٤"),  # Arabic-Indic digits are \d in Python
    (r"a\sb", "a\u2003b"),  # an em space is \s in Python
    (r"^[\w.-]{1,250}\.de/", "ämter.de/"),
    (r"x.{0,20}y", "x" + "ä" * 15 + "y"),
    (r"ab{,3}c", "abbc"),  # Python's {,n} is {0,n}
    (r"[a-z\d]+@", "xü٣@"),
    (r"(?:\S+ ){0,8}online", "jetzt\u00a0über online"),
    # byte mode (``bytewise``): a character standing alone or repeated a bounded number of times may be 2-4 bytes,
    # a non-ASCII letter any case of it, a negated class any non-ASCII character; lookarounds go
    (r"x.y", "x\U0001f600y"),
    (r"x\S{1,2}y", "x€€y"),
    (r"k[äa]se", "KÄSE"),
    (r"über", "ÜBER"),
    (r"ab[^c-]{0,3}d", "abü€d"),
    (r"[–-] ?x", "– x"),
    (r"(?<!nicht )über(?=all)", "überall"),
]


@pytest.mark.parametrize("pattern,text", UNICODE_CASES)
def test_the_gate_lets_through_what_python_matches(pattern, text, tmp_path):
    source = bound_quantifiers(pattern)
    assert re.search(source, text, re.I | re.M), "the case itself must match in Python"
    assert not re.search(source, "qqq", re.I | re.M)
    gate = RegexGate({"text": [source]}, cache=tmp_path)
    assert gate.ruled_out("text", "qqq", LiteralHits(), {0}) == {0}  # gated: ruled out where it cannot match
    assert gate.ruled_out("text", text, LiteralHits(), {0}) == set()


def test_the_gate_rules_out_what_cannot_match(tmp_path):
    gate = RegexGate({"text": [r"\bonline-?termin", r"rathaus", "ab{,3}c"]}, cache=tmp_path)
    assert gate.ruled_out("text", "ein rathaus ohne termine", LiteralHits(), {0, 1, 2}) == {0, 2}
    assert gate.ruled_out("text", "online termin, abd", LiteralHits(), {0, 1, 2}) == {0, 1, 2}


def test_a_word_boundary_next_to_a_letter_written_as_such_is_kept(tmp_path):
    """Python's \\b beside an ASCII letter is a boundary only where the other side holds no Unicode word character,
    so Hyperscan's (no ASCII word character) is there too: the gate keeps it and rules out "Stellenangebote" for a
    pattern of "Stellenangebot" alone; beside a group it is kept where every alternative ends with such a letter."""
    assert relax(r"\bstellen(?:ausschreibung|angebot)\b") == r"\bstellen(?:ausschreibung|angebot)\b"
    assert relax(r"(?:ab|c-)\b") == "(?:ab|c-)" and relax(r"x\x2d\b") == r"x\x2d" and relax(r"\bs?x") == "s?x"
    assert relax(r"(?:a(?=x)|b)\b") == "(?:a(?=x)|b)" and relax(r"\d\b") == f"[\\d{WIDE}]"
    source = r"(?<!keine )\bstellen(?:ausschreibung|angebot|anzeige)\b"
    gate = RegexGate({"text": [source]}, cache=tmp_path)
    assert gate.ruled_out("text", "unsere stellenangebote", LiteralHits(), {0}) == {0}
    assert gate.ruled_out("text", "xstellenanzeige", LiteralHits(), {0}) == {0}  # no boundary before it either
    for text in ("ein stellenangebot.", "stellenangebot\u00a0x", "–stellenanzeige\u2003", "stellenanzeige"):
        assert re.search(source, text, re.I | re.M)
        assert gate.ruled_out("text", text, LiteralHits(), {0}) == set()


def test_the_relaxed_expressions_are_read_in_byte_mode():
    """A wide class repeated without bound is one byte class (its bytes are as many or more); alone or repeated a bounded
    number of times it is its ASCII part or any non-ASCII character's bytes; what byte mode cannot promise stays UTF-8."""
    assert bytewise(relax(r"\w{0,250}amt")) == r"[\w\x80-\xff]{0,}amt"
    assert bytewise(relax(r"(?:\S{1,40} ){0,8}")) == r"(?:\S{1,} ){0,8}"
    assert bytewise(relax(r"termin\w{0,3}")) == rf"termin(?:[\w]|{NON_ASCII}){{0,3}}"
    assert bytewise("x.y") == rf"x(?:[^\n\x80-\xff]|{NON_ASCII})y" and bytewise("x.+") == r"x[^\n]+"
    assert bytewise("[^.!?]{0,}") == "[^.!?]{0,}" and bytewise("[^.!?]") == rf"(?:[^.!?\x80-\xff]|{NON_ASCII})"
    assert bytewise(relax(r"^[\w.-]{1,250}\.de/")) == r"^[\w.\-\x80-\xff]{1,}\.de/"  # the "-" stays no range
    assert bytewise("ämter") == NON_ASCII + "mter" and bytewise(r"\xe4") == NON_ASCII
    assert bytewise(r"(?<!nicht )online(?! (?:nur|bloss))\b") == r"online\b"
    for unknown in (r"(a)\1", r"\x{e4}", r"[à-ÿ]", r"(?i)x", r"\pL"):
        assert bytewise(unknown) is None


def test_what_the_gate_cannot_promise_is_not_gated(tmp_path):
    assert relax(r"a[^\S\n]b") is None  # Python's \S in a negated class: Hyperscan's would be narrower
    assert relax(r"[[:alpha:]]") is None  # a nested set: Python and Hyperscan read it differently
    for folded in ("Änderung", "straße", "ſtadt"):  # Python's IGNORECASE folds these, Hyperscan's would not
        assert relax(folded) is None
    assert relax("ämter") == "ämter"
    refused = r"b\u00e4r"  # relaxed, but Hyperscan does not know Python's \u escape
    gate = RegexGate({"text": [r"[^\S\n]x", refused, "zz"]}, cache=tmp_path)
    assert gate.ruled_out("text", "bär x", LiteralHits(), {0, 1, 2}) == {2}  # only "zz" is gated
    # no answer, so "zz" is not ruled out although it does not occur: not UTF-8; a long s, which Python's
    # IGNORECASE equates with "s"
    assert gate.ruled_out("text", "text with a lone \ud800 surrogate", LiteralHits(), {0, 1, 2}) == set()
    assert gate.ruled_out("text", "ein ſ", LiteralHits(), {0, 1, 2}) == set()


def test_a_costly_relaxed_pattern_is_gated_apart(tmp_path):
    """A pattern whose relaxed form reaches a sentence-long gap after a common short word ("sie", "alle") costs Hyperscan
    on every page: the gate measures it and scans it apart, only where its literals woke it, and still rules it out
    where it cannot match (the two participation-actions patterns were kept out of the gate by hand before)."""
    assert gaps_early(r"\b(?:alle|sie|ihr) (?:\S{1,30} )?(?:können|kann)") and gaps_early(r"\b(?:uns|wir)[^.!?]{0,250}bebpo")
    assert not gaps_early(r"[\w-]{0,250}newsletter") and not gaps_early(r"\bonline-?termin\w{0,250}")
    engine = Engine.load()
    texts = dict(engine._by_kind)["text"]
    apart = {p.id for i, p in enumerate(texts) if i in engine._gate._apart["text"]}
    assert {"participation-actions/text/actions", "participation-actions/text/actions-online"} <= apart
    assert len(apart) < len(texts) / 20  # the few that cost, not every pattern with an early gap
    costly = next(p.regex.pattern for p in texts if p.id == "participation-actions/text/actions")
    gate = RegexGate({"text": [costly, "rathaus", r"\bonline-?termin\w{0,250}"]}, cache=tmp_path)
    assert set(gate._apart["text"]) == {0}
    assert gate.ruled_out("text", "sie können hier nichts tun.", LiteralHits(), {0, 1, 2}) == {0, 1, 2}
    assert gate.ruled_out("text", "sie können die vorschläge kommentieren und bewerten", LiteralHits(), {0, 1, 2}) == {1, 2}
    assert gate.ruled_out("text", "sie können hier nichts tun.", LiteralHits(), {1}) == {1, 2}  # not woken: not scanned
    assert gate.shared("text") == {1, 2}  # what ``passed`` answers for, whatever the literals woke
    assert gate.passed("text", "das rathaus: online-terminvergabe", LiteralHits()) == {1, 2}
    assert gate.passed("text", "sie können die vorschläge kommentieren", LiteralHits()) == set()
    assert gate.passed("text", "das rathaus ſ", LiteralHits()) is None  # the gate cannot answer: the literals must
    page = "Noch bis Freitag können alle Interessierten die Vorschläge kommentieren und bewerten."
    matches = engine.detect(PageArtifact("https://www.musterstadt.de/", f"<p>{page}</p>"), site_domain="musterstadt.de")
    assert "participation-actions/text/actions" in {m.evidence.pattern_id for m in matches}


def test_a_broken_cache_is_compiled_again(tmp_path):
    sources = [r"\bonline-?termin\w*", r"rathaus\s+\d{1,250}"]
    first = RegexGate({"text": sources}, cache=tmp_path)
    files = list(tmp_path.glob("gate-*.hsdb"))
    assert len(files) == 1
    files[0].write_bytes(b"0 1\nnot a database")
    again = RegexGate({"text": sources}, cache=tmp_path)
    for text in ("online-terminvergabe", "rathaus 12", "nichts"):
        assert again.ruled_out("text", text, LiteralHits(), {0, 1}) == first.ruled_out("text", text, LiteralHits(), {0, 1})
    assert files[0].read_bytes() != b"0 1\nnot a database"  # rewritten


@pytest.mark.slow  # every pattern searched in full on every page: seconds
def test_every_python_match_passes_the_gate():
    """Each pattern of each gated kind, on the simulated web's pages and the fixtures: where ``re`` finds a
    match, the gate must not rule the pattern out (the one-pass tests only see the patterns literals woke)."""
    engine = Engine.load()
    checked = 0
    for artifact in [*farm_pages(5), *fixture_pages()]:
        pages = PageHaystacks(artifact, parse_page(artifact), engine.share_hosts)
        for kind, patterns in engine._by_kind:
            if kind in KEYED_KINDS or kind not in engine._gate or not pages.get(kind).text:
                continue
            ruled_out = engine._gate.ruled_out(kind, pages.get(kind).text, LiteralHits(), range(len(patterns)))
            for i, p in enumerate(patterns):
                if p.regex.search(pages.get(kind).text):
                    assert i not in ruled_out, (artifact.url, p.id)
                    checked += 1
    assert checked > 500
