"""The regex gate may only rule out what Python's ``re`` cannot match: wherever a pattern matches, the gate
must call it possible (Unicode word characters, digits and spaces; long and ``{,n}`` repeats; word
boundaries), while it does rule out text that cannot match; its databases survive a broken cache."""
from __future__ import annotations

import re

import pytest

from detectors.engine import Engine, KEYED_KINDS
from detectors.gate import RegexGate, relax
from detectors.haystack import PageHaystacks
from detectors.page import parse_page
from detectors.rules import bound_quantifiers

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
]


@pytest.mark.parametrize("pattern,text", UNICODE_CASES)
def test_the_gate_lets_through_what_python_matches(pattern, text, tmp_path):
    source = bound_quantifiers(pattern)
    assert re.search(source, text, re.I | re.M), "the case itself must match in Python"
    gated, possible = RegexGate({"text": [source]}, cache=tmp_path).possible("text", text)
    assert gated == {0} and possible == {0}


def test_the_gate_rules_out_what_cannot_match(tmp_path):
    gate = RegexGate({"text": [r"\bonline-?termin", r"rathaus", "ab{,3}c"]}, cache=tmp_path)
    assert gate.possible("text", "ein rathaus ohne termine") == ({0, 1, 2}, {1})
    assert gate.possible("text", "online termin, abd") == ({0, 1, 2}, set())


def test_what_the_gate_cannot_promise_is_not_gated(tmp_path):
    assert relax(r"a[^\S\n]b") is None  # Python's \S in a negated class: Hyperscan's would be narrower
    assert relax(r"[[:alpha:]]") is None  # a nested set: Python and Hyperscan read it differently
    for folded in ("Änderung", "straße", "ſtadt"):  # Python's IGNORECASE folds these, Hyperscan's would not
        assert relax(folded) is None
    assert relax("ämter") == "ämter"
    refused = r"b\u00e4r"  # relaxed, but Hyperscan does not know Python's \u escape
    gate = RegexGate({"text": [r"[^\S\n]x", refused, "zz"]}, cache=tmp_path)
    assert gate.possible("text", "bär x") == ({2}, set())
    assert gate.possible("text", "text with a lone \ud800 surrogate") is None  # not UTF-8: no answer
    assert gate.possible("text", "ein ſ") is None  # long s: Python's IGNORECASE equates it with "s"


def test_a_broken_cache_is_compiled_again(tmp_path):
    sources = [r"\bonline-?termin\w*", r"rathaus\s+\d{1,250}"]
    first = RegexGate({"text": sources}, cache=tmp_path)
    files = list(tmp_path.glob("gate-*.hsdb"))
    assert len(files) == 1
    files[0].write_bytes(b"0 1\nnot a database")
    again = RegexGate({"text": sources}, cache=tmp_path)
    for text in ("online-terminvergabe", "rathaus 12", "nichts"):
        assert again.possible("text", text) == first.possible("text", text)
    assert files[0].read_bytes() != b"0 1\nnot a database"  # rewritten


@pytest.mark.slow  # every pattern searched in full on every page: seconds
def test_every_python_match_passes_the_gate():
    """Each pattern of each gated kind, on the simulated web's pages and the fixtures: where ``re`` finds a
    match, the gate must call the pattern possible (the one-pass tests only see the patterns literals woke)."""
    engine = Engine.load()
    checked = 0
    for artifact in [*farm_pages(5), *fixture_pages()]:
        pages = PageHaystacks(artifact, parse_page(artifact), engine.share_hosts)
        for kind, patterns in engine._by_kind:
            if kind in KEYED_KINDS or kind not in engine._gate or not pages.get(kind).text:
                continue
            answer = engine._gate.possible(kind, pages.get(kind).text)
            if answer is None:
                continue
            gated, possible = answer
            for i, p in enumerate(patterns):
                if p.regex.search(pages.get(kind).text):
                    assert i not in gated or i in possible, (artifact.url, p.id)
                    checked += 1
    assert checked > 500
