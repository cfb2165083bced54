"""Fingerprint files → compiled patterns, done once per process.

A fingerprint file is ``{"rules": [rule, ...]}``; a rule is Wappalyzer-like::

    {"id", "component", "product", "patterns": {kind: [regex | {"pattern", "confidence", ...}]},
     "requires"?: [rule id], "excludes"?: [rule id], "hides"?: [component id], "note"/"source"}

Keyed kinds (``headers``, ``meta``) map a name to a regex (or a list of them). Wappalyzer tags
(``regex\\;confidence:50``) are parsed off before compiling (GSA's copy forgot to, anchors.md §2.7),
unbounded quantifiers are bounded, every regex is case-insensitive, and a required literal is derived
from each regex so the engine can skip it with a cheap substring test.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from re import _constants as sre_c
from re import _parser as sre_parse  # the stdlib's own regex parser: exact literal extraction

DEFAULT_DIR = Path(__file__).with_name("fingerprints")
KINDS = (
    "url", "headers", "cookies", "meta", "script_src", "inline_script", "html", "text", "link_href",
    "link_text", "iframe", "form", "requests", "js_global", "email",
)
KEYED_KINDS = ("headers", "meta")
EXPANSIONS = {"any_url": ("url", "link_href", "iframe")}  # a product's host: the page itself, a link or a frame
ALIASES = {"scriptSrc": "script_src", "scripts": "inline_script", "js": "js_global", "xhr": "requests"}
TEXT_KINDS = ("text", "link_text")  # matched against casefolded text: "ß" is "ss" there
URL_KINDS = ("url", "link_href", "iframe", "script_src", "requests")  # lines are host[:port]/path?query
MIN_LITERAL = 3
MAX_WINDOW = 4000  # widest match worth searching around literal hits; wider patterns scan the whole text
BOUND = 250


@dataclass(frozen=True, slots=True)
class Pattern:
    id: str  # "<rule id>/<kind>[/<key>]/<n>": the unit of "distinct patterns" in aggregation
    rule_id: str
    component: str
    product: str | None
    kind: str
    key: str | None  # header or meta name for keyed kinds
    regex: re.Pattern[str]
    confidence: int
    literals: tuple[str, ...]  # lower-case; at least one must occur, () = always run the regex
    width: int  # the longest possible match (quantifiers are bounded), for searching near literal hits
    in_host: bool  # URL kinds: the literals lie in the host part, so the page's few hosts can be tested instead
    site: str | None  # "offsite" / "onsite": the item's registered domain vs. the site's, None = any
    context: re.Pattern[str] | None  # link_text: the href must match; link_href: the text must match


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    component: str
    product: str | None
    requires: tuple[str, ...]
    excludes: tuple[str, ...]
    hides: tuple[str, ...]


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


def parse_tags(value: str) -> tuple[str, int]:
    """Split ``regex\\;confidence:N\\;version:\\1`` into the regex and its confidence (default 100)."""
    regex, *tags = value.split("\\;")
    confidence = 100
    for tag in tags:
        name, _, arg = tag.partition(":")
        if name == "confidence":
            confidence = int(arg)
    return regex, confidence


def required_literals(source: str) -> tuple[str, ...]:
    """Literals of which at least one occurs in every match (lower-case), or () when none is long enough."""
    try:
        parsed = sre_parse.parse(source, re.IGNORECASE)
    except re.error:
        return ()
    found = _seq_literals(list(parsed))
    return tuple(sorted(set(found))) if found else ()


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


def _seq_literals(items: list) -> tuple[str, ...] | None:
    """Best any-of literal set of a sequence: the longest run of literal characters, or a mandatory group's."""
    best: tuple[str, ...] | None = None
    run: list[str] = []

    def consider(candidate: tuple[str, ...] | None) -> None:
        nonlocal best
        if candidate and min(map(len, candidate)) >= MIN_LITERAL and (best is None or _score(candidate) > _score(best)):
            best = candidate

    for op, arg in items + [(None, None)]:
        if op is sre_c.LITERAL:
            run.append(chr(arg).lower())
            continue
        if run:
            consider(("".join(run),))
            run = []
        if op is sre_c.SUBPATTERN:
            consider(_seq_literals(list(arg[-1])))
        elif op is sre_c.BRANCH:
            alternatives = [_seq_literals(list(branch)) for branch in arg[1]]
            if all(alternatives):
                consider(tuple(x for alt in alternatives for x in alt))
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT) and arg[0] >= 1:
            consider(_seq_literals(list(arg[2])))
    return best


def _compile(source: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(bound_quantifiers(source), re.IGNORECASE | re.MULTILINE)
    except re.error as exc:
        raise RuleError(f"{where}: bad regex {source!r}: {exc}") from exc


def _entries(value: object) -> list[dict]:
    """A pattern value may be a string, a {"pattern", ...} object, or a list of either."""
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items:
        if isinstance(item, str):
            regex, confidence = parse_tags(item)
            out.append({"pattern": regex, "confidence": confidence})
        elif isinstance(item, dict) and isinstance(item.get("pattern"), str):
            regex, confidence = parse_tags(item["pattern"])
            out.append({**item, "pattern": regex, "confidence": int(item.get("confidence", confidence))})
        else:
            raise RuleError(f"bad pattern entry {item!r}")
    return out


def compile_rule(raw: dict, where: str) -> tuple[Rule, list[Pattern]]:
    try:
        rule = Rule(
            id=raw["id"], component=raw["component"], product=raw.get("product"),
            requires=tuple(raw.get("requires", ())), excludes=tuple(raw.get("excludes", ())),
            hides=tuple(raw.get("hides", ())),
        )
    except KeyError as exc:
        raise RuleError(f"{where}: rule without {exc}") from exc
    patterns: list[Pattern] = []
    counters: dict[tuple[str, str | None], int] = {}
    for raw_kind, value in raw.get("patterns", {}).items():
        kinds = EXPANSIONS.get(raw_kind, (ALIASES.get(raw_kind, raw_kind),))
        if any(kind not in KINDS for kind in kinds):
            raise RuleError(f"{where}/{rule.id}: unknown kind {raw_kind!r}")
        keyed = [(kind, key, entries) for kind in kinds
                 for key, entries in (value.items() if kind in KEYED_KINDS else [(None, value)])]
        for kind, key, entries in keyed:
            for entry in _entries(entries):
                n = counters[(kind, key)] = counters.get((kind, key), -1) + 1
                source = entry["pattern"]
                if kind in TEXT_KINDS:
                    source = source.replace("ß", "ss")
                pid = "/".join(x for x in (rule.id, kind, key.lower() if key else None, str(n)) if x)
                context = entry.get("href") if kind == "link_text" else entry.get("text")
                site = entry.get("site")
                if site not in (None, "offsite", "onsite"):
                    raise RuleError(f"{pid}: site must be offsite or onsite")
                hosts = host_literals(source) if kind in URL_KINDS else ()
                patterns.append(Pattern(
                    id=pid, rule_id=rule.id, component=rule.component, product=rule.product, kind=kind,
                    key=key.lower() if key else None, regex=_compile(source, pid),
                    confidence=max(0, min(100, entry["confidence"])), literals=hosts or required_literals(source),
                    width=max_width(bound_quantifiers(source)), in_host=bool(hosts),
                    site=site, context=_compile(context, pid) if context else None,
                ))
    return rule, patterns


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
        for raw in data.get("rules", []):
            rule, compiled = compile_rule(raw, path.name)
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
