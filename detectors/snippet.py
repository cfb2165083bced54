"""Evidence windows a person can check: the whole match with some context, cut at word boundaries.

A snippet is what the report, the web app and ``reifegrad result`` show as proof; ``mark`` is where the
match lies inside it, so views can highlight exactly what the pattern found (``<mark>``, «…»). Pure.
"""
from __future__ import annotations

import re
from typing import NamedTuple

SNIPPET = 200  # longest snippet, ellipses included
FORMAT = 3  # how snippets are cut; a change makes the crawler judge remembered pages again (crawler/memos.py)
ELLIPSIS = "…"
ARROW = " -> "  # a link's evidence reads "anchor text -> URL" (engine._item_snippet)
NEAR = 48  # raw characters beyond the room that usually hold enough context (see _context)
_BREAK = re.compile(r"[^\w]")  # where markup without spaces may be cut: any non-word character



class Snippet(NamedTuple):
    """What evidence shows: ``text``, the match at ``text[mark[0]:mark[1]]`` (None: not located), and
    whether the text is page source (markup, a header, a script) to be shown as code."""

    text: str
    mark: tuple[int, int] | None
    markup: bool = False


def _squash(text: str) -> str:
    """``re.sub(r"\\s+", " ", text)``: each run of blanks one space. Visible text is squashed already: every
    blank but " " is unprintable, so a printable text without "  " has nothing to squash. Else split and
    join (the same blanks: both ask Unicode's whitespace), several times faster than the regex."""
    if "  " not in text and text.isprintable():
        return text
    squashed = " ".join(text.split())
    if not squashed:
        return " " if text else ""
    if text[0].isspace():
        squashed = " " + squashed
    if text[-1].isspace():
        squashed += " "
    return squashed


def window(source: str, start: int, end: int, width: int = SNIPPET) -> Snippet:
    """The match ``source[start:end]`` with context on both sides, blanks collapsed, at most ``width``
    characters; a side that was cut starts or ends at a word boundary and carries "…". The match is
    always shown whole (a match longer than the window is cut at its end, with "…")."""
    while start < end and source[start].isspace():
        start += 1
    while end > start and source[end - 1].isspace():
        end -= 1
    found = _squash(source[start:end])
    if len(found) >= width:
        return Snippet(found[:width - 1] + ELLIPSIS, (0, width - 1))
    room = width - len(found)
    reach = 3 * room + 16  # raw characters enough for ``room`` squashed ones, blanks included
    before = _context(source, start, room, reach, after=False)
    after = _context(source, end, room, reach, after=True)
    left = min(len(before), room // 2)
    right = min(len(after), room - left)
    left = min(len(before), room - right)  # the room the right side did not use
    before = _cut_left(before, left, cut=start - reach > 0)
    after = _cut_right(after, right, cut=end + reach < len(source))
    return Snippet(before + found + after, (len(before), len(before) + len(found)))


def _context(source: str, at: int, room: int, reach: int, after: bool) -> str:
    """The squashed ``reach`` characters after (or before) ``at``, blanks at the far end stripped; or only the
    nearer part of them when it already holds more than ``room`` characters: the cuts look no further
    than ``room`` into it (squashing all 600 characters of a text's context costs more than the rest)."""
    near = room + NEAR
    for span in (near, reach) if near < reach and (at + near < len(source) if after else at > near) else (reach,):
        part = _squash(source[at:at + span]).rstrip() if after else _squash(source[max(0, at - span):at]).lstrip()
        if len(part) > room:
            break
    return part


def _cut_left(text: str, keep: int, cut: bool) -> str:
    """At most ``keep`` characters of the end of ``text``: from a word boundary on, after "…", when cut."""
    if not cut and len(text) <= keep:
        return text
    tail = text[len(text) - keep + 1:] if keep > 1 else ""
    if len(tail) == len(text) or not text[len(text) - len(tail) - 1].isspace():
        space = tail.find(" ")
        at = space + 1 if space >= 0 else _first_break(tail)
        tail = tail[at:] if at >= 0 else ""
    return ELLIPSIS + tail if tail.strip() else ""


def _cut_right(text: str, keep: int, cut: bool) -> str:
    """At most ``keep`` characters of the start of ``text``: up to a word boundary, then "…", when cut."""
    if not cut and len(text) <= keep:
        return text
    head = text[:keep - 1] if keep > 1 else ""
    if len(head) < len(text) and not text[len(head)].isspace():
        space = head.rfind(" ")
        at = space if space >= 0 else _last_break(head) + 1
        head = head[:at] if at > 0 else ""
    return head.rstrip() + ELLIPSIS if head.strip() else ""


def _first_break(text: str) -> int:
    found = _BREAK.search(text)
    return found.start() if found else -1


def _last_break(text: str) -> int:
    positions = [m.start() for m in _BREAK.finditer(text)]
    return positions[-1] if positions else -1


def within(text: str, part: str, offset: int = 0, width: int = SNIPPET) -> Snippet:
    """``text`` cut to ``width`` with the first occurrence of ``part`` (compared case-insensitively)
    marked; ``offset`` skips a prefix that is not searched (a link's text before its address)."""
    part = part.strip()
    at = text.lower().find(part.lower(), offset) if part else -1
    if at < 0:
        return Snippet(text[:width], None)
    if at + len(part) <= width:
        return Snippet(text[:width], (at, at + len(part)))
    return window(text, at, at + len(part), width)


def link_parts(snippet: str) -> tuple[str, str]:
    """The anchor text and the URL of a link's evidence ("text -> URL"; a link without text is its URL alone)."""
    text, _, url = snippet.rpartition(ARROW)
    return text, url
