"""The group-score chart of the report: a static SVG drawn by matplotlib.

No script, no CDN: the SVG is a file next to the pages. Colours are the Okabe-Ito
palette (distinguishable with colour-blindness) and each group also has its own
hatching, so the bars do not rely on colour alone; the page gives the same data as
a table. The SVG is made reproducible (fixed hash salt, no date).

Labels come in the report's language (``Localiser``): the SVG keeps text as text, so
the browser shapes Arabic and draws Chinese with the reader's fonts. For phones a
narrow variant puts each site's name above its bars instead of beside them, so the
names and ticks stay readable at 360 px (the page picks it with ``<picture>``). In a
right-to-left language the axis runs from the right, as the page reads.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")

import warnings  # noqa: E402

import matplotlib.pyplot as plt  # noqa: E402

from .i18n import Localiser  # noqa: E402

# matplotlib measures text with its own fonts, which may lack Arabic or CJK glyphs; the
# browser draws the text (SVG text stays text), so missing-glyph warnings are noise.
def _save(figure: Any, path: Path) -> None:
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .* missing from font", category=UserWarning)
        figure.tight_layout()
        figure.savefig(path, format="svg", metadata={"Date": None})
    plt.close(figure)

def _style() -> None:
    """Reproducible SVG with text as text; labels (site names) are never read as TeX."""
    plt.rcParams["svg.hashsalt"] = "barrieraudit"
    plt.rcParams["svg.fonttype"] = "none"
    plt.rcParams["text.parse_math"] = False


GROUP_STYLE = {
    "disabled": ("#0072B2", ""),
    "youth": ("#E69F00", "///"),
    "developing": ("#009E73", "..."),
}


def _ticks(axes: Any, local: Localiser, which: str = "x") -> None:
    ticks = [0, 20, 40, 60, 80, 100]
    (axes.set_xticks if which == "x" else axes.set_yticks)(ticks, [local.number(t) for t in ticks])


def group_chart(sites: list[dict[str, Any]], labels: dict[str, str], path: Path, local: Localiser | None = None,
                narrow: bool = False) -> bool:
    """Write a horizontal grouped bar chart of group scores; False when nothing is scored.

    ``narrow``: the phone variant, 3.6 inches wide, each site's name above its bars."""
    local = local or Localiser("en")
    scored = [s for s in sites if (s.get("scores") or {}).get("overall") is not None]
    if not scored:
        return False
    _style()
    rtl = local.dir == "rtl"
    step = 1.35 if narrow else 1.0  # room above each site's bars for its name
    height = (1.6 if narrow else 0.8) + (0.75 if narrow else 0.55) * len(scored)
    figure, axes = plt.subplots(figsize=(3.6 if narrow else 7.5, max(2.5, height)))
    bar = 0.26
    for offset, (group, (colour, hatch)) in enumerate(GROUP_STYLE.items()):
        values = [s["scores"]["groups"].get(group) or 0 for s in scored]
        positions = [i * step + (offset - 1) * bar for i in range(len(scored))]
        axes.barh(positions, values, height=bar, color=colour, hatch=hatch, edgecolor="white",
                  label=labels[group])
    names = [s["name"] if len(s["name"]) <= 40 else s["name"][:39] + "…" for s in scored]
    if narrow:
        axes.set_yticks([])
        for i, name in enumerate(names):
            # At the start of the axis (the right in a right-to-left chart), inside the plot.
            axes.text(0, i * step - 0.45, name[:34], fontsize=8, fontweight="bold",
                      ha="right" if rtl else "left", va="bottom")
    else:
        axes.set_yticks([i * step for i in range(len(scored))], names)
        if rtl:
            axes.yaxis.tick_right()
    axes.invert_yaxis()
    axes.set_xlim(100, 0) if rtl else axes.set_xlim(0, 100)
    _ticks(axes, local)
    axes.set_xlabel(local.gettext("Score (0–100, higher = fewer barriers)"), fontsize=8 if narrow else 10)
    axes.grid(axis="x", color="#dddddd")
    axes.set_axisbelow(True)
    axes.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=1 if narrow else 3, frameon=False,
                fontsize=8, reverse=rtl, markerfirst=not rtl)
    _save(figure, path)
    return True


def trend_chart(points: list[dict[str, Any]], labels: dict[str, str], path: Path,
                local: Localiser | None = None) -> bool:
    """A site's overall and group scores across crawls; False with fewer than two."""
    local = local or Localiser("en")
    if len(points) < 2:
        return False
    _style()
    figure, axes = plt.subplots(figsize=(7.5, 3))
    runs = list(range(len(points)))
    if local.dir == "rtl":
        axes.set_xlim(len(points) - 0.5, -0.5)
        axes.yaxis.tick_right()
        axes.yaxis.set_label_position("right")
    axes.plot(runs, [p["overall"] for p in points], color="#000000", marker="o", label=local.gettext("Overall"))
    for group, (colour, _) in GROUP_STYLE.items():
        axes.plot(runs, [(p["groups"] or {}).get(group) for p in points], color=colour, marker="s",
                  linestyle="--", label=labels[group])
    # SVG text runs left to right: in a right-to-left language the locale's date (with its
    # right-to-left marks) comes out scrambled, so the chart writes the ISO date there.
    axes.set_xticks(runs, [(local.date(p["started_at"]) if local.dir == "ltr" else p["started_at"][:10])
                           + ("" if p.get("same_method", True)
                                                         else "\n" + local.gettext("(earlier method)"))
                           for p in points], fontsize=7)
    axes.set_ylim(0, 100)
    _ticks(axes, local, "y")
    axes.set_ylabel(local.gettext("Score"))
    axes.grid(color="#dddddd")
    rtl = local.dir == "rtl"
    axes.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=4, frameon=False, fontsize=8, reverse=rtl,
                markerfirst=not rtl)
    _save(figure, path)
    return True
