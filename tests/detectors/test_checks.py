"""Technical checks: https, viewport, security headers, trackers before consent, CMS."""
from __future__ import annotations

import re

import lxml.html
import pytest

from detectors.checks import check_engine, check_site
from detectors.page import PageArtifact

HTML = '<html><head><meta name="viewport" content="width=device-width, initial-scale=1"></head><body>x</body></html>'
ALL_HEADERS = {
    "content-security-policy": "default-src 'self'", "x-content-type-options": "nosniff",
    "x-frame-options": "SAMEORIGIN", "referrer-policy": "same-origin", "strict-transport-security": "max-age=31536000",
}


def start(url="https://www.m.de/", html=HTML, headers=None, **kw) -> PageArtifact:
    return PageArtifact(url, html, headers=headers or {}, **kw)


def test_https_all_three():
    result = check_site(start(headers=ALL_HEADERS), PageArtifact("https://www.m.de/", ""), ["http://www.m.de/", "https://www.m.de/"])
    assert result["https"].value == 1.0


def test_https_without_redirect_and_hsts():
    result = check_site(start(), PageArtifact("http://www.m.de/", "", status=200), [])
    assert result["https"].value == pytest.approx(1 / 3)


def test_http_only_site():
    result = check_site(start("http://www.m.de/"), PageArtifact("http://www.m.de/", ""), [])
    assert result["https"].value == 0.0


def test_hsts_with_max_age_zero_does_not_count():
    result = check_site(start(headers={"strict-transport-security": "max-age=0"}), PageArtifact("https://www.m.de/", ""), [])
    assert result["https"].value == pytest.approx(2 / 3)


def test_redirect_from_chain_when_no_probe():
    result = check_site(start(), None, ["http://m.de/", "https://www.m.de/"])
    assert "Weiterleitung auf HTTPS: ja" in result["https"].detail


def test_redirect_unknown_is_left_out():
    result = check_site(start(headers={"strict-transport-security": "max-age=60"}), None, [])
    assert result["https"].value == 1.0 and "Weiterleitung auf HTTPS: nicht messbar" in result["https"].detail


@pytest.mark.parametrize("html,value", [
    (HTML, 1.0),
    ('<meta name="viewport" content="width=1024">', 0.0),
    ("<p>no viewport</p>", 0.0),
])
def test_mobile_viewport(html, value):
    assert check_site(start(html=html), None, [])["mobile_viewport"].value == value


def test_security_headers_share():
    assert check_site(start(headers=ALL_HEADERS), None, [])["security_headers"].value == 1.0
    assert check_site(start(), None, [])["security_headers"].value == 0.0
    csp_only = {"content-security-policy": "frame-ancestors 'self'"}
    assert check_site(start(headers=csp_only), None, [])["security_headers"].value == pytest.approx(2 / 5)


def test_trackers_not_measurable_in_static_view():
    result = check_site(start(html=HTML + '<script src="https://www.google-analytics.com/analytics.js"></script>'), None, [])
    assert result["trackers_before_consent"].value is None


def test_no_trackers_is_one_and_consent_manager_is_named():
    page = start(html='<script src="https://app.usercentrics.eu/browser-ui/latest/loader.js"></script>', view="rendered",
                 requests=("https://app.usercentrics.eu/browser-ui/latest/loader.js", "https://www.m.de/style.css"))
    result = check_site(page, None, [])["trackers_before_consent"]
    assert result.value == 1.0 and result.product == "Usercentrics"


def test_each_tracker_lowers_the_value():
    page = start(view="network", requests=("https://www.google-analytics.com/g/collect?v=2", "https://connect.facebook.net/en_US/fbevents.js"),
                 cookies=("_ga", "_fbp", "PHPSESSID"))
    result = check_site(page, None, [])["trackers_before_consent"]
    assert result.value == 0.5 and "Google Analytics" in result.detail and "Meta Pixel" in result.detail


# (rule id, positive artifact, negative artifact): every CMS, consent and tracker rule
R = "rendered"
RULE_CASES = [
    ("typo3", {"html": '<meta name="generator" content="TYPO3 CMS">'}, {"html": "<p>Typo im Text</p>"}),
    ("gsb", {"html": '<meta name="generator" content="Government Site Builder">'}, {"html": '<a href="/docs/shared/">x</a>'}),
    ("ikiss", {"html": '<a href="/index.php?object=tx,2345.5&ModID=7&FID=2345.1.1">x</a>'}, {"html": '<a href="/index.php?object=news">x</a>'}),
    ("sitepark", {"html": '<meta name="generator" content="Sitepark Information Enterprise Server - IES Generator v2.0">'}, {"html": '<meta name="generator" content="Parkhaus">'}),
    ("sixcms", {"html": '<img src="/sixcms/media.php/1/logo.png">'}, {"html": '<img src="/six/logo.png">'}),
    ("imperia", {"html": '<meta name="generator" content="IMPERIA 10.2">'}, {"html": '<p>imperial</p>'}),
    ("pirobase", {"html": '<link rel="stylesheet" href="/site/stadt/resourceCached/1.0/css/main.css">'}, {"html": '<link href="/site/main.css">'}),
    ("weblication", {"html": '<meta name="generator" content="Weblication® CMS">'}, {"html": "<p>Publikation</p>"}),
    ("opencms", {"headers": {"server": "OpenCms/11"}}, {"headers": {"server": "nginx"}}),
    ("coremedia", {"html": '<meta name="generator" content="CoreMedia CMS">'}, {"html": "<p>Core</p>"}),
    ("contao", {"html": '<meta name="generator" content="Contao Open Source CMS">'}, {"html": "<p>Kontakt</p>"}),
    ("neos", {"headers": {"x-flow-powered": "Neos/8.3"}}, {"headers": {"x-powered-by": "PHP"}}),
    ("redaxo", {"url": "https://www.m.de/redaxo/index.php", "js_globals": ("redaxo",)}, {"url": "https://www.m.de/redaktion/"}),
    ("wordpress", {"html": '<meta name="generator" content="WordPress 6.5">'}, {"html": "<p>Wort</p>"}),
    ("drupal", {"html": '<meta name="generator" content="Drupal 10 (https://www.drupal.org)">'}, {"html": "<p>Drupal-Kurs</p>"}),
    ("joomla", {"html": '<meta name="generator" content="Joomla! - Open Source Content Management">'}, {"html": "<p>x</p>"}),
    ("reddot", {"html": "<html><head><!-- PageID 2273 - published by RedDot 7.5 - 7.5.2.17 - 25052 --></head></html>"}, {"html": "<p>Red dot design award</p>"}),
    ("toujou", {"html": "<toujou-input-group><input name=\"q\"></toujou-input-group>"}, {"html": "<p>toujou-input-group</p>"}),
    ("nolis", {"html": "<script>NOLISManager.LayoutTemplate.spaltenAngleichen();</script>"}, {"html": "<p>Nolis</p>"}),
    ("usercentrics", {"html": '<script id="usercentrics-cmp" src="https://app.usercentrics.eu/browser-ui/latest/loader.js"></script>'}, {"html": "<p>user</p>"}),
    ("borlabs", {"html": '<div id="BorlabsCookieBox"></div>'}, {"html": '<div id="cookie"></div>'}),
    ("consentmanager", {"cookies": ("__cmpconsentx274",), "view": R}, {"cookies": ("cmp",), "view": R}),
    ("cookiebot", {"html": '<script src="https://consent.cookiebot.com/uc.js"></script>'}, {"html": "<p>bot</p>"}),
    ("onetrust", {"html": '<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js"></script>'}, {"html": "<p>trust</p>"}),
    ("ccm19", {"html": '<script src="/ccm19/public/ccm19.js?apiKey=1"></script>'}, {"html": "<p>ccm</p>"}),
    ("klaro", {"html": '<script src="/js/klaro.js"></script>'}, {"html": '<script src="/js/karo.js"></script>'}),
    ("cookie-consent-generic", {"html": '<script src="/js/cookieconsent.min.js"></script>'}, {"html": '<script src="/js/cookie.js"></script>'}),
    ("google-analytics", {"cookies": ("_ga",), "view": R}, {"cookies": ("_gallery",), "view": R}),
    ("google-ads", {"requests": ("https://googleads.g.doubleclick.net/pagead/id",), "view": R}, {"requests": ("https://www.m.de/ads.png",), "view": R}),
    ("google-tag-manager", {"requests": ("https://www.googletagmanager.com/gtm.js?id=GTM-1",), "view": R}, {"requests": ("https://www.m.de/gtm.js",), "view": R}),
    ("meta-pixel", {"requests": ("https://connect.facebook.net/en_US/fbevents.js",), "view": R}, {"requests": ("https://www.facebook.com/StadtM",), "view": R}),
    ("etracker", {"requests": ("https://code.etracker.com/code/e.js",), "view": R}, {"requests": ("https://www.m.de/tracker.js",), "view": R}),
    ("matomo-cookies", {"cookies": ("_pk_id.1.abcd",), "view": R},
     {"cookies": ("pk_setting", "MATOMO_CONSENT"), "requests": ("https://statistik.m.de/matomo.js",), "view": R}),
    ("hotjar", {"requests": ("https://static.hotjar.com/c/hotjar-1.js",), "view": R}, {"cookies": ("hj",), "view": R}),
    ("webtrekk", {"requests": ("https://responder.wt-safetag.com/resp/api/get/1",), "view": R}, {"requests": ("https://www.m.de/wt.js",), "view": R}),
    ("bing-ads", {"requests": ("https://bat.bing.com/bat.js",), "view": R}, {"requests": ("https://www.bing.com/maps",), "view": R}),
    ("linkedin-insight", {"requests": ("https://snap.licdn.com/li.lms-analytics/insight.min.js",), "view": R}, {"requests": ("https://www.linkedin.com/company/m",), "view": R}),
    ("youtube-embed", {"requests": ("https://www.youtube.com/embed/abc",), "view": R}, {"requests": ("https://www.youtube-nocookie.com/embed/abc",), "view": R}),
]


def _artifact(kw: dict) -> PageArtifact:
    kw = dict(kw)
    return PageArtifact(kw.pop("url", "https://www.m.de/"), kw.pop("html", "<p></p>"), **kw)


@pytest.mark.parametrize("rule,positive,negative", RULE_CASES, ids=[c[0] for c in RULE_CASES])
def test_check_rule(rule, positive, negative):
    engine = check_engine()
    assert rule in {m.evidence.pattern_id.split("/")[0] for m in engine.detect(_artifact(positive))}
    assert rule not in {m.evidence.pattern_id.split("/")[0] for m in engine.detect(_artifact(negative))}


def test_every_check_rule_is_tested():
    assert set(check_engine().rules) == {c[0] for c in RULE_CASES}


def test_cms_product_and_no_value():
    result = check_site(start(html='<meta name="generator" content="TYPO3 CMS">'), None, [])["cms"]
    assert result.product == "TYPO3" and result.value is None


def test_unknown_cms():
    assert check_site(start(), None, [])["cms"].product is None


BORLABS_IDS = ("BorlabsCookieBox", "BORLABSCOOKIEBOX", "borlabscoo\u212aiebox", "borlab\u017fcookiebox", "borlabscook\u0130ebox",
               "borlabscook\u0131ebox", "borlabscookiebox\n", "borlabscookiebox\n\n", " borlabscookiebox", "borlabscookiebox ",
               "borlabscookiebox2", "borlabs-cookie-box", "borlabscookiebo", "")


def test_borlabs_selector_is_the_regex_it_replaced():
    """The Borlabs box's selector asks no Python regex per element; it finds what re:test(@id, '^borlabscookiebox$', 'i')
    found: any case, the letters Python's re also takes for i, k and s, a final line break."""
    selector = next(p.selector for p in check_engine().patterns if p.rule_id == "borlabs" and p.kind == "dom")
    for value in BORLABS_IDS:
        root = lxml.html.document_fromstring("<html><body><p>x</p></body></html>")
        root.body.append(lxml.html.Element("div", id=value))
        expected = re.search("^borlabscookiebox$", value, re.IGNORECASE) is not None
        assert bool(selector(root)) == expected, repr(value)
