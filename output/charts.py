"""Inline SVG charts for the static report: no scripts, no external assets, printable."""
from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup, escape

BAR_H, GAP, LABEL_W, PLOT_W = 18, 6, 230, 300


def _fmt(value: float | None, unit: str, digits: int = 1) -> str:
    return "–" if value is None else f"{value:.{digits}f}".replace(".", ",") + unit


def hbar(rows: Sequence[tuple[str, float | None]], max_value: float = 100, unit: str = "",
         title: str = "", digits: int = 1) -> Markup:
    """Horizontal bars, one per (label, value); None is drawn as an empty row with a dash."""
    height = len(rows) * (BAR_H + GAP) + GAP
    width = LABEL_W + PLOT_W + 70
    parts = [f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="{width}" height="{height}"'
             f' xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>']
    for i, (label, value) in enumerate(rows):
        y = GAP + i * (BAR_H + GAP)
        w = 0 if value is None or not max_value else max(0.0, min(1.0, value / max_value)) * PLOT_W
        parts.append(
            f'<text x="{LABEL_W - 6}" y="{y + BAR_H - 5}" text-anchor="end">{escape(label)}</text>'
            f'<rect x="{LABEL_W}" y="{y}" width="{PLOT_W}" height="{BAR_H}" class="track"/>'
            f'<rect x="{LABEL_W}" y="{y}" width="{w:.1f}" height="{BAR_H}" class="bar"/>'
            f'<text x="{LABEL_W + PLOT_W + 6}" y="{y + BAR_H - 5}">{_fmt(value, unit, digits)}</text>')
    return Markup("".join(parts) + "</svg>")


def paired_bars(rows: Sequence[tuple[str, float | None, float | None]], names: tuple[str, str],
                unit: str = " %", title: str = "") -> Markup:
    """Two bars per label (e.g. our share beside a study's share), with a legend."""
    group_h = 2 * BAR_H + 3 * GAP
    height = len(rows) * group_h + 30
    width = LABEL_W + PLOT_W + 70
    parts = [f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="{width}" height="{height}"'
             f' xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>']
    for i, (label, first, second) in enumerate(rows):
        y = GAP + i * group_h
        parts.append(f'<text x="{LABEL_W - 6}" y="{y + BAR_H + 2}" text-anchor="end">{escape(label)}</text>')
        for j, (value, css) in enumerate(((first, "bar"), (second, "bar2"))):
            yy = y + j * (BAR_H + 2)
            w = 0 if value is None else max(0.0, min(1.0, value / 100)) * PLOT_W
            parts.append(f'<rect x="{LABEL_W}" y="{yy}" width="{w:.1f}" height="{BAR_H}" class="{css}"/>'
                         f'<text x="{LABEL_W + w + 4:.1f}" y="{yy + BAR_H - 5}">{_fmt(value, unit)}</text>')
    y, x = height - 12, 10
    for name, css in zip(names, ("bar", "bar2")):
        parts.append(f'<rect x="{x}" y="{y - 9}" width="10" height="10" class="{css}"/>'
                     f'<text x="{x + 14}" y="{y}">{escape(name)}</text>')
        x += 14 + 7 * len(name) + 24  # ~7 px per character at 12 px
    return Markup("".join(parts) + "</svg>")


def line(points: Sequence[tuple[str, float | None]], max_value: float = 100, title: str = "") -> Markup:
    """Score over time; gaps (failed visits) break the line, every measured point is a dot."""
    width, height, pad_l, pad_r, pad_b, pad_t = 620, 200, 36, 12, 28, 10
    plot_w, plot_h = width - pad_l - pad_r, height - pad_b - pad_t
    n = len(points)

    def xy(i: int, v: float) -> tuple[float, float]:
        x = pad_l + (plot_w * i / (n - 1) if n > 1 else plot_w / 2)
        return x, pad_t + plot_h * (1 - v / max_value)

    parts = [f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="{width}" height="{height}"'
             f' xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>']
    for tick in range(0, int(max_value) + 1, int(max_value) // 4 or 1):
        _, y = xy(0, tick)
        parts.append(f'<line x1="{pad_l}" x2="{width - pad_r}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>'
                     f'<text x="{pad_l - 4}" y="{y + 4:.1f}" text-anchor="end">{tick}</text>')
    segment: list[str] = []
    for i, (_, value) in enumerate([*points, ("", None)]):
        if value is None:
            if len(segment) > 1:
                parts.append(f'<polyline points="{" ".join(segment)}" class="line"/>')
            segment = []
            continue
        x, y = xy(i, value)
        segment.append(f"{x:.1f},{y:.1f}")
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" class="dot"><title>{escape(points[i][0])}: '
                     f'{_fmt(value, "")}</title></circle>')
    for i, anchor in ((0, "start"), (n - 1, "end")) if n > 1 else ((0, "middle"),) if n else ():
        x, _ = xy(i, 0)
        parts.append(f'<text x="{x:.1f}" y="{height - 8}" text-anchor="{anchor}">{escape(points[i][0])}</text>')
    return Markup("".join(parts) + "</svg>")


def boxes(rows: Sequence[tuple[str, Sequence[float]]], max_value: float = 100, title: str = "") -> Markup:
    """One box plot per label (min, quartiles, median, max, n): a distribution, not just its mean."""
    height = len(rows) * (BAR_H + GAP) + GAP + 20
    width = LABEL_W + PLOT_W + 70

    def x(v: float) -> float:
        return LABEL_W + max(0.0, min(1.0, v / max_value)) * PLOT_W

    parts = [f'<svg class="chart boxes" role="img" viewBox="0 0 {width} {height}" width="{width}" height="{height}"'
             f' xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>']
    axis_y = height - 6
    for tick in range(0, int(max_value) + 1, int(max_value) // 5 or 1):
        parts.append(f'<line x1="{x(tick):.1f}" x2="{x(tick):.1f}" y1="{GAP}" y2="{axis_y - 12}" class="grid"/>'
                     f'<text x="{x(tick):.1f}" y="{axis_y}" text-anchor="middle">{tick}</text>')
    for i, (label, values) in enumerate(rows):
        y = GAP + i * (BAR_H + GAP)
        mid = y + BAR_H / 2
        parts.append(f'<text x="{LABEL_W - 6}" y="{y + BAR_H - 5}" text-anchor="end">{escape(label)}</text>')
        if values:
            lo, q1, med, q3, hi = _five_numbers(values)
            parts.append(
                f'<g class="box"><title>{escape(label)}: n = {len(values)}, Minimum {_fmt(lo, "")}, '
                f'Median {_fmt(med, "")}, Maximum {_fmt(hi, "")}</title>'
                f'<line x1="{x(lo):.1f}" x2="{x(hi):.1f}" y1="{mid:.1f}" y2="{mid:.1f}" stroke="#5b6b7c" stroke-width="1.5"/>'
                f'<rect x="{x(q1):.1f}" y="{y + 2}" width="{max(x(q3) - x(q1), 1.5):.1f}" height="{BAR_H - 4}" fill="#9dbbd9"/>'
                f'<line x1="{x(med):.1f}" x2="{x(med):.1f}" y1="{y}" y2="{y + BAR_H}" stroke="#1d2733" stroke-width="2.5"/></g>')
        parts.append(f'<text x="{LABEL_W + PLOT_W + 6}" y="{y + BAR_H - 5}">n = {len(values)}</text>')
    return Markup("".join(parts) + "</svg>")


def _five_numbers(values: Sequence[float]) -> tuple[float, float, float, float, float]:
    """Minimum, quartiles (linear interpolation, as pandas' default) and maximum."""
    s = sorted(values)

    def q(p: float) -> float:
        pos = p * (len(s) - 1)
        lo = int(pos)
        return s[lo] + (s[min(lo + 1, len(s) - 1)] - s[lo]) * (pos - lo)

    return s[0], q(0.25), q(0.5), q(0.75), s[-1]
