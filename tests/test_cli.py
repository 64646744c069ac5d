"""The command line as a user meets it: one-line errors, exit codes, and whole runs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from fixture_sites import closed_port_url, forum_site
from report_checks import report_pages, report_problems

from barrieraudit.pipeline import reevaluate_run
from barrieraudit.results import build_results, validate_results
from barrieraudit.store import open_store


def cli(*args: str, cwd: Path | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "barrieraudit", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=timeout)


def one_line_error(result: subprocess.CompletedProcess) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def test_a_missing_config_is_one_line_and_exit_2(tmp_path):
    result = cli("crawl", str(tmp_path / "nope.yaml"))
    assert result.returncode == 2
    assert one_line_error(result) == f"error: {tmp_path / 'nope.yaml'}: no such file"


def test_a_yaml_syntax_error_names_line_and_column(tmp_path):
    config = tmp_path / "bad.yaml"
    config.write_text("sites:\n  - name: A\n    url: [http://a.org/\n")
    result = cli("crawl", str(config))
    assert result.returncode == 2
    assert one_line_error(result).startswith(f"error: {config}:4:1: YAML syntax error:")


@pytest.mark.parametrize(("text", "message"), [
    ("max_page: 5\nsites:\n  - {name: A, url: 'https://a.org/'}\n",
     "unknown key 'max_page' (did you mean 'max_pages'?)"),
    ("sites:\n  - {name: A, ulr: 'https://a.org/'}\n",
     "unknown key 'sites.0.ulr' (did you mean 'url'?) (and 1 more error)"),
    ("sites:\n  - {name: A, url: 'ftp://a.org/'}\n", "sites.0.url: 'ftp://a.org/' is not an http(s) URL"),
    ("sites: []\n", "sites: List should have at least 1 item after validation, not 0"),
    ("max_pages: many\nsites:\n  - {name: A, url: 'https://a.org/'}\n",
     "max_pages: Input should be a valid integer, unable to parse string as an integer"),
    ("- just a list\n", "expected a mapping with a 'sites' list at the top"),
])
def test_config_mistakes_are_one_line_naming_the_key(tmp_path, text, message):
    config = tmp_path / "config.yaml"
    config.write_text(text)
    result = cli("crawl", str(config))
    assert result.returncode == 2
    assert one_line_error(result) == f"error: {config}: {message}"


def test_an_invalid_url_is_a_usage_error():
    result = cli("check", "forum.example.org")
    assert result.returncode == 2
    assert one_line_error(result) == "error: 'forum.example.org' is not an http(s) URL"


def test_report_without_a_database_is_a_usage_error(tmp_path):
    result = cli("report", "--db", str(tmp_path / "none.db"))
    assert result.returncode == 2
    assert one_line_error(result) == f"error: no database at {tmp_path / 'none.db'} (use --db to name one)"


@pytest.mark.parametrize("command", ["check", "crawl", "report", "demo", "browser"])
def test_every_command_has_help(command):
    result = cli(command, "--help")
    assert result.returncode == 0
    assert "Usage" in result.stdout


@pytest.mark.browser
def test_check_an_unreachable_site_exits_3_with_the_reason(tmp_path):
    url = closed_port_url()
    result = cli("check", url, "--db", str(tmp_path / "a.db"), "-q")
    assert result.returncode == 3
    assert result.stderr.strip().splitlines()[-1] == f"error: {url}: start page: connection refused"


@pytest.mark.browser
def test_check_fail_under_exits_1_below_the_threshold_and_0_above(tmp_path):
    with forum_site(barriers=4) as site:
        low = cli("check", site.url, "--delay", "0", "--db", str(tmp_path / "a.db"), "--fail-under", "90", "-q")
        ok = cli("check", site.url, "--delay", "0", "--db", str(tmp_path / "a.db"), "--fail-under", "5", "-q")
    assert low.returncode == 1
    name = site.url.removeprefix("http://").rstrip("/")  # check names a site by host, port and path
    assert low.stderr.strip().splitlines()[-1].startswith(f"error: {name}: overall score ")
    assert low.stderr.strip().endswith("is below --fail-under 90")
    assert ok.returncode == 0, ok.stderr


@pytest.mark.browser
def test_a_run_of_20_sites_validates_ranks_by_barriers_and_renders_again_identically(tmp_path, chromium):
    sites = [forum_site(barriers=i % 6) for i in range(19)]
    for site in sites:
        site.__enter__()
    try:
        config = tmp_path / "institutions.yaml"
        entries = [f"  - {{name: 'Forum {i:02d}', url: '{s.url}'}}" for i, s in enumerate(sites)]
        entries.append("  - {name: 'Unreachable forum', url: 'http://127.0.0.1:9/'}")
        config.write_text("max_pages: 5\ndelay: 0\nsites:\n" + "\n".join(entries) + "\n")
        result = cli("crawl", str(config), "--out", str(tmp_path / "out"), "--db", str(tmp_path / "runs.db"),
                     "--concurrency", "4", "-q")
    finally:
        for site in sites:
            site.__exit__(None, None, None)
    assert result.returncode == 0, result.stderr
    document = json.loads((tmp_path / "out" / "results.json").read_text())
    validate_results(document)
    by_id = {s["id"]: s for s in document["sites"]}
    assert len(by_id) == 20
    assert by_id["unreachable-forum"]["status"] == "failed"
    assert by_id["unreachable-forum"]["rank"] is None
    # More barriers, lower scores and a lower rank: the ranking follows the profiles.
    for key in ("overall", "accessibility"):
        score = {i: by_id[f"forum-{i:02d}"]["scores"].get(key, by_id[f"forum-{i:02d}"]["scores"]["dimensions"].get(key))
                 for i in range(19)}
        for i in range(19):
            for j in range(19):
                if i % 6 < j % 6:
                    assert score[i] > score[j], (key, i, j)
                elif i % 6 == j % 6:
                    assert score[i] == score[j], (key, i, j)
    ranks = {i % 6: by_id[f"forum-{i:02d}"]["rank"] for i in range(19)}
    assert ranks == {0: 1, 1: 5, 2: 8, 3: 11, 4: 14, 5: 17}  # 4, 3, 3, 3, 3 and 3 sites per profile
    # Identical sites stay tied under every weighting, and a site that is worse in
    # every component stays last: the sensitivity analysis cannot move them.
    assert by_id["forum-00"]["rank_interval"] == [1, 1]
    assert by_id["forum-05"]["rank_interval"] == [17, 17]
    assert {p.name for p in (tmp_path / "out").iterdir()} >= {"index.html", "results.json", "sites.csv",
                                                              "findings.csv", "sites", "assets"}
    again = cli("report", document["run"]["id"], "--db", str(tmp_path / "runs.db"), "--out", str(tmp_path / "again"))
    assert again.returncode == 0, again.stderr
    assert (tmp_path / "again" / "results.json").read_text() == (tmp_path / "out" / "results.json").read_text()
    # Ranked at crawl time from the scores stored as each site finished, the run ranks
    # exactly as a whole evaluation of its stored artifacts does.
    store = open_store(tmp_path / "runs.db")
    evaluated = build_results(store, reevaluate_run(store, document["run"]["id"]))
    store.close()

    def ranking(results: dict) -> list:
        return [(s["id"], s["rank"], s["rank_interval"], s["scores"], s["facts"]) for s in results["sites"]]

    assert ranking(evaluated) == ranking(document)
    # The report of the run passes axe-core (index, methodology and two site pages, desktop and phone).
    pages = report_pages(tmp_path / "out")
    assert len(pages) == 22
    assert report_problems(chromium, pages[:2] + [tmp_path / "out" / "sites" / "forum-05.html",
                                                  tmp_path / "out" / "sites" / "unreachable-forum.html"]) == {}


def test_the_command_line_starts_without_loading_the_report_or_the_browser():
    loaded = subprocess.run([sys.executable, "-c", "import sys, barrieraudit.cli; "
                             "print(sorted(m for m in ('jinja2', 'pandas', 'playwright') if m in sys.modules))"],
                            capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "[]"


@pytest.mark.browser
def test_two_sites_on_one_host_get_two_ids_and_are_not_diffed_as_one(tmp_path):
    db = str(tmp_path / "runs.db")
    with forum_site(barriers=1) as one, forum_site(barriers=2) as two:
        # Two sites on one host, another port; and two prefix paths on the first.
        for path in ("/a/", "/b/"):
            one.raw(path, f'<!doctype html><html lang="en"><head><title>{path}</title></head><body><main>'
                          f'<h1>Part {path}</h1><p>Welcome.</p></main></body></html>')
        runs = [cli("check", url, "--delay", "0", "--max-pages", "2", "--db", db, "-q", *scope)
                for url, scope in ((one.url, ()), (two.url, ()), (one.url + "a/", ("--scope", "prefix")),
                                   (one.url + "b/", ("--scope", "prefix")))]
    assert [r.returncode for r in runs] == [0, 0, 0, 0], [r.stderr for r in runs]
    store = open_store(db)
    stored = [build_results(store, run["id"])["sites"][0] for run in store.list_runs()]
    host_port = [one.url.removeprefix("http://").rstrip("/"), two.url.removeprefix("http://").rstrip("/")]
    # The id is the slug of host, port and path; the name is host, port and path.
    assert [(s["id"], s["name"]) for s in stored] == [
        (host_port[0].replace(".", "-").replace(":", "-"), host_port[0]),
        (host_port[1].replace(".", "-").replace(":", "-"), host_port[1]),
        (host_port[0].replace(".", "-").replace(":", "-") + "-a", host_port[0] + "/a"),
        (host_port[0].replace(".", "-").replace(":", "-") + "-b", host_port[0] + "/b")]
    runs = [run["id"] for run in store.list_runs()]
    store.close()
    for first, second in ((runs[0], runs[1]), (runs[2], runs[3])):
        diff = cli("diff", first, second, "--db", db, "--json")
        assert diff.returncode == 0, diff.stderr
        assert [(s["id"], s["change"]) for s in json.loads(diff.stdout)["sites"]] == [
            (stored[runs.index(second)]["id"], "added"), (stored[runs.index(first)]["id"], "removed")]


@pytest.mark.browser
def test_check_takes_the_site_id_and_name_given(tmp_path):
    db = str(tmp_path / "runs.db")
    named = cli("check", "http://127.0.0.1:9/", "--id", "my-forum", "--name", "My forum", "--db", db, "-q")
    assert named.returncode == 3, named.stderr
    store = open_store(db)
    site = build_results(store, store.get_run()["id"])["sites"][0]
    assert (site["id"], site["name"]) == ("my-forum", "My forum")
    bad = cli("check", "http://127.0.0.1:9/", "--id", "My Forum", "--db", db)
    assert bad.returncode == 2
    assert one_line_error(bad) == ("error: --id 'My Forum' is not a site id: use a-z, 0-9 and -, starting with a "
                                   "letter or digit, at most 63 characters")


def test_the_reports_warm_up_runs_once_only_when_a_report_follows_and_fails_quietly(monkeypatch, capfd):
    """``crawl`` and ``check`` load the report's modules in a thread while the last sites
    are evaluated (``cli._ReportWarmUp``): only where a report follows (``--out``), once
    however often it is asked, and a failure there prints nothing (``write_report`` meets
    it again and reports it as an error)."""
    from barrieraudit import cli as cli_module
    from barrieraudit import report

    calls: list[str] = []
    monkeypatch.setattr(report, "warm_up", lambda: calls.append("warm"))
    unwanted = cli_module._ReportWarmUp(wanted=False)
    unwanted.start()
    unwanted.wait()
    assert calls == []
    wanted = cli_module._ReportWarmUp(wanted=True)
    wanted.start()
    wanted.start()  # the run calls it once; a second call starts nothing
    wanted.wait()
    assert calls == ["warm"]

    def broken() -> None:
        raise RuntimeError("a template that does not compile")

    monkeypatch.setattr(report, "warm_up", broken)
    failing = cli_module._ReportWarmUp(wanted=True)
    failing.start()
    failing.wait()
    assert capfd.readouterr() == ("", "")
