"""Detector cost in instructions: lxml's parse, parse_page and Engine.detect per page, counted by callgrind.

bench/detector_speed.py times CPU medians, which move with the machine's load (lxml's own parse took 0.6-1.9 ms
on the same pages between runs); instruction counts do not, so a change of a few per cent can be seen. The
script runs itself under ``valgrind --tool=callgrind`` (it exits with a message where valgrind is missing):
``Engine.load`` and one warm-up detect per page (caches as a long crawl has them) are not counted; each stage
runs its rounds inside one ``functools.reduce``, on which collection is toggled and after which callgrind
dumps, so each dump holds one stage of one group. Pages: the real HTML pages of ../shared/realpages (read in
place; skipped with a message when absent) and detector_speed's synthetic pages.

    .venv/bin/python bench/detector_instructions.py [--rounds N] [--pages N] [--sizes 100 200 300] [--no-real]
                                                    [--stages lxml parse_page detect]
"""
from __future__ import annotations

import argparse
import functools
import gc
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import lxml.html

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import print_table  # noqa: E402
from bench.detector_speed import real_pages, synth_page  # noqa: E402
from detectors.engine import Engine  # noqa: E402
from detectors.page import PageArtifact, parse_page  # noqa: E402

STAGES = ("lxml", "parse_page", "detect")
TOGGLE = "functools_reduce"  # CPython's C function behind functools.reduce: the only one this script calls
CHILD = "--child"


def groups(args: argparse.Namespace) -> dict[str, list[tuple[str, str]]]:
    """The pages per group, as detector_speed.py builds them (seeds 0.., 10.., 20.. for its three sizes)."""
    out = {"real pages": [] if args.no_real else real_pages()}
    for n, kb in enumerate(args.sizes):
        out[f"synthetic {kb} KB"] = [synth_page(seed, kb) for seed in range(10 * n, 10 * n + args.pages)]
    return {name: pages for name, pages in out.items() if pages}


def child(args: argparse.Namespace) -> None:
    """Under callgrind: for each group, each stage's rounds inside one reduce (one dump each)."""
    engine = Engine.load() if "detect" in args.stages else None  # the load is most of a short run under callgrind
    for pages in groups(args).values():
        artifacts = [PageArtifact(url, html) for url, html in pages]
        parsed = [parse_page(a) for a in artifacts]
        for a, p in zip(artifacts, parsed):
            if engine is not None:
                engine.detect(a, p)
        work: dict[str, Callable[[int], object]] = {
            "lxml": lambda i: lxml.html.fromstring(artifacts[i].html),
            "parse_page": lambda i: parse_page(artifacts[i]),
            "detect": lambda i: engine.detect(artifacts[i], parsed[i]),  # type: ignore[union-attr]  # loaded for it
        }
        order = list(range(len(artifacts))) * args.rounds
        for stage in args.stages:
            call = work[stage]
            gc.collect()  # each stage from the same heap: a collection the rounds before left pending is not counted
            functools.reduce(lambda _, i: call(i), order, None)


def measure(args: argparse.Namespace, argv: list[str]) -> dict[str, dict[str, float]]:
    """Run the child under callgrind; instructions per page for each group and stage, from its dumps in order."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        command = ["valgrind", "--tool=callgrind", "--collect-atstart=no", f"--toggle-collect={TOGGLE}",
                   f"--dump-after={TOGGLE}", f"--callgrind-out-file={out}", sys.executable, __file__, CHILD, *argv]
        proc = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
        if proc.returncode != 0:
            sys.exit(f"the run under callgrind failed:\n{proc.stderr[-3000:]}")
        dumps = sorted(Path(tmp).glob("callgrind.out.*"), key=lambda p: int(p.name.rpartition(".")[2]))
        totals = [int(re.search(r"^totals: (\d+)", d.read_text(), re.M).group(1)) for d in dumps]  # type: ignore[union-attr]
    named = groups(args)
    if len(totals) != len(named) * len(args.stages):
        sys.exit(f"expected {len(named) * len(args.stages)} dumps, got {len(totals)}: is {TOGGLE} called elsewhere?")
    it = iter(totals)
    return {name: {stage: next(it) / (len(pages) * args.rounds) for stage in args.stages}
            for name, pages in named.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=4, help="passes over each group's pages (default 4)")
    parser.add_argument("--pages", type=int, default=3, help="synthetic pages per size (default 3)")
    parser.add_argument("--sizes", type=int, nargs="*", default=[100, 200, 300], help="synthetic page sizes in KB")
    parser.add_argument("--no-real", action="store_true", help="leave out ../shared/realpages")
    parser.add_argument("--stages", nargs="+", choices=STAGES, default=list(STAGES),
                        help="what to count (default all; without detect the engine is not loaded)")
    parser.add_argument(CHILD, action="store_true", help=argparse.SUPPRESS)
    args, argv = parser.parse_args(), [a for a in sys.argv[1:] if a != CHILD]
    if args.child:
        child(args)
        return
    if shutil.which("valgrind") is None:
        sys.exit("valgrind not found: instruction counts need callgrind (apt-get install valgrind); "
                 "bench/detector_speed.py times the same stages in CPU time")
    if not args.no_real and not real_pages():
        print("../shared/realpages not found: real pages skipped")
    if "lxml" not in args.stages:
        sys.exit("--stages must hold lxml: the ratios are to its parse")
    full = "parse_page" in args.stages and "detect" in args.stages
    rows = []
    for name, m in measure(args, argv).items():
        counted = {**m, **({"both": m["parse_page"] + m["detect"]} if full else {})}
        rows.append([name, *(v / 1e6 for v in counted.values()),
                     *(v / m["lxml"] for stage, v in counted.items() if stage != "lxml")])
    columns = [*args.stages, *(["both"] if full else [])]
    print(f"instructions per page (millions), callgrind, {args.rounds} rounds; ratios to lxml.html.fromstring")
    print_table(["pages", *(f"{c} M" for c in columns), *(f"{c} ×" for c in columns if c != "lxml")], rows)
    print("goal: both × <= 1.5")


if __name__ == "__main__":
    main()
