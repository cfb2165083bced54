"""Evidence as people see it: the snippet with the match highlighted (``<mark>`` in HTML, «…» in text),
page source shown as code. One function per medium, shared by the report, the web app and the CLI."""
from __future__ import annotations

from markupsafe import Markup, escape

from detectors.snippet import Snippet, window


def shown(evidence: dict, width: int) -> Snippet:
    """A result document's evidence entry cut to ``width`` around its match (rows stored before marks
    were kept are cut at the end)."""
    text, mark = evidence["match"] or "", evidence.get("mark")
    markup = bool(evidence.get("markup"))
    if not mark:
        return Snippet(text if len(text) <= width else text[:width - 1] + "…", None, markup)
    if len(text) <= width:
        return Snippet(text, (mark[0], mark[1]), markup)
    return window(text, mark[0], mark[1], width)._replace(markup=markup)


def as_html(evidence: dict, width: int = 160) -> Markup:
    """Escaped snippet, match in ``<mark>``, inside ``<code>`` when it is page source."""
    text, mark, markup = shown(evidence, width)
    if mark:
        inner = escape(text[:mark[0]]) + Markup("<mark>") + escape(text[mark[0]:mark[1]]) + Markup("</mark>") \
            + escape(text[mark[1]:])
    else:
        inner = escape(text)
    return Markup("<code>") + inner + Markup("</code>") if markup else inner


def as_text(evidence: dict, width: int = 100) -> str:
    """The snippet with the match in «guillemets»."""
    text, mark, _ = shown(evidence, width)
    return f"{text[:mark[0]]}«{text[mark[0]:mark[1]]}»{text[mark[1]:]}" if mark else text
