"""The municipalities CSV as the service sees it: search as you type, and which sites may be checked.

Rows are read with the crawler's own loader, so the service accepts exactly the municipalities the
crawler can crawl.
"""
from __future__ import annotations

import logging
import unicodedata
from pathlib import Path

from crawler.municipalities import Municipality, load
from detectors.domains import registered_domain

log = logging.getLogger(__name__)


def _fold(text: str) -> str:
    """Case- and accent-insensitive form for matching what people type (Köln ~ koln)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


class Directory:
    """Read once at start-up; lookups by AGS, by registered domain and by name."""

    def __init__(self, municipalities: list[Municipality]) -> None:
        self._by_ags = {m.ags: m for m in municipalities}
        self._by_domain: dict[str, list[Municipality]] = {}
        for m in municipalities:
            domain = registered_domain(m.website_url) if m.website_url else ""
            if domain:
                self._by_domain.setdefault(domain, []).append(m)
        self._folded = [(_fold(m.name), m) for m in municipalities]

    @classmethod
    def from_csv(cls, path: str | Path) -> Directory:
        """Invalid rows are skipped (the crawler would refuse them too) and named in the log; a file that
        cannot be read to its end (not UTF-8) raises CsvError."""
        rows, problems = load(path, skip_invalid=True)
        for problem in problems:
            log.warning("skipped: %s", problem)
        return cls(rows)

    def __len__(self) -> int:
        return len(self._by_ags)

    def by_ags(self, ags: str) -> Municipality | None:
        return self._by_ags.get(ags.strip())

    def by_domain(self, domain: str) -> list[Municipality]:
        """All municipalities whose website has this registered domain (several may share one site)."""
        return self._by_domain.get(domain.lower(), [])

    def domain_of(self, municipality: Municipality) -> str:
        return registered_domain(municipality.website_url) if municipality.website_url else ""

    def search(self, query: str, limit: int = 10) -> list[Municipality]:
        """AGS prefix, else name prefix before name substring; larger places first within each group."""
        query = query.strip()
        if not query:
            return []
        if query.isdigit():
            return sorted((m for ags, m in self._by_ags.items() if ags.startswith(query)), key=lambda m: m.ags)[:limit]
        folded = _fold(query)
        prefix = [m for name, m in self._folded if name.startswith(folded)]
        inner = [m for name, m in self._folded if folded in name and not name.startswith(folded)]

        def by_size(m):
            return -(m.population or 0), m.name

        return (sorted(prefix, key=by_size) + sorted(inner, key=by_size))[:limit]
