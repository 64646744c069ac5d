"""Scores and ranks: from check outcomes to 0-100 numbers (higher = fewer barriers).

The steps follow the OECD/JRC Handbook on Constructing Composite Indicators:

1. normalise: each dimension is a weighted mean of graded components in [0, 1]
   (``component_values``), computed from the facts and findings of the checks;
2. weight and aggregate: group scores are weighted means of dimensions, and the
   overall score the mean of the groups;
3. rank, then test the ranking's sensitivity to the weights by Monte Carlo
   (``rank_intervals``).

Every weight and curve parameter comes from ``checks/scoring.yaml``. A component
that could not be measured is missing, and an aggregate whose measured parts carry
too little of its weight is ``None``: nothing pretends to 0 or 100.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from statistics import fmean
from typing import Any

import numpy as np

from .evaluate import SiteEvaluation
from .evaluate.catalogue import DIMENSIONS, GROUPS, Catalogue

# erfc^-1(0.2), from Lighthouse's statistics.js: places p10 at the 90th score percentile.
_INVERSE_ERFC_ONE_FIFTH = 0.9061938024368232

Value = float | None


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


# -- step 1: graded components -----------------------------------------------------------

def _ok(evaluation: SiteEvaluation, check: str) -> bool:
    outcome = evaluation.outcomes.get(check)
    return outcome is not None and outcome.error is None


def _count(evaluation: SiteEvaluation, check: str, certainty: str = "confirmed") -> int:
    return sum(1 for f in evaluation.findings if f.check == check and f.certainty == certainty)


def _axe(e: SiteEvaluation, s: dict[str, Any]) -> Value:
    if not _ok(e, "accessibility.axe"):
        return None
    params = s["accessibility"]
    penalties = [page_penalty(v, params["impact_weights"]) for v in e.outcomes["accessibility.axe"].measures[
        "violations_per_page"]]
    return lognormal_score(fmean(penalties), params["curve"]["p10"], params["curve"]["median"])


def _statement(e: SiteEvaluation, s: dict[str, Any]) -> Value:
    return None if not _ok(e, "accessibility.statement") else float(bool(e.facts["accessibility_statement"]))


def _captions(e: SiteEvaluation, s: dict[str, Any]) -> Value:
    return None if not _ok(e, "accessibility.captions") else max(0.0, 1 - 0.5 * _count(e, "accessibility.captions"))


def _pdf_only(e: SiteEvaluation, s: dict[str, Any]) -> Value:
    return None if not _ok(e, "accessibility.pdf-only") else float(_count(e, "accessibility.pdf-only", "needs-review")
                                                                  + _count(e, "accessibility.pdf-only") == 0)


def _languages(e: SiteEvaluation, s: dict[str, Any]) -> Value:
    languages = e.facts["languages"]
    if languages is None:
        return None
    # Pages that were read but whose language nobody can tell offer no language.
    return {0: 0.0, 1: 0.0, 2: 0.6}.get(len(languages), 1.0)


def _un_coverage(e: SiteEvaluation, s: dict[str, Any]) -> Value:
    un = e.facts["un_languages"]
    return None if un is None else min(1.0, len(un) / 3)


def _reading(e: SiteEvaluation, s: dict[str, Any]) -> Value:
    grade = e.facts["reading_grade"]
    return None if grade is None else min(1.0, max(0.0, (16 - grade) / (16 - 9)))


def _lang_match(e: SiteEvaluation, s: dict[str, Any]) -> Value:
    pages = len(e.page_facts)
    if not _ok(e, "language.lang-mismatch") or not pages:
        return None
    return 1 - _count(e, "language.lang-mismatch") / pages


def _fees(e: SiteEvaluation, s: dict[str, Any]) -> Value:
    if e.facts["fees"] is None:
        return None
    if not e.facts["fees"]:
        return 1.0
    return 0.7 if e.facts["free_option"] else 0.0


def _flag(fact: str, good: bool) -> Callable[[SiteEvaluation, dict[str, Any]], Value]:
    def grade(e: SiteEvaluation, s: dict[str, Any]) -> Value:
        value = e.facts[fact]
        if value is None:
            return None
        return float(bool(value) == good)
    return grade


def _captcha(e: SiteEvaluation, s: dict[str, Any]) -> Value:
    return None if e.facts["captcha"] is None else float(not e.facts["captcha"])


def _form(e: SiteEvaluation, s: dict[str, Any]) -> Value:
    outcome = e.outcomes.get("registration.form")
    if outcome is None or outcome.error:
        return None
    form = e.facts["registration_form"]
    if form is not None:
        return max(0.0, 1 - 0.15 * len(form["sensitive"]) - 0.05 * max(0, form["fields"] - 12))
    if outcome.measures.get("platforms"):
        return 0.5
    if outcome.measures.get("pdf_forms"):
        return 0.0
    return None  # no registration found: not measured


def _age(e: SiteEvaluation, s: dict[str, Any]) -> Value:
    if not _ok(e, "registration.age-limit"):
        return None
    age = e.facts["min_age"]
    if age is None or age <= 15:
        return 1.0
    return 0.5 if age < 18 else 0.0


def _weight(e: SiteEvaluation, s: dict[str, Any]) -> Value:
    size = e.facts["page_weight_median_bytes"]
    if size is None:
        return None
    curve = s["bandwidth"]["curve"]
    return lognormal_score(size, curve["p10"], curve["median"])


def _blocked(e: SiteEvaluation, s: dict[str, Any]) -> Value:
    if not _ok(e, "bandwidth.blocked-hosts"):
        return None
    return max(0.0, 1 - 0.25 * _count(e, "bandwidth.blocked-hosts"))


COMPONENTS: dict[str, Callable[[SiteEvaluation, dict[str, Any]], Value]] = {
    "axe": _axe, "statement": _statement, "captions": _captions, "pdf_only": _pdf_only,
    "languages": _languages, "un_coverage": _un_coverage, "reading": _reading, "lang_match": _lang_match,
    "fees": _fees, "remote": _flag("remote_participation", True), "fee_support": _flag("fee_support", True),
    "captcha": _captcha, "form": _form, "account": _flag("account_required", False), "age": _age,
    "weight": _weight, "blocked": _blocked,
}


def component_values(evaluation: SiteEvaluation, scoring: dict[str, Any]) -> dict[str, dict[str, Value]]:
    """Dimension -> component -> graded value in [0, 1] (None: not measured)."""
    values = {}
    for dimension, parts in scoring["dimensions"].items():
        values[dimension] = {}
        for name in parts:
            value = COMPONENTS[name](evaluation, scoring)
            values[dimension][name] = None if value is None else round(float(value), 4)
    return values


# -- step 2: weighted means ----------------------------------------------------------------

def weighted_mean(values: dict[str, Value], weights: dict[str, float], coverage: float) -> tuple[Value, list[str]]:
    """The weighted mean of the measured values, or None when they carry too little weight;
    and the names of the missing parts."""
    measured = {k: w for k, w in weights.items() if values.get(k) is not None}
    missing = sorted(k for k in weights if k not in measured)
    total = sum(weights.values())
    if not measured or sum(measured.values()) < coverage * total:
        return None, missing
    return sum(values[k] * w for k, w in measured.items()) / sum(measured.values()), missing


def aggregate(components: dict[str, dict[str, Value]], scoring: dict[str, Any]) -> dict[str, Any]:
    """Dimension, group and overall scores (0-100) from graded components."""
    coverage = scoring["min_weight_coverage"]
    dimensions, groups, missing = {}, {}, {}
    for dimension in DIMENSIONS:
        value, _ = weighted_mean(components[dimension], component_weights(scoring, dimension), coverage)
        dimensions[dimension] = None if value is None else round(100 * value, 1)
    for group in GROUPS:
        value, lacking = weighted_mean(dimensions, scoring["groups"][group], coverage)
        groups[group] = None if value is None else round(value, 1)
        if lacking:
            missing[group] = lacking
    overall, _ = weighted_mean(groups, scoring["overall"], 1.0)
    return {"overall": None if overall is None else round(overall, 1), "groups": groups,
            "dimensions": dimensions, "missing": missing,
            "components": components}


def component_weights(scoring: dict[str, Any], dimension: str) -> dict[str, float]:
    return {name: part["weight"] for name, part in scoring["dimensions"][dimension].items()}


def site_scores(evaluation: SiteEvaluation, catalogue: Catalogue) -> dict[str, Any]:
    return aggregate(component_values(evaluation, catalogue.scoring), catalogue.scoring)


def no_scores() -> dict[str, Any]:
    """The scores of a site nothing could be measured on."""
    return {"overall": None, "groups": dict.fromkeys(GROUPS), "dimensions": dict.fromkeys(DIMENSIONS),
            "missing": {g: list(DIMENSIONS) for g in GROUPS}, "components": {}}


# -- step 3: rank and sensitivity -----------------------------------------------------------

def rank(overall: dict[str, float | None]) -> dict[str, int | None]:
    """Competition ranking (1, 2, 2, 4) by overall score; unscored sites get no rank."""
    scored = sorted((v, k) for k, v in overall.items() if v is not None)
    ranks: dict[str, int | None] = dict.fromkeys(overall)
    for site_id, value in overall.items():
        if value is not None:
            ranks[site_id] = 1 + sum(1 for other, _ in scored if other > value)
    return ranks


def _weighted_rows(values: np.ndarray, weights: np.ndarray, coverage: float) -> np.ndarray:
    """``weighted_mean`` for every row of ``values`` at once (NaN = missing, also in the
    result); ``values`` may carry leading axes (draws), ``weights`` one row per draw."""
    measured = ~np.isnan(values)
    weights = weights[..., None, :]  # one row of weights for every site
    carried = (measured * weights).sum(axis=-1)
    sums = (np.where(measured, values, 0.0) * weights).sum(axis=-1)
    enough = measured.any(axis=-1) & (carried >= coverage * weights.sum(axis=-1))
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(enough, sums / carried, np.nan)


def _competition_ranks(overall: np.ndarray) -> np.ndarray:
    """``rank`` over every row of an array (a draw's sites): 1 + the number of strictly
    higher scores in the row (NaN: unranked, its position meaningless). Each row is moved
    above the one before it (its scores plus a multiple of the scores' span), so one sort
    and one search rank them all; a shift keeps the order of scores and their ties."""
    measured = ~np.isnan(overall)
    if not measured.any():
        return np.ones(overall.shape, dtype=int)
    span = float(np.nanmax(overall) - np.nanmin(overall)) + 1.0
    shifted = overall + span * np.arange(overall.shape[0])[:, None]
    ordered = np.sort(shifted[measured])
    ends = np.cumsum(measured.sum(axis=1))  # where each row's scores end in ``ordered``
    return 1 + ends[:, None] - np.searchsorted(ordered, shifted, side="right")


# Draws scored at once in ``rank_intervals``: their arrays (draws x sites x weights) stay
# within a few MB however many sites a run has.
DRAW_CELLS = 500_000


def rank_intervals(components: dict[str, dict[str, dict[str, Value]]], scoring: dict[str, Any]
                   ) -> dict[str, list[int] | None]:
    """Each ranked site's best and worst rank when every weight varies within its range.

    Each draw multiplies every weight (components, dimensions in each group, groups in
    the overall score) by its own factor from U(low, high), then scores and ranks all
    sites again exactly as ``aggregate`` and ``rank`` do, vectorised over the sites and
    over a block of draws at a time: 1,000 draws take 0.11 s for 100 sites (a draw at a
    time, 0.33 s; ``benchmarks/bench_ranking.py``). The factors are drawn in the order the weights appear in scoring.yaml,
    draw after draw: one array of draws x weights holds the same numbers.
    """
    settings = scoring["sensitivity"]
    rng = np.random.default_rng(settings["seed"])
    low, high = settings["weight_factor"]
    coverage = scoring["min_weight_coverage"]
    sites = list(components)
    base = rank({site: aggregate(c, scoring)["overall"] for site, c in components.items()})
    ranked = np.array([base[site] is not None for site in sites], dtype=bool)
    if len(sites) <= 1:  # one site is first under any weights, if ranked (no draws needed)
        return {site: [1, 1] if base[site] is not None else None for site in sites}
    best = np.array([base[site] or 0 for site in sites])
    worst = best.copy()
    weights = {d: component_weights(scoring, d) for d in scoring["dimensions"]}
    values = {d: np.array([[np.nan if (v := components[site].get(d, {}).get(k)) is None else v for k in weights[d]]
                           for site in sites], dtype=float).reshape(len(sites), len(weights[d]))
              for d in weights}
    # Every weight in drawing order, and the columns of each dimension's, group's and the overall's.
    blocks = [*weights.values(), *scoring["groups"].values(), scoring["overall"]]
    base_weights = np.array([w for block in blocks for w in block.values()], dtype=float)
    columns, start = [], 0
    for block in blocks:
        columns.append(slice(start, start + len(block)))
        start += len(block)
    dimension_columns = dict(zip(weights, columns, strict=False))
    group_columns = dict(zip(scoring["groups"], columns[len(weights):], strict=False))
    widest = max(len(block) for block in blocks)
    chunk = max(1, DRAW_CELLS // (len(sites) * widest))
    left = settings["draws"]
    while left:
        n = min(chunk, left)
        left -= n
        drawn = base_weights * rng.uniform(low, high, size=(n, base_weights.size))
        dimensions = {d: np.round(100 * _weighted_rows(values[d], drawn[:, dimension_columns[d]], coverage), 1)
                      for d in weights}
        groups = {g: np.round(_weighted_rows(np.stack([dimensions[d] for d in parts], axis=-1),
                                             drawn[:, group_columns[g]], coverage), 1)
                  for g, parts in scoring["groups"].items()}
        overall = np.round(_weighted_rows(np.stack([groups[g] for g in scoring["overall"]], axis=-1),
                                          drawn[:, columns[-1]], 1.0), 1)
        positions = _competition_ranks(overall)
        update = ranked & ~np.isnan(overall)
        best = np.minimum(best, np.where(update, positions, best).min(axis=0))
        worst = np.maximum(worst, np.where(update, positions, worst).max(axis=0))
    return {site: [int(best[i]), int(worst[i])] if ranked[i] else None for i, site in enumerate(sites)}


# -- fix first: the gain of fixing one barrier -----------------------------------------------
#
# Lighthouse's opportunities estimate what fixing each one would save; here a fix is
# scored: the site's scores computed again as if one barrier were gone, minus its
# scores now. A barrier is the findings of one check with one selector (one element of
# a shared template on many pages is one fix). Only the component the barrier's check
# feeds is computed again, from what the evaluation kept: axe-core's violated rules
# per page (one node fewer on each of the barrier's pages), the findings a component
# counts (captions, PDF-only documents, language mismatches, blocked hosts), or the
# fact a component grades, set to what the check would need to find nothing.

# The component each non-axe check feeds (axe-core's rules, ``accessibility.<rule>``,
# feed ``axe``).
FIX_COMPONENTS: dict[str, tuple[str, ...]] = {
    "accessibility.statement": ("statement",), "accessibility.captions": ("captions",),
    "accessibility.pdf-only": ("pdf_only",), "language.languages": ("languages", "un_coverage"),
    "language.reading-level": ("reading",), "language.lang-mismatch": ("lang_match",),
    "cost.fees": ("fees",), "cost.fee-support": ("fee_support",), "cost.remote-participation": ("remote",),
    "registration.captcha": ("captcha",), "registration.account": ("account",), "registration.form": ("form",),
    "registration.age-limit": ("age",), "bandwidth.page-weight": ("weight",),
    "bandwidth.blocked-hosts": ("blocked",),
}

FixKey = tuple[str, str]


def fix_key(finding: Any) -> FixKey:
    """The barrier a finding belongs to: its check and selector."""
    return finding.check, finding.selector or ""


def _padded(values: list[str] | None, size: int) -> list[str]:
    values = list(values or [])
    return values + ["(added)"] * max(0, size - len(values))


def _fixed_facts(check: str, e: SiteEvaluation, options: dict[str, Any], selector: str) -> dict[str, Any]:
    """The facts as ``check`` would need them to find nothing: the smallest such change."""
    facts = e.facts
    if check == "accessibility.statement":
        return {"accessibility_statement": True}
    if check == "language.languages":
        un = max(len(facts["un_languages"] or []), options.get("min_un_languages", 0))
        return {"un_languages": _padded(facts["un_languages"], un),
                "languages": _padded(facts["languages"], max(2, un))}
    if check == "language.reading-level":
        return {"reading_grade": options["threshold_grade"]}
    if check == "cost.fees":
        return {"free_option": True}
    if check == "cost.fee-support":
        return {"fee_support": True}
    if check == "cost.remote-participation":
        return {"remote_participation": True}
    if check == "registration.captcha":
        return {"captcha": []}
    if check == "registration.account":
        return {"account_required": False}
    if check == "registration.age-limit":
        return {"min_age": None}
    if check == "registration.form":
        form = facts["registration_form"]
        if selector == "form" and form is not None:  # the form's own findings: fewer fields, none sensitive
            return {"registration_form": {**form, "sensitive": [],
                                          "fields": min(form["fields"], options.get("max_fields", form["fields"]))}}
        if form is None:  # a third-party platform or a PDF form: an own, plain form instead
            return {"registration_form": {"fields": 0, "required": 0, "sensitive": []}}
        return {}
    if check == "bandwidth.page-weight":
        outcome = e.outcomes.get(check)
        weights = (outcome.measures.get("page_bytes") if outcome else None) or []
        limit = options.get("heavy_page_bytes")
        if weights and limit:
            capped = sorted(min(w, limit) for w in weights)
            middle = len(capped) // 2
            value = capped[middle] if len(capped) % 2 else (capped[middle - 1] + capped[middle]) / 2
            return {"page_weight_median_bytes": int(value)}
    return {}


class _AxePenalties:
    """Each tested page's axe-core penalty, and the penalty once one node of a rule is fixed."""

    def __init__(self, e: SiteEvaluation, scoring: dict[str, Any]):
        outcome = e.outcomes.get("accessibility.axe")
        self.ok = outcome is not None and outcome.error is None
        measures = outcome.measures if outcome else {}
        self.pages = measures.get("violations_per_page") or []
        self.weights = scoring["accessibility"]["impact_weights"]
        self.curve = scoring["accessibility"]["curve"]
        self.penalties = [page_penalty(v, self.weights) for v in self.pages]
        self.total = sum(self.penalties)
        self.index: dict[str, list[int]] = {}
        for i, url in enumerate(measures.get("tested_pages") or []):
            self.index.setdefault(url, []).append(i)

    def without(self, rule: str, pages: list[str]) -> Value:
        """The ``axe`` component with one node of ``rule`` fixed on each of ``pages``."""
        if not self.ok or not self.pages:
            return None
        total = self.total
        for i in {i for url in pages for i in self.index.get(url, [])}:
            after = [dict(v, nodes=(v.get("nodes") or 1) - 1) if v.get("rule") == rule else v for v in self.pages[i]]
            after = [v for v in after if v["nodes"] > 0]
            total += page_penalty(after, self.weights) - self.penalties[i]
        return lognormal_score(max(0.0, total) / len(self.pages), self.curve["p10"], self.curve["median"])


def _mean(values: dict[str, Value], weights: dict[str, float], coverage: float) -> Value:
    """``weighted_mean``'s value alone, computed the same way (the same floats)."""
    measured = {k: w for k, w in weights.items() if values.get(k) is not None}
    if not measured or sum(measured.values()) < coverage * sum(weights.values()):
        return None
    return sum(values[k] * w for k, w in measured.items()) / sum(measured.values())


class _Rescorer:
    """A site's scores with one component changed: only its dimension is computed again,
    then the groups and the overall score, both as ``aggregate`` rounds them and unrounded
    (to order fixes whose rounded gains tie)."""

    def __init__(self, components: dict[str, dict[str, Value]], scoring: dict[str, Any]):
        self.scoring = scoring
        self.coverage = scoring["min_weight_coverage"]
        self.weights = {d: component_weights(scoring, d) for d in DIMENSIONS}
        exact = {d: self._dimension(d, components[d]) for d in DIMENSIONS}
        self.exact = exact
        self.rounded = {d: None if v is None else round(100 * v, 1) for d, v in exact.items()}
        self.base = self.scores(None, None)

    def _dimension(self, dimension: str, parts: dict[str, Value]) -> Value:
        return _mean(parts, self.weights[dimension], self.coverage)

    def scores(self, dimension: str | None, parts: dict[str, Value] | None) -> dict[str, Any]:
        exact, rounded = self.exact, self.rounded
        if dimension is not None and parts is not None:
            value = self._dimension(dimension, parts)
            exact = {**exact, dimension: value}
            rounded = {**rounded, dimension: None if value is None else round(100 * value, 1)}
        exact = {d: None if v is None else 100 * v for d, v in exact.items()}
        groups = {g: _mean(rounded, self.scoring["groups"][g], self.coverage) for g in GROUPS}
        groups = {g: None if v is None else round(v, 1) for g, v in groups.items()}
        overall = _mean(groups, self.scoring["overall"], 1.0)
        exact_groups = {g: _mean(exact, self.scoring["groups"][g], self.coverage) for g in GROUPS}
        return {"overall": None if overall is None else round(overall, 1), "groups": groups,
                "exact": _mean(exact_groups, self.scoring["overall"], 1.0), "exact_groups": exact_groups}


def _difference(after: Value, before: Value, digits: int | None = 1) -> Value:
    if after is None or before is None:
        return None
    return after - before if digits is None else round(after - before, digits)


def fix_gains(evaluation: SiteEvaluation, catalogue: Catalogue,
              components: dict[str, dict[str, Value]] | None = None) -> list[dict[str, Any]]:
    """Every barrier of a site (findings of one check and selector) with the score gain of
    fixing it, best first: ``{"check", "selector", "findings": [indexes into
    evaluation.findings], "gain": {"overall", "groups"}, "exact": unrounded overall gain}``.

    The gain is the site's scores computed again without the barrier (``aggregate``,
    rounded as every score is) minus its scores now; fixes are ordered by the unrounded
    gain, so two fixes that both round to +0.1 are still told apart.
    """
    scoring = catalogue.scoring
    components = components or component_values(evaluation, scoring)
    rescorer = _Rescorer(components, scoring)
    base = rescorer.base
    specs = {spec.id: spec for spec in catalogue.checks}
    owner = {name: dimension for dimension, parts in scoring["dimensions"].items() for name in parts}
    axe = _AxePenalties(evaluation, scoring)
    barriers: dict[FixKey, list[int]] = {}
    for i, finding in enumerate(evaluation.findings):
        barriers.setdefault(fix_key(finding), []).append(i)
    fixes = []
    for (check, selector), indexes in barriers.items():
        members = [evaluation.findings[i] for i in indexes]
        changed: dict[str, Value] = {}
        if check in FIX_COMPONENTS:
            names = [n for n in FIX_COMPONENTS[check] if n in owner]
            removed = {id(f) for f in members}
            view = SiteEvaluation(findings=[f for f in evaluation.findings if id(f) not in removed],
                                  facts={**evaluation.facts, **_fixed_facts(check, evaluation, specs[check].options
                                                                            if check in specs else {}, selector)},
                                  outcomes=evaluation.outcomes, page_facts=evaluation.page_facts)
            changed = {n: COMPONENTS[n](view, scoring) for n in names}
        elif check not in specs and check.startswith("accessibility.") and "axe" in owner:
            pages = [p for f in members if f.certainty == "confirmed" for p in (f.pages or [f.page])]
            if pages:
                changed = {"axe": axe.without(check.split(".", 1)[1], pages)}
        scores = base
        # A fixed barrier changes components of one dimension; a component not measured stays so.
        changed = {n: None if v is None else round(float(v), 4) for n, v in changed.items()
                   if components.get(owner[n], {}).get(n) is not None}
        changed = {n: v for n, v in changed.items() if v != components[owner[n]][n]}
        if changed:
            dimension = owner[next(iter(changed))]
            scores = rescorer.scores(dimension, {**components[dimension], **changed})
        overall_exact = _difference(scores["exact"], base["exact"], None)
        if overall_exact is None:  # no overall score: the groups' gains order the fixes
            overall_exact = sum(_difference(scores["exact_groups"][g], base["exact_groups"][g], None) or 0.0
                                for g in GROUPS)
        fixes.append({"check": check, "selector": selector, "findings": indexes,
                      "gain": {"overall": _difference(scores["overall"], base["overall"]),
                               "groups": {g: _difference(scores["groups"][g], base["groups"][g]) for g in GROUPS}},
                      "exact": round(overall_exact, 6)})
    fixes.sort(key=lambda fix: (-fix["exact"], min(evaluation.findings[i].sort_key() for i in fix["findings"])))
    return fixes
