"""Jinja2 for the HTML pages: autoescaped, strict, and only http(s) URLs ever become links."""
from __future__ import annotations

from pathlib import Path

import jinja2

from output.formats import de_number
from output.highlight import as_html
from output.statuses import by_id
from output.vocabulary import jinja_filters
from webapp.checks import parse_time

TEMPLATES = Path(__file__).parent / "templates"


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
    env.filters.update(jinja_filters())  # German labels of every id (output/vocabulary.py)
    env.globals["statuses"] = by_id()  # output/statuses.json: label, explanation and advice, in German
    env.filters["de"] = de_number
    env.filters["evidence"] = as_html
    return env
