"""A map of Germany drawn from the municipalities' coordinates alone: inline SVG, no tiles, works offline.

Every municipality with a result is a dot coloured by its score (grey: no score); municipalities
of the directory without a result are a faint background, so the country's shape shows even for a small
run. Equirectangular projection with longitudes shrunk by cos(51°), the middle of Germany: at this size
that is indistinguishable from a conformal projection and needs no library.
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from output.formats import de_number

WIDTH = 440
PAD = 8
# Germany's extent (lat 47.27–55.06, lon 5.87–15.04), a little wider: (south, north, west, east).
BOUNDS = (47.1, 55.2, 5.7, 15.2)
COS_LAT = math.cos(math.radians(51.0))
# (lower bound of the score class, colour): viridis, readable with the common colour-vision deficiencies.
CLASSES = ((0, "#440154"), (20, "#3b528b"), (40, "#21918c"), (60, "#5ec962"), (80, "#fde725"))
NO_SCORE = "#9aa5b1"
UNVISITED = "#d5dde6"
STROKE = "#1d2733"


@dataclass(frozen=True, slots=True)
class Dot:
    """A municipality on the map; ``href`` is None when its page is not part of this report."""

    ags: str
    name: str
    lat: float
    lon: float
    score: float | None
    status_label: str
    href: str | None


def colour(score: float | None) -> str:
    if score is None:
        return NO_SCORE
    return [c for lower, c in CLASSES if score >= lower][-1]


def class_label(i: int) -> str:
    upper = CLASSES[i + 1][0] if i + 1 < len(CLASSES) else 100
    return f"{CLASSES[i][0]}–{upper}"


def germany_map(dots: Sequence[Dot], background: Iterable[tuple[float, float]] = (),
                title: str = "Kommunen nach Score", bounds: tuple[float, float, float, float] = BOUNDS,
                svg_id: str = "karte") -> Markup:
    """The map (of Germany, or of ``bounds``: one state) with its legend; the dots are drawn lowest score
    first so good results are not hidden. A coordinate outside the bounds (a typo in the directory) is left
    out and counted, not allowed to shrink the country to a corner."""
    south, north, west, east = bounds

    def inside(lat: float, lon: float) -> bool:
        return south <= lat <= north and west <= lon <= east

    on_map = [d for d in dots if inside(d.lat, d.lon)]
    background = [(lat, lon) for lat, lon in background if inside(lat, lon)]
    scale = (WIDTH - 2 * PAD) / ((east - west) * COS_LAT)
    height = round((north - south) * scale + 2 * PAD)
    legend_h = 22 * (len(CLASSES) + 3) + 10

    def xy(lat: float, lon: float) -> tuple[float, float]:
        return PAD + (lon - west) * COS_LAT * scale, PAD + (north - lat) * scale

    parts = [f'<svg class="chart map" id="{svg_id}" role="img" viewBox="0 0 {WIDTH} {height + legend_h}" '
             f'width="{WIDTH}" height="{height + legend_h}" xmlns="http://www.w3.org/2000/svg">'
             f'<title>{escape(title)}</title>'
             f'<rect x="0" y="0" width="{WIDTH}" height="{height}" fill="#f6f8fa"/>']
    if background:  # one path of zero-length round-capped segments: 11,000 dots in ~150 KB
        d = "".join("M{:.1f} {:.1f}h0".format(*xy(lat, lon)) for lat, lon in background)
        parts.append(f'<path d="{d}" fill="none" stroke="{UNVISITED}" stroke-width="2.5" stroke-linecap="round"/>')
    # few dots: big and outlined; a whole country: small and plain, or the outlines are all one sees
    radius, outline = (4, f' stroke="{STROKE}" stroke-width="0.5"') if len(on_map) < 300 else (2, "")
    for dot in sorted(on_map, key=lambda d: (d.score is not None, d.score or 0)):
        x, y = xy(dot.lat, dot.lon)
        tip = f"{dot.name} – Score {de_number(dot.score)}" if dot.score is not None else f"{dot.name} – {dot.status_label}"
        circle = (f'<circle class="gemeinde" data-ags="{escape(dot.ags)}" cx="{x:.1f}" cy="{y:.1f}" r="{radius}" '
                  f'fill="{colour(dot.score)}"{outline}><title>{escape(tip)}</title></circle>')
        parts.append(f'<a href="{escape(dot.href)}">{circle}</a>' if dot.href else circle)
    parts.append(_legend(on_map, len(background), len(dots) - len(on_map), height + 10))
    return Markup("".join(parts) + "</svg>")


def bounds_around(points: Iterable[tuple[float, float]], pad: float = 0.1,
                  least: float = 0.6) -> tuple[float, float, float, float]:
    """(south, north, west, east) around the points inside Germany, padded, at least ``least`` degrees
    of latitude high (a city state is one point)."""
    inner = [(lat, lon) for lat, lon in points
             if BOUNDS[0] <= lat <= BOUNDS[1] and BOUNDS[2] <= lon <= BOUNDS[3]]
    if not inner:
        return BOUNDS
    lats, lons = [p[0] for p in inner], [p[1] for p in inner]
    grow = max(0.0, least - (max(lats) - min(lats))) / 2
    return (min(lats) - pad - grow, max(lats) + pad + grow,
            min(lons) - pad - grow / COS_LAT, max(lons) + pad + grow / COS_LAT)


def _legend(dots: Sequence[Dot], unvisited: int, outside: int, top: float) -> str:
    counts = Counter(colour(d.score) for d in dots)
    rows = [(c, f"Score {class_label(i)}", counts[c]) for i, (_, c) in enumerate(CLASSES)]
    rows.append((NO_SCORE, "ohne Score", counts[NO_SCORE]))
    rows.append((UNVISITED, "noch ohne Ergebnis", unvisited))
    if outside:
        rows.append(("none", "nicht eingezeichnet (Koordinaten außerhalb der Karte)", outside))
    out = []
    for i, (fill, label, n) in enumerate(rows):
        y = top + 22 * i
        out.append(f'<circle cx="{PAD + 6}" cy="{y + 6}" r="5" fill="{fill}" '
                   f'stroke="{STROKE}" stroke-width="0.5"/>'
                   f'<text x="{PAD + 18}" y="{y + 10}">{escape(label)}: {de_number(n, 0)}</text>')
    return "".join(out)
