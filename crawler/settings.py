"""Scrapy settings for reifegrad: honest, polite, bounded, and with no open consoles.

Values an operator tunes per run (budgets, proxy, politeness) are overridden by ``crawler.run``.
"""
import os


BOT_NAME = "reifegrad"
SPIDER_MODULES = ["crawler.spiders"]
CONTACT_URL = os.environ.get("REIFEGRAD_CONTACT_URL", "https://github.com/reifegrad/reifegrad#for-site-operators")
USER_AGENT = f"reifegrad/0.1 (+{CONTACT_URL}; outside-in e-government audit)"

# Security: never leave a console or a code-executing control server open.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False

# Politeness.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 240  # two per open site (REIFEGRAD_MAX_ACTIVE_SITES): politeness, not this, limits a site
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.5
DOWNLOAD_DELAY_JITTER = 0.5  # ±50 %, so requests to one host do not tick like a clock
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_MAX_DELAY = 10.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# Bounds.
DOWNLOAD_TIMEOUT = 15
DOWNLOAD_MAXSIZE = 5 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
REDIRECT_MAX_TIMES = 10
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
DNS_TIMEOUT = 10
# German sites, German content: Scrapy's default asks for English ("Accept-Language: en").
DEFAULT_REQUEST_HEADERS = {
    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "Accept-Language": "de-DE,de;q=0.9",
}
COOKIES_ENABLED = False  # no sessions needed; no cookies shared between sites; consent cookies are measured in the browser view

# The spider keeps its own per-site frontier and seen-set (dropped when the site finishes), so the
# global duplicate filter and the silent spider-side filters are off: every request ends in a callback
# or an errback, which is how a site knows it is finished.
DUPEFILTER_CLASS = "scrapy.dupefilters.BaseDupeFilter"
# Scrapy starts CONCURRENT_ITEMS worker tasks (default 100) for the output of every callback; ours yields at
# most a few requests and one site item, so 100 tasks per page were pure reactor overhead.
CONCURRENT_ITEMS = 2
# Scrapy checks each callback for a generator with a return value by reading its source (inspect.getsource +
# ast.parse); the cache it keeps is keyed by bound method objects, which die with their requests, so the check
# re-read the spider's source for about one page in seven (~0.1 ms per page): a developer's lint, run per crawl.
WARN_ON_GENERATOR_RETURN_VALUE = False
DEPTH_LIMIT = 0
URLLENGTH_LIMIT = 0
SPIDER_MIDDLEWARES = {"scrapy.spidermiddlewares.urllength.UrlLengthMiddleware": None}

# Keep-alive connections end with their site (crawler/connections.py): idle ones are closed when no open
# site uses their host, after REIFEGRAD_IDLE_TIMEOUT, and beyond REIFEGRAD_IDLE_CONNECTIONS in all.
DOWNLOAD_HANDLERS = {"http": "crawler.connections.SiteHTTPDownloadHandler",
                     "https": "crawler.connections.SiteHTTPDownloadHandler"}

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.middlewares.BoundedRobotsTxtMiddleware": 100,
    "crawler.pacing.PacingMiddleware": 110,  # learns robots.txt Crawl-delay (the handler waits by it from the first page)
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "crawler.middlewares.LoopAwareMetaRefreshMiddleware": 580,
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "crawler.middlewares.LoopAwareRedirectMiddleware": 600,
    "scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware": None,
    "crawler.middlewares.BoundedHttpCompressionMiddleware": 590,
    "crawler.incremental.IncrementalMiddleware": 570,  # sees final, decompressed responses
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.RetryAfterMiddleware": 550,
    "crawler.middlewares.ProxyMiddleware": 740,
    "crawler.middlewares.ProxyErrorMiddleware": 760,
    "crawler.middlewares.SiteBudgetMiddleware": 90,
    "crawler.render.RenderMiddleware": 950,  # next to the download handler: sees every render's outcome first
}
ITEM_PIPELINES = {
    "crawler.pipelines.JudgePipeline": 100,
    "crawler.pipelines.StorePipeline": 200,
}
EXTENSIONS = {
    "crawler.detection.Detection": 0,
    "crawler.extensions.ProgressReporter": 500,
    "crawler.collector.QuietCollector": 0,
    "scrapy.extensions.throttle.AutoThrottle": None,
    "crawler.extensions.IncrementalAutoThrottle": 0,  # on with AUTOTHROTTLE_ENABLED, like Scrapy's
}

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
LOG_LEVEL = "WARNING"
STATS_DUMP = False

# reifegrad's own settings (documented in README).
REIFEGRAD_MAX_PAGES = 60  # page budget per site
REIFEGRAD_MAX_DEPTH = 6  # clicks from the start page
REIFEGRAD_TIME_BUDGET = 300  # seconds per site
REIFEGRAD_SITE_INFLIGHT = 2  # requests in flight per site (matches CONCURRENT_REQUESTS_PER_DOMAIN)
# Sites crawled at once; bounds memory, whatever the list length. Politeness makes a site take 51-96 s
# (60 pages at about one request per latency of 0.2-1.5 s; bench/national.py), so all of Germany in 1 h needs
# 124-233 open sites: 120 in each of two worker processes, one per core (README "Germany in one night").
REIFEGRAD_MAX_ACTIVE_SITES = 120
REIFEGRAD_PROXY = None
REIFEGRAD_RETRY_AFTER_MAX = 60.0  # longest Retry-After we wait for within a request
REIFEGRAD_SITE_ATTEMPTS = 2  # a site failing transiently (timeout, reset, 5xx) is crawled once more…
REIFEGRAD_RETRY_BACKOFF = 60.0  # …after this many seconds, in a retry pass at the end of the run
# Components a linked vendor page (form server, payment, BundID, RIS, booking…) can evidence for the
# municipality that links it. Its own imprint, search box or chatbot are the vendor's, not the town's.
REIFEGRAD_VENDOR_PAGE_COMPONENTS = [
    "form_server", "epayment", "service_account", "eid", "appointment_booking", "council_info",
    "open_data", "issue_reporting", "participation", "geoportal", "mobile_app",
]
REIFEGRAD_INCREMENTAL = True  # conditional requests and content hashes against the last crawl
REIFEGRAD_MEMO_STORAGE = "crawler.memo_store.SqliteMemoStorage"  # where the last crawl's page memos are read
REIFEGRAD_RENDER = False  # switched on by crawler.run when a Chromium is installed
REIFEGRAD_BROWSER_RECYCLE = 100  # renders per Chromium launch
REIFEGRAD_STORE_PATIENCE = 600.0  # seconds a site's write waits out another writer's lock before the run fails
REIFEGRAD_CRAWL_DELAY_MAX = 10.0  # robots.txt Crawl-delay is honoured up to this many seconds
REIFEGRAD_IDLE_TIMEOUT = 15  # seconds an idle connection is kept: above AutoThrottle's and Crawl-delay's caps
REIFEGRAD_IDLE_CONNECTIONS = 0  # idle connections kept in all; 0: twice what the open sites may hold
# robots.txt parsers kept (hosts of the sites being crawled and their vendors); 0: 16 per open site (1,920 at
# 120 sites; a parser of a real robots.txt holds 2-20 KB, so the cache follows the open sites, not the run)
REIFEGRAD_ROBOTS_CACHE = 0
