"""An analyst's or operator's `--db` that names no file, or another program's SQLite file, and an `--out` that
cannot be written: every command ends with one line naming the file and the command, never a traceback, and
another program's file is left as it was (reifegrad.cli in process: these commands read or refuse before
anything is crawled)."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from output.store import Store
from reifegrad.cli import main

MODEL = str(Path(__file__).resolve().parents[2] / "scoring" / "models" / "v1.yaml")
READERS = [
    ["export", "--format", "csv", "--table", "latest_scores", "--out", "{tmp}/x.csv"],
    ["export", "--format", "xlsx", "--table", "bundle", "--out", "{tmp}/x.xlsx"],
    ["result", "12390"], ["changes", "--since", "last"], ["report", "--out", "{tmp}/report"],
    ["archive", "--out", "{tmp}/archive"], ["model", "list"], ["model", "diff", MODEL, MODEL], ["peers", "list"],
    ["status"],
]
WRITERS = [["rescore"], ["prune"], ["peers", "add", "Ring", "12390"], ["peers", "remove", "Ring"], ["model", "use", MODEL]]


def one_line_exit(argv: list[str]) -> str:
    with pytest.raises(SystemExit) as ended:
        main(argv)
    message = ended.value.code
    assert isinstance(message, str) and "\n" not in message, message
    return message


def command(template: list[str], tmp_path: Path, db: Path) -> list[str]:
    return [part.format(tmp=tmp_path) for part in template] + ["--db", str(db)]


@pytest.fixture
def foreign(tmp_path: Path) -> Path:
    path = tmp_path / "kunden.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE kunden (name TEXT)")
        conn.execute("INSERT INTO kunden VALUES ('Erika Mustermann')")
    conn.close()
    return path


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.mark.parametrize("argv", READERS + WRITERS, ids=lambda a: " ".join(a[:2]))
def test_another_programs_database_is_named_and_left_alone(tmp_path, foreign, argv):
    before = dump(foreign)
    message = one_line_exit(command(argv, tmp_path, foreign))
    assert message.startswith(f"reifegrad {argv[0]}: ") and f"{foreign} is not a reifegrad database" in message
    assert dump(foreign) == before


@pytest.mark.parametrize("argv", READERS + WRITERS, ids=lambda a: " ".join(a[:2]))
def test_a_missing_database_is_named_with_the_command(tmp_path, argv):
    missing = tmp_path / "typo.db"
    assert one_line_exit(command(argv, tmp_path, missing)) == f"reifegrad {argv[0]}: no database at {missing}"
    assert not missing.exists()


@pytest.mark.parametrize("argv, where, why", [
    (["export", "--format", "xlsx", "--table", "latest_scores", "--out", "{tmp}"], "{tmp}", "Is a directory"),
    (["export", "--format", "csv", "--table", "latest_scores", "--out", "{tmp}"], "{tmp}", "Is a directory"),
    (["export", "--format", "csv", "--table", "bundle", "--out", "{tmp}/taken"], "{tmp}/taken", "File exists"),
    (["report", "--out", "{tmp}/taken"], "{tmp}/taken/", "Not a directory"),
], ids=lambda a: " ".join(a[:3]) if isinstance(a, list) else "")
def test_an_out_that_cannot_be_written_is_one_line(tmp_path, argv, where, why):
    Store(tmp_path / "r.db").close()
    (tmp_path / "taken").write_text("a file, not a directory\n")
    message = one_line_exit(command(argv, tmp_path, tmp_path / "r.db"))
    assert message.startswith(f"reifegrad {argv[0]}: {where.format(tmp=tmp_path)}") and message.endswith(why), message
