"""`reifegrad serve`: the on-demand check service (registered by ``reifegrad.cli``)."""
from __future__ import annotations

import argparse
import ipaddress
from dataclasses import fields
from pathlib import Path

from crawler.municipalities import DEFAULT_CSV
from output.arguments import at_least
from output.location import add_db_argument
from webapp.settings import Settings

DEFAULTS = {f.name: f.default for f in fields(Settings)}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "serve", help="run the on-demand check web service",
        description="Serve the on-demand check (start, status and result pages, JSON API). "
                    "The admin token is read from REIFEGRAD_ADMIN_TOKEN.",
    )
    add_db_argument(parser, type=Path)
    parser.add_argument("--municipalities", type=Path, default=Path(DEFAULT_CSV), help="municipalities CSV (default: %(default)s)")
    parser.add_argument("--host", default=DEFAULTS["host"], help="bind address (default: %(default)s; put a TLS proxy in front)")
    parser.add_argument("--port", type=int, default=DEFAULTS["port"])
    parser.add_argument("--proxy", help="forward proxy for the crawl (e.g. the simulated web)")
    parser.add_argument("--workers", type=at_least(1, integer=True), default=DEFAULTS["workers"],
                        help="checks crawled at once (default: %(default)s)")
    parser.add_argument("--max-pages", type=at_least(1, integer=True), default=DEFAULTS["max_pages"],
                        help="page budget per check (default: %(default)s)")
    parser.add_argument("--time-budget", type=at_least(1, integer=True), default=DEFAULTS["time_budget"],
                        help="seconds per check (default: %(default)s)")
    parser.add_argument("--render", action=argparse.BooleanOptionalAction, default=None,
                        help="render start pages in Chromium (default: when installed); --no-render spares a small server")
    parser.add_argument("--rate-limit", type=at_least(1, integer=True), default=DEFAULTS["rate_limit"],
                        help="check submissions per client and window (default: %(default)s)")
    parser.add_argument("--rate-window", type=at_least(1, integer=True), default=DEFAULTS["rate_window_s"],
                        help="rate-limit window in seconds (default: %(default)s)")
    parser.add_argument("--trusted-proxy", action="append", default=[], metavar="ADDRESS[/PREFIX]",
                        help="a reverse proxy whose X-Forwarded-For/-Proto are believed (repeatable; default: none)")
    parser.add_argument("--tls", action="store_true",
                        help="clients reach the service over HTTPS through a TLS proxy: send HSTS and Secure cookies")
    parser.add_argument("--allow-simulated-web", action="store_true",
                        help="tests/demos only: with --proxy to the simulated web, skip local name resolution in the SSRF guard")
    parser.set_defaults(func=serve)


def serve(args: argparse.Namespace) -> int:
    import uvicorn

    from crawler.municipalities import CsvError
    from webapp.app import create_app

    if args.allow_simulated_web and not args.proxy:
        raise SystemExit("--allow-simulated-web needs --proxy (names must resolve at the simulated web's proxy)")
    for proxy in args.trusted_proxy:
        try:
            ipaddress.ip_network(proxy, strict=False)
        except ValueError:
            raise SystemExit(f"reifegrad serve: --trusted-proxy {proxy!r} is not an IP address or network") from None
    settings = Settings(
        db=args.db, municipalities=args.municipalities, host=args.host, port=args.port, proxy=args.proxy,
        workers=max(1, args.workers), max_pages=args.max_pages, time_budget=args.time_budget, render=args.render,
        rate_limit=args.rate_limit, rate_window_s=args.rate_window, allow_simulated_web=args.allow_simulated_web,
        trusted_proxies=tuple(args.trusted_proxy), tls=args.tls,
    )
    try:
        app = create_app(settings)
    except CsvError as exc:
        raise SystemExit(f"reifegrad serve: invalid municipalities file: {exc.problems[0]}") from None
    uvicorn.Server(server_config(app, settings)).run()
    return 0


def server_config(app, settings: Settings, log_level: str = "info"):
    """The one uvicorn configuration (serve and the tests). uvicorn's own proxy-header handling is off: it
    would believe X-Forwarded-For from 127.0.0.1; the app trusts only `--trusted-proxy` addresses."""
    import uvicorn

    return uvicorn.Config(app, host=settings.host, port=settings.port, log_level=log_level,
                          server_header=False, proxy_headers=False, access_log=log_level == "info")
