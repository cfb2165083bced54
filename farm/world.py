"""The simulated web: answers any (method, host, target) like the real German municipal web would.

Sites are planned and rendered lazily from (seed, index), so `World(seed, n_sites=11000, news_pages=20)`
costs a host index and a small plan cache, not 11 000 sites in memory. Ground truth (truth.py) is derived
from the same plans.
"""
from __future__ import annotations

import email.utils
import hashlib
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from urllib.parse import parse_qsl, urlsplit

from farm import faults
from farm.assets import script_or_style, site_file
from farm.bulk import PAGE_SIZES, pad
from farm.identity import Municipality
from farm.pages import fill, render_page
from farm.plan import SitePlan, catalogue
from farm.realweb.district import District
from farm.sites import FAULTS, Mutation, Settings, apply_mutation, build_plan, no_website_rows, site_domain, slug_of
from farm.tree import NEWS_PER_PAGE, SiteTree
from farm.vendors import VendorHosts, render

EPOCH = 1767225600  # 2026-01-01T00:00:00Z: all Last-Modified dates lie after it
SQUID_DNS = ("X-Squid-Error", "ERR_DNS_FAIL 0")
SQUID_REFUSED = ("X-Squid-Error", "ERR_CONNECT_FAIL 111")
CSV_COLUMNS = ("ags", "ars", "name", "name_official", "type", "level", "kreis_ags", "kreis_name", "state_code",
               "state", "population", "website_url", "domain", "wikidata_qid", "lat", "lon", "url_source")


@dataclass(slots=True)
class FarmResponse:
    status: int
    headers: list[tuple[str, str]]
    body: bytes = b""
    fault: str | None = None  # "reset": drop the connection; "tls_fail": break the TLS handshake (CONNECT)
    delay: float = 0.0


@dataclass(slots=True)
class Site:
    plan: SitePlan
    tree: SiteTree
    hits: int = 0  # requests other than robots.txt (for the 429 fault)
    form_url: str | None = None  # base URL the JS-rendered online-service list links to


class World:
    def __init__(self, seed: int = 7, n_sites: int = 40, news_pages: int | None = None, faults: bool = True,
                 fault_delay: float = 20.0, realistic: int = 0, page_size: str = "small"):
        """`fault_delay`: seconds the timeout site stalls (production crawler times out at ~15 s, tests at ~3 s).
        `realistic`: sites of the realistic district (farm/realweb), served and listed after all others.
        `page_size`: "small" (~3 KB pages) or "real" (padded to measured real pages, farm/bulk.py)."""
        if page_size not in PAGE_SIZES:
            raise ValueError(f"page_size must be one of {', '.join(PAGE_SIZES)}, got {page_size!r}")
        self.settings = Settings(seed, n_sites, news_pages, faults)
        self.realweb = District(seed, realistic) if realistic else None
        self.seed = seed
        self.fault_delay = fault_delay
        self.page_size = page_size
        self._mutations: dict[int, Mutation] = {}
        self._site = lru_cache(maxsize=256)(self._build_site)
        self._pristine = lru_cache(maxsize=16)(lambda index: self._build_site(index, mutated=False))
        self._state: dict[int, Site] = {}  # sites with request counters (only the 429 site)

    # ---- lookup -------------------------------------------------------------------------------------
    def prepare(self) -> None:
        """Build the host index now (about a second for 11 000 sites) rather than on the first request."""
        _ = self._hosts, self._labels

    @cached_property
    def _hosts(self) -> dict[str, int]:
        index: dict[str, int] = {}
        for i in range(self.settings.n_total):
            domain = site_domain(self.settings, i)
            index[f"www.{domain}"] = i
        for i in self.fault_indices("cross_host"):
            index[self.plan(i).alias_host or ""] = i
        for i in self.fault_indices("dns"):
            index.pop(self.plan(i).host)
        return index

    def _site_index(self, host: str) -> int | None:
        """Index of the site serving `host` (its www. name, the bare domain, or an old redirecting domain)."""
        return self._hosts.get(host, self._hosts.get(f"www.{host}"))

    @cached_property
    def _labels(self) -> tuple[set[str], set[str]]:
        domains = {h.removeprefix("www.") for h in self._hosts}
        return domains, {slug_of(d) for d in domains}

    @cached_property
    def vendors(self) -> VendorHosts:
        return VendorHosts(lambda d: d in self._labels[0], lambda s: s in self._labels[1])

    def fault_indices(self, fault: str) -> list[int]:
        if not self.settings.faults:
            return []
        return [self.settings.n_sites + i for i, (name, _) in enumerate(FAULTS) if name == fault]

    def _build_site(self, index: int, mutated: bool = True) -> Site:
        plan = build_plan(self.settings, index)
        if mutated and index in self._mutations:
            apply_mutation(plan, self._mutations[index], self.seed)
        return Site(plan, SiteTree(plan))

    def site(self, index: int) -> Site:
        if index in self._state:
            return self._state[index]
        site = self._site(index)
        if site.plan.fault == "throttle429":
            self._state[index] = site
        return site

    def plan(self, index: int) -> SitePlan:
        return self.site(index).plan

    def site_indices(self) -> range:
        return range(self.settings.n_total)

    # ---- mutation (incremental crawls) --------------------------------------------------------------
    def mutate(self, host: str, add: Iterable[str] = (), remove: Iterable[str] = ()) -> int:
        """Change one site as between two nightly crawls: one more news article (start page, archive and
        feed change), optionally components added or removed. Changed pages get a new ETag and a later
        Last-Modified; unchanged pages keep both. Returns the site's generation."""
        index = self._hosts[host.lower()]
        mutation = self._mutations.get(index, Mutation()).then(tuple(add), tuple(remove))
        self._mutations[index] = mutation
        self._site.cache_clear()
        self._state.pop(index, None)
        return mutation.generation

    # ---- CSV ----------------------------------------------------------------------------------------
    def municipality_rows(self) -> list[dict[str, str]]:
        rows = []
        for i in self.site_indices():
            plan = self.plan(i)
            rows += [_row(m, plan.csv_url, plan.csv_url.split("//", 1)[1].split("/", 1)[0].removeprefix("www."))
                     for m in plan.members]
        rows += [_row(m, "", "") for m in no_website_rows(self.settings)]
        if self.realweb is not None:
            rows += [_row(m, url, domain) for m, url, domain in self.realweb.municipalities()]
        return rows

    def ground_truth(self) -> dict:
        from farm.truth import ground_truth
        return ground_truth(self)

    # ---- HTTP ---------------------------------------------------------------------------------------
    def connect(self, host: str, port: int = 443) -> FarmResponse:
        """Answer to `CONNECT host:port`: 200 (tunnel), Squid-style 502/503, or 200 with a broken TLS handshake."""
        host = host.lower()
        if self.realweb is not None and self.realweb.answers(host):
            return FarmResponse(200, [])
        index = self._site_index(host)
        if index is None:
            if self.vendors.lookup(host) is not None:
                return FarmResponse(200, [])
            return _squid(502, SQUID_DNS)
        plan = self.plan(index)
        if plan.fault == "refused" or plan.https == "http" or port not in (443, 8443):
            return _squid(503, SQUID_REFUSED)
        if plan.fault == "tls":
            return FarmResponse(200, [], fault="tls_fail")
        return FarmResponse(200, [])

    def respond(self, method: str, host: str, target: str, headers: Mapping[str, str],
                scheme: str = "http") -> FarmResponse:
        """One HTTP exchange. `target` is the origin-form path+query; `headers` lower- or mixed-case."""
        host = host.lower().split(":", 1)[0]
        index = self._site_index(host)
        realistic = self.realweb.respond(host, target, scheme) if self.realweb is not None else None
        if realistic is not None:
            response = FarmResponse(*realistic)
        elif index is not None and host not in self._hosts:  # bare domain: the web server sends you to www.
            response = _redirect(301, f"{scheme}://www.{host}{target}")
        elif index is not None:
            response = self._site_response(self.site(index), host, target, scheme, headers)
        else:
            vendor = self.vendors.lookup(host)
            if vendor is None:
                known = self.realweb is not None and self.realweb.answers(host)
                return _not_found() if known else _squid(502, SQUID_DNS)
            if target.startswith("/robots.txt"):
                response = _ok("text/plain; charset=utf-8", b"User-agent: *\nAllow: /\n")
            else:
                response = _ok(*render(vendor, target))
        return head_or_get(method, response)

    def _site_response(self, site: Site, host: str, target: str, scheme: str,
                       headers: Mapping[str, str]) -> FarmResponse:
        plan, fault = site.plan, site.plan.fault
        if fault == "refused":
            return _squid(503, SQUID_REFUSED)
        if fault == "reset":
            return FarmResponse(0, [], fault="reset")
        if host == plan.alias_host:  # old domain: http → https → new domain
            location = f"https://{host}{target}" if scheme == "http" else f"https://{plan.host}{target}"
            return _redirect(301, location)
        if scheme == "http" and plan.https in ("hsts", "redirect"):
            return _redirect(301, f"https://{host}{target}")
        delay = self.fault_delay if fault == "timeout" else 0.0
        if fault == "http500":
            return FarmResponse(500, [("Content-Type", "text/html; charset=utf-8")], faults.ERROR_PAGE, delay=delay)
        if fault == "bot_block":
            return FarmResponse(403, [("Content-Type", "text/html; charset=utf-8")], faults.BLOCK_PAGE)
        if target.startswith("/robots.txt"):
            robots = _ok("text/plain; charset=utf-8", _robots(site))
            return conditional(robots, headers, EPOCH, delay)
        if fault == "throttle429":
            site.hits += 1
            if site.hits == 1:
                return FarmResponse(429, [("Retry-After", "1"), ("Content-Type", "text/plain")], b"Too Many Requests\n")
        if fault == "redirect_loop":
            return _redirect(302, "/startseite/" if target == "/" else "/")
        response = self._content(site, target)
        if response.status == 200:
            response.headers += _site_headers(plan, scheme)
            return conditional(response, headers, self._last_modified(site, target, response.body), delay)
        response.delay = delay
        return response

    def _content(self, site: Site, target: str) -> FarmResponse:
        plan, tree = site.plan, site.tree
        path, _, query = target.partition("?")
        params = dict(parse_qsl(query))
        if plan.fault == "not_html" and target == "/":
            return _ok("application/pdf", site_file(plan, "start.pdf")[1])
        if plan.endless_calendar and "month" in params:
            target = _without_param(target, "month")
        resolved = tree.resolve(target)
        if resolved is None:
            asset = script_or_style(plan, path, self._form_url(site))
            return _ok(*asset) if asset else _not_found()
        kind, key = resolved
        if plan.fault == "partial" and _depth(tree, kind, key) >= 2:
            return FarmResponse(500, [("Content-Type", "text/html; charset=utf-8")], faults.ERROR_PAGE)
        if kind == "file":
            return _ok(*site_file(plan, key))
        if kind == "archive" and not 2 <= int(key) <= -(-plan.n_news // NEWS_PER_PAGE):
            return _not_found()
        if kind == "article" and not 1 <= int(key) <= plan.n_news:
            return _not_found()
        html = render_page(plan, tree, kind, key, params)
        if self.page_size == "real":
            html = pad(html, plan, tree, target)
        if plan.fault == "huge_page" and key == "start":
            return _ok("text/html; charset=utf-8", faults.huge_page(html))
        if plan.fault == "gzip_bomb" and key == "start":
            response = _ok("text/html; charset=utf-8", faults.gzip_bomb())
            response.headers.append(("Content-Encoding", "gzip"))
            return response
        if plan.fault == "malformed":
            html = faults.malformed(html)
        if plan.fault == "wrong_charset":
            return _ok("text/html", faults.wrong_charset(html))
        return _ok("text/html; charset=utf-8", html.encode())

    def _form_url(self, site: Site) -> str | None:
        if site.form_url is None and "form_server" in site.plan.components:
            template = catalogue()["components"]["form_server"]["variants"][0]["url"]
            site.form_url = fill(template, site.plan, site.tree, False, service="{service}")
        return site.form_url

    def _last_modified(self, site: Site, target: str, body: bytes) -> float:
        """A fixed date per URL; pages a mutation changed get a later one (compared with the unmutated site)."""
        modified = EPOCH + (zlib.crc32(f"{site.plan.host}{target}".encode()) % 200) * 86400
        if site.plan.generation and self._content(self._pristine(site.plan.index), target).body != body:
            modified += (200 + site.plan.generation) * 86400
        return modified


def conditional(response: FarmResponse, headers: Mapping[str, str], modified: float,
                 delay: float) -> FarmResponse:
    """Stable ETag (a hash of the body) and Last-Modified; If-None-Match / If-Modified-Since give 304."""
    etag = '"' + hashlib.blake2b(response.body, digest_size=10).hexdigest() + '"'
    last_modified = email.utils.formatdate(modified, usegmt=True)
    response.headers += [("ETag", etag), ("Last-Modified", last_modified)]
    response.delay = delay
    lower = {k.lower(): v for k, v in headers.items()}
    inm, ims = lower.get("if-none-match"), lower.get("if-modified-since")
    if inm is not None:
        fresh = etag in (t.strip() for t in inm.split(",")) or inm.strip() == "*"
    elif ims is not None:
        since = _parse_date(ims)
        fresh = since is not None and since >= modified
    else:
        fresh = False
    if fresh:
        keep = [(k, v) for k, v in response.headers if k not in ("Content-Type", "Content-Encoding")]
        return FarmResponse(304, keep, b"", delay=delay)
    return response


def head_or_get(method: str, response: FarmResponse) -> FarmResponse:
    """HEAD gets GET's headers, including the length of the body not sent."""
    if method.upper() == "HEAD":
        response.headers.append(("Content-Length", str(len(response.body))))
        response.body = b""
    return response


def _row(m: Municipality, url: str, domain: str) -> dict[str, str]:
    return {"ags": m.ags, "ars": m.ars, "name": m.name, "name_official": m.name_official, "type": m.type,
            "level": m.level, "kreis_ags": m.kreis_ags, "kreis_name": m.kreis_name, "state_code": m.state_code,
            "state": m.state, "population": str(m.population), "website_url": url, "domain": domain,
            "wikidata_qid": "", "lat": str(m.lat), "lon": str(m.lon), "url_source": "farm"}


def _depth(tree: SiteTree, kind: str, key: str) -> int:
    return tree.depth(key) if kind == "page" else 2


def disallowed_paths(site: Site) -> list[str]:
    if site.plan.fault == "robots_all":
        return ["/"]
    return [*site.plan.robots_disallow, *(site.tree.url(k) for k in site.plan.robots_pages)]


def _robots(site: Site) -> bytes:
    rules = "".join(f"Disallow: {p}\n" for p in disallowed_paths(site))
    return f"User-agent: *\n{rules}".encode()


def _site_headers(plan: SitePlan, scheme: str) -> list[tuple[str, str]]:
    headers = [("Server", "Apache"), ("Cache-Control", "no-cache")]
    if scheme == "https" and plan.https == "hsts":
        headers.append(("Strict-Transport-Security", "max-age=31536000; includeSubDomains"))
    if plan.security_headers:
        headers += [("X-Content-Type-Options", "nosniff"), ("X-Frame-Options", "SAMEORIGIN"),
                    ("Referrer-Policy", "strict-origin-when-cross-origin"),
                    ("Content-Security-Policy", "frame-ancestors 'self'")]
    return headers


def _without_param(target: str, name: str) -> str:
    path, _, query = target.partition("?")
    kept = "&".join(p for p in query.split("&") if p and not p.startswith(name + "="))
    return f"{path}?{kept}" if kept else path


def _parse_date(value: str) -> float | None:
    try:
        return email.utils.parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError):
        return None


def _ok(content_type: str, body: bytes) -> FarmResponse:
    return FarmResponse(200, [("Content-Type", content_type)], body)


def _not_found() -> FarmResponse:
    return FarmResponse(404, [("Content-Type", "text/html; charset=utf-8")],
                        b"<!DOCTYPE html><html><head><title>Seite nicht gefunden</title></head><body><h1>404</h1></body></html>\n")


def _redirect(status: int, location: str) -> FarmResponse:
    return FarmResponse(status, [("Location", location), ("Content-Type", "text/html; charset=utf-8")],
                        b"<html><body>Moved</body></html>\n")


def _squid(status: int, error: tuple[str, str]) -> FarmResponse:
    return FarmResponse(status, [error, ("Content-Type", "text/html"), ("Server", "squid")],
                        f"<html><body><h1>{status}</h1><p>{error[1]}</p></body></html>\n".encode())


def absolute_target(url: str) -> tuple[str, str, str]:
    """(scheme, host, origin-form target) of an absolute URL."""
    parts = urlsplit(url)
    return parts.scheme, parts.hostname or "", (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
