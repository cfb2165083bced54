"""Retention of raw page records: the pages table is the bulk of a long history and no score reads it.

Scores, findings, evidence and service levels are kept for ever; page records (URL, status, hash, caching
headers of every fetched page) only as long as a site visit of the last ``keep_days`` days uses them.
Content shared by a recent unchanged visit therefore keeps its pages, however old its storing visit is.
For everything, keep a Parquet archive per run (output/archive.py) before pruning.
"""
from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from output import clock
from output.arguments import at_least

if TYPE_CHECKING:  # the CLI reads DEFAULT_KEEP_DAYS without loading the store
    from output.store import Store

DEFAULT_KEEP_DAYS = 35  # a month of nightly runs, and the incremental crawl's 304 evidence with it


keep_days_argument = at_least(0, what="a number of days")  # argparse type of --keep-pages-days


def prune_pages(store: Store, keep_days: float) -> int:
    """Delete the page records no site visit of the last ``keep_days`` days uses; returns rows deleted."""
    cutoff = (clock.utcnow() - timedelta(days=keep_days)).isoformat(timespec="seconds")
    with store.transaction():
        return store.conn.execute(
            "DELETE FROM pages WHERE site_visit_id NOT IN ("
            " SELECT content_id FROM site_visits WHERE coalesce(finished_at, started_at) >= ?)", (cutoff,)).rowcount
