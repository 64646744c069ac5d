"""The CI gate for organisers: --fail-under, --fail-on, SARIF 2.1.0 and JUnit XML."""

from __future__ import annotations

import json
import subprocess
import sys
from xml.etree import ElementTree as ET

import pytest
from fixture_sites import forum_site
from sarif_pydantic import Sarif
from sarif_schema import schema_errors

pytestmark = pytest.mark.browser


def check(url: str, tmp_path, *options: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "barrieraudit", "check", url, "--delay", "0", "--db",
                           str(tmp_path / "runs.db"), "-q", *options], capture_output=True, text=True, timeout=300)


def test_fail_on_a_severity_exits_1_only_when_such_a_barrier_is_confirmed(tmp_path):
    with forum_site(barriers=1) as site:  # a missing alt text: critical
        critical = check(site.url, tmp_path, "--fail-on", "critical")
        clean = forum_site(barriers=0)
    with clean:
        # The clean fixture has no critical barrier, but serious and moderate ones (small
        # link targets, fees without support, one language, no accessibility statement).
        passing = check(clean.url, tmp_path, "--fail-on", "critical")
        serious = check(clean.url, tmp_path, "--fail-on", "serious")
    assert critical.returncode == 1
    name = site.url.removeprefix("http://").rstrip("/")  # check names a site by host, port and path
    assert critical.stderr.strip().splitlines()[-1] == (
        f"error: {name}: 1 confirmed barrier at --fail-on critical or worse: accessibility.image-alt (1)")
    assert passing.returncode == 0, passing.stderr
    assert serious.returncode == 1
    assert "at --fail-on serious or worse" in serious.stderr


def test_sarif_and_junit_describe_every_finding(tmp_path):
    with forum_site(barriers=2) as site:
        result = check(site.url, tmp_path, "--sarif", str(tmp_path / "out.sarif"), "--junit",
                       str(tmp_path / "junit.xml"), "--out", str(tmp_path / "report"), "--fail-on", "critical")
        passing = check(site.url, tmp_path, "--junit", str(tmp_path / "passing.xml"))
    assert result.returncode == 1, result.stderr  # a missing alt text, an unlabelled input: critical
    assert passing.returncode == 0, passing.stderr
    results = json.loads((tmp_path / "report" / "results.json").read_text())
    findings = results["sites"][0]["findings"]

    document = json.loads((tmp_path / "out.sarif").read_text())
    Sarif.model_validate(document)
    assert schema_errors(document) == []  # the OASIS schema, stricter than the pydantic model
    assert document["version"] == "2.1.0"
    run = document["runs"][0]
    assert run["tool"]["driver"]["name"] == "barrieraudit"
    rule_ids = {rule["id"] for rule in run["tool"]["driver"]["rules"]}
    assert rule_ids == {f["check"] for f in findings}
    assert len(run["results"]) == sum(len(f["pages"]) for f in findings)
    alt = next(r for r in run["results"] if r["ruleId"] == "accessibility.image-alt")
    assert (alt["level"], alt["kind"]) == ("error", "fail")
    assert alt["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].startswith(site.url)
    assert alt["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] == "img"
    assert all(r["level"] in {"error", "warning", "note", "none"} for r in run["results"])
    assert len({r["partialFingerprints"]["barrieraudit/v2"] for r in run["results"]}) == len(run["results"])

    # JUnit fails where the gate does (exit 1 for --fail-on critical), nowhere else.
    suites = ET.parse(tmp_path / "junit.xml").getroot()
    suite = suites.find("testsuite")
    cases = {case.get("name"): case for case in suite.iter("testcase")}
    assert cases["accessibility.image-alt"].find("failure").get("type") == "critical"
    assert cases["registration.captcha"].find("failure") is None
    failing = {f["check"] for f in findings if f["certainty"] == "confirmed" and f["severity"] == "critical"}
    assert {name for name, case in cases.items() if case.find("failure") is not None} == failing
    assert int(suite.get("failures")) == len(failing) == 2  # the missing alt text and the unlabelled input
    others = {f["check"] for f in findings} - failing
    assert others and all(cases[check].find("system-out") is not None for check in others)
    assert int(suites.get("tests")) == len(cases)
    assert float(suite.get("time")) > 0 and float(cases["crawl"].get("time")) > 0
    # Without a gate the build passes (exit 0) and so does every test case.
    document = ET.parse(tmp_path / "passing.xml").getroot()
    assert (document.get("failures"), document.get("errors")) == ("0", "0")
    assert not list(document.iter("failure"))
