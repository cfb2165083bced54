"""The persistent queue of on-demand checks: what the service decides about them (``webapp.policy``), over the
``checks`` table of the reifegrad database (``output.check_table``, which holds every statement on it).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from output.check_table import CheckTable
from output.clock import utcnow
from webapp.policy import Decision, decide


def parse_time(value: str | None) -> datetime | None:
    """ISO timestamps from any writer; naive ones are taken as UTC."""
    if not value:
        return None
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Check:
    id: int
    ags: str
    site: str
    site_url: str
    status: str
    reason: str | None
    client: str | None
    requested_at: str
    started_at: str | None
    finished_at: str | None
    run_id: int | None
    attempts: int
    forced: bool
    pid: int | None

    def public(self) -> dict:
        """What the API shows: everything but the client address and the process id."""
        return {k: getattr(self, k) for k in self.__slots__ if k not in ("client", "pid")}


@dataclass(frozen=True, slots=True)
class Submission:
    decision: Decision
    check: Check | None  # the new or the already active check; None for cached / too_soon
    result_run_id: int | None = None  # cached: the run of the fresh result served instead (nightly or on demand)


class CheckQueue:
    """The queue as the service sees it: checks as `Check` records, the site rules applied on submit."""

    def __init__(self, db_path: str | Path, max_attempts: int = 2) -> None:
        self.table = CheckTable(db_path)
        self.max_attempts = max_attempts

    @staticmethod
    def _check(row: dict | None) -> Check | None:
        return None if row is None else Check(**{**row, "forced": bool(row["forced"])})

    def _checks(self, rows: list[dict]) -> list[Check]:
        return [c for c in map(self._check, rows) if c is not None]

    def submit(self, *, ags: str, site: str, site_url: str, client: str, forced: bool, now: datetime | None = None) -> Submission:
        """Apply the site rules (`webapp.policy`) and queue a check if they allow it, under one write lock."""
        now = now or utcnow()
        with self.table.deciding() as tx:
            active = self._check(tx.active(site))
            last_visit = tx.last_visit(ags)
            decision = decide(
                now,
                active=active is not None,
                last_requested=parse_time(tx.last_requested(site)),
                last_result=last_result_time(last_visit),
                forced=forced,
            )
            if decision.action == "existing":
                return Submission(decision, active)
            if decision.action == "cached" and last_visit is not None:
                return Submission(decision, None, last_visit[2])
            if decision.action != "queue":
                return Submission(decision, None)
            row = tx.queue(ags=ags, site=site, site_url=site_url, client=client, requested_at=now.isoformat(),
                           forced=forced)
            return Submission(decision, self._check(row))

    def claim(self) -> Check | None:
        """Take the oldest queued check and mark it running (one attempt more)."""
        return self._check(self.table.claim(utcnow().isoformat()))

    def set_pid(self, check_id: int, pid: int | None) -> None:
        self.table.set_pid(check_id, pid)

    def finish(self, check_id: int, run_id: int) -> None:
        self.table.finish(check_id, run_id, utcnow().isoformat())

    def fail(self, check_id: int, reason: str) -> Check:
        """A failed attempt: queued again while attempts remain, else failed; the reason is kept either way."""
        check = self._check(self.table.fail(check_id, reason, self.max_attempts, utcnow().isoformat()))
        if check is None:
            raise KeyError(f"no check {check_id}")
        return check

    def recover(self) -> list[Check]:
        """At start-up: checks left `running` by a previous process are retried or failed, with a reason."""
        return [self.fail(check_id, "Der Dienst wurde während der Prüfung neu gestartet.")
                for check_id in self.table.running_ids()]

    def get(self, check_id: int) -> Check | None:
        return self._check(self.table.get(check_id))

    def for_municipality(self, ags: str, limit: int = 20) -> list[Check]:
        return self._checks(self.table.for_municipality(ags, limit))


def last_result_time(last_visit: tuple[str, str, int] | None) -> datetime | None:
    """When the municipality's newest stored visit ((finished_at, status, run_id), nightly or on demand) finished, if it
    ended ok; None before any and after a failure: a failed check is not served for 24 hours, so a site that
    lifted its bot block can be checked again once the 10-minute site interval (the cool-down) has passed."""
    return parse_time(last_visit[0]) if last_visit is not None and last_visit[1] == "ok" else None
