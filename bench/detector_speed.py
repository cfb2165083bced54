"""Detector speed: full detection (parse_page + Engine.detect) against a bare lxml.html.fromstring parse.

Goal: detection costs at most 1.5x the bare parse, per page size. Pages: the real HTML pages of
../shared/realpages (read in place, never copied; skipped with a message when absent) and synthetic
100-300 KB municipal pages (navigation, many links, news teasers, inline scripts, footer). Every page is
timed in interleaved rounds (bare parse, parse_page, one-pass detect, plain detect), CPU time, and the
per-page medians are summarised per group as medians. The plain engine (every literal tested with
``in``, every selector run) is the reference: the one-pass engine must find exactly the same.

    .venv/bin/python bench/detector_speed.py [--rounds N] [--quick]
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path
from statistics import median

import lxml.html

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from detectors.detect_file import load_artifact  # noqa: E402
from detectors.engine import Engine  # noqa: E402
from detectors.page import PageArtifact, parse_page  # noqa: E402
WORDS = ("Rathaus Bürgerbüro Abfall Bauamt Standesamt Kita Schulen Kultur Sport Wirtschaft Verkehr Umwelt Soziales "
         "Feuerwehr Friedhof Wahlen Steuern Gewerbe Tourismus Veranstaltungen Bekanntmachungen Ortsrecht Stellen "
         "Bürgermeister Gemeinderat Ausschreibungen Baugebiete Stadtwerke Bibliothek Museum Musikschule Freibad").split()


ICON = ('<svg class="icon" viewBox="0 0 24 24" width="16" height="16" focusable="false"><path d="M12 2C6.48 2 2 6.48 2 12s4.48 '
        '10 10 10 10-4.48 10-10S17.52 2 12 2zm-1 15l-5-5 1.41-1.41L11 14.17l7.59-7.59L20 8l-9 9z"/></svg>')


def sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS).lower() if i else rng.choice(WORDS) for i in range(n)) + "."


def synth_page(seed: int, target_kb: int) -> tuple[str, str]:
    """A plausible municipal page of about ``target_kb`` KB."""
    rng = random.Random(seed)
    domain = f"gemeinde-{seed}.de"
    head = [f'<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Startseite - Gemeinde {seed}</title>',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<meta name="generator" content="TYPO3 CMS">',
            '<link rel="stylesheet" href="/typo3temp/assets/css/main.css">',
            '<script src="/typo3conf/ext/site/Resources/Public/JavaScript/jquery.min.js"></script>',
            '<script src="/typo3conf/ext/site/Resources/Public/JavaScript/select2/select2.min.js"></script>',
            "<script>var _paq = window._paq || []; _paq.push(['trackPageView']); (function(){var u='//stats." + domain
            + "/';_paq.push(['setTrackerUrl', u+'matomo.php']);})();</script>",
            '<script type="application/ld+json">{"@context":"https://schema.org","@type":"GovernmentOrganization","name":"Gemeinde '
            + str(seed) + '","url":"https://www.' + domain + '/"}</script></head><body>']
    nav = ['<header><form action="/suche" method="get" role="search"><input type="search" name="q"></form><nav><ul>']
    for i in range(max(8, target_kb // 6)):
        nav.append(f'<li><a href="/{rng.choice(WORDS).lower()}/">{rng.choice(WORDS)}</a><ul>')
        for j in range(rng.randint(5, 12)):
            nav.append(f'<li class="nav-item nav-item--level-2" data-nav-id="{i}-{j}"><a class="nav-link js-nav-link" '
                       f'href="/{rng.choice(WORDS).lower()}/{rng.choice(WORDS).lower()}-{i}-{j}/" title="{rng.choice(WORDS)}">'
                       f'<span class="nav-link__icon" aria-hidden="true">{ICON}</span>'
                       f'<span class="nav-link__text">{sentence(rng, 2)}</span></a></li>')
        nav.append("</ul></li>")
    nav.append("</ul></nav></header><main>")
    body = []
    services = ['<a href="https://www.service-bw.de/zufi/leistungen/6000566">Online-Dienste</a>',
                '<a href="https://termine-reservieren.de/termine/gemeinde/">Termin online buchen</a>',
                '<a href="https://ratsinfo.' + domain + '/bi/si0040.php">Ratsinformationssystem</a>',
                '<a href="https://www.facebook.com/gemeinde' + str(seed) + '">Facebook</a>',
                '<a href="https://www.facebook.com/sharer/sharer.php?u=https://www.' + domain + '/">teilen</a>']
    n = 0
    size = sum(map(len, head + nav))
    while size < target_kb * 1024:
        n += 1
        teaser = (f'<div class="col-12 col-md-6 col-lg-4 teaser-wrapper" data-uid="{n}"><article class="news-teaser card card--news">'
                  f'<div class="card__image"><picture><source srcset="/fileadmin/_processed_/a/b/csm_{n}_640.webp 640w, '
                  f'/fileadmin/_processed_/a/b/csm_{n}_1280.webp 1280w" type="image/webp">'
                  f'<img class="img-fluid lazyload" src="/fileadmin/_processed_/a/b/csm_{n}_640.jpg" alt="{sentence(rng, 3)}" '
                  f'width="640" height="360" loading="lazy"></picture></div><div class="card__body">'
                  f'<h2 class="card__title h4"><a class="card__link stretched-link" href="/aktuelles/meldung-{n}/">'
                  f'{sentence(rng, 6)}</a></h2>'
                  f'<div class="card__meta"><span class="icon icon--calendar" aria-hidden="true">{ICON}</span>'
                  f'<time datetime="2025-0{1 + n % 9}-1{n % 9}">1{n % 9}.0{1 + n % 9}.2025</time></div>'
                  f'<p class="card__text">{sentence(rng, 25)}</p><a class="btn btn-link more" href="/aktuelles/meldung-{n}/">'
                  f'weiterlesen<span class="visually-hidden"> über Meldung {n}</span></a></div></article></div>')
        if n % 7 == 0:
            teaser += services[(n // 7) % len(services)]
        if n % 11 == 0:
            teaser += ('<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"event": "teaser", "id": '
                       + str(n) + "});</script>")
        body.append(teaser)
        size += len(teaser)
    foot = ['</main><footer><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a> '
            '<a href="/barrierefreiheit">Erklärung zur Barrierefreiheit</a> <a href="/leichte-sprache">Leichte Sprache</a>'
            '</footer></body></html>']
    return f"https://www.{domain}/", "".join(head + nav + body + foot)


def real_pages(pattern: str = "*.html") -> list[tuple[str, str]]:
    """Real documents, read in place from ../shared/realpages ([] when absent): the HTML pages by default,
    ``*.txt`` for the text dumps (as ``reifegrad detect`` reads them)."""
    for directory in (REPO.parent / "shared" / "realpages", REPO.parent.parent / "shared" / "realpages"):
        if directory.is_dir():
            return [(f"https://{path.stem}.example/", load_artifact(path, f"https://{path.stem}.example/").html)
                    for path in sorted(directory.glob(pattern))]
    return []


def cpu(fn) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def measure(pages: list[tuple[str, str]], fast: Engine, plain: Engine, rounds: int) -> dict[str, float]:
    """Per-page medians over interleaved rounds, then the median over the pages of the group."""
    artifacts = [PageArtifact(url, html) for url, html in pages]
    for a in artifacts:  # warm caches (registered-domain lookups) as a long crawl would have them
        fast.detect(a)
        plain.detect(a)
    rows = []
    for a in artifacts:
        times: dict[str, list[float]] = {"bare": [], "parse": [], "fast": [], "plain": []}
        for _ in range(rounds):
            times["bare"].append(cpu(lambda: lxml.html.fromstring(a.html)))
            parsed = parse_page(a)
            times["parse"].append(cpu(lambda: parse_page(a)))
            times["fast"].append(cpu(lambda: fast.detect(a, parsed)))
            times["plain"].append(cpu(lambda: plain.detect(a, parsed)))
        rows.append({k: median(v) for k, v in times.items()})
    return {
        "bare": median(r["bare"] for r in rows), "parse": median(r["parse"] for r in rows),
        "fast": median(r["fast"] for r in rows), "plain": median(r["plain"] for r in rows),
        "ratio": median((r["parse"] + r["fast"]) / r["bare"] for r in rows),
        "ratio_plain": median((r["parse"] + r["plain"]) / r["bare"] for r in rows),
        "kb": median(len(a.html.encode()) / 1024 for a in artifacts),
    }


def identical(pages: list[tuple[str, str]], fast: Engine, plain: Engine) -> int:
    """How many pages get exactly the same matches (evidence and order included) from both engines."""
    same = 0
    for url, html in pages:
        artifact = PageArtifact(url, html)
        parsed = parse_page(artifact)
        same += fast.detect(artifact, parsed) == plain.detect(artifact, parsed)
    return same


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--quick", action="store_true", help="3 pages per group, 3 rounds (a smoke test)")
    args = parser.parse_args()
    per_group, rounds = (3, 3) if args.quick else (10, args.rounds)
    fast, plain = Engine.load(one_pass=True), Engine.load(one_pass=False)
    real = real_pages()
    if not real:
        print("../shared/realpages not found: real pages skipped")
    groups = {
        "real pages": real[:per_group] if args.quick else real,
        "synthetic 100 KB": [synth_page(s, 100) for s in range(per_group)],
        "synthetic 200 KB": [synth_page(s, 200) for s in range(10, 10 + per_group)],
        "synthetic 300 KB": [synth_page(s, 300) for s in range(20, 20 + per_group)],
    }
    print(f"engine {fast.version}: {len(fast.rules)} rules, {len(fast.patterns)} patterns; "
          f"CPU time, median of {rounds} interleaved rounds per page, median over the pages")
    print(f"{'pages':<18}{'n':>3}{'KB':>6}{'lxml ms':>9}{'parse ms':>10}{'detect ms':>11}{'plain ms':>10}"
          f"{'ratio':>7}{'plain':>7}{'identical':>11}")
    for name, pages in groups.items():
        if not pages:
            continue
        m = measure(pages, fast, plain, rounds)
        same = identical(pages, fast, plain)
        print(f"{name:<18}{len(pages):>3}{m['kb']:>6.0f}{m['bare'] * 1000:>9.2f}{m['parse'] * 1000:>10.2f}"
              f"{m['fast'] * 1000:>11.2f}{m['plain'] * 1000:>10.2f}{m['ratio']:>7.2f}{m['ratio_plain']:>7.2f}"
              f"{f'{same}/{len(pages)}':>11}")
    print("ratio = (parse_page + one-pass detect) / lxml.html.fromstring; plain = the same with the plain engine; "
          "goal ratio <= 1.5")
    documents = real + real_pages("*.txt")
    if documents and not args.quick:
        print(f"identical findings on every real document (HTML and text dumps): "
              f"{identical(documents, fast, plain)}/{len(documents)}")


if __name__ == "__main__":
    main()
