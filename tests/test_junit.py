"""JUnit XML follows the gate: a test case fails exactly where --fail-on or
--fail-under fail the build; every other barrier is reported on a passing case."""

from __future__ import annotations

from xml.etree import ElementTree as ET

from barrieraudit.report.gate import junit


def finding(check: str, severity: str, certainty: str = "confirmed", page: str = "http://forum.test/") -> dict:
    return {"check": check, "severity": severity, "certainty": certainty, "page": page, "pages": [page],
            "message": f"{check} message", "selector": "main", "groups": ["disabled"]}


def site(site_id: str, overall: float | None, findings: list[dict], status: str = "ok",
         error: str | None = None, load_ms: tuple[int, ...] = (1200, 800)) -> dict:
    return {"id": site_id, "name": site_id.title(), "url": f"http://{site_id}.test/", "status": status,
            "error": error, "scores": None if status == "failed" else {"overall": overall},
            "pages": [{"url": f"http://{site_id}.test/{i}", "load_ms": ms} for i, ms in enumerate(load_ms)],
            "findings": findings}


def results(*sites: dict) -> dict:
    return {"run": {"id": "r1", "started_at": "2026-12-01T10:00:00Z", "finished_at": "2026-12-01T10:01:30Z"},
            "sites": list(sites)}


FORUM = site("forum", 72.5, [finding("accessibility.image-alt", "critical"),
                             finding("accessibility.color-contrast", "serious"),
                             finding("cost.fee-support", "moderate"),
                             finding("registration.captcha", "critical", certainty="needs-review")])
CHECKS = ["cost.fee-support", "registration.captcha", "language.un-languages"]


def cases(document: ET.Element) -> dict[tuple[str, str], ET.Element]:
    return {(case.get("classname").split(".")[0], case.get("name")): case for case in document.iter("testcase")}


def test_without_a_gate_no_barrier_fails_the_test_view():
    document = junit(results(FORUM), CHECKS)
    assert document.get("failures") == "0" and document.get("errors") == "0"
    assert not list(document.iter("failure"))
    contrast = cases(document)[("forum", "accessibility.color-contrast")]
    assert contrast.find("system-out").text == (
        "not failing (no --fail-on):\n[serious] accessibility.color-contrast message on http://forum.test/ (main)")
    captcha = cases(document)[("forum", "registration.captcha")]
    assert "[critical, needs review] registration.captcha message" in captcha.find("system-out").text


def test_fail_on_fails_only_the_checks_with_a_confirmed_barrier_that_severe():
    document = junit(results(FORUM), CHECKS, fail_on="serious")
    failing = {name for (_, name), case in cases(document).items() if case.find("failure") is not None}
    # The needs-review CAPTCHA and the moderate fee finding do not fail --fail-on serious.
    assert failing == {"accessibility.image-alt", "accessibility.color-contrast"}
    assert document.get("failures") == "2"
    alt = cases(document)[("forum", "accessibility.image-alt")].find("failure")
    assert (alt.get("type"), alt.text) == (
        "critical", "[critical] accessibility.image-alt message on http://forum.test/ (main)")
    fee = cases(document)[("forum", "cost.fee-support")]
    assert fee.find("system-out").text.startswith("not failing (below --fail-on serious):\n[moderate]")


def test_fail_under_fails_the_overall_score_case_of_the_sites_below_it():
    low = site("low", 41.0, [])
    document = junit(results(FORUM, low), CHECKS, fail_under=60)
    assert cases(document)[("low", "overall score")].find("failure").get("message") == (
        "overall score 41.0 is below --fail-under 60")
    assert cases(document)[("forum", "overall score")].find("failure") is None
    assert cases(document)[("forum", "overall score")].find("system-out").text == "overall score 72.5 (--fail-under 60)"
    assert document.get("failures") == "1"


def test_a_failed_site_is_skipped_when_others_were_audited_and_an_error_when_none_was():
    down = site("down", None, [], status="failed", error="start page: connection refused", load_ms=())
    mixed = junit(results(FORUM, down), CHECKS, fail_on="critical", fail_under=50)
    crawl = cases(mixed)[("down", "crawl")]
    assert crawl.find("skipped").get("message") == "start page: connection refused"
    assert crawl.find("error") is None and mixed.get("errors") == "0"
    alone = junit(results(down), CHECKS, fail_on="critical")
    assert cases(alone)[("down", "crawl")].find("error").get("message") == "start page: connection refused"
    assert alone.get("errors") == "1"


def test_every_case_suite_and_the_document_have_a_duration():
    document = junit(results(FORUM), CHECKS, fail_on="critical")
    assert document.get("time") == "90.000"  # the run's duration
    suite = document.find("testsuite")
    assert suite.get("time") == "2.000"  # the time its pages took to load
    assert cases(document)[("forum", "crawl")].get("time") == "2.000"
    assert all(case.get("time") is not None for case in document.iter("testcase"))
    assert sum(float(case.get("time")) for case in suite.iter("testcase")) == 2.0
    assert int(suite.get("tests")) == len(list(suite.iter("testcase"))) == 2 + len(CHECKS) + 2
