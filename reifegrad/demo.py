"""``reifegrad demo``: the simulated web, crawled, ranked and reported — the one command that needs every part."""
from __future__ import annotations

import argparse
from pathlib import Path

from crawler.commands import add_crawl_options, crawl_config, select_targets

DEMO_TIMEOUT = 4.0


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``demo`` to the ``reifegrad`` parser."""
    p = sub.add_parser("demo", help="crawl the simulated web offline and print the ranking",
                       description="Start the simulated web, crawl all of it, print a ranked table and the database path.")
    p.add_argument("--out", default="var/demo", help="where the demo writes its CSV and database (default var/demo)")
    p.add_argument("--seed", type=int, default=7, help="seed of the simulated web (default 7)")
    p.add_argument("--sites", type=int, default=40,
                   help="ordinary municipal sites of the simulated web, its fault district comes on top (default 40)")
    add_crawl_options(p)
    p.set_defaults(func=cmd_demo)


def cmd_demo(args: argparse.Namespace) -> int:
    from crawler.report_cli import print_ranking, print_summary
    from crawler.run import run_crawl
    from farm.commands import make_world, write_csv
    from farm.proxy import running_farm

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    csv_path = out / "municipalities.csv"
    with csv_path.open("w", encoding="utf-8", newline="") as fh:
        write_csv(make_world(seed=args.seed, sites=args.sites), fh)
    db = str(out / "reifegrad.db")
    args.municipalities, args.skip_invalid = str(csv_path), False
    args.ags, args.state, args.level, args.limit, args.sample = [], None, None, None, None
    print(f"Simulated web: {csv_path} (seed {args.seed})")
    # The farm is local: no politeness delay, and its slow-server fault is made to outlast a short timeout.
    with running_farm(seed=args.seed, n_sites=args.sites, fault_delay=DEMO_TIMEOUT * 2) as proxy:
        config = crawl_config(args, db, proxy=proxy, kind="demo", trigger="demo", download_delay=0.0,
                              download_timeout=DEMO_TIMEOUT, extra={
                                  "AUTOTHROTTLE_ENABLED": False, "REIFEGRAD_RETRY_AFTER_MAX": 5.0},
                              retries=1, retry_backoff=2.0)
        summary = run_crawl(select_targets(args), config)
    print_summary(summary)
    print_ranking(db)
    from output.report import write_report

    index = write_report(db, out / "report")
    print(f"\nReport with evidence, service levels and recommendations per municipality: {index}")
    print(f"Browse the database: .venv/bin/reifegrad datasette --db {db}")
    return 0
