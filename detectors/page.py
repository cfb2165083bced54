"""A page as the detectors see it: the artifact the crawler hands over, parsed once with lxml.

The crawler reuses ``ParsedPage.links`` for its own link extraction, so a page is parsed exactly once
on the hot path.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import urljoin, urldefrag, urlsplit

import hyperscan
import lxml.html
import numpy as np
from lxml import etree

from .casing import casefold, one_byte
from .scratches import Scratches

WALK_BUILD = 3  # _walk.BUILD of the _walk.pyx this module calls: a module built from an older one is not used
try:  # parse_page's walks, text normalisation, markup scan and link joins in C (detectors/_walk.pyx, built by `make
    from . import _walk  # install`): the same results, without lxml proxies and Python loops
    if getattr(_walk, "BUILD", 0) != WALK_BUILD:  # a checkout whose build is older than its source: rebuild it
        _walk = None  # type: ignore[assignment]
except ImportError:  # a checkout not built: the Python code below, ~1.5 ms more a real page (tests require the build)
    _walk = None  # type: ignore[assignment]

SKIP_TEXT_TAGS = {"script", "style", "noscript", "template", "svg"}


@dataclass(slots=True)
class PageArtifact:
    """What a gatherer saw of one page, in one view (static HTML, rendered DOM or network log)."""

    url: str
    html: str  # decoded markup, or plain text for text-only pages
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)  # lower-case names
    content_type: str = "text/html"
    view: str = "static"
    requests: Sequence[str] = ()  # network log: every URL the page requested (rendered view)
    cookies: Sequence[str] = ()  # cookie names set before any interaction
    js_globals: Sequence[str] = ()  # window properties present after the page settled


class Link(NamedTuple):
    """A named tuple, not a frozen dataclass: a real page has hundreds of links, built 4x faster this way."""

    url: str  # absolute, fragment removed
    text: str  # normalised anchor text (or title/aria-label when the anchor has no text)
    host: str  # lower-case host name, '' for non-http links


@dataclass(frozen=True, slots=True)
class Form:
    action: str  # absolute URL
    method: str
    role: str
    inputs: tuple[tuple[str, str, str, str], ...]  # (type, name, id, class)
    ident: str = ""  # the form's own id and class ("form_kesearch_pi1", "newsletter-signup"): what it is for


@dataclass(slots=True)
class ParsedPage:
    url: str
    title: str = ""
    text: str = ""  # visible text, normalised (see normalise_text)
    links: list[Link] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)  # name/property/http-equiv -> content
    script_srcs: list[str] = field(default_factory=list)
    inline_scripts: list[str] = field(default_factory=list)
    iframes: list[str] = field(default_factory=list)
    forms: list[Form] = field(default_factory=list)
    lang: str = ""
    root: etree._Element | None = None
    refused: str | None = None  # why the markup was not parsed (see markup_refusal)
    readable: str = ""  # the visible text as written (not case-folded): evidence quotes it; text = its casefold
    # the h1 and h2 elements in document order, found by the walk over the named elements: the service classification
    # reads them (its own walk for them, over a tree out of the CPU caches by then, was ~50 of its ~280 us a farm page)
    headings: list[etree._Element] = field(default_factory=list)


def normalise_text(text: str) -> str:
    """NFC, middle dot and soft hyphen removed, non-breaking spaces folded, case-folded, spaces collapsed.

    Leichte-Sprache texts write "Barriere·freiheit"; removing U+00B7 lets one pattern match both. In one pass
    in C (``_walk.normalise``) when the extension is built and the text holds only characters it takes (nearly
    every German text), else by ``_normalise``.
    """
    folded = _walk.normalise(text) if _walk is not None else None
    return folded if folded is not None else _normalise(text)


def _normalise(text: str) -> str:
    """``normalise_text`` in Python: the reference of the pass in C, and what runs where it does not."""
    return casefold(" ".join(_unify(text).split()))


def _unify(text: str) -> str:
    """NFC and the character replacements of ``normalise_text``; case folding comes after spaces are
    collapsed (it maps no character to or from a space, and costs per character). A Latin-1 text is its own
    NFC (no Latin-1 character is changed by it or composes with another), which only a pass over all of its
    characters would confirm."""
    if not one_byte(text):
        text = unicodedata.normalize("NFC", text)
    return text.replace("\u00b7", "").replace("\u00ad", "").replace("\u2011", "-").replace("\u00a0", " ")


_AUTHORITY = re.compile(r"[A-Za-z0-9.:@_~%!$&'()*+,;=-]+")


def url_host(url: str) -> str:
    """``urlsplit(url).hostname`` lower-cased ('' when there is none or the URL does not parse)."""
    if url.startswith(("https://", "http://")):  # fast path, same result as urlsplit().hostname
        host = _authority_host(url.split("/", 3)[2])
        if host is not None:
            return host
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


@lru_cache(maxsize=1024)
def _authority_host(authority: str) -> str | None:
    """The host of a plain ``user@host:port`` authority (a page's links share a few), None if not plain."""
    if _AUTHORITY.fullmatch(authority):
        return authority.rpartition("@")[2].partition(":")[0].lower()
    return None


# libxml2 compares each attribute with the others of its element: 1,000 attributes parse in 2 ms, 3,000 in
# 0.2 s, 100,000 (an 890 KB page) in minutes. Tags are linear (200,000 in 1.6 s). Both are counted first.
MAX_TAGS = 150_000
MAX_ATTRIBUTES = 1_000  # per element
LONG_TAG = 2000  # characters from '<' to '>' from which a tag's attributes are counted
_BLANK_RUNS = re.compile(r"\s+")


def ascii_bytes(text: str) -> tuple[bytes, str]:
    """The text as bytes in which each ASCII character stands where it stands in the text, and their codec:
    Latin-1 when CPython holds the text one byte per character (a copy, where UTF-8 costs 30 us for 30 KB of
    markup and 0.1 ms for 300 KB), else UTF-8 (no ASCII byte occurs inside another character's encoding)."""
    if one_byte(text):
        return text.encode("latin-1"), "latin-1"
    return text.encode("utf-8", "surrogatepass"), "utf-8"


def narrow_bytes(text: str, stops: str) -> bytes | None:
    """The text one byte per character, each Latin-1 character as its byte and any wider one as 0xFF, or None when it
    holds one of ``stops`` (characters beyond Latin-1): ASCII literals occur in these bytes where they occur in the
    text. For markup beyond Latin-1 (six of the ten real pages), in C (``_walk.narrow``) a tenth of what its UTF-8
    costs (0.36 M instructions a page); ``_narrow`` where the extension is not built, and the reference."""
    return _walk.narrow(text, stops) if _walk is not None else _narrow(text, stops)


_WIDER = re.compile("[^\x00-\xff]")


def _narrow(text: str, stops: str) -> bytes | None:
    """``narrow_bytes`` in Python."""
    if any(c in text for c in stops):
        return None
    return (text if one_byte(text) else _WIDER.sub("\xff", text)).encode("latin-1")


def markup_refusal(markup: str) -> str | None:
    """Why this markup is not parsed (its cost would not be bounded), or None."""
    return markup_limits(markup)[0]


def markup_limits(markup: str) -> tuple[str | None, tuple[str, ...]]:
    """Why this markup is not parsed (``_judge``), or None; and those of ``LINK_ATTRIBUTES`` that may hold a link
    on it (``_attribute_names``). Both in one pass over its characters in C (``_walk.scan_markup``) when the
    extension is built, which encodes nothing; else ``_python_limits``, its reference."""
    if _walk is None:
        return _python_limits(markup)
    tags, stretches, found = _walk.scan_markup(markup, LONG_TAG, _LINK_BYTES)
    return _judge(tags, (markup[start + 1:end] for start, end in stretches)), _attribute_names(found)


def _python_limits(markup: str) -> tuple[str | None, tuple[str, ...]]:
    """``markup_limits`` over the markup's bytes (``ascii_bytes``): the '<' and '>' found with numpy and only
    the rare stretches of LONG_TAG bytes or more decoded, the literals found by Hyperscan (``_link_literals``)."""
    raw, codec = ascii_bytes(markup)
    return _judge(*_tags_and_stretches(raw, codec)), _attribute_names(_link_literals(raw))


def _judge(tags: int, stretches: Iterable[str]) -> str | None:
    """Why markup with this many tags and these stretches (what runs from a tag's '<' to the next '>' or '<',
    at least LONG_TAG characters) is not parsed: too many tags, or a stretch with too many attributes."""
    if tags > MAX_TAGS:
        return f"the page has {tags:,} tags (limit {MAX_TAGS:,}); not parsed"
    for segment in stretches:
        attributes = max(segment.count("="), len(_BLANK_RUNS.findall(segment)))
        if attributes > MAX_ATTRIBUTES:
            return f"an element has about {attributes:,} attributes (limit {MAX_ATTRIBUTES:,}); not parsed"
    return None


def _tags_and_stretches(raw: bytes, codec: str) -> tuple[int, Iterator[str]]:
    """The number of '<' in the markup's ``ascii_bytes`` and, lazily, its stretches of at least LONG_TAG
    characters (see ``_judge``), decoded."""
    data = np.frombuffer(raw, np.uint8)
    opens = (data == 60).nonzero()[0]
    return len(opens), _long_stretches(data, opens, codec)


def _long_stretches(data: np.ndarray, opens: np.ndarray, codec: str) -> Iterator[str]:
    """The stretches of ``_tags_and_stretches``: only those of LONG_TAG bytes or more are decoded."""
    if not len(opens):
        return
    closes = np.append((data == 62).nonzero()[0], len(data))
    ends = np.minimum(closes[np.searchsorted(closes, opens)], np.append(opens[1:], len(data)))
    long = ends - opens > LONG_TAG  # at least LONG_TAG bytes between '<' and its end
    for start, end in zip(opens[long].tolist(), ends[long].tolist()):
        segment = data[start + 1:end].tobytes().decode(codec, "surrogatepass")
        if len(segment) >= LONG_TAG:
            yield segment


# lxml.html's own parser looks up each element's class in Python (FormElement, InputElement, ...): a third of
# the walk's cost. Every element is an HtmlElement here (the detectors use nothing of the subclasses), chosen in C.
_PARSER = etree.HTMLParser()
_PARSER.set_element_class_lookup(etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment, pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity))
_NAMED = ("a", "area", "frame", "select", "meta", "script", "iframe", "form", "base", "title", "h1", "h2")  # read beyond text
# an <option value> of a jump menu (a <select onchange=…> that loads the chosen value) is a link: a page or URL
_JUMP_TARGET = re.compile(r"(?:https?://|/)\S*|[\w./-]+\.(?:html?|php|aspx?)(?:[?#]\S*)?", re.IGNORECASE)
READING = 2  # what parse_page reads; a change makes the crawler read remembered pages again (crawler/memos.py)
# Where CMS templates put a teaser's, tile's or button's target instead of an href (a whole clickable box or
# table row, a <button> that opens a vendor's booking): the attributes read as links. Each costs one XPath step,
# about 0.03 ms on a 100 KB page (1 % of its detection; a predicate testing them all on each element costs 4 times
# that), taken only where the markup holds the attribute's name (``markup_limits``).
# A form's action is read with the form (the `form` kind).
LINK_ATTRIBUTES = ("onclick", "data-href", "data-url", "data-link", "data-target-url", "formaction")
LABEL_MAX = 300  # characters of an attribute link's text: a tile's heading and teaser sentence
ONCLICK, LOCATION, OPEN = 0, len(LINK_ATTRIBUTES), len(LINK_ATTRIBUTES) + 1  # indexes of _LINK_BYTES
_LINK_BYTES = tuple(name.encode() for name in (*LINK_ATTRIBUTES, "location", "open("))  # lower case, letter first
_LINK_LITERALS = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
_LINK_LITERALS.compile(  # ASCII, so caseless in the bytes of ascii_bytes
    expressions=list(_LINK_BYTES), ids=list(range(len(_LINK_BYTES))), elements=len(_LINK_BYTES),
    flags=[hyperscan.HS_FLAG_CASELESS | hyperscan.HS_FLAG_SINGLEMATCH] * len(_LINK_BYTES), literal=True)
_SCRATCHES = Scratches()
# the target a script opens: window.open('…'), (window|self|top|document).location(.href) = '…', location.assign('…')
_SCRIPT_TARGET = re.compile(
    r"""(?:\blocation(?:\.href)?\s*=\s*|\blocation\.(?:assign|replace)\(\s*|\bopen\(\s*)(['"])\s*([^'"\s]+)\s*\1""")


def parse_page(artifact: PageArtifact) -> ParsedPage:
    """Parse once; never raises on bad markup (an empty ParsedPage is returned for unparsable input, and for
    markup past the limits of ``markup_refusal``)."""
    page = ParsedPage(url=artifact.url)
    markup = artifact.html
    if not markup or markup.isspace():  # not markup.strip(), without the copy
        return page
    page.refused, attributes = markup_limits(markup)
    if page.refused:
        return page
    if "html" not in artifact.content_type and "<" not in markup[:2000]:
        page.readable = " ".join(_unify(markup).split())
        page.text = casefold(page.readable)
        return page
    root = parse_tree(markup)
    if root is None:
        return page
    page.root = root
    page.lang = (root.get("lang") or "").strip().lower()
    page.readable, page.text = read_text(root)
    _read_named(page, root, attributes)
    return page


def parse_tree(markup: str) -> etree._Element | None:
    """lxml's tree of the markup (as UTF-8 with errors replaced if lxml refuses the str), None if it refuses both."""
    try:
        return lxml.html.document_fromstring(markup, parser=_PARSER)
    except (etree.ParserError, ValueError):
        try:
            return lxml.html.document_fromstring(markup.encode("utf-8", "replace"), parser=_PARSER)
        except (etree.ParserError, ValueError):
            return None


def readable_text(artifact: PageArtifact, parsed: ParsedPage) -> str:
    """``parsed.text`` as written on the page, not case-folded: what evidence quotes ("" when there is none)."""
    if parsed.readable:
        return parsed.readable
    if parsed.root is not None:
        return read_text(parsed.root)[0]
    if parsed.text:
        return " ".join(_unify(artifact.html).split())
    return ""


def read_text(root: etree._Element) -> tuple[str, str]:
    """The page's readable text (``page_text`` normalised as ``normalise_text`` does, but not case-folded: what
    evidence quotes) and its case folding (``normalise_text`` of ``page_text``). Both are written by the walk in
    C when it is built and the text holds only characters it takes itself (``_walk.page_texts``); else they are
    made of ``page_text`` in Python, the reference."""
    texts = _walk.page_texts(root) if _walk is not None else None
    if texts is not None:
        return texts
    readable = " ".join(_unify(page_text(root)).split())
    return readable, casefold(readable)


def page_text(root: etree._Element) -> str:
    """The page's visible text before normalisation: ``_text_pieces`` joined by spaces.

    The walk in C, when it is built, writes each run of ASCII whitespace as one space and none at the ends:
    ``normalise_text`` splits at whitespace after ``_unify``, which neither changes ASCII whitespace nor joins
    characters across it, so both texts normalise alike; the markup's blanks, most of its text, are not copied
    and not normalised. An lxml proxy per node was the Python walk's cost.
    """
    return _walk.page_text(root) if _walk is not None else " ".join(_text_pieces(root))


def _text_pieces(root: etree._Element) -> list[str]:
    """Each element's own text (not of script, style, ...), then its tail, element by element, read through
    lxml's proxies: the reference of ``_walk.page_text`` and what runs where it is not built.

    That order puts an element's tail before the text of its children (``<p><b>x</b>c</p>d`` reads
    "d x c"): kept as it is, because evidence snippets are cut from this text.
    """
    skip = SKIP_TEXT_TAGS
    pieces = [root.text] if root.text and root.tag not in skip else []
    append = pieces.append
    for el in root.iterdescendants():
        text = el.text
        if text:
            tag = el.tag
            if tag.__class__ is str and tag not in skip:
                append(text)
        tail = el.tail
        if tail:
            append(tail)
    return pieces


class Named(NamedTuple):
    """What ``_read_named`` reads of the named elements (``_NAMED``) in its walk, before joining and normalising."""

    hrefs: list[str]  # of links (a, area, frame), as written
    labels: list[str]  # their raw labels
    menus: list[tuple[int, etree._Element]]  # jump menus (<select onchange>), with where in hrefs their options go
    meta: dict[str, str]  # name/property/http-equiv (lower-cased) -> content; a later meta of a name wins
    scripts: list[str]  # script srcs
    inline_scripts: list[str]  # texts of scripts without src
    frames: list[str]  # iframe srcs
    forms: list[etree._Element]
    base: str | None  # the first <base>'s href
    titles: list[str]  # text of each <title>
    headings: list[etree._Element]  # h1 and h2


def gather_named(root: etree._Element) -> Named:
    """The named elements' hrefs, labels, meta, ... (``Named``), by the walk in C when it is built (it makes
    proxies only of the elements returned as such), else by ``_gather_named``."""
    return Named._make(_walk.gather_named(root)) if _walk is not None else _gather_named(root)


def _gather_named(root: etree._Element) -> Named:
    """The walk of ``_read_named`` over lxml's proxies: the reference for ``_walk.gather_named``, and what runs
    where the extension is not built."""
    hrefs: list[str] = []
    labels: list[str] = []
    menus: list[tuple[int, etree._Element]] = []
    meta: dict[str, str] = {}
    scripts: list[str] = []
    inline_scripts: list[str] = []
    frames: list[str] = []
    forms: list[etree._Element] = []
    base: str | None = None
    titles: list[str] = []
    headings: list[etree._Element] = []
    for el in root.iter(_NAMED):
        tag = el.tag
        if tag == "a":
            href = el.get("href")
            if href:
                label = (element_text(el) if len(el) else el.text) or el.get("title") or el.get("aria-label") or ""
                if not label.strip():
                    img = next(el.iter("img"), None)
                    label = img.get("alt", "") if img is not None else ""
                hrefs.append(href)
                labels.append(label)
        elif tag == "area":  # an image map's link: old table layouts put whole menus there
            href = el.get("href")
            if href:
                hrefs.append(href)
                labels.append(el.get("alt") or el.get("title") or el.get("aria-label") or "")
        elif tag == "frame":  # a frameset's frames are its pages: an old site's menu and content live there
            src = el.get("src")
            if src:
                hrefs.append(src)
                labels.append(el.get("title") or el.get("name") or "")
        elif tag == "select":  # a jump menu's options are links; a form field's (a street list) are never read
            if el.get("onchange"):
                menus.append((len(hrefs), el))
        elif tag == "meta":
            key = el.get("name") or el.get("property") or el.get("http-equiv")
            if key:
                meta[key.lower()] = el.get("content") or ""
        elif tag == "script":
            src = el.get("src")
            if src:
                scripts.append(src)
            elif el.text:
                inline_scripts.append(el.text)
        elif tag == "iframe":
            src = el.get("src") or el.get("data-src")
            if src:
                frames.append(src)
        elif tag == "form":
            forms.append(el)
        elif tag == "base":
            if base is None:
                base = el.get("href") or ""
        elif tag == "h1" or tag == "h2":
            headings.append(el)
        else:
            titles.append(element_text(el))
    return Named(hrefs, labels, menus, meta, scripts, inline_scripts, frames, forms, base, titles, headings)


def _read_named(page: ParsedPage, root: etree._Element, attributes: tuple[str, ...]) -> None:
    """Links, meta, scripts, frames, forms, title and headings, in document order (a later meta of a name wins).

    One walk also finds the document's first ``<base>``, which applies to every URL of the page, also to
    those before it: URLs are collected as written and joined after the walk, all at once.
    """
    named = gather_named(root)
    hrefs, labels = named.hrefs, named.labels
    for at, select in reversed(named.menus):  # from the last, so that each one's place in hrefs stays right
        options = [(value, element_text(option)) for option in _menu_options(select)
                   if (value := (option.get("value") or "").strip()) and _JUMP_TARGET.fullmatch(value)]
        hrefs[at:at] = [value for value, _ in options]
        labels[at:at] = [label for _, label in options]
    page.meta = named.meta
    page.inline_scripts = named.inline_scripts
    page.headings = named.headings
    page.title = next(filter(None, map(normalise_text, named.titles)), "")  # the first that says something
    url = page.url
    base = (_safe_join(url, named.base) or url) if named.base else url
    page.script_srcs = [u for u in _join_all(base, named.scripts) if u]
    page.iframes = [u for u in _join_all(base, named.frames) if u]
    for el, action in zip(named.forms, _join_all(base, [el.get("action") or "" for el in named.forms])):
        inputs = tuple(
            (i.get("type", "text").lower(), i.get("name", ""), i.get("id", ""), i.get("class", ""))
            for i in el.iter("input", "textarea", "select", "button")
        )
        ident = " ".join(x for x in (el.get("id"), el.get("class")) if x)
        page.forms.append(Form(action or url, (el.get("method") or "get").lower(), (el.get("role") or "").lower(),
                               inputs, ident))
    joined = _join_all(base, hrefs)
    told, told_labels = _script_hrefs(hrefs, labels, joined)
    if attributes:
        more, more_labels = _attribute_links(_attribute_xpath(attributes)(root))
        told, told_labels = told + more, told_labels + more_labels
    page.links = _links(base, joined + _join_all(base, told), _normalise_all(labels + told_labels))


def script_targets(script: str) -> list[str]:
    """The pages or URLs a script of an onclick or a javascript: href opens or loads (not ``this.href``, a
    variable or a function of the site's own, whose target cannot be read)."""
    return [m.group(2) for m in _SCRIPT_TARGET.finditer(script) if _JUMP_TARGET.fullmatch(m.group(2))]


def _script_hrefs(hrefs: list[str], labels: list[str], joined: list[str | None]) -> tuple[list[str], list[str]]:
    """The targets of the anchors whose href is a script (``javascript:window.open('…')``), with their labels.
    Such an href joins to None, like an empty one: only those are looked at."""
    targets: list[str] = []
    target_labels: list[str] = []
    at = -1
    while True:
        try:
            at = joined.index(None, at + 1)
        except ValueError:
            return targets, target_labels
        if hrefs[at].lstrip()[:11].lower() == "javascript:":
            found = script_targets(hrefs[at])
            targets += found
            target_labels += [labels[at]] * len(found)


def _link_literals(raw: bytes) -> set[int]:
    """The indexes of ``_LINK_BYTES`` that occur in the markup's ``ascii_bytes``, caselessly: one Hyperscan pass."""
    found: set[int] = set()

    def on_match(index: int, start: int, end: int, flags: int, context: object) -> None:
        found.add(index)

    _LINK_LITERALS.scan(raw, match_event_handler=on_match, scratch=_SCRATCHES.of("links", _LINK_LITERALS))
    return found


def _attribute_names(found: Collection[int]) -> tuple[str, ...]:
    """Those of ``LINK_ATTRIBUTES`` that may hold a link on a page where these of ``_LINK_BYTES`` occur: their
    names occur, an onclick's only with a script that loads a page. Finding them in the markup, about a fifth of
    one XPath step, spares most pages the XPath (an onclick that prints or opens a tab needs none)."""
    return tuple(name for index, name in enumerate(LINK_ATTRIBUTES)
                 if index in found and (index != ONCLICK or LOCATION in found or OPEN in found))


@lru_cache(maxsize=None)
def _attribute_xpath(names: tuple[str, ...]) -> etree.XPath:
    """The values of these attributes, anywhere, in document order (one XPath step per attribute)."""
    return etree.XPath("|".join(f"//@{name}" for name in names))


def _attribute_links(values: list) -> tuple[list[str], list[str]]:
    """The links of ``LINK_ATTRIBUTES`` in document order, with their labels: the target an onclick opens, a page
    or URL in a data attribute."""
    hrefs: list[str] = []
    labels: list[str] = []
    for value in values:
        if value.attrname == "onclick":
            targets = script_targets(value)
        else:
            targets = [value.strip()] if _JUMP_TARGET.fullmatch(value.strip()) else []
        if targets:
            hrefs += targets
            labels += [_element_label(value.getparent())] * len(targets)
    return hrefs, labels


def _element_label(el: etree._Element) -> str:
    """What an element with an attribute link says: its text, title, aria-label, value (an <input type=button>)
    or first image's alt text. A text longer than ``LABEL_MAX`` is a container's (a <div data-url> around a whole
    section), not a button's or teaser's: its words would pass for the link's."""
    text = element_text(el).strip()
    if text and len(text) <= LABEL_MAX:
        return text
    img = next(el.iter("img"), None)
    return el.get("title") or el.get("aria-label") or el.get("value") or (img.get("alt", "") if img is not None else "")


def _menu_options(select: etree._Element) -> Iterator[etree._Element]:
    """The options of a <select>, directly or in an <optgroup>, in document order."""
    for child in select.iterchildren("option", "optgroup"):
        if child.tag == "option":
            yield child
        else:
            yield from child.iterchildren("option")


def _join_all(base: str, hrefs: list[str]) -> list[str | None]:
    """``_safe_join(base, href)`` of each href: what a plain href (most of them) is appended to is looked up
    once per page; the href itself is told plain by ``_walk.join_all`` in C when it is built, else by one
    memoised lookup (``_python_join_all``)."""
    fronts = tuple(front(base) for front in _FRONTS)
    if _walk is not None:
        return _walk.join_all(base, fronts, hrefs, _safe_join)
    return _python_join_all(base, fronts, hrefs)


def _python_join_all(base: str, fronts: tuple[str | None, ...], hrefs: list[str]) -> list[str | None]:
    """``_join_all`` in Python: the reference of ``_walk.join_all``, and what runs where it is not built."""
    joined: list[str | None] = []
    for href in hrefs:
        plain = _plain_href(href)  # None also for hrefs with spaces around them, javascript: and data:
        if plain is not None:
            rest, front = plain
            before = fronts[_FRONTS.index(front)]
            if before is not None:
                joined.append(before + rest)
                continue
        joined.append(_safe_join(base, href))
    return joined


def _links(base: str, urls: list[str | None], texts: list[str]) -> list[Link]:
    """A ``Link`` of each joined URL (None or empty: none) with its normalised text and ``url_host``: those that
    begin with the base's origin share its host. In C (``_walk.links``) when it is built, else ``_python_links``."""
    origin = _origin(base)
    prefix, host = (origin + "/", url_host(origin + "/")) if origin is not None else (None, "")
    if _walk is not None:
        return _walk.links(urls, texts, prefix, host, url_host, Link)
    return _python_links(urls, texts, prefix, host)


def _python_links(urls: list[str | None], texts: list[str], prefix: str | None, host: str) -> list[Link]:
    """``_links`` in Python: the reference of ``_walk.links``."""
    return [Link(u, text, host if prefix is not None and u.startswith(prefix) else url_host(u))
            for u, text in zip(urls, texts) if u]


def element_text(el: etree._Element) -> str:
    """The element's text content (XPath ``string()``, like lxml.html's ``text_content``) at a fraction of
    an XPath evaluation's cost: both read libxml2's node content."""
    return etree.tostring(el, method="text", encoding=str, with_tail=False)


def _normalise_all(texts: list[str]) -> list[str]:
    """``normalise_text`` of each text, in one pass over them all: the texts are joined by U+0001, which
    parsed text does not carry (libxml2 turns control characters into U+FFFD) and which no step of the
    normalisation changes or reaches across (NFC composes nothing with it, the rest maps characters)."""
    joined = "\x01".join(texts)
    if joined.count("\x01") != len(texts) - 1:  # an empty list, or a text that carries the separator after all
        return [normalise_text(t) for t in texts]
    folded = _walk.normalise(joined, 1) if _walk is not None else None  # each stretch between two by itself
    if folded is not None:
        return folded.split("\x01")
    return [" ".join(t.split()) for t in casefold(_unify(joined)).split("\x01")]


_PLAIN = re.compile(r"[A-Za-z0-9/_.~%!$&'()*+,=:@?-]*")  # no whitespace, controls, ';', '#', brackets, backslashes
_PLAIN_QUERY = re.compile(r"[A-Za-z0-9/_.~%!$&'()*+,=:@?\[\]-]*")  # a query may hold brackets ("publish[id]=3")
if _walk is not None:  # the same two sets for _walk.join_all
    _walk._url_table(*("".join(chr(c) for c in range(128) if plain.fullmatch(chr(c))) for plain in (_PLAIN, _PLAIN_QUERY)))


@lru_cache(maxsize=1024)
def _origin(base: str) -> str | None:
    """``scheme://netloc`` of an http(s) base URL, or None when the fast join does not apply."""
    try:
        parts = urlsplit(base)
    except ValueError:
        return None
    if parts.scheme in ("http", "https") and parts.netloc and base.startswith(parts.scheme + "://"):
        return f"{parts.scheme}://{parts.netloc}"
    return None


@lru_cache(maxsize=1024)
def _directory(base: str) -> str | None:
    """``scheme://netloc/path/`` of an http(s) base URL (up to its last slash), or None when the fast join
    of relative paths does not apply (urljoin would remove dot segments or empty segments of the base)."""
    origin = _origin(base)
    if origin is None:
        return None
    path = base[len(origin):].split("#", 1)[0].split("?", 1)[0]
    if not _PLAIN.fullmatch(path) or "//" in path or "/." in path or ";" in path:
        return None
    return origin + path[: path.rfind("/") + 1] if "/" in path else origin + "/"


def fast_join(base: str, href: str) -> str | None:
    """The result of ``urldefrag(urljoin(base, href))`` for the common plain hrefs, without urllib's cost.

    Applies to relative and root-relative paths, query-only and fragment-only hrefs and absolute http(s) URLs
    made of plain characters, without dot segments, doubled slashes or empty query markers that urljoin would
    rewrite; None otherwise.
    """
    plain = _plain_href(href)
    if plain is None:
        return None
    rest, front = plain
    before = front(base)
    return None if before is None else before + rest


def _nothing(base: str) -> str:
    """What an absolute URL is appended to."""
    return ""


@lru_cache(maxsize=1024)
def _stem(base: str) -> str | None:
    """What urljoin puts before the query of a query-only href (the base up to its query, as urllib writes it):
    that part depends on the base alone, so one urljoin per base tells it (http(s) bases only, as for paths)."""
    if _origin(base) is None:
        return None
    try:
        joined = urljoin(base, "?q")
    except ValueError:
        return None
    return joined[:-2] if joined.endswith("?q") else None


@lru_cache(maxsize=1024)
def _self(base: str) -> str | None:
    """The join of a fragment-only href ("#inhalt", "#"): the base as urllib rewrites it, without fragment."""
    if _origin(base) is None:
        return None
    try:
        return urldefrag(urljoin(base, "#"))[0]
    except ValueError:
        return None


# What a plain href is appended to, by its shape: the base's origin ("/a"), its directory ("a"), the base
# without query ("?a"), the whole base without fragment ("#a"), nothing (an absolute URL); None from one of
# them: only urljoin will do.
_FRONTS: tuple[Callable[[str], str | None], ...] = (_origin, _directory, _stem, _self, _nothing)  # as _walk's _TO_*


@lru_cache(maxsize=8192)  # ~1.5 MB: the pages of a site repeat their navigation's hrefs
def _plain_href(href: str) -> tuple[str, Callable[[str], str | None]] | None:
    """The href without its fragment and what of the base it is appended to (one of ``_FRONTS``), or None when
    only urljoin will do: ``fast_join`` without the base."""
    if href[:1] == "#":  # urllib reads all of it as the fragment, whatever it holds
        return "", _self
    href = href.split("#", 1)[0] if "#" in href else href
    if not href or href.endswith("?"):
        return None
    path, _, query = href.partition("?")
    if not _PLAIN.fullmatch(path) or not _PLAIN_QUERY.fullmatch(query):
        return None
    if href[0] == "?":
        return href, _stem
    if href[0] == "/":
        if href.startswith("//") or "//" in path or "/." in path:
            return None
        return href, _origin
    if href.startswith(("https://", "http://")):
        rest = href.split("://", 1)[1]
        if rest and rest[0] not in "/?" and "@" not in rest.split("/", 1)[0]:
            return href, _nothing
        return None
    if path and ":" not in path.split("/", 1)[0] and "//" not in path and "/." not in "/" + path:
        return href, _directory
    return None


def _safe_join(base: str, href: str) -> str | None:
    href = href.strip()
    if not href or href.startswith(("javascript:", "data:")):
        return None
    fast = fast_join(base, href)
    if fast is not None:
        return fast
    try:
        absolute, _ = urldefrag(urljoin(base, href))
    except ValueError:
        return None
    return absolute
