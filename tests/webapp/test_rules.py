"""The per-client rate limit and the per-site 10-minute / 24-hour rules."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from webapp.policy import decide
from webapp.ratelimit import SlidingWindowLimiter

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_sliding_window_allows_limit_then_refuses_with_wait():
    clock = Clock()
    limiter = SlidingWindowLimiter(3, 60, clock)
    assert [limiter.hit("1.2.3.4")[0] for _ in range(3)] == [True, True, True]
    allowed, wait = limiter.hit("1.2.3.4")
    assert not allowed and 59 < wait <= 60
    assert limiter.hit("5.6.7.8")[0], "other clients are not affected"


def test_sliding_window_slides():
    clock = Clock()
    limiter = SlidingWindowLimiter(2, 60, clock)
    limiter.hit("c")
    clock.now += 30
    limiter.hit("c")
    assert not limiter.hit("c")[0]
    clock.now += 31  # the first event left the window
    assert limiter.hit("c")[0]
    assert not limiter.hit("c")[0]


def test_rejected_attempts_do_not_extend_the_window():
    clock = Clock()
    limiter = SlidingWindowLimiter(1, 60, clock)
    limiter.hit("c")
    for _ in range(5):
        clock.now += 10
        limiter.hit("c")
    clock.now += 11
    assert limiter.hit("c")[0]


def test_first_check_is_queued():
    assert decide(NOW, active=False, last_requested=None, last_result=None, forced=False).action == "queue"


def test_running_check_is_joined_even_when_forced():
    assert decide(NOW, active=True, last_requested=NOW, last_result=None, forced=True).action == "existing"


def test_result_younger_than_24_hours_is_served():
    young = NOW - timedelta(hours=23, minutes=59)
    assert decide(NOW, active=False, last_requested=None, last_result=young, forced=False).action == "cached"


def test_result_older_than_24_hours_is_not_served():
    old = NOW - timedelta(hours=24, seconds=1)
    assert decide(NOW, active=False, last_requested=None, last_result=old, forced=False).action == "queue"


def test_admin_force_ignores_fresh_result():
    young = NOW - timedelta(hours=1)
    assert decide(NOW, active=False, last_requested=NOW - timedelta(hours=1), last_result=young, forced=True).action == "queue"


def test_one_check_per_site_per_10_minutes_even_forced():
    recent = NOW - timedelta(minutes=9)
    decision = decide(NOW, active=False, last_requested=recent, last_result=None, forced=True)
    assert decision.action == "too_soon" and 60 <= decision.retry_after_s <= 61
    assert decide(NOW, active=False, last_requested=NOW - timedelta(minutes=10), last_result=None, forced=False).action == "queue"


def test_a_failed_result_is_not_served_for_a_day(tmp_path):
    """Only an ok visit counts as a fresh result; after a blocked one the 10-minute interval is the cool-down."""
    import sqlite3

    from output.runs import RunQueries
    from webapp.checks import last_result_time

    db = sqlite3.connect(tmp_path / "v.db")
    db.execute("CREATE TABLE visits (ags TEXT, status TEXT, finished_at TEXT, run_id INTEGER)")
    db.execute("INSERT INTO visits VALUES ('01001000', 'ok', '2026-12-01T01:00:00+00:00', 1)")
    assert last_result_time(RunQueries(db).last_visit("01001000")) is not None
    db.execute("INSERT INTO visits VALUES ('01001000', 'blocked', '2026-12-02T01:00:00+00:00', 2)")
    assert last_result_time(RunQueries(db).last_visit("01001000")) is None
    assert decide(NOW, active=False, last_requested=None, last_result=None, forced=False).action == "queue"
