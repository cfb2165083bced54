"""The detector engine: compiled fingerprints applied to one page (``detect``) and summed per site
(``aggregate``).

Pure: no I/O after ``Engine.load``; ``detect`` never raises, because one odd page must not lose a
site's crawl. The hot path parses once (reusing the crawler's ParsedPage), finds every pattern's
required literals in one Hyperscan pass per haystack, and runs only the regexes and selectors whose
literals occur, near the literal hits (``scan.py``); patterns without a literal always run. The markup's
literals are looked up in the source as written (caseless), so the markup is lower-cased only for a
page where an ``html`` pattern may match.
"""
from __future__ import annotations

import json
import logging
import re
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from lxml import etree

from .disclaimers import Disclaimers, drop_disclaimed
from .domains import registered_domain
from .gate import RegexGate
from .haystack import Haystack, PageHaystacks, url_line
from .model import Evidence, Finding, Match, component_ids
from .page import PageArtifact, ParsedPage, normalise_text, parse_page
from .places import Places, own_for
from .rules import DEFAULT_DIR, KEYED_KINDS, Pattern, Rule, load_rules, version_of
from .scan import APART, LiteralHits, LiteralIndex, present_literals, scan
from .snippet import ARROW, SNIPPET, Snippet, window, within
from .vetoes import Vetoes, label_bounds

log = logging.getLogger(__name__)

PRESENCE_THRESHOLD = 50  # summed confidence from which a component is present (scoring models say the same: present_confidence)
MAX_EVIDENCE = 10
MAX_TRIES = 64  # regex hits examined per pattern and page before giving up on its site/context conditions
NETWORK_KINDS = frozenset({"requests", "js_global", "cookies"})
LINKING_KINDS = frozenset({"link_href", "iframe"})  # evidence that points at a product rather than being it
READABLE_KINDS = frozenset({"text", "link_text", "link_href", "email"})  # what a visitor reads; the rest is code
LABELLED_KINDS = frozenset({"link_text", "link_href"})  # hits on a link, judged by the vetoes through its label
LOADER = "loader"  # component of the rules that mark scripts whose output the static view cannot see
_UNCONDITIONAL = Rule("", "", None, (), (), ())  # the rule of a match whose rule is unknown: no conditions
MARKUP = "html"  # the haystack of the page source: its literals are looked up in the source as written (no lower())
GATE_LED = frozenset({"text"})  # kinds whose candidates the regex gate picks without a literal pass (see _candidates)
# (the text's 950 literals cost a pass of their own; for link_text, link_href and form, with 15-190 literals, the pass
# costs about what looking up the candidates' literals one by one does: 7.01 against 7.02 M instructions a real page)


class Engine:
    """Compiled fingerprints. Build with ``Engine.load()``; share one instance per process."""

    threshold = PRESENCE_THRESHOLD

    def __init__(self, rules: list[Rule], patterns: list[Pattern], version: str,
                 share_hosts: Collection[str] = (), one_pass: bool = True, vetoes: Vetoes | None = None,
                 places: Places | None = None):
        """``one_pass=False`` tests each pattern's literals one by one and runs every selector: the plain
        reference that the one-pass engine must agree with, match for match. ``vetoes``: the sentence and
        clause vetoes of text hits (detectors/vetoes.py)."""
        self.rules = {r.id: r for r in rules}
        self.vetoes = vetoes or Vetoes()
        self.patterns = patterns
        self.version = version
        self.share_hosts = frozenset(h.lower() for h in share_hosts)
        by_kind: dict[str, list[Pattern]] = defaultdict(list)
        for p in patterns:
            by_kind[p.kind].append(p)
        self._by_kind = sorted(by_kind.items())
        self._conditional = {r.id for r in rules if r.requires or r.excludes or r.silences}
        self._silencers = [r for r in rules if r.silences]
        self._index: LiteralIndex | None = None
        self._by_literal: dict[str, dict[tuple[str, str], list[int]]] = {}
        self._always: dict[str, list[int]] = {}
        self._names: dict[str, tuple[str, ...]] = {}
        self._gate: RegexGate | None = None
        self.disclaimers = Disclaimers(patterns, self.vetoes)
        self.places = places or Places((), (), (), ())
        self._gate_led: frozenset[str] = frozenset()
        self._one_by_one: frozenset[str] = frozenset()  # the texts of the GATE_LED kinds: their literals asked with "in"
        if one_pass:
            self._plan_one_pass()

    def _plan_one_pass(self) -> None:
        """Per kind: which patterns each literal can wake, and which must always run (no literal); for the GATE_LED
        kinds also the literals of the patterns outside the gate's shared database, on their own (``APART``)."""
        self._gate = RegexGate({kind: [p.regex.pattern for p in patterns]
                                for kind, patterns in self._by_kind if kind not in KEYED_KINDS and kind != "dom"})
        self._gate_led = frozenset(kind for kind in GATE_LED if kind in self._gate)
        literals: dict[str, set[str]] = defaultdict(set)
        for kind, patterns in self._by_kind:
            if kind in KEYED_KINDS:
                continue
            by_literal: dict[tuple[str, str], list[int]] = defaultdict(list)
            always = []
            shared = self._gate.shared(kind) if kind in self._gate_led else frozenset()
            for i, p in enumerate(patterns):
                if not p.literals:
                    always.append(i)
                names = (_haystack_name(p),) if i in shared or kind not in self._gate_led else (kind, kind + APART)
                for name in names:
                    for literal in p.literals:
                        literals[name].add(literal)
                        by_literal[(name, literal)].append(i)
            self._by_literal[kind], self._always[kind] = dict(by_literal), always
            self._names[kind] = tuple(sorted({_haystack_name(p) for p in patterns}))
        self._index = LiteralIndex(literals, caseless=(MARKUP,))
        self._one_by_one = frozenset(name for kind in self._gate_led for name in self._names[kind])

    @classmethod
    def load(cls, directory: str | Path | None = None, one_pass: bool = True) -> Engine:
        """Read and compile ``<directory>/*.json`` (default ``detectors/fingerprints``); raises RuleError."""
        path = Path(directory) if directory else DEFAULT_DIR
        rules, patterns = load_rules(path)
        links = path / "_links.json"
        share_hosts = json.loads(links.read_text("utf-8")).get("share_hosts", []) if links.exists() else []
        return cls(rules, patterns, version_of(path), share_hosts, one_pass, Vetoes.load(path / "_vetoes.json"),
                   Places.load(path / "_places.json"))

    # -- per page -------------------------------------------------------------------------------------

    def detect(self, artifact: PageArtifact, parsed: ParsedPage | None = None,
               site_domain: str | None = None, site_names: tuple[str, ...] = ()) -> list[Match]:
        """Every pattern hit on this page, at most one Match per pattern. Never raises. ``site_names``: the names of
        the site's municipalities (another place's service told in the text is not the site's: detectors/places.py)."""
        try:
            if parsed is None:
                parsed = parse_page(artifact)
            site = _site_of(site_domain) if site_domain else _site_of(artifact.url)
            own = own_for(site, site_names) if site_names else frozenset()  # no names: no place is judged
            pages = PageHaystacks(artifact, parsed, self.share_hosts)
            matches = []
            vetoed: set[str] = set()  # components with a text hit a veto took: a page may disclaim them
            hits = LiteralHits(self._index, self._one_by_one)
            for kind, patterns in self._by_kind:
                if kind == "dom":
                    if parsed.root is None:
                        continue
                elif kind == MARKUP:
                    if not artifact.html:
                        continue
                elif kind not in KEYED_KINDS and pages.empty(kind):
                    continue  # nothing of this kind on the page (no requests in a static view, no iframes, ...)
                for pattern in self._candidates(kind, patterns, pages, hits):
                    match = self._match(pattern, pages, site, hits, vetoed, own)
                    if match is not None:
                        matches.append(match)
                        if pattern.also:
                            matches.extend(_also(pattern, match))
            matches = self._resolve(matches)
            return matches + self.disclaimers.of(artifact, parsed, matches, vetoed)
        except Exception:  # noqa: BLE001 - a detector bug must not cost the crawl of a site
            log.exception("detect failed on %s", getattr(artifact, "url", "?"))
            return []

    def _candidates(self, kind: str, patterns: list[Pattern], pages: PageHaystacks,
                    hits: LiteralHits) -> list[Pattern]:
        """The patterns of a kind that can match this page, in their fixed order: those with a literal
        present (one automaton pass per haystack) and those without literals, less those the regex gate
        rules out (a second pass over the kind's haystack).

        A GATE_LED kind skips the first pass where the gate can answer for the text: every pattern of the gate's
        shared database that it passes is a candidate, whether a literal of it occurs or not, with those outside the
        database that their own literals (``APART``) wake. A candidate without its literals finds none in ``_match``
        (``present_literals``, looked up one by one: ``LiteralHits(one_by_one=...)``), so the matches are the same. On
        the 10 real HTML pages the text's 950 literals woke 76 of 383 patterns a page, of which the gate passed 3 (and
        no pattern without a literal on the page); the literal pass cost 0.3 M instructions a page."""
        by_literal = self._by_literal.get(kind)
        gate = self._gate
        if by_literal is None or gate is None:
            return patterns
        text = pages.get(kind).text if kind in self._gate_led else ""
        passed = gate.passed(kind, text, hits) if text else None
        names = self._names[kind] if passed is None else (kind + APART,)
        woken = set(self._always[kind])
        for name in names:
            found = hits.found_caseless(name, pages.artifact.html) if name == MARKUP else None
            for literal in hits.found(name, _haystack_text(pages, name)) if found is None else found:
                woken.update(by_literal.get((name, literal), ()))
        if passed is not None:
            woken -= gate.shared(kind)  # decided by the gate: ``passed``
            woken -= gate.ruled_out(kind, text, hits, woken)  # those apart, each scanned where its literals woke it
            woken |= passed
        elif woken and kind in gate:
            woken -= gate.ruled_out(kind, pages.get(kind).text, hits, woken)
        return [patterns[i] for i in sorted(woken)]

    def _match(self, p: Pattern, pages: PageHaystacks, site: str, hits: LiteralHits,
               vetoed: set[str], own: frozenset[str]) -> Match | None:
        if p.selector is not None:  # the dom kind
            return self._hit(p, pages, _element_snippet(p.selector(pages.parsed.root)))
        if p.kind in KEYED_KINDS:
            value = pages.header(p.key or "") if p.kind == "headers" else pages.parsed.meta.get(p.key or "", "")
            found = p.regex.search(value) if value else None
            return self._hit(p, pages, _keyed_snippet(f"{p.key}: ", value, found.start(), found.end()) if found else None)
        hay = pages.get(p.kind)
        if not hay.text:
            return None
        present = present_literals(p, hay, hits)
        if present == []:
            return None
        for tries, found in enumerate(scan(p, hay, hits, present)):
            if tries >= MAX_TRIES:
                break
            if not hay.items:
                if p.kind == "text" and (self.vetoes.vetoed(p.component, hay.text, found.start(), found.end())
                                         or self.places.another(p.component, hay.text, found.start(), found.end(), own)):
                    vetoed.add(p.component)
                    continue  # a plan, a rejection, a negation ...: the phrase may still count elsewhere on the page
                return self._hit(p, pages, _window(pages, p.kind, found.start(), found.end()))
            line = hay.line_at(found.start())
            if not self._item_ok(p, hay, line, site):
                continue
            if p.kind in LABELLED_KINDS and self._label_vetoed(p, hay, line, found, own):
                continue  # a teaser that announces a plan: another link may still count
            return self._hit(p, pages, _item_snippet(hay, line, p.kind, found.group()))
        return None

    def _label_vetoed(self, p: Pattern, hay: Haystack, line: int, found: re.Match[str], own: frozenset[str]) -> bool:
        """A link's label is a sentence of its own: a vetoed label ("Online-Termine ab 2027 geplant") or one telling
        another place's service ("Ulm führt Mängelmelder ein") is no offer, whether the pattern hit the label itself or
        the URL it leads to (then the label's last word stands for the hit)."""
        if p.kind == "link_text":
            start, end = found.span()
            return self.vetoes.vetoed_label(p.component, hay.text, start, end) or bool(own) and self.places.another(
                p.component, hay.text, start, end, own, label_bounds(hay.text, start, end))
        label = hay.contexts[line] if hay.contexts else ""
        return bool(label) and (self.vetoes.vetoed_label(p.component, label, 0, len(label)) or bool(own)
                                and self.places.another(p.component, label, label.rfind(" ") + 1, len(label), own,
                                                        (0, len(label))))

    @staticmethod
    def _item_ok(p: Pattern, hay: Haystack, line: int, site: str) -> bool:
        if p.site and hay.urls:
            other = _site_of(hay.urls[line])
            if not other or (other == site) != (p.site == "onsite"):
                return False
        if p.context is not None:
            return bool(hay.contexts) and p.context.search(hay.contexts[line]) is not None
        return True

    @staticmethod
    def _hit(p: Pattern, pages: PageHaystacks, snippet: Snippet | None) -> Match | None:
        if snippet is None:
            return None
        view = "network" if p.kind in NETWORK_KINDS else pages.artifact.view
        markup = snippet.markup or (p.kind not in READABLE_KINDS and p.kind != "html")
        evidence = Evidence(pages.artifact.url, p.kind, snippet.text, p.id, view, snippet.mark, markup)
        return Match(p.component, p.product, p.confidence, evidence)

    def _resolve(self, matches: list[Match]) -> list[Match]:
        """Apply page-level ``requires`` / ``excludes`` between rules and the ``silences`` of page genres. A rule
        counts (excludes, silences) only if its own matches survive its own conditions (a job advert needs its
        title and terms signals, and is no job advert where it names a running service); a genre that counts drops
        the matches of the components and kinds it silences (a job page's phrases, not the hosts its links name)."""
        fired = {_rule_of(m) for m in matches}
        if fired.isdisjoint(self._conditional):
            return matches  # no rule with requires, excludes or silences matched (most pages): every match counts
        by_rule: dict[str, list[Match]] = defaultdict(list)
        for m in matches:
            by_rule[_rule_of(m)].append(m)
        counted: dict[str, bool] = {}

        def counts(rule_id: str) -> bool:
            if rule_id not in counted:
                counted[rule_id] = False  # a cycle of excludes counts as not matched
                counted[rule_id] = any(survives(m) for m in by_rule.get(rule_id, ()))
            return counted[rule_id]

        def survives(m: Match) -> bool:
            rule = self.rules.get(_rule_of(m)) or _UNCONDITIONAL
            return all(r in fired for r in rule.requires) and not any(counts(r) for r in rule.excludes)

        silenced = {(c, kind) for g in self._silencers if g.id in fired and counts(g.id)
                    for c in g.silenced for kind in g.silences}
        return [m for m in matches if (m.component, m.evidence.kind) not in silenced and survives(m)]

    # -- per site -------------------------------------------------------------------------------------

    def unobserved(self, matches: Iterable[Match], findings: Iterable[Finding],
                   rendered: bool = False) -> list[Finding]:
        """Components a loader may have hidden from the static view, as ``state="unobserved"`` findings.

        A tag manager, a chatbot loader or an empty app shell seen in the static view means the
        component could be injected at run time: without a rendered view, "absent" would be a claim the
        crawl cannot back. Present components and sites that were rendered yield nothing.
        """
        if rendered:
            return []
        present = {f.component for f in findings}
        hidden: dict[str, dict[Evidence, str | None]] = defaultdict(dict)  # component -> evidence -> product
        for m in matches:
            if m.component != LOADER or m.evidence.view != "static":
                continue
            rule = self.rules.get(_rule_of(m))
            for component in rule.hides if rule else ():
                if component not in present:
                    hidden[component].setdefault(m.evidence, m.product)
        out = []
        for component, products in sorted(hidden.items()):
            evidence = sorted(products, key=_page_order)  # the product is the one of the first evidence
            out.append(Finding(component, products[evidence[0]], 0, evidence[:MAX_EVIDENCE], "unobserved"))
        return out


def aggregate(matches: Iterable[Match], threshold: int = PRESENCE_THRESHOLD, *,
              components: Collection[str] | None = None) -> list[Finding]:
    """Site level: per component, sum the confidences of distinct patterns (a pattern seen on 40 pages
    counts once), cap at 100, keep components reaching ``threshold``; product = the product with the
    highest summed confidence; evidence = the matches that carry the finding (see ``_carrying``),
    deduplicated (the same snippet counts once, from its smallest page URL), strongest first, at most 10.

    Nothing depends on the order of ``matches``: a concurrent crawl meets pages in a different order
    each night, and an unchanged site must keep the same evidence (its stored content is shared).
    """
    allowed = set(components) if components is not None else set(component_ids())
    matches = drop_disclaimed(matches)
    per_pattern: dict[str, dict[str, Match]] = defaultdict(dict)
    extra: dict[str, list[Evidence]] = defaultdict(list)
    for m in matches:
        if m.component not in allowed:
            continue
        seen = per_pattern[m.component]
        pid = m.evidence.pattern_id
        if pid not in seen or (-m.confidence, _page_order(m.evidence)) < (-seen[pid].confidence,
                                                                         _page_order(seen[pid].evidence)):
            seen[pid] = m
        extra[pid].append(m.evidence)
    findings = []
    for component, by_pattern in per_pattern.items():
        confidence = min(100, sum(m.confidence for m in by_pattern.values()))
        if confidence < threshold:
            continue
        product_score: dict[str, int] = defaultdict(int)
        for m in by_pattern.values():
            if m.product:
                product_score[m.product] += m.confidence
        product = max(sorted(product_score), key=product_score.__getitem__) if product_score else None
        strongest = _carrying(sorted(by_pattern.values(), key=lambda m: (-m.confidence, m.evidence.pattern_id)),
                              threshold)
        evidence: list[Evidence] = []
        keys: set[str] = set()
        for pass_ in (0, 1):  # first the best evidence of each pattern, then further pages
            for m in strongest:
                for ev in ([m.evidence] if pass_ == 0 else sorted(extra[m.evidence.pattern_id], key=_page_order)):
                    key = ev.match  # one link seen by text and href, or in the footer of 40 pages, is one piece
                    if key not in keys and len(evidence) < MAX_EVIDENCE:
                        keys.add(key)
                        evidence.append(ev)
        findings.append(Finding(component, product, confidence, evidence))
    return sorted(findings, key=lambda f: (-f.confidence, f.component))


def _page_order(ev: Evidence) -> tuple[str, str, str]:
    """A tie-break that does not depend on crawl order: the smaller page URL, then snippet, then pattern."""
    return ev.url, ev.match, ev.pattern_id


def _carrying(strongest_first: list[Match], threshold: int) -> list[Match]:
    """The matches a finding rests on: every match strong enough alone, and weak ones only while the sum
    still needs them. A weak hint beside strong evidence (an AusweisApp link next to an eID-Client link)
    is not shown as evidence: on its own page it is exactly the case that does not count. A product
    visited directly (its own page URL matched) needs no links to it as further evidence.
    """
    kept, total = [], 0
    for m in strongest_first:
        if m.confidence >= threshold or total < threshold:
            kept.append(m)
            total += m.confidence
    seen_directly = {_rule_of(m) for m in kept if m.evidence.kind == "url"}
    return [m for m in kept if m.evidence.kind not in LINKING_KINDS or _rule_of(m) not in seen_directly]


def _haystack_name(p: Pattern) -> str:
    """Which text a pattern's literals are looked up in: a dom selector's in the markup, a host-only
    URL pattern's in the page's host list, any other in its kind's haystack."""
    if p.kind == "dom":
        return MARKUP
    return p.kind + "#hosts" if p.in_host else p.kind


def _haystack_text(pages: PageHaystacks, name: str) -> str:
    kind, _, part = name.partition("#")
    hay = pages.get(kind)
    return hay.hosts if part == "hosts" else hay.text


def _also(p: Pattern, m: Match) -> list[Match]:
    """The match again for each further component of the rule (its ``also`` entries), under the entry's id."""
    return [Match(a.component, a.product, a.confidence, replace(m.evidence, pattern_id=a.pattern_id)) for a in p.also]


def _rule_of(m: Match) -> str:
    return m.evidence.pattern_id.split("/", 1)[0]


@lru_cache(maxsize=4096)  # the page's and its links' URLs (a site's navigation repeats on every page): 1-3 us each
def _site_of(url: str) -> str:
    """Registered domain, or the bare host for IP addresses and intranet names."""
    domain = registered_domain(url)
    if domain:
        return domain
    return url_line(url).split("/", 1)[0].split(":", 1)[0]


def _window(pages: PageHaystacks, kind: str, start: int, end: int) -> Snippet:
    """The match with context: visible text where a person can find it on the page (an ``html`` match
    whose words are visible text is shown there), else the page source, as markup."""
    if kind == "text":
        return window(*pages.quoted(start, end))
    hay = pages.get(kind).text
    if kind == "html":
        visible = normalise_text(hay[start:end])
        at = pages.parsed.text.find(visible) if visible else -1
        if at >= 0:
            return window(*pages.quoted(at, at + len(visible)))
        source = pages.artifact.html
        hay = source if len(source) == len(hay) else hay  # the original case where the offsets agree
    return window(hay, start, end)._replace(markup=True)


def _keyed_snippet(prefix: str, value: str, start: int, end: int) -> Snippet:
    """``name: value`` of a header or meta tag, the value windowed around the match."""
    text, mark, _ = window(value, start, end, SNIPPET - len(prefix))
    return Snippet(prefix + text, (mark[0] + len(prefix), mark[1] + len(prefix)) if mark else None, True)


def _element_snippet(found: object) -> Snippet | None:
    """What a dom selector found, all of it marked: the first element's start tag, or the value an XPath
    returned."""
    if isinstance(found, list):
        if not found:
            return None
        found = found[0]
    if isinstance(found, etree._Element) and not isinstance(found.tag, str):  # a comment or processing instruction
        text = " ".join(str(found).split())
    elif isinstance(found, etree._Element):
        attrs = "".join(f' {name}="{value}"' for name, value in found.attrib.items())
        text = " ".join(f"<{found.tag}{attrs}>".split())
    elif found in (None, False, ""):
        return None
    else:
        text = str(found)
    return window(text, 0, len(text))._replace(markup=True)


def _item_snippet(hay: Haystack, line: int, kind: str, matched: str) -> Snippet:
    """The item a list-kind match fell in (a link reads "text -> URL"), with the matched part marked."""
    item = hay.items[line]
    if kind in ("link_href", "link_text") and hay.contexts:
        href, text = (item, hay.contexts[line]) if kind == "link_href" else (hay.urls[line], item)
        if not text:
            return within(href, matched)
        return within(f"{text}{ARROW}{href}", matched, len(text) + len(ARROW) if kind == "link_href" else 0)
    return within(item, matched)
