"""Several crawler processes, on one machine or many, share one run through Redis (scrapy-redis).

The shared frontier holds *sites*, not pages: a site's page budget, link ranking, retry and judgment
need one owner, and one owner per host is also the politest split. scrapy-redis's duplicate filter
guards the claims, so no site is crawled twice even if the list is seeded again. Workers push judged
sites (JSON) to a results list; the coordinator is the single writer into SQLite, so nothing is written
twice and SQLite never needs to be shared between machines.
"""
from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from dataclasses import asdict

import scrapy
from scrapy_redis.connection import get_redis
from scrapy_redis.dupefilter import RFPDupeFilter

from crawler.municipalities import Municipality, Site, group_sites
from crawler.wire import judged_from_json, site_from_json, site_to_json

PREFIX = "reifegrad"


def keys(run_id: int) -> dict[str, str]:
    base = f"{PREFIX}:{run_id}"
    return {"sites": f"{base}:sites", "claimed": f"{base}:claimed", "results": f"{base}:results",
            "config": f"{base}:config", "current": f"{PREFIX}:current"}


def connect(url: str):
    return get_redis(url=url)


def seed(server, run_id: int, sites: list[Site], config: dict) -> None:
    """Publish the run: its configuration for the workers and its sites as the shared frontier."""
    k = keys(run_id)
    pipe = server.pipeline()
    pipe.delete(k["sites"], k["claimed"], k["results"])
    for site in sites:
        pipe.rpush(k["sites"], site_to_json(site))
    pipe.set(k["config"], json.dumps(config))
    pipe.set(k["current"], run_id)
    pipe.execute()


def cleanup(server, run_id: int) -> None:
    k = keys(run_id)
    server.delete(k["sites"], k["claimed"], k["results"], k["config"])
    if server.get(k["current"]) == str(run_id).encode():
        server.delete(k["current"])


class RedisSites:
    """A worker's view of the shared frontier: take the next unclaimed site, or None when it is empty."""

    def __init__(self, server, run_id: int):
        self.server = server
        self.key = keys(run_id)["sites"]
        self.claims = RFPDupeFilter(server, keys(run_id)["claimed"])

    async def take(self) -> Site | None:
        while True:
            raw = await asyncio.to_thread(self.server.lpop, self.key)
            if raw is None:
                return None
            site = site_from_json(raw)
            if not self.claims.request_seen(scrapy.Request(site.start_url)):
                return site


def worker_command(queue: str, run_id: int) -> list[str]:
    return [sys.executable, "-m", "reifegrad", "worker", "--queue", queue, "--run", str(run_id)]


def run_worker(queue: str, run_id: int | None = None) -> int:
    """Join a run published in Redis and crawl sites from its frontier until it is empty."""
    from crawler.run import CrawlConfig, crawl_sites

    server = connect(queue)
    if run_id is None:
        current = server.get(keys(0)["current"])
        if current is None:
            raise SystemExit("reifegrad worker: no run is published in this Redis")
        run_id = int(current)
    raw = server.get(keys(run_id)["config"])
    if raw is None:
        raise SystemExit(f"reifegrad worker: run {run_id} is not published (finished already?)")
    config = CrawlConfig(**json.loads(raw))
    crawl_sites(RedisSites(server, run_id), config, run_id, queue=queue)
    return run_id


PROGRESS_EVERY_S = 10.0


def default_grace(config) -> float:
    """How long to wait without progress: a worker may spend a whole site's time budget (and a retry
    pass) on one site without reporting, and remote workers may join late."""
    return config.time_budget + config.retry_backoff + 60


def run_distributed(municipalities: list[Municipality], config, queue: str, workers: int,
                    grace: float | None = None, resume_run_id: int | None = None):
    """Coordinate a run: seed the frontier, start ``workers`` local workers, write every result into SQLite.

    Remote workers (``reifegrad worker``) may join at any time. The coordinator waits while there is
    progress (results, or sites being claimed) and gives up on the remaining sites only after ``grace``
    seconds without any, recording them as ``error``. With ``resume_run_id`` it continues that run.
    """
    from crawler import memo_store
    from crawler.run import open_run, record_without_website, summarise, with_active_model
    from output.store import Store

    grace = default_grace(config) if grace is None else grace
    config = with_active_model(config)
    sites, without = group_sites(municipalities)
    if resume_run_id is None:
        run_id = open_run(municipalities, without, config, len(sites))
    else:
        run_id = resume_run_id
        with Store(config.db) as store:
            finished = store.finished_site_keys(run_id)
            record_without_website(store, run_id, without)
        sites = [s for s in sites if s.key not in finished]
    server = connect(queue)
    seed(server, run_id, sites, asdict(config))
    started = time.monotonic()
    procs = [subprocess.Popen(worker_command(queue, run_id)) for _ in range(workers)]
    k, expected = keys(run_id), {s.key for s in sites}
    with Store(config.db) as store:
        memo_store.ensure(store.conn)
        done: set[str] = set()
        last_progress = time.monotonic()
        last_report = last_progress - PROGRESS_EVERY_S  # the first idle second says at once that it waits
        frontier = len(sites)
        while done < expected:
            item = server.blpop([k["results"]], timeout=1)
            now = time.monotonic()
            if item is None:
                left = server.llen(k["sites"])
                if left < frontier:  # a worker claimed a site: it is working
                    frontier, last_progress = left, now
                if now - last_progress > grace:
                    break  # nobody reported or claimed anything for the whole grace period
                if now - last_report >= PROGRESS_EVERY_S:
                    last_report = now
                    print(f"waiting for workers: {len(done)}/{len(expected)} sites done, {left} not yet claimed; "
                          f"giving up on the rest after {grace - (now - last_progress):.0f} s more without progress",
                          file=sys.stderr, flush=True)
                continue
            last_progress = now
            visit, scores, page_memos = judged_from_json(item[1])
            store.record_site(run_id, visit, scores,
                              lambda conn, key=visit.site_key, memos=page_memos: memo_store.save(conn, key, memos))
            done.add(visit.site_key)
        cleanup(server, run_id)  # a worker still running finds no frontier and stops
        for p in procs:
            p.wait()
        for site in sites:
            if site.key not in done:  # claimed by a worker that died, or never claimed: never silently gone
                for m in site.members:
                    store.record_unvisited(run_id, m.ags, "error", "no worker reported this site in time")
        summary = summarise(store, run_id, config.db, time.monotonic() - started)
        store.finish_run(run_id, summary.stats(), status="finished" if done == expected else "interrupted")
    return summary
