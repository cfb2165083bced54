"""The fast case conversions give exactly what str.lower and str.casefold give (they only skip their cost); a text
held one byte per character is told in O(1) and skips NFC, which would not change it."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import sqlite3
import subprocess
import sys
import unicodedata
from pathlib import Path

from detectors.casing import MAX_WIDE_RUNS, casefold, lower, one_byte
from detectors.page import _unify

CHARS = "aZ ßẞµÄäÖÜÿ\u0130\u03a3\u03c3\u2013\u201e\u212a\ud800\U0001f600Kß"


@pytest.mark.slow  # seconds of generated cases: kept out of `make test-fast`
@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=CHARS, max_size=40) | st.text(max_size=40))
def test_same_as_the_str_methods(text):
    assert lower(text) == text.lower()
    assert casefold(text) == text.casefold()


def test_many_wide_stretches():
    text = "Straße – Maß " * (MAX_WIDE_RUNS + 3)
    assert lower(text) == text.lower() and casefold(text) == text.casefold()


def test_a_text_whose_utf8_is_kept_is_left_open():
    """sqlite3 binds a text through its UTF-8, which CPython then keeps beside it: a larger size, never a wrong True."""
    text = "".join(["Gebühr ", "für ", "Pässe"])
    assert one_byte(text)
    sqlite3.connect(":memory:").execute("SELECT ?", (text,))
    assert not one_byte(text) and _unify(text) == unicodedata.normalize("NFC", text)


def test_told_right_whatever_was_asked_before_the_import():
    """The size is measured on a text of its own: were it the shared one-character "ä", whose UTF-8 something asked
    for before the import, a text of two characters held two bytes each ("A" and a combining accent) would pass."""
    probe = ("import sqlite3; sqlite3.connect(':memory:').execute('SELECT ?', ('\\u00e4',)); "
             "from detectors.casing import one_byte; print(one_byte('A\\u0301'), one_byte('\\u00e4\\u00e4'))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2]).stdout
    assert out.split() == ["False", "True"]


LATIN1 = "aZ ßµÄäÖÜÿ\u00b7\u00ad\u00a0\u00c5A\u00b4\u00a8e"  # "A" + acute accent (U+00B4) is no combining sequence


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=LATIN1 + "\u0301\u0308\u2011\u2126", max_size=300) | st.text(alphabet=LATIN1, min_size=60, max_size=300))
def test_one_byte_texts_and_nfc(text):
    latin1 = all(ord(c) < 256 for c in text)
    assert not one_byte(text) or latin1  # True only for Latin-1; False leaves it open (a text whose UTF-8 is kept)
    fresh = text + "x"  # a new text, whose UTF-8 nobody has asked for: told exactly
    assert one_byte(fresh) == latin1
    nfc = unicodedata.normalize("NFC", text)
    assert _unify(text) == nfc.replace("\u00b7", "").replace("\u00ad", "").replace("\u2011", "-").replace("\u00a0", " ")
