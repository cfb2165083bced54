"""The realistic district's wording: the YAML data, per-site variation and the small text markup.

Markup in the data: ``((a|b|c))`` picks one alternative, ``{key}`` is a site value (unknown keys stay as
they are, so JSON or CSS braces survive), ``[[anchor->target]]`` is a link.
"""
from __future__ import annotations

import random
import re
from collections.abc import Callable, Mapping
from functools import cache
from html import escape
from importlib import resources

import yaml

_CHOICE = re.compile(r"\(\(([^()]*)\)\)")
_KEY = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_LINK = re.compile(r"\[\[(.+?)->(.+?)\]\]")


@cache
def data(name: str) -> dict:
    """One of the district's YAML files (identity, pages, components, traps), parsed once."""
    return yaml.safe_load(resources.files("farm.realweb").joinpath(f"{name}.yaml").read_text("utf-8"))


def vary(text: str, rng: random.Random) -> str:
    """Resolve every ((a|b|c)) with `rng`, left to right."""
    return _CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), text)


def fill(text: str, values: Mapping[str, str]) -> str:
    return _KEY.sub(lambda m: str(values.get(m.group(1), m.group(0))), text)


def phrase(text: str, rng: random.Random, values: Mapping[str, str]) -> str:
    """A data string as one site says it: alternatives chosen, values filled in (no markup rendered)."""
    return fill(vary(text, rng), values)


def links_in(text: str) -> list[tuple[str, str]]:
    """(anchor, target) of every [[anchor->target]] in a phrased string."""
    return _LINK.findall(text)


def to_html(text: str, href: Callable[[str], str]) -> str:
    """Escape a phrased string and turn its [[anchor->target]] marks into links (`href` resolves targets)."""
    out, last = [], 0
    for m in _LINK.finditer(text):
        out.append(escape(text[last:m.start()], quote=False))
        out.append(f'<a href="{escape(href(m.group(2)))}">{escape(m.group(1), quote=False)}</a>')
        last = m.end()
    out.append(escape(text[last:], quote=False))
    return "".join(out)


def plain(text: str) -> str:
    """A phrased string as a reader sees it (links reduced to their anchor text)."""
    return _LINK.sub(lambda m: m.group(1), text)
