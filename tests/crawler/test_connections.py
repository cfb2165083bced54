"""The keep-alive pool ends connections with their sites: idle timeout, a cap in all, closed by host.

Twisted's pool is driven with Twisted's own test clock; the connections are stand-ins for Twisted's
HTTP11ClientProtocol (the pool only reads their state and closes their transport).
"""
from __future__ import annotations

from twisted.internet.task import Clock

from crawler.connections import BoundedConnectionPool, HostsInUse


class Transport:
    def __init__(self) -> None:
        self.closed = False

    def loseConnection(self) -> None:
        self.closed = True


class Connection:
    state = "QUIESCENT"

    def __init__(self) -> None:
        self.transport = Transport()


def key(host: bytes) -> tuple:
    return (b"https", host, 443, b"127.0.0.1", 3128, None, None)  # as Scrapy's tunnelling agent builds it


def pool(clock: Clock, max_idle: int = 10, timeout: int = 15) -> BoundedConnectionPool:
    return BoundedConnectionPool(clock, per_host=2, max_idle=max_idle, idle_timeout=timeout)


def test_an_idle_connection_is_closed_after_the_idle_timeout_and_its_host_forgotten():
    clock = Clock()
    p = pool(clock, timeout=15)
    c = Connection()
    p._putConnection(key(b"a.de"), c)
    clock.advance(14)
    assert not c.transport.closed and p.idle == 1
    clock.advance(2)
    assert c.transport.closed and p.idle == 0
    assert p._connections == {}  # Twisted's own pool keeps an empty list per host for the whole crawl


def test_idle_connections_beyond_the_cap_close_oldest_first():
    clock = Clock()
    p = pool(clock, max_idle=3)
    conns = []
    for host in (b"a.de", b"b.de", b"c.de", b"d.de", b"e.de"):
        conns.append(Connection())
        p._putConnection(key(host), conns[-1])
        clock.advance(1)
    assert [c.transport.closed for c in conns] == [True, True, False, False, False]
    assert p.idle == 3 and set(p._connections) == {key(b"c.de"), key(b"d.de"), key(b"e.de")}
    clock.advance(60)  # the evicted ones' timeouts were cancelled: nothing fires twice
    assert p.idle == 0 and p._connections == {}


def test_closing_a_host_closes_only_its_idle_connections():
    clock = Clock()
    p = pool(clock)
    mine, mine2, other = Connection(), Connection(), Connection()
    p._putConnection(key(b"www.a.de"), mine)
    p._putConnection(key(b"www.a.de"), mine2)
    p._putConnection(key(b"b.de"), other)
    assert p.close_hosts([b"www.a.de"]) == 2
    assert mine.transport.closed and mine2.transport.closed and not other.transport.closed
    assert list(p._connections) == [key(b"b.de")] and p.idle == 1


def test_a_reused_connection_leaves_no_empty_host_entry():
    clock = Clock()
    p = pool(clock)
    c = Connection()
    p._putConnection(key(b"a.de"), c)
    got = []
    p.getConnection(key(b"a.de"), endpoint=None).addCallback(got.append)
    assert got and got[0]._clientProtocol is c and p.idle == 0 and p._connections == {}


def test_a_host_is_done_when_the_last_open_site_using_it_finishes():
    hosts = HostsInUse()
    hosts.use("a.de", "www.a.de")
    hosts.use("a.de", "forms.vendor.de")
    hosts.use("a.de", "www.a.de")
    hosts.use("b.de", "forms.vendor.de")
    assert hosts.finish("a.de") == ["www.a.de"]  # the vendor still serves b.de
    assert hosts.finish("b.de") == ["forms.vendor.de"]
    assert hosts.finish("b.de") == [] and hosts._sites == {} and hosts._of_site == {}
