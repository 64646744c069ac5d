"""Checks and scoring on recorded artifacts: no browser."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from barrieraudit.evaluate import evaluate_site, load_catalogue
from barrieraudit.evaluate.axe import severity_for
from barrieraudit.evaluate.outcome import SiteArtifacts
from barrieraudit.score import lognormal_score, page_penalty, rank, site_scores

ARTIFACTS = Path(__file__).parent / "artifacts"


@pytest.fixture
def bad_page() -> dict:
    return json.loads((ARTIFACTS / "bad_page.json").read_text(encoding="utf-8"))


def test_axe_violations_on_a_recorded_page_become_confirmed_findings(bad_page):
    site = SiteArtifacts("forum", "http://forum.example.org/", [bad_page])
    evaluation = evaluate_site(site)
    checks = {f.check for f in evaluation.findings}
    assert {"accessibility.image-alt", "accessibility.label", "accessibility.color-contrast",
            "accessibility.html-has-lang"} <= checks
    label = next(f for f in evaluation.findings if f.check == "accessibility.label")
    assert (label.severity, label.certainty, label.groups) == ("critical", "confirmed", ["disabled"])
    assert label.page == "http://forum.example.org/"
    assert 'name="fullname"' in label.snippet
    assert label.help.startswith("Fix any of the following")
    # Findings come most severe first.
    assert evaluation.findings[0].severity == "critical"


def test_incomplete_axe_results_become_needs_review_findings(bad_page):
    bad_page["axe"]["incomplete"] = [{"id": "video-caption", "impact": None, "help": "Videos must have captions",
                                      "helpUrl": "https://dequeuniversity.com/rules/axe/4.10/video-caption",
                                      "nodes": [{"target": ["video"], "html": "<video>", "impact": None,
                                                 "summary": "Check that captions are available"}]}]
    evaluation = evaluate_site(SiteArtifacts("forum", "http://forum.example.org/", [bad_page]))
    review = next(f for f in evaluation.findings if f.check == "accessibility.video-caption")
    assert (review.certainty, review.severity) == ("needs-review", "moderate")


def test_axe_impacts_map_to_severities_in_one_table():
    table = next(c for c in load_catalogue().checks if c.evaluator == "axe").options["severity"]
    assert [severity_for(i, table) for i in ("critical", "serious", "moderate", "minor", None)] == [
        "critical", "serious", "moderate", "minor", "moderate"]


def test_a_site_without_any_axe_result_gets_no_accessibility_score(bad_page):
    bad_page["axe"] = None
    evaluation = evaluate_site(SiteArtifacts("forum", "http://forum.example.org/", [bad_page]))
    assert evaluation.outcomes["accessibility.axe"].error == "no page could be tested with axe-core"
    scores = site_scores(evaluation, load_catalogue())
    assert scores["dimensions"]["accessibility"] is None
    assert scores["overall"] is None


def test_lognormal_curve_passes_its_control_points_and_does_not_saturate_early():
    assert lognormal_score(0, 6, 38) == 1.0
    assert lognormal_score(6, 6, 38) == pytest.approx(0.9, abs=1e-9)
    assert lognormal_score(38, 6, 38) == pytest.approx(0.5, abs=1e-9)
    assert lognormal_score(76, 6, 38) > 0.2  # double the median is still far from 0
    scores = [lognormal_score(p, 6, 38) for p in (1, 5, 10, 20, 40, 80)]
    assert scores == sorted(scores, reverse=True)


def test_page_penalty_weighs_impact_and_grows_slowly_with_node_count():
    weights = load_catalogue().scoring["accessibility"]["impact_weights"]
    one = page_penalty([{"impact": "critical", "nodes": 1}], weights)
    ten = page_penalty([{"impact": "critical", "nodes": 10}], weights)
    minor = page_penalty([{"impact": "minor", "nodes": 1}], weights)
    assert (one, ten, minor) == (10, 20, 1)


def test_ranking_shares_ties_and_leaves_unscored_sites_unranked():
    assert rank({"a": 80.0, "b": 90.0, "c": 80.0, "d": None, "e": 10.0}) == {
        "a": 2, "b": 1, "c": 2, "d": None, "e": 4}


def test_the_same_artifacts_give_the_same_scores_and_rank_intervals(bad_page):
    from barrieraudit.score import component_values, rank_intervals

    catalogue = load_catalogue()
    first = evaluate_site(SiteArtifacts("forum", "http://forum.example.org/", [json.loads(json.dumps(bad_page))]))
    again = evaluate_site(SiteArtifacts("forum", "http://forum.example.org/", [json.loads(json.dumps(bad_page))]))
    scores = site_scores(first, catalogue)
    assert scores == site_scores(again, catalogue)
    # The recorded page's scores, as the report shows them: its axe violations, no
    # accessibility statement, one language, no stated fees.
    assert scores["components"]["accessibility"] == {"axe": 0.4356, "statement": 0.0, "captions": 1.0,
                                                     "pdf_only": 1.0}
    weights = {name: part["weight"] for name, part in catalogue.scoring["dimensions"]["accessibility"].items()}
    expected = 100 * sum(scores["components"]["accessibility"][k] * w for k, w in weights.items()) / sum(weights.values())
    assert scores["dimensions"]["accessibility"] == round(expected, 1) == 45.5
    assert scores["dimensions"] == {"accessibility": 45.5, "language": 20.0, "cost": 40.0, "registration": 100.0,
                                    "bandwidth": 100.0}
    assert (scores["overall"], scores["groups"]) == (60.0, {"disabled": 56.3, "youth": 64.5, "developing": 59.3})
    components = {"a": component_values(first, catalogue.scoring), "b": component_values(again, catalogue.scoring)}
    assert rank_intervals(components, catalogue.scoring) == rank_intervals(components, catalogue.scoring) == {
        "a": [1, 1], "b": [1, 1]}


def _rank_intervals_by_definition(components, scoring):
    """The sensitivity analysis written plainly: re-weight, aggregate and rank each draw."""
    import numpy as np

    from barrieraudit.score import aggregate, component_weights

    def perturbed(weights):
        factors = rng.uniform(low, high, size=len(weights))
        return {k: w * f for (k, w), f in zip(weights.items(), factors, strict=True)}

    rng = np.random.default_rng(scoring["sensitivity"]["seed"])
    low, high = scoring["sensitivity"]["weight_factor"]
    base = rank({site: aggregate(c, scoring)["overall"] for site, c in components.items()})
    best = {site: r for site, r in base.items() if r is not None}
    worst = dict(best)
    for _ in range(scoring["sensitivity"]["draws"]):
        drawn = dict(scoring)
        drawn["dimensions"] = {d: {name: {"weight": w} for name, w in perturbed(component_weights(scoring, d)).items()}
                               for d in scoring["dimensions"]}
        drawn["groups"] = {g: perturbed(w) for g, w in scoring["groups"].items()}
        drawn["overall"] = perturbed(scoring["overall"])
        for site, position in rank({site: aggregate(c, drawn)["overall"] for site, c in components.items()}).items():
            if site in best and position is not None:
                best[site], worst[site] = min(best[site], position), max(worst[site], position)
    return {site: [best[site], worst[site]] if site in best else None for site in components}


@pytest.mark.parametrize("cells", [500_000, 700])
def test_the_vectorised_sensitivity_analysis_gives_the_ranks_of_its_definition(monkeypatch, cells):
    import random

    from barrieraudit import score
    from barrieraudit.score import rank_intervals

    # All 150 draws scored at once, or a few at a time (700 cells over 25 sites).
    monkeypatch.setattr(score, "DRAW_CELLS", cells)

    scoring = dict(load_catalogue().scoring)
    scoring["sensitivity"] = {**scoring["sensitivity"], "draws": 150}
    draw = random.Random(7)
    components = {}
    for i in range(24):
        # Some parts missing, so that some sites fall under the coverage threshold in some draws.
        components[f"s{i}"] = {d: {name: None if draw.random() < 0.2 else round(draw.random(), 4) for name in parts}
                               for d, parts in scoring["dimensions"].items()}
    components["twin"] = json.loads(json.dumps(components["s3"]))
    expected = _rank_intervals_by_definition(components, scoring)
    assert rank_intervals(components, scoring) == expected
    assert expected["twin"] == expected["s3"]
    assert any(interval and interval[0] < interval[1] for interval in expected.values())
    assert None in expected.values()
    # A run with no site scored (``check`` of an unreachable site) has no intervals.
    assert rank_intervals({}, scoring) == _rank_intervals_by_definition({}, scoring) == {}
    # A run of one site (``check``) skips the draws; the definition agrees.
    for site in ("s0", "s1", "s2"):
        alone = {site: components[site]}
        assert rank_intervals(alone, scoring) == _rank_intervals_by_definition(alone, scoring)


def test_a_dimension_with_too_little_measured_weight_is_null_and_named_missing(bad_page):
    from barrieraudit.score import aggregate

    scoring = load_catalogue().scoring
    components = {d: dict.fromkeys(parts) for d, parts in scoring["dimensions"].items()}
    components["accessibility"] = {"axe": 0.5, "statement": 1.0, "captions": None, "pdf_only": None}
    scores = aggregate(components, scoring)
    assert scores["dimensions"]["accessibility"] == pytest.approx(100 * (0.5 * 0.7 + 0.15) / 0.85, abs=0.1)
    assert scores["dimensions"]["cost"] is None
    assert scores["groups"] == {"disabled": 58.8, "youth": None, "developing": None}
    assert scores["overall"] is None
    assert scores["missing"]["youth"] == ["bandwidth", "cost", "language", "registration"]


@pytest.mark.parametrize(("facts", "expected"), [
    # Graded by the rules of score.py's components, one fact at a time (scoring.yaml's
    # dimensions name the components): a yes/no fact is 1 where it lowers a barrier.
    ({"remote_participation": True}, {"remote": 1.0}),
    ({"remote_participation": False}, {"remote": 0.0}),
    ({"remote_participation": None}, {"remote": None}),
    ({"fee_support": True}, {"fee_support": 1.0}),
    ({"fee_support": False}, {"fee_support": 0.0}),
    ({"account_required": True}, {"account": 0.0}),
    ({"account_required": False}, {"account": 1.0}),
    ({"captcha": True}, {"captcha": 0.0}),
    ({"captcha": False}, {"captcha": 1.0}),
    # Fees: none stated 1, stated with a free way 0.7, stated and nothing free 0.
    ({"fees": []}, {"fees": 1.0}),
    ({"fees": [{"amount": 50.0}], "free_option": True}, {"fees": 0.7}),
    ({"fees": [{"amount": 50.0}], "free_option": False}, {"fees": 0.0}),
    ({"fees": None}, {"fees": None}),
    # Languages: one or none 0, two 0.6, three or more 1; UN languages: a third each, at most 1.
    ({"languages": ["en"]}, {"languages": 0.0}),
    ({"languages": ["en", "fr"]}, {"languages": 0.6}),
    ({"languages": ["en", "fr", "es"]}, {"languages": 1.0}),
    ({"un_languages": ["en"]}, {"un_coverage": 0.3333}),
    ({"un_languages": ["en", "fr", "es", "ar"]}, {"un_coverage": 1.0}),
    # Reading grade: 1 at grade 9 or below, 0 at 16 or above, linear between.
    ({"reading_grade": 9.0}, {"reading": 1.0}),
    ({"reading_grade": 12.5}, {"reading": 0.5}),
    ({"reading_grade": 18.0}, {"reading": 0.0}),
])
def test_each_graded_component_follows_its_rule(facts, expected):
    from barrieraudit.evaluate import SiteEvaluation
    from barrieraudit.score import component_values

    evaluation = SiteEvaluation()
    evaluation.facts.update(facts)
    graded = {name: value for parts in component_values(evaluation, load_catalogue().scoring).values()
              for name, value in parts.items()}
    assert {name: graded[name] for name in expected} == expected


def test_a_site_with_no_scores_has_every_score_key_of_a_scored_one(bad_page):
    from barrieraudit.score import no_scores, site_scores

    scored = site_scores(evaluate_site(SiteArtifacts("a", "http://a.example/", [bad_page], [])), load_catalogue())
    empty = no_scores()
    assert set(empty) == set(scored)
    assert set(empty["groups"]) == set(scored["groups"]) and set(empty["dimensions"]) == set(scored["dimensions"])
    assert empty["overall"] is None and set(empty["groups"].values()) == {None}


_COMPILES_WHILE_EVALUATING = """
import re._compiler, sys
sys.path.insert(0, {tests!r})
from golden import recorded_sites
from barrieraudit.evaluate import evaluate_site, prepare
from barrieraudit.evaluate.outcome import SiteArtifacts
if {prepared!r}:
    prepare()
import barrieraudit.patterns
compiled, compile, cached = [], re._compiler.compile, barrieraudit.patterns._compiled
re._compiler.compile = lambda pattern, flags=0: compiled.append(pattern) or compile(pattern, flags)
barrieraudit.patterns._compiled = lambda pattern, flags: compiled.append(pattern) or cached(pattern, flags)
site = next(s for s in recorded_sites() if s["source"] != "generated")
evaluate_site(SiteArtifacts(site["id"], site["url"], site["pages"], site.get("documents", [])))
print(sum(isinstance(p, str) and len(p) > 1000 for p in compiled))
"""


@pytest.mark.parametrize("prepared", [False, True])
def test_a_prepared_check_worker_compiles_no_lexicon_pattern_while_it_evaluates_a_site(prepared, tmp_path):
    """A check worker calls ``prepare`` while the run's first pages load; the first site it
    evaluates then finds every lexicon pattern compiled. Without it, that site's evaluation
    compiles them (dozens of patterns of over 1,000 characters, ~3 s of CPU) where the
    compiled-pattern cache does not hold them yet (an empty one here)."""
    import os
    import subprocess
    import sys

    script = _COMPILES_WHILE_EVALUATING.format(tests=str(Path(__file__).parent), prepared=prepared)
    output = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                            env={**os.environ, "BARRIERAUDIT_CACHE_DIR": str(tmp_path)}).stdout
    large_patterns = int(output.split()[-1])
    if prepared:
        assert large_patterns == 0
    else:
        assert large_patterns > 50  # 69 for this site, measured when the test was written
