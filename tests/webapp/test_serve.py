"""`reifegrad serve` as an operator starts it: loopback by default, no docs console, OpenAPI published."""
from __future__ import annotations

import subprocess
import sys

import httpx

from tests.support import free_port

from .conftest import wait_for


def test_serve_binds_loopback_and_answers(tmp_path, municipalities_csv):
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "reifegrad", "serve", "--db", str(tmp_path / "r.db"), "--municipalities", str(municipalities_csv),
         "--port", str(port), "--workers", "1", "--no-render"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        def up() -> httpx.Response | None:
            try:
                return httpx.get(f"http://127.0.0.1:{port}/openapi.json", timeout=2)
            except httpx.TransportError:
                return None

        spec = wait_for(up, 30).json()
        assert spec["info"]["title"].startswith("reifegrad")
        assert httpx.get(f"http://127.0.0.1:{port}/docs").status_code == 404
        assert "server" not in httpx.get(f"http://127.0.0.1:{port}/").headers
    finally:
        process.terminate()
        output = process.communicate(timeout=30)[0]
    assert f"http://127.0.0.1:{port}" in output
