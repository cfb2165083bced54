"""Fault district: bodies and markup damage for sites that misbehave on purpose (issue 6).

Each fault maps to one status of the crawler's closed vocabulary (see sites.FAULTS); the HTTP-level
behaviour (status codes, delays, resets, refused connections) is decided in world.py, the payloads here.
"""
from __future__ import annotations

import re
import zlib
from functools import cache

HUGE_BYTES = 20 * 1024 * 1024
BOMB_DECODED = 200 * 1024 * 1024
BLOCK_PAGE = (b"<!DOCTYPE html><html><head><title>403 Forbidden</title></head><body><h1>Zugriff verweigert</h1>"
              b"<p>Ihre Anfrage wurde von unserer Web Application Firewall blockiert (Bot-Schutz).</p></body></html>\n")
ERROR_PAGE = b"<!DOCTYPE html><html><head><title>500 Internal Server Error</title></head><body><h1>Interner Fehler</h1></body></html>\n"


def huge_page(html: str) -> bytes:
    """The start page padded with repeated news blocks to 20 MB (built per request, never kept)."""
    head, _, tail = html.rpartition("</main>")
    block = '<div class="news-item"><h3>Meldung</h3><p>' + "Lorem ipsum dolor sit amet. " * 30 + "</p></div>\n"
    repeat = HUGE_BYTES // len(block) + 1
    return (head + block * repeat + "</main>" + tail).encode()


@cache
def gzip_bomb() -> bytes:
    """About 200 KB on the wire, 200 MB once decoded (whitespace inside an HTML comment)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)  # wbits 31: gzip container
    chunk = b" " * (1024 * 1024)
    parts = [packer.compress(b"<!DOCTYPE html><html><body><!--")]
    parts += [packer.compress(chunk) for _ in range(BOMB_DECODED // len(chunk))]
    parts.append(packer.compress(b"--></body></html>") + packer.flush())
    return b"".join(parts)


_CLOSERS = re.compile(r"</(p|li|ul|body|html|section)>")


def malformed(html: str) -> str:
    """Broken markup as old CMS templates produce it: missing end tags, mis-nesting, a stray table."""
    html = _CLOSERS.sub("", html)
    return html.replace("<main", "<table><tr><td><b><i>x</b></i><main", 1).replace("<h1>", "<h1><span>", 1)


def wrong_charset(html: str) -> bytes:
    """UTF-8 bytes under a meta tag that claims ISO-8859-1 (the HTTP header names no charset)."""
    return html.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">', 1).encode()
