"""The municipalities CSV as the service sees it: search as you type, and which sites may be checked.

Rows are read with the crawler's own loader, so the service accepts exactly the municipalities the
crawler can crawl. The file is read when the service starts and again only when it changes
(`DirectoryFile`): a check never reads it, and an operator's new list needs no restart.
"""
from __future__ import annotations

import csv
import io
import logging
import os
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from crawler.municipalities import CsvError, Municipality, full_rows, load
from detectors.domains import registered_domain

log = logging.getLogger(__name__)


def _fold(text: str) -> str:
    """Case- and accent-insensitive form for matching what people type (Köln ~ koln)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


def _csv_line(values: Iterable[str]) -> str:
    out = io.StringIO()
    csv.writer(out).writerow(values)
    return out.getvalue()


class Directory:
    """Lookups by AGS, by registered domain and by name, and each row's every column (for the register)."""

    def __init__(self, municipalities: list[Municipality],
                 rows: Iterable[tuple[Municipality, dict[str, str]]] = ()) -> None:
        self._by_ags = {m.ags: m for m in municipalities}
        # Every column of each row, for the check's one-row CSV: packed as a CSV line with its header shared
        # (11,081 rows: ~3.5 MB, against ~17 MB as dicts).
        headers: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._rows: dict[str, tuple[tuple[str, ...], str]] = {}
        for m, row in rows:
            header = tuple(row)
            self._rows[m.ags] = (headers.setdefault(header, header), _csv_line(row.values()))
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
        return cls(rows, full_rows(rows))

    def __len__(self) -> int:
        return len(self._by_ags)

    def by_ags(self, ags: str) -> Municipality | None:
        return self._by_ags.get(ags.strip())

    def by_domain(self, domain: str) -> list[Municipality]:
        """All municipalities whose website has this registered domain (several may share one site)."""
        return self._by_domain.get(domain.lower(), [])

    def full_row(self, municipality: Municipality) -> dict[str, str]:
        """Every column of its CSV row as read with the directory (the crawl stores them in the register)."""
        packed = self._rows.get(municipality.ags)
        if packed is None:
            return municipality.held_row()
        header, line = packed
        return dict(zip(header, next(csv.reader([line]))))

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


class DirectoryFile:
    """The directory of one CSV file, read again only when the file changes (size, modification time or
    inode). A changed file that cannot be read, or holds no municipality, leaves the last good directory in
    service, with a warning."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._stamp = self._stat()
        self.directory = Directory.from_csv(self.path)  # at start-up an unreadable file is fatal (CsvError)

    def _stat(self) -> tuple[int, int, int] | None:
        try:
            st = os.stat(self.path)
        except OSError:
            return None
        return st.st_mtime_ns, st.st_size, st.st_ino

    def refresh(self) -> bool:
        """Read the file again if it changed since the last look; True when a new directory is in service."""
        stamp = self._stat()
        if stamp is None or stamp == self._stamp:
            return False
        self._stamp = stamp
        try:
            directory = Directory.from_csv(self.path)
        except CsvError as exc:
            log.warning("%s changed but cannot be read, the previous list stays in service: %s", self.path, exc.problems[0])
            return False
        if not len(directory):  # a header alone (a file being written, or emptied by mistake) would refuse every check
            log.warning("%s changed but holds no municipality, the previous list stays in service", self.path)
            return False
        self.directory = directory
        log.info("%s read again: %d municipalities", self.path, len(directory))
        return True
