"""A tiny breadth-first crawler over World.respond, used to check that the ground truth is reachable."""
from __future__ import annotations

from collections import deque
from urllib.parse import urljoin, urldefrag, urlsplit

import lxml.html

from farm.world import World, absolute_target


def fetch(world: World, url: str, headers: dict[str, str] | None = None, max_redirects: int = 5):
    """(final url, response) following redirects like a browser would."""
    for _ in range(max_redirects + 1):
        scheme, host, target = absolute_target(url)
        response = world.respond("GET", host, target, headers or {}, scheme=scheme)
        location = dict(response.headers).get("Location")
        if response.status in (301, 302) and location:
            url = urljoin(url, location)
            continue
        return url, response
    raise AssertionError(f"too many redirects at {url}")


def links(url: str, body: bytes) -> list[str]:
    root = lxml.html.document_fromstring(body)
    out = []
    for href in root.xpath("//a/@href"):
        absolute = urldefrag(urljoin(url, href))[0]
        if absolute.startswith(("http://", "https://")):
            out.append(absolute)
    return out


def bfs(world: World, start_url: str, max_depth: int = 3, limit: int = 400) -> dict[str, int]:
    """URL -> click depth for pages of the start URL's host, HTML only, depth-limited."""
    start_final, _ = fetch(world, start_url)
    host = urlsplit(start_final).hostname
    depths = {start_final: 0}
    queue = deque([start_final])
    while queue and len(depths) < limit:
        url = queue.popleft()
        final, response = fetch(world, url)
        if response.status != 200 or "html" not in dict(response.headers).get("Content-Type", ""):
            continue
        if depths[url] >= max_depth:
            continue
        for target in links(final, response.body):
            if urlsplit(target).hostname == host and target not in depths:
                depths[target] = depths[url] + 1
                queue.append(target)
    return depths
