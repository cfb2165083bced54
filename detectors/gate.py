"""A gate in front of the regexes: one Hyperscan pass per haystack says which patterns can match at all.

The literal prefilter (``scan.LiteralIndex``) wakes a pattern when one of its literals occurs, and on a real
page common words ("online", "termin", "formular") wake two of three patterns for nothing: each then costs a
windowed Python search. Here every pattern is also compiled, once, as a *relaxed* expression whose matches
include all of Python's (``relax``): a pattern the gate does not report cannot match, and one it reports is
searched exactly as before, so findings do not change; only the searches that would find nothing go.

A relaxed pattern that reaches a long gap a few characters after its start ("sie können … kommentieren": any
"sie", then up to a sentence) may keep Hyperscan's automaton busy wherever the short start occurs, on every page,
however rare the pattern's literals are. Such a pattern (``gaps_early``) is compiled alone and its scan of a probe of
municipal prose is timed against a literal's; one that costs COSTLY times as much or more stays out of the kind's
database and is scanned apart, only on a page whose literals woke it (its cost is kept in the cache beside it, so a
process decides as the one before it did).

The relaxed expressions are compiled in Hyperscan's byte mode where ``bytewise`` can read them so (all of today's): in UTF-8
mode every ``\\S``, ``.`` or wide class is an automaton over one to four bytes, and the word gaps' bounded repeats of them
made the text database 7 MB, out of the CPU caches by the time a page's text is scanned; in byte mode it is 5 MB and
rules out the same patterns.

Compiling the relaxed expressions takes seconds, so the databases are kept in a cache directory
(``REIFEGRAD_CACHE``, default ``~/.cache/reifegrad``) under a hash of what they were compiled from; an unreadable,
foreign or missing file is compiled again, and a cache that cannot be written only costs the seconds.
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import re
import tempfile
import time
from collections.abc import Collection, Mapping, Sequence
from importlib.metadata import version
from pathlib import Path

import hyperscan

from .rules import sre_c, sre_parse
from .scan import LiteralHits
from .scratches import Scratches

# Non-UCP UTF-8 mode: \w, \d, \s are ASCII there, and Unicode classes would cost seconds per pattern to compile.
FLAGS = (hyperscan.HS_FLAG_CASELESS | hyperscan.HS_FLAG_MULTILINE | hyperscan.HS_FLAG_UTF8
         | hyperscan.HS_FLAG_PREFILTER | hyperscan.HS_FLAG_SINGLEMATCH | hyperscan.HS_FLAG_ALLOWEMPTY)
BYTE_FLAGS = FLAGS & ~hyperscan.HS_FLAG_UTF8  # for ``bytewise`` expressions, scanned over the same UTF-8 bytes
WIDE = r"\x{80}-\x{10ffff}"  # every non-ASCII character: what Python's Unicode \w, \d, \s may add to ASCII
LONG_BOUND = 10  # {m,n} with n at least this becomes {m,}: long bounded repeats make Hyperscan's automata huge
_BOUNDED = re.compile(r"\{(\d*),(\d+)\}")  # Python reads {,n} as {0,n}; Hyperscan as text
EARLY = 5  # a gap reached within this many characters of a match's start ("sie ", "wir ", "im "): its cost is measured
COSTLY = 24  # probe scan / a literal's at which a pattern is scanned apart (most 8-15; the costly seven 33-485)
PROBE = ("Die Stadt bietet Ihnen viele Dienste online an. Sie können im Bürgerbüro einen Termin vereinbaren, und wir "
         "beraten Sie gern über alle Fragen. Auf unserer Seite finden Sie das Formular für den Antrag, die Gebühren und "
         "die Öffnungszeiten des Rathauses. Alle Bürgerinnen und Bürger können sich bei uns melden, per E-Mail, Telefon "
         "oder im Internet. Über das Portal reichen Sie Unterlagen ein; die Verwaltung bearbeitet sie zügig. Im Jahr 2025 "
         "hat der Gemeinderat beschlossen, die Kita-Plätze auszubauen. Das Amt ist montags bis freitags von 8 bis 12 Uhr "
         "geöffnet. Wir informieren Sie in unserem Newsletter über Neuigkeiten aus der Gemeinde und dem Landkreis. ") * 30
# (20 KB of the words phrase patterns begin with, in sentences: die, sie, wir, uns, im, alle, können)
_REPEATS = (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT)


_ARGUMENT = re.compile(r"[0-9a-fA-F]{0,2}")  # what follows \\x or a digit escape: part of the escape, no literal


def _plain_word(last: list[str]) -> bool:
    """Whether ``last`` is one element of ``relax``'s output (or source) that is an ASCII letter or digit as written."""
    return len(last) == 1 and len(last[0]) == 1 and last[0].isascii() and last[0].isalnum()


def _ends_plain(group: str) -> bool:
    """Whether every match of the group (its source, parentheses included) ends with an ASCII letter or digit written
    as such: "(?:ausschreibung|angebot)" does."""
    try:
        items = list(sre_parse.parse(group, re.IGNORECASE))
    except re.error:
        return False
    return _last_plain(items)


def _last_plain(items: list) -> bool:
    if not items:
        return False
    op, arg = items[-1]
    if op is sre_c.LITERAL:
        return arg < 128 and chr(arg).isalnum()
    if op is sre_c.IN:  # "(?:a|b)" is parsed as a set of its letters
        return all(o is sre_c.LITERAL and a < 128 and chr(a).isalnum() for o, a in arg)
    if op is sre_c.SUBPATTERN:
        return _last_plain(list(arg[-1]))
    if op is sre_c.BRANCH:
        return all(_last_plain(list(branch)) for branch in arg[1])
    return False


def relax(source: str) -> str | None:
    """An expression for Hyperscan (UTF-8, caseless, multi-line, non-UCP) that matches wherever Python's
    ``re.compile(source, re.I | re.M)`` can match, or None when that cannot be promised.

    Word boundaries go (a superset without them), except a \\b next to an ASCII letter or digit written as such: there
    Python's boundary (the other side no Unicode word character) is also Hyperscan's (no ASCII one), so "angebot\\b"
    no longer passes "Stellenangebote"; \\w, \\d and \\s, alone or in a class, also take every
    non-ASCII character (Hyperscan's are ASCII, Python's Unicode); long bounded repeats become unbounded.
    \\W, \\S and \\D are already wider in Hyperscan; inside a negated class they would be narrower: None.
    What Hyperscan does not know (\\u00e4, a named back reference) fails to compile: that pattern is not gated.
    """
    if any(c > "\x7f" and c.upper().lower() != c for c in source):
        return None  # "Ä", "ß", "ſ": Python's IGNORECASE folds them, Hyperscan's (ASCII in this mode) does not
    out: list[str] = []
    i, in_class, negated = 0, False, False
    opened: list[int] = []  # where the group that ends last began (a closed one's start stays last)
    starts: list[int] = []
    while i < len(source):
        c = source[i]
        if not in_class and c == "(":
            starts.append(i)
        elif not in_class and c == ")" and starts:
            opened.append(starts.pop())
        if c == "\\" and i + 1 < len(source):
            escape = source[i + 1]
            i += 2
            if escape in "bB" and not in_class:
                if escape == "b" and (_plain_word(out[-1:]) or out[-1:] == [")"] and _ends_plain(source[opened[-1]:i - 2])
                                      or _plain_word([source[i:i + 1]]) and source[i + 1:i + 2] not in ("?", "*", "+", "{")):
                    out.append("\\b")
                continue
            if escape in "wds":
                out.append(f"\\{escape}{WIDE}" if in_class and not negated else
                           f"\\{escape}" if in_class else f"[\\{escape}{WIDE}]")
                continue
            if escape in "WSD" and in_class and negated:
                return None
            digits = _ARGUMENT.match(source, i) if escape in "x0123456789" else None  # "\\x2d", "\\12": one element
            out.append(c + escape + (digits.group() if digits else ""))
            i = digits.end() if digits else i
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


NON_ASCII = r"(?:[\xc2-\xf4][\x80-\xbf]{1,3})"  # in byte mode, the UTF-8 bytes of any one non-ASCII character
_LOOKAROUNDS = ("(?=", "(?!", "(?<=", "(?<!")
_QUANTIFIER = re.compile(r"(?:[?*+]|\{\d+(?:,\d*)?\})[?+]?")
_UNBOUNDED = re.compile(r"[*+]|\{\d+,\}")
_HEX = re.compile(r"x([0-9a-fA-F]{2})")
_ZERO_WIDTH_ESCAPES = "bBAzZ"
_WIDE_ESCAPES = {"S": (r"[^\s\x80-\xff]", r"\S"), "W": (r"[^\w\x80-\xff]", r"\W"), "D": (r"[^\d\x80-\xff]", r"\D")}


def bytewise(expression: str) -> str | None:
    """``relax``'s expression for Hyperscan's byte mode: it matches the UTF-8 bytes of every text the expression matches
    in UTF-8 mode, or None where that is not promised (a back reference, an escape or group it does not know).

    In UTF-8 mode every character that may be non-ASCII (``\\S``, ``.``, a negated or wide class) is an automaton over
    one to four bytes, and the word gaps' bounded repeats of them ("(?:\\S{1,} ){0,8}") make the text database
    megabytes. In byte mode such a character repeated without bound is one byte class (its bytes are as many or more);
    standing alone or repeated a bounded number of times it is its ASCII part or the bytes of any non-ASCII character.
    A non-ASCII letter becomes any non-ASCII character (byte mode knows no case beyond ASCII, UTF-8 mode folds "Ü"
    and "ü"); lookarounds go (dropping one only adds matches). ASCII letters, ``\\b`` and anchors read as before."""
    out: list[str] = []
    i = 0
    while i < len(expression):
        if expression.startswith(_LOOKAROUNDS, i):
            end = _group_end(expression, i)
            if end is None:
                return None
            quantifier = _QUANTIFIER.match(expression, end)
            i = quantifier.end() if quantifier else end
            continue
        if expression.startswith("(?", i) and not expression.startswith(("(?:", "(?P<"), i):
            return None  # inline flags, conditionals: not relax's
        if expression[i] in "()|^$":
            out.append(expression[i])
            i += 1
            continue
        atom = _atom(expression, i)
        if atom is None:
            return None
        written, narrow, wide, i = atom
        quantifier = _QUANTIFIER.match(expression, i)
        repeat = quantifier.group() if quantifier else ""
        i = quantifier.end() if quantifier else i
        if narrow is None:
            out.append(written + repeat)
        elif _UNBOUNDED.match(repeat):
            out.append(wide + repeat)
        else:
            out.append((f"(?:{narrow}|{NON_ASCII})" if narrow else NON_ASCII) + repeat)
    return "".join(out)


def _atom(expression: str, i: int) -> tuple[str, str | None, str, int] | None:
    """The character or class at ``i``: as written, its ASCII part in byte mode (None: it is ASCII only; "": it has
    none), its byte class for an unbounded repeat, and where it ends; None for what ``bytewise`` does not know."""
    c = expression[i]
    if c == "[":
        return _byte_class(expression, i)
    if c == ".":
        return c, r"[^\n\x80-\xff]", r"[^\n]", i + 1
    if c != "\\":
        return (c, None, "", i + 1) if c.isascii() else (c, "", r"[\x80-\xff]", i + 1)
    escape = expression[i + 1:i + 2]
    if escape in _WIDE_ESCAPES:
        return expression[i:i + 2], *_WIDE_ESCAPES[escape], i + 2
    if escape == "x":
        code = _HEX.match(expression, i + 1)
        if code is None:
            return None  # \x{...} outside a class: not relax's
        return (expression[i:code.end()], None if int(code.group(1), 16) < 0x80 else "", r"[\x80-\xff]", code.end())
    if escape.isalnum() and escape not in _ZERO_WIDTH_ESCAPES + "ntrfe" or not escape:
        return None  # a back reference, \u, \p ...: not promised
    return expression[i:i + 2], None if escape.isascii() else "", r"[\x80-\xff]", i + 2


def _byte_class(expression: str, i: int) -> tuple[str, str | None, str, int] | None:
    """A class as ``_atom`` reads it: its ASCII members in byte mode, with ``WIDE`` or a non-ASCII member making it wide
    (a negated class is: it takes every non-ASCII character it does not name, and byte mode cannot name one)."""
    end = _class_end(expression, i)
    if end is None:
        return None
    negated = expression.startswith("^", i + 1)
    body = expression[i + 1 + negated:end - 1]
    members: list[str] = []
    wide = negated
    k = 0
    while k < len(body):
        if body.startswith(WIDE, k):
            wide, k = True, k + len(WIDE)
            continue
        member, k = _member(body, k)
        if member is None:
            return None
        if body.startswith("-", k) and k + 1 < len(body):
            last, k = _member(body, k + 1)
            if last is None or not (member + last).isascii() or any(len(m) > 1 and m[1] in "dws" for m in (member, last)):
                return None  # a range into non-ASCII characters, or from a class
            member += "-" + last
        if member.isascii():
            members.append(member)
        else:
            wide = True
    written, ascii_part = expression[i:end], "".join(members)
    if not wide:
        return written, None, "", end
    if negated:
        return written, f"[^{ascii_part}\\x80-\\xff]", f"[^{ascii_part}]" if ascii_part else r"[\x00-\xff]", end
    return written, f"[{ascii_part}]" if ascii_part else "", f"[{ascii_part}\\x80-\\xff]", end


def _member(body: str, k: int) -> tuple[str | None, int]:
    """One member of a class body (a character or an escape; a non-ASCII one as its character) and where it ends; a
    "]", "^" or "-" escaped, as the members are written again in another order."""
    if body[k] != "\\":
        return ("\\" + body[k] if body[k] in "]^-" else body[k]), k + 1
    escape = body[k + 1:k + 2]
    if escape == "x":
        code = _HEX.match(body, k + 1)
        if code is None:
            return None, k
        value = int(code.group(1), 16)
        return (body[k:code.end()] if value < 0x80 else chr(value)), code.end()
    if escape in "SWD" or escape.isalnum() and escape not in "dwsntrfe" or not escape:
        return None, k
    return body[k:k + 2], k + 2


def _class_end(expression: str, i: int) -> int | None:
    """Where the class opened at ``i`` ends (after its "]"; a "]" first in it is a member)."""
    k = i + 1 + expression.startswith("^", i + 1)
    k += expression.startswith("]", k)
    while k < len(expression):
        if expression[k] == "\\":
            k += 2
        elif expression[k] == "]":
            return k + 1
        else:
            k += 1
    return None


def _group_end(expression: str, i: int) -> int | None:
    """Where the group opened at ``i`` ends (after its ")")."""
    depth = 0
    while i < len(expression):
        c = expression[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            end = _class_end(expression, i)
            if end is None:
                return None
            i = end
            continue
        depth += (c == "(") - (c == ")")
        i += 1
        if depth == 0:
            return i
    return None


def gaps_early(source: str) -> bool:
    """Whether a match of ``source`` (quantifiers bounded) can reach a long repeat, one ``relax`` leaves unbounded
    (``\\S{1,30}``, ``[^.!?]{0,120}``), after at most EARLY characters: then every occurrence of its short start keeps a
    state of Hyperscan's automaton alive through the gap (a gap at the very start costs nothing: it may be empty)."""
    try:
        return _gap_after(list(sre_parse.parse(source, re.IGNORECASE)), 0)
    except (re.error, OverflowError):
        return False


def _gap_after(items: list, before: int) -> bool:
    """Whether the sequence reaches a long repeat after a shortest lead of ``before`` + what it takes, 1..EARLY."""
    at = before
    for op, arg in items:
        if at > EARLY:
            return False
        if op in _REPEATS and (arg[1] >= LONG_BOUND and at > 0 or _gap_after(list(arg[2]), at)):
            return True
        if op is sre_c.SUBPATTERN and _gap_after(list(arg[-1]), at):
            return True
        if op is sre_c.BRANCH and any(_gap_after(list(branch), at) for branch in arg[1]):
            return True
        if op not in _ZERO_WIDTH:
            at += sre_parse.SubPattern(sre_parse.State(), [(op, arg)]).getwidth()[0]
    return False


class RegexGate:
    """Per haystack kind, one database of the kind's relaxed patterns, and one of its own for each pattern that
    ``gaps_early``; ``ruled_out`` answers for the woken ones in one pass (and one per woken pattern apart). Patterns
    ``relax`` refuses, or Hyperscan cannot compile, are always possible."""

    def __init__(self, sources_by_kind: Mapping[str, Sequence[str]], cache: Path | None = None):
        self._databases: dict[str, hyperscan.Database] = {}
        self._gated: dict[str, frozenset[int]] = {}
        self._apart: dict[str, dict[int, hyperscan.Database]] = {}
        self._scratches = Scratches()
        for kind, sources in sources_by_kind.items():
            relaxed = {i: r for i, s in enumerate(sources) if (r := relax(s)) is not None}
            for i in [i for i in relaxed if gaps_early(sources[i])]:
                database, held = _database({0: relaxed[i]}, cache)  # id 0: one file for the same pattern in every kind
                if held and _costly(relaxed[i], database, cache):
                    self._apart.setdefault(kind, {})[i] = database
                    del relaxed[i]
            if relaxed:
                self._databases[kind], self._gated[kind] = _database(relaxed, cache)

    def __contains__(self, kind: str) -> bool:
        return kind in self._databases or kind in self._apart

    def shared(self, kind: str) -> frozenset[int]:
        """The patterns of the kind (by index) in its shared database; the others are scanned apart or not gated."""
        return self._gated.get(kind, frozenset())

    def passed(self, kind: str, text: str, hits: LiteralHits) -> frozenset[int] | None:
        """Those of ``shared(kind)`` that may match ``text``, whatever the literals woke (one pass); None where the gate
        cannot answer for the text (see ``ruled_out``)."""
        data = self._data(kind, text, hits)
        if data is None or kind not in self._databases:
            return None
        return frozenset(self._found(kind, self._databases[kind], data))

    def ruled_out(self, kind: str, text: str, hits: LiteralHits, woken: Collection[int]) -> frozenset[int]:
        """Patterns of the kind (by index) that cannot match ``text``: the shared database's, scanned when one of them
        is ``woken``, and the patterns apart that are woken (one scanned apart only when woken); none when the gate
        cannot answer for the text: a character Python's case-insensitive matching equates with an ASCII letter, or a
        lone surrogate that is not UTF-8. ``hits`` is the page's: it knows both of the text already."""
        data = self._data(kind, text, hits)
        if data is None:
            return frozenset()
        out: set[int] = set()
        gated = self._gated.get(kind, frozenset())
        if not gated.isdisjoint(woken):
            out.update(gated.difference(self._found(kind, self._databases[kind], data)))
        for i, database in self._apart.get(kind, {}).items():
            if i in woken and not self._found(f"{kind}#{i}", database, data):
                out.add(i)
        return frozenset(out)

    def _data(self, kind: str, text: str, hits: LiteralHits) -> bytes | None:
        """The text's UTF-8 for the kind's databases, or None where the gate cannot answer for it."""
        if kind not in self or not hits.plain_case(kind, text):
            return None
        data, valid = hits.utf8(kind, text)
        return data if valid else None

    def _found(self, name: str, database: hyperscan.Database, data: bytes) -> set[int]:
        """The ids of the database's expressions that match ``data``."""
        found: set[int] = set()

        def on_match(index: int, start: int, end: int, flags: int, context: object) -> None:
            found.add(index)

        database.scan(data, match_event_handler=on_match, scratch=self._scratches.of(name, database))
        return found


def _database(relaxed: Mapping[int, str], cache: Path | None) -> tuple[hyperscan.Database, frozenset[int]]:
    """The compiled database of the relaxed expressions and the ids it holds (an expression Hyperscan
    refuses stays out, so its pattern is always possible), read from the cache when it is there."""
    ids = sorted(relaxed)
    compiled = [_compiled(relaxed[i]) for i in ids]
    expressions, flags = [e for e, _ in compiled], [f for _, f in compiled]
    path = _path((ids, expressions, flags), "hsdb", cache)
    try:
        data = path.read_bytes()
        held = frozenset(int(x) for x in data[:data.index(b"\n")].split())
        return hyperscan.loadb(data[data.index(b"\n") + 1:], hyperscan.HS_MODE_BLOCK), held
    except (OSError, ValueError, hyperscan.HyperscanError):
        pass
    try:
        database = _compile(ids, expressions, flags)
    except hyperscan.HyperscanError:
        kept = [(i, e, f) for i, e, f in zip(ids, expressions, flags) if _compiles(e, f)]
        ids, expressions, flags = [i for i, _, _ in kept], [e for _, e, _ in kept], [f for _, _, f in kept]
        database = _compile(ids, expressions, flags)
    _store(path, " ".join(map(str, ids)).encode() + b"\n" + hyperscan.dumpb(database))
    return database, frozenset(ids)


def _compiled(relaxed: str) -> tuple[bytes, int]:
    """The relaxed expression as Hyperscan compiles it, with its flags: in byte mode where ``bytewise`` can read it
    (the text database 7.1 -> 5.1 MB at 383 patterns, its scan a fifth cheaper, ruling out the same), else in UTF-8."""
    in_bytes = bytewise(relaxed)
    return (relaxed.encode("utf-8"), FLAGS) if in_bytes is None else (in_bytes.encode("ascii"), BYTE_FLAGS)


def _costly(expression: str, database: hyperscan.Database, cache: Path | None) -> bool:
    """Whether scanning PROBE with the expression's database costs COSTLY times a literal's scan or more (the least CPU
    time of five scans each; measured once, then read from the cache: the decision stays as it was made)."""
    path = _path(_compiled(expression), "cost", cache)
    try:
        return float(path.read_text()) >= COSTLY
    except (OSError, ValueError):
        pass
    ratio = _scan_cost(database) / _literal_cost()
    _store(path, f"{ratio:.1f}".encode())
    return ratio >= COSTLY


@functools.cache
def _literal_cost() -> float:
    """A plain literal's scan of PROBE, the yardstick of ``_costly`` (measured once per process, not per pattern)."""
    return max(_scan_cost(_compile([0], [b"qqxqqxqq"], [FLAGS])), 1e-9)


def _scan_cost(database: hyperscan.Database) -> float:
    data, scratch = PROBE.encode("utf-8"), hyperscan.Scratch(database)
    costs = []
    for _ in range(5):
        started = time.process_time()
        database.scan(data, match_event_handler=lambda *found: None, scratch=scratch)
        costs.append(time.process_time() - started)
    return min(costs)


def _path(compiled: object, suffix: str, cache: Path | None) -> Path:
    """The cache file of what was compiled (a hash of it, of Hyperscan's version and of the flags)."""
    key = hashlib.sha256(repr((version("hyperscan"), FLAGS, compiled)).encode()).hexdigest()[:24]
    return (cache or cache_dir()) / f"gate-{key}.{suffix}"


def _compile(ids: list[int], expressions: list[bytes], flags: list[int]) -> hyperscan.Database:
    database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    database.compile(expressions=expressions, ids=ids, elements=len(ids), flags=flags)
    return database


def _compiles(expression: bytes, flags: int) -> bool:
    try:
        _compile([0], [expression], [flags])
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
