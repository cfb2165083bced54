"""Issue 13 (analysts): every column of the municipalities CSV is in the database after a crawl."""
from __future__ import annotations

import csv

from output.store import MUNICIPALITY_COLUMNS
from tests.support import q


def test_every_csv_column_of_the_crawled_municipalities_is_stored(small_db, small_ags, farm_files):
    db, _ = small_db
    with open(farm_files[0], encoding="utf-8") as handle:
        rows = {r["ags"]: r for r in csv.DictReader(handle) if r["ags"] in small_ags}
    columns = [c for c in next(iter(rows.values())) if c in MUNICIPALITY_COLUMNS]
    assert {"lat", "lon", "ars", "population", "state", "type"} <= set(columns)
    stored = {r[0]: dict(zip(columns, r)) for r in q(db, f"SELECT {', '.join(columns)} FROM municipalities")}
    for ags, row in rows.items():
        for column in columns:
            value, kept = row[column], stored[ags][column]
            if column in ("lat", "lon"):
                assert kept == float(value), (ags, column)
            elif column == "population":
                assert kept == int(value), (ags, column)
            else:
                assert kept == (value or None), (ags, column)
    # the main analyst view carries them, with the map's coordinates
    shown = q(db, "SELECT ags, lat, lon, ars FROM municipality_results")
    assert {(a, la, lo, ar) for a, la, lo, ar in shown if a in rows} == {
        (a, float(r["lat"]), float(r["lon"]), r["ars"]) for a, r in rows.items()}
