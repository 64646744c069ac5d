"""The report's charts: static SVG written directly, no plotting library.

No script, no CDN: each SVG is a file next to the pages. Colours are the Okabe-Ito
palette (distinguishable with colour-blindness) and each group also has its own
hatching, so the bars and lines do not rely on colour alone; the page gives the same
data as a table, and every bar and point carries its value as a tooltip (``<title>``).
The same data gives the same bytes (no date, no random ids).

Labels come in the report's language (``Localiser``) and stay text, so the browser
shapes Arabic and draws Chinese with the reader's fonts; every text from a site (its
name) is escaped. Room for text is reserved from an estimate of its width (wide East
Asian characters count as one em, others as 0.6). For phones a narrow variant of the
group chart puts each site's name above its bars instead of beside them, so names and
ticks stay readable at 360 px (the page picks it with ``<picture>``). In a right-to-left
language the score axis runs from the right, as the page reads, and the legend starts
on the right.

Written by hand rather than with matplotlib: the two group charts of 100 sites took
~0.85 s there and a site's trend chart ~0.09 s (a report of 100 sites with history
~10 s); here a few milliseconds each (README, "The report's charts").
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from .i18n import Localiser

GROUP_STYLE = {
    "disabled": ("#0072B2", ""),
    "youth": ("#E69F00", "///"),
    "developing": ("#009E73", "..."),
}
OVERALL_COLOUR = "#000000"
GRID = "#dddddd"
FONT = "DejaVu Sans, Verdana, Arial, Helvetica, sans-serif"
TICKS = (0, 20, 40, 60, 80, 100)


def _text_width(text: str, size: float, bold: bool = False) -> float:
    """An estimate of the text's width in px: a wide East Asian character one em, others 0.6."""
    ems = sum(1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.6 for ch in text)
    return ems * size * (1.08 if bold else 1.0)


def _num(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _clip(name: str, limit: int, size: float, room: float, bold: bool = False) -> str:
    """The name cut to ``limit`` characters and to the ``room`` (px) it has, with an ellipsis."""
    if len(name) > limit:
        name = name[:limit - 1] + "…"
    while len(name) > 2 and _text_width(name, size, bold) > room:
        name = name[:-2] + "…"
    return name


class _Svg:
    """An SVG document built as text."""

    def __init__(self, width: float, height: float):
        self.width, self.height = width, height
        self.parts: list[str] = []

    def add(self, part: str) -> None:
        self.parts.append(part)

    def text(self, x: float, y: float, text: str, size: float, anchor: str = "start", bold: bool = False,
             extra: str = "") -> None:
        weight = ' font-weight="bold"' if bold else ""
        self.add(f'<text x="{_num(x)}" y="{_num(y)}" font-size="{_num(size)}" text-anchor="{anchor}"'
                 f'{weight}{extra}>{escape(text)}</text>')

    def line(self, x1: float, y1: float, x2: float, y2: float, colour: str, width: float = 1.0) -> None:
        self.add(f'<line x1="{_num(x1)}" y1="{_num(y1)}" x2="{_num(x2)}" y2="{_num(y2)}" stroke="{colour}" '
                 f'stroke-width="{_num(width)}"/>')

    def frame(self, x: float, y: float, width: float, height: float) -> None:
        """The plot's black outline."""
        self.add(f'<rect x="{_num(x)}" y="{_num(y)}" width="{_num(width)}" height="{_num(height)}" fill="none" '
                 f'stroke="#000000" stroke-width="0.8"/>')

    def write(self, path: Path) -> None:
        patterns = "".join(_pattern(group, colour, hatch) for group, (colour, hatch) in GROUP_STYLE.items() if hatch)
        head = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{_num(self.width)}" height="{_num(self.height)}" '
                f'viewBox="0 0 {_num(self.width)} {_num(self.height)}" font-family="{FONT}">'
                f'<rect width="100%" height="100%" fill="#ffffff"/><defs>{patterns}</defs>')
        path.write_text(head + "".join(self.parts) + "</svg>\n", encoding="utf-8")


def _pattern(group: str, colour: str, hatch: str) -> str:
    """The group's fill: its colour with white hatching (diagonal lines or dots)."""
    if hatch == "///":
        marks = '<path d="M-1,1 L1,-1 M0,6 L6,0 M5,7 L7,5" stroke="#ffffff" stroke-width="1.2"/>'
    else:
        marks = '<circle cx="1.5" cy="1.5" r="1" fill="#ffffff"/><circle cx="4.5" cy="4.5" r="1" fill="#ffffff"/>'
    return (f'<pattern id="fill-{group}" patternUnits="userSpaceOnUse" width="6" height="6">'
            f'<rect width="6" height="6" fill="{colour}"/>{marks}</pattern>')


def _fill(group: str) -> str:
    colour, hatch = GROUP_STYLE[group]
    return f"url(#fill-{group})" if hatch else colour


def _legend(svg: _Svg, entries: list[tuple[str, str]], y: float, columns: int, rtl: bool, size: float = 11) -> float:
    """Swatches and labels centred above the plot, ``columns`` to a row, from the right in
    a right-to-left chart; ``entries``: (swatch as SVG at the origin, label). Returns the
    height it took."""
    swatch, gap, pad = 22.0, 5.0, 18.0
    widths = [swatch + gap + _text_width(label, size) for _, label in entries]
    rows = [list(range(start, min(start + columns, len(entries)))) for start in range(0, len(entries), columns)]
    for r, row in enumerate(rows):
        total = sum(widths[i] for i in row) + pad * (len(row) - 1)
        x = (svg.width - total) / 2
        order = list(reversed(row)) if rtl else row
        for i in order:
            drawn, label = entries[i]
            top = y + r * (size + 6)
            if rtl:  # label first, then its swatch (as the line is read)
                svg.text(x, top + size * 0.85, label, size)
                svg.add(f'<g transform="translate({_num(x + widths[i] - swatch)},{_num(top)})">{drawn}</g>')
            else:
                svg.add(f'<g transform="translate({_num(x)},{_num(top)})">{drawn}</g>')
                svg.text(x + swatch + gap, top + size * 0.85, label, size)
            x += widths[i] + pad
    return len(rows) * (size + 6)


def _bar_swatch(group: str) -> str:
    return f'<rect x="0" y="1" width="22" height="9" fill="{_fill(group)}"/>'


def group_chart(sites: list[dict[str, Any]], labels: dict[str, str], path: Path, local: Localiser | None = None,
                narrow: bool = False) -> bool:
    """Write a horizontal grouped bar chart of group scores; False when nothing is scored.

    ``narrow``: the phone variant, 346 px wide, each site's name above its bars."""
    local = local or Localiser("en")
    scored = [s for s in sites if (s.get("scores") or {}).get("overall") is not None]
    if not scored:
        return False
    rtl = local.dir == "rtl"
    size = 11.0 if narrow else 13.0
    bar = 11.0
    width = 346.0 if narrow else 720.0
    if narrow:
        names = [_clip(s["name"], 34, size, width - 32, bold=True) for s in scored]
        label_room, row = 0.0, 3 * bar + size + 12
    else:
        names = [_clip(s["name"], 40, size, width * 0.45) for s in scored]
        label_room, row = max(_text_width(n, size) for n in names) + 10, 3 * bar + 12
    svg = _Svg(width, 0)
    legend_height = _legend(svg, [(_bar_swatch(g), labels[g]) for g in GROUP_STYLE], 8, 1 if narrow else 3, rtl)
    top = 8 + legend_height + 8
    plot_left = 12 + (0 if rtl else label_room)
    plot_right = width - 16 - (label_room if rtl else 0)
    plot_height = row * len(scored) + 6
    bottom = top + plot_height

    def x_of(value: float) -> float:
        share = max(0.0, min(100.0, value)) / 100
        return plot_right - share * (plot_right - plot_left) if rtl else plot_left + share * (plot_right - plot_left)

    for tick in TICKS:
        svg.line(x_of(tick), top, x_of(tick), bottom, GRID)
    for i, (site, name) in enumerate(zip(scored, names, strict=True)):
        y = top + 3 + i * row + (size + 6 if narrow else 6)
        if narrow:
            start = plot_right - 2 if rtl else plot_left + 2
            svg.text(start, y - 4, name, size, "end" if rtl else "start", bold=True)
        else:
            x_name = plot_right + 6 if rtl else plot_left - 6
            svg.text(x_name, y + 1.5 * bar + size * 0.35, name, size, "start" if rtl else "end")
        for k, group in enumerate(GROUP_STYLE):
            value = (site["scores"].get("groups") or {}).get(group)  # None: not scored, no bar
            x0, x1 = sorted((x_of(0), x_of(value or 0)))
            tip = f"{site['name']} · {labels[group]}: {local.number(value, 1, fixed=False)}"
            svg.add(f'<rect x="{_num(x0)}" y="{_num(y + k * bar)}" width="{_num(x1 - x0)}" height="{_num(bar - 1)}" '
                    f'fill="{_fill(group)}"><title>{escape(tip)}</title></rect>')
    svg.frame(plot_left, top, plot_right - plot_left, plot_height)
    tick_size = 10.0 if narrow else 12.0
    for tick in TICKS:
        svg.line(x_of(tick), bottom, x_of(tick), bottom + 4, "#000000", 0.8)
        svg.text(x_of(tick), bottom + 6 + tick_size, local.number(tick), tick_size, "middle")
    caption = local.gettext("Score (0–100, higher = fewer barriers)")
    svg.text((plot_left + plot_right) / 2, bottom + 12 + 2 * tick_size + 2, caption, 10.0 if narrow else 13.0,
             "middle")
    svg.height = bottom + 12 + 2 * tick_size + 12
    svg.write(path)
    return True


def _marker(shape: str, x: float, y: float, colour: str, tip: str) -> str:
    title = f"<title>{escape(tip)}</title>" if tip else ""
    if shape == "circle":
        return f'<circle cx="{_num(x)}" cy="{_num(y)}" r="4.5" fill="{colour}">{title}</circle>'
    return f'<rect x="{_num(x - 4)}" y="{_num(y - 4)}" width="8" height="8" fill="{colour}">{title}</rect>'


def _polyline(points: list[tuple[float, float] | None]) -> str:
    """A path through the points, broken where one is missing (None)."""
    parts, pen_down = [], False
    for point in points:
        if point is None:
            pen_down = False
            continue
        parts.append(f"{'L' if pen_down else 'M'}{_num(point[0])},{_num(point[1])}")
        pen_down = True
    return " ".join(parts)


def trend_chart(points: list[dict[str, Any]], labels: dict[str, str], path: Path,
                local: Localiser | None = None) -> bool:
    """A site's overall and group scores across crawls; False with fewer than two."""
    local = local or Localiser("en")
    if len(points) < 2:
        return False
    rtl = local.dir == "rtl"
    width, size = 720.0, 11.0
    overall_label = local.gettext("Overall")
    series = [("overall", overall_label, OVERALL_COLOUR, "circle", "")] + [
        (group, labels[group], colour, "square", "6,4") for group, (colour, _) in GROUP_STYLE.items()]
    svg = _Svg(width, 0)

    def swatch(colour: str, shape: str, dash: str) -> str:
        dashes = f' stroke-dasharray="{dash}"' if dash else ""
        return (f'<line x1="0" y1="6" x2="22" y2="6" stroke="{colour}" stroke-width="1.5"{dashes}/>'
                + _marker(shape, 11, 6, colour, ""))

    legend_height = _legend(svg, [(swatch(c, m, d), label) for _, label, c, m, d in series], 8, 4, rtl)
    top = 8 + legend_height + 10
    plot_height = 190.0
    bottom = top + plot_height
    axis_room = 52.0
    plot_left = 14 + (0 if rtl else axis_room)
    plot_right = width - 14 - (axis_room if rtl else 0)
    n = len(points)

    def x_of(index: int) -> float:
        share = (index + 0.5) / n
        return plot_right - share * (plot_right - plot_left) if rtl else plot_left + share * (plot_right - plot_left)

    def y_of(value: float) -> float:
        return bottom - max(0.0, min(100.0, value)) / 100 * plot_height

    for tick in TICKS:
        svg.line(plot_left, y_of(tick), plot_right, y_of(tick), GRID)
        tick_x = plot_right + 6 if rtl else plot_left - 6
        svg.text(tick_x, y_of(tick) + size * 0.35, local.number(tick), size, "start" if rtl else "end")
    for index in range(n):
        svg.line(x_of(index), top, x_of(index), bottom, GRID)
    # SVG text runs left to right: in a right-to-left language the locale's date (with its
    # right-to-left marks) comes out scrambled, so the chart writes the ISO date there.
    for index, point in enumerate(points):
        when = local.date(point["started_at"]) if not rtl else str(point["started_at"])[:10]
        svg.text(x_of(index), bottom + 16, when, 10.0, "middle")
        if not point.get("same_method", True):
            svg.text(x_of(index), bottom + 29, local.gettext("(earlier method)"), 10.0, "middle")
    for key, label, colour, shape, dash in series:
        values = [p["overall"] if key == "overall" else (p.get("groups") or {}).get(key) for p in points]
        where = [None if v is None else (x_of(i), y_of(v)) for i, v in enumerate(values)]
        dashes = f' stroke-dasharray="{dash}"' if dash else ""
        svg.add(f'<path d="{_polyline(where)}" fill="none" stroke="{colour}" stroke-width="1.5"{dashes}/>')
        for spot, value in zip(where, values, strict=True):
            if spot is not None:
                svg.add(_marker(shape, *spot, colour, f"{label}: {local.number(value, 1, fixed=False)}"))
    svg.frame(plot_left, top, plot_right - plot_left, plot_height)
    score = local.gettext("Score")
    label_x = width - 12 if rtl else 16
    svg.text(label_x, (top + bottom) / 2, score, 13.0, "middle",
             extra=f' transform="rotate({90 if rtl else -90} {_num(label_x)} {_num((top + bottom) / 2)})"')
    svg.height = bottom + 40
    svg.write(path)
    return True
