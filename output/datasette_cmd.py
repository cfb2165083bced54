"""Serve the store with Datasette: our metadata (titles, column docs, licence, canned queries), localhost only."""
from __future__ import annotations

import json
import sys
import tempfile
from importlib import resources
from pathlib import Path

from output.dbfile import readonly_uri
from output.statuses import vocabulary_text

METADATA_KEY = "reifegrad"  # the database name metadata.json is written for
# Whole-country queries (11,081 rows; changes over ~200k findings) exceed Datasette's defaults of
# 1 s and 1,000 rows; this is a local analyst tool, so allow them.
SETTINGS = {"sql_time_limit_ms": 20_000, "max_returned_rows": 20_000}


def _template() -> dict:
    text = resources.files("output").joinpath("datasette", "metadata.json").read_text("utf-8")
    return json.loads(text.replace("{status_vocabulary}", vocabulary_text()))  # from output/statuses.json


def metadata(db: str | Path) -> dict:
    """metadata.json with its database entry renamed to this file's Datasette name (the file stem)."""
    data = _template()
    data["databases"] = {Path(db).stem: data["databases"][METADATA_KEY]}
    return data


def documented_tables() -> dict[str, dict]:
    """Table/view name -> its title, description and column meanings (the exports' data dictionary reads them)."""
    return _template()["databases"][METADATA_KEY]["tables"]


def write_metadata(db: str | Path, directory: str | Path | None = None) -> Path:
    """Write :func:`metadata` for ``db`` to a file Datasette can read (a temp dir unless given)."""
    path = Path(directory or tempfile.mkdtemp(prefix="reifegrad-datasette-")) / "metadata.json"
    path.write_text(json.dumps(metadata(db), ensure_ascii=False, indent=2), "utf-8")
    return path


def datasette_args(db: str | Path, port: int = 8001, metadata_path: str | Path | None = None) -> list[str]:
    """``datasette serve DB -m metadata.json -h 127.0.0.1 -p PORT --setting …`` (writes the metadata if not given).

    Datasette reads a database with ``mode=ro``; a read-only copy it can only read as immutable gets ``-i``."""
    meta = metadata_path or write_metadata(db)
    database = ["-i", str(db)] if "immutable=1" in readonly_uri(db) else [str(db)]
    settings = [arg for name, value in SETTINGS.items() for arg in ("--setting", name, str(value))]
    return [sys.executable, "-m", "datasette", "serve", *database, "-m", str(meta), "-h", "127.0.0.1",
            "-p", str(port), *settings]
