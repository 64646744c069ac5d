"""The group-score chart of the report: a static SVG drawn by matplotlib.

No script, no CDN: the SVG is a file next to the pages. Colours are the Okabe-Ito
palette (distinguishable with colour-blindness) and each group also has its own
hatching, so the bars do not rely on colour alone; the page gives the same data as
a table. The SVG is made reproducible (fixed hash salt, no date).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402

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


def group_chart(sites: list[dict[str, Any]], labels: dict[str, str], path: Path) -> bool:
    """Write a horizontal grouped bar chart of group scores; False when nothing is scored."""
    scored = [s for s in sites if (s.get("scores") or {}).get("overall") is not None]
    if not scored:
        return False
    _style()
    height = 0.8 + 0.55 * len(scored)
    figure, axes = plt.subplots(figsize=(7.5, max(2.5, height)))
    bar = 0.26
    for offset, (group, (colour, hatch)) in enumerate(GROUP_STYLE.items()):
        values = [s["scores"]["groups"].get(group) or 0 for s in scored]
        positions = [i + (offset - 1) * bar for i in range(len(scored))]
        axes.barh(positions, values, height=bar, color=colour, hatch=hatch, edgecolor="white",
                  label=labels[group])
    axes.set_yticks(range(len(scored)), [s["name"][:40] for s in scored])
    axes.invert_yaxis()
    axes.set_xlim(0, 100)
    axes.set_xlabel("Score (0-100, higher = fewer barriers)")
    axes.grid(axis="x", color="#dddddd")
    axes.set_axisbelow(True)
    axes.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=3, frameon=False, fontsize=8)
    figure.tight_layout()
    figure.savefig(path, format="svg", metadata={"Date": None})
    plt.close(figure)
    return True


def trend_chart(points: list[dict[str, Any]], labels: dict[str, str], path: Path) -> bool:
    """A site's overall and group scores across crawls; False with fewer than two."""
    if len(points) < 2:
        return False
    _style()
    figure, axes = plt.subplots(figsize=(7.5, 3))
    runs = list(range(len(points)))
    axes.plot(runs, [p["overall"] for p in points], color="#000000", marker="o", label="Overall")
    for group, (colour, _) in GROUP_STYLE.items():
        axes.plot(runs, [(p["groups"] or {}).get(group) for p in points], color=colour, marker="s",
                  linestyle="--", label=labels[group])
    axes.set_xticks(runs, [p["started_at"][:10] + ("" if p.get("same_method", True) else "\n(earlier method)")
                           for p in points], fontsize=7)
    axes.set_ylim(0, 100)
    axes.set_ylabel("Score")
    axes.grid(color="#dddddd")
    axes.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=4, frameon=False, fontsize=8)
    figure.tight_layout()
    figure.savefig(path, format="svg", metadata={"Date": None})
    plt.close(figure)
    return True
