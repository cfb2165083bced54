"""The SQLite store: append-only crawl history that analysts query with SQL, Datasette or pandas.

One file, WAL mode (the nightly crawl writes while analysts and the web app read), foreign keys on.
Tables and indexes come from ``schema.sql``; views from ``views.sql`` plus two pivots generated from
the component catalogue, recreated whenever their definition changes.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

import sqlite_utils

from detectors.model import Evidence, Finding, ServiceObservation, catalogue
from output import search
from output.catalogue_views import catalogue_views
from output.clock import now_iso
from output.history import content_digest, evidence_values, link_host, previous_content, score_details_sha
from output.records import PAGE_FIELDS, SiteVisitRecord
from output.statuses import status_ids

if TYPE_CHECKING:
    from scoring import ScoreResult

T = TypeVar("T")
RUN_KINDS = ("crawl", "nightly", "demo", "ondemand")
RUN_STATUSES = ("running", "finished", "interrupted")
MUNICIPALITY_COLUMNS = (
    "ags", "ars", "name", "name_official", "type", "level", "kreis_ags", "kreis_name", "state_code",
    "state", "population", "website_url", "domain", "wikidata_qid", "lat", "lon", "url_source", "site_key",
)
# Which evidence a person should open first: what the static page shows, then direct references.
_VIEW_RANK = {"static": 0, "rendered": 1, "network": 2}
# Evidence kinds are the detectors' pattern kinds (detectors.rules.KINDS, one spelling; a test checks).
EVIDENCE_RANK = ("url", "link_href", "iframe", "script_src", "form", "html", "dom", "meta", "link_text", "text",
                 "email", "inline_script", "requests", "headers", "cookies", "js_global")
_KIND_RANK = {k: i for i, k in enumerate(EVIDENCE_RANK)}


@contextmanager
def immediate(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """The one transaction helper. BEGIN IMMEDIATE takes the write lock up front, so concurrent writers wait
    (busy_timeout) instead of failing halfway, and a decide-then-write happens under the lock."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:  # a failed COMMIT (a full disk) is rolled back too: the connection stays usable
            try:
                conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass
        raise


def sql_file(name: str) -> str:
    return resources.files("output").joinpath(name).read_text("utf-8")


def evidence_rank(view: str, kind: str) -> tuple[int, int]:
    """Sort key, strongest first: what the static page shows, then direct references."""
    return _VIEW_RANK.get(view, 9), _KIND_RANK.get(kind, 99)


def strongest_evidence(evidence: Iterable[Evidence]) -> Evidence | None:
    """The evidence a person should open first (its URL becomes findings.evidence_url). Ties go to the
    smallest URL, not to crawl order: an unchanged site keeps its evidence_url, so its content is shared."""
    return min(evidence, key=lambda e: (*evidence_rank(e.view, e.kind), e.url, e.match), default=None)


def pivot_views() -> str:
    """Views with one column per component / check id, generated so they follow components.json."""
    cat = catalogue()
    present = ",\n  ".join(
        f"CASE WHEN lv.status = 'ok' THEN nullif(coalesce(max(CASE WHEN f.component = '{c['id']}' "
        f"THEN (CASE f.state WHEN 'present' THEN 1 ELSE -1 END) END), 0), -1) END AS \"{c['id']}\""
        for c in cat["components"]
    )
    # The informative ``cms`` check is a product name, not a value: it is the ``cms`` column.
    checks = ",\n  ".join(
        f"json_extract(c.checks, '$.{c['id']}.value') AS \"{c['id']}\"" for c in cat["checks"] if c["id"] != "cms"
    )
    return (
        "-- 1 = found, 0 = not found on an ok visit, NULL = not observable (visit failed, or component unobserved)\n"
        "CREATE VIEW component_matrix AS\n"
        f"SELECT lv.ags, m.name, m.state, lv.run_id, lv.status,\n  {present}\n"
        "FROM latest_visits lv JOIN municipalities m ON m.ags = lv.ags\n"
        "LEFT JOIN findings f ON f.site_visit_id = lv.content_id\n"
        "GROUP BY lv.ags;\n\n"
        "CREATE VIEW latest_checks AS\n"
        f"SELECT lv.ags, lv.run_id, lv.status,\n  coalesce(sv.cms, json_extract(c.checks, '$.cms.product')) AS cms,\n  {checks}\n"
        "FROM latest_visits lv JOIN site_visits sv ON sv.id = lv.site_visit_id\n"
        "JOIN site_visits c ON c.id = lv.content_id;\n"
    )


def status_triggers() -> dict[str, str]:
    """name -> CREATE TRIGGER: the status check of visits and site_visits, generated from output/statuses.json.

    Triggers rather than a CHECK in the table definition: they are replaced with the views whenever the
    catalogue changes, so a status added there is accepted by existing files too.
    """
    allowed = ", ".join(f"'{s}'" for s in status_ids())
    triggers = {}
    for table in ("visits", "site_visits"):
        for event in ("INSERT", "UPDATE OF status"):
            name = f"{table}_status_{event.split()[0].lower()}"
            triggers[name] = (f"CREATE TRIGGER {name} BEFORE {event} ON {table}\n"
                              f"WHEN NEW.status NOT IN ({allowed})\n"
                              f"BEGIN SELECT RAISE(ABORT, 'status not in the closed vocabulary (output/statuses.json)'); END")
    return triggers


def split_statements(text: str) -> list[str]:
    """SQL statements of a file whose statements end with ";" at the end of a line."""
    return [s.strip() for s in re.split(r";\s*\n", text) if re.search(r"^\s*CREATE", s, re.M)]


def view_statements() -> dict[str, str]:
    """name -> CREATE VIEW statement, in dependency order."""
    statements = split_statements(catalogue_views() + "\n" + sql_file("views.sql") + "\n" + pivot_views())
    return {_view_name(s): s for s in statements}


def _view_name(statement: str) -> str:
    found = re.search(r"CREATE VIEW (\w+)", statement)
    if found is None:
        raise ValueError(f"not a CREATE VIEW statement: {statement[:60]!r}")
    return found.group(1)


def schema_version(views: dict[str, str]) -> int:
    """A 28-bit hash of schema.sql, the views, the status triggers and the search index: changes whenever one does."""
    text = (sql_file("schema.sql") + "\n".join(views.values()) + "\n".join(status_triggers().values())
            + search.create_statement())
    return int(hashlib.sha256(text.encode()).hexdigest()[:7], 16)


# Values an added column needs in rows written before it existed (run on every schema change; idempotent).
BACKFILLS = (
    "UPDATE site_visits SET content_id = id WHERE content_id IS NULL",  # shared history: older rows hold their own
)


def missing_columns(conn: sqlite3.Connection) -> list[str]:
    """ALTER TABLE statements adding the columns schema.sql declares but an older file lacks.

    ``CREATE TABLE IF NOT EXISTS`` leaves an existing table as it is; comparing it with the table built
    from schema.sql in memory finds what a new version added (declared type and default kept).
    """
    fresh = sqlite3.connect(":memory:")
    try:
        for statement in split_statements(sql_file("schema.sql")):
            fresh.execute(statement)
        tables = [r[0] for r in fresh.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        out = []
        for table in tables:
            have = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
            for _, name, kind, _, default, _ in fresh.execute(f"PRAGMA table_info({table})"):
                if name not in have:
                    out.append(f"ALTER TABLE {table} ADD COLUMN {name} {kind}"
                               + ("" if default is None else f" DEFAULT {default}"))
        return out
    finally:
        fresh.close()


# How long one statement waits for another writer's lock before retry_while_busy takes over (operators of a
# busy analyst database may raise it; the lock test lowers it so it need not hold a lock for 35 s).
BUSY_TIMEOUT_MS = int(float(os.environ.get("REIFEGRAD_BUSY_TIMEOUT_S", "30")) * 1000)
_BUSY = ("database is locked", "database is busy", "database table is locked")


def is_busy(exc: BaseException) -> bool:
    """SQLite gave up waiting for another writer's lock (after busy_timeout)."""
    return isinstance(exc, sqlite3.OperationalError) and any(word in str(exc) for word in _BUSY)


def retry_while_busy(write: Callable[[], T], patience_s: float = 600.0, pause_s: float = 1.0) -> T:
    """Run ``write``; while another writer holds the lock past busy_timeout, try again until patience runs out.

    Any other failure (a full disk, a read-only file) is raised at once: waiting would not help.
    """
    deadline = time.monotonic() + patience_s
    while True:
        try:
            return write()
        except sqlite3.OperationalError as exc:
            if not is_busy(exc) or time.monotonic() + pause_s > deadline:
                raise
            time.sleep(pause_s)


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


class Store:
    """Append-only writer/reader for one SQLite file; safe to open from several processes.

    ``share_unchanged=False`` stores every visit's content in full even when it equals the previous visit's
    (the behaviour before shared history; kept so a test can show both read the same)."""

    def __init__(self, path: str | Path, share_unchanged: bool = True):
        self.path = Path(path)
        self.share_unchanged = share_unchanged
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite_utils.Database(self.path)
        self.conn = self.db.conn
        self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        self.db.enable_wal()
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.conn.execute("PRAGMA synchronous = NORMAL")
        self._ensure_schema()

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema ---------------------------------------------------------------------------------

    def _ensure_schema(self) -> None:
        """Create tables, indexes and views once per schema version (PRAGMA user_version holds its hash).

        Opening an up-to-date store writes nothing, so readers never wait for the crawler's write lock.
        """
        views = view_statements()
        version = schema_version(views)
        if self.conn.execute("PRAGMA user_version").fetchone()[0] == version:
            return
        with self.transaction():
            if self.conn.execute("PRAGMA user_version").fetchone()[0] == version:
                return  # another process got there first
            statements = split_statements(sql_file("schema.sql"))
            tables = [s for s in statements if re.search(r"^CREATE TABLE", s, re.M)]
            self._refuse_foreign(tables)
            for statement in tables:  # tables, then the columns older files lack, then indexes (on those too)
                self.conn.execute(statement)
            for statement in missing_columns(self.conn):
                self.conn.execute(statement)
            for statement in [s for s in statements if s not in tables] + list(BACKFILLS):
                self.conn.execute(statement)
            for name in reversed(list(views)):
                self.conn.execute(f"DROP VIEW IF EXISTS {name}")
            for statement in views.values():
                self.conn.execute(statement)
            for name, statement in status_triggers().items():
                self.conn.execute(f"DROP TRIGGER IF EXISTS {name}")
                self.conn.execute(statement)
            search.recreate(self.conn)
            self.conn.execute(f"PRAGMA user_version = {version}")

    def _refuse_foreign(self, tables: list[str]) -> None:
        """Tables, but none of ours: another program's file (a `--db` typo) gets no reifegrad tables in it."""
        present = {name for (name,) in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'")}
        ours = {m.group(1) for t in tables if (m := re.search(r"CREATE TABLE IF NOT EXISTS (\w+)", t))}
        if present and not present & (ours | {"checks", "page_memos"}):
            shown = ", ".join(sorted(present)[:5]) + (", …" if len(present) > 5 else "")
            raise sqlite3.DatabaseError(f"{self.path} is not a reifegrad database (its tables: {shown}); "
                                        "reifegrad writes only into its own files")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with immediate(self.conn):
            yield

    # -- peer groups ----------------------------------------------------------------------------

    def add_peer_group(self, name: str, ags_list: Iterable[str]) -> int:
        """Add municipalities to a named comparison group ("Vergleichsring"); returns the group size.

        Every AGS must be a municipality of the database (ValueError otherwise, nothing added)."""
        ags_list = list(ags_list)
        with self.transaction():
            known = {r[0] for r in self.conn.execute("SELECT ags FROM municipalities")}
            unknown = [a for a in ags_list if a not in known]
            if unknown:
                hints = [f"{a} (did a spreadsheet drop a leading zero? 0{a} is known)" if f"0{a}" in known else a
                         for a in unknown]
                raise ValueError(f"not a municipality of this database: {', '.join(hints)}")
            self.conn.executemany("INSERT OR IGNORE INTO peer_groups (name, ags) VALUES (?, ?)",
                                  [(name, a) for a in ags_list])
            return self.conn.execute("SELECT count(*) FROM peer_groups WHERE name = ?", (name,)).fetchone()[0]

    def remove_peer_group(self, name: str, ags_list: Iterable[str] = ()) -> int:
        """Remove members from a named group (the whole group when none are named); returns rows removed."""
        ags_list = list(ags_list)
        with self.transaction():
            if ags_list:
                return self.conn.executemany("DELETE FROM peer_groups WHERE name = ? AND ags = ?",
                                             [(name, a) for a in ags_list]).rowcount
            return self.conn.execute("DELETE FROM peer_groups WHERE name = ?", (name,)).rowcount

    # -- municipalities -------------------------------------------------------------------------

    def upsert_municipalities(self, rows: Iterable[dict]) -> None:
        """Insert or update municipality rows (e.g. from municipalities.csv); unknown columns are ignored.

        Rows are taken as they come, in sqlite-utils' batches: a national list is never held whole."""
        with self.transaction():
            self.db.table("municipalities").upsert_all(map(_municipality_row, rows), pk="ags")

    # -- runs -----------------------------------------------------------------------------------

    def start_run(self, kind: str, trigger: str, config: dict, versions: dict,
                  in_series: bool | None = None) -> int:
        """Open a run. On-demand runs stay out of the nightly series unless ``in_series=True``."""
        if kind not in RUN_KINDS:
            raise ValueError(f"unknown run kind {kind!r}; expected one of {RUN_KINDS}")
        if in_series is None:
            in_series = kind != "ondemand" and trigger != "ondemand"
        row = {
            "kind": kind, "trigger": trigger, "started_at": now_iso(), "status": "running",
            "in_series": int(in_series), "config": _json(config),
            **{k: versions.get(k) for k in ("code_version", "fingerprint_version", "model_version", "model_hash")},
        }
        with self.transaction():
            return cast(int, self.db.table("runs").insert(row).last_pk)

    def set_in_series(self, run_id: int, in_series: bool = True) -> None:
        """Let a run's results enter (or leave) the nightly series, e.g. an on-demand check asked for it."""
        with self.transaction():
            self.conn.execute("UPDATE runs SET in_series = ? WHERE id = ?", (int(in_series), run_id))
            self.conn.execute("UPDATE visits SET in_series = ? WHERE run_id = ?", (int(in_series), run_id))
        self.refresh_derived()

    def finish_run(self, run_id: int, stats: dict, status: str = "finished") -> None:
        """Close a run with its statistics (pages, bytes, pages_per_s, duration_s, errors_by_status, sites)."""
        if status not in RUN_STATUSES:
            raise ValueError(f"unknown run status {status!r}")
        values = {k: stats.get(k) for k in ("sites", "pages", "bytes", "pages_per_s", "duration_s")}
        values["errors_by_status"] = _json(stats.get("errors_by_status"))
        with self.transaction():
            self.db.table("runs").update(run_id, {**values, "status": status, "finished_at": now_iso()})
        if self._run(run_id)["in_series"]:  # an on-demand check changes no latest visit: nothing to refresh
            self.refresh_derived()

    def refresh_derived(self) -> None:
        """After the latest visits changed: the evidence search index and the latest recommendations."""
        from output import recommendations  # it scores with scoring/, which the store itself never needs

        with self.transaction():
            search.rebuild(self.conn)
        recommendations.refresh(self)

    def _run(self, run_id: int) -> dict:
        return self.db.table("runs").get(run_id)

    # -- visits ---------------------------------------------------------------------------------

    def record_site(self, run_id: int, visit: SiteVisitRecord, attributions: list[tuple[str, ScoreResult | None]],
                    with_it: Callable[[sqlite3.Connection], None] | None = None) -> int:
        """Write one crawled site and its attribution to municipalities in ONE transaction.

        ``with_it`` writes what belongs to the site outside this module (the crawler's page memos) in the
        same transaction: saved together or not at all, and one commit per site.
        Idempotent per (run_id, site_key): recording the same site again in the same run (a resumed
        run) returns the existing site_visit id and writes nothing.
        """
        _check_status(visit.status)
        with self.transaction():
            existing = self.conn.execute(
                "SELECT id FROM site_visits WHERE run_id = ? AND site_key = ?", (run_id, visit.site_key)
            ).fetchone()
            if existing:
                return existing[0]
            run = self._run(run_id)
            checks = _json({k: {"value": c.value, "detail": c.detail, "product": c.product}
                            for k, c in visit.checks.items()})
            digest = content_digest(visit, checks, _evidence_url)
            previous = previous_content(self.conn, visit.site_key) if self.share_unchanged else None
            shared = previous[0] if previous and previous[1] == digest else None
            site_visit_id = self._insert_site_visit(run_id, visit, None if shared else checks)
            self.conn.execute("UPDATE site_visits SET content_id = ?, content_sha = ? WHERE id = ?",
                              (shared or site_visit_id, None if shared else digest, site_visit_id))
            if shared is None:
                self._insert_content(site_visit_id, visit)
            for ags, result in attributions:
                visit_id = self._insert_visit(run, ags, site_visit_id, visit.status, visit.finished_at, visit.error)
                if visit_id is not None and result is not None:
                    self.insert_score(visit_id, run_id, ags, result)
            if with_it is not None:
                with_it(self.conn)
            return site_visit_id

    def record_unvisited(self, run_id: int, ags: str, status: str, error: str | None = None) -> int:
        """A municipality without a visited site (e.g. ``no_website``): a visits row, no site_visit, no score.

        Idempotent per (run_id, ags): returns the existing visit id when already recorded.
        """
        _check_status(status)
        with self.transaction():
            visit_id = self._insert_visit(self._run(run_id), ags, None, status, now_iso(), error)
            if visit_id is None:
                visit_id = self.conn.execute(
                    "SELECT id FROM visits WHERE run_id = ? AND ags = ?", (run_id, ags)).fetchone()[0]
            return visit_id

    def finished_site_keys(self, run_id: int) -> set[str]:
        """Sites already recorded in this run: a resumed run skips them."""
        return {r[0] for r in self.conn.execute("SELECT site_key FROM site_visits WHERE run_id = ?", (run_id,))}

    def finished_ags(self, run_id: int) -> set[str]:
        """Municipalities already recorded in this run (site or unvisited)."""
        return {r[0] for r in self.conn.execute("SELECT ags FROM visits WHERE run_id = ?", (run_id,))}

    def _insert_content(self, site_visit_id: int, visit: SiteVisitRecord) -> None:
        """The rows later unchanged visits share (schema.sql: site_visits.content_id)."""
        self._insert_pages(site_visit_id, visit)
        self._insert_findings(site_visit_id, visit.findings)
        self._insert_services(site_visit_id, visit.services)
        self._insert_external_links(site_visit_id, visit.external_links)
        self.conn.executemany("INSERT INTO render_errors (site_visit_id, url, error) VALUES (?, ?, ?)",
                              [(site_visit_id, url, error) for url, error in visit.render_errors])

    def _insert_site_visit(self, run_id: int, visit: SiteVisitRecord, checks: str | None) -> int:
        row = {
            "run_id": run_id, "site_key": visit.site_key, "start_url": visit.start_url,
            "final_url": visit.final_url, "status": visit.status, "error": visit.error,
            "started_at": visit.started_at, "finished_at": visit.finished_at, "duration_s": visit.duration_s,
            "pages_fetched": len(visit.pages), "bytes": sum(p.bytes for p in visit.pages),
            "rendered": int(visit.rendered), "cms": visit.cms, "checks": checks,
            "redirect_chain": _json(list(visit.redirect_chain)),
        }
        return cast(int, self.db.table("site_visits").insert(row).last_pk)

    def _insert_pages(self, site_visit_id: int, visit: SiteVisitRecord) -> None:
        self.conn.executemany(
            f"INSERT INTO pages (site_visit_id, {', '.join(PAGE_FIELDS)}) VALUES (?{', ?' * len(PAGE_FIELDS)})",
            [(site_visit_id, *(getattr(p, f) for f in PAGE_FIELDS)) for p in visit.pages],
        )

    def _insert_findings(self, site_visit_id: int, findings: Iterable[Finding]) -> None:
        for f in findings:
            finding_id = self.conn.execute(
                "INSERT INTO findings (site_visit_id, component, product, confidence, state, evidence_url)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (site_visit_id, f.component, f.product, f.confidence, f.state, _evidence_url(f)),
            ).lastrowid
            self.conn.executemany(
                "INSERT INTO evidence (finding_id, site_visit_id, url, kind, match, pattern_id, view, mark, markup)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(finding_id, site_visit_id, *evidence_values(e)) for e in f.evidence],
            )

    def _insert_services(self, site_visit_id: int, services: Iterable[ServiceObservation]) -> None:
        self.conn.executemany(
            "INSERT INTO service_levels (site_visit_id, service_id, level, url, evidence) VALUES (?, ?, ?, ?, ?)",
            [(site_visit_id, s.service_id, s.level, s.url, s.evidence) for s in services],
        )

    def _insert_external_links(self, site_visit_id: int, links: Iterable[tuple[str, str, str]]) -> None:
        self.conn.executemany(
            "INSERT INTO external_links (site_visit_id, url, host, text, page_url) VALUES (?, ?, ?, ?, ?)",
            [(site_visit_id, url, link_host(url), text, page) for url, text, page in links],
        )

    def _insert_visit(self, run: dict, ags: str, site_visit_id: int | None, status: str,
                      finished_at: str, error: str | None = None) -> int | None:
        """Insert the (run, ags) visit; None when it already exists (resume: never duplicate)."""
        self.conn.execute("INSERT OR IGNORE INTO municipalities (ags) VALUES (?)", (ags,))
        cursor = self.conn.execute(
            "INSERT OR IGNORE INTO visits (run_id, ags, site_visit_id, status, error, trigger, in_series, finished_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (run["id"], ags, site_visit_id, status, error, run["trigger"], run["in_series"], finished_at),
        )
        return cursor.lastrowid if cursor.rowcount else None

    def insert_score(self, visit_id: int, run_id: int, ags: str, result: ScoreResult) -> int:
        """Append one score row (never updates: rescoring adds rows tagged with the model version).

        Its dimensions, indicators and flags go to score_details, once for all rows that share them."""
        details = [_json(result.dimensions), _json(result.indicators), _json(result.flags)]
        sha = score_details_sha(*details)
        self.conn.execute("INSERT OR IGNORE INTO score_details (sha256, dimensions, indicators, flags)"
                          " VALUES (?, ?, ?, ?)", (sha, *details))
        row = {
            "visit_id": visit_id, "run_id": run_id, "ags": ags,
            "model_version": result.model_version, "model_hash": result.model_hash,
            "score": result.score, "level": result.level, "level_label": result.level_label,
            "dqd_label": result.dqd_label, "kgst_components": result.kgst_components,
            "gut_aufgestellt": None if result.gut_aufgestellt is None else int(result.gut_aufgestellt),
            "computed_at": now_iso(),
            "details_id": self.conn.execute("SELECT id FROM score_details WHERE sha256 = ?", (sha,)).fetchone()[0],
        }
        return cast(int, self.conn.execute(
            f"INSERT INTO scores ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", tuple(row.values())
        ).lastrowid)

def _evidence_url(finding: Finding) -> str | None:
    best = strongest_evidence(finding.evidence)
    return best.url if best else None


def _check_status(status: str) -> None:
    if status not in status_ids():
        raise ValueError(f"status {status!r} is not in the closed vocabulary {status_ids()} (output/statuses.json)")


def _municipality_row(row: dict) -> dict:
    """Keep the schema's columns, empty strings as NULL, numbers as numbers."""
    clean = {}
    for column in MUNICIPALITY_COLUMNS:
        if column not in row:
            continue
        value = row[column]
        if value == "" or value is None:
            value = None
        elif column == "population":
            value = int(float(value))
        elif column in ("lat", "lon"):
            value = float(value)
        clean[column] = value
    if not clean.get("ags"):
        raise ValueError(f"municipality row without ags: {row!r}")
    return clean
