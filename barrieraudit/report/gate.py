"""Outputs for CI and code-scanning dashboards: SARIF 2.1.0, JUnit XML, and the
severity gate behind ``--fail-on``.

Both formats are written from a results document (results.json), so any stored run
can be exported again.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from .. import __version__
from ..evaluate.outcome import SEVERITY_ORDER

INFORMATION_URI = "https://github.com/barrieraudit/barrieraudit"
SARIF_LEVEL = {"critical": "error", "serious": "error", "moderate": "warning", "minor": "note", "info": "note"}


def at_or_above(findings: list[dict[str, Any]], severity: str) -> list[dict[str, Any]]:
    """Confirmed findings at least as severe as ``severity``."""
    limit = SEVERITY_ORDER[severity]
    return [f for f in findings if f["certainty"] == "confirmed" and SEVERITY_ORDER[f["severity"]] <= limit]


def fingerprint(check: str, page: str, selector: str) -> str:
    return hashlib.sha256(f"{check}|{page}|{selector}".encode()).hexdigest()[:32]


def sarif(results: dict[str, Any]) -> dict[str, Any]:
    """The results as one SARIF 2.1.0 run: a rule per check, a result per finding and page."""
    rules: dict[str, dict[str, Any]] = {}
    sarif_results = []
    for site in results["sites"]:
        for finding in site["findings"]:
            check = finding["check"]
            if check not in rules:
                rules[check] = {
                    "id": check, "name": check,
                    "shortDescription": {"text": finding["message"][:1000]},
                    "help": {"text": finding.get("help") or finding["message"]},
                    "properties": {"tags": [check.split(".", 1)[0], *finding["groups"]]},
                    **({"helpUri": finding["help_url"]} if finding.get("help_url") else {}),
                }
            review = finding["certainty"] != "confirmed"
            for page in finding.get("pages") or [finding["page"]]:
                location: dict[str, Any] = {"physicalLocation": {"artifactLocation": {"uri": page}}}
                if finding.get("snippet"):
                    location["physicalLocation"]["region"] = {"snippet": {"text": finding["snippet"]}}
                if finding.get("selector"):
                    location["logicalLocations"] = [{"fullyQualifiedName": finding["selector"], "kind": "element"}]
                sarif_results.append({
                    "ruleId": check,
                    # SARIF: a result that is not a failure has level "none".
                    "kind": "review" if review else "fail",
                    "level": "none" if review else SARIF_LEVEL[finding["severity"]],
                    "message": {"text": f"{finding['message']} ({site['name']})"},
                    "locations": [location],
                    "partialFingerprints": {"barrieraudit/v1": fingerprint(check, page, finding.get("selector") or "")},
                    "properties": {"site": site["id"], "severity": finding["severity"],
                                   "certainty": finding["certainty"], "groups": finding["groups"]},
                })
    run = results["run"]
    return {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "barrieraudit", "version": __version__, "informationUri": INFORMATION_URI,
                                "rules": list(rules.values())}},
            "automationDetails": {"id": f"barrieraudit/{run['id']}"},
            "invocations": [{"executionSuccessful": True, "startTimeUtc": run["started_at"],
                             **({"endTimeUtc": run["finished_at"]} if run.get("finished_at") else {})}],
            "results": sarif_results,
            "properties": {"axe_version": run["axe_version"], "catalogue_version": run["catalogue_version"]},
        }],
    }


def junit(results: dict[str, Any], check_ids: list[str]) -> ET.Element:
    """JUnit XML: a test suite per site, a test case per check; confirmed findings fail it."""
    suites = ET.Element("testsuites", name="barrieraudit")
    total = failed = errored = 0
    for site in results["sites"]:
        suite = ET.SubElement(suites, "testsuite", name=site["name"], timestamp=results["run"]["started_at"])
        properties = ET.SubElement(suite, "properties")
        ET.SubElement(properties, "property", name="url", value=site["url"])
        ET.SubElement(properties, "property", name="overall", value=str((site["scores"] or {}).get("overall")))
        by_check: dict[str, list[dict[str, Any]]] = {}
        for finding in site["findings"]:
            by_check.setdefault(finding["check"], []).append(finding)
        cases = failures = errors = 0
        if site["status"] == "failed":
            case = ET.SubElement(suite, "testcase", classname=site["id"], name="audit")
            ET.SubElement(case, "error", message=site["error"] or "the site could not be audited")
            cases, errors = 1, 1
        else:
            for check in sorted(set(check_ids) | set(by_check)):
                case = ET.SubElement(suite, "testcase", classname=f"{site['id']}.{check.split('.', 1)[0]}", name=check)
                cases += 1
                confirmed = [f for f in by_check.get(check, []) if f["certainty"] == "confirmed"]
                if confirmed:
                    failures += 1
                    worst = min(confirmed, key=lambda f: SEVERITY_ORDER[f["severity"]])
                    failure = ET.SubElement(case, "failure", message=worst["message"][:500], type=worst["severity"])
                    failure.text = "\n".join(f"[{f['severity']}] {f['message']} on {f['page']}"
                                             + (f" ({f['selector']})" if f.get("selector") else "") for f in confirmed)
                review = [f for f in by_check.get(check, []) if f["certainty"] != "confirmed"]
                if review:
                    out = ET.SubElement(case, "system-out")
                    out.text = "\n".join(f"needs review: {f['message']} on {f['page']}" for f in review)
        suite.set("tests", str(cases))
        suite.set("failures", str(failures))
        suite.set("errors", str(errors))
        total, failed, errored = total + cases, failed + failures, errored + errors
    suites.set("tests", str(total))
    suites.set("failures", str(failed))
    suites.set("errors", str(errored))
    return suites


def write_sarif(results: dict[str, Any], path: Path) -> None:
    path.write_text(json.dumps(sarif(results), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def write_junit(results: dict[str, Any], check_ids: list[str], path: Path) -> None:
    tree = ET.ElementTree(junit(results, check_ids))
    ET.indent(tree)
    tree.write(path, encoding="utf-8", xml_declaration=True)
