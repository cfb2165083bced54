"""A written web: sites as files (``DIR/sites/<host>/<path>``), served by host name like the generated world.

Why: a district written by someone else — from saved real sites, or by an engineer who never read the rules —
measures the crawl and the detectors on sites the generator did not shape. The layout is a plain directory:

    DIR/municipalities.csv       the crawl's input (columns of municipalities.csv)
    DIR/truth.json               ground truth in the farm's shape ({"sites": [{"ags", "host", "components", "traps"}]})
    DIR/sites/<host>/<path>      a file per URL path; a path ending in "/" serves its index.html; a file without an
                                 extension that holds a page (a CMS's clean URL) is sent as text/html
    DIR/sites/<host>/robots.txt  optional (else everything is allowed)
    DIR/sites/<host>/_redirects  optional lines "PATH STATUS TARGET"; PATH may end in "*", TARGET may hold ":splat"

Query strings are ignored. A host without a directory does not exist (the proxy answers like Squid on a DNS
failure). A redirect that points at the very URL asked (an http → https rule asked over https) is skipped.
"""
from __future__ import annotations

import json
import mimetypes
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from urllib.parse import unquote, urlsplit

from farm.world import (SQUID_DNS, FarmResponse, _not_found, _ok, _redirect, _squid, conditional,
                        head_or_get)

ROBOTS_ALLOW_ALL = b"User-agent: *\nAllow: /\n"
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


class WrittenWebError(ValueError):
    """A file of the written web that cannot be read; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class Redirect:
    path: str  # as written; a trailing "*" matches any rest
    status: int
    target: str

    def location(self, path: str) -> str | None:
        """Where `path` is sent, or None when this rule does not apply to it."""
        if self.path.endswith("*"):
            stem = self.path[:-1]
            return self.target.replace(":splat", path[len(stem):]) if path.startswith(stem) else None
        return self.target if path == self.path else None


def read_redirects(path: Path) -> list[Redirect]:
    """Parse a `_redirects` file; a malformed line raises WrittenWebError naming file and line."""
    rules = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        text = line.split("#", 1)[0].strip()
        if not text:
            continue
        fields = text.split()
        if len(fields) != 3 or not fields[1].isdigit() or int(fields[1]) not in REDIRECT_STATUSES \
                or not fields[0].startswith("/"):
            raise WrittenWebError(f"{path}:{number}: expected 'PATH STATUS TARGET' with PATH starting with '/' and a "
                                  f"redirect status ({', '.join(map(str, sorted(REDIRECT_STATUSES)))}), got {text!r}")
        rules.append(Redirect(fields[0], int(fields[1]), fields[2]))
    return rules


class WrittenWeb:
    """The proxy's web (``connect`` and ``respond``, as `farm.world.World`) read from a directory of files."""

    def __init__(self, root: str | Path):
        self.root = Path(root)
        if not (self.root / "sites").is_dir():
            raise WrittenWebError(f"{self.root}: no sites/ directory (expected {self.root}/sites/<host>/…)")

    def prepare(self) -> None:
        """Read every host's redirects now, so a malformed file stops the farm before it listens."""
        _ = self._redirects

    @cached_property
    def _hosts(self) -> dict[str, Path]:
        return {d.name.lower(): d for d in (self.root / "sites").iterdir() if d.is_dir()}

    @cached_property
    def _redirects(self) -> dict[str, list[Redirect]]:
        return {host: read_redirects(d / "_redirects") for host, d in self._hosts.items()
                if (d / "_redirects").is_file()}

    def connect(self, host: str, port: int = 443) -> FarmResponse:
        """Answer to `CONNECT host:port`: a tunnel to a written host, else a DNS failure."""
        return FarmResponse(200, []) if host.lower() in self._hosts else _squid(502, SQUID_DNS)

    def respond(self, method: str, host: str, target: str, headers: Mapping[str, str],
                scheme: str = "http") -> FarmResponse:
        """One HTTP exchange for `target` (origin-form path and query) on `host`."""
        host = host.lower().split(":", 1)[0]
        directory = self._hosts.get(host)
        if directory is None:
            return _squid(502, SQUID_DNS)
        path = urlsplit(target).path or "/"
        return head_or_get(method, self._answer(directory, host, path, scheme, headers))

    def _answer(self, directory: Path, host: str, path: str, scheme: str, headers: Mapping[str, str]) -> FarmResponse:
        for rule in self._redirects.get(host, []):
            location = rule.location(path)
            if location is not None and not _is_self(location, scheme, host, path):
                return _redirect(rule.status, location)
        if path == "/robots.txt" and not (directory / "robots.txt").is_file():
            return _ok("text/plain; charset=utf-8", ROBOTS_ALLOW_ALL)
        file = _file_for(directory, path)
        if file is None:
            return _not_found()
        if file.is_dir():  # a directory asked without its slash: real servers send you to it
            return _redirect(301, f"{scheme}://{host}{path}/")
        body = file.read_bytes()
        return conditional(_ok(_content_type(file, body), body), headers, file.stat().st_mtime, 0.0)


def _is_self(location: str, scheme: str, host: str, path: str) -> bool:
    parts = urlsplit(location)
    if not parts.scheme:  # a path on the same host
        return parts.path == path
    return (parts.scheme, (parts.hostname or "").lower(), parts.path or "/") == (scheme, host, path)


def _file_for(directory: Path, path: str) -> Path | None:
    """The file (or directory) behind a URL path, never outside the host's directory."""
    relative = unquote(path).lstrip("/")
    if any(part in ("..", ".") for part in relative.split("/")) or relative.startswith("_redirects"):
        return None
    candidate = directory / relative
    if path.endswith("/"):
        candidate = next((candidate / name for name in ("index.html", "index.htm") if (candidate / name).is_file()),
                         None)
    if candidate is None or not candidate.exists():
        return None
    return candidate


def _content_type(file: Path, body: bytes) -> str:
    kind = mimetypes.guess_type(file.name)[0] or _clean_url_type(file, body)
    if kind == "text/html":
        try:
            body.decode("utf-8")
        except UnicodeDecodeError:
            return "text/html"  # the page's own <meta charset> decides
    return f"{kind}; charset=utf-8" if kind.startswith("text/") or kind == "application/json" else kind


HTML_STARTS = (b"<!doctype html", b"<html")


def _clean_url_type(file: Path, body: bytes) -> str:
    """A file without an extension that holds a page is a CMS's clean URL ("/rathaus/buergerbeteiligung", as Drupal
    or TYPO3 serve it): the server sends it as text/html. Anything else stays application/octet-stream."""
    if not file.suffix and body.lstrip(b"\xef\xbb\xbf \t\r\n")[:14].lower().startswith(HTML_STARTS):
        return "text/html"
    return "application/octet-stream"


def read_truth(root: str | Path) -> dict:
    """DIR/truth.json, checked for the shape the evaluation reads; errors name the file, line and column."""
    path = Path(root) / "truth.json"
    try:
        truth = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise WrittenWebError(f"{path}:{exc.lineno}:{exc.colno}: {exc.msg}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise WrittenWebError(f"{path}: {exc}") from None
    sites = truth.get("sites") if isinstance(truth, dict) else None
    if not isinstance(sites, list):
        raise WrittenWebError(f"{path}: expected an object with a list 'sites'")
    for i, site in enumerate(sites):
        where = f"{path}: sites[{i}]"
        if not isinstance(site, dict) or not isinstance(site.get("ags"), list) or not isinstance(site.get("host"), str) \
                or not isinstance(site.get("components"), dict):
            raise WrittenWebError(f"{where}: expected 'ags' (list), 'host' and 'components' (object)")
        for component, info in site["components"].items():
            if not isinstance(info, dict) or not {"url", "depth", "product"} <= info.keys() \
                    or not isinstance(info["depth"], int):
                raise WrittenWebError(f"{where}.components.{component}: expected 'url', 'depth' (a number) and 'product'")
        for j, trap in enumerate(site.setdefault("traps", [])):
            if not isinstance(trap, dict) or not {"component", "url"} <= trap.keys():
                raise WrittenWebError(f"{where}.traps[{j}]: expected 'component' and 'url'")
            trap.setdefault("trap", "")
            trap.setdefault("what", "")
    return truth
