"""The farm as an HTTP/1.1 forward proxy on 127.0.0.1 (asyncio + h11), so crawlers use it via `--proxy`.

Plain HTTP arrives in absolute form (`GET http://host/path`); HTTPS arrives as `CONNECT host:443`, which is
terminated here with leaf certificates from one in-process trustme CA (cached per host), after which HTTP
runs inside the tunnel. Unknown hosts get Squid's answer (`502`, `X-Squid-Error: ERR_DNS_FAIL 0`), so the
crawler's error mapping is the one it needs in production behind a real proxy.
"""
from __future__ import annotations

import asyncio
import contextlib
import os
import random
import socket
import ssl
import struct
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Iterable, Iterator, Mapping
from typing import Protocol
from urllib.parse import urlsplit

import h11
import trustme

from farm.world import FarmResponse

READ_SIZE = 65536
IDLE_TIMEOUT = 60.0
TLS_HANDSHAKE_FAILURE = bytes([0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x28])  # alert record: fatal, handshake_failure


class Web(Protocol):
    """What the proxy serves: the generated world (farm.world) or a written one (farm.static)."""

    def prepare(self) -> None: ...

    def connect(self, host: str, port: int = 443) -> FarmResponse: ...

    def respond(self, method: str, host: str, target: str, headers: Mapping[str, str],
                scheme: str = "http") -> FarmResponse: ...


class Certificates:
    """One CA per process; a cached server context per host name."""

    def __init__(self) -> None:
        self.ca = trustme.CA(organization_name="reifegrad farm CA")
        self._contexts: dict[str, ssl.SSLContext] = {}

    def context(self, host: str) -> ssl.SSLContext:
        ctx = self._contexts.get(host)
        if ctx is None:
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            self.ca.issue_cert(host).configure_cert(ctx)
            self._contexts[host] = ctx
        return ctx

    def write_ca(self, path: str) -> None:
        self.ca.cert_pem.write_to_path(path)


class FarmProxy:
    def __init__(self, world: Web, certificates: Certificates | None = None, latency: tuple[float, float] = (0.0, 0.0)):
        """`latency`: every answer waits a uniform random time in [low, high] seconds, like a distant server."""
        self.world = world
        self.certs = certificates or Certificates()
        self.latency = latency

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await self._serve_connection(reader, writer, tunnel_host=None)
        except (ConnectionError, asyncio.TimeoutError, h11.ProtocolError, ssl.SSLError, asyncio.IncompleteReadError):
            pass
        finally:
            with contextlib.suppress(Exception):
                writer.close()

    async def _serve_connection(self, reader, writer, tunnel_host: str | None) -> None:
        conn = h11.Connection(h11.SERVER)
        while True:
            event = await self._next_event(conn, reader)
            if event is None:
                return
            if not isinstance(event, h11.Request):
                return
            method = event.method.decode()
            target = event.target.decode()
            headers = {k.decode(): v.decode("latin-1") for k, v in event.headers}
            if method == "CONNECT":
                await self._connect(conn, reader, writer, target)
                return
            scheme, host, path = self._split_target(target, headers, tunnel_host)
            while not isinstance(await self._next_event(conn, reader), (h11.EndOfMessage, type(None))):
                pass  # request bodies (form posts) are read and ignored
            response = self._respond(method, host, path, headers, scheme)
            if not await self._send(conn, writer, response):
                return
            if conn.our_state is h11.MUST_CLOSE or conn.their_state is h11.MUST_CLOSE:
                return
            conn.start_next_cycle()

    def _respond(self, method: str, host: str, path: str, headers: dict[str, str], scheme: str) -> FarmResponse:
        """The world's answer; a bug in the world becomes a visible 500 with the traceback on stderr."""
        try:
            return self.world.respond(method, host, path, headers, scheme=scheme)
        except Exception:  # noqa: BLE001 - one bad page must not hang the client
            traceback.print_exc()
            return FarmResponse(500, [("Content-Type", "text/plain"), ("X-Farm-Error", "1")], b"farm error\n")

    @staticmethod
    def _split_target(target: str, headers: dict[str, str], tunnel_host: str | None) -> tuple[str, str, str]:
        if tunnel_host is not None:
            return "https", tunnel_host, target
        if target.startswith(("http://", "https://")):
            parts = urlsplit(target)
            path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
            return parts.scheme, parts.hostname or "", path
        return "http", headers.get("host", "").split(":", 1)[0], target

    async def _next_event(self, conn: h11.Connection, reader: asyncio.StreamReader):
        while True:
            event = conn.next_event()
            if event is h11.NEED_DATA:
                data = await asyncio.wait_for(reader.read(READ_SIZE), IDLE_TIMEOUT)
                conn.receive_data(data)
                if not data and conn.their_state is h11.IDLE:
                    return None
                continue
            if isinstance(event, h11.ConnectionClosed):
                return None
            return event

    async def _send(self, conn: h11.Connection, writer: asyncio.StreamWriter, response: FarmResponse) -> bool:
        """Write one response; False when the connection must end (reset fault)."""
        delay = response.delay + random.uniform(*self.latency)
        if delay:
            await asyncio.sleep(delay)
        if response.fault == "reset":
            _reset(writer)
            return False
        headers = response.headers
        if not any(k.lower() == "content-length" for k, _ in headers):  # HEAD responses bring their own
            headers = [*headers, ("Content-Length", str(len(response.body)))]
        data = conn.send(h11.Response(status_code=response.status, headers=headers, reason=_reason(response.status)))
        if response.body:
            data += conn.send(h11.Data(data=response.body))
        data += conn.send(h11.EndOfMessage())
        writer.write(data)
        await writer.drain()
        return True

    async def _connect(self, conn: h11.Connection, reader, writer, target: str) -> None:
        host, _, port = target.rpartition(":")
        answer = self.world.connect(host.strip("[]"), int(port) if port.isdigit() else 443)
        if answer.status != 200:
            answer.headers.append(("Connection", "close"))
            await self._send(conn, writer, answer)
            return
        writer.write(conn.send(h11.Response(status_code=200, headers=[], reason=b"Connection established")))
        await writer.drain()
        if answer.fault == "tls_fail":  # read the ClientHello, answer with a fatal handshake_failure alert
            await asyncio.wait_for(reader.read(READ_SIZE), IDLE_TIMEOUT)
            writer.write(TLS_HANDSHAKE_FAILURE)
            await writer.drain()
            return
        await writer.start_tls(self.certs.context(host.lower()))
        await self._serve_connection(reader, writer, tunnel_host=host.lower())


def _reset(writer: asyncio.StreamWriter) -> None:
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


_REASONS = {200: b"OK", 301: b"Moved Permanently", 302: b"Found", 304: b"Not Modified", 403: b"Forbidden",
            404: b"Not Found", 429: b"Too Many Requests", 500: b"Internal Server Error", 502: b"Bad Gateway",
            503: b"Service Unavailable"}


def _reason(status: int) -> bytes:
    return _REASONS.get(status, b"")


def serve(world: Web, port: int, host: str = "127.0.0.1", ca_out: str | None = None,
          latency: tuple[float, float] = (0.0, 0.0)) -> None:
    """Serve until interrupted; prints `farm listening on http://127.0.0.1:PORT` once connections are accepted."""
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise ValueError("the farm binds to loopback only")
    world.prepare()
    proxy = FarmProxy(world, latency=latency)
    if ca_out:
        proxy.certs.write_ca(ca_out)

    async def main() -> None:
        server = await asyncio.start_server(proxy.handle, host, port, backlog=512, limit=READ_SIZE)
        bound = server.sockets[0].getsockname()[1]
        print(f"farm listening on http://{host}:{bound}", flush=True)
        async with server:
            await server.serve_forever()

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(main())


@contextlib.contextmanager
def running_farm(seed: int = 7, n_sites: int = 40, port: int = 0, *, news_pages: int | None = None,
                 fault_delay: float | None = None, faults: bool = True, ca_out: str | None = None,
                 mutate: Iterable[str] = (), realistic: int = 0, latency: tuple[float, float] | None = None,
                 page_size: str = "small", written: str | os.PathLike | None = None,
                 startup_timeout: float = 60.0) -> Iterator[str]:
    """Run the farm in a subprocess (`python -m farm serve`) and yield its proxy URL; stop it on exit.

    `mutate`: specs as for `--mutate` ("www.x.de" or "www.x.de:+chatbot,-site_search"), to serve the
    world as it looks one or more nightly runs later. `realistic`: sites of the realistic district.
    `page_size`: "real" pads pages to the size and shape of measured real pages (benchmarks).
    `written`: serve the written web in this directory (farm/static.py) instead of a generated one."""
    cmd = [sys.executable, "-m", "farm", "serve", "--port", str(port), "--seed", str(seed), "--sites", str(n_sites)]
    if news_pages is not None:
        cmd += ["--news-pages", str(news_pages)]
    if fault_delay is not None:
        cmd += ["--fault-delay", str(fault_delay)]
    if not faults:
        cmd.append("--no-faults")
    if ca_out:
        cmd += ["--ca-out", ca_out]
    for spec in mutate:
        cmd += ["--mutate", spec]
    if realistic:
        cmd += ["--realistic", str(realistic)]
    if latency:
        cmd += ["--latency", f"{latency[0]}-{latency[1]}"]
    if page_size != "small":
        cmd += ["--page-size", page_size]
    if written is not None:
        cmd += ["--written", os.fspath(written)]
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    errors = tempfile.TemporaryFile(mode="w+")  # a file, not a pipe: a chatty farm must never block on stderr
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=errors, text=True, env=env)
    try:
        url = _await_ready(proc, startup_timeout, errors)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout:
            proc.stdout.close()
        errors.close()


def _await_ready(proc: subprocess.Popen, timeout: float, errors) -> str:
    deadline = time.monotonic() + timeout
    line = proc.stdout.readline() if proc.stdout else ""
    if not line.startswith("farm listening on "):
        proc.wait(5)
        errors.seek(0)
        raise RuntimeError(f"farm did not start: {line!r} {errors.read()[-2000:]}")
    url = line.split("farm listening on ", 1)[1].strip()
    port = int(url.rsplit(":", 1)[1])
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
            return url
        time.sleep(0.05)
    raise RuntimeError("farm did not accept connections in time")
