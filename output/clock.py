"""The one clock: every timestamp reifegrad writes is UTC, ISO 8601 to the second."""
from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    return datetime.now(UTC)


def now_iso() -> str:
    """UTC timestamp in the ISO format used in every table, log line and progress file."""
    return utcnow().isoformat(timespec="seconds")
