"""Fingerprint files → compiled patterns, done once per process.

A fingerprint file is ``{"rules": [rule, ...]}``, specified field by field in ``detectors/README.md``
and checked against ``fingerprint.schema.json`` before compiling (``schema.py``)::

    {"id", "component", "product", "patterns": {kind: [regex | {"pattern", "confidence", ...}]},
     "requires"?: [rule id], "excludes"?: [rule id], "silences"?: {"kinds", "components"}, "hides"?: [component id],
     "also"?: [{"id", "component", "product"?, "confidence"?}], "note"/"source"}

Keyed kinds (``headers``, ``meta``) map a name to a regex (or a list of them); the ``dom`` kind lists CSS
selectors or XPath expressions evaluated on the parsed tree. Unbounded quantifiers are bounded, every
regex is case-insensitive, and a required literal is derived from each regex so the engine can skip it
with a cheap substring test. A pattern's id is its rule, kind and an explicit ``id`` or a hash of its
regex, so inserting a pattern renames no other. An ``also`` entry lets one match count for a further
component under its own rule id (``Also``): the regex runs once, and no pattern list is written twice.
"""
from __future__ import annotations

import hashlib
import importlib
import json
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, cast

from cssselect import SelectorError
from cssselect import parse as parse_css
from cssselect.parser import Attrib, Class, CombinedSelector, Hash, Negation
from lxml import etree
from lxml.cssselect import CSSSelector

from .schema import MAX_REPORTED, schema_errors

# The stdlib's own regex parser (exact literal extraction); private modules the type stubs do not describe.
sre_c: Any = importlib.import_module("re._constants")
sre_parse: Any = importlib.import_module("re._parser")
NO_REGEX = re.compile(r"(?!)")  # the dom kind matches by selector: its regex never matches

DEFAULT_DIR = Path(__file__).with_name("fingerprints")
KINDS = (
    "url", "headers", "cookies", "meta", "script_src", "inline_script", "html", "text", "link_href",
    "link_text", "iframe", "form", "requests", "js_global", "email", "dom",
)
KEYED_KINDS = ("headers", "meta")
EXPANSIONS = {"any_url": ("url", "link_href", "iframe")}  # a product's host: the page itself, a link or a frame
TEXT_KINDS = ("text", "link_text")  # matched against casefolded text: "ß" is "ss" there
URL_KINDS = ("url", "link_href", "iframe", "script_src", "requests")  # lines are host[:port]/path?query
MIN_LITERAL = 3
MAX_WINDOW = 4000  # widest match worth searching around literal hits; wider patterns scan the whole text
BOUND = 250
VALUE_OPERATORS = ("=", "~=", "^=", "$=", "*=", "|=")  # CSS attribute tests whose value occurs in the markup
XPATH_NAMESPACES = {"re": "http://exslt.org/regular-expressions"}  # re:test(., 'a|b', 'i') in dom XPaths


@dataclass(frozen=True, slots=True)
class Also:
    """A further component a pattern's match counts for: the match again, under the ``also`` entry's rule id
    (``<entry id>/<kind>[/<key>]/<entry id or hash>``, so its evidence reads as that rule's)."""

    pattern_id: str
    component: str
    product: str | None
    confidence: int  # the pattern's own, capped at the entry's


@dataclass(frozen=True, slots=True)
class Pattern:
    id: str  # "<rule id>/<kind>[/<key>]/<entry id or regex hash>": the unit of "distinct patterns" in aggregation
    rule_id: str
    component: str
    product: str | None
    kind: str
    key: str | None  # header or meta name for keyed kinds
    regex: re.Pattern[str]  # NO_REGEX for the dom kind
    confidence: int
    literals: tuple[str, ...]  # lower-case; at least one must occur, () = always run the regex
    width: int  # the longest possible match (quantifiers are bounded), for searching near literal hits
    in_host: bool  # URL kinds: the literals lie in the host part, so the page's few hosts can be tested instead
    site: str | None  # "offsite" / "onsite": the item's registered domain vs. the site's, None = any
    context: re.Pattern[str] | None  # link_text: the href must match; link_href: the text must match
    selector: etree.XPath | None = None  # dom kind: evaluated on the parsed tree
    starts: tuple[str, ...] = ()  # every match begins with one of these (lower-case), () = unknown
    line_start: bool = False  # every match begins at a line's start (^) and is at least one character long
    one_line: bool = False  # no match holds a line break: a ^ match lies on the line of a literal it holds
    starts_among_literals: bool = False  # the start literals are among the literals (of the text, not the hosts)
    also: tuple[Also, ...] = ()  # further components each match of this pattern counts for (the rule's "also")


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    component: str
    product: str | None
    requires: tuple[str, ...]
    excludes: tuple[str, ...]
    hides: tuple[str, ...]
    silences: tuple[str, ...] = ()  # kinds: where this rule counts, matches of these kinds ...
    silenced: frozenset[str] = frozenset()  # ... of these components are dropped from the page (a page genre)


class RuleError(ValueError):
    """A fingerprint file is malformed; raised at load time, never during detection."""


def bound_quantifiers(source: str) -> str:
    """Rewrite ``+`` → ``{1,250}`` and ``*`` → ``{0,250}`` outside classes and escapes (Wappalyzer's trick)."""
    out: list[str] = []
    in_class = escaped = False
    for i, ch in enumerate(source):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]" or source[i - 1] == "["
        elif ch == "[":
            in_class = True
        elif ch in "+*" and i and source[i - 1] not in "+*?{(|":
            out.append("{1,%d}" % BOUND if ch == "+" else "{0,%d}" % BOUND)
            continue
        out.append(ch)
    return "".join(out)


def required_literals(source: str, joined: bool = False) -> tuple[str, ...]:
    """Literals of which at least one occurs in every match (lower-case), or () when none is long enough.

    ``joined``: a run of two letters or more before alternatives is joined with each one's first letters (the parser
    takes a common prefix out of them: "nicht|niemals" is "ni" before "cht|emals", whose "cht" is in "Vollmacht"; one
    letter would join articles into "die " and "das "). The vetoes ask for it, and the patterns through
    ``pattern_literals``."""
    try:
        parsed = sre_parse.parse(source, re.IGNORECASE)
    except re.error:
        return ()
    found = _seq_literals(list(parsed), joined)
    return tuple(sorted(set(found))) if found else ()


def required_clauses(source: str, most: int = 2) -> tuple[tuple[str, ...], ...]:
    """Up to ``most`` literal sets (lower-case) every match holds one literal of each: the joined literals
    (``required_literals``) first, then the best further sets a set before does not imply (one whose literals each hold
    one of the further set's). A veto's regex runs only where each set has a literal: "plan-proposal" needs a project
    noun as well as its " eine", "plan-time" a time still ahead as well as its set-up verb."""
    first = required_literals(source, joined=True)
    if not first:
        return ()
    clauses = [first]
    for clause in sorted(_seq_clauses(list(sre_parse.parse(source, re.IGNORECASE)), True, most), key=_score, reverse=True):
        words = tuple(sorted(set(clause)))
        if len(clauses) < most and not any(all(any(w in k for w in words) for k in kept) for kept in clauses):
            clauses.append(words)
    return tuple(clauses)


def pattern_literals(source: str, starts: tuple[str, ...]) -> tuple[str, ...]:
    """A text pattern's literals: the joined ones (``required_literals``), unless they would lose the start literals
    the engine tries the regex at (``starts_among_literals``), then the plain ones. Either set is held by every match,
    so the matches are the same; the joined set wakes the pattern less often: 'ein' + 'reichen|bringen|tragen' is
    'einreichen', not 'reichen', which 'erreichen' and 'Bereichen' hold (and 'tragen' every 'beantragen')."""
    plain, joined = required_literals(source), required_literals(source, joined=True)
    if starts and set(starts) <= set(plain) and not set(starts) <= set(joined):
        return plain
    return joined


def start_literals(source: str) -> tuple[str, ...]:
    """Literals one of which begins every match (after zero-width assertions), lower-case, or () when the
    pattern can begin otherwise. Only characters whose case-insensitive matches lower-casing leaves as
    they are (see ``scan.CASE_EXCEPTIONS``), so a match can only begin where one occurs in a lower-cased text."""
    try:
        found = _starts(list(sre_parse.parse(source, re.IGNORECASE)))
    except re.error:
        return ()
    if not found or min(map(len, found)) < MIN_LITERAL or not all(set(x) <= START_CHARS for x in found):
        return ()
    return tuple(sorted(found))


START_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789 !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~äöüßé")
_ZERO_WIDTH = (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT)


def begins_line(source: str) -> bool:
    """Whether the pattern begins with ``^`` (a line's start: patterns compile with re.MULTILINE) and
    cannot match the empty string."""
    try:
        parsed = sre_parse.parse(source, re.IGNORECASE)
    except re.error:
        return False
    items = list(parsed)
    return bool(items) and items[0] in ((sre_c.AT, sre_c.AT_BEGINNING), (sre_c.AT, sre_c.AT_BEGINNING_STRING)) \
        and parsed.getwidth()[0] >= 1


def stays_on_line(source: str) -> bool:
    """Whether no match can hold a line break (conservative: False when unsure)."""
    try:
        parsed = sre_parse.parse(source, re.IGNORECASE | re.MULTILINE)
    except re.error:
        return False
    return not parsed.state.flags & re.DOTALL and not any(_may_match_newline(op, arg) for op, arg in parsed)


_NEWLINE_CLASSES = (sre_c.CATEGORY_SPACE, sre_c.CATEGORY_NOT_WORD, sre_c.CATEGORY_NOT_DIGIT)  # \s, \W, \D
_OTHER_CLASSES = (sre_c.CATEGORY_WORD, sre_c.CATEGORY_DIGIT, sre_c.CATEGORY_NOT_SPACE)


def _may_match_newline(op, arg) -> bool:
    """Could this item consume a "\\n"? Zero-width items (anchors, look-arounds) consume nothing."""
    if op is sre_c.LITERAL:
        return arg == 10
    if op is sre_c.NOT_LITERAL:
        return arg != 10
    if op is sre_c.ANY or op in _ZERO_WIDTH:
        return False  # "." skips "\n" without DOTALL, which stays_on_line rules out
    if op is sre_c.IN:
        negated = bool(arg) and arg[0][0] is sre_c.NEGATE
        holds = any(_class_item_holds_newline(o, a, unsure=not negated) for o, a in arg[negated:])
        return holds != negated
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
        return any(_may_match_newline(o, a) for o, a in arg[2])
    if op is sre_c.SUBPATTERN:
        return bool(arg[1] & re.DOTALL) or any(_may_match_newline(o, a) for o, a in arg[-1])
    if op in (sre_c.BRANCH, sre_c.ATOMIC_GROUP):
        branches = arg[1] if op is sre_c.BRANCH else [arg]
        return any(_may_match_newline(o, a) for branch in branches for o, a in branch)
    return True  # back references and anything unforeseen


def _class_item_holds_newline(op, arg, unsure: bool) -> bool:
    """Whether a class item holds "\\n"; ``unsure`` answers for the unforeseen (True in a class, False
    in a negated one: either way the class is taken to match "\\n")."""
    if op is sre_c.LITERAL:
        return arg == 10
    if op is sre_c.RANGE:
        return arg[0] <= 10 <= arg[1]
    if op is sre_c.CATEGORY and arg in _NEWLINE_CLASSES + _OTHER_CLASSES:
        return arg in _NEWLINE_CLASSES
    return unsure


def _starts(items: list) -> set[str] | None:
    """The literal runs that begin a sequence's every match, or None."""
    at = 0
    while at < len(items) and items[at][0] in _ZERO_WIDTH:
        at += 1
    if at == len(items):
        return None
    op, arg = items[at]
    if op is sre_c.LITERAL:
        run = []
        while at < len(items) and items[at][0] is sre_c.LITERAL:
            run.append(chr(items[at][1]).lower())
            at += 1
        return {"".join(run)}
    if op is sre_c.SUBPATTERN:
        return _starts(list(arg[-1]))
    if op is sre_c.BRANCH:
        found: set[str] = set()
        for branch in arg[1]:
            starts = _starts(list(branch))
            if starts is None:
                return None
            found |= starts
        return found
    return None


def host_literals(source: str) -> tuple[str, ...]:
    """For a ``^``-anchored URL pattern: the literal run of its host part (before any '/', ':' or '?')."""
    try:
        items = list(sre_parse.parse(source, re.IGNORECASE))
    except re.error:
        return ()
    if not items or items[0] not in ((sre_c.AT, sre_c.AT_BEGINNING), (sre_c.AT, sre_c.AT_BEGINNING_STRING)):
        return ()
    best, run = "", []
    for op, arg in items[1:] + [(None, None)]:
        if op is sre_c.LITERAL and chr(arg) not in "/:?":
            run.append(chr(arg).lower())
            continue
        if len(run) > len(best):
            best = "".join(run)
        run = []
        if op is None or _may_match_separator(op, arg):
            break
    return (best,) if len(best) >= MIN_LITERAL else ()


def _may_match_separator(op, arg) -> bool:
    """Conservative: could this item consume a '/', ':' or '?' (and so leave the host part)?"""
    if op is sre_c.LITERAL:
        return chr(arg) in "/:?"
    if op is sre_c.IN:
        return any(_class_item_may_match_separator(o, a) for o, a in arg)
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT):
        return any(_may_match_separator(o, a) for o, a in arg[2])
    if op is sre_c.SUBPATTERN:
        return any(_may_match_separator(o, a) for o, a in arg[-1])
    if op is sre_c.BRANCH:
        return any(_may_match_separator(o, a) for branch in arg[1] for o, a in branch)
    return op is not sre_c.AT


def _class_item_may_match_separator(op, arg) -> bool:
    if op is sre_c.LITERAL:
        return chr(arg) in "/:?"
    if op is sre_c.RANGE:
        return any(arg[0] <= ord(c) <= arg[1] for c in "/:?")
    if op is sre_c.CATEGORY:
        return arg not in (sre_c.CATEGORY_WORD, sre_c.CATEGORY_DIGIT, sre_c.CATEGORY_SPACE)
    return True  # NEGATE and anything unforeseen


def max_width(source: str) -> int:
    try:
        return min(sre_parse.parse(source, re.IGNORECASE).getwidth()[1], MAX_WINDOW + 1)
    except (re.error, OverflowError):
        return MAX_WINDOW + 1


def _score(literals: tuple[str, ...]) -> float:
    """Fewer and longer literals filter better: one rare 3-letter word beats nine common 4-letter ones."""
    return min(map(len, literals)) - 0.5 * (len(literals) - 1)


def _seq_literals(items: list, joined: bool = False) -> tuple[str, ...] | None:
    """Best any-of literal set of a sequence: the longest run of literal characters, or a mandatory group's."""
    found = _seq_clauses(items, joined, 1)
    return max(found, key=_score) if found else None  # the first of the best, in the order they were found


def _seq_clauses(items: list, joined: bool, ranks: int) -> list[tuple[str, ...]]:
    """Every any-of literal set a sequence's matches hold (runs of literal characters, mandatory groups' sets). A
    branch's set unites one set of each alternative: its best, and up to ``ranks`` - 1 more, each alternative's next
    best (a match takes one alternative and holds all of its sets, so any such union is held)."""
    out: list[tuple[str, ...]] = []
    run: list[str] = []

    def consider(candidate: tuple[str, ...]) -> None:
        if candidate and min(map(len, candidate)) >= MIN_LITERAL:
            out.append(candidate)

    for op, arg in items + [(None, None)]:
        if op is sre_c.LITERAL:
            run.append(chr(arg).lower())
            continue
        prefix = "".join(run)
        if run:
            consider((prefix,))
            run = []
        if op is sre_c.SUBPATTERN:
            out.extend(_seq_clauses(list(arg[-1]), joined, ranks))
        elif op is sre_c.BRANCH:
            alternatives = [sorted(_seq_clauses(list(branch), joined, ranks), key=_score, reverse=True) for branch in arg[1]]
            if all(alternatives):
                for rank in range(min(ranks, max(map(len, alternatives)))):
                    consider(tuple(x for alt in alternatives for x in alt[min(rank, len(alt) - 1)]))
            starts = _starts([(op, arg)]) if joined and len(prefix) >= 2 else None  # "d" + "ie …" would make "die "
            if starts:  # the prefix, then one alternative's first letters (zero-width assertions between consume nothing)
                consider(tuple(sorted(prefix + start for start in starts)))
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT) and arg[0] >= 1:
            out.extend(_seq_clauses(list(arg[2]), joined, ranks))
    return out


def _compile(source: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(bound_quantifiers(source), re.IGNORECASE | re.MULTILINE)
    except re.error as exc:
        raise RuleError(f"{where}: bad regex {source!r}: {exc}") from exc


def _entries(value: object) -> list[dict]:
    """A pattern value is a list of entries (a keyed kind's value may be one entry); a string entry is a
    regex (a CSS selector for ``dom``) at confidence 100."""
    out = []
    for item in value if isinstance(value, list) else [value]:
        entry = {"pattern": item} if isinstance(item, str) else dict(cast(dict, item))
        entry.setdefault("confidence", 100)
        out.append(entry)
    return out


def _selector(entry: dict, where: str) -> etree.XPath:
    """Compile a dom entry (``css`` selector, ``xpath`` expression, or a string = CSS) and try it once."""
    try:
        if "xpath" in entry:
            selector = etree.XPath(entry["xpath"], namespaces=XPATH_NAMESPACES)
        else:
            selector = CSSSelector(entry.get("css") or entry["pattern"], translator="html")
        selector(etree.fromstring("<html><body/></html>"))
    except (SelectorError, etree.XPathError) as exc:
        raise RuleError(f"{where}: bad selector {entry!r}: {exc}") from exc
    return selector


def dom_literals(entry: dict) -> tuple[str, ...]:
    """Strings of which one occurs in the lower-cased markup wherever the selector matches (() = always run).

    CSS: each selector of a group needs its ids, classes, attribute names and compared values, so the
    longest of them stands for it. XPath cannot be read that way: its entry may declare ``literals``.
    """
    if "xpath" in entry:
        return tuple(sorted({lit.lower() for lit in entry.get("literals", ())}))
    chosen = []
    for selector in parse_css(entry.get("css") or entry["pattern"]):
        found = _css_literals(selector.parsed_tree)
        if not found or len(max(found, key=len)) < MIN_LITERAL:
            return ()
        chosen.append(max(found, key=len).lower())
    return tuple(sorted(set(chosen)))


def _css_literals(node: object) -> list[str]:
    if isinstance(node, Hash):
        return [node.id] + _css_literals(node.selector)
    if isinstance(node, Class):
        return [node.class_name] + _css_literals(node.selector)
    if isinstance(node, Attrib):
        value = node.value.value if node.value is not None and node.operator in VALUE_OPERATORS else ""
        return [node.attrib, *([value] if value else [])] + _css_literals(node.selector)
    if isinstance(node, CombinedSelector):
        return _css_literals(node.selector) + _css_literals(node.subselector)
    if isinstance(node, Negation):
        return _css_literals(node.selector)
    inner = getattr(node, "selector", None)  # pseudo-classes and functions: only what they qualify counts
    return _css_literals(inner) if inner is not None else []


def _entry_id(entry: dict) -> str:
    """Stable within the rule: an explicit id, or a hash of what the entry matches (not its position)."""
    if "id" in entry:
        return entry["id"]
    source = entry.get("xpath") or entry.get("css") or entry["pattern"]
    return hashlib.sha256(source.encode("utf-8")).hexdigest()[:8]


def compile_rule(raw: dict, where: str) -> tuple[list[Rule], list[Pattern]]:
    """The rule, then one rule per ``also`` entry (whose matches are the rule's, so its ``requires`` and
    ``excludes`` hold for them too), and the rule's patterns."""
    try:
        rule = Rule(
            id=raw["id"], component=raw["component"], product=raw.get("product"),
            requires=tuple(raw.get("requires", ())), excludes=tuple(raw.get("excludes", ())),
            hides=tuple(raw.get("hides", ())), silences=tuple(raw.get("silences", {}).get("kinds", ())),
            silenced=frozenset(raw.get("silences", {}).get("components", ())),
        )
        also = [Rule(id=a["id"], component=a["component"], product=a.get("product", rule.product),
                     requires=rule.requires, excludes=rule.excludes, hides=()) for a in raw.get("also", ())]
    except KeyError as exc:
        raise RuleError(f"{where}: rule without {exc}") from exc
    components = [rule.component] + [a.component for a in also]
    if len(set(components)) < len(components):
        raise RuleError(f"{where}/{rule.id}: \"also\" names a component twice (the rule's own or another entry's): "
                        "one match would count twice for it")
    caps = [a.get("confidence", 100) for a in raw.get("also", ())]
    patterns: list[Pattern] = []
    for raw_kind, value in raw.get("patterns", {}).items():
        kinds = EXPANSIONS.get(raw_kind, (raw_kind,))
        if any(kind not in KINDS for kind in kinds):
            raise RuleError(f"{where}/{rule.id}: unknown kind {raw_kind!r}")
        keyed = [(kind, key, entries) for kind in kinds
                 for key, entries in (value.items() if kind in KEYED_KINDS else [(None, value)])]
        for kind, key, entries in keyed:
            for entry in _entries(entries):
                pid = "/".join(x for x in (rule.id, kind, key.lower() if key else None, _entry_id(entry)) if x)
                if any(p.id == pid for p in patterns):
                    raise RuleError(f"{where}/{rule.id}: two {kind} entries with id {pid}: give one an explicit \"id\"")
                pattern = _pattern(rule, kind, key, entry, pid)
                if also:
                    suffix = pid[len(rule.id):]
                    pattern = replace(pattern, also=tuple(Also(a.id + suffix, a.component, a.product,
                                                               min(pattern.confidence, cap)) for a, cap in zip(also, caps)))
                patterns.append(pattern)
    return [rule, *also], patterns


def _pattern(rule: Rule, kind: str, key: str | None, entry: dict, pid: str) -> Pattern:
    confidence = max(0, min(100, int(entry["confidence"])))
    if kind == "dom":
        selector = _selector(entry, pid)  # first: it reports a bad selector as a RuleError
        return Pattern(id=pid, rule_id=rule.id, component=rule.component, product=rule.product, kind=kind,
                       key=None, regex=NO_REGEX, confidence=confidence, literals=dom_literals(entry), width=0, in_host=False,
                       site=None, context=None, selector=selector)
    source = entry["pattern"]
    if kind in TEXT_KINDS:
        source = source.replace("ß", "ss")
    context = entry.get("href") if kind == "link_text" else entry.get("text") if kind == "link_href" else None
    site = entry.get("site")
    if site not in (None, "offsite", "onsite"):
        raise RuleError(f"{pid}: site must be offsite or onsite")
    hosts = host_literals(source) if kind in URL_KINDS else ()
    starts = start_literals(bound_quantifiers(source))
    literals = hosts or pattern_literals(source, starts)
    return Pattern(
        id=pid, rule_id=rule.id, component=rule.component, product=rule.product, kind=kind,
        key=key.lower() if key else None, regex=_compile(source, pid),
        confidence=confidence, literals=literals,
        width=max_width(bound_quantifiers(source)), in_host=bool(hosts),
        site=site, context=_compile(context, pid) if context else None, starts=starts,
        line_start=begins_line(bound_quantifiers(source)), one_line=stays_on_line(source),
        starts_among_literals=bool(starts) and not hosts and set(starts) <= set(literals),
    )


def with_terms(pattern: object, terms: dict[str, str], where: str) -> object:
    """The pattern with each ``{{name}}`` replaced by the file's term of that name: what several vetoes or patterns (or
    several branches of one) need is written once ("a time still ahead" both before and after the set-up verb)."""
    if not isinstance(pattern, str) or "{{" not in pattern:
        return pattern
    for name, term in terms.items():
        pattern = pattern.replace("{{" + name + "}}", term)
    if "{{" in pattern:
        raise RuleError(f"{where}: unknown term {pattern[pattern.index('{{'):].split('}}')[0]}}}}}")
    return pattern


def _with_terms_deep(value: object, terms: dict[str, str], where: str) -> object:
    """Every string of a rule with the file's ``terms`` put in (patterns, ``text`` and ``href`` contexts alike)."""
    if isinstance(value, dict):
        return {k: _with_terms_deep(v, terms, where) for k, v in value.items()}
    if isinstance(value, list):
        return [_with_terms_deep(v, terms, where) for v in value]
    return with_terms(value, terms, where)


def fingerprint_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.glob("*.json") if not p.name.startswith("_"))


def load_rules(directory: Path) -> tuple[list[Rule], list[Pattern]]:
    rules: list[Rule] = []
    patterns: list[Pattern] = []
    seen: set[str] = set()
    for path in fingerprint_files(directory):
        try:
            data = json.loads(path.read_text("utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise RuleError(f"{path.name}: {exc}") from exc
        errors = schema_errors(data, path.relative_to(directory).as_posix())
        if errors:
            more = f" (and {len(errors) - MAX_REPORTED} more)" if len(errors) > MAX_REPORTED else ""
            raise RuleError("; ".join(errors[:MAX_REPORTED]) + more)
        terms = data.get("terms", {})
        for raw in data.get("rules", []):
            if terms:
                raw = {key: _with_terms_deep(value, terms, path.name) for key, value in raw.items()}
            compiled_rules, compiled = compile_rule(raw, path.name)
            for rule in compiled_rules:
                if rule.id in seen:
                    raise RuleError(f"{path.name}: duplicate rule id {rule.id}")
                seen.add(rule.id)
                rules.append(rule)
            patterns.extend(compiled)
    return rules, patterns


def version_of(directory: Path) -> str:
    """Short sha256 over every JSON file of the directory (and its sub-directories), names included."""
    digest = hashlib.sha256()
    for path in sorted(directory.rglob("*.json")):
        digest.update(path.relative_to(directory).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
