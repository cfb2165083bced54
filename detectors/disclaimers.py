"""Pages that disclaim a component, and the links that lead to them.

A menu's "Leichte Sprache" on every page leads to a page headed "Leichte Sprache" that says "Diese Seite ist im
Aufbau"; a teaser "Terminbuchung im Bürgerbüro" leads to an article saying the town is examining online booking. The
sentence vetoes judge what a page says, but the links to it carried the finding from every other page: a link is a
promise, and the page it leads to says whether it is kept.

Per page (``Disclaimers.of``, pure): a page disclaims a component when its heading names it (a label of the
component's links would: the page is about it), the words after the heading state that it is not there yet — a
placeholder ("im Aufbau", "Inhalte folgen") or a vetoed hit of the component — and no hit there offers it; and the
page shows nothing else of it (no markup, script or frame of it, no link to another page for it). The statement is
kept as a zero-confidence match of kind ``disclaimer``, so page memos carry it like any match.

Per site (``drop_disclaimed``, pure): the component's links to such a page, the page's own mentions and the bare
naming of it in the text (the text of those links, "Leichte Sprache" in a menu) no longer count; whatever else the
site shows of the component still does.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator

from .model import Evidence, Match
from .page import PageArtifact, ParsedPage, element_text, normalise_text
from .rules import Pattern
from .snippet import link_parts, window
from .vetoes import Vetoes, sentence

DISCLAIMER = "disclaimer"  # the evidence kind of a page's statement that a component it is about is not offered
LEAD = 300  # characters after a heading read for its page's status (the first sentences below it)
MENTIONS = frozenset({"text", "url", "link_text", "link_href"})  # what a page may show of what it disclaims
LINKS = frozenset({"link_text", "link_href"})
_TITLE_PARTS = re.compile(r" (?:[-–|/:·]|::) ")  # a title's parts: the page's name and the site's


class Disclaimers:
    """What tells a page's subject (the components' link labels) and its status (placeholders, vetoes)."""

    def __init__(self, patterns: Iterable[Pattern], vetoes: Vetoes):
        self.vetoes = vetoes
        self.names: dict[str, list[re.Pattern[str]]] = defaultdict(list)  # component -> its link labels' regexes
        self.phrases: dict[str, list[re.Pattern[str]]] = defaultdict(list)  # component -> its text regexes
        for p in patterns:
            if p.kind == "link_text":
                self.names[p.component].append(p.regex)
            elif p.kind == "text":
                self.phrases[p.component].append(p.regex)

    def of(self, artifact: PageArtifact, parsed: ParsedPage, matches: list[Match], vetoed: set[str]) -> list[Match]:
        """The page's disclaimers: ``matches`` are its matches, ``vetoed`` the components with a vetoed text hit."""
        if self.vetoes.placeholder is None and not vetoed:
            return []
        own = _path(_page_key(artifact.url))
        candidates, shown = set(vetoed), set()
        for m in matches:  # anything beyond text, its own URL and links to itself (its print view) shows it here
            ev = m.evidence
            if ev.kind not in MENTIONS or ev.kind in LINKS and (own not in ev.match or _path(_target_key(ev)) != own):
                shown.add(m.component)
            else:
                candidates.add(m.component)
        candidates = (candidates - shown) & self.names.keys()
        if not candidates:
            return []
        out = []
        for heading in _headings(parsed):
            for component in sorted(c for c in candidates if any(r.search(heading) for r in self.names[c])):
                statement = self._statement(component, parsed.text, heading)
                if statement is not None:
                    candidates.discard(component)
                    snippet = window(parsed.text, *statement)
                    out.append(Match(component, None, 0, Evidence(artifact.url, DISCLAIMER, snippet.text,
                                                                  f"{DISCLAIMER}/{component}", artifact.view,
                                                                  snippet.mark)))
        return out

    def _statement(self, component: str, text: str, heading: str) -> tuple[int, int] | None:
        """Where the words after one of the heading's occurrences say the component is not there (a placeholder or
        a vetoed hit) while no hit of it there stands."""
        for start, end in _leads(text, heading):
            said = None
            placeholder = self.vetoes.placeholder.search(text, start, end) if self.vetoes.placeholder else None
            if placeholder is not None and not self._names_another(component, text, start, *placeholder.span()):
                said = placeholder.span()
            offered = False
            for regex in self.phrases.get(component, ()):
                for hit in regex.finditer(text, start, end):
                    if hit.group() == heading:
                        continue  # the page's name again (a menu, the footer): it names, it offers nothing
                    if self.vetoes.vetoed(component, text, hit.start(), hit.end()):
                        said = said or (hit.start(), hit.end())
                    else:
                        offered = True
                        break
                if offered:
                    break
            if said is not None and not offered:
                return said
        return None


    def _names_another(self, component: str, text: str, lead: int, start: int, end: int) -> bool:
        """Whether the placeholder's sentence (from the heading on) is about another component: an accessibility
        statement saying "Informationen in Leichter Sprache werden derzeit erstellt" lists what is missing."""
        first, last = sentence(text, start, end) or (start, end)
        return any(regex.search(text, max(first, lead), last) for other, regexes in self.phrases.items()
                   if other != component for regex in regexes)


def drop_disclaimed(matches: Iterable[Match]) -> list[Match]:
    """The site's matches without what the pages disclaiming a component carried of it: the component's links to
    such a page, the page's own mentions, and text hits that only name the component as one of those links does
    ("Leichte Sprache" in a menu)."""
    matches = list(matches)
    disclaimed = {(m.component, _page_key(m.evidence.url)) for m in matches if m.evidence.kind == DISCLAIMER}
    if not disclaimed:
        return matches
    labels: dict[str, set[str]] = defaultdict(set)  # component -> labels of its links to a disclaiming page
    dropped = set()
    for i, m in enumerate(matches):
        ev = m.evidence
        if ev.kind == DISCLAIMER:
            dropped.add(i)
        elif ev.kind in MENTIONS and (m.component, _page_key(ev.url)) in disclaimed:
            dropped.add(i)
        elif ev.kind in LINKS and (m.component, _target_key(ev)) in disclaimed:
            dropped.add(i)
            labels[m.component].add(normalise_text(link_parts(ev.match)[0]))
    for i, m in enumerate(matches):
        ev = m.evidence
        if ev.kind == "text" and ev.mark and normalise_text(ev.match[ev.mark[0]:ev.mark[1]]) in labels.get(m.component, ()):
            dropped.add(i)
    return [m for i, m in enumerate(matches) if i not in dropped]


def _headings(parsed: ParsedPage) -> Iterator[str]:
    """What the page says it is about: its h1 elements, else the parts of its title ("Leichte Sprache - Stadt X",
    and as older sites write it, "Amt X - Elektronische Kommunikation"; the site's name names no component)."""
    found = False
    for element in parsed.headings:
        if element.tag == "h1":
            text = normalise_text(element_text(element))
            if text:
                found = True
                yield text
    if not found and parsed.title:
        yield from filter(None, _TITLE_PARTS.split(normalise_text(parsed.title)))


def _leads(text: str, heading: str) -> Iterator[tuple[int, int]]:
    """The stretch after each occurrence of the heading in the page's text, past its repetitions (a breadcrumb's
    last item is the heading again)."""
    at = text.find(heading)
    while at >= 0:
        end = at + len(heading)
        while text.startswith(" " + heading, end):
            end += len(heading) + 1
        if end == len(text) or text[end] == " ":
            yield end, min(len(text), end + LEAD)
        at = text.find(heading, end)


def _page_key(url: str) -> str:
    """A page's URL as links and responses may both write it: without fragment and trailing slash."""
    return url.partition("#")[0].rstrip("/")


def _path(key: str) -> str:
    """A page key without its query: the page's print view ("?druck=1") is the page itself."""
    return key.partition("?")[0].rstrip("/")


def _target_key(ev: Evidence) -> str:
    """The page a link's evidence ("label -> URL") leads to."""
    return _page_key(link_parts(ev.match)[1])
