"""Scores and ranks: from check outcomes to 0-100 numbers (higher = fewer barriers).

The steps follow the OECD/JRC Handbook on Constructing Composite Indicators:
normalise each dimension to 0-100, weight and aggregate dimensions into group scores,
rank. Every parameter comes from ``checks/scoring.yaml``. A dimension that could not
be measured is ``None``, and so is any aggregate that would depend on it too much:
nothing pretends to 0 or 100.
"""

from __future__ import annotations

import math
from statistics import fmean
from typing import Any

from .evaluate import SiteEvaluation
from .evaluate.catalogue import DIMENSIONS, GROUPS, Catalogue

# erfc^-1(0.2), from Lighthouse's statistics.js: places p10 at the 90th score percentile.
_INVERSE_ERFC_ONE_FIFTH = 0.9061938024368232


def lognormal_score(value: float, p10: float, median: float) -> float:
    """Lighthouse's log-normal curve: 1.0 at 0, 0.9 at ``p10``, 0.5 at ``median``."""
    if value <= 0:
        return 1.0
    standardized = math.log(value / median) * _INVERSE_ERFC_ONE_FIFTH / -math.log(p10 / median)
    score = math.erfc(standardized) / 2
    if value <= p10:
        return max(0.9, min(1.0, score))
    if value <= median:
        return max(0.5, min(0.8999999999999999, score))
    return max(0.0, min(0.49999999999999994, score))


def page_penalty(violations: list[dict[str, Any]], weights: dict[str, float]) -> float:
    """Impact-weighted violations of one page: weight x (1 + log10(nodes)) per rule."""
    return sum(weights.get(v.get("impact") or "moderate", 0) * (1 + math.log10(max(1, v.get("nodes") or 1)))
               for v in violations)


def accessibility_score(evaluation: SiteEvaluation, scoring: dict[str, Any]) -> float | None:
    outcome = evaluation.outcomes.get("accessibility.axe")
    if outcome is None or outcome.error:
        return None
    params = scoring["accessibility"]
    penalties = [page_penalty(v, params["impact_weights"]) for v in outcome.measures["violations_per_page"]]
    mean_penalty = fmean(penalties)
    return round(100 * lognormal_score(mean_penalty, params["curve"]["p10"], params["curve"]["median"]), 1)


def dimension_scores(evaluation: SiteEvaluation, catalogue: Catalogue) -> dict[str, float | None]:
    scores: dict[str, float | None] = dict.fromkeys(DIMENSIONS)
    scores["accessibility"] = accessibility_score(evaluation, catalogue.scoring)
    return scores


def group_scores(dimensions: dict[str, float | None], scoring: dict[str, Any]) -> tuple[dict[str, float | None], dict[str, list[str]]]:
    """Weighted means per group, and for each group the dimensions it lacks."""
    scores: dict[str, float | None] = {}
    missing: dict[str, list[str]] = {}
    for group in GROUPS:
        weights = scoring["groups"][group]
        measured = {d: w for d, w in weights.items() if dimensions.get(d) is not None}
        missing[group] = sorted(d for d in weights if d not in measured)
        coverage = sum(measured.values()) / sum(weights.values())
        if not measured or coverage < scoring["min_weight_coverage"]:
            scores[group] = None
        else:
            total = sum(measured.values())
            scores[group] = round(sum(dimensions[d] * w for d, w in measured.items()) / total, 1)
    return scores, missing


def site_scores(evaluation: SiteEvaluation, catalogue: Catalogue) -> dict[str, Any]:
    dimensions = dimension_scores(evaluation, catalogue)
    groups, missing = group_scores(dimensions, catalogue.scoring)
    measured = [v for v in dimensions.values() if v is not None]
    # Provisional overall: the mean of the measured dimensions.
    overall = round(fmean(measured), 1) if measured else None
    return {"overall": overall, "groups": groups, "dimensions": dimensions,
            "missing": {g: m for g, m in missing.items() if m}}


def rank(overall: dict[str, float | None]) -> dict[str, int | None]:
    """Competition ranking (1, 2, 2, 4) by overall score; unscored sites get no rank."""
    scored = sorted((v, k) for k, v in overall.items() if v is not None)
    ranks: dict[str, int | None] = dict.fromkeys(overall)
    for site_id, value in overall.items():
        if value is not None:
            ranks[site_id] = 1 + sum(1 for other, _ in scored if other > value)
    return ranks
