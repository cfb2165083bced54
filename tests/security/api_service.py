"""The real on-demand service for the API security tests: real app, real SQLite file, real crawler.

Crawls go through the simulated web's proxy on loopback (unknown hosts such as *.blogspot.de answer like
a proxy whose DNS failed), so an accepted check never leaves the machine.
"""
from __future__ import annotations

import csv
from pathlib import Path

from webapp.settings import Settings

COLUMNS = ("ags", "name", "type", "level", "state_code", "state", "population", "website_url")
ROWS = [
    ("01051125", "Welmbüttel", "https://welmbuettel.blogspot.de/"),
    ("07235081", "Mandern", "https://mandern.jimdofree.com"),
    ("09162000", "Musterstadt", "https://www.musterstadt.de/"),
    ("09184112", "Beispielhausen", "https://beispielhausen.de/"),
    ("01053010", "Amtsdorf A", "https://www.amt-beispiel.de/"),
    ("01053015", "Amtsdorf B", "https://www.amt-beispiel.de/"),
]


def write_municipalities(path: Path) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(COLUMNS)
        for ags, name, url in ROWS:
            writer.writerow([ags, name, "Gemeinde", "gemeinde", ags[:2], "", "1000", url])
    return path


def service_settings(tmp_path: Path, proxy: str, **overrides) -> Settings:
    """The real crawler through the simulated web; names resolve at its proxy, not locally."""
    values = dict(db=tmp_path / "reifegrad.db", municipalities=write_municipalities(tmp_path / "municipalities.csv"),
                  proxy=proxy, workers=1, time_budget=10, grace_s=20, admin_token="geheim", allow_simulated_web=True)
    values.update(overrides)
    return Settings(**values)


def api_settings(tmp_path: Path, **overrides) -> Settings:
    """For probes of the API itself: no crawl worker runs, so nothing is fetched at all."""
    return service_settings(tmp_path, proxy="http://127.0.0.1:9", workers=0, **overrides)
