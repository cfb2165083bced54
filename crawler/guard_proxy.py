"""The browser's only way out: a guarding forward proxy on 127.0.0.1, in a thread of the crawl process.

Chromium's request interception never sees redirect hops or WebSockets, so the address policy is
enforced where the browser's connections are made instead: Chromium is launched with this proxy (Playwright
forces loopback through it too, ``<-loopback>``). Every connection — navigation, subresource, every
redirect hop (each is a new proxy request), WebSocket (Chromium tunnels ws:// and wss:// with CONNECT),
worker fetch — arrives here as ``CONNECT host:port`` or an absolute-form ``http://`` request, and is
checked by ``crawler.ssrf.AddressPolicy`` (and hosts of the browser's own services are refused):

- without an upstream proxy the name is resolved here, every address checked, and the connection goes to
  the checked address (pinned: Chromium never resolves names itself, so there is no second answer);
- with an upstream proxy (``--proxy``, e.g. the simulated web) the request is handed to it after the text
  checks (and the resolution check, when the policy resolves); the upstream resolves.

Plain-HTTP requests are sent with ``Connection: close`` and the client connection is closed after the
answer, so one proxy connection carries exactly one checked request (no smuggling of a second host).
"""
from __future__ import annotations

import asyncio
import threading
from collections import deque
from urllib.parse import urlsplit

from crawler.guards import Verdict, check_url_shape
from crawler.pacing import HostPacer
from crawler.ssrf import AddressPolicy

MAX_HEAD = 64 * 1024  # request line + headers
CONNECT_TIMEOUT = 15.0
IDLE_TIMEOUT = 60.0  # a tunnel or answer with no bytes for this long is closed
HOP_HEADERS = {"connection", "proxy-connection", "keep-alive", "proxy-authorization", "te", "upgrade"}


class ProxyRefusal(Exception):
    def __init__(self, status: int, reason: str):
        super().__init__(reason)
        self.status = status


class GuardProxy:
    """Start with ``start()`` (returns the proxy URL for Chromium), stop with ``stop()``.

    ``refused`` keeps the latest refusals as (target, reason) for the run log and the tests.
    """

    def __init__(self, policy: AddressPolicy, upstream: str | None = None, deny_hosts: tuple[str, ...] = (),
                 pacer: HostPacer | None = None):
        self.policy = policy
        self.upstream = upstream
        self.deny_hosts = deny_hosts
        self.pacer = pacer
        self.refused: deque[tuple[str, str]] = deque(maxlen=1000)
        self.forwarded: deque[str] = deque(maxlen=1000)
        self._loop = asyncio.new_event_loop()
        self._thread: threading.Thread | None = None
        self._server: asyncio.AbstractServer | None = None
        self.url = ""

    def start(self) -> str:
        self._thread = threading.Thread(target=self._loop.run_forever, name="guard-proxy", daemon=True)
        self._thread.start()
        self._server = asyncio.run_coroutine_threadsafe(
            asyncio.start_server(self._serve, "127.0.0.1", 0, limit=MAX_HEAD), self._loop).result(10)
        port = self._server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        return self.url

    def stop(self) -> None:
        """Close the listener, cancel open tunnels (no task is left pending), stop the loop."""
        if self._thread is None:
            return
        try:
            asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop).result(5)
        except (TimeoutError, asyncio.TimeoutError):
            pass
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)

    async def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
        tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def __enter__(self) -> GuardProxy:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- one client connection -------------------------------------------------------------------------
    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), IDLE_TIMEOUT)
            method, target, headers = parse_head(head)
            if method == "CONNECT":
                await self._tunnel(target, head, reader, writer)
            else:
                await self._forward(method, target, headers, reader, writer)
        except ProxyRefusal as refusal:
            await answer(writer, refusal.status, str(refusal))
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, asyncio.TimeoutError, ConnectionError, ValueError):
            pass
        finally:
            writer.close()

    async def _open(self, url: str, label: str) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        """Check url against the policy and connect: to the checked address, or to the upstream proxy."""
        verdict, addresses = await self._vet(url)
        if not verdict.ok:
            self.refused.append((label, verdict.reason))
            raise ProxyRefusal(403, f"SSRF-Schutz: {verdict.reason}")
        self.forwarded.append(label)
        if self.pacer is not None:  # the same per-host clock as the crawl's own requests
            await self.pacer.wait_turn(urlsplit(url).hostname or "")
        if self.upstream:
            up = urlsplit(self.upstream)
            host, port = up.hostname or "127.0.0.1", up.port or 80
        else:
            parts = urlsplit(url)
            host = sorted(addresses, key=lambda a: ":" in a)[0]  # the checked address, IPv4 first
            port = parts.port or (443 if parts.scheme == "https" else 80)
        try:
            return await asyncio.wait_for(asyncio.open_connection(host, port), CONNECT_TIMEOUT)
        except (OSError, asyncio.TimeoutError) as exc:
            raise ProxyRefusal(502, f"{label}: connection failed ({exc.__class__.__name__})") from None

    async def _vet(self, url: str) -> tuple[Verdict, list[str]]:
        shape = check_url_shape(url)
        if not shape.ok:
            return shape, []
        host = urlsplit(url).hostname or ""
        if any(host == d or host.endswith("." + d) for d in self.deny_hosts):
            return Verdict(False, f"{host} ist ein Dienst des Browsers, nicht Teil der Website"), []
        if self.policy.resolve:  # a name lookup blocks: off the proxy's loop
            verdict, addresses = await asyncio.to_thread(self.policy.vet, host)
        else:
            verdict, addresses = self.policy.vet(host)
        if verdict.ok and not self.upstream and not addresses:
            return Verdict(False, "ohne Upstream-Proxy muss der Name hier aufgelöst werden"), []
        return verdict, addresses

    async def _tunnel(self, target: str, head: bytes, reader, writer) -> None:
        host, _, port = target.rpartition(":")
        if not host or not port.isdigit():
            raise ProxyRefusal(400, "CONNECT needs host:port")
        scheme = "https" if port == "443" else "http"
        label = f"CONNECT {target}"
        up_reader, up_writer = await self._open(f"{scheme}://{host}:{port}/", label)
        try:
            if self.upstream:
                up_writer.write(f"CONNECT {target} HTTP/1.1\r\nHost: {target}\r\n\r\n".encode("latin-1"))
            else:
                writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
            await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))
        finally:
            up_writer.close()

    async def _forward(self, method: str, target: str, headers: list[tuple[str, str]], reader, writer) -> None:
        if not target.lower().startswith("http://"):
            raise ProxyRefusal(400, "only absolute http:// requests and CONNECT are proxied")
        names = {k.lower() for k, _ in headers}
        if "transfer-encoding" in names:
            raise ProxyRefusal(411, "chunked request bodies are not proxied")
        length = next((int(v) for k, v in headers if k.lower() == "content-length"), 0)
        body = await reader.readexactly(length) if length else b""
        up_reader, up_writer = await self._open(target, f"{method} {target}")
        try:
            parts = urlsplit(target)
            line_target = target if self.upstream else (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
            kept = [(k, v) for k, v in headers if k.lower() not in HOP_HEADERS]
            lines = [f"{method} {line_target} HTTP/1.1", *(f"{k}: {v}" for k, v in kept), "Connection: close", "", ""]
            up_writer.write("\r\n".join(lines).encode("latin-1") + body)
            await pipe(up_reader, writer)
        finally:
            up_writer.close()


def parse_head(head: bytes) -> tuple[str, str, list[tuple[str, str]]]:
    """(method, target, headers) of a proxy request head; ValueError when it is not one."""
    lines = head.decode("latin-1").split("\r\n")
    method, target, _version = lines[0].split(" ", 2)
    headers = []
    for line in lines[1:]:
        if line:
            name, _, value = line.partition(":")
            headers.append((name.strip(), value.strip()))
    return method.upper(), target, headers


async def pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Copy until EOF or IDLE_TIMEOUT without a byte, then half-close the other side."""
    try:
        while chunk := await asyncio.wait_for(reader.read(65536), IDLE_TIMEOUT):
            writer.write(chunk)
            await writer.drain()
    except (asyncio.TimeoutError, ConnectionError):
        pass
    finally:
        if writer.can_write_eof() and not writer.is_closing():
            try:
                writer.write_eof()
            except (OSError, RuntimeError):
                pass


async def answer(writer: asyncio.StreamWriter, status: int, reason: str) -> None:
    body = reason.encode("utf-8")
    writer.write(f"HTTP/1.1 {status} Refused\r\nContent-Type: text/plain; charset=utf-8\r\n"
                 f"X-Reifegrad-Refused: 1\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode("latin-1") + body)
    try:
        await writer.drain()
    except ConnectionError:
        pass
