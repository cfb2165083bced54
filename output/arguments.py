"""Number options of the command line that have a floor: a typo (``--max-pages -5``, ``--time-budget 0``) is
refused by argparse before anything runs, instead of crawling with a budget that records every site ``error``."""
from __future__ import annotations

import argparse
from collections.abc import Callable


def at_least(minimum: float, integer: bool = False, what: str = "") -> Callable[[str], float]:
    """An argparse ``type``: a number (a whole one if ``integer``) not below ``minimum``; nan is refused."""
    kind = what or ("a whole number" if integer else "a number")

    def parse(text: str) -> float:
        try:
            value: float = int(text) if integer else float(text)
        except ValueError:
            value = float("nan")
        if not value >= minimum:
            raise argparse.ArgumentTypeError(f"{kind}, {minimum:g} or more, not {text!r}")
        return value

    parse.__name__ = kind  # argparse names the type in "invalid … value" only when parse raises ValueError
    return parse
