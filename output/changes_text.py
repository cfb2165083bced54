"""Plain-text view of changes between two runs: `reifegrad changes` (German, as the report)."""
from __future__ import annotations

from collections.abc import Sequence

from output import statuses
from output.changes import Change
from output.formats import de_number, de_signed
from output.vocabulary import component


def describe(c: Change) -> str:
    """One line: what changed for one municipality."""
    parts = []
    if c.status_changed:
        parts.append(f"Status {statuses.label(c.previous_status)} → {statuses.label(c.status)}")
    if c.score_delta is not None:
        parts.append(f"Score {de_number(c.previous_score)} → {de_number(c.score)} ({de_signed(c.score_delta)})")
    if c.disappeared:
        parts.append("weggefallen: " + ", ".join(map(component, c.disappeared)))
    if c.appeared:
        parts.append("neu: " + ", ".join(map(component, c.appeared)))
    return " · ".join(parts)


def render(changes: Sequence[Change], since: int, threshold: float) -> str:
    """The notable changes since run ``since``, alerts (components gone, score drops) marked with ``!``."""
    shown = [c for c in changes if c.notable(threshold)]
    alerts = sum(bool(c.alerts(threshold)) for c in shown)
    lines = [f"Änderungen seit Lauf {since} (Schwelle {de_number(threshold)} Punkte): {len(shown)} Kommunen, "
             f"davon {alerts} mit Warnung (Komponente weggefallen oder Score gesunken)"]
    lines += [f"{'!' if c.alerts(threshold) else ' '} {c.ags:<8} {(c.name or '')[:26]:<26} {describe(c)}" for c in shown]
    return "\n".join(lines)
