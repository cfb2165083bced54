"""The detectors' ``reifegrad`` sub-command: ``detect`` runs them on one saved page."""
from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``detect`` to the ``reifegrad`` parser."""
    p = sub.add_parser("detect", help="run the detectors on one saved page",
                       description="Run the detectors on one saved page (HTML or plain text).")
    p.add_argument("file")
    p.add_argument("--url", required=True, help="the URL the page was saved from")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.add_argument("--name", action="append", default=[], help="the municipality's name (repeat for a shared site): "
                   "another place's service named in the text is then not counted as its own")
    p.set_defaults(func=cmd_detect)


def cmd_detect(args: argparse.Namespace) -> int:
    from detectors.detect_file import detect_file

    try:
        text = detect_file(args.file, args.url, as_json=args.json, names=tuple(args.name))
    except OSError as exc:
        sys.exit(f"reifegrad detect: cannot read {args.file}: {exc.strerror or exc}")
    print(text)  # outside the try: a closed pipe (`| head`) is not a file we could not read
    return 0
