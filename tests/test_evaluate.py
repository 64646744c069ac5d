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
