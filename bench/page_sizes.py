"""Size and shape of real municipal pages, measured in place: the source of farm/page_sizes.json.

Reads the raw HTML documents of ../shared/realpages where they lie (never copies them) and records only
counts per page: bytes, elements, links, links inside navigation and inside the footer, scripts, inline
script and style bytes, and the bytes of visible text (what the detectors' text patterns read: most of a real
page is markup, not prose). The text documents there are cut at about 2,000 characters, so they say nothing
about page size and are left out. The simulated web's `--page-size real` pads its pages to these profiles.

    .venv/bin/python bench/page_sizes.py            # print the table and the distribution
    .venv/bin/python bench/page_sizes.py --write    # also rewrite farm/page_sizes.json
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

import lxml.html

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from detectors.page import PageArtifact, parse_page  # noqa: E402

TARGET = REPO / "farm" / "page_sizes.json"
NAV = "//nav//a[@href] | //*[contains(@class,'nav') or contains(@id,'nav') or contains(@class,'menu')]//a[@href]"
FOOTER = "//footer//a[@href] | //*[contains(@class,'footer') or contains(@id,'footer')]//a[@href]"


def realpages() -> Path | None:
    for directory in (REPO.parent / "shared" / "realpages", REPO.parent.parent / "shared" / "realpages"):
        if directory.is_dir():
            return directory
    return None


def profile(data: bytes) -> dict[str, int]:
    """Counts of one page; nothing of its content."""
    root = lxml.html.fromstring(data)
    scripts = root.xpath("//script")
    return {"bytes": len(data), "elements": sum(1 for _ in root.iter()), "links": len(root.xpath("//a[@href]")),
            "nav_links": len(set(root.xpath(NAV))), "footer_links": len(set(root.xpath(FOOTER))),
            "scripts": len(scripts),
            "inline_script_bytes": sum(len(s.text or "") for s in scripts if not s.get("src")),
            "style_bytes": sum(len(s.text or "") for s in root.xpath("//style")),
            "text_bytes": len(parse_page(PageArtifact("https://www.example.de/", data.decode("utf-8", "replace")))
                              .readable.encode())}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help=f"rewrite {TARGET.relative_to(REPO)}")
    args = ap.parse_args()
    source = realpages()
    if source is None:
        print("../shared/realpages not present: nothing to measure")
        return 1
    pages = sorted(source.glob("*.html"))
    profiles = [profile(p.read_bytes()) for p in pages]
    keys = list(profiles[0])
    print("page".ljust(44) + "".join(k.rjust(12) for k in ("bytes", "links", "nav", "footer", "scripts", "inline JS", "text")))
    for path, prof in zip(pages, profiles):
        print(path.stem[:43].ljust(44) + "".join(f"{prof[k]:12,}" for k in
                                                 ("bytes", "links", "nav_links", "footer_links", "scripts",
                                                  "inline_script_bytes", "text_bytes")))
    sizes = sorted(p["bytes"] for p in profiles)
    quartiles = statistics.quantiles(sizes, n=4)
    print(f"\n{len(pages)} raw HTML pages (of {len(list(source.glob('*.json')))} documents; the rest are text "
          f"cut at ~2,000 characters): bytes min {sizes[0]:,}, quartiles {', '.join(f'{q:,.0f}' for q in quartiles)}, "
          f"max {sizes[-1]:,}; median links {statistics.median(p['links'] for p in profiles):.0f}; median visible text "
          f"{statistics.median(p['text_bytes'] for p in profiles):,.0f} bytes")
    if args.write:
        rows = ",\n  ".join(json.dumps([p[k] for k in keys]) for p in profiles)
        TARGET.write_text(
            '{"source": "bench/page_sizes.py: the raw HTML pages of ../shared/realpages (hand-labelled real municipal '
            'pages, 2013-2025), measured in place; counts only, no content",\n'
            f' "fields": {json.dumps(keys)},\n "profiles": [\n  {rows}]}}\n')
        print(f"wrote {TARGET.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
