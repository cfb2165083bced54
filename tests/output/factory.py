"""Test data built from the real record types and the real scorer (no mocks of our own parts).

The crawler's role is played by ``record``: score the site for each attributed municipality, write it."""
from __future__ import annotations

from detectors.model import CheckResult, Evidence, Finding, ServiceObservation
from output.observe import context, from_record
from output.records import PageRecord, SiteVisitRecord
from output.store import Store
from scoring import score

SH = {"state": "Schleswig-Holstein", "state_code": "01"}
MUNICIPALITIES = [
    {"ags": "01001000", "name": "Flensburg", "type": "Kreisfreie Stadt", "level": "gemeinde",
     "kreis_ags": "01001", "population": "91113", "lat": "54.78252", "lon": "9.43751", **SH},
    {"ags": "01051001", "name": "Albersdorf", "type": "Gemeinde", "level": "gemeinde",
     "kreis_ags": "01051", "population": "3600", "lat": "54.1333", "lon": "9.2833", **SH},
    {"ags": "01051002", "name": "Arkebek", "type": "Gemeinde", "level": "gemeinde",
     "kreis_ags": "01051", "population": "250", **SH},
    {"ags": "01051003", "name": "Averlak", "type": "Gemeinde", "level": "gemeinde",
     "kreis_ags": "01051", "population": "600", "lat": "53.9833", "lon": "9.2333", **SH},
    {"ags": "01051", "name": "Dithmarschen", "type": "Kreis", "level": "kreis",
     "kreis_ags": "01051", "population": "133000", "lat": "54.1", "lon": "9.1", **SH},
    {"ags": "09162000", "name": "München", "type": "Kreisfreie Stadt", "level": "gemeinde",
     "kreis_ags": "09162", "population": "1488000", "lat": "48.137", "lon": "11.575", "state": "Bayern", "state_code": "09",
     "website_url": "https://stadt.muenchen.de", "gemeindeverband": "ignored column"},
]
AMT = ["01051001", "01051002", "01051003"]  # share one Amt website
BASICS = {"imprint": 90, "privacy_policy": 90, "accessibility_statement": 80, "site_search": 70}
ALL_SERVICES = ["wohnsitz_anmelden", "meldebescheinigung", "personalausweis", "gewerbe_anmelden", "kfz_zulassung"]


def site(site_key: str, components: dict[str, int] | None = None, status: str = "ok",
         services: dict[str, int] | None = None, day: str = "2026-11-01", unobserved: tuple[str, ...] = ()) -> SiteVisitRecord:
    """A crawled site with one evidence per component, service levels and all checks good."""
    base = f"https://www.{site_key}"
    ok = status == "ok"
    components = components if components is not None else BASICS
    findings = [
        Finding(c, f"{c}-produkt", conf, [
            Evidence(f"{base}/seite-{c}", "requests", f"{c}.js", f"{c}-net", "network"),
            Evidence(f"{base}/{c}", "link_href", f"/{c}", f"{c}-link", "static"),
        ]) for c, conf in components.items()
    ] + [Finding(c, None, 0, [Evidence(f"{base}/", "script_src", "loader.js", f"{c}-loader")], state="unobserved")
         for c in unobserved]
    return SiteVisitRecord(
        site_key=site_key, start_url=base + "/", status=status, final_url=base + "/" if ok else None,
        started_at=f"{day}T01:00:00+00:00", finished_at=f"{day}T01:02:30+00:00",
        error=None if ok else "read timeout",
        pages=[PageRecord(base + "/", 200, "text/html", 12_000, "a" * 64, 0, etag='"v1"',
                          fetched_at=f"{day}T01:00:01+00:00"),
               PageRecord(base + "/buergerservice", 200, "text/html", 8_000, "b" * 64, 1,
                          last_modified="Sat, 01 Nov 2026 00:00:00 GMT")] if ok else [],
        findings=findings if ok else [],
        services=[ServiceObservation(s, lvl, f"{base}/dienst/{s}", "Online-Antrag")
                  for s, lvl in (services or {}).items()] if ok else [],
        checks={c: CheckResult(1.0, "gut") for c in ("https", "mobile_viewport", "security_headers",
                                                    "trackers_before_consent")} if ok else {},
        rendered=ok, cms="TYPO3" if ok else None,
        redirect_chain=[f"http://{site_key}/", base + "/"] if ok else [],
    )


def record(store: Store, run_id: int, visit: SiteVisitRecord, ags_list: list[str], model) -> int:
    """What the crawler does: score the site for each attributed municipality, then write it."""
    obs = from_record(visit)
    return store.record_site(run_id, visit, [(a, score(obs, context(store.conn, a), model)) for a in ags_list])


def nightly(store: Store, model, day: str, sites: dict[str, tuple[list[str], SiteVisitRecord]],
            no_website: tuple[str, ...] = (), kind: str = "nightly", trigger: str = "cron") -> int:
    """One finished run: several sites, each attributed to its municipalities."""
    run_id = store.start_run(kind, trigger, {"max_pages": 50}, {"code_version": "test", "model_version": model.version,
                                                                "model_hash": model.hash})
    for ags_list, visit in sites.values():
        record(store, run_id, visit, ags_list, model)
    for ags in no_website:
        store.record_unvisited(run_id, ags, "no_website", "keine URL im Verzeichnis")
    store.finish_run(run_id, {"sites": len(sites), "pages": 2 * len(sites), "bytes": 1, "pages_per_s": 1.0,
                              "duration_s": 1.0, "errors_by_status": {}})
    return run_id


def two_nights(store: Store, model) -> tuple[int, int]:
    """Night 1 and night 2: Flensburg gains e-payment and loses the chatbot, the Amt site is shared by 3,
    München times out on night 2, the Kreis has no website."""
    full = {s: 3 for s in ALL_SERVICES}
    r1 = nightly(store, model, "2026-11-01", {
        "flensburg.de": (["01001000"], site("flensburg.de", {**BASICS, "chatbot": 60, "form_server": 80},
                                            services=full, day="2026-11-01")),
        "amt-mitteldithmarschen.de": (AMT, site("amt-mitteldithmarschen.de", day="2026-11-01",
                                                services={"wohnsitz_anmelden": 1})),
        "muenchen.de": (["09162000"], site("muenchen.de", {**BASICS, "epayment": 90}, services=full,
                                           day="2026-11-01")),
    }, no_website=("01051",))
    r2 = nightly(store, model, "2026-11-02", {
        "flensburg.de": (["01001000"], site("flensburg.de", {**BASICS, "epayment": 70, "form_server": 80},
                                            services=full, day="2026-11-02")),
        "amt-mitteldithmarschen.de": (AMT, site("amt-mitteldithmarschen.de", day="2026-11-02",
                                                services={"wohnsitz_anmelden": 1})),
        "muenchen.de": (["09162000"], site("muenchen.de", status="timeout", day="2026-11-02")),
    }, no_website=("01051",))
    return r1, r2
