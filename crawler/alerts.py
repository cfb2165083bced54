"""After a nightly run: POST its alerts (components gone, score drops) as JSON to the operator's webhook.

The URL comes from ``reifegrad nightly --webhook URL`` or the environment (``REIFEGRAD_WEBHOOK_URL``, as
the deploy files set ``REIFEGRAD_CONTACT_URL``). Nothing is sent when nothing crossed the threshold. The
target passes the crawler's address guard (`crawler.ssrf`): a name resolving to a private, loopback or
link-local address is refused (loopback only with ``--allow-loopback``, for tests), the checked address is
the one connected to (no second lookup), and redirects are not followed. A webhook that fails is reported
in one line and never fails the run: the results are stored either way.
"""
from __future__ import annotations

import http.client
import json
import socket
import ssl
from contextlib import closing
from urllib.parse import urlsplit

from crawler.ssrf import address_refusal, resolve_addresses
from output import changes, changes_text
from output.changes import DEFAULT_THRESHOLD
from output.dbfile import Connection, StoreError, connect_readonly

TIMEOUT_S = 10.0
EVENT = "reifegrad.alerts/1"


class WebhookError(Exception):
    """Why the webhook could not be delivered (one line, shown to the operator)."""


def alerts_payload(conn: Connection, run_id: int, threshold: float = DEFAULT_THRESHOLD) -> dict | None:
    """The JSON to send for ``run_id``: the municipalities with an alert since the series run before it.
    None when there is nothing to report (no earlier run, or nothing crossed the threshold)."""
    before = changes.previous_run(conn, run_id)
    if before is None:
        return None
    alerts = [c for c in changes.between(conn, before, run_id) if c.alerts(threshold)]
    if not alerts:
        return None
    return {"event": EVENT, "run_id": run_id, "since_run": before, "threshold": threshold,
            "text": changes_text.render(alerts, before, threshold),  # what chat webhooks (Slack, Mattermost) show
            "alerts": [c.as_json(threshold) for c in alerts]}


def post_json(url: str, payload: dict, *, allow_loopback: bool = False, timeout: float = TIMEOUT_S) -> int:
    """POST ``payload`` to ``url`` through the address guard; returns the HTTP status (2xx) or raises."""
    try:
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise WebhookError(f"invalid webhook URL {url!r}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise WebhookError(f"the webhook URL must be http(s)://host/…, not {url!r}")
    if parts.username is not None or parts.password is not None:
        raise WebhookError("no credentials in the webhook URL (put a token in its path or query)")
    host = parts.hostname
    try:
        addresses = resolve_addresses(host)
    except (OSError, UnicodeError) as exc:
        raise WebhookError(f"cannot resolve {host}: {exc}") from None
    for address in addresses:
        refusal = address_refusal(address, allow_loopback=allow_loopback)
        if refusal:
            raise WebhookError(f"{host} points to a {refusal}: only public addresses are allowed")
    connection = _pinned(parts.scheme, host, addresses[0], port, timeout)
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    try:
        connection.request("POST", (parts.path or "/") + (f"?{parts.query}" if parts.query else ""), body,
                           {"Content-Type": "application/json; charset=utf-8", "User-Agent": "reifegrad-alerts"})
        status = connection.getresponse().status
    except (OSError, http.client.HTTPException) as exc:
        raise WebhookError(f"{host}: {exc or type(exc).__name__}") from None
    finally:
        connection.close()
    if not 200 <= status < 300:
        raise WebhookError(f"{host} answered HTTP {status}")
    return status


def _pinned(scheme: str, host: str, address: str, port: int, timeout: float) -> http.client.HTTPConnection:
    """A connection to the checked ``address`` (Host header and TLS name stay ``host``)."""
    try:
        sock = socket.create_connection((address, port), timeout=timeout)
    except OSError as exc:
        raise WebhookError(f"cannot connect to {host} ({address}:{port}): {exc}") from None
    if scheme == "https":
        connection: http.client.HTTPConnection = http.client.HTTPSConnection(host, port, timeout=timeout)
        try:
            sock = ssl.create_default_context().wrap_socket(sock, server_hostname=host)
        except (OSError, ssl.SSLError) as exc:
            sock.close()
            raise WebhookError(f"TLS with {host} failed: {exc}") from None
    else:
        connection = http.client.HTTPConnection(host, port, timeout=timeout)
    connection.sock = sock
    return connection


def notify(db: str, run_id: int, url: str | None, threshold: float = DEFAULT_THRESHOLD,
           allow_loopback: bool = False) -> str | None:
    """Send the run's alerts if there are any and a URL is set; one line saying what happened (None: no
    URL). Never raises: a failing webhook must not fail the run whose results are already stored."""
    if not url:
        return None
    try:
        with closing(connect_readonly(db)) as conn:
            payload = alerts_payload(conn, run_id, threshold)
        if payload is None:
            return "webhook: nothing crossed the alert threshold, nothing sent"
        post_json(url, payload, allow_loopback=allow_loopback)
        return f"webhook: {len(payload['alerts'])} alerts sent to {urlsplit(url).hostname}"
    except (WebhookError, StoreError) as exc:
        return f"webhook failed (the run is stored): {exc}"
