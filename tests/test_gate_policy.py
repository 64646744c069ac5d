"""The gate's policy from results documents, no browser: thresholds per group and
dimension, a level per check, the ignore list, and a baseline of known barriers. The
exit code's failures, JUnit and SARIF all follow the same decisions."""

from __future__ import annotations

import json
from xml.etree import ElementTree as ET

import pytest
from sarif_schema import schema_errors

from barrieraudit.config import parse_config
from barrieraudit.errors import UserError
from barrieraudit.report.gate import junit
from barrieraudit.report.sarif import sarif
from barrieraudit.report.policy import (GatePolicy, baseline_document, fingerprint, parse_thresholds, read_baseline,
                                        write_baseline)

PAGE = "http://forum.test/"
FEES = "http://forum.test/fees"


def finding(check: str, severity: str, *, pages: tuple[str, ...] = (PAGE,), selector: str = "main",
            certainty: str = "confirmed") -> dict:
    return {"check": check, "severity": severity, "certainty": certainty, "page": pages[0], "pages": list(pages),
            "message": f"{check} message", "selector": selector, "groups": ["disabled"]}


def results(findings: list[dict], overall: float | None = 72.5, disabled: float | None = 61.0,
            cost: float | None = 40.0) -> dict:
    site = {"id": "forum", "name": "Forum", "url": PAGE, "status": "ok", "error": None,
            "scores": {"overall": overall, "groups": {"disabled": disabled, "youth": 80.0, "developing": 70.0},
                       "dimensions": {"accessibility": 55.0, "language": 90.0, "cost": cost,
                                      "registration": 75.0, "bandwidth": 95.0}},
            "pages": [{"url": PAGE, "load_ms": 900}], "findings": findings}
    return {"run": {"id": "r1", "started_at": "2026-12-01T10:00:00Z", "finished_at": "2026-12-01T10:01:00Z",
                    "axe_version": "4.10.2", "catalogue_version": "1"},
            "sites": [site]}


FINDINGS = [finding("accessibility.image-alt", "critical", selector="#footer > img"),
            finding("accessibility.color-contrast", "serious", pages=(PAGE, FEES), selector="p.deadline"),
            finding("cost.fee-support", "moderate", selector=""),
            finding("registration.captcha", "critical", certainty="needs-review")]


def messages(policy: GatePolicy, document: dict) -> list[str]:
    return [f["message"] for f in policy.failures(document)]


# -- --fail-under ------------------------------------------------------------------------------

def test_fail_under_takes_the_overall_score_and_named_groups_and_dimensions():
    assert parse_thresholds(["70", "disabled=65", "cost=50.5"]) == {"overall": 70.0, "disabled": 65.0, "cost": 50.5}
    policy = GatePolicy(fail_under=parse_thresholds(["70", "disabled=65", "cost=50.5", "youth=80"]))
    assert messages(policy, results([])) == ["Forum: disabled score 61.0 is below --fail-under disabled=65",
                                             "Forum: cost score 40.0 is below --fail-under cost=50.5"]
    # A score that could not be measured fails its threshold, as the overall one does.
    assert messages(GatePolicy(fail_under={"disabled": 10}), results([], disabled=None)) == [
        "Forum: disabled score not measurable is below --fail-under disabled=10"]


@pytest.mark.parametrize(("values", "error"), [
    (["disabld=70"], "--fail-under: no score named 'disabld' (did you mean 'disabled'?); the scores are overall, "
                     "disabled, youth, developing, accessibility, language, cost, registration, bandwidth"),
    (["cost=high"], "--fail-under cost must be a number"),
    (["101"], "--fail-under must be between 0 and 100"),
    (["70", "overall=60"], "--fail-under overall is given twice"),
])
def test_a_bad_fail_under_is_one_line_naming_the_known_scores(values, error):
    with pytest.raises(UserError, match="^" + error.replace("(", r"\(").replace(")", r"\)").replace("?", r"\?")
                       + "$") as raised:
        parse_thresholds(values)
    assert raised.value.exit_code == 2


# -- levels and the ignore list -------------------------------------------------------------------

def test_a_check_set_to_off_or_warn_never_fails_and_error_fails_whatever_the_severity():
    document = results(FINDINGS)
    plain = GatePolicy(fail_on="serious")
    assert [f["checks"] for f in plain.failures(document)] == [["accessibility.color-contrast",
                                                                "accessibility.image-alt"]]
    policy = GatePolicy(fail_on="serious", levels={"accessibility.image-alt": "off",
                                                   "accessibility.color-contrast": "warn", "cost.fee-support": "error"})
    (failure,) = policy.failures(document)
    assert failure == {"site": "forum", "option": "--fail-on", "barriers": 1, "checks": ["cost.fee-support"],
                       "message": "Forum: 1 confirmed barrier at --fail-on serious or worse or of a check set to "
                                  "error in the config: cost.fee-support (1)"}
    # Without --fail-on a check set to error still gates; a barrier needing review never does.
    only_error = GatePolicy(levels={"cost.fee-support": "error", "registration.captcha": "error"})
    assert messages(only_error, document) == [
        "Forum: 1 confirmed barrier of a check set to error in the config: cost.fee-support (1)"]
    assert only_error.failures(document)[0]["option"] == "checks"
    assert policy.not_failing(document) == {"baselined": 0, "ignored": 0, "off": 1, "warn": 1}


def test_the_ignore_list_matches_check_patterns_elements_inside_a_selector_and_page_urls():
    document = results(FINDINGS)

    def failing(*rules: dict) -> list[str]:
        return sorted(f["check"] for f in GatePolicy(fail_on="moderate", ignore=rules).failing(FINDINGS))

    everything = ["accessibility.color-contrast", "accessibility.image-alt", "cost.fee-support"]
    assert failing() == everything
    assert failing({"check": "accessibility.*"}) == ["cost.fee-support"]
    assert failing({"selector": "#footer"}) == ["accessibility.color-contrast", "cost.fee-support"]
    assert failing({"selector": "#foot"}) == everything  # text inside a selector, not a prefix of a name
    assert failing({"check": "accessibility.image-alt", "selector": "#header"}) == everything
    # A barrier on two pages is ignored only where the pattern matches both.
    assert failing({"url": "*/fees"}) == everything
    assert failing({"url": "http://forum.test/*"}) == []
    policy = GatePolicy(fail_on="moderate", ignore=({"check": "cost.*"},))
    assert policy.not_failing(document)["ignored"] == 1


def test_levels_and_ignore_come_from_the_config_file_where_an_entry_may_be_a_bare_check_id():
    config = parse_config({"checks": {"cost.fee-support": "error", "accessibility.region": "off"},
                           "ignore": ["accessibility.image-alt", {"selector": ".cookie-banner", "url": "*/archive/*"}],
                           "sites": [{"name": "Forum", "url": PAGE}]})
    policy = GatePolicy.of("critical", {}, config)
    assert policy.levels == {"cost.fee-support": "error", "accessibility.region": "off"}
    assert policy.ignore == ({"check": "accessibility.image-alt"}, {"selector": ".cookie-banner", "url": "*/archive/*"})
    # The run's stored config (plain data) gives the same policy: `report` gates a stored run so.
    assert GatePolicy.of("critical", {}, config.model_dump(mode="json")) == policy


# -- the baseline -----------------------------------------------------------------------------------

def test_a_baseline_round_trip_fails_only_on_new_barriers(tmp_path):
    path = tmp_path / "baseline.json"
    assert write_baseline(results(FINDINGS), path) == 4  # confirmed barriers, one per page: 1 + 2 + 1
    written = json.loads(path.read_text())
    assert written["schema"] == "barrieraudit.baseline/1"
    assert {(b["check"], b["page"]) for b in written["barriers"]} == {
        ("accessibility.image-alt", PAGE), ("accessibility.color-contrast", PAGE),
        ("accessibility.color-contrast", FEES), ("cost.fee-support", PAGE)}
    assert fingerprint("accessibility.image-alt", PAGE, "#footer > img") in {b["fingerprint"] for b in written["barriers"]}
    baseline = read_baseline(path)

    policy = GatePolicy(fail_on="moderate", baseline=baseline)
    assert policy.failures(results(FINDINGS)) == []
    assert policy.not_failing(results(FINDINGS))["baselined"] == 3

    # A new barrier, and a known one on a new page: both fail, the known ones do not.
    new = finding("accessibility.label", "critical", selector="input")
    spread = finding("cost.fee-support", "moderate", pages=(PAGE, FEES), selector="")
    later = results([*FINDINGS[:2], spread, new])
    (failure,) = policy.failures(later)
    assert failure["checks"] == ["accessibility.label", "cost.fee-support"]
    assert failure["message"] == ("Forum: 2 new confirmed barriers at --fail-on moderate or worse: "
                                  "accessibility.label (1), cost.fee-support (1) (2 more in the baseline)")
    assert failure["baselined"] == 2


@pytest.mark.parametrize(("content", "error"), [
    (None, "no such file (write one with --write-baseline)"),
    ("{not json", "not JSON (line 1: Expecting property name enclosed in double quotes)"),
    ('{"barriers": []}', "not a barrieraudit baseline (schema barrieraudit.baseline/1); write one with --write-baseline"),
    ('{"schema": "barrieraudit.baseline/1", "barriers": [{"check": "x"}]}',
     "'barriers' must be a list of entries with a fingerprint"),
])
def test_a_missing_or_invalid_baseline_is_one_line(tmp_path, content, error):
    path = tmp_path / "baseline.json"
    if content is not None:
        path.write_text(content)
    with pytest.raises(UserError) as raised:
        read_baseline(path)
    assert str(raised.value) == f"--baseline {path}: {error}"
    assert raised.value.exit_code == 2


# -- JUnit, SARIF and --json follow the same decisions --------------------------------------------

def test_junit_fails_where_the_policy_does_skips_checks_off_and_says_why_others_pass(tmp_path):
    write_baseline(results(FINDINGS[:1]), tmp_path / "b.json")
    policy = GatePolicy(fail_on="moderate", fail_under={"overall": 50, "cost": 50},
                        levels={"registration.captcha": "off", "accessibility.color-contrast": "warn"},
                        baseline=read_baseline(tmp_path / "b.json"))
    document = junit(results(FINDINGS), ["cost.fee-support", "registration.captcha"], policy=policy)
    cases = {case.get("name"): case for case in document.iter("testcase")}
    failed = {name for name, case in cases.items() if case.find("failure") is not None}
    assert failed == {"cost score", "cost.fee-support"}
    assert len(policy.failures(results(FINDINGS))) == 2  # the same two: a score, a check
    assert cases["cost score"].find("failure").get("message") == "cost score 40.0 is below --fail-under cost=50"
    assert cases["overall score"].find("system-out").text == "overall score 72.5 (--fail-under 50)"
    assert cases["registration.captcha"].find("skipped").get("message") == "check off in the config"
    assert cases["accessibility.image-alt"].find("system-out").text.endswith(" -- in the baseline")
    assert cases["accessibility.color-contrast"].find("system-out").text.endswith(
        " -- check set to warn in the config")
    suite = document.find("testsuite")
    assert (suite.get("failures"), suite.get("skipped")) == ("2", "1")
    properties = {p.get("name"): p.get("value") for p in suite.iter("property")}
    assert properties["fail-under-cost"] == "50" and properties["baseline"] == str(tmp_path / "b.json")
    ET.tostring(document)  # serialisable


def test_sarif_gives_levels_suppresses_off_and_ignored_and_marks_baselined_results(tmp_path):
    write_baseline(results(FINDINGS[:1]), tmp_path / "b.json")
    policy = GatePolicy(fail_on="serious", levels={"cost.fee-support": "error", "accessibility.color-contrast": "off"},
                        ignore=({"check": "accessibility.image-alt", "url": "*/nothing"},),
                        baseline=read_baseline(tmp_path / "b.json"))
    document = sarif(results(FINDINGS), policy=policy)
    assert schema_errors(document) == []
    by_rule = {}
    for result in document["runs"][0]["results"]:
        by_rule.setdefault(result["ruleId"], []).append(result)
    assert by_rule["cost.fee-support"][0]["level"] == "error"  # moderate, but its check is set to error
    assert all(r["suppressions"] == [{"kind": "external", "justification": "check off in the config"}]
               for r in by_rule["accessibility.color-contrast"])
    assert by_rule["accessibility.image-alt"][0]["baselineState"] == "unchanged"
    assert "suppressions" not in by_rule["accessibility.image-alt"][0]
    assert by_rule["cost.fee-support"][0]["baselineState"] == "new"
    # Without a policy, SARIF is as it was.
    assert all("baselineState" not in r and "suppressions" not in r for r in sarif(results(FINDINGS))["runs"][0]["results"])


def test_the_json_gate_keeps_its_keys_and_adds_the_config_and_baseline_only_when_used(tmp_path):
    document = results(FINDINGS)
    plain = GatePolicy(fail_on="critical", fail_under={"overall": 80})
    assert set(plain.describe(document, plain.failures(document))) == {"fail_under", "fail_on", "passed", "failures"}
    assert plain.note(document) is None
    write_baseline(document, tmp_path / "b.json")
    policy = GatePolicy(fail_on="critical", fail_under={"disabled": 70}, levels={"cost.fee-support": "warn"},
                        ignore=({"check": "accessibility.*"},), baseline=read_baseline(tmp_path / "b.json"))
    described = policy.describe(document, policy.failures(document))
    assert described["fail_under"] is None and described["thresholds"] == {"disabled": 70}
    assert described["baseline"] == {"file": str(tmp_path / "b.json"), "barriers": 4}
    assert described["not_failing"] == {"baselined": 0, "ignored": 2, "off": 0, "warn": 1}
    assert policy.note(document) == f"Not failing the gate: 0 known barriers in the baseline {tmp_path / 'b.json'}, " \
                                    "2 ignored, 1 warn"
    assert baseline_document(document)["run"] == "r1"


def test_a_bare_off_in_yaml_is_the_level_off_not_a_type_error():
    import yaml

    config = parse_config(yaml.safe_load("checks:\n  accessibility.region: off\n  cost.fees: warn\n"
                                         "sites:\n  - {name: Forum, url: 'http://forum.test/'}\n"))
    assert GatePolicy.of(config=config).levels == {"accessibility.region": "off", "cost.fees": "warn"}


def test_a_baseline_holds_when_the_site_is_served_on_another_port(tmp_path):
    # CI serves a static build on whatever port is free: the baseline names pages by path.
    write_baseline(results(FINDINGS), tmp_path / "b.json")
    moved = json.loads(json.dumps(results(FINDINGS)).replace("http://forum.test/", "http://127.0.0.1:8123/"))
    policy = GatePolicy(fail_on="moderate", baseline=read_baseline(tmp_path / "b.json"))
    assert policy.failures(moved) == []
    assert policy.failures(results([finding("accessibility.label", "critical", selector="input")])) != []
