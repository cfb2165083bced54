"""The crawler: Scrapy spider, middlewares, pipelines and the runs around them.

Scrapy's cookie middleware calls tldextract, whose default extractor downloads the Public Suffix List on the
first Set-Cookie (stack_notes.md): every crawler module is imported through this package, so setting the
variable here, once, keeps every crawl offline. (``detectors.domains`` has its own offline extractor.)
"""
import os

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
