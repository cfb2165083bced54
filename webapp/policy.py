"""Whether a new check for a site may be queued: pure rules, fed by the queue inside its transaction."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

SITE_INTERVAL = timedelta(minutes=10)
RESULT_MAX_AGE = timedelta(hours=24)


@dataclass(frozen=True, slots=True)
class Decision:
    """action: queue | existing (a check is queued or running) | cached (fresh result) | too_soon."""

    action: str
    retry_after_s: int = 0


def decide(
    now: datetime,
    *,
    active: bool,
    last_requested: datetime | None,
    last_result: datetime | None,
    forced: bool,
) -> Decision:
    """Rules in order: join a running check; serve a result younger than 24 h unless an admin forces;
    at most one check per site per 10 minutes (for admins too); otherwise queue."""
    if active:
        return Decision("existing")
    if last_result is not None and now - last_result < RESULT_MAX_AGE and not forced:
        return Decision("cached")
    if last_requested is not None and now - last_requested < SITE_INTERVAL:
        return Decision("too_soon", int((last_requested + SITE_INTERVAL - now).total_seconds()) + 1)
    return Decision("queue")
