"""The database file itself: is it one, and opening it for reading only.

Analysts read (export, report, status, queries, the result pages, Datasette) and never write: a read
path must work on a read-only copy, and must never create tables, views or lock files in it.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

SQLITE_MAGIC = b"SQLite format 3\x00"
# Any failure of the database (locked past patience, full disk, not a database): what code outside output/
# catches, so only the store layer knows it is SQLite.
StoreError = sqlite3.Error
Connection = sqlite3.Connection  # for type hints outside output/ (a connection passed through, never queried)


def db_file_problem(path: str | Path) -> str:
    """Why ``path`` cannot be the database ('' if it can, or does not exist yet): one line for the user."""
    path = Path(path)
    if path.is_dir():
        return f"{path} is a directory, not a database file"
    if not path.exists():
        return ""
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        return f"cannot read {path}: {exc.strerror}"
    if head and head != SQLITE_MAGIC:  # an empty file is an empty database to SQLite
        return f"{path} is not an SQLite database"
    return ""


def store_problem(path: str | Path, exc: BaseException) -> str:
    """One line for a failed database command, naming the file unless the message does."""
    message = str(exc)
    if message.startswith(("no database at", f"{path} ")):  # says which file already
        return message
    return f"database {path}: {message}"


def not_ours(path: str | Path) -> str:
    """Why ``path`` is another program's SQLite file ('' if it is not): tables, but no ``runs`` table. Asked
    before any command reads or writes it, so a ``--db`` typo is named as such, not by the table a query misses."""
    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        return ""
    try:
        conn = connect_readonly(path)
        try:
            names = [n for (n,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name")]
        finally:
            conn.close()
    except sqlite3.Error:
        return ""  # locked, unreadable …: the command's own error says so
    if not names or "runs" in names:
        return ""
    return f"{path} is not a reifegrad database (its tables: {', '.join(names[:5])}{', …' if len(names) > 5 else ''})"


def readonly_uri(path: str | Path) -> str:
    """``file:…?mode=ro``, or with ``immutable=1`` when only that can read ``path``: a WAL database in a
    directory we may not write to cannot get its shared-memory file (nobody can be writing it either). In a
    directory we may write to, a failing probe is raised, never answered with an immutable read: another
    process may be writing, and an immutable reader would not see its locks."""
    path = Path(path)
    if problem := db_file_problem(path):
        raise sqlite3.OperationalError(problem)
    if not path.exists():
        raise sqlite3.OperationalError(f"no database at {path}")
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    try:
        probe = sqlite3.connect(uri, uri=True, timeout=30)
        try:
            probe.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            probe.close()
    except sqlite3.OperationalError as exc:
        if not getattr(exc, "sqlite_errorname", "").startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN")):
            raise
        if os.access(path.parent, os.W_OK):  # a writer may be at work: an immutable read would miss its WAL
            raise sqlite3.OperationalError(f"cannot read {path} beside its writer: {exc}") from exc
        return uri + "&immutable=1"
    return uri


def connect_readonly(path: str | Path, timeout: float = 30) -> sqlite3.Connection:
    """A connection that cannot write (see `readonly_uri`)."""
    return sqlite3.connect(readonly_uri(path), uri=True, timeout=timeout)


def dict_rows(conn: sqlite3.Connection, query: str, params: tuple = ()) -> list[dict]:
    """A query's rows as dicts keyed by column name (whatever the connection's row factory)."""
    cursor = conn.execute(query, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor]


def dict_row(conn: sqlite3.Connection, query: str, params: tuple = ()) -> dict | None:
    """The first row of :func:`dict_rows`, or None."""
    rows = dict_rows(conn, query, params)
    return rows[0] if rows else None
