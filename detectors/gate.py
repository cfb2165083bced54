"""A gate in front of the regexes: one Hyperscan pass per haystack says which patterns can match at all.

The literal prefilter (``scan.LiteralIndex``) wakes a pattern when one of its literals occurs, and on a real
page common words ("online", "termin", "formular") wake two of three patterns for nothing: each then costs a
windowed Python search. Here every pattern is also compiled, once, as a *relaxed* expression whose matches
include all of Python's (``relax``): a pattern the gate does not report cannot match, and one it reports is
searched exactly as before, so findings do not change; only the searches that would find nothing go.

Compiling the relaxed expressions takes seconds, so the databases are kept in a cache directory
(``REIFEGRAD_CACHE``, default ``~/.cache/reifegrad``) under a hash of what they were compiled from; an unreadable,
foreign or missing file is compiled again, and a cache that cannot be written only costs the seconds.
"""
from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
from collections.abc import Mapping, Sequence
from importlib.metadata import version
from pathlib import Path

import hyperscan

from .scan import LiteralHits
from .scratches import Scratches

# Non-UCP UTF-8 mode: \w, \d, \s are ASCII there, and Unicode classes would cost seconds per pattern to compile.
FLAGS = (hyperscan.HS_FLAG_CASELESS | hyperscan.HS_FLAG_MULTILINE | hyperscan.HS_FLAG_UTF8
         | hyperscan.HS_FLAG_PREFILTER | hyperscan.HS_FLAG_SINGLEMATCH | hyperscan.HS_FLAG_ALLOWEMPTY)
WIDE = r"\x{80}-\x{10ffff}"  # every non-ASCII character: what Python's Unicode \w, \d, \s may add to ASCII
LONG_BOUND = 10  # {m,n} with n at least this becomes {m,}: long bounded repeats make Hyperscan's automata huge
_BOUNDED = re.compile(r"\{(\d*),(\d+)\}")  # Python reads {,n} as {0,n}; Hyperscan as text


def relax(source: str) -> str | None:
    """An expression for Hyperscan (UTF-8, caseless, multi-line, non-UCP) that matches wherever Python's
    ``re.compile(source, re.I | re.M)`` can match, or None when that cannot be promised.

    Word boundaries go (a superset without them); \\w, \\d and \\s, alone or in a class, also take every
    non-ASCII character (Hyperscan's are ASCII, Python's Unicode); long bounded repeats become unbounded.
    \\W, \\S and \\D are already wider in Hyperscan; inside a negated class they would be narrower: None.
    What Hyperscan does not know (\\u00e4, a named back reference) fails to compile: that pattern is not gated.
    """
    if any(c > "\x7f" and c.upper().lower() != c for c in source):
        return None  # "Ä", "ß", "ſ": Python's IGNORECASE folds them, Hyperscan's (ASCII in this mode) does not
    out: list[str] = []
    i, in_class, negated = 0, False, False
    while i < len(source):
        c = source[i]
        if c == "\\" and i + 1 < len(source):
            escape = source[i + 1]
            i += 2
            if escape in "bB" and not in_class:
                continue
            if escape in "wds":
                out.append(f"\\{escape}{WIDE}" if in_class and not negated else
                           f"\\{escape}" if in_class else f"[\\{escape}{WIDE}]")
                continue
            if escape in "WSD" and in_class and negated:
                return None
            out.append(c + escape)
            continue
        if in_class:
            if c == "[":
                return None  # Python reads "[[:alpha:]]" as a set of characters, Hyperscan as a POSIX class
            in_class = c != "]" or out[-1] == "[" or out[-1] == "[^"
        elif c == "[":
            in_class, negated = True, source.startswith("^", i + 1)
            if negated:
                out.append("[^")
                i += 2
                continue
        elif c == "{" and (bounded := _BOUNDED.match(source, i)) and (
                not bounded.group(1) or int(bounded.group(2)) >= LONG_BOUND):
            out.append("{%s,}" % (bounded.group(1) or "0"))
            i = bounded.end()
            continue
        out.append(c)
        i += 1
    return "".join(out)


class RegexGate:
    """Per haystack kind, one database of the kind's relaxed patterns; ``ruled_out`` answers for all of them
    in one pass. Patterns ``relax`` refuses, or Hyperscan cannot compile, are always possible."""

    def __init__(self, sources_by_kind: Mapping[str, Sequence[str | None]], cache: Path | None = None):
        self._databases: dict[str, hyperscan.Database] = {}
        self._gated: dict[str, frozenset[int]] = {}
        self._scratches = Scratches()
        for kind, sources in sources_by_kind.items():  # a source None stays out (the pattern's "gate": false)
            relaxed = {i: r for i, s in enumerate(sources) if s is not None and (r := relax(s)) is not None}
            if relaxed:
                self._databases[kind], self._gated[kind] = _database(relaxed, cache)

    def __contains__(self, kind: str) -> bool:
        return kind in self._databases

    def ruled_out(self, kind: str, text: str, hits: LiteralHits) -> frozenset[int]:
        """The patterns of the kind (by index) that cannot match ``text``; none when the gate cannot answer
        for it: a character Python's case-insensitive matching equates with an ASCII letter, or a lone
        surrogate that is not UTF-8. ``hits`` is the page's: it knows both of the text already."""
        database = self._databases.get(kind)
        if database is None or not hits.plain_case(kind, text):
            return frozenset()
        data, valid = hits.utf8(kind, text)
        if not valid:
            return frozenset()
        found: set[int] = set()

        def on_match(index: int, start: int, end: int, flags: int, context: object) -> None:
            found.add(index)

        database.scan(data, match_event_handler=on_match, scratch=self._scratches.of(kind, database))
        return self._gated[kind].difference(found)


def _database(relaxed: Mapping[int, str], cache: Path | None) -> tuple[hyperscan.Database, frozenset[int]]:
    """The compiled database of the relaxed expressions and the ids it holds (an expression Hyperscan
    refuses stays out, so its pattern is always possible), read from the cache when it is there."""
    ids = sorted(relaxed)
    expressions = [relaxed[i].encode("utf-8") for i in ids]
    key = hashlib.sha256(repr((version("hyperscan"), FLAGS, ids, expressions)).encode()).hexdigest()[:24]
    path = (cache or cache_dir()) / f"gate-{key}.hsdb"
    try:
        data = path.read_bytes()
        held = frozenset(int(x) for x in data[:data.index(b"\n")].split())
        return hyperscan.loadb(data[data.index(b"\n") + 1:], hyperscan.HS_MODE_BLOCK), held
    except (OSError, ValueError, hyperscan.HyperscanError):
        pass
    try:
        database = _compile(ids, expressions)
    except hyperscan.HyperscanError:
        kept = [(i, e) for i, e in zip(ids, expressions) if _compiles(e)]
        ids, expressions = [i for i, _ in kept], [e for _, e in kept]
        database = _compile(ids, expressions)
    _store(path, " ".join(map(str, ids)).encode() + b"\n" + hyperscan.dumpb(database))
    return database, frozenset(ids)


def _compile(ids: list[int], expressions: list[bytes]) -> hyperscan.Database:
    database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    database.compile(expressions=expressions, ids=ids, elements=len(ids), flags=[FLAGS] * len(ids))
    return database


def _compiles(expression: bytes) -> bool:
    try:
        _compile([0], [expression])
    except hyperscan.HyperscanError:
        return False
    return True


def _store(path: Path, data: bytes) -> None:
    """Write atomically (concurrent processes compile the same database); a failure only loses the cache."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".gate-")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as fh:
            fh.write(data)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def cache_dir() -> Path:
    configured = os.environ.get("REIFEGRAD_CACHE")
    if configured:
        return Path(configured)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "reifegrad"
