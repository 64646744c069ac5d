"""Runs over time: history, diff (new, fixed, persisting), trends in the report,
re-evaluation of stored runs, and two crawls writing one database at once."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from fixture_sites import SVG, FixtureSite

from barrieraudit.history import (changes_since_previous, diff_runs, diff_sites, last_two_runs, match_sites,
                                  site_history)
from barrieraudit.pipeline import reevaluate_run
from barrieraudit.report import write_report
from barrieraudit.results import build_results
from barrieraudit.score import no_scores
from barrieraudit.store import open_store

pytestmark = pytest.mark.browser

BEFORE = '<p>Welcome.</p><img src="/logo.svg"><form><label for="n">Name</label><input id="n" name="n"></form>'
AFTER = '<p>Welcome.</p><img src="/logo.svg" alt="Forum logo"><form><input id="n" name="n"></form>'
FIXED = '<p>Welcome.</p><img src="/logo.svg" alt="Forum logo"><form><label for="n">Name</label><input id="n" name="n"></form>'


def test_diff_reports_exactly_the_barrier_fixed_and_the_one_added(audit, store_target, tmp_path):
    with FixtureSite() as site:
        site.raw("/logo.svg", SVG, "image/svg+xml")
        site.page("/", "Forum", BEFORE)
        first = audit({"sites": [{"name": "Forum", "url": site.url}]}, db=store_target)
        site.page("/", "Forum", AFTER)
        second = audit({"sites": [{"name": "Forum", "url": site.url}]}, db=store_target)
    store = open_store(store_target)
    assert last_two_runs(store) == (first.run_id, second.run_id)
    changes = diff_runs(store, first.run_id, second.run_id)["sites"][0]
    assert [(e["check"], e["selector"], e["page"]) for e in changes["fixed"]] == [
        ("accessibility.image-alt", "img", site.url)]
    assert [(e["check"], e["selector"], e["page"]) for e in changes["new"]] == [
        ("accessibility.label", "#n", site.url)]
    assert changes["persisting"] == len(first.site()["findings"]) - 1
    # One critical barrier fixed, one critical barrier added: the scores do not move.
    assert changes["scores"] == {}

    # The CLI says the same, and the report shows the trend and what changed.
    result = subprocess.run([sys.executable, "-m", "barrieraudit", "diff", "--db", store_target, "--json"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["sites"][0]["new"][0]["check"] == "accessibility.label"
    history = subprocess.run([sys.executable, "-m", "barrieraudit", "report", "--db", store_target,
                              "--out", str(tmp_path / "report")], capture_output=True, text=True)
    assert history.returncode == 0, history.stderr
    page = (tmp_path / "report" / "sites" / "forum.html").read_text()
    assert "Since the previous run" in page and "1 new barrier, 1 fixed" in page
    assert "<code>" + first.run_id + "</code>" in page and (tmp_path / "report" / "sites" / "forum-trend.svg").exists()

    # Fixing the last critical barrier raises the scores, and diff says by how much (the
    # site now served from another port: barriers still match by path).
    with FixtureSite() as site:
        site.raw("/logo.svg", SVG, "image/svg+xml")
        site.page("/", "Forum", FIXED)
        third = audit({"sites": [{"name": "Forum", "url": site.url}]}, db=store_target)
    better = diff_runs(store, second.run_id, third.run_id)["sites"][0]
    assert [(e["check"], e["selector"]) for e in better["fixed"]] == [("accessibility.label", "#n")]
    assert better["new"] == []
    before, after = second.site()["scores"], third.site()["scores"]
    assert after["overall"] > before["overall"]
    assert better["scores"]["overall"] == [before["overall"], after["overall"]]
    assert better["scores"]["accessibility"] == [before["dimensions"]["accessibility"],
                                                 after["dimensions"]["accessibility"]]


def test_history_lists_runs_and_evaluate_makes_a_linked_run_without_a_browser(audit, tmp_path):
    with FixtureSite() as site:
        site.page("/", "Forum", BEFORE)
        site.raw("/logo.svg", SVG, "image/svg+xml")
        run = audit({"sites": [{"name": "Forum", "url": site.url}]}, db=tmp_path / "runs.db")
    env = {"BARRIERAUDIT_CHROMIUM": "/nonexistent/chrome", "PATH": ""}  # no browser reachable
    result = subprocess.run([sys.executable, "-m", "barrieraudit", "evaluate", run.run_id[:12], "--db",
                             str(tmp_path / "runs.db")], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    store = open_store(tmp_path / "runs.db")
    runs = store.list_runs()
    assert len(runs) == 2 and runs[1]["parent_id"] == run.run_id
    again = build_results(store, runs[1]["id"])
    assert again["sites"][0]["findings"] == run.site()["findings"]
    assert again["sites"][0]["scores"] == run.site()["scores"]
    listing = subprocess.run([sys.executable, "-m", "barrieraudit", "history", "--db", str(tmp_path / "runs.db")],
                             capture_output=True, text=True, env={**env, "COLUMNS": "200"})
    assert listing.returncode == 0
    assert run.run_id in listing.stdout and runs[1]["id"] in listing.stdout


def test_two_crawls_writing_one_database_at_once_lose_nothing(store_target, tmp_path):
    with FixtureSite() as one, FixtureSite() as two:
        processes = []
        for name, site in (("One", one), ("Two", two)):
            site.page("/", "Home", "".join(f'<p><a href="/p{i}">Page {i}</a></p>' for i in range(8)))
            for i in range(8):
                site.page(f"/p{i}", f"Page {i}")
            config = tmp_path / f"{name}.yaml"
            config.write_text(f"delay: 0\nscreenshots: false\nsites:\n  - {{name: {name}, url: '{site.url}'}}\n")
            processes.append(subprocess.Popen([sys.executable, "-m", "barrieraudit", "crawl", str(config), "--db",
                                               store_target, "-q"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                              text=True))
        for process in processes:
            assert process.wait(timeout=300) == 0, process.stderr.read()
    store = open_store(store_target)
    runs = store.list_runs()
    assert [r["status"] for r in runs] == ["finished", "finished"]
    for run in runs:
        stored = build_results(store, run["id"])["sites"][0]
        assert len(stored["pages"]) == 9, stored["name"]
        assert stored["status"] == "ok"
    assert {build_results(store, r["id"])["sites"][0]["name"] for r in runs} == {"One", "Two"}


def test_a_report_renders_again_from_the_store_identically(audit, tmp_path):
    with FixtureSite() as site:
        site.page("/", "Forum", BEFORE)
        site.raw("/logo.svg", SVG, "image/svg+xml")
        run = audit({"sites": [{"name": "Forum", "url": site.url}]})
    store = run.store
    write_report(build_results(store, run.run_id), tmp_path / "a")
    write_report(build_results(store, reevaluate_run(store, run.run_id)), tmp_path / "b")
    a = json.loads((tmp_path / "a" / "results.json").read_text())
    b = json.loads((tmp_path / "b" / "results.json").read_text())
    assert a["sites"] == b["sites"]


def _stored_run(store, day: str, catalogue: str, overall: float, parent: str | None = None) -> str:
    run_id = store.begin_run(tool_version="0.1.0", axe_version="4.10.2", catalogue_version=catalogue, browser="b",
                             config={"sites": []}, parent_id=parent)
    store.execute("UPDATE runs SET started_at = ? WHERE id = ?", (f"2026-{day}T00:00:00Z", run_id))
    store.add_site(run_id, 1, "forum", "Forum", "https://forum.example.org/", {})
    store.add_page(run_id, "forum", {"url": "https://forum.example.org/", "final_url": "https://forum.example.org/",
                                     "role": "home", "error": None}, None)
    store.save_evaluation(run_id, "forum", facts={}, scores={**no_scores(), "overall": overall}, findings=[],
                          rank=1, rank_interval=[1, 1])
    store.finish_run(run_id, "finished")
    return run_id


def test_trends_and_diffs_compare_crawls_evaluated_with_the_same_method(store_target, tmp_path):
    store = open_store(store_target)
    january = _stored_run(store, "01-10", "2026.1", 50)
    february = _stored_run(store, "02-10", "2026.1", 55)
    # The method changed in March: January is evaluated again, then March is crawled.
    january_again = _stored_run(store, "03-05", "2026.2", 40, parent=january)
    march = _stored_run(store, "03-10", "2026.2", 60)

    points = site_history(store, march)["forum"]
    assert [(p["run"], p["started_at"][:10], p["overall"], p["same_method"]) for p in points] == [
        (january_again, "2026-01-10", 40, True),  # dated by its crawl, in the new method
        (february, "2026-02-10", 55, False),  # no evaluation in the new method: marked
        (march, "2026-03-10", 60, True)]
    # A report of February keeps February's method for January.
    assert [p["run"] for p in site_history(store, february)["forum"]] == [january, february]
    assert last_two_runs(store) == (february, march)
    # The report's "since the previous run" says when that run used another method.
    history = site_history(store, march)
    change = changes_since_previous(store, march, history, build_results(store, march))["forum"]
    assert (change["previous_run"], change["same_method"], change["previous_catalogue"]) == (february, False, "2026.1")
    write_report(build_results(store, march), tmp_path / "report", history=history,
                 changes={"forum": change})
    page = " ".join((tmp_path / "report" / "sites" / "forum.html").read_text().split())
    assert "That run was scored with an earlier method (catalogue 2026.1)" in page

    february_again = _stored_run(store, "03-11", "2026.2", 45, parent=february)
    assert last_two_runs(store) == (february_again, march)
    assert [p["run"] for p in site_history(store, march)["forum"]] == [january_again, february_again, march]
    store.close()


def test_barriers_on_a_site_served_from_another_port_still_match_by_path():
    def site(origin: str, *findings: tuple[str, str]) -> dict:
        pages = [(check, path if path.startswith("https:") else origin + path) for check, path in findings]
        # Every page of both runs was audited (with or without barriers).
        audited = [origin + path for path in ("/", "/register")] + ["https://elsewhere.example/x"]
        return {"id": "forum", "name": "Forum", "url": origin + "/", "scores": {}, "rank": 1,
                "pages": [{"url": url, "final_url": url, "error": None} for url in audited],
                "findings": [{"check": check, "page": page, "pages": [page], "selector": "img",
                              "severity": "serious", "certainty": "confirmed", "message": "m"}
                             for check, page in pages]}

    before = site("http://127.0.0.1:4001", ("accessibility.image-alt", "/"), ("accessibility.label", "/register"))
    after = site("http://127.0.0.1:4002", ("accessibility.image-alt", "/"), ("cost.fees", "/register"),
                 ("language.single", "https://elsewhere.example/x"))
    change = diff_sites(before, after)
    assert change["persisting"] == 1
    assert [(e["check"], e["page"]) for e in change["fixed"]] == [
        ("accessibility.label", "http://127.0.0.1:4001/register")]
    assert [(e["check"], e["page"]) for e in change["new"]] == [
        ("cost.fees", "http://127.0.0.1:4002/register"), ("language.single", "https://elsewhere.example/x")]


def _crawl_of_pages(store, day: str, pages: dict[str, str | None], barriers: list[tuple[str, str]],
                    site_id: str = "forum", origin: str = "https://forum.example.org") -> str:
    """A finished crawl of one site stored directly: each page (path -> error or None for
    read) and each barrier (check, path)."""
    run_id = store.begin_run(tool_version="0.1.0", axe_version="4.10.2", catalogue_version="c", browser="b",
                             config={"sites": []})
    store.execute("UPDATE runs SET started_at = ? WHERE id = ?", (f"2026-{day}T00:00:00Z", run_id))
    store.add_site(run_id, 1, site_id, "Forum", origin + "/", {})
    for path, error in pages.items():
        store.add_page(run_id, site_id, {"url": origin + path, "final_url": origin + path,
                                         "role": "home" if path == "/" else "other", "error": error}, None)
    findings = [{"check": check, "page": origin + path, "pages": [origin + path], "selector": "img",
                 "severity": "critical", "certainty": "confirmed", "groups": ["disabled"], "message": f"{check} m",
                 "snippet": "", "help": ""} for check, path in barriers]
    store.save_evaluation(run_id, site_id, facts={}, scores=no_scores(), findings=findings, rank=None,
                          rank_interval=None)
    store.finish_site(run_id, site_id, status="ok", error=None, documents=[], warnings=[])
    store.finish_run(run_id, "finished")
    return run_id


def test_diff_compares_page_by_page_a_barrier_on_a_page_audited_in_one_run_only_is_not_compared(tmp_path):
    store = open_store(tmp_path / "runs.db")
    # Run A read /, /old and /programme; run B read /, /programme (fixed there) and /new,
    # and /old answered 404: its barrier is not fixed, nor is /new's barrier new.
    first = _crawl_of_pages(store, "01-10", {"/": None, "/old": None, "/programme": None},
                            [("accessibility.image-alt", "/"), ("accessibility.image-alt", "/old"),
                             ("accessibility.image-alt", "/programme")])
    second = _crawl_of_pages(store, "02-10", {"/": None, "/programme": None, "/new": None, "/old": "HTTP 404"},
                             [("accessibility.image-alt", "/"), ("accessibility.label", "/"),
                              ("accessibility.image-alt", "/new")])
    store.close()
    origin = "https://forum.example.org"
    result = subprocess.run([sys.executable, "-m", "barrieraudit", "diff", first, second, "--db",
                             str(tmp_path / "runs.db"), "--json"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    change = json.loads(result.stdout)["sites"][0]
    assert [(e["check"], e["page"]) for e in change["fixed"]] == [("accessibility.image-alt", origin + "/programme")]
    assert [(e["check"], e["page"]) for e in change["new"]] == [("accessibility.label", origin + "/")]
    assert change["persisting"] == 1
    assert [(e["check"], e["page"], e["found_in"]) for e in change["not_compared"]] == [
        ("accessibility.image-alt", origin + "/old", "from"), ("accessibility.image-alt", origin + "/new", "to")]
    assert change["pages_not_compared"] == {"from": [origin + "/old"], "to": [origin + "/new"]}

    text = subprocess.run([sys.executable, "-m", "barrieraudit", "diff", first, second, "--db",
                           str(tmp_path / "runs.db")], capture_output=True, text=True, env={**os.environ,
                                                                                           "COLUMNS": "300"})
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert (f"  ? not compared: [critical] accessibility.image-alt img on {origin}/old "
            f"(page audited only in run {first})") in lines
    assert (f"  ? not compared: [critical] accessibility.image-alt img on {origin}/new "
            f"(page audited only in run {second})") in lines
    assert ("  1 new, 1 fixed, 1 persisting, 2 not compared (pages audited in one run only: 1 in the earlier, "
            "1 in the later)") in lines


def test_a_site_stored_under_its_old_host_only_id_is_matched_by_its_start_url():
    def site(site_id: str, url: str) -> dict:
        return {"id": site_id, "name": "Forum", "url": url}

    before = [site("127-0-0-1", "http://127.0.0.1:8001/"), site("other", "https://other.example/")]
    after = [site("127-0-0-1-8001", "http://127.0.0.1:8001"), site("127-0-0-1-8002", "http://127.0.0.1:8002/")]
    pairs = [((a or {}).get("id"), (b or {}).get("id"), how) for a, b, how in match_sites(before, after)]
    assert pairs == [("127-0-0-1", "127-0-0-1-8001", "url"), (None, "127-0-0-1-8002", ""), ("other", None, "")]
