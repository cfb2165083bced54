"""Searching a pattern only where it can match: near the hits of its required literals.

A keyword regex such as ``\\b(?:online-terminvereinbarung|terminbuchung)\\b`` has no fixed prefix, so a
plain ``search`` tries every position of a 140 KB text (milliseconds). Every match contains one of the
pattern's literals and is at most ``width`` characters long, so searching the windows around the
literal hits finds the same matches; each window hit is confirmed on the whole text, so a window edge
can neither invent a match (``\\b``, lookaheads) nor, with windows of the full width, hide one.

The one-pass engine goes further: where every match begins with one of a few start literals, the regex is
tried at their hits only, on the whole text (no windows to confirm); a ``^`` pattern that cannot cross a
line break (most URL patterns) is tried only at the starts of the lines holding a literal hit, however
wide it is: on a page of 300 links that is a few tries instead of 300. The hits of a literal are found
once per page and text, for every pattern that asks.
"""
from __future__ import annotations

import re
from heapq import heapify, heappop, heappush
from collections.abc import Collection, Iterable, Iterator, Mapping

import hyperscan

from .haystack import Haystack
from .page import narrow_bytes
from .rules import MAX_WINDOW, Pattern
from .scratches import Scratches

# The only characters that survive lower-casing and still match another of rules.START_CHARS case-
# insensitively in Python's re: dotless i matches "i", long s matches "s" (checked over all of Unicode).
CASE_EXCEPTIONS = ("\u0131", "\u017f")
FOLDS_TO_ASCII = ("\u0130", "\u212a")  # İ and the Kelvin sign: the only letters outside ASCII whose lower case holds ASCII
FOLDED_ASCII = "".join(FOLDS_TO_ASCII)
APART = "#apart"  # names the literals of a kind's patterns that its regex gate does not hold (read in the kind's text)
DENSE = 0.5  # windows covering more than this share of the text: one plain scan is cheaper
MAX_HITS = 2000  # literal hits beyond which building windows costs more than it saves


class LiteralIndex:
    """All literals of all patterns, one Hyperscan literal database per haystack: a page's text is read
    once for every literal of every pattern, instead of once per literal (UTF-8 bytes: a literal occurs
    in the bytes exactly where it occurs in the string). Each thread scans with its own scratch space.

    The texts named ``caseless`` are lower-cased page source (the markup): when their literals are ASCII,
    the database matches them regardless of ASCII case, so the source as written can be read instead of
    lower-casing it first (``found_caseless``)."""

    def __init__(self, literals_by_text: Mapping[str, Iterable[str]], caseless: Collection[str] = ()):
        self._databases: dict[str, tuple[hyperscan.Database, list[str]]] = {}
        self._caseless: set[str] = set()
        self._scratches = Scratches()
        for name, literals in literals_by_text.items():
            words = sorted(set(literals))
            if not words:
                continue
            expressions = [w.encode("utf-8") for w in words]
            flags = [hyperscan.HS_FLAG_SINGLEMATCH] * len(words)
            if name in caseless and all(w.isascii() for w in words):
                self._caseless.add(name)
                expressions += [c.encode("utf-8") for c in FOLDS_TO_ASCII]
                flags = [f | hyperscan.HS_FLAG_CASELESS for f in flags] + [hyperscan.HS_FLAG_SINGLEMATCH] * len(FOLDS_TO_ASCII)
            database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
            database.compile(expressions=expressions, ids=list(range(len(expressions))), elements=len(expressions),
                             flags=flags, literal=True)
            self._databases[name] = (database, words)

    def found(self, name: str, data: bytes) -> set[str]:
        """The literals that occur in ``data`` (a text's UTF-8, ``LiteralHits.utf8``)."""
        return self._scan(name, data) or set()

    def found_caseless(self, name: str, data: bytes) -> set[str] | None:
        """The literals that occur in the lower case of ``data`` (UTF-8 of a text as written), or None: the
        database is not caseless, or the text holds a letter whose lower case is ASCII (ask ``found``)."""
        return self._scan(name, data) if name in self._caseless else None

    def _scan(self, name: str, data: bytes) -> set[str] | None:
        entry = self._databases.get(name)
        found: set[str] = set()
        if entry is None or not data:
            return found
        database, words = entry
        folds: list[int] = []

        def on_match(index: int, start: int, end: int, flags: int, context: object) -> None:
            if index < len(words):
                found.add(words[index])
            else:
                folds.append(index)

        database.scan(data, match_event_handler=on_match, scratch=self._scratches.of(name, database))
        return None if folds else found


class LiteralHits:
    """Per page: whether, and where, each literal occurs in each kind's haystack (computed once).

    With a ``LiteralIndex`` the first question about a haystack answers it for all literals in one pass;
    without one, each literal is looked up with ``in`` (the reference the one-pass engine is tested against).
    """

    __slots__ = ("_index", "_one_by_one", "_found", "_present", "_positions", "_plain_case", "_utf8")

    def __init__(self, index: LiteralIndex | None = None, one_by_one: Collection[str] = ()) -> None:
        """``one_by_one``: texts whose literals ``present`` looks up with ``in``, one at a time (the few of the patterns
        that may match, where the regex gate chose them without a literal pass over the text)."""
        self._index = index
        self._one_by_one = one_by_one
        self._found: dict[str, set[str]] = {}
        self._present: dict[tuple[str, str], bool] = {}
        self._positions: dict[tuple[str, str], list[int]] = {}
        self._plain_case: dict[str, bool] = {}
        self._utf8: dict[str, tuple[bytes, bool]] = {}

    @property
    def one_pass(self) -> bool:
        """One-pass mode tries a regex only where a match can begin; the plain engine tries every
        position (the reference)."""
        return self._index is not None

    def plain_case(self, kind: str, text: str) -> bool:
        """Whether the text holds none of CASE_EXCEPTIONS, so a case-insensitive match of a start literal
        begins exactly where the literal itself occurs."""
        known = self._plain_case.get(kind)
        if known is None:
            known = self._plain_case[kind] = not any(c in text for c in CASE_EXCEPTIONS)
        return known

    def utf8(self, name: str, text: str) -> tuple[bytes, bool]:
        """The text as UTF-8 for Hyperscan, and whether that is valid UTF-8 (a lone surrogate is passed
        through: the literal index reads bytes, the regex gate needs valid UTF-8); encoded once per text."""
        known = self._utf8.get(name)
        if known is None:
            try:
                known = (text.encode("utf-8"), True)
            except UnicodeEncodeError:
                known = (text.encode("utf-8", "surrogatepass"), False)
            self._utf8[name] = known
        return known

    def found(self, name: str, text: str) -> set[str]:
        """One-pass mode: every indexed literal that occurs in ``text`` (``name`` names the text)."""
        found = self._found.get(name)
        if found is None:
            found = self._found[name] = (self._index.found(name, self.utf8(name.partition(APART)[0], text)[0])
                                         if self._index is not None else set())
        return found

    def found_caseless(self, name: str, source: str) -> set[str] | None:
        """One-pass mode: the indexed literals that occur in the lower case of ``source`` (the text of ``name``
        as written), found without lower-casing it; None when the index cannot tell (see ``found``)."""
        found = self._found.get(name)
        if found is None and self._index is not None:
            # ASCII literals occur in narrow_bytes where they occur in the source; a letter that folds to ASCII stops it.
            # Its Latin-1 bytes may look like one's UTF-8 ("Ä°"): then the lower case is asked for nothing.
            data = narrow_bytes(source, FOLDED_ASCII)
            found = self._index.found_caseless(name, data) if data is not None else None
            if found is not None:
                self._found[name] = found
        return found

    def present(self, kind: str, text: str, literals: Iterable[str]) -> list[str]:
        """Those of ``literals`` that occur in ``text``; ``kind`` names the text (a kind, or a kind's host list)."""
        if self._index is not None and kind not in self._one_by_one:
            found = self.found(kind, text)
            return [literal for literal in literals if literal in found]
        return [literal for literal in literals if self._plain_present(kind, text, literal)]

    def _plain_present(self, kind: str, text: str, literal: str) -> bool:
        key = (kind, literal)
        known = self._present.get(key)
        if known is None:
            known = self._present[key] = literal in text
        return known

    def positions(self, kind: str, text: str, literal: str) -> list[int]:
        key = (kind, literal)
        found = self._positions.get(key)
        if found is None:
            found, at = [], text.find(literal)
            while at >= 0:
                found.append(at)
                at = text.find(literal, at + 1)
            self._positions[key] = found
        return found


def present_literals(p: Pattern, hay: Haystack, hits: LiteralHits) -> list[str] | None:
    """The pattern's literals found in the haystack ([] = the pattern cannot match; None = no literals)."""
    if not p.literals:
        return None
    if p.in_host:
        return hits.present(p.kind + "#hosts", hay.hosts, p.literals)
    return hits.present(p.kind, hay.text, p.literals)


def scan(p: Pattern, hay: Haystack, hits: LiteralHits, present: list[str] | None) -> Iterator[re.Match[str]]:
    """The pattern's matches in the haystack, in text order, skipping text that cannot match.

    ``present`` comes from ``present_literals``: the search runs only around those literals' hits. The
    one-pass engine tries the regex only where a match can begin (``_at_hits``), when no case exception
    can hide a literal from ``find``.
    """
    text = hay.text
    if hits.one_pass and hits.plain_case(p.kind, text):
        literals, lines = _begin_literals(p, present)
        if literals:
            yield from _at_hits(p.regex, text, literals, lines)
            return
    windows = None if present is None or p.width > MAX_WINDOW else _windows(p, text, present, hits)
    line_start = hits.one_pass and p.line_start
    if windows is None:
        yield from _finditer(p, text, 0, len(text), line_start)
        return
    end = len(text)
    last = -1
    for lo, hi in windows:
        for found in _finditer(p, text, max(lo, last + 1), hi, line_start):
            confirmed = found if hi == end else p.regex.match(text, found.start())
            if confirmed is not None and confirmed.start() > last:
                last = confirmed.start()
                yield confirmed


def _begin_literals(p: Pattern, present: list[str] | None) -> tuple[list[str], bool]:
    """The literals at whose hits a match can begin, and whether at the start of the hit's line instead:
    the pattern's start literals (``rules.start_literals``) when they are among its literals (every match
    begins with one; those not on the page have no hits), or, for a ``^`` pattern that stays on one line,
    its literals (every match holds one); none when neither is known."""
    if present and p.starts_among_literals:
        return [lit for lit in present if lit in p.starts], False
    if present and p.line_start and p.one_line:
        return present, True
    return [], False


def _at_hits(regex: re.Pattern[str], text: str, literals: list[str], lines: bool) -> Iterator[re.Match[str]]:
    """finditer's matches, the regex tried only at the literals' hits (or at the starts of their lines), the
    hits found in text order as more matches are asked for: the engine wants the first one that holds
    (non-empty matches: the next try begins where a match ends). Past MAX_HITS tries, finditer goes on."""
    pos = tried = 0
    last = -1
    for at in _ascending(text, literals):
        if lines:
            at = text.rfind("\n", 0, at) + 1
        if at < pos or at == last:
            continue
        if tried == MAX_HITS:
            yield from regex.finditer(text, pos)
            return
        tried, last = tried + 1, at
        found = regex.match(text, at)
        if found is not None:
            yield found
            pos = found.end()


def _ascending(text: str, literals: list[str]) -> Iterator[int]:
    """Where the literals occur, in text order, each next hit looked for only when asked for."""
    heap = [(at, literal) for literal in literals if (at := text.find(literal)) >= 0]
    heapify(heap)
    while heap:
        at, literal = heappop(heap)
        yield at
        following = text.find(literal, at + 1)
        if following >= 0:
            heappush(heap, (following, literal))


def _hits(kind: str, text: str, literals: Iterable[str], hits: LiteralHits) -> list[int] | None:
    """Where the literals occur in the text (unordered), or None past MAX_HITS."""
    found: list[int] = []
    for literal in literals:
        found += hits.positions(kind, text, literal)
        if len(found) > MAX_HITS:
            return None
    return found


def _finditer(p: Pattern, text: str, lo: int, hi: int, line_start: bool) -> Iterator[re.Match[str]]:
    """``p.regex.finditer(text, lo, hi)``; with ``line_start`` (``rules.Pattern.line_start``), the regex is
    tried only at the starts of lines."""
    if not line_start:
        return p.regex.finditer(text, lo, hi)
    starts: list[int] = [lo] if lo == 0 or text[lo - 1] == "\n" else []
    at = text.find("\n", lo, hi)
    while at >= 0:
        starts.append(at + 1)
        if len(starts) > MAX_HITS:
            return p.regex.finditer(text, lo, hi)
        at = text.find("\n", at + 1, hi)
    return _anchored(p.regex, text, starts, lo, hi)


def _anchored(regex: re.Pattern[str], text: str, starts: list[int], lo: int, hi: int) -> Iterator[re.Match[str]]:
    """finditer's matches, tried at the given positions only (each match is non-empty: it begins with a
    literal or is at least one character long, so the next search starts where it ends)."""
    pos = lo
    for at in starts:
        if at >= pos:
            found = regex.match(text, at, hi)
            if found is not None:
                yield found
                pos = found.end()


def _windows(p: Pattern, text: str, literals: list[str], hits: LiteralHits) -> list[tuple[int, int]] | None:
    found = _hits(p.kind, text, literals, hits)
    if found is None:
        return None
    starts = sorted(found)
    size = len(text)
    merged: list[tuple[int, int]] = []
    covered = 0
    longest = max(map(len, literals))
    for at in starts:
        lo, hi = max(0, at + longest - p.width), min(size, at + p.width)
        if merged and lo <= merged[-1][1]:
            covered += hi - merged[-1][1] if hi > merged[-1][1] else 0
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            covered += hi - lo
            merged.append((lo, hi))
        if covered > DENSE * size:
            return None
    return merged
