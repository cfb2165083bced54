"""Proxy throughput: `python -m tests.farm.bench_proxy [seconds] [connections]` (not collected by pytest).

Keep-alive clients request small pages of farm sites through the proxy subprocess and count responses/s.
"""
from __future__ import annotations

import asyncio
import sys
import time
from urllib.parse import urlsplit

from farm.proxy import running_farm
from farm.world import World


async def client(proxy: tuple[str, int], targets: list[bytes], deadline: float) -> int:
    reader, writer = await asyncio.open_connection(*proxy)
    done = 0
    while time.monotonic() < deadline:
        writer.write(targets[done % len(targets)])
        await writer.drain()
        head = await reader.readuntil(b"\r\n\r\n")
        length = int(head.lower().split(b"content-length: ", 1)[1].split(b"\r\n", 1)[0])
        await reader.readexactly(length)
        done += 1
    writer.close()
    return done


async def run(proxy_url: str, targets: list[bytes], seconds: float, connections: int) -> float:
    proxy = urlsplit(proxy_url)
    deadline = time.monotonic() + seconds
    counts = await asyncio.gather(*(client((proxy.hostname, proxy.port), targets, deadline) for _ in range(connections)))
    return sum(counts) / seconds


def main() -> None:
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 5
    connections = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    world = World(n_sites=40, faults=False)
    plans = [world.plan(i) for i in range(40)]
    kinds = {
        "robots.txt (vendor)": [b"GET http://id.bund.de/robots.txt HTTP/1.1\r\nHost: id.bund.de\r\n\r\n"],
        "site pages (http)": [f"GET http://{p.host}{p.style.article_url(n)} HTTP/1.1\r\nHost: {p.host}\r\n\r\n".encode()
                              for p in plans if p.https in ("http", "both") for n in range(1, 6)],
    }
    with running_farm(n_sites=40, faults=False) as url:
        for name, targets in kinds.items():
            rate = asyncio.run(run(url, targets, seconds, connections))
            print(f"{name}: {rate:.0f} responses/s ({connections} keep-alive connections)")


if __name__ == "__main__":
    main()
