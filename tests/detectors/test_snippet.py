"""Evidence a person can check: the whole match, marked, with context cut at word boundaries; markup only
when the match is markup."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from detectors.checks import CHECKS_DIR
from detectors.disclaimers import DISCLAIMER
from detectors.engine import Engine
from detectors.page import PageArtifact, normalise_text
from detectors.snippet import ELLIPSIS, SNIPPET, _context, _cut_left, _cut_right, _squash, window

from .test_one_pass import fixture_pages

FILLER = "der gemeinderat tagt in der regel einmal im monat öffentlich im großen sitzungssaal des rathauses. "
STATEMENT = "Erklärung zur Barrierefreiheit"


def _words(text: str) -> set[str]:
    return set(text.split())


def _assert_whole_words(snippet: str, source: str) -> None:
    """Every word of the snippet is a whole word of the source (no "meinderat" for "gemeinderat")."""
    inner = snippet.removeprefix(ELLIPSIS).removesuffix(ELLIPSIS)
    assert _words(inner) <= _words(" ".join(source.split())), snippet


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \t\n\r\x0b\x1c\x85\xa0\u2003\u3000\u200bab\u00e4", max_size=30))
def test_blanks_squash_as_the_regex_does(text):
    assert _squash(text) == re.sub(r"\s+", " ", text)


def test_the_issue_case_keeps_the_keyword_and_whole_words():
    source = FILLER * 4 + f"Hier lesen Sie unsere {STATEMENT} und wie Sie Barrieren melden. " + FILLER * 4
    start = source.index(STATEMENT)
    text, mark, _ = window(source, start, start + len(STATEMENT))
    assert text[mark[0]:mark[1]] == STATEMENT
    assert text.startswith(ELLIPSIS) and text.endswith(ELLIPSIS) and len(text) <= SNIPPET
    _assert_whole_words(text, source)
    assert len(text) > SNIPPET - 40  # the context is used, not thrown away


def test_a_short_source_is_shown_whole_without_ellipsis():
    assert window("  kurz:   Erklärung\n zur Barrierefreiheit  ", 9, 41) == ("kurz: Erklärung zur Barrierefreiheit", (6, 36), False)


def test_a_match_longer_than_the_window_is_cut_at_its_end():
    text, mark, _ = window("x" * 50 + "y" * 300, 50, 350)
    assert text == "y" * (SNIPPET - 1) + ELLIPSIS and mark == (0, SNIPPET - 1)


SENTENCES = st.lists(st.sampled_from(["rathaus", "bürgerservice", "öffnungszeiten", "online", "x", "termin", " ", "  ",
                                      "\n", ".", "<p>", "&nbsp;", "leichte sprache"]), max_size=120).map(" ".join)


@settings(max_examples=100, deadline=None)
@given(SENTENCES, SENTENCES, st.integers(60, 250))
def test_any_window_holds_the_whole_match_and_only_whole_words(before, after, width):
    source = f"{before} barrierefreiheit {after}"
    start = len(before) + 1
    text, mark, _ = window(source, start, start + len("barrierefreiheit"), width)
    assert len(text) <= width and text[mark[0]:mark[1]] == "barrierefreiheit"
    _assert_whole_words(text, source)


def test_the_near_context_cuts_as_the_whole_reach():
    """window() squashes only the near context when it holds more than ``room`` characters: the cuts of
    at most ``room`` characters come out as from the whole reach, at every room and place."""
    sources = [("rathaus" + " " * 9 + "\n" * 4) * 40, ("ab " + "\t" * 3 + "x" * 5 + " " * 2) * 60, FILLER * 8]
    for source in sources:
        for at in range(0, len(source) + 1, 37):
            for room in range(1, 200, 3):
                reach = 3 * room + 16
                for after, cut_side in ((True, _cut_right), (False, _cut_left)):
                    whole = (_squash(source[at:at + reach]).rstrip() if after
                             else _squash(source[max(0, at - reach):at]).lstrip())
                    near = _context(source, at, room, reach, after)
                    assert min(len(near), room) == min(len(whole), room)
                    for keep in {1, room // 2, room}:
                        assert cut_side(near, keep, True) == cut_side(whole, keep, True)
                        assert cut_side(near, keep, False) == cut_side(whole, keep, False)


def _engines():
    return [Engine.load(), Engine.load(CHECKS_DIR)]


def test_every_fixture_match_is_marked_where_the_pattern_matched():
    """The marked part is what the pattern's regex finds (case and blanks aside) — for every kind."""
    seen = set()
    for engine in _engines():
        patterns = {pid: p for p in engine.patterns for pid in (p.id, *(a.pattern_id for a in p.also))}
        for artifact in fixture_pages():
            for m in engine.detect(artifact):
                if m.evidence.kind == DISCLAIMER:
                    continue  # a page's statement, no pattern's match (tests/detectors/test_disclaimers.py)
                ev, p = m.evidence, patterns[m.evidence.pattern_id]
                assert ev.mark is not None, ev
                marked = ev.match[ev.mark[0]:ev.mark[1]]
                assert marked.strip() and len(ev.match) <= SNIPPET
                if p.kind != "dom":
                    shown = normalise_text(marked.removesuffix(ELLIPSIS))
                    assert p.regex.search(shown) or shown in normalise_text(" ".join(ev.match.split())), ev
                seen.add(p.kind)
    assert {"text", "html", "dom", "link_href", "link_text", "meta", "script_src"} <= seen


def test_markup_only_when_the_match_is_markup(engine):
    visible = PageArtifact("https://www.musterstadt.de/", "<html><body><p>Zuständig ist das Amt. Formulare: "
                           "<b>tx_civserv_</b>formular hier.</p></body></html>")
    hidden = PageArtifact("https://www.musterstadt.de/", '<html><body class="tx_civserv_pi1"><p>Formulare</p></body></html>')
    (shown,) = [m.evidence for m in engine.detect(visible) if m.evidence.kind == "html"]
    (code,) = [m.evidence for m in engine.detect(hidden) if m.evidence.kind == "html"]
    assert not shown.markup and "<" not in shown.match and shown.match[shown.mark[0]:shown.mark[1]] == "tx_civserv_"
    assert code.markup and re.search(r'class="tx_civserv_', code.match)
    assert code.match[code.mark[0]:code.mark[1]] == "tx_civserv_"


def test_text_evidence_of_the_fixtures_is_never_markup(engine):
    for artifact in fixture_pages():
        for m in engine.detect(artifact):
            if m.evidence.kind in ("text", "link_text"):
                assert not m.evidence.markup and "<" not in m.evidence.match[m.evidence.mark[0]:m.evidence.mark[1]]


def test_text_is_quoted_as_written_even_after_letters_that_fold_longer(engine):
    """The patterns see case-folded text ("ß" is "ss" there); evidence quotes the page as written."""
    page = PageArtifact("https://www.musterstadt.de/", "<html><body><p>Rathausstraße 1, Großer Saal. Hier finden "
                        "Sie unsere <b>Erklärung zur Barrierefreiheit</b>.</p></body></html>")
    (ev,) = [m.evidence for m in engine.detect(page) if m.evidence.kind == "text"
             and m.component == "accessibility_statement"]
    assert ev.match[ev.mark[0]:ev.mark[1]] == "Erklärung zur Barrierefreiheit" and "Rathausstraße" in ev.match
