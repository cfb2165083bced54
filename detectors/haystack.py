"""What each pattern kind is matched against, built once per page from the ParsedPage.

List kinds (links, scripts, forms, ...) are joined into one newline-separated, lower-cased string so a
pattern costs one substring prefilter and at most one regex scan per page, not one per item; a match
is mapped back to its item by offset. URLs are written without scheme as ``host[:port]/path?query``
so that one host regex (``^(?:[^/\\n]*\\.)?service-bw\\.de/``) serves links, scripts, iframes and requests.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import accumulate
from operator import add, attrgetter, itemgetter
from urllib.parse import parse_qsl, urlsplit

from .casing import casefold, lower
from .page import Link, PageArtifact, ParsedPage, readable_text

# letters that case folding turns into more than one ("ß" -> "ss"): they shift offsets of the folded text
_GROWS = re.compile("[" + "".join(re.escape(chr(c)) for c in range(0x80, 0x30000) if len(chr(c).casefold()) > 1) + "]")
EMAIL = re.compile(r"[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9][a-z0-9.-]{0,252}\.[a-z]{2,24}")
EMAIL_REACH = (64, 1 + 278)  # characters of an EMAIL match before its '@', and from the '@' to its end
WRAPPER_PARAMS = ("url", "u", "link", "href", "target", "to", "dest")
_URL, _TEXT, _HOST = itemgetter(0), itemgetter(1), itemgetter(2)  # a Link's fields, read in C
_WRAPPED = re.compile("=(?:[hH][tT][tT][pP]|%2[fF]%2[fF])")  # in a URL unwrap may unwrap (as "=http" in its lower case)


@lru_cache(maxsize=8192)  # ~2 MB: real pages repeat their navigation's links on every page of a site
def url_line(url: str) -> str:
    """``https://User@Host.de:8443/a?b#c`` → ``host.de:8443/a?b`` (lower-case, one line).

    String operations instead of urlsplit: this runs for every link of every page.
    """
    low = url.strip().lower()
    if low.startswith(("https://", "http://")):  # the common case: nothing to cut but the scheme
        rest = low[8:] if low[4] == "s" else low[7:]
        slash = rest.find("/")
        if slash > 0 and "#" not in rest and "\n" not in rest and "\r" not in rest and "?" not in rest[:slash] \
                and "@" not in rest[:slash]:
            return rest
    return _cut_line(low)


def _cut_line(low: str) -> str:
    """url_line of a stripped, lower-cased URL, every case."""
    scheme, sep, rest = low.partition("://")
    if not sep or not scheme.isascii() or "/" in scheme or "?" in scheme:
        return _one_line(low.split("#", 1)[0].split("?", 1)[0] if low.startswith("mailto:") else low.split("#", 1)[0])
    rest = rest.split("#", 1)[0]
    cut = len(rest)
    for stop in "/?":
        at = rest.find(stop)
        if 0 <= at < cut:
            cut = at
    host, tail = rest[:cut].rpartition("@")[2], rest[cut:]
    if not tail.startswith("/"):
        tail = "/" + tail
    return _one_line(host + tail)


def _one_line(value: str) -> str:
    return value.replace("\n", " ").replace("\r", " ")


def _one_lines(values: list[str]) -> list[str]:
    """``_one_line`` of each value: the values themselves when none has a line break (one look at them all;
    link texts are normalised, so they never have one)."""
    joined = "\n".join(values)
    if "\r" not in joined and joined.count("\n") == max(len(values) - 1, 0):
        return values
    return [_one_line(v) for v in values]


@dataclass(slots=True)
class Haystack:
    """A kind's searchable string and, for list kinds, the items behind each line."""

    text: str  # lower-case; list kinds: one item per line
    items: tuple[str, ...] = ()  # original item per line (what the evidence shows)
    urls: tuple[str, ...] = ()  # per line: the URL the site conditions look at ('' = none)
    contexts: tuple[str, ...] = ()  # per line: link text for link_href, link URL for link_text
    starts: tuple[int, ...] = ()  # where each line starts, when an item holds a line break; () = it is a line
    hosts: str = ""  # URL kinds: the distinct host parts of the lines, for host-only prefilters
    marks: list[tuple[int, int]] = field(default_factory=list, compare=False, repr=False)  # line_at: positions, lines

    @classmethod
    def of(cls, lines: list[str], items: list[str], urls: list[str] | None = None,
           contexts: list[str] | None = None) -> Haystack:
        text = "\n".join(lines)
        starts: tuple[int, ...] = ()
        if text.count("\n") != max(len(lines) - 1, 0):
            starts = tuple(map(add, accumulate(map(len, lines), initial=0), range(len(lines))))  # + 1 per newline
        return cls(text, tuple(items), tuple(urls or ()), tuple(contexts or ()), starts)

    def line_at(self, position: int) -> int:
        """The line of a text position: the line breaks before it counted in C (a few matches per page
        cost less than the starts of 300 lines), from the nearest position asked before (on a page of 2,000
        links the patterns ask dozens of times: each count from the start read 50 KB)."""
        if self.starts:
            return bisect_right(self.starts, position) - 1
        marks = self.marks
        at = bisect_right(marks, (position, position))  # a line is never past its position
        start, line = marks[at - 1] if at else (0, 0)
        line += self.text.count("\n", start, position)
        marks.insert(at, (position, line))
        return line


def unwrap(link: Link, share_hosts: tuple[str, ...], page_url: str) -> Link | None:
    """Share buttons go (they carry the site's own URL, not a profile); redirect wrappers are unwrapped,
    and dropped when they only wrap the page itself ("read this page aloud", "share this page").

    pitfalls §9.7: ReadSpeaker ``…&url=<page>`` and share buttons would otherwise classify as the
    site's own pages or as social-media profiles.
    """
    host = "." + link.host
    if host != "." and host.endswith(share_hosts):  # share_hosts are ".addtoany.com", ...
        return None
    low = link.url.lower()
    if "=http" not in low and "=%2f%2f" not in low:
        return link
    try:
        query = parse_qsl(urlsplit(link.url).query)
    except ValueError:
        return link
    for name, value in query:
        if name.lower() in WRAPPER_PARAMS and value.lower().startswith(("http://", "https://")):
            try:
                inner_host = (urlsplit(value).hostname or "").lower()
            except ValueError:
                return None
            if url_line(value) == url_line(page_url):
                return None
            return Link(value, link.text, inner_host)
    return link


def _items_matching(joined: str, items: int, regex: re.Pattern[str]) -> set[int]:
    """Which of ``items`` newline-joined items hold a match of the regex (every one when an item holds a
    line break itself: the lines no longer count the items)."""
    if joined.count("\n") != items - 1:
        return set(range(items))
    found: set[int] = set()
    line = last = 0
    for match in regex.finditer(joined):
        line += joined.count("\n", last, match.start())
        last = match.start()
        found.add(line)
    return found


_ITEMS = {kind: attrgetter(items) for kind, items in (  # what a list kind's lines are made of: none, no line
    ("requests", "artifact.requests"), ("cookies", "artifact.cookies"), ("js_global", "artifact.js_globals"),
    ("iframe", "parsed.iframes"), ("script_src", "parsed.script_srcs"), ("form", "parsed.forms"),
    ("inline_script", "parsed.inline_scripts"))}


class PageHaystacks:
    """Lazily built haystacks of one page: a kind's string is only built when a pattern needs it."""

    def __init__(self, artifact: PageArtifact, parsed: ParsedPage, share_hosts: frozenset[str]):
        self.artifact = artifact
        self.parsed = parsed
        self.share_hosts = tuple("." + h for h in share_hosts)
        self._built: dict[str, Haystack] = {}

    def get(self, kind: str) -> Haystack:
        hay = self._built.get(kind)
        if hay is None:
            hay = self._built[kind] = getattr(self, "_" + kind)()
        return hay

    def empty(self, kind: str) -> bool:
        """Whether the page has nothing of this kind; asked of the items a list kind is built from when there are
        none (a static view has no requests, cookies or globals, most pages no iframes), without building it."""
        items = _ITEMS.get(kind)
        return (items is not None and not items(self)) or not self.get(kind).text

    def header(self, name: str) -> str:
        return str(self.artifact.headers.get(name, "") or "")

    def quoted(self, start: int, end: int) -> tuple[str, int, int]:
        """The visible text as written and where ``parsed.text[start:end]`` lies in it (case folding turns
        "ß" into "ss", so offsets shift after each such letter); the folded text if the two disagree."""
        if self._readable is None:
            return self.parsed.text, start, end
        text, folded_ends, shifts = self._readable
        at = bisect_right(folded_ends, start)
        until = bisect_right(folded_ends, end)
        return (text, start - (shifts[at - 1] if at else 0),
                min(len(text), end - (shifts[until - 1] if until else 0)))

    @cached_property
    def _readable(self) -> tuple[str, list[int], list[int]] | None:
        """Built for pages with a text match only: the text, and per letter that grows when folded ("ß"),
        the folded offset after it with the growth so far."""
        text = readable_text(self.artifact, self.parsed)
        # parse_page sets text = casefold(readable): only a text rebuilt here needs comparing
        if not text or (text is not self.parsed.readable and casefold(text) != self.parsed.text):
            return None
        folded_ends: list[int] = []
        shifts: list[int] = []
        growth = len(self.parsed.text) - len(text)
        if growth and text.count("ß") == growth:  # each "ß" grows by one: then no other letter grows
            at = text.find("ß")
            while at >= 0:
                shifts.append(len(shifts) + 1)
                folded_ends.append(at + 1 + len(shifts))
                at = text.find("ß", at + 1)
        elif growth:
            grown = 0
            for letter in _GROWS.finditer(text):
                grown += len(casefold(letter.group())) - 1
                folded_ends.append(letter.end() + grown)
                shifts.append(grown)
        return text, folded_ends, shifts

    @cached_property
    def links(self) -> tuple[list[Link], list[str], list[str]]:
        """The unwrapped links, their URLs and their URL lines, computed once for both link kinds.

        Which links ``unwrap`` can change is asked once per page: those on a share host, and those whose URL
        may wrap another (found in all URLs at once); on most pages none, and the others keep their ``Link``.
        """
        links = self.parsed.links
        share = self.share_hosts
        shared = {host for host in set(map(_HOST, links)) if host and ("." + host).endswith(share)}
        joined = "\n".join(map(_URL, links))
        if shared or _WRAPPED.search(joined):
            page_url = self.artifact.url
            wrapped = _items_matching(joined, len(links), _WRAPPED)
            links = [x for x in (unwrap(link, share, page_url) if i in wrapped or link.host in shared else link
                                 for i, link in enumerate(links)) if x is not None]
        urls = list(map(_URL, links))
        return links, urls, list(map(url_line, urls))

    def _urls(self, urls: list[str], lines: list[str] | None = None) -> Haystack:
        lines = list(map(url_line, urls)) if lines is None else lines
        hay = Haystack.of(lines, urls, urls)
        hay.hosts = "\n".join(dict.fromkeys(line.split("/", 1)[0] for line in lines))
        return hay

    def _url(self) -> Haystack:
        return self._urls([self.artifact.url])

    def _script_src(self) -> Haystack:
        return self._urls(list(self.parsed.script_srcs))

    def _iframe(self) -> Haystack:
        return self._urls(list(self.parsed.iframes))

    def _requests(self) -> Haystack:
        return self._urls([str(u) for u in self.artifact.requests])

    def _link_href(self) -> Haystack:
        """The links' URLs, without the page's links to itself ("#", "#inhalt", a font-size button): their URL is the
        page's own, which the ``url`` kind judges; as a link's it would be taken for a link to what the page's URL
        names ("a+ -> …/aktuelles/2026-11-25-maengelmelder-kreis/")."""
        links, urls, lines = self.links
        own = self.artifact.url.split("#", 1)[0]
        if own in urls:
            kept = [i for i, url in enumerate(urls) if url != own]
            links, urls, lines = [links[i] for i in kept], [urls[i] for i in kept], [lines[i] for i in kept]
        hay = self._urls(urls, lines)
        hay.contexts = tuple(map(_TEXT, links))
        return hay

    def _link_text(self) -> Haystack:
        links, urls, lines = self.links
        texts = list(map(_TEXT, links))
        return Haystack.of(_one_lines(texts), texts, urls, lines)

    def _form(self) -> Haystack:
        lines, items = [], []
        for form in self.parsed.forms:
            fields = " ".join(f"input:{t}:{n}:{i}:{c}" for t, n, i, c in form.inputs)
            ident = "|".join(form.ident.split())
            line = _one_line(f"action={url_line(form.action)} method={form.method} role={form.role} form={ident} {fields}")
            lines.append(line.lower())
            items.append(line[:300])
        return Haystack.of(lines, items, [f.action for f in self.parsed.forms])

    def _cookies(self) -> Haystack:
        names = [_one_line(str(c)) for c in self.artifact.cookies]
        return Haystack.of([n.lower() for n in names], names)

    def _js_global(self) -> Haystack:
        names = [_one_line(str(g)) for g in self.artifact.js_globals]
        return Haystack.of([n.lower() for n in names], names)

    def _inline_script(self) -> Haystack:
        return Haystack(lower("\n".join(self.parsed.inline_scripts)))

    def _html(self) -> Haystack:
        return Haystack(lower(self.artifact.html))

    def _text(self) -> Haystack:
        return Haystack(self.parsed.text)

    def _email(self) -> Haystack:
        found: list[str] = []
        for link in self.parsed.links:
            if link.url[:7].lower() == "mailto:":
                found.append(link.url[7:].split("?")[0].strip().lower())
        found.extend(emails_in(self.parsed.text))
        unique = list(dict.fromkeys(found))
        return Haystack.of(unique, unique)


def emails_in(text: str) -> list[str]:
    """``EMAIL.findall(text)``, searched only near the '@'s: every match has one '@' and reaches at most
    ``EMAIL_REACH`` around it, and windows that touch are merged, so each window is searched as the whole
    text would be there (a plain scan tries every position of a 100 KB text, milliseconds)."""
    before, after = EMAIL_REACH
    windows: list[list[int]] = []
    at = text.find("@")
    while at >= 0:
        if windows and at - before <= windows[-1][1]:
            windows[-1][1] = at + after
        else:
            windows.append([max(0, at - before), at + after])
        at = text.find("@", at + 1)
    return [email for lo, hi in windows for email in EMAIL.findall(text, lo, hi)]
