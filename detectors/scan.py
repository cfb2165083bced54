"""Searching a pattern only where it can match: near the hits of its required literals.

A keyword regex such as ``\\b(?:online-terminvereinbarung|terminbuchung)\\b`` has no fixed prefix, so a
plain ``search`` tries every position of a 140 KB text (milliseconds). Every match contains one of the
pattern's literals and is at most ``width`` characters long, so searching the windows around the
literal hits finds the same matches; each window hit is confirmed on the whole text, so a window edge
can neither invent a match (``\\b``, lookaheads) nor, with windows of the full width, hide one.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .haystack import Haystack
from .rules import MAX_WINDOW, Pattern

DENSE = 0.5  # windows covering more than this share of the text: one plain scan is cheaper
MAX_HITS = 2000  # literal hits beyond which building windows costs more than it saves


class LiteralHits:
    """Per page: whether, and where, each literal occurs in each kind's haystack (computed once)."""

    __slots__ = ("_present", "_positions")

    def __init__(self) -> None:
        self._present: dict[tuple[str, str], bool] = {}
        self._positions: dict[tuple[str, str], list[int]] = {}

    def present(self, kind: str, text: str, literal: str) -> bool:
        """Whether ``literal`` occurs in ``text``; ``kind`` names the text (a kind, or a kind's host list)."""
        key = (kind, literal)
        found = self._present.get(key)
        if found is None:
            found = self._present[key] = literal in text
        return found

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
        return [lit for lit in p.literals if hits.present(p.kind + "#hosts", hay.hosts, lit)]
    return [lit for lit in p.literals if hits.present(p.kind, hay.text, lit)]


def scan(p: Pattern, hay: Haystack, hits: LiteralHits, present: list[str] | None) -> Iterator[re.Match[str]]:
    """The pattern's matches in the haystack, in text order, skipping text that cannot match.

    ``present`` comes from ``present_literals``: the search runs only around those literals' hits.
    """
    text = hay.text
    windows = None if present is None or p.width > MAX_WINDOW else _windows(p, text, present, hits)
    if windows is None:
        yield from p.regex.finditer(text)
        return
    end = len(text)
    last = -1
    for lo, hi in windows:
        for found in p.regex.finditer(text, max(lo, last + 1), hi):
            confirmed = found if hi == end else p.regex.match(text, found.start())
            if confirmed is not None and confirmed.start() > last:
                last = confirmed.start()
                yield confirmed


def _windows(p: Pattern, text: str, literals: list[str], hits: LiteralHits) -> list[tuple[int, int]] | None:
    starts = sorted(at for lit in literals for at in hits.positions(p.kind, text, lit))
    if len(starts) > MAX_HITS:
        return None
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
