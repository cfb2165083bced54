"""Issue 13: the nightly's alert webhook, against a real HTTP receiver on 127.0.0.1 and a real store."""
from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from crawler.alerts import EVENT, WebhookError, notify, post_json
from crawler.commands import send_alerts
from output.store import Store
from reifegrad.cli import build_parser
from scoring import load_model
from tests.output.factory import MUNICIPALITIES, two_nights


@contextmanager
def receiver(status: int = 204) -> Iterator[tuple[str, list[dict]]]:
    """A local webhook receiver: yields its URL and the requests it got (path, headers, JSON body)."""
    received: list[dict] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 (http.server's naming)
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.append({"path": self.path, "type": self.headers["Content-Type"], "json": json.loads(body)})
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hooks/reifegrad?token=abc", received
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def two_night_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("alerts") / "reifegrad.db"
    with Store(path) as store:
        store.upsert_municipalities(MUNICIPALITIES)
        runs = two_nights(store, load_model())
    return path, *runs


def test_alerts_of_the_second_night_are_posted(two_night_db):
    db, r1, r2 = two_night_db
    with receiver() as (url, received):
        line = notify(str(db), r2, url, allow_loopback=True)
    assert line == "webhook: 1 alerts sent to 127.0.0.1"
    [request] = received
    assert request["path"] == "/hooks/reifegrad?token=abc" and request["type"].startswith("application/json")
    sent = request["json"]
    assert (sent["event"], sent["run_id"], sent["since_run"]) == (EVENT, r2, r1)
    [flensburg] = sent["alerts"]  # München timed out: a status change, not an alert
    assert flensburg["ags"] == "01001000" and flensburg["alerts"] == ["disappeared:chatbot"]
    assert flensburg["disappeared"] == [{"id": "chatbot", "label": "Chatbot"}]
    assert "Flensburg" in sent["text"] and "weggefallen: Chatbot" in sent["text"] and "München" not in sent["text"]


def test_nothing_to_report_sends_nothing(two_night_db):
    db, r1, _ = two_night_db
    with receiver() as (url, received):
        assert notify(str(db), r1, url, allow_loopback=True).startswith("webhook: nothing crossed")
    assert received == []
    assert notify(str(db), r1, None) is None  # no webhook configured


def test_refused_and_failing_targets_never_raise(two_night_db):
    db, _, r2 = two_night_db
    with receiver() as (url, received):
        refused = notify(str(db), r2, url)  # loopback is not a public address
        assert refused.startswith("webhook failed") and "Loopback" in refused
        assert received == []
    with receiver(status=500) as (url, received):
        assert "answered HTTP 500" in notify(str(db), r2, url, allow_loopback=True)
        assert len(received) == 1
    closed = url  # the receiver is gone: nobody listens on its port any more
    assert "cannot connect" in notify(str(db), r2, closed, allow_loopback=True)
    assert "no database" in notify(str(db.parent / "missing.db"), r2, closed, allow_loopback=True)


@pytest.mark.parametrize("url, reason", [
    ("http://10.1.2.3/hook", "private"),                  # refused by its address, before any connection
    ("http://169.254.169.254/latest/meta-data", "Link-Local"),
    ("http://[::1]:9/hook", "Loopback"),
    ("ftp://example.org/hook", "must be http"),
    ("http://user:pw@example.org/hook", "no credentials"),
    ("http://example.org:99999/", "invalid webhook URL"),
])
def test_guard_refuses_non_public_targets(url, reason):
    with pytest.raises(WebhookError, match=reason):
        post_json(url, {"event": EVENT})


def test_nightly_options_reach_the_webhook(two_night_db, monkeypatch, capsys):
    """What `reifegrad nightly` does after its run: --webhook (or $REIFEGRAD_WEBHOOK_URL), --alert-threshold."""
    db, _, r2 = two_night_db
    with receiver() as (url, received):
        monkeypatch.setenv("REIFEGRAD_WEBHOOK_URL", url)
        args = build_parser().parse_args(["nightly", "--db", str(db), "--allow-loopback", "--alert-threshold", "2"])
        send_alerts(args, r2)
    assert len(received) == 1 and received[0]["json"]["threshold"] == 2
    assert "1 alerts sent" in capsys.readouterr().out
    monkeypatch.delenv("REIFEGRAD_WEBHOOK_URL")
    send_alerts(build_parser().parse_args(["nightly", "--db", str(db)]), r2)  # no webhook: silent
    assert capsys.readouterr() == ("", "")
