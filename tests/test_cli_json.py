"""``--json``: one JSON document on stdout that a CI script parses, nothing else there;
progress and errors stay on stderr and the exit code is the one without ``--json``."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from fixture_sites import closed_port_url, forum_site
from test_cli import cli, one_line_error
from test_history import _stored_run

from barrieraudit.evaluate import load_catalogue
from barrieraudit.results import validate_results
from barrieraudit.store import open_store


def test_checks_json_lists_the_same_checks_as_the_table():
    listed = cli("checks", "--json")
    table = cli("checks")
    assert listed.returncode == 0 and listed.stderr == ""
    document = json.loads(listed.stdout)
    assert document["catalogue_version"] == load_catalogue().version
    # The table's rows (CHECK DIMENSION GROUPS SEVERITY DESCRIPTION), as data.
    rows = [re.split(r"\s{2,}", line.strip(), maxsplit=4) for line in table.stdout.splitlines()[1:-1]]
    assert [(c["id"], c["dimension"], ",".join(c["groups"]), c["severity"], c["title"])
            for c in document["checks"]] == [tuple(row) for row in rows]
    axe = next(c for c in document["checks"] if c["id"] == "accessibility.axe")
    assert (axe["evaluator"], axe["certainty"]) == ("axe", "confirmed")
    assert axe["description"].startswith("Violations axe-core confirms")


def test_history_json_has_the_runs_and_the_fields_of_the_table(tmp_path):
    db = tmp_path / "runs.db"
    store = open_store(db)
    january = _stored_run(store, "01-10", "2026.1", 50)
    again = _stored_run(store, "02-01", "2026.2", 40, parent=january)
    died = store.begin_run(tool_version="0.1.0", axe_version="4.10.2", catalogue_version="2026.2", browser="b",
                           config={"sites": []})
    store.execute("UPDATE runs SET started_at = ?, owner = NULL WHERE id = ?", ("2026-03-01T00:00:00Z", died))
    store.close()

    listed = cli("history", "--db", str(db), "--json")
    assert listed.returncode == 0 and listed.stderr == ""
    assert json.loads(listed.stdout) == {"runs": [
        {"id": january, "started_at": "2026-01-10T00:00:00Z", "status": "finished", "sites": 1, "pages": 1,
         "catalogue_version": "2026.1", "parent_id": None},
        {"id": again, "started_at": "2026-02-01T00:00:00Z", "status": "finished", "sites": 1, "pages": 1,
         "catalogue_version": "2026.2", "parent_id": january},
        {"id": died, "started_at": "2026-03-01T00:00:00Z", "status": "stopped", "sites": 0, "pages": 0,
         "catalogue_version": "2026.2", "parent_id": None}]}
    table = cli("history", "--db", str(db))
    assert "stopped (crawl --resume continues it)" in table.stdout


def test_a_usage_error_with_json_prints_nothing_on_stdout_and_one_line_on_stderr(tmp_path):
    bad = cli("check", "forum.example.org", "--json")
    assert (bad.returncode, bad.stdout) == (2, "")
    assert one_line_error(bad) == "error: 'forum.example.org' is not an http(s) URL"
    missing = cli("history", "--db", str(tmp_path / "none.db"), "--json")
    assert (missing.returncode, missing.stdout) == (2, "")
    assert one_line_error(missing) == f"error: no database at {tmp_path / 'none.db'} (use --db to name one)"


@pytest.mark.browser
def test_check_json_prints_exactly_the_results_json_it_writes(tmp_path):
    with forum_site(barriers=2) as site:
        result = cli("check", site.url, "--delay", "0", "--out", str(tmp_path / "out"), "--db",
                     str(tmp_path / "runs.db"), "--json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document == json.loads((tmp_path / "out" / "results.json").read_text())
    assert document["schema"] == "barrieraudit.results/1"
    validate_results(document)
    assert "gate" not in document  # no gate given
    (audited,) = document["sites"]
    assert sorted(p["url"].removeprefix(site.url.rstrip("/")) for p in audited["pages"]) == [
        "/", "/p1", "/p2", "/p3", "/register"]
    assert {f["check"] for f in audited["findings"]} >= {"accessibility.image-alt", "accessibility.label"}
    # Progress stays on stderr: plain lines, since stderr is not a terminal here.
    assert re.search(r"^\[0:\d\d:\d\d\] run \S+: 1 site to audit", result.stderr, re.M), result.stderr


@pytest.mark.browser
def test_crawl_json_with_a_failed_gate_adds_the_gate_and_still_exits_1(tmp_path):
    config = tmp_path / "sites.yaml"
    with forum_site(barriers=2) as site:
        config.write_text(f"delay: 0\nmax_pages: 2\nsites:\n  - {{name: Forum, url: '{site.url}'}}\n"
                          f"  - {{name: Closed, url: '{closed_port_url()}'}}\n")
        result = cli("crawl", str(config), "--out", str(tmp_path / "out"), "--db", str(tmp_path / "runs.db"),
                     "--fail-under", "99", "--fail-on", "serious", "-q", "--json")
    assert result.returncode == 1, result.stderr
    document = json.loads(result.stdout)
    gate = document.pop("gate")
    # Apart from the gate, the document is results.json, and the contract allows the key.
    assert document == json.loads((tmp_path / "out" / "results.json").read_text())
    validate_results(document | {"gate": gate})
    assert [(s["id"], s["status"]) for s in document["sites"]] == [("forum", "ok"), ("closed", "failed")]
    forum = document["sites"][0]
    serious = sorted({f["check"] for f in forum["findings"]
                      if f["certainty"] == "confirmed" and f["severity"] in ("critical", "serious")})
    assert serious, forum["findings"]
    assert gate == {"fail_under": 99.0, "fail_on": "serious", "passed": False, "failures": [
        {"site": "forum", "option": "--fail-under", "overall": forum["scores"]["overall"],
         "message": f"Forum: overall score {forum['scores']['overall']:.1f} is below --fail-under 99"},
        {"site": "forum", "option": "--fail-on", "barriers": gate["failures"][1]["barriers"], "checks": serious,
         "message": gate["failures"][1]["message"]}]}
    assert gate["failures"][1]["barriers"] >= len(serious)
    # The error line is the first failure, as without --json (after the report's path).
    assert result.stderr.splitlines() == [f"Report: {tmp_path / 'out' / 'index.html'}",
                                          f"error: {gate['failures'][0]['message']}"]


@pytest.mark.browser
def test_check_json_of_an_unreachable_site_prints_the_failed_site_and_exits_3(tmp_path):
    url = closed_port_url()
    result = cli("check", url, "--db", str(tmp_path / "runs.db"), "--fail-under", "50", "-q", "--json",
                 timeout=300)
    assert result.returncode == 3
    assert one_line_error(result) == f"error: {url}: start page: connection refused"
    document = json.loads(result.stdout)
    (site,) = document["sites"]
    assert (site["status"], site["error"], site["pages"][0]["url"]) == ("failed", "start page: connection refused",
                                                                          url)
    # A site that could not be audited fails no gate: exit 3 says why the build fails.
    assert document["gate"] == {"fail_under": 50.0, "fail_on": None, "passed": True, "failures": []}


def test_json_is_ascii_so_any_stdout_encoding_takes_it(tmp_path):
    db = tmp_path / "runs.db"
    store = open_store(db)
    _stored_run(store, "01-10", "2026.1", 50)
    store.execute("UPDATE runs SET catalogue_version = ?", ("2026.1-Łódź",))
    store.close()
    listed = subprocess.run([sys.executable, "-m", "barrieraudit", "history", "--db", str(db), "--json"],
                            capture_output=True, text=True, env={**os.environ, "PYTHONIOENCODING": "ascii"})
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout)["runs"][0]["catalogue_version"] == "2026.1-Łódź"
