"""The target list: load and validate a municipalities CSV, select rows, group rows that share one site.

A bad row is reported with file, line and column; rows without a website are kept (reported
``no_website``, never crawled); municipalities that share a site (Amt, Verbandsgemeinde) are crawled once.
"""
from __future__ import annotations

import csv
import logging
import random
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from crawler.guards import ALLOWED_PORTS, check_host_literal
from detectors.domains import registered_domain, shared_hosting_suffix

DEFAULT_CSV = "municipalities.csv"  # the list the crawl, nightly and serve commands read unless told otherwise
COLUMNS = (
    "ags", "ars", "name", "name_official", "type", "level", "kreis_ags", "kreis_name", "state_code", "state",
    "population", "website_url", "domain", "wikidata_qid", "lat", "lon", "url_source",
)
REQUIRED = ("ags", "name", "website_url")
AGS_RE = re.compile(r"(?:0[1-9]|1[0-6])\d{3}(?:\d{3})?")  # 5 digits (Kreis) or 8 digits (Gemeinde), state 01-16
LEVELS = ("gemeinde", "kreis")
POPULATION_RE = re.compile(r"[0-9]{1,9}")  # ASCII digits only ("²".isdigit() is true), and no 4,300-digit numbers
# Far below the csv module's 128 KiB field limit; real municipal addresses stay under 200 characters.
MAX_URL_LENGTH = 2048

log = logging.getLogger(__name__)


class CsvError(ValueError):
    """One or more bad rows; ``problems`` holds ``file:line:column: message`` strings."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        shown = problems[:20]
        more = f"\n… and {len(problems) - 20} more" if len(problems) > 20 else ""
        super().__init__("\n".join(shown) + more)


@dataclass(frozen=True, slots=True)
class Municipality:
    ags: str
    name: str
    website_url: str  # '' when none is known
    type: str = ""
    level: str = "gemeinde"
    state_code: str = ""
    state: str = ""
    population: int | None = None
    # The file the row was read from ('' for none): the crawl holds only the fields above for the whole run
    # (a national list is 11,000 rows); the rest of the row is read from the file again where it is stored
    # (``full_rows``), not held (with the CSV row as one JSON string per municipality the list took 3 MB more).
    source: str = field(default="", compare=False, hash=False, repr=False)

    def held_row(self) -> dict[str, str]:
        """The fields the crawl holds, as CSV values (a row for a municipality whose file row is gone)."""
        return {"ags": self.ags, "name": self.name, "website_url": self.website_url, "type": self.type,
                "level": self.level, "state_code": self.state_code, "state": self.state,
                "population": "" if self.population is None else str(self.population)}

    @property
    def site_key(self) -> str:
        """Host without ``www.``: municipalities with the same key share one crawl."""
        return site_key(self.website_url) if self.website_url else ""


@dataclass(slots=True)
class Site:
    """One crawl target, attributed to every municipality that uses it."""

    key: str
    start_url: str
    domain: str  # registered domain: the site is this domain and its subdomains
    members: list[Municipality]

    @property
    def ags(self) -> list[str]:
        return [m.ags for m in self.members]


def site_key(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    try:
        host = host.encode("idna").decode("ascii")
    except UnicodeError:
        pass
    return host[4:] if host.startswith("www.") else host


def load(path: str | Path, *, skip_invalid: bool = False) -> tuple[list[Municipality], list[str]]:
    """Read and validate ``path``. Raises CsvError on bad rows unless ``skip_invalid`` (then they are returned)."""
    path = Path(path)
    problems: list[str] = []
    rows: list[Municipality] = []
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise CsvError([f"{path}: cannot open: {exc.strerror}"]) from exc
    with handle:
        reader = csv.reader(_utf8_lines(handle, path, problems))
        try:
            header = [h.strip() for h in next(reader)]
        except StopIteration:
            raise CsvError([f"{path}:1:1: empty file, expected a header row"]) from None
        except csv.Error as exc:
            raise CsvError([f"{path}:1:1: unreadable header: {exc}"]) from None
        missing = [c for c in REQUIRED if c not in header]
        if missing:
            raise CsvError([f"{path}:1:1: missing required column(s): {', '.join(missing)}{_delimiter_hint(header)}"])
        col = {name: i for i, name in enumerate(header)}
        source = str(path)  # one string for all rows
        same: dict[str, str] = {}  # one string per distinct value (state, type …) while reading
        seen: dict[str, int] = {}
        line = 1
        while True:
            start_line = reader.line_num + 1
            try:
                values = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                problems.append(f"{path}:{start_line}:1: unreadable row: {exc}")
                if reader.line_num < start_line:  # the reader did not advance
                    break
                continue
            line = start_line
            if not any(v.strip() for v in values):
                continue
            if len(values) != len(header) or reader.line_num > line:
                problems.append(_shape_problem(path, line, reader.line_num, values, len(header)))
                continue
            stripped = [v.strip() for v in values]
            row = {name: same.setdefault(stripped[i], stripped[i]) for name, i in col.items()}
            row_problems = _validate(row, col, seen, line, path)
            if row_problems:
                problems.extend(row_problems)
                continue
            seen[row["ags"]] = line
            rows.append(_municipality(row, source))
    if problems and not skip_invalid:
        raise CsvError(problems)
    return rows, problems


def _shape_problem(path: Path, line: int, last_line: int, values: list[str], expected: int) -> str:
    """A row with too few or too many fields, or one that ran over several lines: no value of this file has a
    line break, so a quote was not closed, and the lines it swallowed are named (even when the fields add up,
    they are not one municipality)."""
    if last_line > line:
        opened = next((i for i, v in enumerate(values) if "\n" in v or "\r" in v), 0)
        return (f"{path}:{line}:{opened + 1}: a quoted field is not closed: lines {line}-{last_line} were read as one "
                f"row of {len(values)} fields (expected {expected}); a quote (\") is missing or one too many")
    return f"{path}:{line}:{min(len(values), expected) + 1}: expected {expected} fields, found {len(values)}"


def full_rows(members: Iterable[Municipality]) -> Iterator[tuple[Municipality, dict[str, str]]]:
    """Each municipality with every column of its CSV row, read from its file again (stripped, as ``load``
    read it), one file pass for all of them. One read from no file, or whose row is no longer in its file
    (changed or unreadable since), comes with its ``held_row``."""
    by_source: dict[str, dict[str, Municipality]] = {}
    for m in members:
        by_source.setdefault(m.source, {})[m.ags] = m
    for source, wanted in by_source.items():
        if source:
            try:
                for row in _rows(Path(source)):
                    m = wanted.pop(row["ags"], None)
                    if m is not None:
                        yield m, row
            except (CsvError, OSError, csv.Error) as exc:
                log.warning("%s could not be read again (%s): %d municipalities stored with the fields the "
                            "crawl holds", source, exc, len(wanted))
        for m in wanted.values():
            yield m, m.held_row()


def _rows(path: Path) -> Iterator[dict[str, str]]:
    """The rows of a CSV file that ``load`` accepted before, without validating them again."""
    with path.open("rb") as handle:
        reader = csv.reader(_utf8_lines(handle, path, []))
        header = [name.strip() for name in next(reader, [])]
        col = {name: i for i, name in enumerate(header)}
        if "ags" not in col:
            return
        for values in reader:
            if len(values) == len(header):
                yield {name: values[i].strip() for name, i in col.items()}


def _utf8_lines(handle, path: Path, problems: list[str]) -> Iterator[str]:
    """Decode line by line, so a byte that is not UTF-8 is reported at its line and column.

    Always fatal, also with ``skip_invalid``: nothing after it can be read, and silently serving the rows
    before it would drop the rest of the list.
    """
    for number, raw in enumerate(handle, 1):
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            column = len(raw[:exc.start].decode("utf-8", "replace")) + 1
            raise CsvError([f"{path}:{number}:{column}: not UTF-8 (byte 0x{raw[exc.start]:02x}); "
                            "save the file as UTF-8", *problems]) from None


def _validate(row: dict, col: dict[str, int], seen: dict[str, int], line: int, path: Path) -> list[str]:
    def at(column: str, message: str) -> str:
        return f"{path}:{line}:{col[column] + 1}: {column}: {message}"

    out = []
    ags = row["ags"]
    if not AGS_RE.fullmatch(ags):
        out.append(at("ags", f"malformed AGS {_shown(ags)}: expected 8 digits (Gemeinde) or 5 digits (Kreis), state 01-16"))
    elif ags in seen:
        out.append(at("ags", f"duplicate AGS {ags} (first on line {seen[ags]})"))
    if not row["name"]:
        out.append(at("name", "missing name"))
    url = row["website_url"]
    if url and (problem := url_problem(url)):
        out.append(at("website_url", problem))
    if "level" in col and row.get("level") and row["level"] not in LEVELS:
        out.append(at("level", f"unknown level {_shown(row['level'])}: expected one of {', '.join(LEVELS)}"))
    if "population" in col and row.get("population") and not POPULATION_RE.fullmatch(row["population"]):
        out.append(at("population", f"not a whole number below 10^9: {_shown(row['population'])}"))
    return out


def _shown(value: str, limit: int = 40) -> str:
    """A bad value as quoted in a message: cut short, so a 100 KB field does not become a 100 KB message."""
    return repr(value[:limit]) + ("…" if len(value) > limit else "")


def url_problem(url: str) -> str:
    """Why a website URL cannot be crawled ('' if it can); the on-demand service refuses the same up front."""
    if len(url) > MAX_URL_LENGTH:
        return f"URL longer than {MAX_URL_LENGTH} characters"
    try:
        parts = urlsplit(url)
        ok = parts.scheme in ("http", "https") and bool(parts.hostname)
        _ = parts.port  # raises ValueError on a bad port
    except ValueError:
        ok = False
    if not ok or any(c.isspace() or not c.isprintable() for c in url):
        return f"unparsable URL {_shown(url, 200)}: expected http(s)://host/… without spaces or control characters"
    if not check_host_literal(parts.hostname or "").ok:
        return f"{_shown(parts.hostname or '')} is an IP address or a local name: the crawler visits public host names only"
    if parts.port not in ALLOWED_PORTS or parts.username is not None or parts.password is not None:
        return f"{_shown(url, 200)}: the crawler uses ports 80 and 443 only, without user or password in the URL"
    return ""


def _municipality(row: dict, source: str = "") -> Municipality:
    pop = row.get("population") or ""
    return Municipality(
        ags=row["ags"],
        name=row["name"],
        website_url=row["website_url"],
        type=row.get("type", ""),
        level=row.get("level") or ("kreis" if len(row["ags"]) == 5 else "gemeinde"),
        state_code=row.get("state_code", "") or row["ags"][:2],
        state=row.get("state", ""),
        population=int(pop) if POPULATION_RE.fullmatch(pop) else None,
        source=source,
    )


def _delimiter_hint(header: list[str]) -> str:
    """A header that is one field full of semicolons comes from a German spreadsheet's "CSV"."""
    if len(header) == 1 and ";" in header[0]:
        return ("; the file is separated by semicolons (a spreadsheet's German CSV): "
                "save it as \"CSV UTF-8 (comma-delimited)\"")
    return ""


def unknown_ags(rows: Sequence[Municipality], ags: Iterable[str]) -> list[str]:
    """A warning per selected AGS that is not in the list, with a hint where a leading zero was lost."""
    known = {m.ags for m in rows}
    warnings = []
    for code in ags:
        if code in known:
            continue
        hint = f" — did a spreadsheet drop a leading zero? {'0' + code} is {_name(rows, '0' + code)}" \
            if "0" + code in known else ""
        warnings.append(f"unknown AGS {code}: not in the municipalities file{hint}")
    return warnings


def _name(rows: Sequence[Municipality], ags: str) -> str:
    return next(m.name for m in rows if m.ags == ags)


def select(
    rows: Sequence[Municipality],
    *,
    ags: Iterable[str] = (),
    state: str | None = None,
    level: str | None = None,
    limit: int | None = None,
    sample: int | None = None,
    seed: int = 0,
) -> list[Municipality]:
    """Apply the selection flags in a fixed order: filters, then sample, then limit."""
    for flag, value in (("--limit", limit), ("--sample", sample)):
        if value is not None and value < 0:
            raise ValueError(f"{flag} must be 0 or more, got {value}")
    chosen = list(rows)
    wanted = set(ags)
    if wanted:
        chosen = [m for m in chosen if m.ags in wanted]
    if state:
        s = state.casefold()
        if not any(s in (m.state_code.casefold(), m.state.casefold()) for m in rows):
            known = sorted({(m.state_code, m.state) for m in rows if m.state_code})
            raise ValueError(f"--state {state!r} is no state of the municipalities file; known: "
                             + ", ".join(f"{code} {name}".strip() for code, name in known))
        chosen = [m for m in chosen if s in (m.state_code.casefold(), m.state.casefold())]
    if level:
        chosen = [m for m in chosen if m.level == level]
    if sample is not None and sample < len(chosen):
        chosen = sorted(random.Random(seed).sample(chosen, sample), key=lambda m: m.ags)
    if limit is not None:
        chosen = chosen[:limit]
    return chosen


def group_sites(rows: Iterable[Municipality]) -> tuple[list[Site], list[Municipality]]:
    """Sites to crawl (one per shared site key) and the municipalities without a website."""
    sites: dict[str, Site] = {}
    without: list[Municipality] = []
    for m in rows:
        key = m.site_key
        if not key:
            without.append(m)
            continue
        site = sites.get(key)
        if site is None:
            host = urlsplit(m.website_url).hostname or key
            sites[key] = Site(key, m.website_url, registered_domain(host), [m])
        else:
            site.members.append(m)
            if len(m.website_url) < len(site.start_url):  # prefer the site's root over a member's sub-page
                site.start_url = m.website_url
    return list(sites.values()), without


def shared_hosting_report(rows: Iterable[Municipality]) -> list[str]:
    """Rows whose website sits on a shared hosting suffix: only that exact host is the municipality's site.

    Not an error (small places do run a free blog), but worth a look: such a row is where a mistyped or
    outdated address would hand another tenant's pages the municipality's name.
    """
    out = []
    for m in rows:
        suffix = shared_hosting_suffix(m.website_url) if m.website_url else ""
        if suffix:
            out.append(f"{m.ags} {m.name}: {m.website_url} is on the shared hosting suffix {suffix} "
                       f"(only {site_key(m.website_url)} counts as its site)")
    return out


def build_from_source(source: str | Path, out: str | Path) -> int:
    """Write the repo's municipalities.csv from the shared register (keeps the analyst columns)."""
    with open(source, newline="", encoding="utf-8") as fin, open(out, "w", newline="", encoding="utf-8") as fout:
        reader = csv.DictReader(fin)
        writer = csv.DictWriter(fout, fieldnames=COLUMNS, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        n = 0
        for row in reader:
            writer.writerow(row)
            n += 1
    return n
