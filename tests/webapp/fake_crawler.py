"""Stands in for `python -m reifegrad crawl ...` in queue and worker tests (FAKE_CRAWL_MODE says how it behaves).

ok: writes progress, then a finished on-demand run with one visit, one finding and a score (via output.store);
sleep: writes progress and sleeps (to be killed); fail: exits 3; flaky: fails the first time per AGS, then ok.
Every start and end is appended to FAKE_CRAWL_LOG, so tests can measure concurrency and see the arguments.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
from pathlib import Path

from seed import record_visit  # this script's directory is on sys.path


def log(event: str, args: argparse.Namespace) -> None:
    with open(os.environ["FAKE_CRAWL_LOG"], "a") as f:
        f.write(json.dumps({"event": event, "t": time.time(), "pid": os.getpid(), "ags": args.ags, "argv": sys.argv[1:]}) + "\n")


def record(args: argparse.Namespace) -> None:
    row = next(csv.DictReader(open(args.municipalities, encoding="utf-8")))
    record_visit(Path(args.db), row, trigger=args.trigger)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("command")
    for option in ("--municipalities", "--db", "--trigger", "--max-pages", "--time-budget", "--progress-file", "--proxy"):
        parser.add_argument(option)
    parser.add_argument("--ags", nargs="+")
    args = parser.parse_args()
    mode = os.environ.get("FAKE_CRAWL_MODE", "ok")
    log("start", args)
    Path(args.progress_file).write_text(json.dumps({"status": "running", "pages": 3, "components": ["imprint"],
                                                    "sites_done": 0, "sites_total": 1}))
    if mode == "flaky":
        marker = Path(os.environ["FAKE_CRAWL_LOG"]).with_name(f"flaky-{args.ags[0]}")
        if not marker.exists():
            marker.touch()
            print("simulated crash", file=sys.stderr)
            return 1
    if mode == "fail":
        print("kaputt: simulated failure", file=sys.stderr)
        return 3
    time.sleep(float(os.environ.get("FAKE_CRAWL_SECONDS", "0.2")) if mode != "sleep" else 120)
    record(args)
    log("end", args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
