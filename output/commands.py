"""``reifegrad`` sub-commands of the output part: export, result, changes, report, rescore, model, datasette, peers.

Every problem a user can cause ends in one line naming it and a non-zero exit, never a traceback."""
from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import NoReturn

from output.changes import DEFAULT_THRESHOLD
from output.location import add_db_argument
from output.retention import DEFAULT_KEEP_DAYS, keep_days_argument

EXPORT_FORMATS = ("csv", "parquet", "xlsx", "json")  # output.export.FORMATS (a test keeps them equal), not
# imported from there: the export module loads pandas and pyarrow, which every other command can do without


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the output sub-commands to the ``reifegrad`` parser."""
    p = subparsers.add_parser("export", help="export a table or view (or the analyst bundle)",
                              description="Export a table or view of the store as CSV, Parquet, Excel or JSON, "
                                          "with its data dictionary, the licences and the model version. "
                                          "--table bundle writes the analyst bundle (xlsx: one sheet each).")
    add_db_argument(p)
    p.add_argument("--format", choices=EXPORT_FORMATS, default="csv")
    p.add_argument("--out", required=True, help="output file (a directory for a csv/parquet bundle)")
    p.add_argument("--table", default="latest_scores", help="table or view, or 'bundle' (default latest_scores)")
    p.set_defaults(func=cmd_export)

    p = subparsers.add_parser("result", help="one municipality's result document (text or --json)",
                              description="Print the result of a municipality's latest nightly visit (or of --run): "
                                          "status, score, components, services, peers, recommendations, history.")
    add_db_argument(p)
    p.add_argument("ags", help="the municipality's AGS")
    p.add_argument("--run", type=int, help="the visit of this run (default: the latest nightly visit)")
    p.add_argument("--json", action="store_true", help="the result document as JSON")
    p.set_defaults(func=cmd_result)

    p = subparsers.add_parser("changes", help="what changed since a run: components gone or new, score moves",
                              description="Per municipality, compare its state as of run RUN with now: components "
                                          "that appeared or disappeared (ok visits only), status changes and score "
                                          "moves of at least --threshold points. Lines marked ! are alerts: a "
                                          "component disappeared or the score dropped by the threshold or more.")
    add_db_argument(p)
    p.add_argument("--since", required=True, metavar="RUN",
                   help="a run id, 'last' (the series run before the newest) or a date YYYY-MM-DD (the state before it)")
    p.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD,
                   help=f"score points that count as a move (default {DEFAULT_THRESHOLD:g})")
    p.add_argument("--json", action="store_true", help="all changes as JSON, alerts included")
    p.set_defaults(func=cmd_changes)

    p = subparsers.add_parser("report", help="write the static HTML report",
                              description="Write the static HTML report (overview + one page per municipality).")
    add_db_argument(p)
    p.add_argument("--out", required=True, help="output directory")
    p.add_argument("--model", help="scoring model file for recommendations (default: the active model)")
    p.add_argument("--ags", nargs="*", help="only these municipalities' pages")
    p.set_defaults(func=cmd_report)

    p = subparsers.add_parser("rescore", help="re-score stored visits with a model (appends score rows)",
                              description="Recompute every stored visit's score from stored observations, "
                                          "without crawling. Old score rows are kept.")
    add_db_argument(p)
    p.add_argument("--model", help="make this model file the active one first (default: the active model)")
    p.set_defaults(func=cmd_rescore)

    p = subparsers.add_parser("model", help="the active scoring model: use, list, diff")
    model_sub = p.add_subparsers(dest="model_command", required=True, metavar="COMMAND")
    u = model_sub.add_parser("use", help="make a model file the database's active model",
                             description="Crawls, rescore and every view use the active model. Visits not yet "
                                         "scored with it show no score until `reifegrad rescore`.")
    u.add_argument("file", help="model file (YAML)")
    add_db_argument(u)
    u.set_defaults(func=cmd_model_use)
    ls = model_sub.add_parser("list", help="the models this database has used, the active one marked")
    add_db_argument(ls)
    ls.set_defaults(func=cmd_model_list)
    d = model_sub.add_parser("diff", help="score the latest visits with two models and compare",
                             description="Score every municipality's latest visit with OLD and NEW and print "
                                         "the differences.")
    d.add_argument("old", help="old model file")
    d.add_argument("new", help="new model file")
    add_db_argument(d)
    d.set_defaults(func=cmd_model_diff)

    p = subparsers.add_parser("archive", help="Parquet files per run, every visit with its own copy of its rows",
                              description="Write DIR/run-<id>/<table>.parquet for each run (default: every finished "
                                          "run): runs, site visits, visits, scores, pages, findings, evidence, "
                                          "service levels, external links, render errors, shared content expanded.")
    add_db_argument(p)
    p.add_argument("--out", required=True, help="output directory")
    p.add_argument("--run", type=int, nargs="+", help="only these runs")
    p.set_defaults(func=cmd_archive)

    p = subparsers.add_parser("prune", help="delete raw page records older than the retention period",
                              description="Delete the page records (table pages) no site visit of the last DAYS days "
                                          "uses. Scores, findings and evidence stay. Archive first to keep them.")
    add_db_argument(p)
    p.add_argument("--keep-pages-days", type=keep_days_argument, default=DEFAULT_KEEP_DAYS, metavar="DAYS",
                   help=f"keep the pages of the last DAYS days (default {DEFAULT_KEEP_DAYS})")
    p.set_defaults(func=cmd_prune)

    p = subparsers.add_parser("datasette", help="browse the store with Datasette (127.0.0.1 only)")
    add_db_argument(p)
    p.add_argument("--port", type=int, default=8001)
    p.set_defaults(func=cmd_datasette)

    p = subparsers.add_parser("peers", help="named comparison groups (Vergleichsringe)")
    peers_sub = p.add_subparsers(dest="peers_command", required=True, metavar="COMMAND")
    a = peers_sub.add_parser("add", help="add municipalities to a named group")
    a.add_argument("name")
    a.add_argument("ags", nargs="+")
    add_db_argument(a)
    a.set_defaults(func=cmd_peers_add)
    ls = peers_sub.add_parser("list", help="the named groups and their members")
    add_db_argument(ls)
    ls.set_defaults(func=cmd_peers_list)
    r = peers_sub.add_parser("remove", help="remove members from a group (the whole group without AGS)")
    r.add_argument("name")
    r.add_argument("ags", nargs="*")
    add_db_argument(r)
    r.set_defaults(func=cmd_peers_remove)


def _existing(db: str) -> Path:
    """Commands that read must not silently create an empty store."""
    from output.dbfile import StoreError

    path = Path(db)
    if not path.exists():
        raise StoreError(f"no database at {path}")  # one line with the command's name (reifegrad.cli)
    return path


def cmd_export(args) -> int:
    from output.export import export

    try:
        print(export(_existing(args.db), args.out, args.format, args.table))
    except ValueError as exc:  # an unknown table or view
        raise SystemExit(f"reifegrad export: {exc}") from None
    return 0


def cmd_result(args) -> int:
    from output import result, result_text

    doc = result.load(_existing(args.db), args.ags, args.run)
    if doc is None:
        raise SystemExit(f"reifegrad result: no finished visit of {args.ags}"
                         + (f" in run {args.run}" if args.run is not None else "") + " in this database")
    print(json.dumps(doc, ensure_ascii=False, indent=2) if args.json else result_text.render(doc))
    return 0


def cmd_changes(args) -> int:
    from output import changes, changes_text
    from output.queries import connect

    if args.threshold < 0:
        raise SystemExit("reifegrad changes: --threshold must not be negative")
    with connect(_existing(args.db)) as conn:
        try:
            since = changes.resolve_run(conn, args.since)
        except ValueError as exc:
            raise SystemExit(f"reifegrad changes: {exc}") from None
        if since is None:
            raise SystemExit(f"reifegrad changes: no run {args.since!r} of the nightly series in this database"
                             + (" (there is only one run)" if args.since.strip().lower() == "last" else ""))
        found = changes.between(conn, since)
    if args.json:
        print(json.dumps({"since_run": since, "threshold": args.threshold,
                          "changes": [c.as_json(args.threshold) for c in found if c.notable(args.threshold)]},
                         ensure_ascii=False, indent=2))
    else:
        print(changes_text.render(found, since, args.threshold))
    return 0


def cmd_report(args) -> int:
    from scoring import load_model

    from output.report import write_report

    model = _model_errors(load_model, args.model) if args.model else None
    try:
        print(write_report(_existing(args.db), args.out, model, args.ags))
    except ValueError as exc:  # --ags names a municipality without a visit
        raise SystemExit(f"reifegrad report: {exc}") from None
    return 0


def cmd_rescore(args) -> int:
    from output import models
    from output.rescore import rescore
    from output.store import Store

    with Store(_existing(args.db)) as store:
        added = _model_errors(rescore, store, args.model)
        model = models.for_run(store)  # the one rescore just made active
    print(f"{added} score rows added; every view now shows model {model.version} ({model.hash[:12]})")
    return 0


def cmd_archive(args) -> int:
    from output.archive import archive

    try:
        for directory in archive(_existing(args.db), args.out, args.run):
            print(directory)
    except ValueError as exc:  # a run that is not in the database
        raise SystemExit(f"reifegrad archive: {exc}") from None
    return 0


def cmd_prune(args) -> int:
    from output.retention import prune_pages
    from output.store import Store

    with Store(_existing(args.db)) as store:
        deleted = prune_pages(store, args.keep_pages_days)
    print(f"{deleted} page records older than {args.keep_pages_days:g} days deleted")
    return 0


def cmd_model_use(args) -> int:
    from output import models
    from output.store import Store

    with Store(_existing(args.db)) as store:
        model, changed = _model_errors(models.use, store, args.file)
        missing = models.unscored(store.conn, model.hash)
    print(f"{'active model is now' if changed else 'already the active model:'} {model.version} ({model.hash[:12]}, {args.file})")
    if missing:
        print(f"{missing} visits have no score under this model yet: run `reifegrad rescore --db {args.db}`")
    return 0


def cmd_model_list(args) -> int:
    from output import models
    from output.queries import connect

    with connect(_existing(args.db)) as conn:  # read-only
        rows = models.listing(conn)
    if not rows:
        print("no model used yet (crawls use the bundled scoring/models/v1.yaml)")
    for r in rows:
        print(f"{'*' if r['active'] else ' '} {r['version'] or '?':<8} {r['hash'][:12]}  {r['scores']:>7} score rows  "
              f"since {r['since'] or '?'}  {r['source'] or ''}")
    return 0


def _model_errors(fn, *args):
    """A model file that cannot be used ends the command with its one-line message."""
    from scoring import ModelError

    try:
        return fn(*args)
    except ModelError as exc:
        raise SystemExit(f"reifegrad: {exc}") from None


def cmd_model_diff(args) -> int:
    from scoring import load_model
    from scoring.diff import format_diff, model_diff

    from output.rescore import population

    old, new = _model_errors(load_model, args.old), _model_errors(load_model, args.new)
    print(format_diff(model_diff(old, new, population(_existing(args.db)))))
    return 0


def cmd_datasette(args) -> NoReturn:
    from output.datasette_cmd import datasette_args

    argv = datasette_args(_existing(args.db), args.port)
    os.execv(argv[0], argv)  # replaces this process: Ctrl-C stops Datasette


def cmd_peers_add(args) -> int:
    from output.store import Store

    try:
        with Store(_existing(args.db)) as store:
            size = store.add_peer_group(args.name, args.ags)
    except ValueError as exc:
        raise SystemExit(f"reifegrad peers add: {exc}") from None
    print(f"{args.name}: {size} Kommunen")
    return 0


def cmd_peers_list(args) -> int:
    from output.queries import peer_groups

    groups = peer_groups(_existing(args.db))
    if groups.empty:
        print("no peer groups yet: reifegrad peers add NAME AGS…")
    for name, members in groups.groupby("peer_group"):
        print(f"{name} ({len(members)}): " + ", ".join(f"{r.ags} {r.name or '?'}" for r in members.itertuples()))
    return 0


def cmd_peers_remove(args) -> int:
    from output.store import Store

    with Store(_existing(args.db)) as store:
        removed = store.remove_peer_group(args.name, args.ags)
    if not removed:
        raise SystemExit(f"reifegrad peers remove: no group {args.name!r}" + (" with these members" if args.ags else ""))
    print(f"{args.name}: {removed} removed")
    return 0
