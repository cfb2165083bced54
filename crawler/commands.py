"""The crawler's ``reifegrad`` sub-commands: crawl, worker, nightly, status, validate (registered by ``reifegrad.cli``)."""
from __future__ import annotations

import argparse
import os
import sys

from crawler import settings as crawl_defaults
from crawler.municipalities import DEFAULT_CSV
from output.arguments import at_least
from output.changes import DEFAULT_THRESHOLD
from output.dbfile import StoreError
from output.location import add_db_argument
from output.retention import keep_days_argument

WEBHOOK_ENV = "REIFEGRAD_WEBHOOK_URL"  # the nightly's alert webhook, when --webhook is not given


def add_municipalities_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument("--municipalities", default=DEFAULT_CSV, help=f"CSV of municipalities (default {DEFAULT_CSV})")


def add_selection(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("selection")
    g.add_argument("--ags", nargs="+", default=[], metavar="AGS", help="only these municipalities (AGS)")
    g.add_argument("--state", help="state code (08) or name (Baden-Württemberg)")
    g.add_argument("--level", choices=("gemeinde", "kreis"))
    g.add_argument("--limit", type=int, help="at most N municipalities (after the other filters)")
    g.add_argument("--sample", type=int, metavar="N", help="a random sample of N municipalities")
    g.add_argument("--seed", type=int, default=0, help="seed for --sample (default 0)")
    g.add_argument("--skip-invalid", action="store_true", help="crawl the valid rows even if some rows are bad")


def add_queue_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("distributed (Redis)")
    g.add_argument("--queue", metavar="redis://HOST:PORT/DB",
                   help="share the run through Redis: this process seeds it and writes the results; workers crawl")
    g.add_argument("--workers", type=at_least(0, integer=True), default=2,
                   help="local worker processes with --queue (default 2; 0: remote only)")
    g.add_argument("--worker-grace", type=float, metavar="SECONDS",
                   help="with --queue: give up on unreported sites after this long without progress "
                        "(default: the time budget + retry backoff + 60 s)")


def add_crawl_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("crawl")
    g.add_argument("--proxy", help="route every request through this forward proxy (e.g. the simulated web)")
    g.add_argument("--max-pages", type=at_least(1, integer=True), default=crawl_defaults.REIFEGRAD_MAX_PAGES,
                   help="page budget per site (default %(default)s)")
    g.add_argument("--max-depth", type=at_least(0, integer=True), default=crawl_defaults.REIFEGRAD_MAX_DEPTH,
                   help="clicks from the start page (default %(default)s)")
    g.add_argument("--time-budget", type=at_least(1), default=crawl_defaults.REIFEGRAD_TIME_BUDGET,
                   help="seconds per site (default %(default)s)")
    g.add_argument("--delay", type=at_least(0), default=0.5, help="seconds between requests to one host (default 0.5)")
    g.add_argument("--timeout", type=at_least(1), default=15, help="download timeout in seconds (default 15)")
    g.add_argument("--concurrency", type=at_least(1, integer=True), default=crawl_defaults.CONCURRENT_REQUESTS,
                   help="requests in flight overall (default %(default)s)")
    g.add_argument("--per-site", type=at_least(1, integer=True), default=2,
                   help="requests in flight per site (default 2); 1 makes a crawl of an unchanged site exactly repeatable")
    g.add_argument("--max-active-sites", type=at_least(1, integer=True), default=crawl_defaults.REIFEGRAD_MAX_ACTIVE_SITES,
                   help="sites crawled at once (default %(default)s)")
    g.add_argument("--autothrottle", action=argparse.BooleanOptionalAction, default=True,
                   help="adapt the delay to each host's latency (default on)")
    g.add_argument("--retries", type=at_least(0, integer=True), default=2, help="retries of a failed request (default 2)")
    g.add_argument("--retry-backoff", type=at_least(0), default=60,
                   help="seconds before a site that failed transiently is tried once more (default 60)")
    g.add_argument("--render", action=argparse.BooleanOptionalAction, default=None,
                   help="render start pages and pages with loader scripts in Chromium (default: when installed)")
    g.add_argument("--browser-recycle", type=at_least(1, integer=True), default=100, metavar="N",
                   help="restart the browser after N rendered pages (default 100)")
    g.add_argument("--model", help="make this scoring model file the database's active one first (default: the active model)")
    g.add_argument("--user-agent", help="override the User-Agent (keep a contact URL in it)")
    g.add_argument("--allow-loopback", action="store_true",
                   help="tests only: accept names that resolve to 127.0.0.0/8 or ::1 (ignored with --trigger ondemand)")


def select_targets(args) -> list:
    from crawler.municipalities import CsvError, load, select, unknown_ags

    try:
        rows, problems = load(args.municipalities, skip_invalid=args.skip_invalid)
    except CsvError as exc:
        sys.exit(f"reifegrad: invalid municipalities file:\n{exc}")
    for p in problems:
        print(f"skipped: {p}", file=sys.stderr)
    for warning in unknown_ags(rows, args.ags):
        print(f"reifegrad: warning: {warning}", file=sys.stderr)
    try:
        chosen = select(rows, ags=args.ags, state=args.state, level=args.level, limit=args.limit,
                        sample=args.sample, seed=args.seed)
    except ValueError as exc:
        sys.exit(f"reifegrad: {exc}")
    if not chosen:
        sys.exit("reifegrad: the selection matches no municipality")
    return chosen


def crawl_config(args, db: str, **overrides):
    from crawler.run import CrawlConfig

    values = dict(
        db=db, proxy=args.proxy, max_pages=args.max_pages, max_depth=args.max_depth, time_budget=args.time_budget,
        download_delay=args.delay, download_timeout=args.timeout, concurrency=args.concurrency,
        model_path=args.model, user_agent=args.user_agent, progress_bar=sys.stderr.isatty(),
        retries=args.retries, retry_backoff=args.retry_backoff, per_site=args.per_site, render=args.render,
        max_active_sites=args.max_active_sites, allow_loopback=args.allow_loopback,
        extra={"AUTOTHROTTLE_ENABLED": args.autothrottle, "REIFEGRAD_BROWSER_RECYCLE": args.browser_recycle},
    )
    values.update(overrides)
    return CrawlConfig(**values)


def preflight_or_exit(args) -> None:
    """Before anything is written: the proxy and the Redis of this run must answer."""
    from crawler.preflight import PreflightError, preflight

    try:
        preflight(args.proxy, getattr(args, "queue", None))
    except PreflightError as exc:
        sys.exit(f"reifegrad {args.command}: {exc}")


def storing(command):
    """A store that fails (full disk, lock held past patience, unwritable file) ends the command with one line
    naming what was not stored, and exit code 4; the run stays resumable."""
    def run(args) -> int:
        from crawler.run import StoreFailed

        try:
            return command(args)
        except StoreFailed as exc:
            print(f"reifegrad: {exc}", file=sys.stderr)
        except StoreError as exc:
            print(f"reifegrad: the database {args.db} could not be written ({exc}); nothing more was stored.",
                  file=sys.stderr)
        return 4
    return run


@storing
def cmd_crawl(args) -> int:
    from crawler.nightly import unfinished_run
    from crawler.report_cli import print_summary
    from crawler.run import run_crawl

    targets = select_targets(args)
    preflight_or_exit(args)
    kind = "ondemand" if args.trigger == "ondemand" else "crawl"
    config = crawl_config(args, args.db, trigger=args.trigger, kind=kind, progress_file=args.progress_file)
    if args.queue:
        from crawler.distributed import run_distributed

        summary = run_distributed(targets, config, args.queue, args.workers, args.worker_grace)
    else:
        resume = unfinished_run(args.db, kind) if args.resume else None
        summary = run_crawl(targets, config, resume_run_id=resume)
    print_summary(summary)
    return 0


def cmd_worker(args) -> int:
    from crawler.distributed import run_worker
    from crawler.preflight import PreflightError, check_redis

    try:
        check_redis(args.queue)
    except PreflightError as exc:
        sys.exit(f"reifegrad worker: {exc}")
    run_id = run_worker(args.queue, args.run)
    print(f"worker finished its share of run {run_id}")
    return 0


@storing
def cmd_nightly(args) -> int:
    from crawler.nightly import AlreadyRunning, run_nightly
    from crawler.report_cli import print_summary

    if args.alert_threshold < 0:
        sys.exit("reifegrad nightly: --alert-threshold must not be negative")
    targets = select_targets(args)
    preflight_or_exit(args)
    config = crawl_config(args, args.db, kind="nightly", trigger="nightly", progress_file=args.progress_file)
    try:
        summary = run_nightly(targets, config, stale_days=args.stale, queue=args.queue, workers=args.workers,
                              grace=args.worker_grace)
    except AlreadyRunning as exc:
        print(f"reifegrad nightly: {exc}", file=sys.stderr)
        return 3
    print_summary(summary)
    send_alerts(args, summary.run_id)
    if args.keep_pages_days is not None:
        from output.retention import prune_pages
        from output.store import Store

        with Store(args.db) as store:
            deleted = prune_pages(store, args.keep_pages_days)
        print(f"{deleted} page records older than {args.keep_pages_days:g} days deleted")
    return 0


def send_alerts(args, run_id: int) -> None:
    """The run's alerts to the webhook, if one is configured; a failure is one line on stderr, never an exit."""
    from crawler.alerts import notify

    line = notify(args.db, run_id, args.webhook, args.alert_threshold, allow_loopback=args.allow_loopback)
    if line:
        print(line, file=sys.stderr if "failed" in line else sys.stdout)


def cmd_status(args) -> int:
    from crawler.status import StatusError, status_report

    try:
        print(status_report(args.db))
    except StatusError as exc:
        raise SystemExit(f"reifegrad status: {exc}") from None
    return 0


def cmd_validate(args) -> int:
    """Every bad row, then the rows on shared hosting (valid, but only the exact host is the site)."""
    from crawler.municipalities import CsvError, load, shared_hosting_report

    try:
        rows, problems = load(args.municipalities, skip_invalid=True)
    except CsvError as exc:
        sys.exit(f"reifegrad: invalid municipalities file:\n{exc}")
    shared = shared_hosting_report(rows)
    for line in problems:
        print(f"error: {line}")
    for line in shared:
        print(f"shared hosting: {line}")
    print(f"{len(rows)} valid rows, {len(problems)} bad, {len(shared)} on a shared hosting suffix")
    return 1 if problems else 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add the crawler's sub-commands to the ``reifegrad`` parser."""
    p = sub.add_parser("crawl", help="crawl municipalities into a SQLite database",
                       description="Crawl the selected municipalities' websites, detect e-government components, "
                                   "score them and append a run to the database.")
    add_municipalities_argument(p)
    add_db_argument(p)
    p.add_argument("--trigger", default="manual", help="why this run happens: manual, nightly, ondemand, …")
    p.add_argument("--progress-file", help="write progress as JSON to this file (polled by the web app)")
    p.add_argument("--resume", action="store_true",
                   help="continue the newest unfinished run of this kind (after a failure to store) instead of a new one")
    add_queue_options(p)
    add_selection(p)
    add_crawl_options(p)
    p.set_defaults(func=cmd_crawl)

    p = sub.add_parser("worker", help="join a distributed run from another process or machine",
                       description="Crawl sites from the shared Redis frontier of a run started with "
                                   "`reifegrad crawl --queue`, until the frontier is empty.")
    p.add_argument("--queue", required=True, metavar="redis://HOST:PORT/DB")
    p.add_argument("--run", type=int, help="the run to join (default: the one currently published)")
    p.set_defaults(func=cmd_worker)

    p = sub.add_parser("nightly", help="the scheduled run over all municipalities (resumable, locked)",
                       description="Crawl the whole list (or a selection) as one nightly run. Only one runs at a "
                                   "time; a run that was killed is resumed where it stopped.")
    add_municipalities_argument(p)
    add_db_argument(p)
    p.add_argument("--stale", type=float, metavar="DAYS",
                   help="only municipalities whose last good visit is older than DAYS (or that have none)")
    p.add_argument("--progress-file", help="write progress as JSON to this file")
    g = p.add_argument_group("alerts")
    g.add_argument("--webhook", metavar="URL", default=os.environ.get(WEBHOOK_ENV) or None,
                   help=f"after the run, POST its alerts as JSON here when a component disappeared or a score "
                        f"dropped (default: ${WEBHOOK_ENV}; public addresses only)")
    g.add_argument("--alert-threshold", type=float, default=DEFAULT_THRESHOLD, metavar="POINTS",
                   help=f"a score drop of this many points is an alert (default {DEFAULT_THRESHOLD:g})")
    p.add_argument("--keep-pages-days", type=keep_days_argument, metavar="DAYS",
                   help="after the run, delete the page records no visit of the last DAYS days uses "
                        "(as `reifegrad prune`; default: keep all)")
    add_queue_options(p)
    add_selection(p)
    add_crawl_options(p)
    p.set_defaults(func=cmd_nightly)

    p = sub.add_parser("status", help="progress of the current run and a summary of the last one")
    add_db_argument(p)
    p.set_defaults(func=cmd_status)

    p = sub.add_parser("validate", help="check a municipalities CSV and list rows on shared hosting",
                       description="Report every bad row (file:line:column) and every website on a shared hosting "
                                   "suffix (blogspot.de, jimdofree.com, github.io, …). Exit 1 if a row is bad.")
    add_municipalities_argument(p)
    p.set_defaults(func=cmd_validate)
