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
from cpython.unicode cimport PyUnicode_DecodeUTF8
from libc.string cimport strcmp, strlen
from lxml.includes cimport tree
from lxml.includes.etreepublic cimport (_Document, _Element, _getNs, _isElement, attributeValueFromNsName, elementFactory,
                                        import_lxml__etree, tailOf, textOf)
from lxml.includes.tree cimport const_xmlChar, xmlNode

import_lxml__etree()

from lxml import etree


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


cdef struct _Text:
    char* data
    Py_ssize_t used
    Py_ssize_t size
    bint blank  # whitespace seen since the last character written


cdef int _write_run(_Text* text, xmlNode* c_node) except -1:
    """Append the text of lxml's _collectText from this node (its run of text and CDATA nodes), each run of
    ASCII whitespace as one space, none before the first character; a space follows (pieces are joined by one)."""
    cdef const unsigned char* c
    cdef char* grown
    cdef Py_ssize_t length
    while c_node is not NULL:
        if (c_node.type == tree.XML_TEXT_NODE or c_node.type == tree.XML_CDATA_SECTION_NODE) and c_node.content is not NULL:
            c = <const unsigned char*>c_node.content
            length = strlen(<const char*>c)
            if text.used + length + 1 > text.size:  # room for each byte and the space before the first
                grown = <char*>PyMem_Realloc(text.data, 2 * (text.used + length + 1))
                if grown is NULL:
                    raise MemoryError()
                text.data = grown
                text.size = 2 * (text.used + length + 1)
            while c[0] != 0:
                if c[0] == 32 or 9 <= c[0] <= 13 or 28 <= c[0] <= 31:  # what str.split() splits at, of ASCII
                    text.blank = True
                else:
                    if text.blank and text.used:
                        text.data[text.used] = 32
                        text.used += 1
                    text.blank = False
                    text.data[text.used] = <char>c[0]
                    text.used += 1
                c += 1
        elif c_node.type != tree.XML_XINCLUDE_START and c_node.type != tree.XML_XINCLUDE_END:
            break
        c_node = c_node.next
    text.blank = True
    return 0


def page_text(_Element root not None) -> str:
    """``" ".join(detectors.page._text_pieces(root))`` with each run of ASCII whitespace written as one space
    and none at the ends: the same text once ``normalise_text``'s steps have split it at whitespace (see
    ``detectors.page.page_text``), with neither a str per piece nor the blanks of the markup to go through."""
    cdef xmlNode* c_top = root._c_node
    cdef xmlNode* c_node
    cdef _Text text
    text.data = NULL
    text.used = text.size = 0
    text.blank = False
    try:
        if not _skips_text(c_top):
            _write_run(&text, c_top.children)
        c_node = _next_element(c_top, c_top)
        while c_node is not NULL:
            if not _skips_text(c_node):
                _write_run(&text, c_node.children)
            _write_run(&text, c_node.next)
            c_node = _next_element(c_node, c_top)
        return PyUnicode_DecodeUTF8(text.data, text.used, NULL) if text.used else ""
    finally:
        PyMem_Free(text.data)


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
