"""Outputs for CI: JUnit XML, and the gate behind ``--fail-on`` and ``--fail-under``.

JUnit is written from a results document (results.json), so any stored run can be
exported again; SARIF for code-scanning dashboards is in ``sarif.py``. What fails is the
gate policy's to say (``policy.GatePolicy``: levels, ignore list, baseline, thresholds per
score); both formats follow it.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from ..evaluate.outcome import SEVERITY_ORDER
from .policy import REASONS, GatePolicy, score_below, score_of


def at_or_above(findings: list[dict[str, Any]], severity: str) -> list[dict[str, Any]]:
    """Confirmed findings at least as severe as ``severity``."""
    limit = SEVERITY_ORDER[severity]
    return [f for f in findings if f["certainty"] == "confirmed" and SEVERITY_ORDER[f["severity"]] <= limit]


def below_threshold(site: dict[str, Any], fail_under: float | None) -> bool:
    """The site fails ``--fail-under``: audited, and its overall score is lower or
    could not be measured."""
    return score_below(site, "overall", fail_under)


def _seconds(start: str | None, end: str | None) -> float | None:
    if not start or not end:
        return None
    return max(0.0, (datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds())


def _finding_line(finding: dict[str, Any]) -> str:
    review = "" if finding["certainty"] == "confirmed" else ", needs review"
    return (f"[{finding['severity']}{review}] {finding['message']} on {finding['page']}"
            + (f" ({finding['selector']})" if finding.get("selector") else ""))


def _testcase(suite: ET.Element, classname: str, name: str, seconds: float = 0.0) -> ET.Element:
    return ET.SubElement(suite, "testcase", classname=classname, name=name, time=f"{seconds:.3f}")


def junit(results: dict[str, Any], check_ids: list[str], fail_on: str | None = None,
          fail_under: float | None = None, policy: GatePolicy | None = None) -> ET.Element:
    """JUnit XML that follows the gate: a test suite per site, with a test case for the
    crawl, one for the overall score and one per check. A test case fails exactly where
    the gate does: a check with a confirmed barrier at ``fail_on`` or worse, a score
    below ``fail_under``. Every other barrier is listed in its check's system-out, so
    a passing build shows a passing test view. A site that could not be audited is an
    error when no site could be (the command exits 3), otherwise skipped.

    Durations: the crawl's test case takes the time its pages took to load, which is
    also the suite's; the checks are evaluated from the stored pages, not timed one by
    one (0); the whole document takes the run's duration.

    ``policy`` (instead of ``fail_on`` and ``fail_under``): a test case per score
    threshold, a check set to off is skipped, and a barrier the config or the baseline
    keeps from failing is listed with the reason."""
    if policy is None:
        policy = GatePolicy(fail_on, {"overall": fail_under} if fail_under is not None else {})
    fail_on, fail_under = policy.fail_on, policy.fail_under.get("overall")
    run = results["run"]
    nothing_audited = all(site["status"] == "failed" for site in results["sites"])
    suites = ET.Element("testsuites", name="barrieraudit")
    counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for site in results["sites"]:
        suite = ET.SubElement(suites, "testsuite", name=site["name"], timestamp=run["started_at"])
        properties = ET.SubElement(suite, "properties")
        overall = (site["scores"] or {}).get("overall")
        for name, value in (("url", site["url"]), ("status", site["status"]), ("overall", overall),
                            ("fail-on", fail_on), ("fail-under", fail_under),
                            *((f"fail-under-{score}", limit) for score, limit in policy.fail_under.items()
                              if score != "overall"),
                            ("baseline", policy.baseline.path if policy.baseline else None)):
            if value is not None:
                ET.SubElement(properties, "property", name=name, value=str(value))
        load_seconds = sum(page.get("load_ms") or 0 for page in site["pages"]) / 1000
        here = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}

        crawl = _testcase(suite, site["id"], "crawl", load_seconds)
        here["tests"] += 1
        if site["status"] == "failed":
            message = site["error"] or "the site could not be audited"
            kind = "error" if nothing_audited else "skipped"
            ET.SubElement(crawl, kind, message=message)
            here["errors" if nothing_audited else "skipped"] += 1
        else:
            out = ET.SubElement(crawl, "system-out")
            out.text = f"{len(site['pages'])} pages audited, status {site['status']}" + (
                f": {site['error']}" if site["error"] else "")

            score = _testcase(suite, site["id"], "overall score")
            here["tests"] += 1
            shown = "not measurable" if overall is None else f"{overall:.1f}"
            if below_threshold(site, fail_under):
                ET.SubElement(score, "failure", type="fail-under",
                              message=f"overall score {shown} is below --fail-under {fail_under:g}")
                here["failures"] += 1
            else:
                limit = f"--fail-under {fail_under:g}" if fail_under is not None else "no --fail-under"
                ET.SubElement(score, "system-out").text = f"overall score {shown} ({limit})"
            for name, threshold in policy.fail_under.items():
                if name == "overall":
                    continue
                case = _testcase(suite, site["id"], f"{name} score")
                here["tests"] += 1
                value = score_of(site, name)
                shown = "not measurable" if value is None else f"{value:.1f}"
                if score_below(site, name, threshold):
                    ET.SubElement(case, "failure", type="fail-under",
                                  message=f"{name} score {shown} is below --fail-under {name}={threshold:g}")
                    here["failures"] += 1
                else:
                    ET.SubElement(case, "system-out").text = f"{name} score {shown} (--fail-under {name}={threshold:g})"

            by_check: dict[str, list[dict[str, Any]]] = {}
            for finding in site["findings"]:
                by_check.setdefault(finding["check"], []).append(finding)
            for check in sorted(set(check_ids) | set(by_check)):
                case = _testcase(suite, f"{site['id']}.{check.split('.', 1)[0]}", check)
                here["tests"] += 1
                findings = by_check.get(check, [])
                failing = policy.failing(findings)
                if policy.levels.get(check) == "off":
                    ET.SubElement(case, "skipped", message="check off in the config")
                    here["skipped"] += 1
                if failing:
                    here["failures"] += 1
                    worst = min(failing, key=lambda f: SEVERITY_ORDER[f["severity"]])
                    failure = ET.SubElement(case, "failure", message=worst["message"][:500], type=worst["severity"])
                    failure.text = "\n".join(_finding_line(f) for f in failing)
                gating = {id(f) for f in failing}
                others = [f for f in findings if id(f) not in gating]
                if others:
                    out = ET.SubElement(case, "system-out")
                    gate = f"below --fail-on {fail_on}" if fail_on else "no --fail-on"
                    out.text = f"not failing ({gate}):\n" + "\n".join(
                        _finding_line(f) + _reason(policy.finding_disposition(f)) for f in others)
        for key, value in here.items():
            suite.set(key, str(value))
            counts[key] += value
        suite.set("time", f"{load_seconds:.3f}")
    for key, value in counts.items():
        suites.set(key, str(value))
    duration = _seconds(run.get("started_at"), run.get("finished_at"))
    if duration is None:  # a run still unfinished: the time its pages took
        duration = sum(float(suite.get("time")) for suite in suites)
    suites.set("time", f"{duration:.3f}")
    return suites


def _reason(disposition: str) -> str:
    """Why a barrier does not fail, when the config or the baseline is the reason."""
    return f" -- {REASONS[disposition]}" if disposition in REASONS and disposition != "review" else ""


def write_junit(results: dict[str, Any], check_ids: list[str], path: Path, fail_on: str | None = None,
                fail_under: float | None = None, policy: GatePolicy | None = None) -> None:
    tree = ET.ElementTree(junit(results, check_ids, fail_on, fail_under, policy))
    ET.indent(tree)
    tree.write(path, encoding="utf-8", xml_declaration=True)
