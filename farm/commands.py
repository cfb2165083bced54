"""`reifegrad farm …` sub-commands (serve, csv, truth); each is also a plain Python function."""
from __future__ import annotations

import argparse
import csv
import json
import sys
from typing import TYPE_CHECKING, TextIO

from farm.bulk import PAGE_SIZES
from farm.realweb.district import MAX_SITES
from farm.static import WrittenWeb, WrittenWebError
from farm.world import CSV_COLUMNS, World

if TYPE_CHECKING:
    from farm.proxy import Web


def make_world(seed: int = 7, sites: int = 40, news_pages: int | None = None, faults: bool = True,
               fault_delay: float = 20.0, mutate: list[str] = (), realistic: int = 0,
               page_size: str = "small") -> World:
    """A world, with `mutate` specs applied in order ("host" or "host:+chatbot,-site_search")."""
    world = World(seed=seed, n_sites=sites, news_pages=news_pages, faults=faults, fault_delay=fault_delay,
                  realistic=realistic, page_size=page_size)
    for spec in mutate:
        host, _, changes = spec.partition(":")
        items = [c.strip() for c in changes.split(",") if c.strip()]
        world.mutate(host, add=[c[1:] for c in items if c[0] == "+"], remove=[c[1:] for c in items if c[0] == "-"])
    return world


def write_csv(world: World, out: TextIO) -> int:
    """Municipalities CSV in the columns of municipalities.csv; returns the number of rows."""
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    rows = world.municipality_rows()
    writer.writerows(rows)
    return len(rows)


def write_truth(world: World, out: TextIO) -> None:
    json.dump(world.ground_truth(), out, ensure_ascii=False, indent=1)
    out.write("\n")


def serve(world: Web, port: int, ca_out: str | None = None, latency: tuple[float, float] = (0.0, 0.0)) -> None:
    from farm.proxy import serve as serve_proxy
    try:
        serve_proxy(world, port, ca_out=ca_out, latency=latency)
    except WrittenWebError as exc:
        raise SystemExit(f"reifegrad farm serve: {exc}") from None
    except OSError as exc:  # the port is taken (or not ours to bind)
        raise SystemExit(f"reifegrad farm serve: cannot listen on 127.0.0.1:{port}: {exc.strerror or exc}") from None


def _world_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--sites", type=int, default=40, help="ordinary municipal sites (fault district extra)")
    parser.add_argument("--news-pages", type=int, default=None, help="news articles per site (bench: 20)")
    parser.add_argument("--no-faults", dest="faults", action="store_false", help="leave out the fault district")
    parser.add_argument("--fault-delay", type=float, default=20.0, help="stall of the timeout site in seconds")
    parser.add_argument("--mutate", action="append", default=[], metavar="HOST[:+ID,-ID]",
                        help="change a site as between two crawls: one more article, components added/removed")
    parser.add_argument("--realistic", type=_district_size, default=0, metavar="N",
                        help=f"add N sites of the realistic district (written from real pages; 0-{MAX_SITES})")


def _latency(text: str) -> tuple[float, float]:
    """--latency LOW-HIGH (or one number): bad values end in argparse's one-line usage error."""
    low, _, high = text.partition("-")
    try:
        bounds = (float(low), float(high or low))
    except ValueError:
        bounds = (-1.0, -1.0)
    if not 0 <= bounds[0] <= bounds[1] <= 60:
        raise argparse.ArgumentTypeError(f"expected LOW-HIGH seconds with 0 <= LOW <= HIGH <= 60, got {text!r}")
    return bounds


def _district_size(text: str) -> int:
    """--realistic N: bad values end in argparse's one-line usage error, not a traceback."""
    if not text.isdigit() or int(text) > MAX_SITES:
        raise argparse.ArgumentTypeError(f"expected a number of sites from 0 to {MAX_SITES}, got {text!r}")
    return int(text)


def _web(args: argparse.Namespace) -> Web:
    """The written web of `--written DIR`, else the generated world of the other options."""
    if args.written:
        try:
            return WrittenWeb(args.written)
        except WrittenWebError as exc:
            raise SystemExit(f"reifegrad farm serve: {exc}") from None
    return _world(args)


def _world(args: argparse.Namespace) -> World:
    return make_world(args.seed, args.sites, args.news_pages, args.faults, args.fault_delay, args.mutate,
                      args.realistic, getattr(args, "page_size", "small"))


def _output(path: str | None, fn) -> None:
    if path in (None, "-"):
        fn(sys.stdout)
        return
    with open(path, "w", encoding="utf-8", newline="") as out:
        fn(out)


def register(subparsers) -> argparse.ArgumentParser:
    """Add `farm serve|csv|truth` to a parent parser's subparsers."""
    farm = subparsers.add_parser("farm", help="simulated web of municipal sites (local proxy)")
    commands = farm.add_subparsers(dest="farm_command", required=True)

    p = commands.add_parser("serve", help="run the farm proxy on 127.0.0.1")
    p.add_argument("--port", type=int, default=8899)
    p.add_argument("--ca-out", help="write the farm's CA certificate (PEM) here")
    p.add_argument("--latency", type=_latency, default=(0.0, 0.0), metavar="LOW-HIGH",
                   help="every answer waits a random LOW to HIGH seconds, like a distant server (bench: 0.2-1.5)")
    p.add_argument("--page-size", choices=PAGE_SIZES, default="small",
                   help="small: ~3 KB pages (tests); real: padded to the size and shape of measured real pages "
                        "(26-90 KB, farm/page_sizes.json; benchmarks)")
    p.add_argument("--written", metavar="DIR",
                   help="serve the sites written in DIR/sites/<host>/… instead of a generated world (farm/static.py; "
                        "the world options are then ignored)")
    _world_args(p)
    p.set_defaults(func=lambda a: serve(_web(a), a.port, a.ca_out, a.latency))

    p = commands.add_parser("csv", help="write the municipalities CSV of the farm")
    p.add_argument("--out", help="file (default: stdout)")
    _world_args(p)
    p.set_defaults(func=lambda a: _output(a.out, lambda f: write_csv(_world(a), f)))

    p = commands.add_parser("truth", help="write the ground truth JSON of the farm")
    p.add_argument("--out", help="file (default: stdout)")
    _world_args(p)
    p.set_defaults(func=lambda a: _output(a.out, lambda f: write_truth(_world(a), f)))
    return farm
