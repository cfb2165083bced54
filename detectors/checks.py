"""Technical checks of a site's start page: measured values 0..1 (None = not measurable), not "found".

Details are German: the report, the web app and `reifegrad result` show them as they are.

The CMS, consent-manager and tracker fingerprints are ordinary rules in ``fingerprints/checks/``
run by the same engine, so the checks need no second matcher.
"""
from __future__ import annotations

from functools import cache

from .engine import Engine, aggregate
from .model import CheckResult, Match
from .page import PageArtifact, parse_page
from .rules import DEFAULT_DIR

CHECKS_DIR = DEFAULT_DIR / "checks"
SECURITY_HEADERS = ("content-security-policy", "x-content-type-options", "x-frame-options", "referrer-policy",
                    "strict-transport-security")
TRACKER_STEP = 0.25  # each distinct tracker before consent costs a quarter; four or more give 0


@cache
def check_engine() -> Engine:
    return Engine.load(CHECKS_DIR)


def check_site(start: PageArtifact, http_probe: PageArtifact | None,
               redirect_chain: list[str]) -> dict[str, CheckResult]:
    """``https``, ``mobile_viewport``, ``security_headers``, ``trackers_before_consent`` and ``cms``.

    ``start`` is the start page as fetched (rendered or network view when the crawler rendered it),
    ``http_probe`` the answer to the plain-http URL (after redirects), ``redirect_chain`` the URLs from the
    first request to ``start.url``.
    """
    parsed = parse_page(start)
    matches = check_engine().detect(start, parsed)
    headers = {k.lower(): v for k, v in start.headers.items()}
    return {
        "https": https_check(start, http_probe, redirect_chain, headers),
        "mobile_viewport": viewport_check(parsed.meta.get("viewport")),
        "security_headers": security_headers_check(headers),
        "trackers_before_consent": trackers_check(start, matches),
        "cms": cms_check(matches),
    }


def _hsts(headers: dict[str, str]) -> bool:
    value = headers.get("strict-transport-security", "").lower()
    for part in value.split(";"):
        name, _, arg = part.strip().partition("=")
        if name == "max-age":
            return arg.strip().strip('"').isdigit() and int(arg.strip().strip('"')) > 0
    return False


def https_check(start: PageArtifact, http_probe: PageArtifact | None, redirect_chain: list[str],
                headers: dict[str, str]) -> CheckResult:
    """Share of: served over https, http redirects to https, HSTS (parts that cannot be measured are left out)."""
    served = start.url.lower().startswith("https://")
    redirect: bool | None = None
    if http_probe is not None:
        redirect = http_probe.url.lower().startswith("https://")
    elif redirect_chain and redirect_chain[0].lower().startswith("http://"):
        redirect = redirect_chain[-1].lower().startswith("https://") or served
    hsts = served and _hsts(headers)
    parts = {"HTTPS": served, "Weiterleitung auf HTTPS": redirect, "HSTS": hsts}
    measured = {k: v for k, v in parts.items() if v is not None}
    detail = ", ".join(f"{k}: {'ja' if v else 'nein' if v is not None else 'nicht messbar'}" for k, v in parts.items())
    return CheckResult(sum(measured.values()) / len(measured), detail)


def viewport_check(viewport: str | None) -> CheckResult:
    if viewport is None:
        return CheckResult(0.0, "keine Viewport-Angabe")
    ok = "width=device-width" in viewport.replace(" ", "").lower()
    return CheckResult(1.0 if ok else 0.0, f"Viewport: {viewport[:100]}")


def security_headers_check(headers: dict[str, str]) -> CheckResult:
    """Share of CSP, X-Content-Type-Options, X-Frame-Options (or CSP frame-ancestors), Referrer-Policy, HSTS."""
    present = {name for name in SECURITY_HEADERS if headers.get(name, "").strip()}
    if "frame-ancestors" in headers.get("content-security-policy", "").lower():
        present.add("x-frame-options")
    missing = [n for n in SECURITY_HEADERS if n not in present]
    return CheckResult(len(present) / len(SECURITY_HEADERS),
                       "es fehlen: " + ", ".join(missing) if missing else "alle vorhanden")


def trackers_check(start: PageArtifact, matches: list[Match]) -> CheckResult:
    """1.0 without third-party trackers before consent, a quarter less per distinct tracker; None without
    a network view (the static HTML cannot show what a browser would load)."""
    consent = _best_product(matches, "consent")
    if start.view == "static" and not start.requests and not start.cookies:
        return CheckResult(None, "nur im Browser messbar (Seite nicht dargestellt)", consent)
    trackers = sorted({m.product or m.evidence.pattern_id for m in matches if m.component == "tracker"})
    value = max(0.0, 1.0 - TRACKER_STEP * len(trackers))
    return CheckResult(value, "Tracker vor Einwilligung: " + (", ".join(trackers) or "keine"), consent)


def cms_check(matches: list[Match]) -> CheckResult:
    product = _best_product(matches, "cms")
    return CheckResult(None, f"CMS: {product}" if product else "CMS: nicht erkannt", product)


def _best_product(matches: list[Match], component: str) -> str | None:
    """The strongest product of a check's matches, by the same summing as component findings."""
    return next((f.product for f in aggregate(matches, 1, components={component})), None)
