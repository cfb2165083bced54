"""Service settings: command-line values, with secrets (the admin token) from the environment."""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from crawler import settings as crawl_defaults


@dataclass(frozen=True, slots=True)
class Settings:
    db: Path
    municipalities: Path
    host: str = "127.0.0.1"
    port: int = 8000
    proxy: str | None = None
    workers: int = 2  # crawl subprocesses at once
    # The nightly's budgets (crawler/settings.py, the crawl command's defaults): a check and the nightly agree.
    max_pages: int = crawl_defaults.REIFEGRAD_MAX_PAGES
    time_budget: int = crawl_defaults.REIFEGRAD_TIME_BUDGET  # seconds the crawler spends on the site
    grace_s: int = 60  # on top of time_budget before the subprocess is killed
    render: bool | None = None  # Chromium for start pages and loader scripts; None: the crawler's default (when installed)
    max_attempts: int = 2
    rate_limit: int = 10  # submissions per client ...
    rate_window_s: int = 3600  # ... per this many seconds
    admin_token: str | None = field(default_factory=lambda: os.environ.get("REIFEGRAD_ADMIN_TOKEN") or None)
    trusted_proxies: tuple[str, ...] = ()  # addresses/networks whose X-Forwarded-For and -Proto are believed
    tls: bool = False  # clients reach the service over HTTPS (TLS proxy in front): HSTS, Secure cookies
    allow_simulated_web: bool = False  # tests only: names resolve at the farm proxy, not locally
    crawl_command: tuple[str, ...] = (sys.executable, "-m", "reifegrad")
    directory_poll_s: float = 10.0  # how often the municipalities file is looked at for changes (a stat)
    work_dir: Path | None = None  # per-check CSV, progress and log files; default next to the database

    @property
    def check_dir(self) -> Path:
        return self.work_dir or self.db.parent / "ondemand"
