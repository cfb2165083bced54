"""The scheduled nightly run: one at a time, resumable after a crash, optionally only stale municipalities.

A run killed at 3 a.m. (even with ``kill -9``) is left ``running`` or ``interrupted`` in the database;
the next start takes the lock, sees it and continues it: sites it already recorded are not crawled again,
and the run then finishes as if it had never stopped.
"""
from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path

from crawler.municipalities import Municipality
from crawler.run import CrawlConfig, RunSummary, run_crawl
from crawler.status import lock_path
from output.runs import RunQueries
from output.store import Store


class AlreadyRunning(RuntimeError):
    """Another nightly run holds the lock."""


@contextmanager
def nightly_lock(db: str) -> Iterator[Path]:
    """An exclusive lock beside the database; released by the OS even when the holder is killed."""
    path = lock_path(db)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a+") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            raise AlreadyRunning(f"another nightly run holds {path} (pid {fh.read().strip() or '?'})") from None
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
        yield path


def unfinished_run(db: str, kind: str = "nightly") -> int | None:
    """The newest run of this kind that never finished (crashed, interrupted, or failed to store), if any."""
    if not Path(db).exists():
        return None
    with Store(db) as store:
        return RunQueries(store.conn).unfinished(kind)


def stale(municipalities: Sequence[Municipality], db: str, days: float,
          now: datetime | None = None) -> list[Municipality]:
    """Municipalities whose last good (``ok``, in-series) visit is older than ``days`` — or that have none."""
    if not Path(db).exists():
        return list(municipalities)
    cutoff = ((now or datetime.now(timezone.utc)) - timedelta(days=days)).isoformat(timespec="seconds")
    with Store(db) as store:
        fresh = RunQueries(store.conn).fresh_ags(cutoff)
    return [m for m in municipalities if m.ags not in fresh]


def run_nightly(municipalities: Sequence[Municipality], config: CrawlConfig, stale_days: float | None = None,
                queue: str | None = None, workers: int = 2, grace: float | None = None) -> RunSummary:
    """Take the lock, resume an unfinished nightly run or start a new one, and finish it — in this
    process, or with ``queue`` through Redis with ``workers`` local and any number of remote workers."""
    with nightly_lock(config.db):
        resume = unfinished_run(config.db)
        targets = list(municipalities)
        if stale_days is not None and resume is None:
            targets = stale(targets, config.db, stale_days)
        if queue:
            from crawler.distributed import run_distributed

            return run_distributed(targets, config, queue, workers, grace, resume_run_id=resume)
        return run_crawl(targets, config, resume_run_id=resume)
