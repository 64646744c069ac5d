"""The config as pa11y-ci and Lighthouse CI users expect it, through the command line:
barrieraudit.yaml found in the current folder, overrides on ``crawl``, listed pages, and
a baseline of known barriers that the gate does not fail on."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from fixture_sites import forum_site

CLI = [sys.executable, "-m", "barrieraudit"]


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, cwd=cwd, timeout=600)


def write_config(folder: Path, url: str, extra: str = "", site_extra: str = "", name: str = "barrieraudit.yaml") -> Path:
    path = folder / name
    path.write_text(f"delay: 0\nmax_pages: 5\n{extra}sites:\n  - name: Forum\n    url: '{url}'\n{site_extra}")
    return path


# -- mistakes: one line, exit 2, before any page is fetched -------------------------------------

def test_two_default_config_files_are_ambiguous(tmp_path):
    for name in ("barrieraudit.yaml", ".barrieraudit.yaml"):
        write_config(tmp_path, "http://127.0.0.1:9/", name=name)
    result = cli("crawl", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (2, "error: both barrieraudit.yaml and .barrieraudit.yaml are in "
                                                     "the current folder: name the one to use (barrieraudit crawl "
                                                     "CONFIG)\n")


@pytest.mark.parametrize(("extra", "args", "line"), [
    ("checks:\n  accessibility.image-alt: of\n", [],
     "barrieraudit.yaml: checks.accessibility.image-alt: Input should be 'off', 'warn' or 'error'"),
    ("checks:\n  acessibility.image-alt: off\n", [],
     "barrieraudit.yaml: checks: unknown check 'acessibility.image-alt' (did you mean 'accessibility.image-alt'?)"),
    ("ignore:\n  - {selektor: '#cookie-banner'}\n", [],
     "barrieraudit.yaml: unknown key 'ignore.0.selektor' (did you mean 'selector'?)"),
    ("", ["--sitemap", "https://elsewhere.example/sitemap.xml"],
     "--sitemap https://elsewhere.example/sitemap.xml is inside none of the config's sites"),
    ("", ["--baseline", "known.json"], "--baseline known.json: no such file (write one with --write-baseline)"),
    ("", ["--fail-under", "youht=70"], "--fail-under: no score named 'youht' (did you mean 'youth'?); the scores are "
                                       "overall, disabled, youth, developing, accessibility, language, cost, "
                                       "registration, bandwidth"),
])
def test_config_and_gate_mistakes_are_one_line_before_any_page_is_fetched(tmp_path, extra, args, line):
    with forum_site(barriers=1) as site:
        write_config(tmp_path, site.url, extra)
        result = cli("crawl", *args, cwd=tmp_path)
    assert (result.returncode, result.stderr.splitlines()[-1]) == (2, f"error: {line}")
    assert "Traceback" not in result.stderr
    assert site.log == []


# -- whole runs in the browser ------------------------------------------------------------------

@pytest.mark.browser
def test_crawl_without_a_config_argument_uses_barrieraudit_yaml_with_its_pages_first(tmp_path):
    with forum_site(barriers=1, pages=6) as site:
        site.page("/unlinked", "Travel grants", "<p>Fellowships cover travel.</p>")
        write_config(tmp_path, site.url, site_extra="    pages: [/unlinked, /p5]\n")
        # --max-pages over the file's 5: the start page and the two listed pages, in order.
        result = cli("crawl", "--max-pages", "3", "--db", "runs.db", "-q", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines()[0] == "Config: barrieraudit.yaml"
    (audited,) = json.loads(result.stdout)["sites"]
    assert [p["url"].removeprefix(site.url.rstrip("/")) for p in audited["pages"]] == ["/", "/unlinked", "/p5"]
    assert not site.requested("/register")  # linked from the start page, but the budget went to the list


@pytest.mark.browser
def test_a_baseline_round_trip_fails_only_on_a_new_barrier(tmp_path):
    db = str(tmp_path / "runs.db")
    with forum_site(barriers=1, pages=2) as site:  # a missing alt text on every page: critical
        write_config(tmp_path, site.url)
        first = cli("crawl", "--fail-on", "critical", "--write-baseline", "known.json", "--db", db, "-q",
                    cwd=tmp_path)
        known = cli("crawl", "--fail-on", "critical", "--baseline", "known.json", "--db", db, "-q", cwd=tmp_path)
        # The site gets a new barrier: an unlabelled input (critical) on every page.
        site.routes.update(forum_site(barriers=2, pages=2).routes)
        new = cli("crawl", "--fail-on", "critical", "--baseline", "known.json", "--junit", "junit.xml", "--json",
                  "--db", db, "-q", cwd=tmp_path)
    # The first run fails on the missing alt text, and writes it down as known.
    assert first.returncode == 1, first.stderr
    baseline = json.loads((tmp_path / "known.json").read_text())
    assert f"Baseline: {len(baseline['barriers'])} confirmed barriers written to known.json" in first.stderr
    alt = {b["page"].removeprefix(site.url.rstrip("/")) for b in baseline["barriers"]
           if b["check"] == "accessibility.image-alt"}
    assert alt == {"/", "/p1", "/register"}  # one entry per page the barrier is on

    # Known barriers only: the gate passes, and the summary says how many were known.
    assert known.returncode == 0, known.stderr
    assert "Not failing the gate: " in known.stdout and "in the baseline known.json" in known.stdout
    baselined = int(known.stdout.split("Not failing the gate: ", 1)[1].split(" known barrier", 1)[0])
    assert baselined > 0

    # The new barrier fails the gate, alone: exit 1, --json's gate and JUnit agree.
    assert new.returncode == 1, new.stderr
    gate = json.loads(new.stdout)["gate"]
    (failure,) = gate["failures"]
    assert failure["checks"] == ["accessibility.label"]
    assert failure["baselined"] == baselined
    assert new.stderr.splitlines()[-1] == f"error: {failure['message']}"
    assert failure["message"] == (f"Forum: 1 new confirmed barrier at --fail-on critical or worse: "
                                  f"accessibility.label (1) ({baselined} more in the baseline)")
    cases = {case.get("name"): case for case in ET.parse(tmp_path / "junit.xml").getroot().iter("testcase")}
    assert {name for name, case in cases.items() if case.find("failure") is not None} == {"accessibility.label"}
    assert cases["accessibility.image-alt"].find("system-out").text.endswith("-- in the baseline")
    # `report` gates the stored run the same way, without a browser.
    again = cli("report", "--db", db, "--out", "report", "--fail-on", "critical", "--baseline", "known.json",
                cwd=tmp_path)
    assert again.returncode == 1
    assert again.stderr.splitlines()[-1] == f"error: {failure['message']}"
