# cython: language_level=3, boundscheck=False, wraparound=False
"""parse_page's two walks over a parsed page, in C over libxml2's nodes (see ``detectors.page``).

The Python walks visit every node through an lxml proxy object (``iterdescendants``, ``el.text``, ``el.get``),
and that proxy, not the loop, is their cost: compiled as they are, they gained nothing. Here the nodes are read
as libxml2's structs and no proxy is made except for the elements Python reads further (forms, headings, jump
menus). What lxml itself computes is asked of lxml through its public C API (``textOf``, ``tailOf``,
``attributeValueFromNsName``: exactly ``el.text``, ``el.tail``, ``el.get``), so both walks return the same
objects; ``tests/detectors/test_walk.py`` compares them. Nothing here calls libxml2 itself: lxml links its own
copy, which an extension cannot reach.
"""
from cpython.mem cimport PyMem_Free, PyMem_Realloc
from cpython.bytes cimport PyBytes_AS_STRING, PyBytes_FromStringAndSize
from cpython.unicode cimport PyUnicode_DecodeUTF8
from libc.string cimport memcpy, strcmp, strlen
from lxml.includes cimport tree
from lxml.includes.etreepublic cimport (_Document, _Element, _getNs, _isElement, attributeValueFromNsName, elementFactory,
                                        import_lxml__etree, tailOf, textOf)
from lxml.includes.tree cimport const_xmlChar, xmlNode

import_lxml__etree()

cdef extern from "Python.h":
    ctypedef unsigned char Py_UCS1
    ctypedef unsigned short Py_UCS2
    ctypedef unsigned int _UCS4 "Py_UCS4"  # Cython's own Py_UCS4 is a character type, not a number
    int PyUnicode_READY(object) except -1  # (a no-op since Python 3.12)
    int PyUnicode_KIND(object)
    void* PyUnicode_DATA(object)
    int PyUnicode_1BYTE_KIND, PyUnicode_2BYTE_KIND
    Py_UCS4 PyUnicode_READ(int kind, const void* data, Py_ssize_t index) nogil
    Py_ssize_t PyUnicode_Tailmatch(object, object, Py_ssize_t, Py_ssize_t, int) except -1

ctypedef fused _char:
    Py_UCS1
    Py_UCS2
    _UCS4

from lxml import etree

BUILD = 3  # detectors.page.WALK_BUILD: raised with every change of what this module offers, so that a stale build is not used


cdef inline xmlNode* _next_element(xmlNode* c_node, xmlNode* c_top) noexcept nogil:
    """The node after ``c_node`` in lxml's depth-first walk below ``c_top`` over elements, comments, PIs and
    entity references (etree_defs.h's _LX__TRAVERSE_TO_NEXT), or NULL at the end: ``iterdescendants``' order."""
    cdef xmlNode* c_next = c_node.children
    if c_next is not NULL:
        if c_node.type == tree.XML_ENTITY_REF_NODE or c_node.type == tree.XML_DTD_NODE:
            c_next = NULL
        else:
            while c_next is not NULL and not _isElement(c_next):
                c_next = c_next.next
    if c_next is NULL and c_node is not c_top:
        c_next = c_node.next
        while c_next is not NULL and not _isElement(c_next):
            c_next = c_next.next
        while c_next is NULL:
            c_node = c_node.parent
            if c_node is NULL or c_node is c_top or not _isElement(c_node):
                break
            c_next = c_node.next
            while c_next is not NULL and not _isElement(c_next):
                c_next = c_next.next
    return c_next


cdef inline bint _has_text(xmlNode* c_node) noexcept nogil:
    """Whether lxml's _collectText from this node (``el.text`` from the first child, ``el.tail`` from the next
    sibling) finds a non-empty text: a run of text and CDATA nodes (XInclude markers skipped) with content."""
    while c_node is not NULL:
        if c_node.type == tree.XML_TEXT_NODE or c_node.type == tree.XML_CDATA_SECTION_NODE:
            if c_node.content[0] != 0:
                return True
        elif c_node.type != tree.XML_XINCLUDE_START and c_node.type != tree.XML_XINCLUDE_END:
            return False
        c_node = c_node.next
    return False


cdef inline bint _named(xmlNode* c_node, const char* name) noexcept nogil:
    """An element of this name without namespace: what lxml's ``iter(name)`` matches."""
    cdef const_xmlChar* c_href
    if c_node.type != tree.XML_ELEMENT_NODE or strcmp(<const char*>c_node.name, name) != 0:
        return False
    c_href = _getNs(c_node)
    return c_href is NULL or c_href[0] == 0


cdef inline bint _skips_text(xmlNode* c_node) noexcept nogil:
    """Whether ``el.tag`` is not a str (comments, PIs, entities) or is one of SKIP_TEXT_TAGS."""
    if c_node.type != tree.XML_ELEMENT_NODE:
        return True
    if _getNs(c_node) is not NULL:  # its tag is "{uri}name", in no such set
        return False
    cdef const char* name = <const char*>c_node.name
    return (strcmp(name, "script") == 0 or strcmp(name, "style") == 0 or strcmp(name, "noscript") == 0
            or strcmp(name, "template") == 0 or strcmp(name, "svg") == 0)


# What the normalisation does with each character below _TABLE_END beyond ASCII (see _fold_table): 0 = a
# character it leaves to Python (NFC may change it or what follows, or it folds to more than one character);
# else one of the codes below, or the character's case folding + _FOLDED.
cdef enum:
    _TABLE_END = 0x3040
    _BLANK = 1  # whitespace: str.split() splits at it (U+00A0 also after _unify's replacement)
    _DROP = 2  # U+00B7, U+00AD: removed
    _DASH = 3  # U+2011: a hyphen-minus
    _SHARP_S = 4  # ß and ẞ: itself, folded "ss"
    _FOLDED = 16
cdef unsigned int _FOLDS[_TABLE_END]


cdef inline unsigned int _entry(unsigned int code) noexcept nogil:
    """The table's entry of a code point, U+FFFD (what libxml2 makes of bytes that are not UTF-8) included."""
    if code < _TABLE_END:
        return _FOLDS[code]
    return 0xFFFD + _FOLDED if code == 0xFFFD else 0


cdef struct _Buffer:
    char* data
    Py_ssize_t used
    Py_ssize_t size


cdef struct _Text:
    _Buffer out  # the text as written (after normalisation when folding)
    _Buffer folded  # its case folding (when folding)
    bint blank  # whitespace seen since the last character written
    bint fresh  # nothing written yet (or since the last separator)
    bint fold  # normalise and fold (else only squash ASCII whitespace)
    bint failed  # a character left to Python was met: the result is not used


cdef int _reserve(_Buffer* buffer, Py_ssize_t more) except -1:
    cdef char* grown
    if buffer.used + more > buffer.size:
        grown = <char*>PyMem_Realloc(buffer.data, 2 * (buffer.used + more))
        if grown is NULL:
            raise MemoryError()
        buffer.data = grown
        buffer.size = 2 * (buffer.used + more)
    return 0


cdef inline void _put(_Buffer* buffer, unsigned int code) noexcept nogil:
    """Write one code point as UTF-8 (room reserved)."""
    cdef char* at = buffer.data + buffer.used
    if code < 0x80:
        at[0] = <char>code
        buffer.used += 1
    elif code < 0x800:
        at[0] = <char>(0xC0 | (code >> 6))
        at[1] = <char>(0x80 | (code & 0x3F))
        buffer.used += 2
    elif code < 0x10000:
        at[0] = <char>(0xE0 | (code >> 12))
        at[1] = <char>(0x80 | ((code >> 6) & 0x3F))
        at[2] = <char>(0x80 | (code & 0x3F))
        buffer.used += 3
    else:
        at[0] = <char>(0xF0 | (code >> 18))
        at[1] = <char>(0x80 | ((code >> 12) & 0x3F))
        at[2] = <char>(0x80 | ((code >> 6) & 0x3F))
        at[3] = <char>(0x80 | (code & 0x3F))
        buffer.used += 4


cdef inline bint _ascii_blank(unsigned int c) noexcept nogil:
    """What str.split() splits at, of ASCII."""
    return c == 32 or 9 <= c <= 13 or 28 <= c <= 31


cdef inline void _separate(_Text* text) noexcept nogil:
    """Before a character is written: one space for the whitespace since the last one (none at the start)."""
    if text.blank and not text.fresh:
        text.out.data[text.out.used] = 32
        text.out.used += 1
        if text.fold:
            text.folded.data[text.folded.used] = 32
            text.folded.used += 1
    text.blank = False
    text.fresh = False


cdef inline void _fold_char(_Text* text, unsigned int code, const unsigned char* written, int length) noexcept nogil:
    """Normalise and fold one character beyond ASCII (``written``: its UTF-8, ``length`` bytes, or NULL)."""
    cdef unsigned int entry = _entry(code)
    if entry == 0:
        text.failed = True
    elif entry == _BLANK:
        text.blank = True
    elif entry == _DROP:
        pass
    elif entry == _DASH:
        _separate(text)
        text.out.data[text.out.used] = 45
        text.out.used += 1
        text.folded.data[text.folded.used] = 45
        text.folded.used += 1
    else:
        _separate(text)
        if written is NULL:
            _put(&text.out, code)
        else:
            memcpy(text.out.data + text.out.used, written, length)
            text.out.used += length
        if entry == _SHARP_S:
            text.folded.data[text.folded.used] = 115
            text.folded.data[text.folded.used + 1] = 115
            text.folded.used += 2
        else:
            _put(&text.folded, entry - _FOLDED)


cdef int _write_utf8(_Text* text, const unsigned char* c) except -1:
    """Append a node's UTF-8 content: squashed (see ``_Text``), or also normalised and folded; invalid UTF-8
    or a character left to Python fails the text."""
    cdef Py_ssize_t length = strlen(<const char*>c)
    cdef unsigned int code
    cdef int size
    _reserve(&text.out, length + 1)  # each byte and the space before the first
    if text.fold:
        _reserve(&text.folded, 2 * length + 1)  # a fold of one character is at most 3 bytes for 2
    while c[0] != 0 and not text.failed:
        if c[0] < 0x80:
            if _ascii_blank(c[0]):
                text.blank = True
            else:
                _separate(text)
                text.out.data[text.out.used] = <char>c[0]
                text.out.used += 1
                if text.fold:
                    text.folded.data[text.folded.used] = <char>(c[0] + 32 if 65 <= c[0] <= 90 else c[0])
                    text.folded.used += 1
            c += 1
            continue
        if not text.fold:
            _separate(text)
            text.out.data[text.out.used] = <char>c[0]
            text.out.used += 1
            c += 1
            continue
        if 0xC2 <= c[0] <= 0xDF and (c[1] & 0xC0) == 0x80:
            code, size = ((c[0] & 0x1F) << 6) | (c[1] & 0x3F), 2
        elif 0xE0 <= c[0] <= 0xEF and (c[1] & 0xC0) == 0x80 and (c[2] & 0xC0) == 0x80:
            code, size = ((c[0] & 0x0F) << 12) | ((c[1] & 0x3F) << 6) | (c[2] & 0x3F), 3
            if code < 0x800:  # overlong
                text.failed = True
        else:  # four bytes (beyond the table) or not UTF-8
            text.failed = True
        if not text.failed:
            _fold_char(text, code, c, size)
            c += size
    return 0


cdef int _write_run(_Text* text, xmlNode* c_node) except -1:
    """Append the text of lxml's _collectText from this node (its run of text and CDATA nodes); a space
    follows (pieces are joined by one)."""
    while c_node is not NULL:
        if (c_node.type == tree.XML_TEXT_NODE or c_node.type == tree.XML_CDATA_SECTION_NODE) and c_node.content is not NULL:
            _write_utf8(text, <const unsigned char*>c_node.content)
        elif c_node.type != tree.XML_XINCLUDE_START and c_node.type != tree.XML_XINCLUDE_END:
            break
        c_node = c_node.next
    text.blank = True
    return 0


cdef void _start(_Text* text, bint fold) noexcept:
    text.out.data = text.folded.data = NULL
    text.out.used = text.out.size = text.folded.used = text.folded.size = 0
    text.blank = text.failed = False
    text.fresh = True
    text.fold = fold


cdef void _finish(_Text* text) noexcept:
    PyMem_Free(text.out.data)
    PyMem_Free(text.folded.data)


cdef int _write_visible(_Text* text, _Element root) except -1:
    """The walk of ``detectors.page._text_pieces``: each element's text (not of skipped tags), then its tail."""
    cdef xmlNode* c_top = root._c_node
    cdef xmlNode* c_node
    if not _skips_text(c_top):
        _write_run(text, c_top.children)
    c_node = _next_element(c_top, c_top)
    while c_node is not NULL and not text.failed:
        if not _skips_text(c_node):
            _write_run(text, c_node.children)
        _write_run(text, c_node.next)
        c_node = _next_element(c_node, c_top)
    return 0


cdef str _decoded(_Buffer* buffer):
    return PyUnicode_DecodeUTF8(buffer.data, buffer.used, NULL) if buffer.used else ""


def page_text(_Element root not None) -> str:
    """``" ".join(detectors.page._text_pieces(root))`` with each run of ASCII whitespace written as one space
    and none at the ends: the same text once ``normalise_text``'s steps have split it at whitespace (see
    ``detectors.page.page_text``), with neither a str per piece nor the blanks of the markup to go through."""
    cdef _Text text
    _start(&text, False)
    try:
        _write_visible(&text, root)
        return _decoded(&text.out)
    finally:
        _finish(&text)


def page_texts(_Element root not None):
    """The page's readable text and its case folding, as ``detectors.page.read_text`` makes them of
    ``page_text``, in the same walk: None where the text holds a character left to Python (see ``_fold_table``)."""
    cdef _Text text
    _start(&text, True)
    try:
        _write_visible(&text, root)
        return None if text.failed else (_decoded(&text.out), _decoded(&text.folded))
    finally:
        _finish(&text)


cdef int _fold_str(_Text* text, const _char* data, Py_ssize_t n, long separator) except -1:
    cdef Py_ssize_t i
    cdef unsigned int c
    for i in range(n):
        c = data[i]
        if c < 0x80:
            if _ascii_blank(c):
                text.blank = True
            elif c == separator:
                text.folded.data[text.folded.used] = <char>c
                text.folded.used += 1
                text.blank = False
                text.fresh = True
            else:
                _separate(text)
                text.out.data[text.out.used] = <char>c
                text.out.used += 1
                text.folded.data[text.folded.used] = <char>(c + 32 if 65 <= c <= 90 else c)
                text.folded.used += 1
        else:
            _fold_char(text, c, NULL, 0)
            if text.failed:
                break
    return 0


def normalise(str value not None, long separator=-1):
    """``detectors.page.normalise_text(value)``, or None where it holds a character left to Python (see
    ``_fold_table``). With a ``separator`` (an ASCII code), each stretch between two of them is normalised by
    itself: ``"\\x01".join(map(normalise_text, value.split("\\x01")))``."""
    cdef _Text text
    PyUnicode_READY(value)
    cdef Py_ssize_t n = len(value)
    cdef int kind = PyUnicode_KIND(value)
    _start(&text, True)
    try:
        _reserve(&text.out, 4 * n + 1)
        _reserve(&text.folded, 4 * n + 1)
        if kind == PyUnicode_1BYTE_KIND:
            _fold_str(&text, <const Py_UCS1*>PyUnicode_DATA(value), n, separator)
        elif kind == PyUnicode_2BYTE_KIND:
            _fold_str(&text, <const Py_UCS2*>PyUnicode_DATA(value), n, separator)
        else:
            _fold_str(&text, <const _UCS4*>PyUnicode_DATA(value), n, separator)
        return None if text.failed else _decoded(&text.folded)
    finally:
        _finish(&text)


def _fold_table() -> None:
    """Fill _FOLDS for the code points below _TABLE_END (Latin, Greek, Cyrillic, ..., punctuation, symbols, CJK
    punctuation: what German pages write); everything else but U+FFFD is left to Python. A character is taken when NFC can change neither it
    nor its neighbours (no canonical combining class, its own NFC, not the second of a canonical pair: any
    text of such characters is its own NFC) and it case-folds to one character (or to "ss"). Whitespace is
    taken whatever NFC does (it maps U+2000 and U+2001 to other spaces). ``tests/detectors/test_walk.py``
    checks the table against every code point."""
    import unicodedata
    cdef int code
    seconds = set()
    for code in range(_TABLE_END):
        parts = unicodedata.decomposition(chr(code)).split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            seconds.add(int(parts[1], 16))
    for code in range(_TABLE_END):
        char = chr(code)
        folded = char.casefold()
        _FOLDS[code] = 0
        if code < 0x80:  # ASCII is written by the callers themselves
            pass
        elif char.isspace():
            _FOLDS[code] = _BLANK
        elif char in "\u00b7\u00ad":
            _FOLDS[code] = _DROP
        elif char == "\u2011":
            _FOLDS[code] = _DASH
        elif unicodedata.combining(char) or unicodedata.normalize("NFC", char) != char or code in seconds:
            pass
        elif folded == "ss":
            _FOLDS[code] = _SHARP_S
        elif len(folded) == 1:
            _FOLDS[code] = ord(folded) + _FOLDED


_fold_table()


def fold_entry(int code) -> int:
    """What the table says of a code point (for the tests): 0 left to Python, 1 blank, 2 dropped, 3 a hyphen,
    4 folded to "ss", else the code point of its case folding + 16."""
    return _entry(code) if code >= 0 else 0


cdef inline object _get(xmlNode* c_node, const char* name):
    """``el.get(name)``: lxml reads the attribute (entities resolved) itself."""
    return attributeValueFromNsName(c_node, NULL, <const_xmlChar*>name)


cdef object _content(_Document doc, xmlNode* c_top):
    """``element_text(el)`` (XPath string(): the text and CDATA below the element, in document order), joined
    here; an entity reference (the HTML parser makes none) is left to lxml."""
    cdef xmlNode* c_node = c_top.children
    cdef bytearray joined = bytearray()
    while c_node is not NULL:
        if c_node.type == tree.XML_TEXT_NODE or c_node.type == tree.XML_CDATA_SECTION_NODE:
            if c_node.content is not NULL:
                joined += (<const char*>c_node.content)[:strlen(<const char*>c_node.content)]
        elif c_node.type == tree.XML_ENTITY_REF_NODE:
            return etree.tostring(elementFactory(doc, c_top), method="text", encoding=str, with_tail=False)
        elif c_node.children is not NULL:
            c_node = c_node.children
            continue
        while c_node.next is NULL:
            c_node = c_node.parent
            if c_node is c_top:
                return PyUnicode_DecodeUTF8(joined, len(joined), NULL)
        c_node = c_node.next
    return PyUnicode_DecodeUTF8(joined, len(joined), NULL)


cdef object _first_img_alt(xmlNode* c_top):
    """``img.get("alt", "")`` of the first <img> below the element (``next(el.iter("img"))``), "" without one."""
    cdef xmlNode* c_node = _next_element(c_top, c_top)
    while c_node is not NULL:
        if _named(c_node, "img"):
            return _get(c_node, "alt") or ""
        c_node = _next_element(c_node, c_top)
    return ""


def gather_named(_Element root not None) -> tuple:
    """``detectors.page._gather_named(root)``: what ``_read_named`` reads of the named elements, in one walk."""
    cdef _Document doc = root._doc
    cdef xmlNode* c_top = root._c_node
    cdef xmlNode* c_node = c_top
    cdef list hrefs = [], labels = [], menus = [], scripts = [], inline = [], frames = [], forms = [], titles = []
    cdef list headings = []
    cdef dict meta = {}
    cdef const char* name
    base = None
    while c_node is not NULL:
        if c_node.type == tree.XML_ELEMENT_NODE and (_getNs(c_node) is NULL or _getNs(c_node)[0] == 0):
            name = <const char*>c_node.name
            if strcmp(name, "a") == 0:
                href = _get(c_node, "href")
                if href:
                    label = _content(doc, c_node) or _get(c_node, "title") or _get(c_node, "aria-label") or ""
                    if not label.strip():
                        label = _first_img_alt(c_node)
                    hrefs.append(href)
                    labels.append(label)
            elif strcmp(name, "area") == 0:
                href = _get(c_node, "href")
                if href:
                    hrefs.append(href)
                    labels.append(_get(c_node, "alt") or _get(c_node, "title") or _get(c_node, "aria-label") or "")
            elif strcmp(name, "frame") == 0:
                src = _get(c_node, "src")
                if src:
                    hrefs.append(src)
                    labels.append(_get(c_node, "title") or _get(c_node, "name") or "")
            elif strcmp(name, "select") == 0:
                if _get(c_node, "onchange"):
                    menus.append((len(hrefs), elementFactory(doc, c_node)))
            elif strcmp(name, "meta") == 0:
                key = _get(c_node, "name") or _get(c_node, "property") or _get(c_node, "http-equiv")
                if key:
                    meta[key.lower()] = _get(c_node, "content") or ""
            elif strcmp(name, "script") == 0:
                src = _get(c_node, "src")
                if src:
                    scripts.append(src)
                elif _has_text(c_node.children):
                    inline.append(textOf(c_node))
            elif strcmp(name, "iframe") == 0:
                src = _get(c_node, "src") or _get(c_node, "data-src")
                if src:
                    frames.append(src)
            elif strcmp(name, "form") == 0:
                forms.append(elementFactory(doc, c_node))
            elif strcmp(name, "base") == 0:
                if base is None:
                    base = _get(c_node, "href") or ""
            elif strcmp(name, "h1") == 0 or strcmp(name, "h2") == 0:
                headings.append(elementFactory(doc, c_node))
            elif strcmp(name, "title") == 0:
                titles.append(_content(doc, c_node))
        c_node = _next_element(c_node, c_top)
    return hrefs, labels, menus, meta, scripts, inline, frames, forms, base, titles, headings


cdef extern from *:
    int __builtin_ctz(unsigned int) nogil


cdef inline bint _literal_at(const _char* at, Py_ssize_t left, const char* literal) noexcept nogil:
    """Whether the ASCII ``literal`` (lower case) begins here, ASCII letters compared caselessly."""
    cdef Py_ssize_t i = 0
    cdef unsigned int c
    while literal[i] != 0:
        if i >= left:
            return False
        c = at[i]
        if 65 <= c <= 90:
            c += 32
        if c != <unsigned char>literal[i]:
            return False
        i += 1
    return True


cdef tuple _scan(const _char* data, Py_ssize_t n, Py_ssize_t long_tag, tuple literals):
    """``scan_markup`` over the characters of one width."""
    cdef Py_ssize_t i, tags = 0, opened = -1, count = len(literals), k
    cdef unsigned int c, found = 0, waiting
    cdef list stretches = []
    cdef const char* texts[32]
    cdef unsigned int table[2][128]  # of each ASCII character: the literals it begins, or is the second of (caseless)
    cdef unsigned int* starting = table[0]  # also '<' and '>' (bit 31)
    cdef unsigned int* following = table[1]
    for i in range(128):
        starting[i] = following[i] = 0
    starting[60] = starting[62] = 1u << 31
    for k in range(count):
        texts[k] = <bytes>literals[k]
        for i in range(2):
            c = <unsigned char>texts[k][i]
            table[i][c] |= 1u << k
            if 97 <= c <= 122:
                table[i][c - 32] |= 1u << k
    for i in range(n):
        c = data[i]
        if c >= 128 or not starting[c]:
            continue
        if c == 60:  # '<': a tag opens, and ends the stretch of the one before
            tags += 1
            if opened >= 0 and i - opened - 1 >= long_tag:
                stretches.append((opened, i))
            opened = i
        elif c == 62:  # '>'
            if opened >= 0 and i - opened - 1 >= long_tag:
                stretches.append((opened, i))
            opened = -1
        elif i + 1 < n and data[i + 1] < 128:  # the first letter of literals: those the next character continues
            waiting = starting[c] & following[data[i + 1]] & ~found
            while waiting:
                k = __builtin_ctz(waiting)  # the lowest literal waiting
                waiting &= waiting - 1
                if _literal_at(data + i + 2, n - i - 2, texts[k] + 2):
                    found |= 1u << k
    if opened >= 0 and n - opened - 1 >= long_tag:
        stretches.append((opened, n))
    cdef list indexes = []  # (no generator expression: Cython cannot name one inside a fused function)
    for k in range(count):
        if found & (1u << k):
            indexes.append(k)
    return tags, stretches, tuple(indexes)


def scan_markup(str markup not None, Py_ssize_t long_tag, tuple literals not None) -> tuple:
    """One pass over the markup's characters for what ``detectors.page.markup_limits`` asks of its bytes: the
    number of '<', each stretch from a '<' to the next '>' or '<' (or the end) of at least ``long_tag``
    characters between them, as (start, end) indexes, and the indexes of the ``literals`` (lower-case ASCII
    bytes of two characters or more, each starting with a letter) that occur, ASCII letters compared caselessly."""
    if len(literals) > 31:
        raise ValueError("at most 31 literals")
    PyUnicode_READY(markup)
    cdef int kind = PyUnicode_KIND(markup)
    cdef Py_ssize_t n = len(markup)
    if kind == PyUnicode_1BYTE_KIND:
        return _scan(<const Py_UCS1*>PyUnicode_DATA(markup), n, long_tag, literals)
    if kind == PyUnicode_2BYTE_KIND:
        return _scan(<const Py_UCS2*>PyUnicode_DATA(markup), n, long_tag, literals)
    return _scan(<const _UCS4*>PyUnicode_DATA(markup), n, long_tag, literals)


cdef bint _narrow(const _char* data, Py_ssize_t n, unsigned char* out, _UCS4 first, _UCS4 second) noexcept nogil:
    """``narrow`` over the characters of one width (two or four bytes): False when ``first`` or ``second`` occurs. One
    loop without a branch, which the compiler vectorises (a branch per character cost 8 instructions a character)."""
    cdef Py_ssize_t i
    cdef _char c
    cdef _char seen = 0
    for i in range(n):
        c = data[i]
        out[i] = <unsigned char>(c | -<_char>((c >> 8) != 0))  # c < 256 ? c : 0xFF
        seen |= (c == first) | (c == second)
    return not seen


def narrow(str text not None, str stops not None):
    """The text one byte per character: each Latin-1 character as its byte, any wider one as 0xFF; None when the text
    holds one of ``stops`` (two characters beyond Latin-1). ASCII literals occur in these bytes exactly where they
    occur in the text, without its UTF-8 (a loop per character in CPython's encoder)."""
    if len(stops) != 2 or min(map(ord, stops)) < 256:
        raise ValueError("two stops, each beyond Latin-1")
    cdef Py_ssize_t n = len(text)
    PyUnicode_READY(text)
    cdef int kind = PyUnicode_KIND(text)
    if kind == PyUnicode_1BYTE_KIND:
        return PyBytes_FromStringAndSize(<const char*>PyUnicode_DATA(text), n)
    cdef bytes out = PyBytes_FromStringAndSize(NULL, n)
    cdef unsigned char* into = <unsigned char*>PyBytes_AS_STRING(out)
    cdef bint whole
    if kind == PyUnicode_2BYTE_KIND:
        whole = _narrow(<const Py_UCS2*>PyUnicode_DATA(text), n, into, ord(stops[0]), ord(stops[1]))
    else:
        whole = _narrow(<const _UCS4*>PyUnicode_DATA(text), n, into, ord(stops[0]), ord(stops[1]))
    return out if whole else None


# What a plain href is appended to (the indexes of detectors.page._FRONTS): the base's origin, its directory, the
# base without query, the base without fragment, nothing.
cdef enum:
    _TO_ORIGIN = 0
    _TO_DIRECTORY = 1
    _TO_STEM = 2
    _TO_SELF = 3
    _TO_NOTHING = 4

cdef unsigned char _URL_CHARS[128]  # 1: plain in a path (page._PLAIN), 2: plain in a query (page._PLAIN_QUERY)


def _url_table(str path_chars not None, str query_chars not None) -> None:
    """Fill _URL_CHARS from the characters of ``detectors.page._PLAIN`` and ``_PLAIN_QUERY`` (ASCII)."""
    cdef int code
    for code in range(128):
        _URL_CHARS[code] = (1 if chr(code) in path_chars else 0) | (2 if chr(code) in query_chars else 0)


cdef inline bint _pair(int kind, const void* data, Py_ssize_t start, Py_ssize_t end, Py_UCS4 first,
                       Py_UCS4 second) noexcept nogil:
    """Whether ``first`` followed by ``second`` occurs in [start, end)."""
    cdef Py_ssize_t i
    for i in range(start, end - 1):
        if PyUnicode_READ(kind, data, i) == first and PyUnicode_READ(kind, data, i + 1) == second:
            return True
    return False


cdef inline bint _before_slash(int kind, const void* data, Py_ssize_t start, Py_ssize_t end, Py_UCS4 wanted) noexcept nogil:
    """Whether ``wanted`` occurs in [start, end) before the first '/'."""
    cdef Py_ssize_t i
    cdef Py_UCS4 c
    for i in range(start, end):
        c = PyUnicode_READ(kind, data, i)
        if c == 47:
            return False
        if c == wanted:
            return True
    return False


cdef Py_ssize_t _plain_end(str href, int* front):
    """``detectors.page._plain_href`` in C: -1 where only urljoin will do; else the length of the href's part
    (before its fragment) that is appended to what ``front`` is set to (0 for a fragment-only href)."""
    cdef int kind = PyUnicode_KIND(href)
    cdef const void* data = PyUnicode_DATA(href)
    cdef Py_ssize_t n = len(href), end = n, query = -1, i, at
    cdef Py_UCS4 c
    if n and PyUnicode_READ(kind, data, 0) == 35:  # '#': urllib reads all of it as the fragment
        front[0] = _TO_SELF
        return 0
    for i in range(n):
        c = PyUnicode_READ(kind, data, i)
        if c == 35:
            end = i
            break
        if c >= 128 or not _URL_CHARS[c] & (1 if query < 0 else 2):
            return -1
        if c == 63 and query < 0:  # the first '?' ends the path
            query = i
    if end == 0 or PyUnicode_READ(kind, data, end - 1) == 63:
        return -1
    path = query if query >= 0 else end
    c = PyUnicode_READ(kind, data, 0)
    if c == 63:
        front[0] = _TO_STEM
        return end
    if c == 47:  # '/': a root-relative path ("//" also finds a network path)
        if _pair(kind, data, 0, path, 47, 47) or _pair(kind, data, 0, path, 47, 46):
            return -1
        front[0] = _TO_ORIGIN
        return end
    at = 8 if PyUnicode_Tailmatch(href, "https://", 0, end, -1) else 7 if PyUnicode_Tailmatch(href, "http://", 0, end, -1) else 0
    if at:
        if at >= end or PyUnicode_READ(kind, data, at) == 47 or PyUnicode_READ(kind, data, at) == 63:
            return -1
        if _before_slash(kind, data, at, end, 64):  # a user in the authority
            return -1
        front[0] = _TO_NOTHING
        return end
    if path == 0 or c == 46 or _pair(kind, data, 0, path, 47, 47) or _pair(kind, data, 0, path, 47, 46):
        return -1
    if _before_slash(kind, data, 0, path, 58):  # a scheme
        return -1
    front[0] = _TO_DIRECTORY
    return end


def join_all(str base not None, tuple fronts not None, list hrefs not None, fallback not None) -> list:
    """``detectors.page._join_all``: each plain href appended to its front (``fronts``: what each of
    ``_FRONTS`` gives for the base), any other one (or one whose front is None) joined by ``fallback(base, href)``."""
    cdef list joined = []
    cdef int front = 0
    cdef Py_ssize_t end
    for href in hrefs:
        end = _plain_end(<str?>href, &front)
        if end >= 0 and fronts[front] is not None:
            joined.append(fronts[front] + (href if end == len(href) else href[:end]))
        else:
            joined.append(fallback(base, href))
    return joined


_tuple_new = tuple.__new__


def links(list urls not None, list texts not None, str prefix, str host not None, url_host not None,
          link not None) -> list:
    """``detectors.page._python_links``: a ``link`` (url, text, host) of each URL that is not None or empty, the
    host ``host`` where it begins with ``prefix`` (the base's origin and '/'), else ``url_host(url)``."""
    cdef list made = []
    cdef Py_ssize_t i
    for i in range(len(urls)):
        url = urls[i]
        if not url:
            continue
        if prefix is not None and PyUnicode_Tailmatch(url, prefix, 0, len(url), -1):
            made.append(_tuple_new(link, (url, texts[i], host)))
        else:
            made.append(_tuple_new(link, (url, texts[i], url_host(url))))
    return made
