"""What to fix first: each barrier's score gain, checked by evaluating the site again with
the barrier taken out of its page artifacts; and what axe-core could not test, reported
as not checked instead of as a barrier. No browser: recorded artifacts of the corpora
(tests/artifacts/recorded_sites.json.gz, see golden.py).
"""

from __future__ import annotations

import copy
import csv
import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from golden import recorded_sites

from barrieraudit.evaluate import evaluate_site, load_catalogue
from barrieraudit.evaluate.outcome import Finding, SiteArtifacts
from barrieraudit.score import aggregate, component_values, fix_gains

SITES = {site["id"]: site for site in recorded_sites()}
CATALOGUE = load_catalogue()


def evaluated(site: dict) -> tuple:
    artifacts = SiteArtifacts(site["id"], site["url"], site["pages"], site["documents"])
    evaluation = evaluate_site(artifacts, CATALOGUE)
    return evaluation, aggregate(component_values(evaluation, CATALOGUE.scoring), CATALOGUE.scoring)


def the_fix(evaluation, check: str, selector: str) -> dict:
    return next(f for f in fix_gains(evaluation, CATALOGUE) if (f["check"], f["selector"]) == (check, selector))


def assert_gain_is_the_rescored_difference(fix: dict, before: dict, after: dict) -> None:
    assert fix["gain"]["overall"] == pytest.approx(after["overall"] - before["overall"], abs=1e-9)
    for group in ("disabled", "youth", "developing"):
        assert fix["gain"]["groups"][group] == pytest.approx(after["groups"][group] - before["groups"][group],
                                                             abs=1e-9)


def without_axe_node(site: dict, rule: str, selector: str) -> dict:
    """The site with the element ``selector`` fixed for axe rule ``rule`` on every page."""
    fixed = copy.deepcopy(site)
    for page in fixed["pages"]:
        for result in (page.get("axe") or {}).get("violations", []):
            if result["id"] == rule:
                kept = [n for n in result["nodes"] if " | ".join(n["target"]) != selector]
                result["node_count"] -= len(result["nodes"]) - len(kept)
                result["nodes"] = kept
        if page.get("axe"):
            page["axe"]["violations"] = [r for r in page["axe"]["violations"] if r["node_count"] > 0]
    return fixed


def test_the_gain_of_a_shared_template_element_is_the_score_of_the_site_evaluated_again_without_it():
    site = SITES["forum-governacao-internet-mz"]
    evaluation, before = evaluated(site)
    # One low-contrast <span> of the shared template, on five pages: one barrier, one fix.
    fix = the_fix(evaluation, "accessibility.color-contrast", "span")
    findings = [evaluation.findings[i] for i in fix["findings"]]
    assert len(next(f for f in findings if f.certainty == "confirmed").pages) == 5
    fixed_evaluation, after = evaluated(without_axe_node(site, "color-contrast", "span"))
    assert not any((f.check, f.selector, f.certainty) == ("accessibility.color-contrast", "span", "confirmed")
                   for f in fixed_evaluation.findings)
    assert after["overall"] > before["overall"]
    assert_gain_is_the_rescored_difference(fix, before, after)


def test_the_gain_of_captioning_the_videos_is_the_score_of_the_site_evaluated_again_with_captions():
    site = SITES["forum-en"]
    evaluation, before = evaluated(site)
    fix = the_fix(evaluation, "accessibility.captions", "video")
    fixed = copy.deepcopy(site)
    for page in fixed["pages"]:
        for media in (page.get("dom") or {}).get("media", []):
            if media.get("tag") == "video":
                media["tracks"] = [*media.get("tracks", []), {"kind": "captions", "src": "captions.vtt"}]
    fixed_evaluation, after = evaluated(fixed)
    assert not [f for f in fixed_evaluation.findings if (f.check, f.selector) == ("accessibility.captions", "video")]
    assert fix["gain"]["overall"] > 0
    assert_gain_is_the_rescored_difference(fix, before, after)


def test_the_gain_of_dropping_a_blocked_host_is_the_score_without_its_requests():
    site = SITES["forum-en"]
    evaluation, before = evaluated(site)
    fix = the_fix(evaluation, "bandwidth.blocked-hosts", "")
    hosts = [evaluation.findings[i].snippet for i in fix["findings"]]
    fixed = copy.deepcopy(site)

    def blocked(url: str) -> bool:
        return any(host in (url or "") for host in hosts)

    for page in fixed["pages"]:
        page["network"] = [r for r in page.get("network") or [] if not blocked(r.get("url"))]
        if page.get("dom"):
            page["dom"]["scripts"] = [s for s in page["dom"].get("scripts", []) if not blocked(s)]
            page["dom"]["iframes"] = [f for f in page["dom"].get("iframes", []) if not blocked(f.get("src"))]
    fixed_evaluation, after = evaluated(fixed)
    assert not [f for f in fixed_evaluation.findings if f.check == "bandwidth.blocked-hosts"]
    assert_gain_is_the_rescored_difference(fix, before, after)


@pytest.mark.parametrize("key", sorted(SITES))
def test_each_fix_scores_the_site_as_scoring_does_with_that_component_changed(key):
    """For every barrier of every recorded site, the gain equals ``aggregate`` over the
    site's components with the fixed component put in (fix_gains computes only one dimension)."""
    from barrieraudit.score import FIX_COMPONENTS, _fixed_facts, COMPONENTS
    from barrieraudit.evaluate import SiteEvaluation

    site = SITES[key]
    artifacts = SiteArtifacts(site["id"], site["url"], site["pages"], site["documents"])
    if not artifacts.audited_pages:
        return
    evaluation = evaluate_site(artifacts, CATALOGUE)
    components = component_values(evaluation, CATALOGUE.scoring)
    before = aggregate(components, CATALOGUE.scoring)
    specs = {spec.id: spec for spec in CATALOGUE.checks}
    for fix in fix_gains(evaluation, CATALOGUE, components):
        if fix["check"] not in FIX_COMPONENTS:
            continue
        removed = set(fix["findings"])
        view = SiteEvaluation(findings=[f for i, f in enumerate(evaluation.findings) if i not in removed],
                              facts={**evaluation.facts, **_fixed_facts(fix["check"], evaluation,
                                                                         specs[fix["check"]].options,
                                                                         fix["selector"])},
                              outcomes=evaluation.outcomes, page_facts=evaluation.page_facts)
        after = {d: dict(parts) for d, parts in components.items()}
        for dimension, parts in CATALOGUE.scoring["dimensions"].items():
            for name in parts:
                if name in FIX_COMPONENTS[fix["check"]] and after[dimension][name] is not None:
                    value = COMPONENTS[name](view, CATALOGUE.scoring)
                    after[dimension][name] = None if value is None else round(float(value), 4)
        assert_gain_is_the_rescored_difference(fix, before, aggregate(after, CATALOGUE.scoring))


def test_fixes_are_ordered_by_gain_and_a_barrier_that_moves_no_score_has_none():
    evaluation, _ = evaluated(SITES["forum-governacao-internet-mz"])
    fixes = fix_gains(evaluation, CATALOGUE)
    exact = [f["exact"] for f in fixes]
    assert exact == sorted(exact, reverse=True)
    assert fixes[0]["exact"] > 0
    # Every finding belongs to exactly one barrier.
    assert sorted(i for f in fixes for i in f["findings"]) == list(range(len(evaluation.findings)))
    # axe-core's incomplete results (needs review) do not enter the score: fixing one alone gains nothing.
    evaluation, _ = evaluated(SITES["lakeshore-igf"])
    checks = {spec.id for spec in CATALOGUE.checks}
    review_only = [f for f in fix_gains(evaluation, CATALOGUE)
                   if all(evaluation.findings[i].certainty == "needs-review" and evaluation.findings[i].check
                          not in checks for i in f["findings"])]
    assert review_only and all(f["exact"] == 0 and f["gain"]["overall"] == 0 for f in review_only)


def test_ranking_the_fixes_of_a_site_with_two_thousand_findings_is_fast():
    evaluation, _ = evaluated(SITES["forum-governacao-internet-mz"])
    axe = evaluation.outcomes["accessibility.axe"].measures
    template = next(f for f in evaluation.findings if f.check == "accessibility.color-contrast")
    # 2,000 distinct low-contrast elements spread over the tested pages.
    for n in range(2000):
        page = axe["tested_pages"][n % len(axe["tested_pages"])]
        evaluation.findings.append(Finding(**{**template.__dict__, "selector": f"#e{n}", "page": page,
                                              "pages": [page], "certainty": "confirmed"}))
    for rules in axe["violations_per_page"]:
        rules.append({"rule": "color-contrast", "impact": "serious", "nodes": 400})
    started = time.perf_counter()
    fixes = fix_gains(evaluation, CATALOGUE)
    assert time.perf_counter() - started < 1.0
    assert len(fixes) >= 2000


def test_a_frame_axe_core_could_not_enter_is_not_checked_and_not_a_critical_barrier():
    site = SITES["concertation-sahel-numerique"]
    assert any(r["id"] == "frame-tested" for p in site["pages"] for r in (p.get("axe") or {}).get("incomplete", []))
    evaluation, _ = evaluated(site)
    assert not [f for f in evaluation.findings if f.check == "accessibility.frame-tested"]
    frames = [n for n in evaluation.not_checked if n["kind"] == "frame"]
    assert len(frames) == 1
    assert frames[0]["selector"] == "iframe" and "youtube-nocookie.com" in frames[0]["snippet"]
    assert frames[0]["reason"].startswith("axe-core could not test inside this frame")


def test_a_page_axe_core_did_not_finish_is_not_checked():
    site = copy.deepcopy(SITES["forum-en"])
    page = next(p for p in site["pages"] if p.get("axe"))
    page["axe"] = None
    page["warnings"] = ["axe-core did not finish within 60 s"]
    evaluation, _ = evaluated(site)
    assert {"page": page.get("final_url") or page["url"], "kind": "axe", "selector": "", "snippet": "",
            "reason": "axe-core did not finish within 60 s"} in evaluation.not_checked


def stored_run(tmp_path, site: dict):
    """A run of one recorded site, stored and evaluated as a crawl would (no browser)."""
    from barrieraudit.pipeline import evaluate_stored_site
    from barrieraudit.store import open_store

    store = open_store(tmp_path / "runs.db")
    run_id = store.begin_run(tool_version="0.1.0", axe_version="4.10.2", catalogue_version=CATALOGUE.version,
                             browser="b", config={"sites": []})
    store.add_site(run_id, 0, site["id"], site["id"], site["url"], {})
    for page in site["pages"]:
        store.add_page(run_id, site["id"], page, None)
    failed = {"url": site["url"].rstrip("/") + "/gone.html", "final_url": None, "role": "other",
              "error": "HTTP 404", "http_status": 404}
    store.add_page(run_id, site["id"], failed, None)
    store.finish_site(run_id, site["id"], status="partial", error=None, documents=site["documents"], warnings=[])
    evaluate_stored_site(store, run_id, site["id"], site["url"], site["documents"])
    store.finish_run(run_id, "finished")
    return store, run_id


def test_results_csv_and_site_page_say_what_to_fix_first_and_what_was_not_checked(tmp_path):
    from barrieraudit.report import write_report
    from barrieraudit.results import build_results, validate_results

    site = SITES["concertation-sahel-numerique"]
    store, run_id = stored_run(tmp_path, site)
    results = build_results(store, run_id)
    validate_results(results)
    reported = results["sites"][0]
    evaluation, _ = evaluated(site)
    fixes = [f for f in fix_gains(evaluation, CATALOGUE) if f["exact"] > 0][:5]
    assert [(b["check"], b["selector"], b["gain"]) for b in reported["fix_first"]] == [
        (f["check"], f["selector"], f["gain"]) for f in fixes]
    first = reported["fix_first"][0]
    assert first["gain"]["overall"] > 0 and first["pages"] and first["page_count"] == len(first["pages"])
    assert {(n["kind"], n["page"]) for n in reported["not_checked"]} >= {
        ("page", site["url"].rstrip("/") + "/gone.html")}
    assert [n["kind"] for n in reported["not_checked"]].count("frame") == 1

    write_report(results, tmp_path / "out")
    rows = list(csv.DictReader((tmp_path / "out" / "findings.csv").open(encoding="utf-8")))
    by_barrier = {(r["check"], r["selector"]): r["gain"] for r in rows}
    assert by_barrier[(first["check"], first["selector"])] == str(first["gain"]["overall"])
    assert all(r["gain"] != "" for r in rows)

    html = (tmp_path / "out" / "sites" / f"{site['id']}.html").read_text(encoding="utf-8")
    text = " ".join(html.split())
    assert text.index("Fix first") < text.index("<h2>Scores</h2>")
    assert f"+{first['gain']['overall']:.1f} overall" in text
    assert "Not checked" in text and "axe-core could not test inside this frame" in text
    assert "frame-tested" not in text


def test_a_run_evaluated_before_gains_existed_has_no_fix_first(tmp_path):
    from barrieraudit.results import build_results, validate_results

    store, run_id = stored_run(tmp_path, SITES["forum-en"])
    site_id = SITES["forum-en"]["id"]
    findings = [{k: v for k, v in f.items() if k not in ("gain", "fix_order")}
                for f in store.load_findings(run_id, site_id)]
    stored = store.load_sites(run_id)[0]
    store.save_evaluation(run_id, site_id, facts=stored["facts"], scores=stored["scores"], findings=findings,
                          rank=None, rank_interval=None, page_facts=stored["page_facts"])
    results = build_results(store, run_id)
    validate_results(results)
    assert results["sites"][0]["fix_first"] is None
    json.dumps(results)


def barrieraudit(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "barrieraudit", *args], capture_output=True, text=True,
                          timeout=300, env={**os.environ, "COLUMNS": "200"})


def test_the_command_line_prints_what_to_fix_first_and_what_was_not_checked(tmp_path):
    site = SITES["concertation-sahel-numerique"]
    store, run_id = stored_run(tmp_path, site)
    store.close()
    result = barrieraudit("evaluate", run_id, "--db", str(tmp_path / "runs.db"))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    start = lines.index("Fix first (score gain of fixing each, overall):")
    fixes = lines[start + 1:start + 6]
    evaluation, _ = evaluated(site)
    expected = [f for f in fix_gains(evaluation, CATALOGUE) if f["exact"] > 0][:5]
    assert len(fixes) == len(expected) == 5
    for position, (line, fix) in enumerate(zip(fixes, expected, strict=True), 1):
        assert line.startswith(f"  {position}. +{fix['gain']['overall']:.1f}  {fix['check']}")
    assert "Not checked: 1 page not read, 1 frame not tested" in result.stdout


def test_the_gate_names_every_check_it_failed_on_with_its_count(tmp_path):
    site = SITES["forum-governacao-internet-mz"]
    store, run_id = stored_run(tmp_path, site)
    findings = store.load_findings(run_id, site["id"])
    store.close()
    result = barrieraudit("report", run_id, "--db", str(tmp_path / "runs.db"), "--out", str(tmp_path / "out"),
                          "--fail-on", "serious")
    assert result.returncode == 1
    found = Counter(f["check"] for f in findings if f["certainty"] == "confirmed"
                    and f["severity"] in ("critical", "serious"))
    named = sorted(found.items(), key=lambda c: (-c[1], c[0]))
    listed = ", ".join(f"{check} ({count})" for check, count in named[:5])
    more = f" and {len(named) - 5} more checks" if len(named) > 6 else (" and 1 more check" if len(named) == 6 else "")
    assert result.stderr.strip().splitlines()[-1] == (
        f"error: {site['id']}: {sum(found.values())} confirmed barriers at --fail-on serious or worse: {listed}{more}")


def organiser_report(tmp_path, site: dict) -> Path:
    """The report of a stored run of ``site`` with a previous run 400 barriers behind it:
    fix first, fixes as lists, not checked, and since the previous run. Returns its site page."""
    from barrieraudit.report import write_report
    from barrieraudit.results import build_results

    store, run_id = stored_run(tmp_path, site)
    results = build_results(store, run_id)
    url = site["url"].rstrip("/")

    def entry(check: str, severity: str, n: int) -> dict:
        return {"check": check, "page": f"{url}/p{n % 7}.html", "selector": f"#e{n}", "severity": severity,
                "certainty": "confirmed", "message": f"message of {check}"}

    # 400 new barriers of eight checks (one template repeated on many pages), 3 fixed.
    new = [entry(f"accessibility.rule-{n % 8}", "critical" if n % 8 == 3 else "moderate", n) for n in range(400)]
    fixed = [entry("accessibility.image-alt", "critical", n) for n in range(3)]
    change = {"id": site["id"], "name": site["id"], "change": "compared", "new": new, "fixed": fixed,
              "persisting": 12, "not_compared": [], "pages_not_compared": {"from": [], "to": []}, "scores": {},
              "rank": [1, 1], "previous_run": "20261101-000000-aaaaaa", "same_method": True,
              "previous_catalogue": CATALOGUE.version}
    write_report(results, tmp_path / "out", changes={site["id"]: change})
    return tmp_path / "out" / "sites" / f"{site['id']}.html"


def test_since_the_previous_run_is_a_summary_with_the_full_list_behind_a_disclosure(tmp_path):
    html = " ".join(organiser_report(tmp_path, SITES["forum-en"]).read_text(encoding="utf-8").split())
    start, end = html.index("<h2>Since the previous run</h2>"), html.index("<h2>Facts</h2>")
    section = html[start:end]
    assert "400 new barriers, 3 fixed, 12 persisting" in section
    summary, disclosure = section.split('<details class="changes">')
    # Before the disclosure: the main new barriers by check, most severe first, at most five.
    assert summary.count("<li>") == 5 + 1
    assert summary.index("accessibility.rule-3</code>: 50 places on 7 pages") < summary.index("accessibility.rule-0")
    assert "accessibility.image-alt</code>: 3 places on 3 pages" in summary
    assert "#e17" not in summary
    # Behind it: every change (up to 200 a list), then where the rest are.
    assert "<summary>Every change (403)</summary>" in disclosure
    assert disclosure.count("<li>") == 200 + 3 and "200 more: see <code>barrieraudit diff</code>" in disclosure


@pytest.mark.browser
def test_the_site_page_with_fix_first_not_checked_and_history_has_no_axe_violations(tmp_path, chromium):
    from report_checks import report_problems

    page = organiser_report(tmp_path, SITES["semana-gi-nordeste"])
    text = page.read_text(encoding="utf-8")
    assert all(part in text for part in ('id="fix-first"', 'id="not-checked"', 'class="fix-steps"',
                                         'class="changes"'))
    assert report_problems(chromium, [page]) == {}


def test_the_gain_of_removing_the_captcha_is_the_score_of_the_site_evaluated_again_without_it():
    site = SITES["kenya-digital-rights-forum"]
    evaluation, before = evaluated(site)
    assert evaluation.facts["captcha"]
    fix = the_fix(evaluation, "registration.captcha", "")
    vendors = CATALOGUE.checks[[c.id for c in CATALOGUE.checks].index("registration.captcha")].options["vendors"]
    marks = [m for v in vendors.values() for m in v.get("urls", [])]
    classes = [c for v in vendors.values() for c in v.get("classes", [])]
    fixed = copy.deepcopy(site)

    def vendor(url: str) -> bool:
        return any(mark in (url or "") for mark in marks)

    for page in fixed["pages"]:
        page["network"] = [r for r in page.get("network") or [] if not vendor(r.get("url"))]
        if page.get("dom"):
            dom = page["dom"]
            dom["scripts"] = [s for s in dom.get("scripts", []) if not vendor(s)]
            dom["iframes"] = [f for f in dom.get("iframes", []) if not vendor(f.get("src"))]
            dom["widgets"] = [w for w in dom.get("widgets", []) if not any(
                c in f"{w.get('cls', '')} {w.get('id', '')}".lower() for c in classes)]
    fixed_evaluation, after = evaluated(fixed)
    assert fixed_evaluation.facts["captcha"] == []
    assert after["overall"] > before["overall"]
    assert_gain_is_the_rescored_difference(fix, before, after)
