"""``reifegrad detect FILE --url URL [--json]``: run the detectors on one saved page.

Saved pages come in any encoding (real municipal pages are often windows-1252 or iso-8859-1 without a
header to say so) and sometimes as plain ``text+links`` dumps; both are turned into the same
PageArtifact the crawler would produce.
"""
from __future__ import annotations

import html
import json
import re
from functools import cache
from pathlib import Path

from w3lib.encoding import html_to_unicode

from .domains import registered_domain
from .engine import Engine, aggregate
from .model import Finding
from .page import PageArtifact

# inside a line: a Markdown link [label](url "title"), or a bare URL / www. host a reader would follow
# (the label excludes brackets and is stripped in code: overlapping \s* around it cost 63 s on 100 KB)
INLINE_LINK = re.compile(r"\[(?P<label>[^\[\]]{0,300})\]\(\s*(?P<target>(?:https?://|/)[^\s)]+)(?:\s+\"[^\"]*\")?\s*\)"
                         r"|(?P<bare>\b(?:https?://|www\.)[\w.-]+\.[a-z]{2,}(?:/[^\s<>\"')\]]*)?)", re.IGNORECASE)
URL_AT_END = re.compile(r"(?:https?|mailto):\S+$")
SEPARATORS = ("->", "→", ":")
BULLETS = "-*•"


def url_line(line: str) -> tuple[str, str] | None:
    """(label, url) of a ``text+links`` line "[bullet] [label ->|→|:] URL", or None; linear in the line.

    (A single regex for this backtracked quadratically: 121 s on a line of 100 KB of spaces.)
    """
    stripped = line.strip()
    last = stripped.rsplit(None, 1)[-1] if stripped else ""
    found = URL_AT_END.search(last)
    if not found:
        return None
    url = found.group()
    rest = stripped[: len(stripped) - len(url)].rstrip()
    for candidate in (rest[1:].lstrip() if rest[:1] and rest[0] in BULLETS else None, rest):
        if candidate == "":
            return "", url
        if candidate is not None:
            for sep in SEPARATORS:
                if candidate.endswith(sep):
                    return candidate[: -len(sep)].strip(), url
    return None


def decode(raw: bytes) -> str:
    """BOM, then the declared charset (meta), then strict UTF-8, else windows-1252."""
    def utf8_or_none(body: bytes) -> str | None:
        try:
            body.decode("utf-8")
        except UnicodeDecodeError:
            return None
        return "utf-8"

    _, text = html_to_unicode(None, raw, default_encoding="cp1252", auto_detect_fun=utf8_or_none)
    return text


def looks_like_markup(text: str) -> bool:
    head = text.lstrip()[:2000].lower()
    return head.startswith("<") or "<html" in head or "<body" in head


def text_to_html(text: str) -> str:
    """A ``text+links`` dump as minimal HTML: URL lines become links, everything else paragraph text."""
    paragraphs, anchors = [], []
    for line in text.splitlines():
        found = url_line(line)
        if found:
            label, url = found[0] or found[1], found[1]
            anchors.append(f'<li><a href="{html.escape(url, quote=True)}">{html.escape(label)}</a></li>')
        elif line.strip():
            paragraphs.append(f"<p>{inline_links(line.strip())}</p>")
    return "<html><body>" + "".join(paragraphs) + "<ul>" + "".join(anchors) + "</ul></body></html>"


def inline_links(line: str) -> str:
    """One line of text as HTML, its Markdown links and bare URLs as anchors (crawled text dumps keep them)."""
    out, at = [], 0
    for found in INLINE_LINK.finditer(line):
        out.append(html.escape(line[at:found.start()]))
        url = found["target"] or found["bare"].rstrip(".,;:")
        label = found["label"].strip() if found["target"] else url
        if not url.lower().startswith(("http://", "https://", "/")):
            url = "https://" + url
        out.append(f'<a href="{html.escape(url, quote=True)}">{html.escape(label)}</a>')
        out.append(html.escape(found["bare"][len(found["bare"].rstrip(".,;:")):]) if found["bare"] else "")
        at = found.end()
    out.append(html.escape(line[at:]))
    return "".join(out)


def load_artifact(path: str | Path, url: str) -> PageArtifact:
    text = decode(Path(path).read_bytes())
    if not looks_like_markup(text):
        text = text_to_html(text)
    return PageArtifact(url=url, html=text)


@cache
def _engine() -> Engine:
    return Engine.load()


def detect_file(path: str | Path, url: str, as_json: bool, names: tuple[str, ...] = ()) -> str:
    """Findings of one saved page as JSON (``[{component, product, confidence, evidence}]``) or a table; ``names``:
    the municipality's names, as the crawler knows them (another place's service named in the text is not its)."""
    engine = _engine()
    artifact = load_artifact(path, url)
    findings = aggregate(engine.detect(artifact, site_domain=registered_domain(url) or None, site_names=names),
                         engine.threshold)
    return render_json(findings) if as_json else render_table(findings)


def render_json(findings: list[Finding]) -> str:
    return json.dumps([
        {"component": f.component, "product": f.product, "confidence": f.confidence,
         "evidence": [{"url": e.url, "kind": e.kind, "match": e.match} for e in f.evidence]}
        for f in findings
    ], ensure_ascii=False, indent=2)


def render_table(findings: list[Finding]) -> str:
    if not findings:
        return "no components found"
    rows = [("component", "product", "conf", "evidence")]
    rows += [(f.component, f.product or "-", str(f.confidence), f.evidence[0].match[:70] if f.evidence else "")
             for f in findings]
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    return "\n".join("  ".join(r[i].ljust(widths[i]) for i in range(3)) + "  " + r[3] for r in rows)
