"""Jinja2 for the HTML pages: autoescaped, strict, and only http(s) URLs ever become links."""
from __future__ import annotations

from pathlib import Path

import jinja2

from webapp.checks import parse_time

TEMPLATES = Path(__file__).parent / "templates"
# The closed visit status vocabulary (docs/architecture.md §6), as a person reads it.
STATUS_LABELS = {
    "ok": "erfolgreich", "no_website": "keine Website", "dns_error": "Name nicht auflösbar", "unreachable": "nicht erreichbar",
    "tls_error": "TLS-Fehler", "timeout": "Zeitüberschreitung", "http_error": "HTTP-Fehler", "blocked": "blockiert",
    "robots_disallowed": "durch robots.txt ausgeschlossen", "redirect_loop": "Weiterleitungsschleife", "too_large": "zu groß",
    "not_html": "keine HTML-Seite", "error": "Fehler",
}


def _is_web_url(value: object) -> bool:
    """Only http(s) evidence becomes a link: a crawled page could carry a javascript: URL."""
    return isinstance(value, str) and value.lower().startswith(("http://", "https://"))


def _datetime(value: str | None) -> str:
    parsed = parse_time(value)
    return parsed.strftime("%d.%m.%Y %H:%M UTC") if parsed else "–"


def template_environment() -> jinja2.Environment:
    """Autoescaped, strict: a missing value is a bug, not an empty string."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, undefined=jinja2.StrictUndefined)
    env.tests["web_url"] = _is_web_url
    env.filters["datetime"] = _datetime
    env.filters["status_label"] = lambda status: STATUS_LABELS.get(status, status)
    return env
