"""Runs queued checks: one `reifegrad crawl` subprocess per check, at most `workers` at once.

The crawl runs in a separate process so a crashing or hanging crawl cannot take the web service with it,
and the service can kill it. Every way a run can end goes through `CheckQueue.finish` or `.fail`.
"""
from __future__ import annotations

import asyncio
import csv
import json
import logging
import os
from datetime import timedelta
from pathlib import Path

from output.dbfile import StoreError
from output.runs import RunQueries
from output.store import Store
from webapp.checks import Check, CheckQueue, parse_time
from webapp.directory import DirectoryFile
from webapp.settings import Settings

log = logging.getLogger(__name__)
IDLE_POLL_S = 1.0


def crawl_argv(settings: Settings, check: Check, csv_path: Path, progress_path: Path) -> list[str]:
    """The documented crawl command line (docs/architecture.md §8) for one on-demand check."""
    argv = [
        *settings.crawl_command, "crawl",
        "--municipalities", str(csv_path),
        "--db", str(settings.db),
        "--ags", check.ags,
        "--trigger", "ondemand",
        "--max-pages", str(settings.max_pages),
        "--time-budget", str(settings.time_budget),
        "--progress-file", str(progress_path),
    ]
    if settings.proxy:
        argv += ["--proxy", settings.proxy]
    if settings.render is not None:
        argv.append("--render" if settings.render else "--no-render")
    return argv


def crawl_env(settings: Settings) -> dict[str, str]:
    """The subprocess environment: no secrets, and the simulated-web allowance only if set (the address guard
    is on in every crawl, and an on-demand one never skips name resolution without this allowance)."""
    env = dict(os.environ)
    env.pop("REIFEGRAD_ADMIN_TOKEN", None)
    if settings.allow_simulated_web:
        env["REIFEGRAD_ALLOW_SIMULATED_WEB"] = "1"
    else:
        env.pop("REIFEGRAD_ALLOW_SIMULATED_WEB", None)
    return env


def check_files(settings: Settings, check_id: int) -> dict[str, Path]:
    base = settings.check_dir / f"check-{check_id}"
    return {"csv": base.with_suffix(".csv"), "progress": base.with_suffix(".json"), "log": base.with_suffix(".log")}


def read_progress(path: Path) -> dict | None:
    """The crawler's progress JSON, or None while it is missing or half written."""
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def write_target_csv(path: Path, row: dict, site_url: str) -> None:
    """A one-row municipalities CSV with the site to check as the website (the crawler reads the URL there)."""
    row = dict(row, website_url=site_url)
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(row))
        writer.writeheader()
        writer.writerow(row)


def find_run_id(db_path: Path, check: Check) -> int | None:
    """The on-demand run that stored this check's visit (the progress file does not name it)."""
    started = parse_time(check.started_at) - timedelta(seconds=5)
    try:
        with Store(db_path) as store:
            rows = RunQueries(store.conn).ondemand_runs(check.ags)
    except StoreError:
        return None
    return next((run_id for run_id, run_started in rows if (parse_time(run_started) or started) >= started), None)


def _last_line(path: Path) -> str:
    try:
        lines = [line.strip() for line in path.read_text("utf-8", errors="replace").splitlines() if line.strip()]
    except OSError:
        return ""
    return lines[-1][:300] if lines else ""


class Worker:
    """`settings.workers` asyncio tasks, each claiming checks from the queue and running them."""

    def __init__(self, settings: Settings, queue: CheckQueue, directories: DirectoryFile) -> None:
        self.settings = settings
        self.queue = queue
        self.directories = directories
        self._wake = asyncio.Event()
        self._tasks: list[asyncio.Task] = []

    def start(self) -> None:
        self.settings.check_dir.mkdir(parents=True, exist_ok=True)
        self._tasks = [asyncio.create_task(self._loop(), name=f"check-worker-{i}") for i in range(self.settings.workers)]

    def wake(self) -> None:
        """A check was queued: don't wait for the next poll."""
        self._wake.set()

    async def stop(self) -> None:
        """Cancel the tasks; a check in flight has its subprocess killed and is retried or failed."""
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks = []

    async def _loop(self) -> None:
        while True:
            check = await asyncio.to_thread(self.queue.claim)
            if check is None:
                try:
                    await asyncio.wait_for(self._wake.wait(), IDLE_POLL_S)
                except TimeoutError:
                    pass
                self._wake.clear()
                continue
            await self.run(check)

    async def run(self, check: Check) -> None:
        """Run one claimed check to its end: done with a run id, or failed (retried) with a reason.

        Its files go in every case: a retry writes them afresh, and nothing a client sent stays on disk.
        """
        files = check_files(self.settings, check.id)
        try:
            await self._run(check, files)
        finally:
            for path in files.values():
                path.unlink(missing_ok=True)

    async def _run(self, check: Check, files: dict[str, Path]) -> None:
        try:
            reason = await self._crawl(check, files)
        except asyncio.CancelledError:
            self.queue.fail(check.id, "Der Dienst wurde während der Prüfung beendet.")
            raise
        except Exception as exc:  # a bug here must not lose the job
            log.exception("check %s crashed", check.id)
            reason = f"Interner Fehler: {type(exc).__name__}"
        if reason is None:
            run_id = await asyncio.to_thread(find_run_id, self.settings.db, check)
            if run_id is not None:
                self.queue.finish(check.id, run_id)
                return
            reason = "Die Prüfung hat kein Ergebnis gespeichert."
        failed = self.queue.fail(check.id, reason)
        log.warning("check %s attempt %s: %s -> %s; crawl log: %s", check.id, check.attempts, reason, failed.status,
                    _last_line(files["log"]))

    def prepare(self, check: Check, files: dict[str, Path]) -> str | None:
        """Write the check's one-row CSV from the directory in service (the file is not read again); the
        reason it cannot run, or None."""
        directory = self.directories.directory
        municipality = directory.by_ags(check.ags)
        if municipality is None:
            return "Die Gemeinde ist nicht mehr im Verzeichnis."
        write_target_csv(files["csv"], directory.full_row(municipality), check.site_url)
        files["progress"].unlink(missing_ok=True)
        return None

    async def _crawl(self, check: Check, files: dict[str, Path]) -> str | None:
        """Start the crawl subprocess and wait for it; None on success, else the reason it failed."""
        if reason := self.prepare(check, files):
            return reason
        with files["log"].open("wb") as log_file:
            process = await asyncio.create_subprocess_exec(
                *crawl_argv(self.settings, check, files["csv"], files["progress"]),
                stdin=asyncio.subprocess.DEVNULL, stdout=log_file, stderr=log_file, env=crawl_env(self.settings),
            )
            self.queue.set_pid(check.id, process.pid)
            try:
                code = await asyncio.wait_for(process.wait(), self.settings.time_budget + self.settings.grace_s)
            except TimeoutError:
                code = None
            finally:
                if process.returncode is None:
                    process.kill()
                    await process.wait()
        if code is None:
            return "Zeitüberschreitung: die Prüfung dauerte zu lange und wurde abgebrochen."
        if code < 0:
            return f"Der Prüfprozess wurde abgebrochen (Signal {-code})."
        if code != 0:
            # details (paths, the proxy) only in the server log; the town hall learns it is not its site's fault
            return (f"Die Prüfung konnte wegen einer Störung des Prüfdienstes nicht abgeschlossen werden (Fehler {code}). "
                    "Das liegt nicht an Ihrer Website; bitte später erneut versuchen.")
        return None
